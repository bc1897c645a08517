#pragma once

#include "widgets/DraftHolder.h"

#include "session/Workspace.h"

#include <QWidget>

#include <memory>

class FacilityListModel;
class UserFilterModel;
class UserListModel;

namespace Ui {
class UsersPage;
}

// The organization's users, searched and filtered. An administrator (manage) adds one, changes one (UserEditDialog),
// resets a password to a temporary one shown once, unlocks, deactivates or reactivates; a manager (confirm) confirms
// an account whose clinical access waits for a second person.
class UsersPage : public QWidget, public DraftHolder
{
    Q_OBJECT

public:
    UsersPage(std::shared_ptr<const Workspace> workspace, bool manage, bool confirm, QWidget *parent = nullptr);
    ~UsersPage() override;

    QString draftName() const override { return QStringLiteral("users.new-user"); }
    QJsonObject draft() const override;
    void restoreDraft(const QJsonObject &draft) override;

protected:
    // Homes added on the Homes page, and users changed at another station, are there each time the page is shown.
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void addUser();
    void editUser();
    void resetPassword();
    void fillFilters();
    void describeCount();
    void toggleActive();
    void unlock();
    void confirmUser();
    void updateSelection();
    int selectedRow() const;
    void showMessage(const QString &message);

    std::unique_ptr<Ui::UsersPage> m_ui;
    std::shared_ptr<const Workspace> m_workspace;
    UserListModel *m_users;
    UserFilterModel *m_filter;
    FacilityListModel *m_facilities;
    // The user selected when the message was shown: choosing another one clears it (it was about the first).
    QString m_selectedUserId;
    bool m_refreshing = false;
    bool m_manage;
    bool m_confirm;
};
