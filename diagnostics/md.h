/* md.h — the diagnostics model: a registry of stable codes (md_codes.def)
 * and the list of diagnostics one analysis produces. Both `molt check` and
 * the language server render these; nothing here knows about output formats
 * except md_render.c. */
#ifndef MD_H
#define MD_H

#include "../compiler/mc.h"

typedef enum { MD_ERROR, MD_WARNING, MD_INFO, MD_HINT } MdSeverity;
typedef enum { MD_CAT_SYNTAX, MD_CAT_UNSUPPORTED, MD_CAT_CAPABILITY, MD_CAT_GUARD, MD_CAT_IMPORT } MdCategory;

/* One registry entry per code; see md_codes.def. */
typedef struct MdCode {
    const char *code; /* "U201" */
    const char *name; /* "eval-exec" (kebab-case slug) */
    MdCategory category;
    MdSeverity severity;
    const char *summary; /* one line, for docs and SARIF rules */
} MdCode;

typedef enum {
#define MD_CODE(id, code, name, cat, sev, summary) MD_##id,
#include "md_codes.def"
#undef MD_CODE
    MD_NCODES
} MdCodeId;
extern const MdCode md_codes[MD_NCODES];

typedef struct MdDiag {
    MdCodeId id;
    MdSeverity severity;
    const McSource *src;
    McSpan span;
    const char *message; /* what is wrong, specific to this occurrence */
    const char *hint;    /* what to do, or NULL */
} MdDiag;

typedef struct MdList {
    McArena *arena;
    MdDiag *items;
    int n, cap;
} MdList;

void md_list_init(MdList *l, McArena *a);
/* Add a diagnostic; message and hint are printf formats (hint may be NULL). */
void md_add(MdList *l, MdCodeId id, const McSource *src, McSpan span, const char *hint, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
int md_count_errors(const MdList *l);
void md_sort(MdList *l); /* by file, then position, then code: deterministic output */

/* Rendering (md_render.c). */
#include <stdio.h>
void md_render_text(FILE *out, const MdList *l, int color);

#endif
