// wcn-draft-writer EMAIL PASSWORD DRAFT_DIRECTORY RESIDENT_ID, with the station's connection string in
// $WCN_DRAFT_WRITER_CONNINFO: the real window, offscreen, signs in, starts a note about the resident, types into it,
// and works on until it is killed (the station keeps the draft on its own, by its timer, as in use). For the test of
// a draft surviving the process being killed.

#include "StationWindowDriver.h"
#include "board/ShiftBoardPage.h"

#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() != 5)
        return 2;
    const Result<ConnectionSettings> parsed =
        ConnectionSettings::fromConnInfo(qEnvironmentVariable("WCN_DRAFT_WRITER_CONNINFO"));
    if (!parsed.ok())
        return 3;
    const ConnectionSettings settings = parsed.value;
    StationWindowDriver driver(settings, args.at(3));
    QTextStream err(stderr);
    if (!driver.signIn(args.at(1), args.at(2), QStringLiteral("Shift board"))) {
        err << "wcn-draft-writer: could not sign in" << Qt::endl;
        return 4;
    }
    auto *board = driver.child<ShiftBoardPage>("shiftBoardPage");
    if (!QTest::qWaitFor([&] { return board->writeNoteFor(args.at(4)); }, 20000)) {
        err << "wcn-draft-writer: the resident is not on the board" << Qt::endl;
        return 5;
    }
    StationWindowDriver::typeHere(QStringLiteral("Sat in the garden with her daughter"));
    return app.exec();
}
