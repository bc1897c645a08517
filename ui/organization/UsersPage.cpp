#include "organization/UsersPage.h"
#include "ui_UsersPage.h"

#include "common/RoleName.h"
#include "organization/FacilityListModel.h"
#include "organization/TemporaryPasswordDialog.h"
#include "organization/UserDirectory.h"
#include "organization/UserEditDialog.h"
#include "organization/UserFilterModel.h"
#include "organization/UserListModel.h"
#include "session/TemporaryPassword.h"
#include "widgets/LettersWide.h"
#include "widgets/MessageBox.h"
#include "widgets/OptionalDateEdit.h"
#include "widgets/WrapLayout.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QScopedValueRollback>
#include <QShowEvent>

UsersPage::UsersPage(std::shared_ptr<const Workspace> workspace, bool manage, bool confirm, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::UsersPage>()), m_workspace(workspace),
      m_users(new UserListModel(this)), m_filter(new UserFilterModel(m_users, this)),
      m_facilities(new FacilityListModel(this)), m_manage(manage), m_confirm(confirm)
{
    m_ui->setupUi(this);
    m_ui->addUserGroupBox->setMaximumWidth(lettersWide(this, 41));
    // The filters go on to a second line rather than push the form off the page when the text is large.
    auto *filters = new QWidget(this);
    filters->setObjectName(QStringLiteral("userFiltersWidget"));
    auto *wrap = new WrapLayout(filters);
    wrap->setLinesToTheLeft(true);
    while (QLayoutItem *item = m_ui->userFiltersLayout->takeAt(0)) {
        if (item->widget())
            wrap->addWidget(item->widget());
        delete item;
    }
    m_ui->usersListLayout->removeItem(m_ui->userFiltersLayout);
    delete m_ui->userFiltersLayout;
    m_ui->userFiltersLayout = nullptr;
    m_ui->usersListLayout->insertWidget(0, filters);
    // Each sees only what they may do (the database refuses the rest whatever is shown). Only hidden, never shown
    // explicitly: a widget shown before its page is would keep no size until then.
    if (!manage) {
        for (QWidget *part : std::initializer_list<QWidget *>{m_ui->addUserGroupBox, m_ui->editUserPushButton,
                                                              m_ui->resetPasswordPushButton, m_ui->activePushButton,
                                                              m_ui->unlockUserPushButton})
            part->hide();
    }
    if (!confirm) {
        m_ui->confirmPushButton->hide();
        m_ui->confirmHintLabel->hide();
    }
    QFont title = m_ui->usersTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_ui->usersTitleLabel->setFont(title);
    for (const char *role : {"carer", "nurse", "manager", "admin"})
        m_ui->roleComboBox->addItem(RoleName::of(QString::fromLatin1(role)), QString::fromLatin1(role));
    m_ui->usersTableView->setModel(m_filter);
    fillFilters();
    m_ui->usersTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->usersTableView->verticalHeader()->hide();

    connect(m_ui->addUserPushButton, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_ui->editUserPushButton, &QPushButton::clicked, this, &UsersPage::editUser);
    connect(m_ui->usersTableView, &QTableView::doubleClicked, this, [this] {
        if (m_manage)
            editUser();
    });
    connect(m_ui->resetPasswordPushButton, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_ui->userSearchLineEdit, &QLineEdit::textChanged, this, [this](const QString &words) {
        m_filter->setSearch(words);
        describeCount();
    });
    connect(m_ui->roleFilterComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setRole(m_ui->roleFilterComboBox->currentData().toString());
        describeCount();
    });
    connect(m_ui->homeFilterComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setFacility(m_ui->homeFilterComboBox->currentData().toString());
        describeCount();
    });
    connect(m_ui->stateFilterComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setState(UserFilterModel::State(m_ui->stateFilterComboBox->currentData().toInt()));
        describeCount();
    });
    connect(m_ui->activePushButton, &QPushButton::clicked, this, &UsersPage::toggleActive);
    connect(m_ui->unlockUserPushButton, &QPushButton::clicked, this, &UsersPage::unlock);
    connect(m_ui->confirmPushButton, &QPushButton::clicked, this, &UsersPage::confirmUser);
    connect(m_ui->allFacilitiesCheckBox, &QCheckBox::toggled, m_ui->facilitiesListWidget, &QWidget::setDisabled);
    refresh();
}

UsersPage::~UsersPage() = default;

void UsersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        refresh();
}

