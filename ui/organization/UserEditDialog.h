#pragma once

#include "common/Result.h"
#include "organization/FacilityRow.h"
#include "organization/NewUser.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <functional>

class OptionalDateEdit;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

// An administrator changes a user: name, email, role, care homes, rights beyond or short of the role, access dates.
// Saving goes through save(); when the database refuses, the dialog stays open with what was typed and says why.
// Their own account: name and email alone (nobody changes their own role, rights, homes or access).
class UserEditDialog : public QDialog
{
    Q_OBJECT

public:
    UserEditDialog(const NewUser &user, const QHash<QString, QStringList> &roleRights,
                   const QList<FacilityRow> &facilities, bool ownAccount, std::function<Result<>(const NewUser &)> save,
                   QWidget *parent = nullptr);

    // What the form holds now.
    NewUser user() const;

private:
    void changeRole();
    void describeRights();
    void trySave();
    QStringList roleRightsOf(const QString &role) const { return m_roleRights.value(role); }

    NewUser m_original;
    QHash<QString, QStringList> m_roleRights;
    std::function<Result<>(const NewUser &)> m_save;
    QString m_role; // the role the rights' ticks are read against
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_email;
    QComboBox *m_roleCombo;
    QCheckBox *m_allFacilities;
    QListWidget *m_facilities;
    OptionalDateEdit *m_accessFrom;
    OptionalDateEdit *m_accessUntil;
    QListWidget *m_rights;
    QLabel *m_message;
};
