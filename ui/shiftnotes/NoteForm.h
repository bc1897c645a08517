#pragma once

#include "clinical/News2Result.h"
#include "clinical/ShiftPattern.h"
#include "shiftnotes/DailyNote.h"

#include <QWidget>

#include <memory>

namespace Ui {
class NoteForm;
}

// Writing one shift note from the keyboard: care delivered by category, each with its quick phrases; observations
// with their NEWS2 score as they are typed and, when the score calls for it, what was done and who was told; a
// narrative. Ctrl+Enter saves, Esc goes back. A correction shows the note it corrects and asks why.
class NoteForm : public QWidget
{
    Q_OBJECT

public:
    explicit NoteForm(QWidget *parent = nullptr);
    ~NoteForm() override;

    // A new note about a resident; the time of care starts at now, in the shift shown on the board.
    void start(const QString &residentId, const QString &residentName, const QStringList &alerts,
               const ShiftPattern &pattern, const QDateTime &now);
    // A correction of original: the form starts from what it said.
    void startCorrection(const DailyNote &original, const QString &residentName, const QStringList &alerts,
                         const ShiftPattern &pattern);
    // Brings back a note kept as a draft (its id too, so it is still written only once).
    void restore(const DailyNote &note, const QString &residentName, const QStringList &alerts,
                 const ShiftPattern &pattern);

    DailyNote note() const;
    const QString &residentName() const { return m_residentName; }
    bool hasTypedAnything() const;
    // Shows why the note was not saved and puts the cursor in the field.
    void showProblem(const QString &message, const QString &field);
    void setDraftStatus(const QString &text);
    // Empties the form and forgets the note.
    void clear();

signals:
    void saveRequested();
    void cancelRequested();

private:
    void fill(const DailyNote &note);
    void updateShift();
    // When the care happened, as the form shows it, read as the instant the person means (see LocalTime).
    QDateTime occurredAt() const;
    void updateNews2();
    static QString news2Style(const News2Result &score);
    void setUp(const QString &residentName, const QStringList &alerts, const ShiftPattern &pattern);

    std::unique_ptr<Ui::NoteForm> m_ui;
    ShiftPattern m_pattern;
    QString m_noteId;
    QString m_residentId;
    QString m_residentName;
    QString m_correctsId;
    QDate m_correctedDate;
    ShiftOccurrence m_shift;
    DailyNote m_startedFrom; // what the form held when it opened, to tell typing from nothing
};