void UsersPage::refresh()
{
    // Reading the list again keeps the message about what was just done.
    const QScopedValueRollback refreshing(m_refreshing, true);
    m_users->refresh(m_workspace->database());
    if (!m_users->lastRead().ok())
        showMessage(m_users->lastRead().message); // an empty list must never stand for users that could not be read
    m_ui->usersTableView->resizeColumnsToContents();
    connect(m_ui->usersTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateSelection, Qt::UniqueConnection);
    m_facilities->refresh(m_workspace->database());
    const QString home = m_ui->homeFilterComboBox->currentData().toString();
    {
        const QSignalBlocker quiet(m_ui->homeFilterComboBox);
        while (m_ui->homeFilterComboBox->count() > 1)
            m_ui->homeFilterComboBox->removeItem(1);
        for (int row = 0; row < m_facilities->rowCount(); ++row)
            m_ui->homeFilterComboBox->addItem(m_facilities->facilityName(row), m_facilities->facilityId(row));
        m_ui->homeFilterComboBox->setCurrentIndex(std::max(0, m_ui->homeFilterComboBox->findData(home)));
    }
    m_filter->setFacility(m_ui->homeFilterComboBox->currentData().toString());
    // The user acted on stays selected.
    for (int row = 0; !m_selectedUserId.isEmpty() && row < m_filter->rowCount(); ++row) {
        if (m_users->userId(m_filter->userRow(row)) == m_selectedUserId)
            m_ui->usersTableView->selectRow(row);
    }
    describeCount();
    QStringList checked;
    for (int i = 0; i < m_ui->facilitiesListWidget->count(); ++i) {
        if (m_ui->facilitiesListWidget->item(i)->checkState() == Qt::Checked)
            checked.append(m_ui->facilitiesListWidget->item(i)->data(Qt::UserRole).toString());
    }
    m_ui->facilitiesListWidget->clear();
    for (int row = 0; row < m_facilities->rowCount(); ++row) {
        if (m_facilities->isClosed(row))
            continue; // nobody starts work in a closed home
        auto *item = new QListWidgetItem(m_facilities->facilityName(row), m_ui->facilitiesListWidget);
        item->setData(Qt::UserRole, m_facilities->facilityId(row));
        item->setCheckState(checked.contains(m_facilities->facilityId(row)) ? Qt::Checked : Qt::Unchecked);
    }
    updateSelection();
}

int UsersPage::selectedRow() const
{
    const QModelIndexList rows = m_ui->usersTableView->selectionModel()
                                     ? m_ui->usersTableView->selectionModel()->selectedRows()
                                     : QModelIndexList();
    return rows.isEmpty() ? -1 : m_filter->userRow(rows.first().row());
}

void UsersPage::fillFilters()
{
    // The filters share one row with the search: each as wide as a short choice (the list opens wider), so that a
    // longer language's words never push the page past a station's screen; the search keeps room to be read.
    for (QComboBox *filter : {m_ui->roleFilterComboBox, m_ui->homeFilterComboBox, m_ui->stateFilterComboBox}) {
        filter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        filter->setMinimumContentsLength(12);
    }
    m_ui->userSearchLineEdit->setMinimumWidth(m_ui->userSearchLineEdit->fontMetrics().averageCharWidth() * 16);
    m_ui->roleFilterComboBox->addItem(tr("Every role"), QString());
    for (const char *role : {"carer", "nurse", "manager", "admin"})
        m_ui->roleFilterComboBox->addItem(RoleName::of(QString::fromLatin1(role)), QString::fromLatin1(role));
    m_ui->homeFilterComboBox->addItem(tr("Every care home"), QString());
    using State = UserFilterModel::State;
    m_ui->stateFilterComboBox->addItem(tr("Everyone"), int(State::Everyone));
    m_ui->stateFilterComboBox->addItem(tr("Active"), int(State::Active));
    m_ui->stateFilterComboBox->addItem(tr("Deactivated"), int(State::Deactivated));
    m_ui->stateFilterComboBox->addItem(tr("Access ended or not started"), int(State::AccessEnded));
    // Sign-ins and lockouts are known to administrators alone.
    if (m_manage) {
        m_ui->stateFilterComboBox->addItem(tr("Locked out"), int(State::LockedOut));
        m_ui->stateFilterComboBox->addItem(tr("Never signed in"), int(State::NeverSignedIn));
    }
}

void UsersPage::describeCount()
{
    const int shown = m_filter->rowCount();
    const int all = m_users->rowCount();
    m_ui->usersCountLabel->setText(shown == all ? tr("%n user(s)", nullptr, all)
                                                : tr("%1 of %n user(s)", nullptr, all).arg(shown));
}

void UsersPage::updateSelection()
{
    const int row = selectedRow();
    const QString id = row >= 0 ? m_users->userId(row) : QString();
    if (!m_refreshing && id != m_selectedUserId)
        showMessage(QString());
    m_selectedUserId = id;
    m_ui->selectedUserGroupBox->setEnabled(row >= 0);
    m_ui->resetPasswordPushButton->setEnabled(row >= 0 && m_users->userId(row) != m_workspace->session().userId);
    m_ui->activePushButton->setText(row >= 0 && !m_users->isActive(row) ? tr("&Reactivate") : tr("&Deactivate..."));
    m_ui->unlockUserPushButton->setEnabled(row >= 0 && m_users->isLocked(row));
    m_ui->confirmPushButton->setEnabled(row >= 0 && m_users->canConfirm(row));
}

