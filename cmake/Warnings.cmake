# SPDX-License-Identifier: GPL-3.0-or-later
# Project-wide warning flags, applied to our own targets through minikmc_set_warnings().
function(minikmc_set_warnings target)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
        if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
            # Qt 6.4's qCDebug(category) << … expands to a variadic macro with no arguments.
            target_compile_options(${target} PRIVATE -Wno-gnu-zero-variadic-macro-arguments)
        endif()
        if(MINIKMC_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
endfunction()
