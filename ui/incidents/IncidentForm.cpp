#include "incidents/IncidentForm.h"
#include "ui_IncidentForm.h"

#include "common/Clock.h"
#include "common/DateText.h"
#include "compliance/HeadInjuryObservations.h"
#include "compliance/IncidentNotifications.h"
#include "incidents/IncidentNames.h"
#include "incidents/IncidentStore.h"
#include "session/Capability.h"
#include "widgets/StationColours.h"

#include <QHeaderView>

namespace {

QString paragraph(const QString &title, const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    return QStringLiteral("<p><b>%1</b> %2</p>").arg(title.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

IncidentForm::IncidentForm(std::shared_ptr<const Workspace> workspace, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::IncidentForm>()), m_workspace(std::move(workspace))
{
    m_ui->setupUi(this);
    for (QLabel *problem : {m_ui->incidentStatusLabel, m_ui->reviewProblemLabel, m_ui->notificationsProblemLabel})
        problem->setStyleSheet(StationColours::problemStyle());
    m_ui->incidentObservationsLabel->setStyleSheet(
        QStringLiteral("background: %1; color: %2; padding: 6px;")
            .arg(StationColours::noticeBackground().name(), StationColours::noticeText().name()));
    QFont title = m_ui->incidentTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->incidentTitleLabel->setFont(title);
    m_ui->incidentReportLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (const QString &type : IncidentNames::types())
        m_ui->reviewTypeComboBox->addItem(IncidentNames::typeName(type), type);
    m_ui->reviewSeverityComboBox->addItem(tr("Choose…"), QString());
    for (const QString &severity : IncidentNames::severities())
        m_ui->reviewSeverityComboBox->addItem(IncidentNames::severityName(severity), severity);
    for (const QString &kind : IncidentNotifications::kinds())
        m_ui->notificationKindComboBox->addItem(IncidentNotifications::name(kind), kind);
    m_ui->notificationsTableWidget->setColumnCount(4);
    m_ui->notificationsTableWidget->setHorizontalHeaderLabels(
        {tr("Notification"), tr("Due"), tr("Status"), tr("Reference")});
    m_ui->notificationsTableWidget->verticalHeader()->hide();
    m_ui->addSuggestedPushButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_ui->notificationsTableWidget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    const bool canReview = m_workspace->can(Capability::incidentsReview);
    m_ui->reviewGroupBox->setVisible(canReview);
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_ui->addSuggestedPushButton, m_ui->notificationKindComboBox, m_ui->addNotificationPushButton,
             m_ui->notificationKindLabel, m_ui->notificationSentLabel, m_ui->notificationSentDateTimeEdit,
             m_ui->notificationReferenceLabel, m_ui->notificationReferenceLineEdit, m_ui->markSentPushButton,
             m_ui->notificationWithdrawLabel, m_ui->notificationWithdrawLineEdit, m_ui->withdrawPushButton})
        widget->setVisible(canReview);

    connect(m_ui->incidentBackPushButton, &QPushButton::clicked, this, &IncidentForm::backRequested);
    connect(m_ui->reviewSavePushButton, &QPushButton::clicked, this, &IncidentForm::saveReview);
    connect(m_ui->reviewTypeComboBox, &QComboBox::currentIndexChanged, this, &IncidentForm::updateSuggestions);
    connect(m_ui->reviewSeverityComboBox, &QComboBox::currentIndexChanged, this, [this] {
        updateSuggestions();
        updateCandour();
    });
    connect(m_ui->reviewPoliceCheckBox, &QCheckBox::toggled, this, &IncidentForm::updateSuggestions);
    connect(m_ui->reviewSafeguardingCheckBox, &QCheckBox::toggled, this, &IncidentForm::updateSuggestions);
    connect(m_ui->reviewFamilyToldCheckBox, &QCheckBox::toggled, m_ui->reviewFamilyToldDateTimeEdit,
            &QWidget::setEnabled);
    connect(m_ui->reviewFamilyToldCheckBox, &QCheckBox::toggled, this, &IncidentForm::updateCandour);
    connect(m_ui->addSuggestedPushButton, &QPushButton::clicked, this, [this] {
        QStringList missing;
        const QString type = m_ui->reviewTypeComboBox->currentData().toString();
        const QString severity = m_ui->reviewSeverityComboBox->currentData().toString();
        for (const QString &kind :
             IncidentNotifications::suggested(type, severity, m_ui->reviewSafeguardingCheckBox->isChecked(),
                                              m_ui->reviewPoliceCheckBox->isChecked())) {
            if (std::none_of(m_record.notifications.cbegin(), m_record.notifications.cend(),
                             [&kind](const IncidentNotification &n) { return n.kind == kind; }))
                missing.append(kind);
        }
        addNotifications(missing);
    });
    connect(m_ui->addNotificationPushButton, &QPushButton::clicked, this,
            [this] { addNotifications({m_ui->notificationKindComboBox->currentData().toString()}); });
    connect(m_ui->markSentPushButton, &QPushButton::clicked, this, &IncidentForm::markSent);
    connect(m_ui->withdrawPushButton, &QPushButton::clicked, this, &IncidentForm::withdraw);
}

IncidentForm::~IncidentForm() = default;

void IncidentForm::openIncident(const QString &incidentId)
{
    m_reading = incidentId;
    m_ui->incidentStatusLabel->setText(tr("Opening the incident…"));
    m_ui->incidentScrollArea->setEnabled(false);
    IncidentStore::openLater(m_workspace->reader(), m_workspace->connectionName(), this, incidentId,
                             [this, incidentId](const Result<IncidentRecord> &record) {
                                 if (incidentId != m_reading)
                                     return; // a later one was asked for
                                 if (!record.ok()) {
                                     m_ui->incidentStatusLabel->setText(record.message);
                                     return;
                                 }
                                 show(record.value);
                             });
}

void IncidentForm::show(const IncidentRecord &record)
{
    const bool sameIncident = record.report.id == m_record.report.id;
    m_record = record;
    m_ui->incidentScrollArea->setEnabled(true);
    const IncidentReport &report = record.report;
    const QDateTime now = Clock::nowUtc();
    m_ui->incidentTitleLabel->setText(
        tr("%1, %2").arg(IncidentNames::typeName(report.type), DateText::moment(report.occurredAt)));
    m_ui->incidentStatusLabel->setText(record.reviewOverdue(now) ? tr("Waiting more than 24 hours for review.")
                                                                 : QString());
    QStringList sites;
    for (const QString &site : report.injurySites)
        sites.append(IncidentNames::siteName(site));
    QString text =
        paragraph(tr("Home:"), report.facility) +
        paragraph(tr("Resident:"), report.resident.isEmpty() ? tr("No resident") : report.resident) +
        paragraph(tr("Where:"), report.location) + paragraph(tr("What happened:"), report.whatHappened) +
        paragraph(tr("Done at once:"), report.immediateActions) + paragraph(tr("Injuries:"), report.injuries) +
        paragraph(tr("Body sites:"), sites.join(QStringLiteral(", "))) +
        paragraph(tr("Head:"), report.headStruck ? tr("struck, or nobody saw the fall") : QString()) +
        paragraph(tr("Witnesses:"), report.witnesses) +
        paragraph(tr("Safeguarding:"), report.safeguarding ? tr("a safeguarding concern") : QString()) +
        paragraph(tr("Reported by:"), tr("%1, %2").arg(report.reportedBy, DateText::moment(report.reportedAt)));
    m_ui->incidentReportLabel->setText(text);

    const bool headInjury = HeadInjuryObservations::suspected(report.type, report.injurySites, report.headStruck);
    const QDateTime due = HeadInjuryObservations::currentDue(report.occurredAt, now);
    m_ui->incidentObservationsLabel->setVisible(headInjury);
    m_ui->incidentObservationsLabel->setText(
        HeadInjuryObservations::advice() +
        (due.isValid() ? QLatin1Char(' ') + tr("Observations due %1.").arg(DateText::moment(due)) : QString()));

    QString reviews;
    for (const IncidentReview &review : record.reviews) {
        reviews += QStringLiteral("<p><b>%1</b><br>%2</p>")
                       .arg(tr("Review %1 by %2, %3: %4, %5")
                                .arg(review.version)
                                .arg(review.reviewedBy, DateText::moment(review.reviewedAt),
                                     IncidentNames::typeName(review.type), IncidentNames::severityName(review.severity))
                                .toHtmlEscaped(),
                            [&review] {
                                QStringList parts{tr("Actions: %1").arg(review.actionsTaken).toHtmlEscaped()};
                                if (!review.lessonsLearned.isEmpty())
                                    parts.append(tr("Lessons: %1").arg(review.lessonsLearned).toHtmlEscaped());
                                if (review.familyToldAt.isValid())
                                    parts.append(tr("Family told %1: %2")
                                                     .arg(DateText::moment(review.familyToldAt), review.familyToldNote)
                                                     .toHtmlEscaped());
                                return parts.join(QStringLiteral("<br>"));
                            }());
    }
    m_ui->incidentReviewsLabel->setText(reviews.isEmpty() ? tr("Not reviewed yet.") : reviews);

    // A new review starts from the latest (or the report), unless this incident is shown again after a save.
    if (!sameIncident) {
        const IncidentReview *latest = record.latestReview();
        m_ui->reviewTypeComboBox->setCurrentIndex(
            std::max(0, m_ui->reviewTypeComboBox->findData(latest ? latest->type : report.type)));
        m_ui->reviewSeverityComboBox->setCurrentIndex(
            std::max(0, m_ui->reviewSeverityComboBox->findData(latest ? latest->severity : QString())));
        m_ui->reviewActionsPlainTextEdit->setPlainText(latest ? latest->actionsTaken : report.immediateActions);
        m_ui->reviewLessonsPlainTextEdit->setPlainText(latest ? latest->lessonsLearned : QString());
        m_ui->reviewPoliceCheckBox->setChecked(latest && latest->policeInvolved);
        m_ui->reviewSafeguardingCheckBox->setChecked(report.safeguarding || (latest && latest->safeguarding));
        m_ui->reviewFamilyToldCheckBox->setChecked(latest && latest->familyToldAt.isValid());
        m_ui->reviewFamilyToldDateTimeEdit->setEnabled(m_ui->reviewFamilyToldCheckBox->isChecked());
        m_ui->reviewFamilyToldDateTimeEdit->setDateTime(
            latest && latest->familyToldAt.isValid() ? latest->familyToldAt.toLocalTime() : Clock::now());
        m_ui->reviewFamilyNoteLineEdit->setText(latest ? latest->familyToldNote : QString());
        m_ui->reviewProblemLabel->clear();
        m_ui->notificationsProblemLabel->clear();
        m_ui->notificationReferenceLineEdit->clear();
        m_ui->notificationWithdrawLineEdit->clear();
    }
    // Safeguarding is never lowered.
    m_ui->reviewSafeguardingCheckBox->setEnabled(!report.safeguarding);
    m_ui->notificationSentDateTimeEdit->setDateTime(Clock::now());
    m_ui->notificationSentDateTimeEdit->setMaximumDateTime(Clock::now().addSecs(5 * 60));
    showNotifications();
    updateSuggestions();
    updateCandour();
}

void IncidentForm::showNotifications()
{
    QTableWidget *table = m_ui->notificationsTableWidget;
    const QString selected = selectedNotification();
    table->setRowCount(int(m_record.notifications.size()));
    const QDateTime now = Clock::nowUtc();
    for (int row = 0; row < m_record.notifications.size(); ++row) {
        const IncidentNotification &n = m_record.notifications.at(row);
        QString status;
        if (n.sentAt.isValid())
            status = tr("Sent %1 by %2").arg(DateText::moment(n.sentAt), n.sentBy);
        else if (n.withdrawnAt.isValid())
            status = tr("Not needed: %1").arg(n.withdrawnReason);
        else
            status = n.overdue(now) ? tr("Past due, not sent") : tr("To send");
        const QStringList cells = {IncidentNotifications::name(n.kind), DateText::moment(n.dueAt), status, n.reference};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, n.id);
            if (column == 0)
                item->setToolTip(IncidentNotifications::regulation(n.kind));
            if (n.overdue(now)) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setForeground(StationColours::problem());
            }
            table->setItem(row, column, item);
        }
        if (n.id == selected)
            table->selectRow(row);
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (table->currentRow() < 0) {
        for (int row = 0; row < m_record.notifications.size(); ++row) {
            if (m_record.notifications.at(row).pending()) {
                table->selectRow(row);
                break;
            }
        }
    }
}

