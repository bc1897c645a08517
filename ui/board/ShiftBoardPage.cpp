#include "board/ShiftBoardPage.h"
#include "session/Capability.h"
#include "ui_ShiftBoardPage.h"

#include "incidents/IncidentReportDialog.h"

#include "board/HandoverDialog.h"
#include "board/HandoverReport.h"
#include "board/ShiftBoardModel.h"
#include "common/Clock.h"
#include "common/DateText.h"
#include "organization/FacilityListModel.h"
#include "residents/AlertsDelegate.h"
#include "session/StationSession.h"
#include "shiftnotes/CareCategories.h"
#include "shiftnotes/DailyNoteStore.h"
#include "shiftnotes/NoteForm.h"
#include "shiftnotes/TimelineDelegate.h"
#include "shiftnotes/TimelineModel.h"
#include "widgets/ColumnFit.h"
#include "widgets/MessageBox.h"
#include "widgets/OverdueDelegate.h"
#include "widgets/StackedPages.h"
#include "widgets/StationColours.h"
#include "widgets/WrapLayout.h"

#include <QApplication>
#include <QHeaderView>
#include <QScrollArea>
#include <QTimer>

ShiftBoardPage::ShiftBoardPage(std::shared_ptr<const Workspace> workspace, StationSession *station, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ShiftBoardPage>()), m_workspace(workspace), m_station(station),
      m_board(new ShiftBoardModel(workspace->connectionName(), this)),
      m_timeline(new TimelineModel(workspace->connectionName(), this)), m_form(new NoteForm(this)),
      m_formScrollArea(new QScrollArea(this)), m_refreshTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->queueFrame->setStyleSheet(
        QStringLiteral(
            "QFrame#queueFrame { background: %1; border: 1px solid %2; } QLabel { color: %3; font-weight: bold; }")
            .arg(StationColours::noticeBackground().name(), StationColours::noticeBorder().name(),
                 StationColours::noticeText().name()));
    auto *toolbar = new WrapLayout(m_ui->boardToolbarWidget);
    toolbar->addWidget(m_ui->boardFiltersWidget);
    toolbar->addWidget(m_ui->boardActionsWidget);
    m_form->setObjectName(QStringLiteral("noteForm"));
    // The form scrolls inside the window rather than growing it past the bottom of a station's screen when the
    // escalation box appears; focus moving into a field scrolls it into view.
    m_formScrollArea->setObjectName(QStringLiteral("noteFormScrollArea"));
    m_formScrollArea->setWidgetResizable(true);
    m_formScrollArea->setFrameShape(QFrame::NoFrame);
    m_formScrollArea->setWidget(m_form);
    m_ui->shiftStackedWidget->addWidget(m_formScrollArea);
    // Focus put on a field (a refused save sends the cursor to what is missing) brings it into view as Tab does,
    // even with large text, where the escalation box is well below the fold.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_form->isAncestorOf(now))
            m_formScrollArea->ensureWidgetVisible(now);
    });
    StackedPages::sizeByCurrentPage(m_ui->shiftStackedWidget);
    m_ui->boardTableView->setModel(m_board);
    m_ui->boardTableView->setItemDelegateForColumn(ShiftBoardModel::AlertsColumn,
                                                   new AlertsDelegate(m_ui->boardTableView));
    m_ui->boardTableView->setItemDelegateForColumn(
        ShiftBoardModel::AssessmentsColumn,
        new OverdueDelegate(ShiftBoardModel::AssessmentOverdueRole, m_ui->boardTableView));
    // Every column in view on a station's screen: the short ones as wide as what they hold, the ones with words
    // sharing what is left (their text wraps), so NEWS2 and the last note's time are never off the right edge; none
    // narrower than its heading, whatever the size of the text.
    ColumnFit::apply(m_ui->boardTableView,
                     {ShiftBoardModel::RoomColumn, ShiftBoardModel::FluidColumn, ShiftBoardModel::LastNoteColumn});
    auto *timelineHeader = new WrapLayout(m_ui->timelineHeaderWidget);
    timelineHeader->addWidget(m_ui->timelineTitleLabel);
    timelineHeader->addWidget(m_ui->timelineFiltersWidget);
    m_ui->boardTableView->setWordWrap(true);
    m_ui->boardTableView->verticalHeader()->hide();
    // The board and the notes are read off the window's thread: a slow network never freezes the station.
    m_board->setReader(workspace->reader());
    m_timeline->setReader(workspace->reader());
    connect(m_board, &ShiftBoardModel::refreshed, this, &ShiftBoardPage::boardRefreshed);
    connect(m_board, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_ui->boardTableView->currentIndex();
        if (current.isValid())
            m_selectedResidentId = current.data(ShiftBoardModel::IdRole).toString();
    });
    connect(m_timeline, &TimelineModel::pageRead, this, &ShiftBoardPage::showTimelineTitle);
    m_ui->timelineListView->setModel(m_timeline);
    m_ui->timelineListView->setItemDelegate(new TimelineDelegate(m_ui->timelineListView));
    m_ui->timelineListView->setSpacing(3);
    m_ui->boardSplitter->setStretchFactor(0, 3);
    m_ui->boardSplitter->setStretchFactor(1, 2);

    m_ui->categoryComboBox->addItem(tr("All notes"), QString());
    for (const QString &key : CareCategories::keys())
        m_ui->categoryComboBox->addItem(CareCategories::name(key), key);
    for (const char *key : {"observations", "narrative", "escalation", "correction"})
        m_ui->categoryComboBox->addItem(CareCategories::name(QLatin1String(key)), QLatin1String(key));
    m_ui->categoryComboBox->addItem(tr("Incidents"), QStringLiteral("incident"));
    const QDate today = Clock::today();
    m_ui->fromDateEdit->setDateRange(QDate(1900, 1, 1), TimelineModel::defaultTo(today));
    m_ui->toDateEdit->setDateRange(QDate(1900, 1, 1), TimelineModel::defaultTo(today));
    m_ui->fromDateEdit->setDate(TimelineModel::defaultFrom(today));
    m_ui->toDateEdit->setDate(TimelineModel::defaultTo(today));

    FacilityListModel facilities;
    facilities.refresh(workspace->database());
    for (int row = 0; row < facilities.rowCount(); ++row)
        m_ui->facilityComboBox->addItem(facilities.facilityName(row), facilities.facilityId(row));

    const bool canWrite = workspace->can(Capability::dailyRecordsAdd);
    m_ui->writeNotePushButton->setVisible(canWrite);
    m_ui->correctPushButton->setVisible(canWrite);
    m_ui->boardReportIncidentPushButton->setVisible(workspace->can(Capability::incidentsAdd));

    connect(m_ui->facilityComboBox, &QComboBox::currentIndexChanged, this, &ShiftBoardPage::loadShifts);
    connect(m_ui->shiftComboBox, &QComboBox::currentIndexChanged, this, &ShiftBoardPage::showShift);
    connect(m_ui->boardTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ShiftBoardPage::showTimeline);
    connect(m_ui->boardTableView, &QAbstractItemView::activated, this, &ShiftBoardPage::writeNote);
    connect(m_ui->writeNotePushButton, &QPushButton::clicked, this, &ShiftBoardPage::writeNote);
    connect(m_ui->correctPushButton, &QPushButton::clicked, this, &ShiftBoardPage::correctNote);
    connect(m_ui->boardReportIncidentPushButton, &QPushButton::clicked, this, &ShiftBoardPage::reportIncident);
    connect(m_ui->categoryComboBox, &QComboBox::currentIndexChanged, this, &ShiftBoardPage::showTimeline);
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, &ShiftBoardPage::showTimeline);
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, this, &ShiftBoardPage::showTimeline);
    connect(m_form, &NoteForm::saveRequested, this, &ShiftBoardPage::save);
    connect(m_form, &NoteForm::cancelRequested, this, &ShiftBoardPage::leaveForm);
    connect(m_ui->handoverPushButton, &QPushButton::clicked, this, &ShiftBoardPage::showHandover);
    connect(m_board, &ShiftBoardModel::handoverRead, this, &ShiftBoardPage::handoverRead);
    connect(m_ui->openRefusedPushButton, &QPushButton::clicked, this, &ShiftBoardPage::openRefused);
    connect(m_station, &StationSession::outboxChanged, this, &ShiftBoardPage::showOutbox);
    connect(m_station, &StationSession::notesDelivered, this, &ShiftBoardPage::notesDelivered);
    connect(m_station, &StationSession::connectionChanged, this, [this](bool online) {
        showOutbox();
        if (online) {
            refresh();
            showTimeline();
        }
    });
    connect(m_refreshTimer, &QTimer::timeout, this, &ShiftBoardPage::refresh);
    m_refreshTimer->setInterval(10000);
    m_refreshTimer->start();
    loadShifts();
    showOutbox();
}

