#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class SignInPage;
}

// Email and password, for anyone at the station.
class SignInPage : public QWidget
{
    Q_OBJECT

public:
    explicit SignInPage(QWidget *parent = nullptr);
    ~SignInPage() override;

    // Empties the form (a new person is about to sign in); email may be offered, as after the first start.
    void reset(const QString &email = QString());
    void showMessage(const QString &message);
    void setBusy(bool busy);

signals:
    void signInRequested(const QString &email, const QString &password);

private:
    void submit();

    std::unique_ptr<Ui::SignInPage> m_ui;
};
