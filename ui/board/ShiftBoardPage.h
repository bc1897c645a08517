#pragma once

#include "clinical/ShiftPattern.h"
#include "common/Result.h"
#include "shiftnotes/DailyNote.h"
#include "widgets/DraftHolder.h"

#include "session/Workspace.h"

#include <QDateTime>
#include <QWidget>

#include <memory>

class NoteForm;
class QScrollArea;
class QTimer;
class ShiftBoardModel;
class StationSession;
class TimelineModel;

namespace Ui {
class ShiftBoardPage;
}

// The shift board of one home: every resident with what is recorded this shift and what is missing, fluids and
// NEWS2, re-read every few seconds so a colleague's note at another station shows; the selected resident's notes
// below, newest first. Enter writes a note; a note being typed is kept as a draft for its author alone. While the
// server cannot be reached, saved notes wait in the station's outbox and a banner says how many.
class ShiftBoardPage : public QWidget, public DraftHolder
{
    Q_OBJECT

public:
    ShiftBoardPage(std::shared_ptr<const Workspace> workspace, StationSession *station, QWidget *parent = nullptr);
    ~ShiftBoardPage() override;

    // How often the board is re-read (10 seconds unless a test asks otherwise).
    void setRefreshInterval(int milliseconds);
    // Opens the note form for a resident on the board.
    bool writeNoteFor(const QString &residentId);

    QString draftName() const override { return QStringLiteral("shift.note"); }
    QJsonObject draft() const override;
    void restoreDraft(const QJsonObject &draft) override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadShifts();
    void showShift();
    void refresh();
    void boardRefreshed(bool ok);
    // Reads the board now if its read is still on its way, before a note form needs a resident's alerts from it.
    void boardBeforeForm();
    // The board's own status (reading, or why it cannot be read), which its next read clears.
    void showBoardStatus(const QString &status);
    void showTimeline();
    void showTimelineTitle();
    void writeNote();
    void correctNote();
    void reportIncident();
    void save();
    bool leaveForm();
    void showOutbox();
    void showHandover();
    void handoverRead(const Result<QList<DailyNote>> &notes);
    void openRefused();
    void notesDelivered(int count);
    QStringList alertsFor(const QString &residentId) const;

    std::unique_ptr<Ui::ShiftBoardPage> m_ui;
    std::shared_ptr<const Workspace> m_workspace;
    StationSession *m_station;
    QString m_refusedNoteId; // the refused note open in the form, if any
    QString m_boardStatus;
    QDateTime m_handoverAt;       // the moment the handover asked for shows the board at
    QString m_selectedResidentId; // chosen before the board was last read afresh, to choose again after
    bool m_selectFirst = false;   // a new shift or home: the first resident is chosen once it is read
    QString m_timelineName;       // whose notes the timeline shows
    ShiftPattern m_pattern;
    ShiftBoardModel *m_board;
    TimelineModel *m_timeline;
    NoteForm *m_form;
    QScrollArea *m_formScrollArea;
    QTimer *m_refreshTimer;
};
