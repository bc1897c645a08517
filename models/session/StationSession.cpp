#include "session/StationSession.h"

#include "database/BackgroundReader.h"
#include "database/DatabaseConnector.h"
#include "database/PgSession.h"
#include "session/UserSession.h"
#include "shiftnotes/DailyNoteStore.h"

#include <QDir>
#include <QSqlDatabase>
#include <QThread>
#include <QTimer>

#include <libpq-fe.h>

namespace {

constexpr int retryIntervalMilliseconds = 5 * 1000;

} // namespace

StationSession::StationSession(const QString &connectionName, const ConnectionSettings &settings, DraftStore drafts,
                               DraftStore outbox, QObject *parent)
    : QObject(parent), m_connectionName(connectionName), m_settings(settings), m_drafts(std::move(drafts)),
      m_outbox(std::move(outbox)), m_retryTimer(new QTimer(this))
{
    m_retryTimer->setInterval(retryIntervalMilliseconds);
    connect(m_retryTimer, &QTimer::timeout, this, &StationSession::tick);
}

StationSession::~StationSession()
{
    if (m_pingThread) {
        m_pingThread->disconnect(this);
        m_pingThread->wait();
        delete m_pingThread;
    }
    forgetSecrets();
    if (m_ownsConnection)
        DatabaseConnector::close(m_connectionName);
}

Result<StationSession *> StationSession::open(const QString &connectionName, const ConnectionSettings &settings,
                                              DraftStore drafts, DraftStore outbox, QObject *parent)
{
    const Result<QSqlDatabase> opened = DatabaseConnector::open(settings, connectionName);
    if (!opened.ok())
        return Result<StationSession *>::failedAs(opened);
    auto *station = new StationSession(connectionName, settings, std::move(drafts), std::move(outbox), parent);
    station->m_ownsConnection = true;
    return Result<StationSession *>::done(station);
}

std::shared_ptr<const Workspace> StationSession::workspace() const
{
    // The reader's connection carries the same session: the token is attached there as here (app_use_session), and
    // is forgotten with the workspace, which the window drops at sign-out and at a lock.
    // A copy of its own, so that forgetSecrets() still wipes m_token's own buffer in place.
    const QString token(m_token.constData(), m_token.size());
    auto reader = std::make_shared<BackgroundReader>(
        m_settings, [token](const QSqlDatabase &db) { return UserSession::attach(db, token); });
    return std::make_shared<const Workspace>(m_connectionName, *m_info, std::move(reader));
}

SignInResult StationSession::signIn(const QString &email, const QString &password)
{
    if (isSignedIn())
        signOut(QJsonObject());
    // The server may have come back since the connection was lost with nobody signed in.
    if (!PgSession(QSqlDatabase::database(m_connectionName, false)).isOpen())
        DatabaseConnector::reopen(m_connectionName);
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    SignInResult result = UserSession::signIn(db, email, password, UserSession::stationName());
    if (result.outcome != SignInResult::Outcome::SignedIn && result.outcome != SignInResult::Outcome::ChangePassword)
        return result;
    m_token = result.token;
    result.token.fill(QChar(0));
    result.token.clear();
    UserSession::attach(db, m_token);
    if (result.outcome == SignInResult::Outcome::SignedIn && !completeSignIn()) {
        result.outcome = SignInResult::Outcome::Failed;
        result.message = tr("You were signed in but the session could not be opened: sign in again.");
    }
    return result;
}

bool StationSession::completeSignIn()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    std::optional<SessionInfo> info = UserSession::info(db);
    if (!info || info->passwordChangeOnly) {
        forgetSecrets();
        return false;
    }
    m_draftKey = UserSession::draftKey(db);
    m_info = std::move(info);
    setOnline(true);
    // Notes saved while the server was away wait for their author alone: their key comes with this sign-in.
    m_outboxProblem.clear();
    if (!m_outbox.open(m_info->userId, m_draftKey))
        m_outboxProblem = tr("This station cannot keep your notes while the server is away: its folder for them, or "
                             "your key to it, cannot be used just now. Notes are saved as usual while the server can "
                             "be reached. Sign out and in again, and tell your manager if this stays.");
    else if (!m_outbox.setAside().isEmpty())
        m_outboxProblem = tr("Notes kept on this station earlier could not be opened, so they have not been sent. "
                             "They are kept in %1. Tell your manager, so that they can be looked at. New notes are "
                             "kept as usual.")
                              .arg(QDir::toNativeSeparators(m_outbox.setAside()));
    m_retryTimer->start();
    if (m_outbox.waiting() > 0)
        drain();
    emit signedIn();
    return true;
}

Result<> StationSession::changePassword(const QString &currentPassword, const QString &newPassword)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const Result<> changed = UserSession::changePassword(db, currentPassword, newPassword);
    if (!changed.ok())
        return changed;
    if (!isSignedIn() && !completeSignIn())
        return Result<>::failed(tr("Your new password is saved, but signing in could not be finished: sign in again "
                                   "with the new password."));
    return Result<>::done();
}

bool StationSession::touch()
{
    if (!isSignedIn())
        return false;
    // While the server is away nobody can tell whether the session lives: the user keeps working, and the station's
    // own idle lock still guards it.
    if (!m_online)
        return true;
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (UserSession::touch(db))
        return true;
    if (!PgSession(db).isOpen()) {
        setOnline(false);
        return true;
    }
    return false;
}

std::optional<QJsonObject> StationSession::keptDrafts() const
{
    if (!isSignedIn())
        return std::nullopt;
    return m_drafts.load(m_info->userId, m_draftKey);
}

