# Welsh is as complete as English: every message of the sources, as lupdate finds them now, has a finished Welsh
# translation (every plural form filled), so a Welsh-speaking carer meets no English. lupdate runs on a copy: the
# catalogue in the repository is only read.
# Run: cmake -DSOURCE_DIR=<repository> -DLUPDATE=<lupdate> -DWORK_DIR=<scratch folder> -P CheckWelshCatalogue.cmake
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(copy ${WORK_DIR}/writecarenotes_cy.ts)
file(COPY_FILE ${SOURCE_DIR}/translations/writecarenotes_cy.ts ${copy})
execute_process(
    COMMAND ${LUPDATE} -silent -no-obsolete -locations none -I ${SOURCE_DIR}/models -I ${SOURCE_DIR}/ui
            -extensions cpp,ui ${SOURCE_DIR}/models ${SOURCE_DIR}/ui ${SOURCE_DIR}/app -ts ${copy}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result})")
endif()
file(READ ${copy} catalogue)
# A semicolon separates CMake's list items: entities (&amp;) and text would be cut at theirs.
string(REPLACE ";" "," catalogue "${catalogue}")
string(REGEX MATCHALL "<source>" messages "${catalogue}")
list(LENGTH messages count)
if(count LESS 1000)
    message(FATAL_ERROR "Only ${count} messages found: the catalogue was not read as it should be")
endif()
set(problems "")
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\""
       unfinished "${catalogue}")
foreach(entry IN LISTS unfinished)
    string(REGEX MATCH "<source>([^<]*)</source>" source "${entry}")
    list(APPEND problems "unfinished: ${CMAKE_MATCH_1}")
endforeach()
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation>[ \n]*</translation>"
       empty "${catalogue}")
foreach(entry IN LISTS empty)
    string(REGEX MATCH "<source>([^<]*)</source>" source "${entry}")
    list(APPEND problems "empty: ${CMAKE_MATCH_1}")
endforeach()
string(REGEX MATCHALL "<numerusform></numerusform>" empty_forms "${catalogue}")
list(LENGTH empty_forms empty_form_count)
if(empty_form_count GREATER 0)
    list(APPEND problems "${empty_form_count} plural form(s) left empty")
endif()
if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "The Welsh catalogue is not finished (run the update_translations target, then translate):\n  ${text}")
endif()
message(STATUS "All ${count} messages have their Welsh")