void IncidentForm::updateSuggestions()
{
    const QString type = m_ui->reviewTypeComboBox->currentData().toString();
    const QString severity = m_ui->reviewSeverityComboBox->currentData().toString();
    QStringList names;
    bool missing = false;
    for (const QString &kind : IncidentNotifications::suggested(
             type, severity, m_ui->reviewSafeguardingCheckBox->isChecked(), m_ui->reviewPoliceCheckBox->isChecked())) {
        names.append(IncidentNotifications::name(kind));
        missing = missing || std::none_of(m_record.notifications.cbegin(), m_record.notifications.cend(),
                                          [&kind](const IncidentNotification &n) { return n.kind == kind; });
    }
    m_ui->notificationsSuggestedLabel->setText(
        names.isEmpty() ? tr("None suggested from the type and severity: add any that apply.")
                        : tr("Suggested from the type and severity: %1.").arg(names.join(QStringLiteral("; "))));
    m_ui->addSuggestedPushButton->setEnabled(missing);
}

void IncidentForm::updateCandour()
{
    const QString severity = m_ui->reviewSeverityComboBox->currentData().toString();
    if (!IncidentNotifications::candourApplies(severity)) {
        m_ui->reviewCandourLabel->clear();
        return;
    }
    m_ui->reviewCandourLabel->setText(
        m_ui->reviewFamilyToldCheckBox->isChecked()
            ? tr("Duty of candour applies: say who was told, how, and that an apology was given.")
            : tr("Duty of candour applies: tell the resident or their family, apologise, and record it here."));
}

