# cmake/EmbedText.cmake — turns a text file (the runtime header) into a C
# string constant, `mc_runtime_header`, so molt carries it inside itself.
file(READ ${IN} _text HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," _bytes "${_text}")
file(WRITE ${OUT} "/* generated from ${IN}; do not edit */\n#include <stddef.h>\nconst char mc_runtime_header[] = {${_bytes} 0};\nconst size_t mc_runtime_header_len = sizeof mc_runtime_header - 1;\n")
