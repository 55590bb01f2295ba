/* mc_front.h — private declarations shared by the frontend's own files
 * (mc_parse.c, mc_literal.c, mc_syntax.c). Nothing outside the frontend
 * should need these. */
#ifndef MC_FRONT_H
#define MC_FRONT_H

#include "mc_ast.h"

#include <tree_sitter/api.h>

/* Deepest AST the frontend builds: later phases recurse on the tree, and
 * CPython itself gives up at about this depth. */
#define MC_MAX_DEPTH 1000
/* Nested indented blocks molt accepts (tree-sitter-python 0.23 misparses
 * beyond about 63; CPython's own limit is 99). */
#define MC_MAX_BLOCKS 60
/* Bracket nesting limit (CPython: "too many nested parentheses"). */
#define MC_MAX_PARENS 200

const TSLanguage *tree_sitter_python(void);

/* Span of the bytes [start, end) of src. */
McSpan mc_span_of(const McSource *src, uint32_t start, uint32_t end);

/* Converts an already parsed tree (mc_parse.c); mc_parse parses and calls
 * this. The language server keeps its own trees for incremental parsing. */
McNode *mc_parse_tree(McArena *a, McSource *src, TSNode root, MdList *diags);
/* mc_parse with a caller's parser and tree: *tree is the previous tree,
 * already edited with ts_tree_edit to match src (or NULL), and becomes the
 * new tree (NULL when src cannot be parsed). See mc_analysis.h. */
McNode *mc_parse_incremental(McArena *a, McSource *src, TSParser *parser, TSTree **tree, MdList *diags);

/* ---- literals (mc_literal.c) ---- */

/* A growable byte buffer in the arena. */
typedef struct McBuf {
    char *p;
    size_t n, cap;
} McBuf;
void mc_buf_add(McArena *a, McBuf *b, const char *s, size_t n);
void mc_buf_addc(McArena *a, McBuf *b, int c);
void mc_buf_add_utf8(McArena *a, McBuf *b, uint32_t cp);

enum { MC_STR_RAW = 1, MC_STR_BYTES = 2, MC_STR_F = 4 };

/* Decodes the literal text s[0..n) (no quotes) of a string whose prefix
 * flags are given, appending to out. `off` is the text's byte offset in the
 * source, for diagnostics. Returns 0, or -1 after reporting a diagnostic. */
int mc_decode_string(McArena *a, McBuf *out, const McSource *src, uint32_t off, const char *s, size_t n, int flags,
                     MdList *diags);

/* Integer literal text -> decimal digits (normalised). Returns NULL after
 * reporting a diagnostic (malformed, Python 2 suffix, imaginary). */
char *mc_int_literal(McArena *a, const McSource *src, uint32_t off, const char *s, size_t n, MdList *diags);
/* Float literal text -> value. Returns -1 after reporting a diagnostic. */
int mc_float_literal(McArena *a, const McSource *src, uint32_t off, const char *s, size_t n, double *out,
                     MdList *diags);

/* ---- syntax errors (mc_syntax.c) ---- */

/* Checks the raw text before parsing: NUL bytes, invalid UTF-8 and bracket
 * nesting deeper than MC_MAX_PARENS. Returns 0 if the text may be handed to
 * tree-sitter, or -1 after reporting why not. */
int mc_precheck_source(const McSource *src, MdList *diags);

/* Reports every ERROR and MISSING node of the tree (one diagnostic each at
 * most), worded from the tokens around it. */
void mc_report_syntax_errors(McArena *a, const McSource *src, TSNode root, MdList *diags);

/* Does the subtree hold an ERROR or MISSING node (other than inside an
 * f-string field that mc_parse.c rebuilds, see mc_fstring_walrus_quirk)? */
int mc_has_syntax_error(TSNode n);
int mc_fstring_walrus_quirk(TSNode interpolation);
/* The assignment expression tree-sitter made of an f-string field such as
 * f"{n:=^10}" or f"{n:=,}" (a format spec starting with '='), or a null node. */
TSNode mc_fstring_walrus(TSNode n);

/* What an expression node of the concrete tree is, in the words CPython uses
 * in "cannot assign to ..." ("function call", "literal", ...); NULL if the
 * node is a valid assignment target. */
const char *mc_cst_target_problem(TSNode n);

#endif