void IncidentForm::saveReview()
{
    IncidentReview review;
    review.type = m_ui->reviewTypeComboBox->currentData().toString();
    review.severity = m_ui->reviewSeverityComboBox->currentData().toString();
    review.actionsTaken = m_ui->reviewActionsPlainTextEdit->toPlainText();
    review.lessonsLearned = m_ui->reviewLessonsPlainTextEdit->toPlainText();
    review.policeInvolved = m_ui->reviewPoliceCheckBox->isChecked();
    review.safeguarding = m_ui->reviewSafeguardingCheckBox->isChecked();
    if (m_ui->reviewFamilyToldCheckBox->isChecked())
        review.familyToldAt = m_ui->reviewFamilyToldDateTimeEdit->dateTime();
    review.familyToldNote = m_ui->reviewFamilyNoteLineEdit->text();
    if (review.severity.isEmpty()) {
        m_ui->reviewProblemLabel->setStyleSheet(StationColours::problemStyle());
        m_ui->reviewProblemLabel->setText(tr("Choose how severe the harm was."));
        m_ui->reviewSeverityComboBox->setFocus();
        return;
    }
    const Result<> saved = IncidentStore::review(m_workspace->database(), m_record.report.id, review);
    m_ui->reviewProblemLabel->setStyleSheet(StationColours::problemStyle());
    if (!saved.ok()) {
        m_ui->reviewProblemLabel->setText(saved.message);
        const QHash<QString, QWidget *> fields = {
            {QStringLiteral("type"), m_ui->reviewTypeComboBox},
            {QStringLiteral("severity"), m_ui->reviewSeverityComboBox},
            {QStringLiteral("actionsTaken"), m_ui->reviewActionsPlainTextEdit},
            {QStringLiteral("lessonsLearned"), m_ui->reviewLessonsPlainTextEdit},
            {QStringLiteral("familyToldNote"), m_ui->reviewFamilyNoteLineEdit},
            {QStringLiteral("familyToldAt"), m_ui->reviewFamilyToldDateTimeEdit},
        };
        if (QWidget *field = fields.value(saved.field))
            field->setFocus();
        return;
    }
    // Said in the plain colour: it is not a problem.
    m_ui->reviewProblemLabel->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_ui->reviewProblemLabel->setText(tr("Review saved."));
    emit changed();
    openIncident(m_record.report.id);
}

