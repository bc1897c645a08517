#pragma once

#include "DraftStore.h"
#include "SessionInfo.h"
#include "SignInResult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <optional>

// Who is signed in at this station, on the window's own database connection. Holds the session token and the
// user's draft key in memory only while signed in, and wipes both at sign-out (which a lock is, too: a locked
// station holds no valid session).
class StationSession : public QObject
{
    Q_OBJECT

public:
    StationSession(const QString &connectionName, DraftStore drafts, QObject *parent = nullptr);
    ~StationSession() override;

    // On SignedIn the session is attached and info() filled. On ChangePassword the session may only change the
    // password: call changePassword with the password just typed, then the session is complete.
    SignInResult signIn(const QString &email, const QString &password);
    // An empty string, or the database's problem code (see PasswordRules::describe).
    QString changePassword(const QString &currentPassword, const QString &newPassword);

    bool isSignedIn() const { return m_info.has_value(); }
    const SessionInfo &info() const { return *m_info; }
    // Keeps the session alive while its user works; false once it has expired (then sign in again).
    bool touch();
    // Keeps the user's unsaved work for them alone (encrypted), revokes the session and forgets every secret.
    void signOut(const QJsonObject &drafts);
    // Keeps the user's unsaved work now, while they carry on (what a crash or a power cut would otherwise lose).
    bool keepDrafts(const QJsonObject &drafts) const;
    // The unsaved work kept for the signed-in user at an earlier sign-out, if any.
    std::optional<QJsonObject> keptDrafts() const;

signals:
    void signedIn();
    void signedOut();

private:
    bool completeSignIn();
    void forgetSecrets();

    QString m_connectionName;
    DraftStore m_drafts;
    QString m_token;
    QByteArray m_draftKey;
    std::optional<SessionInfo> m_info;
};
