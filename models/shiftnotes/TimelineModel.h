#pragma once

#include "database/KeysetRowModel.h"
#include "shiftnotes/DailyNote.h"
#include "shiftnotes/TimelineStore.h"

#include <QDate>

// A resident's notes, newest first, a page at a time as TimelineStore reads them, with the incidents reported about
// them among the notes. A corrected note stays, struck through, with who corrected it and when.
class TimelineModel : public KeysetRowModel<DailyNote>
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        CorrectedRole,  // bool: the view strikes it through
        LateRole,       // bool
        CorrectionRole, // bool: this note corrects another
        IncidentRole,   // bool: an incident reported about the resident, not a note
    };
    static constexpr int pageSize = 50;
    // The dates a resident's timeline shows until the user changes them: a year back to tomorrow, as the shift board
    // has always started. The board starts with them, and the bench measures them.
    static QDate defaultFrom(const QDate &today) { return today.addYears(-1); }
    static QDate defaultTo(const QDate &today) { return today.addDays(1); }

    explicit TimelineModel(const QString &connectionName, QObject *parent = nullptr);

    // category: a CareCategories key, "observations", "narrative", "correction", "escalation", or empty for all;
    // from/to: invalid for no limit.
    void setResident(const QString &residentId, const QString &category = QString(), const QDate &from = QDate(),
                     const QDate &to = QDate());
    void clear();
    const DailyNote &note(int row) const { return rows().at(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool canRead() const override { return !m_filter.residentId.isEmpty(); }
    PageReader pageReader(const std::optional<DailyNote> &after) const override;
    void clearRows() override;

private:
    static QString displayText(const DailyNote &note);
    TimelineStore::Filter m_filter;
    mutable QList<QString> m_texts; // each note's text once shown, else null
};
