# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a tracked C++ file differs from what clang-format makes of it.
execute_process(COMMAND git ls-files -- "*.cpp" "*.h"
    WORKING_DIRECTORY ${SOURCE_DIR} OUTPUT_VARIABLE files RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    # Not a git checkout (e.g. a source tarball): nothing to compare against.
    message(STATUS "not a git checkout; format check skipped")
    return()
endif()
string(REPLACE "\n" ";" files "${files}")
list(FILTER files EXCLUDE REGEX "^$")
if(NOT files)
    message(FATAL_ERROR "git ls-files found no C++ files in ${SOURCE_DIR}")
endif()
execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror ${files}
    WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "These files are not clang-formatted (run clang-format -i):\n${err}")
endif()
list(LENGTH files n)
message(STATUS "${n} files formatted")
