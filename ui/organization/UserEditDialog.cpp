#include "organization/UserEditDialog.h"

#include "common/RightName.h"
#include "common/RoleName.h"
#include "widgets/OptionalDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr int codeRole = Qt::UserRole;

} // namespace

UserEditDialog::UserEditDialog(const NewUser &user, const QHash<QString, QStringList> &roleRights,
                               const QList<FacilityRow> &facilities, bool ownAccount,
                               std::function<Result<>(const NewUser &)> save, QWidget *parent)
    : QDialog(parent), m_original(user), m_roleRights(roleRights), m_save(std::move(save)), m_role(user.role)
{
    setObjectName(QStringLiteral("userEditDialog"));
    const QString name = (user.firstName + QLatin1Char(' ') + user.lastName).trimmed();
    setWindowTitle(tr("Change %1").arg(name));
    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    auto *details = new QGroupBox(tr("Who they are"), this);
    auto *form = new QFormLayout(details);
    const auto lineEdit = [this](const char *objectName, const QString &text, int maxLength) {
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(QLatin1String(objectName));
        edit->setMaxLength(maxLength);
        return edit;
    };
    m_firstName = lineEdit("editFirstNameLineEdit", user.firstName, 100);
    m_lastName = lineEdit("editLastNameLineEdit", user.lastName, 100);
    m_email = lineEdit("editEmailLineEdit", user.email, 255);
    form->addRow(tr("&First name"), m_firstName);
    form->addRow(tr("S&urname"), m_lastName);
    form->addRow(tr("&Email address"), m_email);
    m_roleCombo = new QComboBox(this);
    m_roleCombo->setObjectName(QStringLiteral("editRoleComboBox"));
    for (const char *role : {"carer", "nurse", "manager", "admin"})
        m_roleCombo->addItem(RoleName::of(QString::fromLatin1(role)), QString::fromLatin1(role));
    m_roleCombo->setCurrentIndex(m_roleCombo->findData(user.role));
    form->addRow(tr("&Role"), m_roleCombo);
    m_accessFrom = new OptionalDateEdit(this);
    m_accessFrom->setObjectName(QStringLiteral("editAccessFromOptionalDateEdit"));
    m_accessFrom->setPlaceholderText(tr("empty: at once"));
    m_accessFrom->setDate(user.accessFrom);
    m_accessUntil = new OptionalDateEdit(this);
    m_accessUntil->setObjectName(QStringLiteral("editAccessUntilOptionalDateEdit"));
    m_accessUntil->setPlaceholderText(tr("empty: no end"));
    m_accessUntil->setToolTip(tr("For agency and bank staff: their last day. They cannot sign in after it."));
    m_accessUntil->setDate(user.accessUntil);
    form->addRow(tr("Access &starts on"), m_accessFrom);
    form->addRow(tr("Access &ends after"), m_accessUntil);
    m_allFacilities = new QCheckBox(tr("&All care homes, now and later"), this);
    m_allFacilities->setObjectName(QStringLiteral("editAllFacilitiesCheckBox"));
    m_allFacilities->setChecked(user.allFacilities);
    m_facilities = new QListWidget(this);
    m_facilities->setObjectName(QStringLiteral("editFacilitiesListWidget"));
    for (const FacilityRow &facility : facilities) {
        auto *item = new QListWidgetItem(facility.name, m_facilities);
        item->setData(codeRole, facility.id);
        item->setCheckState(user.facilityIds.contains(facility.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_facilities->setEnabled(!user.allFacilities);
    connect(m_allFacilities, &QCheckBox::toggled, m_facilities, &QWidget::setDisabled);
    auto *homes = new QVBoxLayout;
    homes->addWidget(m_allFacilities);
    homes->addWidget(m_facilities);
    auto *homesLabel = new QLabel(tr("Care &homes"), this);
    homesLabel->setBuddy(m_facilities);
    form->addRow(homesLabel, homes);
    columns->addWidget(details, 1);

    auto *rightsBox = new QGroupBox(tr("What they may do"), this);
    auto *rightsLayout = new QVBoxLayout(rightsBox);
    auto *rightsHint = new QLabel(tr("Ticked as their role allows; a tick added or taken away is theirs alone, and "
                                     "marked. Rights of a resident's care wait for a manager to confirm them."),
                                  this);
    rightsHint->setWordWrap(true);
    rightsLayout->addWidget(rightsHint);
    m_rights = new QListWidget(this);
    m_rights->setObjectName(QStringLiteral("editRightsListWidget"));
    const QStringList ticked = roleRightsOf(user.role);
    for (const QString &code : RightName::all()) {
        auto *item = new QListWidgetItem(m_rights);
        item->setData(codeRole, code);
        const bool held = (ticked.contains(code) || user.grants.contains(code)) && !user.denials.contains(code);
        item->setCheckState(held ? Qt::Checked : Qt::Unchecked);
    }
    rightsLayout->addWidget(m_rights);
    columns->addWidget(rightsBox, 1);

    if (ownAccount) {
        for (QWidget *part : std::initializer_list<QWidget *>{m_roleCombo, m_accessFrom, m_accessUntil, m_allFacilities,
                                                              m_facilities, m_rights})
            part->setEnabled(false);
        auto *own = new QLabel(tr("This is your own account: you may change your name and email address. Another "
                                  "administrator changes your role, rights, care homes or access."),
                               this);
        own->setObjectName(QStringLiteral("editOwnAccountLabel"));
        own->setWordWrap(true);
        layout->addWidget(own);
    }

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("editMessageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("userEditDialogButtonBox"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("editSavePushButton"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save changes"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UserEditDialog::trySave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_roleCombo, &QComboBox::currentIndexChanged, this, &UserEditDialog::changeRole);
    connect(m_rights, &QListWidget::itemChanged, this, &UserEditDialog::describeRights);
    describeRights();
    resize(900, 560);
}

NewUser UserEditDialog::user() const
{
    NewUser user = m_original;
    user.firstName = m_firstName->text().trimmed();
    user.lastName = m_lastName->text().trimmed();
    user.email = m_email->text().trimmed();
    user.role = m_roleCombo->currentData().toString();
    user.allFacilities = m_allFacilities->isChecked();
    user.facilityIds.clear();
    for (int i = 0; !user.allFacilities && i < m_facilities->count(); ++i) {
        if (m_facilities->item(i)->checkState() == Qt::Checked)
            user.facilityIds.append(m_facilities->item(i)->data(codeRole).toString());
    }
    user.accessFrom = m_accessFrom->date();
    user.accessUntil = m_accessUntil->date();
    // Only what differs from the role is the user's own: a role changed later brings its own rights.
    const QStringList roleRights = roleRightsOf(m_role);
    user.grants.clear();
    user.denials.clear();
    for (int i = 0; i < m_rights->count(); ++i) {
        const QString code = m_rights->item(i)->data(codeRole).toString();
        const bool ticked = m_rights->item(i)->checkState() == Qt::Checked;
        if (ticked && !roleRights.contains(code))
            user.grants.append(code);
        else if (!ticked && roleRights.contains(code))
            user.denials.append(code);
    }
    return user;
}

void UserEditDialog::changeRole()
{
    // What was given or taken away stays so; the rest follows the new role.
    const NewUser before = user();
    m_role = m_roleCombo->currentData().toString();
    const QStringList roleRights = roleRightsOf(m_role);
    const QSignalBlocker quiet(m_rights);
    for (int i = 0; i < m_rights->count(); ++i) {
        const QString code = m_rights->item(i)->data(codeRole).toString();
        const bool held = (roleRights.contains(code) || before.grants.contains(code)) && !before.denials.contains(code);
        m_rights->item(i)->setCheckState(held ? Qt::Checked : Qt::Unchecked);
    }
    describeRights();
}

void UserEditDialog::describeRights()
{
    const QStringList roleRights = roleRightsOf(m_role);
    const QSignalBlocker quiet(m_rights);
    for (int i = 0; i < m_rights->count(); ++i) {
        QListWidgetItem *item = m_rights->item(i);
        const QString code = item->data(codeRole).toString();
        const bool ticked = item->checkState() == Qt::Checked;
        const bool own = ticked != roleRights.contains(code);
        item->setText(!own     ? RightName::of(code)
                      : ticked ? tr("%1 (given to them)").arg(RightName::of(code))
                               : tr("%1 (taken away from them)").arg(RightName::of(code)));
        QFont font = item->font();
        font.setBold(own);
        item->setFont(font);
    }
}

void UserEditDialog::trySave()
{
    for (OptionalDateEdit *edit : {m_accessFrom, m_accessUntil}) {
        if (const Result<> date = edit->check(); !date.ok()) {
            m_message->setText(date.message);
            edit->setFocus();
            return;
        }
    }
    const NewUser changed = user();
    if (!changed.allFacilities && changed.facilityIds.isEmpty() && changed.role != QLatin1String("admin")) {
        m_message->setText(tr("Tick the care homes where %1 works, or All care homes.").arg(changed.firstName));
        m_facilities->setFocus();
        return;
    }
    const Result<> saved = m_save(changed);
    if (!saved.ok()) {
        m_message->setText(saved.message); // what was typed stays, to be corrected
        return;
    }
    accept();
}
