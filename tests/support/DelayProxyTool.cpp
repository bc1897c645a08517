// wcn-delay-proxy LISTEN_SOCKET SERVER_SOCKET ONE_WAY_MS: a PostgreSQL connection as a care home's network carries
// it, for the tests that measure the window over one. Listens on the Unix socket LISTEN_SOCKET; each connection made
// there is joined to the server's socket SERVER_SOCKET, with ONE_WAY_MS added in each direction (twice that to every
// round trip). Prints "ready" once listening; runs until killed.

#include "DelayedStream.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fputs("usage: wcn-delay-proxy LISTEN_SOCKET SERVER_SOCKET ONE_WAY_MS\n", stderr);
        return 2;
    }
    const QString listenPath = args.at(1);
    const QString serverPath = args.at(2);
    const int delay = args.at(3).toInt();
    QFile::remove(listenPath);
    QLocalServer server;
    server.setSocketOptions(QLocalServer::UserAccessOption);
    if (!server.listen(listenPath)) {
        std::fprintf(stderr, "cannot listen on %s: %s\n", qPrintable(listenPath), qPrintable(server.errorString()));
        return 1;
    }
    QObject::connect(&server, &QLocalServer::newConnection, &server, [&server, serverPath, delay] {
        while (QLocalSocket *client = server.nextPendingConnection()) {
            auto *upstream = new QLocalSocket(client);
            // Both ends go together: whichever side closes, the other is closed too, as a network would.
            QObject::connect(upstream, &QLocalSocket::disconnected, client, &QLocalSocket::disconnectFromServer);
            QObject::connect(client, &QLocalSocket::disconnected, client, [client, upstream] {
                upstream->disconnectFromServer();
                client->deleteLater();
            });
            new DelayedStream(client, upstream, delay, client);
            new DelayedStream(upstream, client, delay, client);
            upstream->connectToServer(serverPath);
        }
    });
    std::puts("ready");
    std::fflush(stdout);
    return app.exec();
}
