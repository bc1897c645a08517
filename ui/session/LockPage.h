#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class LockPage;
}

// What a locked station shows: who was signed in, a password box for them, and a way for someone else to sign in.
class LockPage : public QWidget
{
    Q_OBJECT

public:
    explicit LockPage(QWidget *parent = nullptr);
    ~LockPage() override;

    // role: the role's code (RoleName names it in the language on screen).
    void lockFor(const QString &displayName, const QString &role, bool keptWork);
    void showMessage(const QString &message);

signals:
    void unlockRequested(const QString &password);
    void switchUserRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void describeLockedUser();

    std::unique_ptr<Ui::LockPage> m_ui;
    QString m_displayName;
    QString m_role;
    bool m_keptWork = false;
};
