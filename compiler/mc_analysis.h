/* mc_analysis.h — the analysis `molt check` and `molt lsp` share: one
 * file's text in, its AST, scopes and diagnostics out, with incremental
 * parsing for callers that keep the previous tree. It knows nothing of
 * output formats or JSON-RPC; what to show a reader about a name (hover)
 * is answered here too, so the editor and the compiler cannot disagree. */
#ifndef MC_ANALYSIS_H
#define MC_ANALYSIS_H

#include "mc_ir.h"

#include <tree_sitter/api.h>

/* A `.py` module beside the file that it imports: the caller decides
 * whether to analyse it too (`molt check` does, the language server does
 * not). */
typedef struct McImport {
    const char *name; /* module name */
    const char *path; /* the file found for it */
} McImport;

/* What a caller keeps between analyses of one changing text: the parser
 * and the last tree. Before re-analysing edited text, apply each edit to
 * `tree` with ts_tree_edit (or delete it and set NULL): tree-sitter then
 * reparses only what changed. */
typedef struct McParseState {
    TSParser *parser; /* NULL: mc_analyze creates one */
    TSTree *tree;     /* in: the old tree, edited; out: the new one (NULL if the text could not be parsed) */
} McParseState;

typedef struct McAnalysis {
    McSource *src;
    McModule *module;   /* AST (always usable) and scopes */
    McVec imports;      /* McImport*, in source order */
    McProgram *program; /* mc_analysis_program: typed IR, or NULL */
    int program_tried;
    McProgram *release; /* mc_analysis_release: the optimised IR, or NULL */
    int release_tried;
} McAnalysis;

/* Analyses src as module `modname`: parses (incrementally when ps holds
 * an edited tree), builds the AST, resolves scopes, checks imports and the
 * builtin modules' attributes. Diagnostics are appended to diags (unsorted);
 * everything is allocated in a. ps may be NULL (a one-shot parse). */
void mc_analyze(McArena *a, McSource *src, const char *modname, McParseState *ps, MdList *diags, McAnalysis *out);

/* The module lowered to IR with the release type pass run, for inferred
 * types; NULL when the file has errors (molt compiles only error-free
 * programs, so there is no IR to ask). Computed once per analysis. */
McProgram *mc_analysis_program(McArena *a, McAnalysis *an, int has_errors);

/* The module lowered again and run through every release pass
 * (mc_optimize, speculation included): the IR guard costs are read from.
 * NULL when the file has errors. Computed once per analysis. */
McProgram *mc_analysis_release(McArena *a, McAnalysis *an, int has_errors);

/* What a name is, as a hover shows it. */
typedef enum McNameKind {
    MC_NAME_LOCAL,
    MC_NAME_GLOBAL,
    MC_NAME_PARAM,
    MC_NAME_BUILTIN,
    MC_NAME_IMPORT,
    MC_NAME_FUNCTION,
    MC_NAME_CLASS,
    MC_NAME_CLASS_ATTR,
    MC_NAME_UNDEFINED, /* bound nowhere and not a builtin: NameError at run time */
    MC_NAME_ATTRIBUTE  /* obj.name: not resolved statically */
} McNameKind;

typedef struct McNameInfo {
    const char *name;
    McNameKind kind;
    McSpan span;           /* of the name under the cursor */
    const char *scope;     /* qualified name of the defining scope ("<module>", "C.m"), or NULL */
    const char *module;    /* MC_NAME_IMPORT: the imported module (and name, "math.pi") */
    const char *type;      /* inferred type ("int", "list", ...) or NULL when not known */
    const McNode *def;     /* the def/class that binds it (MC_NAME_FUNCTION/CLASS), or NULL */
    const char *signature; /* MC_NAME_FUNCTION/CLASS: "def f(a, b=1)", "class C(B)" */
} McNameInfo;

/* The name at byte `offset` of the analysed text: a use, an assignment
 * target, a def/class name, a parameter or an import alias. Returns 0 when
 * there is none. Strings are allocated in a; types come from prog (mc_analysis_program) when given. */
int mc_name_at(McArena *a, McAnalysis *an, McProgram *prog, uint32_t offset, McNameInfo *out);

/* The span of the name a def, class or parameter binds (the AST keeps the
 * span of the whole definition); an empty span if it cannot be found. */
McSpan mc_def_name_span(const McSource *src, const McNode *n);

/* "def f(a, b=1) -> int" / "class C(B)": the header of a definition up to
 * its colon, line breaks and runs of blanks made single spaces (in a). */
const char *mc_def_header(McArena *a, const McSource *src, const McNode *def);

/* The name of an McType ("int", "str", ...), or NULL for T_ANY. */
const char *mc_type_name(int type);

#endif
