#ctest - P script : the layering rules that a compiler cannot check.
#models / never includes QtWidgets(the build also leaves it off models /' include path);
#ui / never holds SQL : no QSqlQuery, no PgSession, no SQL statement text;
#no QSqlQuery anywhere has values bound to it (they would become statement text);
#app /, ui / and models / read the time only from Clock(models / Clock.cpp), which the tests set.
file(GLOB_RECURSE model_files ${SOURCE_DIR}/models/*.h ${SOURCE_DIR}/models/*.cpp)
file(GLOB_RECURSE ui_files ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.ui)
set(failures "")
foreach(file IN LISTS model_files)
    file(STRINGS ${file} hits REGEX "#include[ \t]*<(QtWidgets/|QWidget|QDialog|QMainWindow|QMessageBox|QApplication)")
    if(hits)
        list(APPEND failures "${file} includes a widget header: ${hits}")
    endif()
endforeach()
foreach(file IN LISTS ui_files)
    file(STRINGS ${file} hits REGEX "(QSqlQuery|PgSession|\"[ \t]*(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|WITH)[ \t])")
    if(hits)
        list(APPEND failures "${file} holds SQL: ${hits}")
    endif()
endforeach()
# The QPSQL driver writes values bound to a QSqlQuery into the statement text (EXECUTE ... ('value')), where every
# session of the same station login reads them in pg_stat_activity and the server log records them: values go
# through PgSession as protocol-level parameters, never bindValue.
file(GLOB_RECURSE bound_files ${SOURCE_DIR}/models/*.cpp ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/app/*.cpp)
foreach(file IN LISTS bound_files)
    file(STRINGS ${file} hits REGEX "(bindValue|addBindValue)[ \t]*\\(")
    if(hits)
        list(APPEND failures "${file} binds values to a QSqlQuery (they become statement text): ${hits}")
    endif()
endforeach()
file(GLOB_RECURSE clock_files ${SOURCE_DIR}/models/*.cpp ${SOURCE_DIR}/models/*.h ${SOURCE_DIR}/ui/*.cpp
     ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/app/*.cpp)
list(FILTER clock_files EXCLUDE REGEX "/models/Clock\\.cpp$")
foreach(file IN LISTS clock_files)
    file(STRINGS ${file} hits REGEX "(QDate::currentDate|QDateTime::currentDateTime|QDateTime::currentMSecsSinceEpoch|QDateTime::currentSecsSinceEpoch|QTime::currentTime)")
    if(hits)
        list(APPEND failures "${file} reads the system clock instead of Clock: ${hits}")
    endif()
endforeach()
if(failures)
    list(JOIN failures "\n" text)
    message(FATAL_ERROR "Layering broken:\n${text}")
endif()
message(STATUS "Layering holds: models/ has no widget includes, ui/ has no SQL, no QSqlQuery has bound values, and "
               "only Clock reads the time.")
