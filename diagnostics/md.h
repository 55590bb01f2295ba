/* md.h — the diagnostics model: a registry of stable codes (md_codes.def)
 * in families (md_categories.def), the list of diagnostics one analysis
 * produces, the settings that filter them and change their severity, and
 * `# molt: ignore` suppression. Both `molt check` and the language server use
 * all of it; only md_render.c and md_report.c know about output formats. */
#ifndef MD_H
#define MD_H

#include "../compiler/mc.h"

#include <stdio.h>

/* Ordered from most to least severe (an override may only raise an error
 * default, see md_severity_allowed). */
typedef enum { MD_ERROR, MD_WARNING, MD_INFO, MD_HINT } MdSeverity;

typedef enum {
#define MD_CATEGORY(id, name, letter, sev, what) MD_CAT_##id,
#include "md_categories.def"
#undef MD_CATEGORY
    MD_NCATEGORIES
} MdCategory;

typedef struct MdCategoryInfo {
    const char *name; /* "unsupported" */
    char letter;      /* 'U': the first character of its codes */
    MdSeverity severity;
    const char *what;
} MdCategoryInfo;
extern const MdCategoryInfo md_categories[MD_NCATEGORIES];

/* One registry entry per code; see md_codes.def. */
typedef struct MdCode {
    const char *code; /* "U201" */
    const char *name; /* "dynamic-code" (kebab-case slug) */
    MdCategory category;
    MdSeverity severity; /* the default; settings may change it */
    const char *summary; /* one line, for docs and SARIF rules */
    const char *message; /* message template with {placeholders} */
} MdCode;

typedef enum {
#define MD_CODE(id, code, name, cat, sev, summary, message) MD_##id,
#include "md_codes.def"
#undef MD_CODE
    MD_NCODES
} MdCodeId;
extern const MdCode md_codes[MD_NCODES];

/* The code named exactly `code` ("U201"), or -1. */
int md_code_lookup(const char *code);
/* Does `prefix` ("U2", "U201", "S") start at least one code? */
int md_prefix_known(const char *prefix);

/* "error", "warning", "info", "hint". */
const char *md_severity_name(MdSeverity s);
/* Parses a severity name ("information" is accepted for "info", as LSP
 * calls it); returns 0 on success, -1 for an unknown name. */
int md_severity_parse(const char *name, MdSeverity *out);

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
/* Add a diagnostic whose message is the code's template with each
 * {placeholder} replaced, in order, by args[0..nargs). */
void md_add_template(MdList *l, MdCodeId id, const McSource *src, McSpan span, const char *hint,
                     const char *const *args, int nargs);
/* Fills the code's template (as md_add_template does), allocated in a. */
char *md_format_template(McArena *a, MdCodeId id, const char *const *args, int nargs);
int md_count_errors(const MdList *l);
void md_sort(MdList *l); /* by file, then position, then code: deterministic output */
/* Keeps the diagnostics for which keep(ctx, d) returns nonzero, in order. */
void md_filter(MdList *l, int (*keep)(void *ctx, MdDiag *d), void *ctx);

/* ---- settings (md_settings.c) ---------------------------------------------
 * Which codes to show and at what severity: from the manifest's
 * "diagnostics" object and from --select/--ignore. Codes are named by code
 * or prefix ("U201", "U2", "W"). */
typedef struct MdSeverityRule {
    const char *prefix;
    MdSeverity severity;
} MdSeverityRule;

typedef struct MdSettings {
    int has_select;
    McVec select;   /* const char* prefixes; without has_select every code is selected */
    McVec ignore;   /* const char* prefixes */
    McVec severity; /* MdSeverityRule* */
} MdSettings;

/* Why a severity override of `prefix` to `sev` is refused, or NULL when it
 * is allowed: a code that is an error by default stops `molt build`, so it
 * stays an error (lowering it would make check and build disagree). */
const char *md_severity_allowed(McArena *a, const char *prefix, MdSeverity sev);
/* The settings in force when the command line (cli: select/ignore only)
 * meets a manifest (may be NULL): the command line's --select replaces the
 * manifest's, ignores add up, severities come from the manifest. */
void md_settings_combine(McArena *a, const MdSettings *manifest, const MdSettings *cli, MdSettings *out);
/* Applies settings to one diagnostic: returns 0 if it is not selected,
 * else sets its severity and returns 1. The most specific (longest)
 * matching prefix decides, and on a tie ignore beats select. */
int md_settings_apply(const MdSettings *s, MdDiag *d);
/* Does s show some code of the category? Guard costs (MD_CAT_GUARD) are
 * opt-in: shown only when a select prefix names them ("G", "G401"), and
 * only then worth computing. */
int md_settings_selects_category(const MdSettings *s, MdCategory cat);

/* ---- suppression (md_suppress.c) ------------------------------------------
 * A trailing `# molt: ignore[CODE, ...]` (or a bare `# molt: ignore`, for
 * every code) suppresses the diagnostics of src that start on its line.
 * Removes them from l and adds W501/W502 for codes and comments it cannot
 * act on. Comments are found by scanning src's text (strings are skipped),
 * so it needs no parse tree and the language server calls it as is. */
void md_suppress(MdList *l, const McSource *src);

/* Everything a file's diagnostics go through after analysis, in order:
 * its `# molt: ignore` comments (md_suppress), then the settings s (NULL:
 * the defaults), for the diagnostics in l whose source is src. `molt check`
 * and the language server call this once per analysed file. */
void md_apply(MdList *l, const McSource *src, const MdSettings *s);

/* ---- documentation (md_docs.c) ----------------------------------------------
 * A code's section of docs/diagnostics.md, embedded in molt at build time.
 * The pointers are into static text (not NUL-terminated at len). */
typedef struct MdCodeDoc {
    const char *section; /* markdown after the heading: the whole entry */
    size_t section_len;
    const char *meaning; /* what it means: the paragraphs before the example */
    size_t meaning_len;
    const char *example; /* the example's Python code */
    size_t example_len;
    const char *fix; /* how to fix it */
    size_t fix_len;
} MdCodeDoc;
/* Returns 0, or -1 if the page has no well-formed section for the code. */
int md_code_doc(MdCodeId id, MdCodeDoc *out);

/* ---- rendering (md_render.c, md_report.c) --------------------------------- */

/* 1-based column in characters (code points) of byte column `col` of `line`. */
uint32_t md_char_col(const McSource *src, uint32_t line, uint32_t col);
void md_render_text(FILE *out, const MdList *l, int color);
/* The one-line summary after text output ("Found 2 errors in 1 file."). */
void md_render_summary(FILE *out, const MdList *l);

/* Machine-readable reports of l (sorted by the caller). */
void md_report_json(FILE *out, const MdList *l);
/* GitHub and SARIF name files relative to base_dir (the working directory)
 * when they lie beneath it: GitHub resolves them against the checkout. */
void md_report_github(FILE *out, const MdList *l, const char *base_dir);
/* SARIF 2.1.0 for GitHub code scanning (uriBaseId %SRCROOT%). */
void md_report_sarif(FILE *out, const MdList *l, const char *base_dir);
/* Where a code is documented (an absolute URL, for SARIF's helpUri). */
const char *md_help_uri(McArena *a, MdCodeId id);

#endif
