#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// Unsaved work kept on a station, one file per user, encrypted (AeadCipher) under that user's draft key, which only
// their own database session hands out (app_draft_key): kept for them alone across a lock, a change of user or a
// crash, and never shown to anyone else signed in at the same station. The file is bound to its user, so a file
// renamed to another user's name does not open.
class DraftStore
{
public:
    // directory: created (mode 0700) when the first draft is saved. suffix: the files' ending, so that two stores
    // of different things (drafts, the queue of notes waiting for the server) never share a directory unawares.
    explicit DraftStore(QString directory, QString suffix = QStringLiteral(".draft"));

    static QString defaultDirectory();

    // Saves drafts, replacing the user's earlier ones; no drafts removes the file. False if it could not be written.
    bool save(const QString &userId, const QByteArray &key, const QJsonObject &drafts) const;
    // The user's drafts; nothing when there are none, or they cannot be opened with this key.
    std::optional<QJsonObject> load(const QString &userId, const QByteArray &key) const;
    bool has(const QString &userId) const;
    void discard(const QString &userId) const;
    QString fileFor(const QString &userId) const;
    const QString &directory() const { return m_directory; }
    // Creates the directory, readable by its owner only, if it is not there yet. False if it cannot be.
    bool prepareDirectory() const;

private:
    QString m_directory;
    QString m_suffix;
};
