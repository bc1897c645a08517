#include "session/NoteOutbox.h"

#include "common/Clock.h"
#include "server/FileLock.h"
#include "session/AeadCipher.h"
#include "shiftnotes/DailyNoteStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <algorithm>

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
    m_setAside.clear();
    // Without the user's key (it comes from the server at sign-in) nothing is judged unreadable.
    if (key.size() != AeadCipher::keySize)
        return false;
    m_userId = userId;
    m_key = key;
    FileLock lock(lockPath());
    if (!m_store.prepareDirectory() || !lock.lockExclusive()) {
        close();
        return false;
    }
    if (reload())
        return true;
    // Set aside only a file that reads from disk but does not open with the key (damaged, or sealed under another
    // key); a file that cannot be read just now (an input/output error) stays where it is.
    const QString file = m_store.fileFor(userId);
    QFile probe(file);
    if (!probe.open(QIODevice::ReadOnly) || probe.readAll().size() != probe.size()) {
        close();
        return false;
    }
    probe.close();
    // Kept where nobody's notes will overwrite it, for someone to look at; the name says when.
    const QString aside =
        file + QStringLiteral(".unreadable-") + Clock::nowUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz"));
    if (!QFile::rename(file, aside)) {
        close();
        return false;
    }
    m_setAside = aside;
    m_entries.clear();
    return true;
}

QString NoteOutbox::lockPath() const
{
    // Beside the directory, not in it: the lock file stays (removing a lock file others may wait on is unsafe), and
    // the outbox directory holds nothing once every note is sent.
    return QDir::cleanPath(m_store.directory()) + QStringLiteral(".lock");
}

bool NoteOutbox::refresh()
{
    FileLock lock(lockPath());
    return isOpen() && lock.lockShared() && reload();
}

bool NoteOutbox::reload()
{
    std::optional<QJsonObject> kept;
    if (m_store.has(m_userId)) {
        kept = m_store.load(m_userId, m_key);
        if (!kept)
            return false;
    }
    QList<Entry> entries;
    for (const QJsonValue &value : kept ? kept->value(notesKey).toArray() : QJsonArray()) {
        const QJsonObject entry = value.toObject();
        entries.append({DailyNote::fromJson(entry.value(noteKey).toObject()), entry.value(refusalKey).toString(),
                        entry.value(fieldKey).toString()});
    }
    m_entries = entries;
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
    // Added to what is on disk now (another window may have added since), never written over a file that cannot be
    // read.
    FileLock lock(lockPath());
    if (!isOpen() || !m_store.prepareDirectory() || !lock.lockExclusive() || !reload())
        return false;
    const QList<Entry> before = m_entries;
    m_entries.removeIf([&note](const Entry &entry) { return !entry.refusal.isEmpty() && entry.note.id == note.id; });
    m_entries.append({note, QString(), QString()});
    if (persist())
        return true;
    m_entries = before;
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
    if (!isOpen())
        return drain;
    FileLock lock(lockPath());
    QStringList tried; // refused ones stay in the file; each note is tried once a drain
    while (true) {
        // The next waiting note as the file has it now; the lock is not held while the server is asked, so another
        // window can keep adding. Two windows sending the same note is harmless: the server knows it by its id.
        if (!lock.lockShared() || !reload())
            break;
        lock.unlock();
        const auto next = std::find_if(m_entries.cbegin(), m_entries.cend(), [&tried](const Entry &entry) {
            return entry.refusal.isEmpty() && !tried.contains(entry.note.id);
        });
        if (next == m_entries.cend())
            break;
        const DailyNote note = next->note;
        tried.append(note.id);
        const Result<> result = DailyNoteStore::write(db, note);
        if (result.outcome == Outcome::Unreachable) {
            drain.unreachable = true;
            break;
        }
        const bool stored = result.ok();
        if (!stored && !stillSignedIn()) {
            drain.sessionEnded = true;
            break;
        }
        // After each note, so that a crash part-way leaves at most one note to be recognised as already written.
        if (!lock.lockExclusive() || !reload())
            break;
        bool found = false;
        for (qsizetype i = 0; i < m_entries.size() && !found; ++i) {
            if (m_entries.at(i).note.id != note.id || !m_entries.at(i).refusal.isEmpty())
                continue;
            found = true;
            if (stored) {
                m_entries.removeAt(i);
            } else {
                // Kept, not dropped: a note the server will not take is still a record of care someone gave.
                m_entries[i].refusal = result.message;
                m_entries[i].field = result.field;
            }
        }
        // Not found: another window sent it meanwhile, and counts it. Not written: the file is as it was, and the
        // note is tried again later (the server knows it if it was written).
        if (found && !persist())
            break;
        lock.unlock();
        if (found)
            ++(stored ? drain.written : drain.refused);
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
    FileLock lock(lockPath());
    if (!isOpen() || !lock.lockExclusive() || !reload())
        return;
    const qsizetype removed = m_entries.removeIf(
        [&noteId](const Entry &entry) { return !entry.refusal.isEmpty() && entry.note.id == noteId; });
    if (removed > 0)
        persist();
}
