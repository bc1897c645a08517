#include "NoteOutbox.h"

#include "DailyNoteStore.h"

#include <QJsonArray>

namespace {

const QString notesKey = QStringLiteral("notes");
const QString noteKey = QStringLiteral("note");
const QString refusalKey = QStringLiteral("refusal");
const QString fieldKey = QStringLiteral("field");

} // namespace

NoteOutbox::NoteOutbox(DraftStore store) : m_store(std::move(store)) {}

NoteOutbox::~NoteOutbox()
{
    close();
}

bool NoteOutbox::open(const QString &userId, const QByteArray &key)
{
    close();
    std::optional<QJsonObject> kept;
    if (m_store.has(userId)) {
        kept = m_store.load(userId, key);
        if (!kept)
            return false;
    }
    m_userId = userId;
    m_key = key;
    const QJsonArray notes = kept ? kept->value(notesKey).toArray() : QJsonArray();
    for (const QJsonValue &value : notes) {
        const QJsonObject entry = value.toObject();
        m_entries.append({DailyNote::fromJson(entry.value(noteKey).toObject()), entry.value(refusalKey).toString(),
                          entry.value(fieldKey).toString()});
    }
    return true;
}

void NoteOutbox::close()
{
    m_key.fill('\0');
    m_key.clear();
    m_userId.clear();
    m_entries.clear();
}

bool NoteOutbox::persist() const
{
    QJsonArray notes;
    for (const Entry &entry : m_entries) {
        QJsonObject object{{noteKey, entry.note.toJson()}};
        if (!entry.refusal.isEmpty()) {
            object.insert(refusalKey, entry.refusal);
            object.insert(fieldKey, entry.field);
        }
        notes.append(object);
    }
    return m_store.save(m_userId, m_key, notes.isEmpty() ? QJsonObject() : QJsonObject{{notesKey, notes}});
}

bool NoteOutbox::add(const DailyNote &note)
{
    if (!isOpen())
        return false;
    m_entries.append({note, QString(), QString()});
    if (persist())
        return true;
    m_entries.removeLast();
    return false;
}

int NoteOutbox::waiting() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const Entry &entry) { return entry.refusal.isEmpty(); }));
}

QHash<QString, int> NoteOutbox::waitingByResident() const
{
    QHash<QString, int> counts;
    for (const Entry &entry : m_entries) {
        if (entry.refusal.isEmpty())
            ++counts[entry.note.residentId];
    }
    return counts;
}

int NoteOutbox::refused() const
{
    return int(m_entries.size()) - waiting();
}

NoteOutbox::Drain NoteOutbox::drain(const QSqlDatabase &db, const std::function<bool()> &stillSignedIn)
{
    Drain drain;
    for (qsizetype i = 0; i < m_entries.size();) {
        Entry &entry = m_entries[i];
        if (!entry.refusal.isEmpty()) {
            ++i;
            continue;
        }
        const NoteWriteResult result = DailyNoteStore::write(db, entry.note);
        if (result.outcome == NoteWriteResult::Outcome::Unreachable) {
            drain.unreachable = true;
            break;
        }
        if (result.stored()) {
            m_entries.removeAt(i);
            ++drain.written;
        } else if (!stillSignedIn()) {
            drain.sessionEnded = true;
            break;
        } else {
            // Kept, not dropped: a note the server will not take is still a record of care someone gave.
            entry.refusal = result.message;
            entry.field = result.field;
            ++drain.refused;
            ++i;
        }
        // After each note, so that a crash part-way leaves at most one note to be recognised as already written.
        persist();
    }
    return drain;
}

std::optional<NoteOutbox::Refusal> NoteOutbox::firstRefused() const
{
    for (const Entry &entry : m_entries) {
        if (!entry.refusal.isEmpty())
            return Refusal{entry.note, entry.refusal, entry.field};
    }
    return std::nullopt;
}

void NoteOutbox::forgetRefused(const QString &noteId)
{
    const qsizetype removed = m_entries.removeIf(
        [&noteId](const Entry &entry) { return !entry.refusal.isEmpty() && entry.note.id == noteId; });
    if (removed > 0)
        persist();
}
