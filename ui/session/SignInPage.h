#pragma once

#include <QList>
#include <QPair>
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
    // The demonstration home's people (role code, email) and the password they share, offered under the form:
    // choosing one fills the form in.
    void showDemoAccounts(const QList<QPair<QString, QString>> &accounts, const QString &password);

signals:
    void signInRequested(const QString &email, const QString &password);

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void describeDemoAccounts();

    std::unique_ptr<Ui::SignInPage> m_ui;
    QList<QPair<QString, QString>> m_demoAccounts;
    QString m_demoPassword;
    class QGroupBox *m_demoGroupBox = nullptr;
    class QLabel *m_demoLabel = nullptr;
    class QListWidget *m_demoListWidget = nullptr;
};