ShiftBoardPage::~ShiftBoardPage() = default;

void ShiftBoardPage::setRefreshInterval(int milliseconds)
{
    m_refreshTimer->setInterval(milliseconds);
}

void ShiftBoardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_ui->shiftStackedWidget->currentWidget() == m_ui->boardPage)
        m_ui->boardTableView->setFocus();
}

void ShiftBoardPage::loadShifts()
{
    const Result<ShiftPattern> pattern =
        DailyNoteStore::shiftPattern(m_workspace->database(), m_ui->facilityComboBox->currentData().toString());
    m_pattern = pattern.value;
    const ShiftOccurrence current = m_pattern.current(Clock::now());
    QSignalBlocker blocker(m_ui->shiftComboBox);
    m_ui->shiftComboBox->clear();
    ShiftOccurrence occurrence = current;
    for (int i = 0; i < 3 && occurrence.isValid(); ++i) {
        m_ui->shiftComboBox->addItem(i == 0 ? tr("%1 (now)").arg(ShiftPattern::describe(occurrence))
                                            : ShiftPattern::describe(occurrence),
                                     QStringList{occurrence.shift, occurrence.date.toString(Qt::ISODate)});
        occurrence = m_pattern.previous(occurrence);
    }
    m_ui->boardStatusLabel->clear();
    showShift();
    if (!pattern.ok())
        m_ui->boardStatusLabel->setText(pattern.message);
}

