#include "organization/HomesPage.h"
#include "ui_HomesPage.h"

#include "widgets/EditWatcher.h"

#include "assessments/AssessmentSchedule.h"
#include "clinical/AssessmentTools.h"
#include "clinical/ShiftPattern.h"
#include "common/Clock.h"
#include "common/DateText.h"
#include "organization/HomeDialog.h"
#include "organization/HomeStore.h"
#include "organization/OrganizationDetails.h"
#include "organization/OrganizationDetailsDialog.h"
#include "organization/OrganizationSettings.h"
#include "shiftnotes/DailyNoteStore.h"
#include "widgets/LettersWide.h"
#include "widgets/MessageBox.h"
#include "widgets/ObjectName.h"
#include "widgets/StationColours.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTimeEdit>

HomesPage::HomesPage(std::shared_ptr<const Workspace> workspace, bool manageOrganization, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::HomesPage>()), m_workspace(workspace)
{
    m_ui->setupUi(this);
    m_ui->homesListWidget->setMaximumWidth(lettersWide(this, 32));
    m_ui->homeSummaryLabel->setMaximumWidth(lettersWide(this, 32));
    connect(m_ui->homesListWidget, &QListWidget::currentRowChanged, this, &HomesPage::showHome);
    connect(m_ui->addHomePushButton, &QPushButton::clicked, this, &HomesPage::addHome);
    connect(m_ui->homeDetailsPushButton, &QPushButton::clicked, this, &HomesPage::editHome);
    connect(m_ui->closeHomePushButton, &QPushButton::clicked, this, &HomesPage::closeOrReopenHome);
    connect(m_ui->organizationDetailsPushButton, &QPushButton::clicked, this, &HomesPage::editOrganization);
    connect(m_ui->saveShiftTimesPushButton, &QPushButton::clicked, this, &HomesPage::save);
    connect(m_ui->saveSettingsPushButton, &QPushButton::clicked, this, &HomesPage::saveSettings);
    connect(m_ui->saveAssessmentSchedulePushButton, &QPushButton::clicked, this, &HomesPage::saveAssessmentSchedule);
    m_ui->organizationGroupBox->setVisible(manageOrganization);
    m_ui->assessmentScheduleGroupBox->setVisible(manageOrganization);
    if (manageOrganization)
        showAssessmentSchedule();
    m_ui->lateEntrySpinBox->setRange(OrganizationSettings::lateEntryMinimum, OrganizationSettings::lateEntryMaximum);
    m_ui->idleLockSpinBox->setRange(OrganizationSettings::idleLockMinimum, OrganizationSettings::idleLockMaximum);
    // The suffixes follow the number: "1 minute without use", "2 minutes without use".
    const auto minutesAfterTheCare = [this](int value) {
        m_ui->lateEntrySpinBox->setSuffix(tr(" minute(s) after the care", "after the number", value));
    };
    const auto minutesWithoutUse = [this](int value) {
        m_ui->idleLockSpinBox->setSuffix(tr(" minute(s) without use", "after the number", value));
    };
    connect(m_ui->lateEntrySpinBox, &QSpinBox::valueChanged, this, minutesAfterTheCare);
    connect(m_ui->idleLockSpinBox, &QSpinBox::valueChanged, this, minutesWithoutUse);
    minutesAfterTheCare(m_ui->lateEntrySpinBox->value());
    minutesWithoutUse(m_ui->idleLockSpinBox->value());
    if (manageOrganization) {
        const Result<OrganizationSettings> settings = OrganizationSettings::load(workspace->database());
        m_ui->lateEntrySpinBox->setValue(settings.value.lateEntryMinutes);
        m_ui->idleLockSpinBox->setValue(settings.value.idleLockMinutes);
        showMessage(m_ui->settingsMessageLabel, settings.message, !settings.ok());
    }
    loadHomes(QString());
    // "… is saved." is no longer true once the user changes something in that box again.
    EditWatcher::watch(m_ui->organizationGroupBox, this, [this] { clearDone(m_ui->settingsMessageLabel); });
    EditWatcher::watch(m_ui->assessmentScheduleGroupBox, this,
                       [this] { clearDone(m_ui->assessmentScheduleMessageLabel); });
}