void IncidentForm::addNotifications(const QStringList &kinds)
{
    for (const QString &kind : kinds) {
        const Result<> added = IncidentStore::addNotification(m_workspace->database(), m_record.report.id, kind);
        if (!added.ok()) {
            m_ui->notificationsProblemLabel->setText(added.message);
            openIncident(m_record.report.id);
            return;
        }
    }
    m_ui->notificationsProblemLabel->clear();
    emit changed();
    openIncident(m_record.report.id);
}

QString IncidentForm::selectedNotification() const
{
    const QTableWidgetItem *item =
        m_ui->notificationsTableWidget->item(m_ui->notificationsTableWidget->currentRow(), 0);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void IncidentForm::markSent()
{
    const QString id = selectedNotification();
    if (id.isEmpty()) {
        m_ui->notificationsProblemLabel->setText(tr("Choose the notification that was sent."));
        m_ui->notificationsTableWidget->setFocus();
        return;
    }
    const Result<> sent =
        IncidentStore::markSent(m_workspace->database(), id, m_ui->notificationSentDateTimeEdit->dateTime(),
                                m_ui->notificationReferenceLineEdit->text());
    if (!sent.ok()) {
        m_ui->notificationsProblemLabel->setText(sent.message);
        if (sent.field == QLatin1String("reference"))
            m_ui->notificationReferenceLineEdit->setFocus();
        else if (sent.field == QLatin1String("sentAt"))
            m_ui->notificationSentDateTimeEdit->setFocus();
        return;
    }
    m_ui->notificationsProblemLabel->clear();
    m_ui->notificationReferenceLineEdit->clear();
    emit changed();
    openIncident(m_record.report.id);
}

void IncidentForm::withdraw()
{
    const QString id = selectedNotification();
    if (id.isEmpty()) {
        m_ui->notificationsProblemLabel->setText(tr("Choose the notification that is not needed."));
        m_ui->notificationsTableWidget->setFocus();
        return;
    }
    if (m_ui->notificationWithdrawLineEdit->text().trimmed().isEmpty()) {
        m_ui->notificationsProblemLabel->setText(tr("Say why this notification is not needed."));
        m_ui->notificationWithdrawLineEdit->setFocus();
        return;
    }
    const Result<> withdrawn =
        IncidentStore::withdraw(m_workspace->database(), id, m_ui->notificationWithdrawLineEdit->text());
    if (!withdrawn.ok()) {
        m_ui->notificationsProblemLabel->setText(withdrawn.message);
        return;
    }
    m_ui->notificationsProblemLabel->clear();
    m_ui->notificationWithdrawLineEdit->clear();
    emit changed();
    openIncident(m_record.report.id);
}