void ShiftBoardPage::showShift()
{
    const QStringList chosen = m_ui->shiftComboBox->currentData().toStringList();
    if (chosen.size() != 2) {
        m_board->clear();
        return;
    }
    // Fluids are judged against the share of the day gone by now.
    m_board->setMoment(Clock::now());
    m_selectFirst = true;
    m_board->setShift(m_ui->facilityComboBox->currentData().toString(),
                      m_pattern.occurrence(chosen.at(0), QDate::fromString(chosen.at(1), Qt::ISODate)));
    if (m_board->isRefreshing())
        showBoardStatus(tr("Reading the board…"));
    showTimeline(); // no resident is chosen until the board is read: not the previous home's notes meanwhile
}

void ShiftBoardPage::refresh()
{
    if (!isVisible() && !m_board->rowCount())
        return;
    m_board->setMoment(Clock::now());
    m_board->requestRefresh();
}

void ShiftBoardPage::showBoardStatus(const QString &status)
{
    m_ui->boardStatusLabel->setText(status);
    m_boardStatus = status;
}

void ShiftBoardPage::boardBeforeForm()
{
    // A note form shows the resident's alerts (DNACPR, allergies) from the board: never without them because the
    // board's first read is still on its way.
    if (m_board->isRefreshing())
        boardRefreshed(m_board->refresh().ok());
}

void ShiftBoardPage::boardRefreshed(bool ok)
{
    if (!ok) {
        // A message about what the user just did (a note kept on this station while the server is away) stays.
        if (m_ui->boardStatusLabel->text().isEmpty() || m_ui->boardStatusLabel->text() == m_boardStatus)
            showBoardStatus(m_board->lastRead().message);
        return;
    }
    // Only the board's own words go: a message about what the user just did stays.
    if (!m_boardStatus.isEmpty() && m_ui->boardStatusLabel->text() == m_boardStatus)
        m_ui->boardStatusLabel->clear();
    m_boardStatus.clear();
    if (!m_timeline->lastRead().ok())
        showTimeline(); // read again now that the database answers
    const QModelIndex current = m_ui->boardTableView->currentIndex();
    if (m_selectFirst) {
        if (m_board->rowCount() > 0 && !current.isValid())
            m_ui->boardTableView->setCurrentIndex(m_board->index(0, ShiftBoardModel::NameColumn));
    } else if (!current.isValid()) {
        const int row = m_board->rowFor(m_selectedResidentId);
        if (row >= 0)
            m_ui->boardTableView->setCurrentIndex(m_board->index(row, ShiftBoardModel::NameColumn));
    }
    m_selectFirst = false;
    m_ui->boardTableView->resizeRowsToContents();
}

