# cmake -P script: CheckLayering must refuse what it exists to refuse. Each case copies the sources into WORK_DIR,
# breaks one rule there, and expects the check to fail with the sentence naming that rule; the untouched copy must
# pass, so the cases cannot pass by the check failing for another reason.
cmake_minimum_required(VERSION 3.25)

function(check_copy expect_pass expected)
    execute_process(COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${WORK_DIR} -P ${WORK_DIR}/tests/CheckLayering.cmake
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    string(REGEX REPLACE "[ \t\r\n]+" " " output "${output}")
    if(expect_pass AND NOT result EQUAL 0)
        message(FATAL_ERROR "The untouched sources fail the layering check: ${output}")
    endif()
    if(NOT expect_pass)
        if(result EQUAL 0)
            message(FATAL_ERROR "The layering check passed ${expected}")
        endif()
        string(FIND "${output}" "${expected}" at)
        if(at EQUAL -1)
            message(FATAL_ERROR "The layering check failed, but not with \"${expected}\": ${output}")
        endif()
    endif()
endfunction()

function(fresh_copy)
    file(REMOVE_RECURSE ${WORK_DIR})
    foreach(folder models ui app tests)
        file(COPY ${SOURCE_DIR}/${folder} DESTINATION ${WORK_DIR})
    endforeach()
endfunction()

# prepend(file line): puts an include at the top of a copied file.
function(prepend file line)
    file(READ ${WORK_DIR}/${file} text)
    file(WRITE ${WORK_DIR}/${file} "${line}\n${text}")
endfunction()

fresh_copy()
check_copy(TRUE "")

# An upward include: a clinical rule reaching for the shift board.
prepend(models/clinical/News2.cpp "#include \"board/ShiftBoardModel.h\"")
check_copy(FALSE "News2.cpp includes models/board/ShiftBoardModel.h: models/clinical may not use models/board")

# clinical may use common's value types, never the database.
fresh_copy()
prepend(models/clinical/ShiftPattern.cpp "#include \"database/PgSession.h\"")
check_copy(FALSE "ShiftPattern.cpp includes models/database/PgSession.h: models/clinical may not use models/database")

# A feature reaching sideways into one it does not build on.
fresh_copy()
prepend(models/careplans/CarePlanStore.cpp "#include \"residents/ResidentStore.h\"")
check_copy(FALSE "CarePlanStore.cpp includes models/residents/ResidentStore.h: models/careplans may not use models/residents")

# A circle written into the table itself.
fresh_copy()
file(READ ${WORK_DIR}/tests/CheckLayering.cmake text)
string(REPLACE "set(models_database common)" "set(models_database common shiftnotes)" text "${text}")
file(WRITE ${WORK_DIR}/tests/CheckLayering.cmake "${text}")
check_copy(FALSE "the models/ table has a circle among:")

# A shared widget reaching up into the window.
fresh_copy()
prepend(ui/widgets/MessageBox.cpp "#include \"window/MainWindow.h\"")
check_copy(FALSE "MessageBox.cpp includes ui/window/MainWindow.h: ui/widgets may not use ui/window")

# An include without its folder.
fresh_copy()
prepend(models/shiftnotes/DailyNote.cpp "#include \"Clock.h\"")
check_copy(FALSE "DailyNote.cpp includes \"Clock.h\" without its folder")

# A file outside any feature folder, and a folder the tables do not know.
fresh_copy()
file(WRITE ${WORK_DIR}/models/Loose.h "#pragma once\n")
file(WRITE ${WORK_DIR}/ui/scratch/README.md "# ui/scratch\n")
check_copy(FALSE "models/Loose.h is outside a feature folder")
check_copy(FALSE "ui/scratch/ is not in CheckLayering's table of folders")

# SQL in ui/, widgets in models/.
fresh_copy()
prepend(ui/widgets/MessageBox.cpp "static const char *statement = \"SELECT 1\";")
prepend(models/common/Clock.cpp "#include <QWidget>")
check_copy(FALSE "MessageBox.cpp holds SQL")
check_copy(FALSE "Clock.cpp includes a widget header")

# A result read by position.
fresh_copy()
prepend(models/common/Clock.cpp "static int first(const PgResult &rows) { return rows.integer(0, 3); }")
check_copy(FALSE "Clock.cpp reads a result by column position")

# A page reaching for a connection itself.
fresh_copy()
prepend(ui/widgets/MessageBox.cpp "#include <QSqlDatabase>")
check_copy(FALSE "MessageBox.cpp uses QtSql")

# A statement through QSqlQuery, and an item model running its own SELECT.
fresh_copy()
prepend(models/common/Clock.cpp "static void run(QSqlQuery &query) { query.exec(); }")
prepend(models/residents/ResidentListModel.cpp "static const char *statement = \"SELECT 1\";")
check_copy(FALSE "Clock.cpp runs a QSqlQuery instead of PgSession")
check_copy(FALSE "ResidentListModel.cpp is an item model that runs SQL of its own")

file(REMOVE_RECURSE ${WORK_DIR})
message(STATUS "The layering check refuses upward, sideways and unfoldered includes, circles, loose files, unknown "
               "folders, SQL or QtSql in ui/, widgets in models/, QSqlQuery, SQL in item models and results read by position.")