HomesPage::~HomesPage() = default;

void HomesPage::loadHomes(const QString &selectId)
{
    const Result<QList<HomeDetails>> homes = HomeStore::homes(m_workspace->database());
    m_homes = homes.value;
    {
        const QSignalBlocker quiet(m_ui->homesListWidget);
        m_ui->homesListWidget->clear();
        for (const HomeDetails &home : std::as_const(m_homes)) {
            auto *item = new QListWidgetItem(home.closedOn.isValid() ? tr("%1 (closed)").arg(home.name) : home.name,
                                             m_ui->homesListWidget);
            item->setData(Qt::UserRole, home.id);
            if (home.id == selectId)
                m_ui->homesListWidget->setCurrentItem(item);
        }
        if (!m_ui->homesListWidget->currentItem() && m_ui->homesListWidget->count() > 0)
            m_ui->homesListWidget->setCurrentRow(0);
    }
    showHome();
    if (!homes.ok())
        showMessage(m_ui->homesMessageLabel, homes.message, true);
}

const HomeDetails *HomesPage::currentHome() const
{
    const int row = m_ui->homesListWidget->currentRow();
    return row >= 0 && row < m_homes.size() ? &m_homes.at(row) : nullptr;
}

void HomesPage::addHome()
{
    QString added;
    HomeDialog dialog(
        HomeDetails(),
        [this, &added](const HomeDetails &home) {
            const Result<QString> made = HomeStore::add(m_workspace->database(), home);
            added = made.value;
            return made.ok() ? Result<>::done() : Result<>::failedAs(made);
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    loadHomes(added);
    showMessage(m_ui->homesMessageLabel,
                tr("%1 is added, with the usual shift times: change them here if its shifts differ. Give staff the "
                   "home on the Users page.")
                    .arg(dialog.home().name),
                false);
}

void HomesPage::editHome()
{
    const HomeDetails *home = currentHome();
    if (!home)
        return;
    HomeDialog dialog(
        *home, [this](const HomeDetails &changed) { return HomeStore::update(m_workspace->database(), changed); },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    loadHomes(home->id);
    showMessage(m_ui->homesMessageLabel, tr("The details of %1 are saved.").arg(dialog.home().name), false);
}

void HomesPage::closeOrReopenHome()
{
    const HomeDetails *current = currentHome();
    if (!current)
        return;
    const HomeDetails home = *current;
    const bool closing = !home.closedOn.isValid();
    if (MessageBox::question(
            this, closing ? tr("Close %1").arg(home.name) : tr("Reopen %1").arg(home.name),
            closing ? tr("%1 closes today: nobody can be admitted to it or start work there. Everything recorded "
                         "there stays, under its name, and it can be reopened. A home closes only once no resident "
                         "lives there.")
                          .arg(home.name)
                    : tr("%1 reopens: residents can be admitted to it again.").arg(home.name),
            {{QMessageBox::Yes, closing ? tr("Close the home") : tr("Reopen the home")},
             {QMessageBox::Cancel, tr("Cancel")}},
            QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    const Result<> changed = HomeStore::setClosed(m_workspace->database(), home.id, closing ? Clock::today() : QDate());
    loadHomes(home.id);
    showMessage(m_ui->homesMessageLabel,
                !changed.ok() ? changed.message
                : closing     ? tr("%1 is closed from today. What was recorded there stays.").arg(home.name)
                              : tr("%1 is open again.").arg(home.name),
                !changed.ok());
}

void HomesPage::editOrganization()
{
    const Result<OrganizationDetails> details = OrganizationDetails::load(m_workspace->database());
    if (!details.ok()) {
        showMessage(m_ui->settingsMessageLabel, details.message, true);
        return;
    }
    OrganizationDetailsDialog dialog(
        details.value,
        [this](const OrganizationDetails &changed) {
            return OrganizationDetails::save(m_workspace->database(), changed);
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(m_ui->settingsMessageLabel, tr("The organization's details are saved."), false);
}

void HomesPage::showHome()
{
    while (m_ui->shiftTimesFormLayout->rowCount() > 0)
        m_ui->shiftTimesFormLayout->removeRow(0);
    m_rows.clear();
    QListWidgetItem *item = m_ui->homesListWidget->currentItem();
    m_ui->shiftTimesGroupBox->setEnabled(item != nullptr);
    const HomeDetails *home = currentHome();
    m_ui->homeDetailsPushButton->setEnabled(home != nullptr);
    m_ui->closeHomePushButton->setEnabled(home != nullptr);
    m_ui->closeHomePushButton->setText(home && home->closedOn.isValid() ? tr("&Reopen this home...")
                                                                        : tr("C&lose this home..."));
    QStringList summary;
    if (home) {
        summary.append(HomeDetails::typeName(home->type));
        if (home->capacity > 0)
            summary.append(tr("%n registered bed(s)", nullptr, home->capacity));
        if (!home->address.oneLine().isEmpty())
            summary.append(home->address.oneLine());
        if (!home->locationId.isEmpty())
            summary.append(tr("%1: %2").arg(HomeDetails::regulatorName(home->regulator), home->locationId));
        if (home->closedOn.isValid())
            summary.append(tr("Closed on %1").arg(DateText::shortDate(home->closedOn)));
    }
    m_ui->homeSummaryLabel->setText(summary.join(QLatin1Char('\n')));
    if (!item)
        return;
    m_ui->shiftTimesGroupBox->setTitle(tr("Shift times at %1").arg(item->text()));
    const Result<ShiftPattern> pattern =
        DailyNoteStore::shiftPattern(m_workspace->database(), item->data(Qt::UserRole).toString());
    for (const ShiftTimes &times : pattern.value.shifts()) {
        auto *line = new QWidget;
        auto *layout = new QHBoxLayout(line);
        layout->setContentsMargins(0, 0, 0, 0);
        ShiftRow row{times.shift, new QTimeEdit(times.starts), new QTimeEdit(times.ends)};
        for (QTimeEdit *edit : {row.starts, row.ends})
            edit->setDisplayFormat(QStringLiteral("HH:mm"));
        row.starts->setObjectName(times.shift + QStringLiteral("StartTimeEdit"));
        row.ends->setObjectName(times.shift + QStringLiteral("EndTimeEdit"));
        row.starts->setAccessibleName(tr("%1 shift starts").arg(ShiftPattern::shiftName(times.shift)));
        row.ends->setAccessibleName(tr("%1 shift ends").arg(ShiftPattern::shiftName(times.shift)));
        layout->addWidget(row.starts);
        layout->addWidget(new QLabel(tr("to")));
        layout->addWidget(row.ends);
        layout->addStretch();
        auto *label = new QLabel(tr("%1 shift").arg(ShiftPattern::shiftName(times.shift)));
        label->setBuddy(row.starts);
        m_ui->shiftTimesFormLayout->addRow(label, line);
        m_rows.append(row);
    }
    showMessage(m_ui->homesMessageLabel, pattern.message, !pattern.ok());
    // The rows are new for each home (the box's other fields may be connected twice: clearing twice is harmless).
    EditWatcher::watch(m_ui->shiftTimesGroupBox, this, [this] { clearDone(m_ui->homesMessageLabel); });
}

void HomesPage::save()
{
    QListWidgetItem *item = m_ui->homesListWidget->currentItem();
    if (!item)
        return;
    QList<ShiftTimes> shifts;
    for (const ShiftRow &row : std::as_const(m_rows))
        shifts.append({row.shift, row.starts->time(), row.ends->time()});
    const Result<> saved =
        DailyNoteStore::saveShiftTimes(m_workspace->database(), item->data(Qt::UserRole).toString(), shifts);
    showMessage(m_ui->homesMessageLabel,
                saved.ok()
                    ? tr("The shift times of %1 are saved. They apply to notes written from now on.").arg(item->text())
                    : saved.message,
                !saved.ok());
}

void HomesPage::saveSettings()
{
    OrganizationSettings settings;
    settings.lateEntryMinutes = m_ui->lateEntrySpinBox->value();
    settings.idleLockMinutes = m_ui->idleLockSpinBox->value();
    const Result<> saved = OrganizationSettings::save(m_workspace->database(), settings);
    showMessage(m_ui->settingsMessageLabel,
                saved.ok() ? tr("The organization's settings are saved. Stations lock by the new time from their "
                                "next sign-in.")
                           : saved.message,
                !saved.ok());
}

void HomesPage::showAssessmentSchedule()
{
    const Result<QList<AssessmentSchedule::Entry>> entries = AssessmentSchedule::load(m_workspace->database());
    QGridLayout *grid = m_ui->assessmentScheduleGridLayout;
    // Nothing to save when the schedule could not be read: saving would report success and change nothing.
    m_ui->saveAssessmentSchedulePushButton->setEnabled(entries.ok());
    int column = 1;
    for (const auto &[heading, name] : {std::pair(tr("Due on admission"), "onAdmissionHeadingLabel"),
                                        std::pair(tr("Then every"), "everyDaysHeadingLabel"),
                                        std::pair(tr("After a risk, again within"), "riskDaysHeadingLabel")}) {
        auto *label = new QLabel(heading);
        label->setObjectName(QLatin1String(name));
        grid->addWidget(label, 0, column++);
    }
    for (const AssessmentSchedule::Entry &entry : entries.value) {
        // Object names from the tool's key: "abbey_pain" gives abbeyPainEveryDaysSpinBox.
        const QString name = ObjectName::fromKey(AssessmentTools::key(entry.type));
        ScheduleRow row{entry.type, new QCheckBox, new QSpinBox, new QSpinBox};
        row.onAdmission->setAccessibleName(tr("%1 due on admission").arg(AssessmentTools::name(entry.type)));
        row.onAdmission->setObjectName(name + QStringLiteral("OnAdmissionCheckBox"));
        row.onAdmission->setChecked(entry.onAdmission);
        row.everyDays->setObjectName(name + QStringLiteral("EveryDaysSpinBox"));
        row.riskDays->setObjectName(name + QStringLiteral("RiskDaysSpinBox"));
        for (QSpinBox *days : {row.everyDays, row.riskDays}) {
            days->setRange(0, AssessmentSchedule::maximumDays);
            connect(days, &QSpinBox::valueChanged, days,
                    [days](int value) { days->setSuffix(tr(" day(s)", "after the number", value)); });
        }
        row.everyDays->setSpecialValueText(tr("Not scheduled"));
        row.riskDays->setSpecialValueText(tr("As usual"));
        row.everyDays->setValue(entry.everyDays);
        row.riskDays->setValue(entry.riskDays);
        auto *label = new QLabel(AssessmentTools::name(entry.type));
        label->setObjectName(name + QStringLiteral("ScheduleLabel"));
        label->setBuddy(row.onAdmission);
        const int line = grid->rowCount();
        grid->addWidget(label, line, 0);
        grid->addWidget(row.onAdmission, line, 1);
        grid->addWidget(row.everyDays, line, 2);
        grid->addWidget(row.riskDays, line, 3);
        m_scheduleRows.append(row);
    }
    grid->setColumnStretch(4, 1);
    showMessage(m_ui->assessmentScheduleMessageLabel, entries.message, !entries.ok());
}

void HomesPage::saveAssessmentSchedule()
{
    QList<AssessmentSchedule::Entry> entries;
    for (const ScheduleRow &row : std::as_const(m_scheduleRows))
        entries.append({row.type, row.onAdmission->isChecked(), row.everyDays->value(), row.riskDays->value()});
    const Result<> saved = AssessmentSchedule::save(m_workspace->database(), entries);
    showMessage(m_ui->assessmentScheduleMessageLabel,
                saved.ok() ? tr("The assessment schedule is saved. It sets the next due date of assessments saved "
                                "from now on; those already saved keep theirs. What is due on admission changes at "
                                "once.")
                           : saved.message,
                !saved.ok());
}

void HomesPage::clearDone(QLabel *label)
{
    if (label->property("done").toBool())
        showMessage(label, QString(), false);
}

void HomesPage::showMessage(QLabel *label, const QString &message, bool problem)
{
    // A problem stays while it is put right; a "saved" goes at the next change (clearDone).
    label->setProperty("done", !problem && !message.isEmpty());
    label->setText(message);
    label->setStyleSheet(problem ? StationColours::problemStyle() : QString());
}