void ShiftBoardPage::showTimeline()
{
    const QModelIndex current = m_ui->boardTableView->currentIndex();
    if (!current.isValid()) {
        m_timeline->clear();
        m_ui->timelineTitleLabel->clear();
        return;
    }
    m_timelineName = m_board->residentName(current.row());
    m_timeline->setResident(current.data(ShiftBoardModel::IdRole).toString(),
                            m_ui->categoryComboBox->currentData().toString(), m_ui->fromDateEdit->date(),
                            m_ui->toDateEdit->date());
    showTimelineTitle();
}

void ShiftBoardPage::showTimelineTitle()
{
    if (!m_ui->boardTableView->currentIndex().isValid())
        return;
    // An empty list must never stand for notes that could not be read, nor for notes still on their way.
    const bool failed = !m_timeline->lastRead().ok();
    m_ui->timelineTitleLabel->setText(
        failed ? tr("The notes about %1 cannot be read just now (%2). Nothing is lost: they show again once the "
                    "database answers.")
                     .arg(m_timelineName, m_timeline->lastRead().message)
        : m_timeline->isReading() && m_timeline->rowCount() == 0
            ? tr("Reading the notes about %1…").arg(m_timelineName)
            : tr("Notes about %1, newest first").arg(m_timelineName));
    m_ui->timelineTitleLabel->setWordWrap(failed);
    m_ui->timelineTitleLabel->setStyleSheet(failed ? StationColours::problemStyle()
                                                   : QStringLiteral("font-weight: bold;"));
}

QStringList ShiftBoardPage::alertsFor(const QString &residentId) const
{
    const int row = m_board->rowFor(residentId);
    return row < 0 ? QStringList() : m_board->index(row, 0).data(ShiftBoardModel::AlertWordsRole).toStringList();
}

bool ShiftBoardPage::writeNoteFor(const QString &residentId)
{
    const int row = m_board->rowFor(residentId);
    if (row < 0 || !m_workspace->session().can(Capability::dailyRecordsAdd))
        return false;
    if (m_ui->shiftStackedWidget->currentWidget() == m_formScrollArea && !leaveForm())
        return false;
    m_ui->boardTableView->setCurrentIndex(m_board->index(row, ShiftBoardModel::NameColumn));
    m_form->start(residentId, m_board->residentName(row), alertsFor(residentId), m_pattern, Clock::now());
    m_ui->shiftStackedWidget->setCurrentWidget(m_formScrollArea);
    m_form->findChild<QWidget *>(QStringLiteral("personalCareLineEdit"))->setFocus();
    return true;
}

void ShiftBoardPage::writeNote()
{
    writeNoteFor(m_ui->boardTableView->currentIndex().data(ShiftBoardModel::IdRole).toString());
}

void ShiftBoardPage::reportIncident()
{
    // While the board is read again it has no current row: the resident chosen before it is the one meant.
    const QModelIndex current = m_ui->boardTableView->currentIndex();
    const QString residentId =
        current.isValid() ? current.data(ShiftBoardModel::IdRole).toString() : m_selectedResidentId;
    auto *dialog =
        new IncidentReportDialog(m_workspace, m_ui->facilityComboBox->currentData().toString(), residentId, this);
    dialog->setObjectName(QStringLiteral("incidentReportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_ui->boardStatusLabel->setText(tr("The incident is reported: a manager will review it."));
        // It shows on the timeline, and a head injury's observations on the board, at once.
        refresh();
        showTimeline();
    });
    dialog->open();
}

