# npm_setup.cmake — a test fixture: copies an npm package's directory (SRC)
# into the build tree (DST) and runs `npm ci` there, so node_modules never
# lands in the source tree and versions come from the checked-in lockfile.
#   cmake -DSRC=... -DDST=... -DNPM=npm -P npm_setup.cmake
# --ignore-scripts: nothing we use needs an install script (vsce's optional
# keytar would try to download or build a native module); --omit=optional
# drops keytar itself, which only `vsce publish` uses.
foreach(v SRC DST NPM)
  if(NOT ${v})
    message(FATAL_ERROR "npm_setup.cmake: -D${v}=... is required")
  endif()
endforeach()
file(MAKE_DIRECTORY ${DST})
file(COPY ${SRC}/ DESTINATION ${DST} PATTERN node_modules EXCLUDE PATTERN "*.vsix" EXCLUDE)
execute_process(
  COMMAND ${NPM} ci --ignore-scripts --omit=optional --no-audit --no-fund --loglevel=error
  WORKING_DIRECTORY ${DST} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "npm ci in ${DST} failed (${rc}): is the npm registry reachable?")
endif()
