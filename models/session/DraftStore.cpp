#include "session/DraftStore.h"

#include "session/AeadCipher.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace {

const QByteArray magic = "WCNDRAFT1\n";

} // namespace

DraftStore::DraftStore(QString directory, QString suffix)
    : m_directory(std::move(directory)), m_suffix(std::move(suffix))
{}

QString DraftStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts");
}

QString DraftStore::fileFor(const QString &userId) const
{
    // A user id is a UUID; anything else could name a path elsewhere.
    const QUuid id(userId);
    return id.isNull() ? QString() : QDir(m_directory).filePath(id.toString(QUuid::WithoutBraces) + m_suffix);
}

bool DraftStore::save(const QString &userId, const QByteArray &key, const QJsonObject &drafts) const
{
    const QString path = fileFor(userId);
    if (path.isEmpty())
        return false;
    if (drafts.isEmpty()) {
        discard(userId);
        return true;
    }
    if (!prepareDirectory())
        return false;
    const QByteArray sealed =
        AeadCipher::seal(key, QJsonDocument(drafts).toJson(QJsonDocument::Compact), userId.toUtf8());
    if (sealed.isEmpty())
        return false;
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
           file.write(magic + sealed) == magic.size() + sealed.size() && file.commit();
}

bool DraftStore::prepareDirectory() const
{
    return QDir().mkpath(m_directory) &&
           QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

std::optional<QJsonObject> DraftStore::load(const QString &userId, const QByteArray &key) const
{
    QFile file(fileFor(userId));
    if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray content = file.readAll();
    if (!content.startsWith(magic))
        return std::nullopt;
    const std::optional<QByteArray> plain = AeadCipher::open(key, content.mid(magic.size()), userId.toUtf8());
    if (!plain)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(*plain);
    return document.isObject() ? std::optional<QJsonObject>(document.object()) : std::nullopt;
}

bool DraftStore::has(const QString &userId) const
{
    const QString path = fileFor(userId);
    return !path.isEmpty() && QFile::exists(path);
}

void DraftStore::discard(const QString &userId) const
{
    const QString path = fileFor(userId);
    if (!path.isEmpty())
        QFile::remove(path);
}