void ShiftBoardPage::correctNote()
{
    const QModelIndex current = m_ui->timelineListView->currentIndex();
    if (!current.isValid()) {
        m_ui->boardStatusLabel->setText(tr("Choose the note to correct in the list of notes first."));
        return;
    }
    const DailyNote &original = m_timeline->note(current.row());
    if (original.isIncident()) {
        m_ui->boardStatusLabel->setText(tr("This is an incident report: it is never changed. A manager reviews it; "
                                           "report another incident if something more happened."));
        return;
    }
    if (original.isCorrected()) {
        m_ui->boardStatusLabel->setText(
            tr("This note has already been corrected: correct the correction instead, so the latest entry stays the "
               "one in force."));
        return;
    }
    const int row = m_ui->boardTableView->currentIndex().row();
    m_form->startCorrection(original, m_board->residentName(row), alertsFor(original.residentId), m_pattern);
    m_ui->shiftStackedWidget->setCurrentWidget(m_formScrollArea);
    m_form->findChild<QWidget *>(QStringLiteral("correctionReasonLineEdit"))->setFocus();
}

void ShiftBoardPage::save()
{
    DailyNote note = m_form->note();
    Result<> checked = DailyNote::check(note, Clock::now());
    if (checked.ok() && !note.escalation.isEmpty()) {
        if (note.escalation.value(QStringLiteral("action")).toString().isEmpty())
            checked = Result<>::refused(tr("The NEWS2 score needs a response: say what you did before saving."),
                                        QStringLiteral("escalation_action"));
        else if (note.escalation.value(QStringLiteral("told")).toString().isEmpty())
            checked = Result<>::refused(tr("The NEWS2 score needs a response: say who you told before saving."),
                                        QStringLiteral("escalation_told"));
    }
    if (!checked.ok()) {
        m_form->showProblem(checked.message, checked.field);
        return;
    }
    // When the user escalated; a note that needed no escalation keeps an empty one (and no Escalation category).
    if (!note.escalation.isEmpty())
        note.escalation.insert(QStringLiteral("at"), Clock::nowUtc().toString(Qt::ISODate));
    const Result<> result = m_station->saveNote(note);
    if (!result.kept()) {
        m_form->showProblem(result.message, result.field);
        return;
    }
    m_refusedNoteId.clear();
    const QString residentId = note.residentId;
    m_form->clear();
    m_ui->shiftStackedWidget->setCurrentWidget(m_ui->boardPage);
    refresh();
    const int row = m_board->rowFor(residentId);
    if (row >= 0)
        m_ui->boardTableView->setCurrentIndex(m_board->index(row, ShiftBoardModel::NameColumn));
    showTimeline();
    m_ui->boardStatusLabel->setText(result.outcome == Outcome::Queued
                                        ? tr("Note about %1 kept on this station: it will be sent when the server is "
                                             "back.")
                                              .arg(m_board->residentName(row))
                                        : tr("Note about %1 saved.").arg(m_board->residentName(row)));
    m_ui->boardTableView->setFocus();
}

void ShiftBoardPage::showOutbox()
{
    const int waiting = m_station->waitingNotes();
    const int refused = m_station->refusedNotes();
    m_board->setWaiting(m_station->waitingNotesByResident());
    QStringList lines;
    if (!m_station->outboxProblem().isEmpty())
        lines.append(m_station->outboxProblem());
    if (!m_station->isOnline()) {
        lines.append(waiting > 0 ? tr("The server cannot be reached. Notes kept safely on this station: %1. They will "
                                      "be sent by themselves when the server is back; carry on recording.")
                                       .arg(waiting)
                                 : tr("The server cannot be reached. Notes you save are kept safely on this station "
                                      "and sent by themselves when the server is back; carry on recording."));
    } else if (waiting > 0) {
        lines.append(tr("Notes waiting to be sent to the server: %1.").arg(waiting));
    }
    if (refused > 0) {
        const std::optional<NoteOutbox::Refusal> first = m_station->firstRefusedNote();
        lines.append(
            tr("Notes the server would not take: %1. %2").arg(refused).arg(first ? first->message : QString()));
    }
    m_ui->queueLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->openRefusedPushButton->setVisible(refused > 0 && m_workspace->session().can(Capability::dailyRecordsAdd));
    m_ui->queueFrame->setVisible(!lines.isEmpty());
}

