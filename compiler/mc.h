/* mc.h — the compiler's shared basics: arenas, interned names, source files
 * and source spans. Every compiler phase includes this; the AST lives in
 * mc_ast.h, the IR in mc_ir.h. */
#ifndef MC_H
#define MC_H

#include <stddef.h>
#include <stdint.h>

/* A region of source text. Lines are 1-based, columns 0-based byte offsets
 * within the line (converted to characters/UTF-16 only when printed). */
typedef struct McSpan {
    uint32_t start, end; /* byte offsets */
    uint32_t line, col;  /* start position */
    uint32_t end_line, end_col;
} McSpan;

/* Arena allocation: everything the compiler builds for one compilation lives
 * until mc_arena_free. Allocation failure aborts with a message (the
 * compiler, unlike compiled programs, may treat OOM as fatal). */
typedef struct McArena McArena;
McArena *mc_arena_new(void);
void mc_arena_free(McArena *a);
void *mc_alloc(McArena *a, size_t size); /* zeroed */
char *mc_strndup(McArena *a, const char *s, size_t n);
char *mc_sprintf(McArena *a, const char *fmt, ...);

/* Interned identifiers: equal names are the same pointer. */
const char *mc_intern(McArena *a, const char *s, size_t n);

/* A growable array of pointers. */
typedef struct McVec {
    void **items;
    int n, cap;
} McVec;
void mc_vec_push(McArena *a, McVec *v, void *item);

/* One source file as loaded. */
typedef struct McSource {
    const char *path; /* as given on the command line */
    const char *text; /* NUL-terminated */
    size_t len;
    uint32_t *line_starts; /* byte offset of each line; line_starts[0] is line 1 */
    int nlines;
} McSource;
McSource *mc_source_load(McArena *a, const char *path, char **err); /* NULL + *err on failure */
McSource *mc_source_from_text(McArena *a, const char *path, const char *text, size_t len);
/* Text of line `line` (1-based) without its newline. */
const char *mc_source_line(const McSource *s, uint32_t line, size_t *len);

#endif
