# cmake/Grammar.cmake — fetches the tree-sitter-python grammar from the npm
# registry with `npm pack`, checks it against a pinned SHA-256, and unpacks it
# into the build tree. Nothing of it is committed. Set MOLT_GRAMMAR_TGZ to use
# an already downloaded tarball (it is checked all the same).
set(TS_PYTHON_VERSION 0.23.6)
# Debian's libtree-sitter 0.20.7 loads ABI 13-14 grammars; 0.23.x is ABI 14.
set(TS_PYTHON_SHA256 aab5b860d93dbf84b37fed532f7dacc0468ede5387d0c74911d68f964287662a)
set(TS_DIR ${CMAKE_BINARY_DIR}/_deps/tree-sitter-python)
set(TS_TGZ ${TS_DIR}/tree-sitter-python-${TS_PYTHON_VERSION}.tgz)

if(DEFINED ENV{MOLT_GRAMMAR_TGZ} AND NOT EXISTS ${TS_TGZ})
  file(MAKE_DIRECTORY ${TS_DIR})
  file(COPY_FILE $ENV{MOLT_GRAMMAR_TGZ} ${TS_TGZ})
endif()
if(EXISTS ${TS_TGZ})
  file(SHA256 ${TS_TGZ} _have)
  if(NOT _have STREQUAL TS_PYTHON_SHA256)
    file(REMOVE ${TS_TGZ})
  endif()
endif()
if(NOT EXISTS ${TS_TGZ})
  find_program(NPM npm REQUIRED)
  file(MAKE_DIRECTORY ${TS_DIR})
  message(STATUS "Fetching tree-sitter-python@${TS_PYTHON_VERSION} with npm pack")
  execute_process(
    COMMAND ${NPM} pack tree-sitter-python@${TS_PYTHON_VERSION} --silent
    WORKING_DIRECTORY ${TS_DIR} RESULT_VARIABLE _rc OUTPUT_QUIET ERROR_VARIABLE _err)
  if(NOT _rc EQUAL 0 OR NOT EXISTS ${TS_TGZ})
    message(FATAL_ERROR "npm pack tree-sitter-python@${TS_PYTHON_VERSION} failed: ${_err}")
  endif()
  file(SHA256 ${TS_TGZ} _have)
  if(NOT _have STREQUAL TS_PYTHON_SHA256)
    file(REMOVE ${TS_TGZ})
    message(FATAL_ERROR "tree-sitter-python tarball has SHA-256 ${_have}, expected ${TS_PYTHON_SHA256}")
  endif()
endif()
if(NOT EXISTS ${TS_DIR}/package/src/parser.c)
  file(ARCHIVE_EXTRACT INPUT ${TS_TGZ} DESTINATION ${TS_DIR} PATTERNS package/src)
endif()

add_library(ts_python STATIC ${TS_DIR}/package/src/parser.c ${TS_DIR}/package/src/scanner.c)
target_include_directories(ts_python PRIVATE ${TS_DIR}/package/src)
# Third-party generated code: our warning flags do not apply.
target_compile_options(ts_python PRIVATE -w)
set_target_properties(ts_python PROPERTIES POSITION_INDEPENDENT_CODE ON)