void ShiftBoardPage::showHandover()
{
    // The handover prints what the board shows at this moment: read again, off the window's thread.
    m_handoverAt = Clock::now();
    m_board->setMoment(m_handoverAt);
    m_ui->handoverPushButton->setEnabled(false);
    showBoardStatus(tr("Reading the shift for the handover…"));
    m_board->requestHandover();
}

void ShiftBoardPage::handoverRead(const Result<QList<DailyNote>> &notes)
{
    m_ui->handoverPushButton->setEnabled(true);
    if (!notes.ok()) {
        showBoardStatus(notes.message);
        return;
    }
    if (m_ui->boardStatusLabel->text() == m_boardStatus)
        m_ui->boardStatusLabel->clear();
    m_boardStatus.clear();
    QList<HandoverResident> residents;
    for (int row = 0; row < m_board->rowCount(); ++row)
        residents.append(m_board->handoverResident(row));
    const QString facility = m_ui->facilityComboBox->currentText();
    const QString shift = ShiftPattern::describe(m_board->shift());
    auto *dialog =
        new HandoverDialog(HandoverReport::title(facility, shift),
                           HandoverReport::html(facility, shift, residents, notes.value,
                                                m_workspace->session().displayName(), m_handoverAt),
                           PageFooter(m_workspace->session().displayName(), DateText::moment(m_handoverAt)), this);
    dialog->setObjectName(QStringLiteral("handoverDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ShiftBoardPage::openRefused()
{
    const std::optional<NoteOutbox::Refusal> refusal = m_station->firstRefusedNote();
    if (!refusal)
        return;
    if (m_ui->shiftStackedWidget->currentWidget() == m_formScrollArea && !leaveForm())
        return;
    boardBeforeForm();
    const int row = m_board->rowFor(refusal->note.residentId);
    m_form->restore(refusal->note, row >= 0 ? m_board->residentName(row) : tr("a resident not on this board"),
                    alertsFor(refusal->note.residentId), m_pattern);
    m_refusedNoteId = refusal->note.id;
    m_ui->shiftStackedWidget->setCurrentWidget(m_formScrollArea);
    // The keyboard goes to the form (the button that opened it is gone), to the field refused if there is one.
    m_form->findChild<QWidget *>(QStringLiteral("personalCareLineEdit"))->setFocus();
    m_form->showProblem(refusal->message, refusal->field);
}

void ShiftBoardPage::notesDelivered(int count)
{
    refresh();
    showTimeline();
    m_ui->boardStatusLabel->setText(tr("Notes sent to the server from this station: %1.").arg(count));
}

bool ShiftBoardPage::leaveForm()
{
    if (m_form->hasTypedAnything() || !m_refusedNoteId.isEmpty()) {
        const QMessageBox::StandardButton answer =
            MessageBox::question(this, tr("Unsaved note"),
                                 tr("The note about %1 has not been saved. Discard it?").arg(m_form->residentName()),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return false;
    }
    // A note the server refused is discarded only here, by its author's own choice.
    if (!m_refusedNoteId.isEmpty()) {
        m_station->discardRefusedNote(m_refusedNoteId);
        m_refusedNoteId.clear();
        showOutbox();
    }
    m_form->clear();
    m_ui->shiftStackedWidget->setCurrentWidget(m_ui->boardPage);
    m_ui->boardTableView->setFocus();
    return true;
}

QJsonObject ShiftBoardPage::draft() const
{
    if (m_ui->shiftStackedWidget->currentWidget() != m_formScrollArea || !m_form->hasTypedAnything())
        return {};
    return {{QStringLiteral("note"), m_form->note().toJson()},
            {QStringLiteral("resident_name"), m_form->residentName()}};
}

void ShiftBoardPage::restoreDraft(const QJsonObject &draft)
{
    const DailyNote note = DailyNote::fromJson(draft.value(QStringLiteral("note")).toObject());
    if (note.id.isEmpty() || note.residentId.isEmpty())
        return;
    boardBeforeForm();
    m_form->restore(note, draft.value(QStringLiteral("resident_name")).toString(), alertsFor(note.residentId),
                    m_pattern);
    m_ui->shiftStackedWidget->setCurrentWidget(m_formScrollArea);
}
