#pragma once

#include "common/Result.h"
#include "database/ConnectionSettings.h"
#include "session/DraftStore.h"
#include "session/NoteOutbox.h"
#include "session/SessionInfo.h"
#include "session/SignInResult.h"
#include "session/Workspace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QThread;
class QTimer;

// Who is signed in at this station, on the window's own database connection. Holds the session token and the
// user's draft key in memory only while signed in, and wipes both at sign-out (which a lock is, too: a locked
// station holds no valid session).
//
// When the server goes away it keeps the user working: shift notes go to the station's outbox (NoteOutbox), the
// connection is tried again every few seconds (a PQping on a thread of its own first, so a server that drops packets
// never freezes the window), the session is attached again on the new connection, and the outbox drains in order.
class StationSession : public QObject
{
    Q_OBJECT

public:
    // settings: where the connection named connectionName was opened to, for trying it again.
    StationSession(const QString &connectionName, const ConnectionSettings &settings, DraftStore drafts,
                   DraftStore outbox, QObject *parent = nullptr);
    ~StationSession() override;
    // Opens the window's connection (named connectionName) to settings; its value is the station's session on it.
    // The connection closes with the session.
    static Result<StationSession *> open(const QString &connectionName, const ConnectionSettings &settings,
                                         DraftStore drafts, DraftStore outbox, QObject *parent = nullptr);

    // On SignedIn the session is attached and info() filled. On ChangePassword the session may only change the
    // password: call changePassword with the password just typed, then the session is complete.
    SignInResult signIn(const QString &email, const QString &password);
    // As UserSession::changePassword; on success after a ChangePassword sign-in, the session is completed.
    Result<> changePassword(const QString &currentPassword, const QString &newPassword);

    bool isSignedIn() const { return m_info.has_value(); }
    const SessionInfo &info() const { return *m_info; }
    // What the window hands its pages while someone is signed in: this connection and who is signed in on it.
    std::shared_ptr<const Workspace> workspace() const;
    // Keeps the session alive while its user works; false once it has expired (then sign in again).
    bool touch();
    // Keeps the user's unsaved work for them alone (encrypted), revokes the session and forgets every secret.
    void signOut(const QJsonObject &drafts);
    // Keeps the user's unsaved work now, while they carry on (what a crash or a power cut would otherwise lose).
    bool keepDrafts(const QJsonObject &drafts) const;
    // The unsaved work kept for the signed-in user at an earlier sign-out, if any.
    std::optional<QJsonObject> keptDrafts() const;

    // Writes a shift note, or keeps it in the outbox (Queued) while the server cannot be reached or older notes still
    // wait there, so that notes reach the server in the order they were saved.
    Result<> saveNote(const DailyNote &note);
    bool isOnline() const { return m_online; }
    int waitingNotes() const { return m_outbox.waiting(); }
    int refusedNotes() const { return m_outbox.refused(); }
    QHash<QString, int> waitingNotesByResident() const { return m_outbox.waitingByResident(); }
    std::optional<NoteOutbox::Refusal> firstRefusedNote() const { return m_outbox.firstRefused(); }
    // What is wrong with this station's keeping of notes for the signed-in user, in words; empty when nothing is.
    const QString &outboxProblem() const { return m_outboxProblem; }
    // The author chose to discard a note the server refused.
    void discardRefusedNote(const QString &noteId) { m_outbox.forgetRefused(noteId); }
    // How often a lost connection is tried again and the outbox drained (5 seconds unless a test asks otherwise).
    void setRetryInterval(int milliseconds);
    // Tries the connection now, and writes waiting notes if it is back. Asynchronous while the server is away.
    void retryNow();

signals:
    void signedIn();
    void signedOut();
    void connectionChanged(bool online);
    void outboxChanged(int waiting, int refused);
    // Notes from the outbox reached the server.
    void notesDelivered(int count);
    // The server is back but the session is not (it expired or was revoked while away): sign in again.
    void sessionLost();

private:
    bool completeSignIn();
    void forgetSecrets();
    void setOnline(bool online);
    void tick();
    void pingFinished();
    void reconnect();
    void drain();

    QString m_connectionName;
    ConnectionSettings m_settings;
    DraftStore m_drafts;
    NoteOutbox m_outbox;
    QString m_outboxProblem;
    QString m_token;
    QByteArray m_draftKey;
    std::optional<SessionInfo> m_info;
    bool m_online = true;
    QTimer *m_retryTimer;
    QThread *m_pingThread = nullptr;
    std::atomic<bool> m_pingAnswered{false};
    bool m_ownsConnection = false; // opened by open(), so closed by the destructor
};
