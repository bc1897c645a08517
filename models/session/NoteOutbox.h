#pragma once

#include "session/DraftStore.h"
#include "shiftnotes/DailyNote.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

// Shift notes saved while the server could not be reached, kept on the station until it can take them: in the order
// they were saved, encrypted for their author alone (a DraftStore file under the author's draft key), each with the
// id the station gave it, so that writing one again after a lost answer is recognised and never makes a second copy.
// Written to disk before add() returns: a crash or a power cut after "saved" loses nothing. Two windows of the app for
// the same user share the file: every change is made to what is on disk, under a lock (a file beside the directory), so
// neither overwrites the other's notes.
class NoteOutbox
{
public:
    // A note the server refused (not a fault of the moment): kept, with the server's reason, until its author opens it.
    struct Refusal
    {
        DailyNote note;
        QString message;
        QString field;
    };
    struct Drain
    {
        int written = 0;           // written now, or found already written
        int refused = 0;           // newly refused
        bool unreachable = false;  // the server went away part-way, or could not take notes now: the rest wait
        bool sessionEnded = false; // the author's session ended part-way: the rest wait for the next sign-in
    };

    explicit NoteOutbox(DraftStore store);
    ~NoteOutbox();
    NoteOutbox(const NoteOutbox &) = delete;
    NoteOutbox &operator=(const NoteOutbox &) = delete;

    // Takes up the user's waiting notes (at sign-in). A file that is there but cannot be opened with this key is set
    // aside under another name (never deleted: setAside() says where) and the outbox starts empty, so notes saved
    // from now on can still be kept. False if the outbox cannot be used at all (its folder or lock).
    bool open(const QString &userId, const QByteArray &key);
    // Where open() put an unreadable file; empty when it did not.
    const QString &setAside() const { return m_setAside; }
    // Reads the file again, for what another window of the app added or sent meanwhile. False if it cannot be read.
    bool refresh();
    // Forgets the notes in memory and the key (they stay on disk).
    void close();
    bool isOpen() const { return !m_userId.isEmpty(); }

    // Keeps the note, last in line, in place of a refused one with the same id (the author saved it again). False if
    // it could not be written to disk: then it is not kept.
    bool add(const DailyNote &note);
    int waiting() const;
    // How many notes wait for each resident (by resident id).
    QHash<QString, int> waitingByResident() const;
    int refused() const;
    // Writes the waiting notes in order, each exactly once, until they are all written or the server goes away.
    // stillSignedIn is asked after a refusal: a note is only marked refused while its author's session stands.
    Drain drain(const QSqlDatabase &db, const std::function<bool()> &stillSignedIn);
    // The first refused note, to be corrected in the note form. It stays here until forgetRefused: the note form is
    // only a draft until it is saved again.
    std::optional<Refusal> firstRefused() const;
    // Drops the refused note with this id (saved again under the same id, or discarded by its author on purpose).
    void forgetRefused(const QString &noteId);

private:
    struct Entry
    {
        DailyNote note;
        QString refusal;
        QString field;
    };
    // Reads the file into m_entries (none when there is no file); false, leaving m_entries as it was, when it is
    // there but cannot be read. Callers hold the lock.
    bool reload();
    bool persist() const;
    QString lockPath() const;

    DraftStore m_store;
    QString m_userId;
    QByteArray m_key;
    QList<Entry> m_entries;
    QString m_setAside;
};
