// The Debian package, as an administrator installs it: built with CPack from this build, its control fields and files
// read with dpkg-deb, its desktop, AppStream and man pages checked with the tools distributions use, then installed
// by dpkg into a scratch root and run from there.

#include "ServerTemporaryDir.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments, int timeoutMs = 120000)
{
    QProcess process;
    // The programs' own words in English, whatever the locale of whoever runs the tests.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted() || !process.waitForFinished(timeoutMs)) {
        result.err = QStringLiteral("%1 did not run: %2").arg(program, process.errorString());
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

const QString metainfoPath = QStringLiteral("usr/share/metainfo/example.writecarenotes.WriteCareNotes.metainfo.xml");

} // namespace

class TestDebianPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        const Run cpack = run(QStringLiteral("cpack"),
                              {QStringLiteral("--config"), QStringLiteral(WCN_BINARY_DIR "/CPackConfig.cmake"),
                               QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), m_work.path()},
                              600000);
        QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out + cpack.err));
        const QStringList debs = QDir(m_work.path()).entryList({QStringLiteral("*.deb")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        m_deb = m_work.filePath(debs.first());
        QVERIFY(m_deb.endsWith(QStringLiteral("writecarenotes_" WCN_VERSION_FOR_TESTS "_amd64.deb")));

        m_extracted = m_work.filePath(QStringLiteral("extracted"));
        const Run extract = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_extracted});
        QVERIFY2(extract.exitCode == 0, qPrintable(extract.err));
    }

    void controlFieldsDeclareWhatTheAppNeeds()
    {
        const auto field = [this](const QString &name) {
            return run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, name}).out.trimmed();
        };
        QCOMPARE(field(QStringLiteral("Package")), QStringLiteral("writecarenotes"));
        QCOMPARE(field(QStringLiteral("Version")), QStringLiteral(WCN_VERSION_FOR_TESTS));
        QCOMPARE(field(QStringLiteral("Architecture")), QStringLiteral("amd64"));
        QCOMPARE(field(QStringLiteral("Section")), QStringLiteral("misc"));
        QVERIFY(!field(QStringLiteral("Description")).isEmpty());
        QVERIFY(!field(QStringLiteral("Maintainer")).isEmpty());

        QSet<QString> depends;
        for (const QString &dependency : field(QStringLiteral("Depends")).split(QLatin1Char(',')))
            depends.insert(dependency.trimmed().section(QLatin1Char(' '), 0, 0));
        // What the app loads or runs at run time (declared by hand) and what it links (found by dpkg-shlibdeps).
        const QStringList needed = {QStringLiteral("libqt6sql6-psql"),
                                    QStringLiteral("qt6-qpa-plugins"),
                                    QStringLiteral("libqt6svg6"),
                                    QStringLiteral("postgresql-15"),
                                    QStringLiteral("pgbackrest"),
                                    QStringLiteral("util-linux"),
                                    QStringLiteral("libqt6widgets6"),
                                    QStringLiteral("libqt6sql6"),
                                    QStringLiteral("libqt6charts6"),
                                    QStringLiteral("libqt6printsupport6"),
                                    QStringLiteral("libpq5"),
                                    QStringLiteral("libssl3"),
                                    QStringLiteral("libc6")};
        for (const QString &package : needed)
            QVERIFY2(depends.contains(package), qPrintable(package));
    }

    void containsWhatAStationNeedsAndNothingElse()
    {
        const Run contents = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--contents"), m_deb});
        QCOMPARE(contents.exitCode, 0);
        QHash<QString, QString> files; // path -> "mode owner/group"
        for (const QString &line : contents.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (fields.value(0).startsWith(QLatin1Char('-')))
                files.insert(fields.last(), fields.value(0) + QLatin1Char(' ') + fields.value(1));
        }
        const QSet<QString> expected = {
            QStringLiteral("./usr/bin/writecarenotes"),
            QStringLiteral("./usr/bin/writecarenotes-admin"),
            QStringLiteral("./usr/share/applications/writecarenotes.desktop"),
            QStringLiteral("./") + metainfoPath,
            QStringLiteral("./usr/share/icons/hicolor/scalable/apps/writecarenotes.svg"),
            QStringLiteral("./usr/share/man/man1/writecarenotes.1.gz"),
            QStringLiteral("./usr/share/man/man1/writecarenotes-admin.1.gz"),
            QStringLiteral("./usr/share/doc/writecarenotes/copyright"),
        };
        const QStringList paths = files.keys();
        QCOMPARE(QSet<QString>(paths.begin(), paths.end()), expected);
        QCOMPARE(files.value(QStringLiteral("./usr/bin/writecarenotes")), QStringLiteral("-rwxr-xr-x root/root"));
        QCOMPARE(files.value(QStringLiteral("./usr/bin/writecarenotes-admin")), QStringLiteral("-rwxr-xr-x root/root"));
        QCOMPARE(files.value(QStringLiteral("./usr/share/applications/writecarenotes.desktop")),
                 QStringLiteral("-rw-r--r-- root/root"));
    }

    void desktopEntryAndAppStreamMetadataAreValid()
    {
        const Run desktop = run(QStringLiteral("desktop-file-validate"),
                                {m_extracted + QStringLiteral("/usr/share/applications/writecarenotes.desktop")});
        QVERIFY2(desktop.exitCode == 0, qPrintable(desktop.out + desktop.err));
        QVERIFY2(!desktop.out.contains(QStringLiteral("error")), qPrintable(desktop.out));

        const Run appstream =
            run(QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                                 m_extracted + QLatin1Char('/') + metainfoPath});
        QVERIFY2(appstream.exitCode == 0, qPrintable(appstream.out + appstream.err));
        // The metainfo launches the desktop entry the package installs, and names both programs.
        QFile metainfo(m_extracted + QLatin1Char('/') + metainfoPath);
        QVERIFY(metainfo.open(QIODevice::ReadOnly));
        const QString xml = QString::fromUtf8(metainfo.readAll());
        QVERIFY(xml.contains(QStringLiteral("<launchable type=\"desktop-id\">writecarenotes.desktop</launchable>")));
        QVERIFY(xml.contains(QStringLiteral("<release version=\"" WCN_VERSION_FOR_TESTS "\"")));
    }

    void manPagesRenderAndNameEveryAdminCommand()
    {
        for (const QString &page :
             {QStringLiteral("writecarenotes.1.gz"), QStringLiteral("writecarenotes-admin.1.gz")}) {
            const QString path = m_extracted + QStringLiteral("/usr/share/man/man1/") + page;
            const Run text = run(QStringLiteral("gzip"), {QStringLiteral("-dc"), path});
            QCOMPARE(text.exitCode, 0);
            QVERIFY(text.out.startsWith(QStringLiteral(".")));
            QTemporaryDir dir;
            QFile plain(dir.filePath(QStringLiteral("page.1")));
            QVERIFY(plain.open(QIODevice::WriteOnly));
            plain.write(text.out.toUtf8());
            plain.close();
            // -ww: every warning; -z: no output, so any text on stderr is a mistake in the page.
            const Run groff = run(QStringLiteral("groff"), {QStringLiteral("-man"), QStringLiteral("-ww"),
                                                            QStringLiteral("-z"), plain.fileName()});
            QCOMPARE(groff.exitCode, 0);
            QCOMPARE(groff.err, QString());
            if (page.startsWith(QStringLiteral("writecarenotes-admin")))
                m_adminManPage = text.out;
        }
        // The commands the admin program lists in its help, each with its own entry in the man page.
        const Run help = run(QStringLiteral(WCN_ADMIN_EXECUTABLE), {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QString commands =
            help.out.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
        QStringList names;
        static const QRegularExpression entry(QStringLiteral("^  ([a-z][a-z-]*( [a-z]+)?)"),
                                              QRegularExpression::MultilineOption);
        for (auto match = entry.globalMatch(commands); match.hasNext();)
            names.append(match.next().captured(1));
        QVERIFY2(names.size() >= 18, qPrintable(names.join(QLatin1Char(','))));
        for (const QString &name : std::as_const(names)) {
            const QRegularExpression item(
                QStringLiteral("\\n\\.TP\\n\\.B[IR]* \"?%1[\" \\n]").arg(QRegularExpression::escape(name)));
            QVERIFY2(item.match(m_adminManPage).hasMatch(), qPrintable(name));
        }
    }

    void installsIntoAScratchRootAndRunsFromThere()
    {
        const QString root = m_work.filePath(QStringLiteral("root"));
        for (const QString &dir : {QStringLiteral("/var/lib/dpkg/info"), QStringLiteral("/var/lib/dpkg/updates"),
                                   QStringLiteral("/var/log")})
            QVERIFY(QDir().mkpath(root + dir));
        for (const QString &file :
             {QStringLiteral("/var/lib/dpkg/status"), QStringLiteral("/var/lib/dpkg/available")}) {
            QFile empty(root + file);
            QVERIFY(empty.open(QIODevice::WriteOnly));
        }
        // The scratch root holds no other package, so the dependencies are this machine's, not the root's.
        const Run install =
            run(QStringLiteral("dpkg"), {QStringLiteral("--root=") + root, QStringLiteral("--force-not-root"),
                                         QStringLiteral("--force-depends"), QStringLiteral("--log=/dev/null"),
                                         QStringLiteral("--install"), m_deb});
        QVERIFY2(install.exitCode == 0, qPrintable(install.out + install.err));
        const Run status =
            run(QStringLiteral("dpkg-query"),
                {QStringLiteral("--admindir=") + root + QStringLiteral("/var/lib/dpkg"), QStringLiteral("-W"),
                 QStringLiteral("-f=${Status} ${Version}"), QStringLiteral("writecarenotes")});
        QCOMPARE(status.out, QStringLiteral("install ok installed " WCN_VERSION_FOR_TESTS));

        const Run version = run(root + QStringLiteral("/usr/bin/writecarenotes"), {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, QStringLiteral("writecarenotes " WCN_VERSION_FOR_TESTS "\n"));

        const Run adminHelp = run(root + QStringLiteral("/usr/bin/writecarenotes-admin"), {QStringLiteral("--help")});
        QCOMPARE(adminHelp.exitCode, 0);
        QVERIFY(adminHelp.out.startsWith(QStringLiteral("Usage: ") + root +
                                         QStringLiteral("/usr/bin/writecarenotes-admin")));
        QVERIFY(adminHelp.out.contains(QStringLiteral("\n  migrate ")));

        // The installed program starts: its own database made, migrated, and the sign-in page drawn.
        ServerTemporaryDir data;
        QVERIFY(data.isValid());
        const Run started = run(root + QStringLiteral("/usr/bin/writecarenotes"),
                                {QStringLiteral("--data-dir"), data.filePath(QStringLiteral("database")),
                                 QStringLiteral("--quit-when-ready")},
                                240000);
        QVERIFY2(started.exitCode == 0, qPrintable(started.err));
        QCOMPARE(started.out, QStringLiteral("ready\n"));
    }

private:
    QTemporaryDir m_work;
    QString m_deb;
    QString m_extracted;
    QString m_adminManPage;
};

QTEST_GUILESS_MAIN(TestDebianPackage)
#include "TestDebianPackage.moc"