void UsersPage::showMessage(const QString &message)
{
    m_ui->usersMessageLabel->setText(message);
}

void UsersPage::addUser()
{
    NewUser user;
    user.firstName = m_ui->newUserFirstNameLineEdit->text();
    user.lastName = m_ui->newUserLastNameLineEdit->text();
    user.email = m_ui->newUserEmailLineEdit->text();
    user.role = m_ui->roleComboBox->currentData().toString();
    user.allFacilities = m_ui->allFacilitiesCheckBox->isChecked();
    for (OptionalDateEdit *edit : {m_ui->accessFromOptionalDateEdit, m_ui->accessUntilOptionalDateEdit}) {
        if (const Result<> date = edit->check(); !date.ok()) {
            showMessage(date.message);
            edit->setFocus();
            return;
        }
    }
    user.accessFrom = m_ui->accessFromOptionalDateEdit->date();
    user.accessUntil = m_ui->accessUntilOptionalDateEdit->date();
    for (int i = 0; !user.allFacilities && i < m_ui->facilitiesListWidget->count(); ++i) {
        if (m_ui->facilitiesListWidget->item(i)->checkState() == Qt::Checked)
            user.facilityIds.append(m_ui->facilitiesListWidget->item(i)->data(Qt::UserRole).toString());
    }
    if (!user.allFacilities && user.facilityIds.isEmpty() && user.role != QLatin1String("admin")) {
        showMessage(tr("Tick the care homes where %1 works, or All care homes.").arg(user.firstName.trimmed()));
        return;
    }
    const QString password = TemporaryPassword::generate();
    const Result<QString> created = UserDirectory::addUser(m_workspace->database(), user, password);
    if (!created.ok()) {
        showMessage(created.message); // what was typed stays, to be corrected
        return;
    }
    const QString id = created.value;
    const QString name = user.firstName.trimmed() + QLatin1Char(' ') + user.lastName.trimmed();
    QString added = tr("%1 can now sign in with %2 and the temporary password; they choose their own then.")
                        .arg(name, user.email.trimmed());
    for (QLineEdit *field : {m_ui->newUserFirstNameLineEdit, m_ui->newUserLastNameLineEdit, m_ui->newUserEmailLineEdit})
        field->clear();
    m_ui->allFacilitiesCheckBox->setChecked(false);
    m_ui->accessFromOptionalDateEdit->setDate(QDate());
    m_ui->accessUntilOptionalDateEdit->setDate(QDate());
    for (int i = 0; i < m_ui->facilitiesListWidget->count(); ++i)
        m_ui->facilitiesListWidget->item(i)->setCheckState(Qt::Unchecked);
    refresh();
    for (int row = 0; row < m_users->rowCount(); ++row) {
        if (m_users->userId(row) == id && m_users->isWaiting(row))
            added += QLatin1Char(' ') + tr("A manager then confirms them, with them there, before they see any "
                                           "resident: you set their first password.");
    }
    showMessage(added);
    TemporaryPasswordDialog(name, password, this).exec();
}

void UsersPage::editUser()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString id = m_users->userId(row);
    const Result<NewUser> user = UserDirectory::user(m_workspace->database(), id);
    const Result<QHash<QString, QStringList>> rights = UserDirectory::roleRights(m_workspace->database());
    if (!user.ok() || !rights.ok()) {
        showMessage(!user.ok() ? user.message : rights.message);
        return;
    }
    UserEditDialog dialog(
        user.value, rights.value, m_facilities->rows(), id == m_workspace->session().userId,
        [this, id](const NewUser &changed) { return UserDirectory::updateUser(m_workspace->database(), id, changed); },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const NewUser changed = dialog.user();
    refresh();
    const int now = selectedRow();
    showMessage(now >= 0 && m_users->isWaiting(now)
                    ? tr("%1 %2 is changed. Their new rights of residents' care wait for a manager to confirm them, "
                         "with them there.")
                          .arg(changed.firstName, changed.lastName)
                    : tr("%1 %2 is changed, from their next step on.").arg(changed.firstName, changed.lastName));
}