bool StationSession::keepDrafts(const QJsonObject &drafts) const
{
    return isSignedIn() && !m_draftKey.isEmpty() && m_drafts.save(m_info->userId, m_draftKey, drafts);
}

void StationSession::signOut(const QJsonObject &drafts)
{
    if (isSignedIn() && !m_draftKey.isEmpty())
        m_drafts.save(m_info->userId, m_draftKey, drafts);
    const bool wasSignedIn = isSignedIn() || !m_token.isEmpty();
    if (wasSignedIn)
        UserSession::signOut(QSqlDatabase::database(m_connectionName, false));
    forgetSecrets();
    if (wasSignedIn)
        emit signedOut();
}

Result<> StationSession::saveNote(const DailyNote &note)
{
    if (!isSignedIn())
        return Result<>::refused(tr("You are no longer signed in: sign in again, then save the note."));
    // Older notes first (another window's too), so that the server has them in the order they were written.
    m_outbox.refresh();
    if (m_online && m_outbox.waiting() > 0)
        drain();
    if (m_online && m_outbox.waiting() == 0) {
        const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        const Result<> result = DailyNoteStore::write(db, note);
        if (result.outcome != Outcome::Unreachable) {
            if (result.ok()) {
                m_outbox.forgetRefused(note.id);
                emit outboxChanged(m_outbox.waiting(), m_outbox.refused());
            }
            return result;
        }
        // A server that answers but cannot take the note now (busy, short of disk) is not gone: the note waits and
        // the next tick tries again, without tearing the connection down.
        if (!PgSession(db).isOpen())
            setOnline(false);
    }
    if (!m_outbox.add(note))
        return Result<>::refused(
            tr("The server cannot be reached, and the note could not be kept on this station "
               "either (is the disk full?). Keep the form open and try saving again in a moment."));
    emit outboxChanged(m_outbox.waiting(), m_outbox.refused());
    return Result<>{Outcome::Queued,
                    {},
                    tr("The server cannot be reached: the note is kept safely on this station and will be sent by "
                       "itself when the server is back."),
                    {}};
}

void StationSession::setRetryInterval(int milliseconds)
{
    m_retryTimer->setInterval(milliseconds);
}

void StationSession::retryNow()
{
    tick();
}

void StationSession::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    emit connectionChanged(online);
}

void StationSession::tick()
{
    if (!isSignedIn())
        return;
    // What another window of the app for this user kept or sent meanwhile: shown, and sent from here too.
    const int waiting = m_outbox.waiting();
    const int refused = m_outbox.refused();
    if (m_outbox.refresh() && (m_outbox.waiting() != waiting || m_outbox.refused() != refused))
        emit outboxChanged(m_outbox.waiting(), m_outbox.refused());
    if (m_online && !PgSession(QSqlDatabase::database(m_connectionName, false)).isOpen())
        setOnline(false);
    if (m_online) {
        if (m_outbox.waiting() > 0)
            drain();
        return;
    }
    if (m_pingThread)
        return;
    // A bare "is anyone there" first, away from the window's thread: a server that drops packets would otherwise
    // hold the window for the whole connect timeout at every try.
    ConnectionSettings ping = m_settings;
    if (ping.value(QStringLiteral("connect_timeout")).isEmpty())
        ping.setValue(QStringLiteral("connect_timeout"), QStringLiteral("5"));
    m_pingAnswered = false;
    m_pingThread = QThread::create([this, conninfo = ping.toConnInfo(false).toUtf8()] {
        m_pingAnswered = PQping(conninfo.constData()) == PQPING_OK;
    });
    connect(m_pingThread, &QThread::finished, this, &StationSession::pingFinished);
    m_pingThread->start();
}

void StationSession::pingFinished()
{
    m_pingThread->deleteLater();
    m_pingThread = nullptr;
    if (m_pingAnswered && isSignedIn() && !m_online)
        reconnect();
}

void StationSession::reconnect()
{
    if (!DatabaseConnector::reopen(m_connectionName))
        return; // tried again at the next tick
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!UserSession::attach(db, m_token)) {
        if (!PgSession(db).isOpen())
            return;
        setOnline(true);
        emit sessionLost();
        return;
    }
    setOnline(true);
    drain();
}

void StationSession::drain()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // A session that ended (its absolute limit) would make the server refuse every note as not this user's to
    // write: find that out first, and leave the notes waiting for the next sign-in.
    if (!UserSession::touch(db)) {
        if (!PgSession(db).isOpen())
            setOnline(false);
        else
            emit sessionLost();
        return;
    }
    // A refusal because the session ended meanwhile is not the note's fault: it stops the drain, and the notes wait.
    const int waiting = m_outbox.waiting();
    const int refused = m_outbox.refused();
    const NoteOutbox::Drain drained = m_outbox.drain(db, [&db] { return UserSession::touch(db); });
    if (drained.unreachable && !PgSession(db).isOpen())
        setOnline(false);
    else if (drained.sessionEnded)
        emit sessionLost();
    // Changed counts are shown even when another window sent the notes.
    if (m_outbox.waiting() != waiting || m_outbox.refused() != refused)
        emit outboxChanged(m_outbox.waiting(), m_outbox.refused());
    if (drained.written > 0)
        emit notesDelivered(drained.written);
}

void StationSession::forgetSecrets()
{
    m_token.fill(QChar(0));
    m_token.clear();
    m_draftKey.fill('\0');
    m_draftKey.clear();
    m_info.reset();
    m_outbox.close();
    m_retryTimer->stop();
    m_online = true;
}
