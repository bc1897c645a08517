#pragma once

#include "database/BackgroundReader.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>

// One read off the window's thread: read(db) runs on the reader's thread with its connection, then done(answer) on
// context's thread, unless context is gone by then. Without a reader (a tool, a test that asks for it) both run at
// once on the connection named connectionName. For a page that opens one record: the window keeps running while the
// server answers.
template <typename T>
void readLater(BackgroundReader *reader, const QString &connectionName, QObject *context,
               std::function<T(const QSqlDatabase &)> read, std::function<void(const T &)> done)
{
    if (!reader) {
        done(read(QSqlDatabase::database(connectionName, false)));
        return;
    }
    reader->post(context, [read = std::move(read), done = std::move(done)](const QSqlDatabase &db) {
        auto answer = std::make_shared<const T>(read(db));
        return BackgroundReader::Apply([done, answer] { done(*answer); });
    });
}
