#pragma once

#include "DraftHolder.h"

#include <QWidget>

#include <memory>

class FacilityListModel;
class UserListModel;

namespace Ui {
class UsersPage;
}

// The administrator's list of the organization's users: add one, set a password, deactivate or reactivate.
class UsersPage : public QWidget, public DraftHolder
{
    Q_OBJECT

public:
    explicit UsersPage(const QString &connectionName, QWidget *parent = nullptr);
    ~UsersPage() override;

    QString draftName() const override { return QStringLiteral("users.new-user"); }
    QJsonObject draft() const override;
    void restoreDraft(const QJsonObject &draft) override;

private:
    void refresh();
    void addUser();
    void resetPassword();
    void toggleActive();
    void updateSelection();
    int selectedRow() const;
    void showMessage(const QString &message);

    std::unique_ptr<Ui::UsersPage> m_ui;
    QString m_connectionName;
    UserListModel *m_users;
    FacilityListModel *m_facilities;
    // The user selected when the message was shown: choosing another one clears it (it was about the first).
    QString m_selectedUserId;
    bool m_refreshing = false;
};