void UsersPage::resetPassword()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString name = m_users->userName(row);
    if (MessageBox::question(this, tr("Reset %1's password").arg(name),
                             tr("%1's password stops working at once. You are shown a temporary one to give them in "
                                "person, and they choose their own when they next sign in with it.")
                                 .arg(name),
                             {{QMessageBox::Yes, tr("Reset password")}, {QMessageBox::Cancel, tr("Cancel")}},
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    const QString password = TemporaryPassword::generate();
    const Result<> reset = UserDirectory::resetPassword(m_workspace->database(), m_users->userId(row), password);
    if (!reset.ok()) {
        showMessage(reset.message);
        return;
    }
    refresh();
    const int now = selectedRow();
    showMessage(now >= 0 && m_users->isWaiting(now)
                    ? tr("%1's password is reset; they choose their own at their next sign-in, and then a manager "
                         "confirms them, with them there, before they see any resident again.")
                          .arg(name)
                    : tr("%1's password is reset; they choose their own at their next sign-in.").arg(name));
    TemporaryPasswordDialog(name, password, this).exec();
}

void UsersPage::toggleActive()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const bool activate = !m_users->isActive(row);
    // Deactivating says what it does, and asks.
    if (!activate &&
        MessageBox::question(this, tr("Deactivate %1").arg(m_users->userName(row)),
                             tr("%1 will no longer be able to sign in, and is signed out at once on every station. "
                                "Nothing they recorded is removed or changed: their name stays on it. You can "
                                "reactivate them later.")
                                 .arg(m_users->userName(row)),
                             {{QMessageBox::Yes, tr("Deactivate")}, {QMessageBox::Cancel, tr("Cancel")}},
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    const Result<> changed = UserDirectory::setActive(m_workspace->database(), m_users->userId(row), activate);
    showMessage(changed.ok() ? (activate ? tr("The user may sign in again.")
                                         : tr("The user can no longer sign in; what they recorded stays."))
                             : changed.message);
    refresh();
}

void UsersPage::unlock()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Result<> unlocked = UserDirectory::unlock(m_workspace->database(), m_users->userId(row));
    if (!unlocked.ok())
        showMessage(unlocked.message);
    else if (unlocked.outcome == Outcome::AlreadyDone)
        showMessage(tr("%1 was not locked out: nothing to unlock.").arg(m_users->userName(row)));
    else
        showMessage(tr("%1 may sign in again now.").arg(m_users->userName(row)));
    refresh();
}

void UsersPage::confirmUser()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Result<> confirmed = UserDirectory::confirmUser(m_workspace->database(), m_users->userId(row));
    showMessage(confirmed.ok() ? tr("Confirmed: they see the records their role allows from their next step on.")
                               : confirmed.message);
    refresh();
}

QJsonObject UsersPage::draft() const
{
    QJsonArray facilities;
    for (int i = 0; i < m_ui->facilitiesListWidget->count(); ++i) {
        if (m_ui->facilitiesListWidget->item(i)->checkState() == Qt::Checked)
            facilities.append(m_ui->facilitiesListWidget->item(i)->data(Qt::UserRole).toString());
    }
    const QJsonObject typed{{QStringLiteral("firstName"), m_ui->newUserFirstNameLineEdit->text()},
                            {QStringLiteral("lastName"), m_ui->newUserLastNameLineEdit->text()},
                            {QStringLiteral("email"), m_ui->newUserEmailLineEdit->text()}};
    bool anything = !facilities.isEmpty() || m_ui->allFacilitiesCheckBox->isChecked();
    for (const QJsonValue &value : typed)
        anything = anything || !value.toString().isEmpty();
    if (!anything)
        return QJsonObject();
    QJsonObject kept = typed;
    kept.insert(QStringLiteral("role"), m_ui->roleComboBox->currentData().toString());
    kept.insert(QStringLiteral("allFacilities"), m_ui->allFacilitiesCheckBox->isChecked());
    kept.insert(QStringLiteral("facilities"), facilities);
    return kept; // never the password
}

void UsersPage::restoreDraft(const QJsonObject &draft)
{
    m_ui->newUserFirstNameLineEdit->setText(draft.value(QStringLiteral("firstName")).toString());
    m_ui->newUserLastNameLineEdit->setText(draft.value(QStringLiteral("lastName")).toString());
    m_ui->newUserEmailLineEdit->setText(draft.value(QStringLiteral("email")).toString());
    const int role = m_ui->roleComboBox->findData(draft.value(QStringLiteral("role")).toString());
    if (role >= 0)
        m_ui->roleComboBox->setCurrentIndex(role);
    m_ui->allFacilitiesCheckBox->setChecked(draft.value(QStringLiteral("allFacilities")).toBool());
    const QJsonArray facilities = draft.value(QStringLiteral("facilities")).toArray();
    for (int i = 0; i < m_ui->facilitiesListWidget->count(); ++i) {
        QListWidgetItem *item = m_ui->facilitiesListWidget->item(i);
        item->setCheckState(facilities.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    showMessage(tr("Your unsaved work is back as you left it."));
}
