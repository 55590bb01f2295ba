/* lsp_text.h — an open document's text: its line table, conversion between
 * byte offsets and LSP positions (UTF-8 or UTF-16 code units), and
 * replacing a range while describing the edit for tree-sitter. */
#ifndef LSP_TEXT_H
#define LSP_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <tree_sitter/api.h>

typedef enum { LSP_UTF16, LSP_UTF8 } LspEncoding;

typedef struct LspPos {
    uint32_t line, character;
} LspPos;

typedef struct LspText {
    char *s; /* NUL-terminated */
    size_t len, cap;
    uint32_t *lines; /* byte offset where each line starts: "\n", "\r\n" and "\r" end lines, as in LSP and Python */
    uint32_t nlines, cap_lines;
} LspText;

void lsp_text_set(LspText *t, const char *s, size_t n);
void lsp_text_free(LspText *t);

/* The byte offset of a position. Positions past the end of a line mean the
 * line's end, past the last line the end of the text, and inside a
 * character (UTF-8 continuation byte, or between the halves of a UTF-16
 * surrogate pair) its start; *clamped (if given) says one of these happened. */
uint32_t lsp_offset_of(const LspText *t, LspPos p, LspEncoding enc, int *clamped);
LspPos lsp_pos_of(const LspText *t, uint32_t offset, LspEncoding enc);

/* Replaces the bytes [start, end) with s[0, n) and fills *edit for
 * ts_tree_edit (tree-sitter counts rows by "\n" only). */
void lsp_text_replace(LspText *t, uint32_t start, uint32_t end, const char *s, size_t n, TSInputEdit *edit);

/* Line `line` (0-based) without its terminator: [*start, *end). */
void lsp_text_line(const LspText *t, uint32_t line, uint32_t *start, uint32_t *end);

#endif
