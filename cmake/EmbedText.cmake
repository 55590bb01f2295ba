# cmake/EmbedText.cmake — turns a text file into a C string constant so molt
# carries it inside itself: the runtime header (`mc_runtime_header`, the
# default NAME) and docs/diagnostics.md (`md_docs_text`).
if(NOT NAME)
  set(NAME mc_runtime_header)
endif()
file(READ ${IN} _text HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," _bytes "${_text}")
file(WRITE ${OUT} "/* generated from ${IN}; do not edit */\n#include <stddef.h>\nconst char ${NAME}[] = {${_bytes} 0};\nconst size_t ${NAME}_len = sizeof ${NAME} - 1;\n")
