/* lsp_features.c — the requests an editor makes about a document's
 * content: hover (what a name is, its inferred type, the diagnostics
 * there), document symbols (the outline) and code actions (the quick fix
 * that suppresses a diagnostic on its line). */
#define _GNU_SOURCE /* memmem */
#include "lsp_server.h"
#include "mc_guards.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- a growable string ---------------------------------------------------- */

typedef struct Str {
    char *p;
    size_t n, cap;
} Str;

static void str_addf(Str *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void str_addf(Str *s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (k < 0) return;
    if (s->n + (size_t)k + 1 > s->cap) {
        size_t cap = (s->n + (size_t)k + 1) * 2;
        char *p = realloc(s->p, cap);
        if (!p) return;
        s->p = p;
        s->cap = cap;
    }
    va_start(ap, fmt);
    vsnprintf(s->p + s->n, (size_t)k + 1, fmt, ap);
    va_end(ap);
    s->n += (size_t)k;
}

/* ---- hover ---------------------------------------------------------------- */

static const char *kind_label(const McNameInfo *ni)
{
    switch (ni->kind) {
    case MC_NAME_LOCAL:
    case MC_NAME_GLOBAL:
        return "variable";
    case MC_NAME_PARAM:
        return "parameter";
    case MC_NAME_BUILTIN:
        return "builtin";
    case MC_NAME_IMPORT:
        return "module";
    case MC_NAME_FUNCTION:
        return ni->def && ni->def->sym && ni->def->sym->kind == SYM_CLASS ? "method" : "function";
    case MC_NAME_CLASS:
        return "class";
    case MC_NAME_CLASS_ATTR:
        return "class attribute";
    case MC_NAME_UNDEFINED:
        return "undefined";
    case MC_NAME_ATTRIBUTE:
        return "attribute";
    }
    return "name";
}

static int has_type_line(McNameKind k)
{
    return k == MC_NAME_LOCAL || k == MC_NAME_GLOBAL || k == MC_NAME_PARAM || k == MC_NAME_CLASS_ATTR;
}

/* The code block and the sentence that say what the name is. */
static void describe_name(Str *md, const McNameInfo *ni, const McProgram *prog)
{
    str_addf(md, "```python\n(%s) ", kind_label(ni));
    if (ni->signature)
        str_addf(md, "%s", ni->signature);
    else if (ni->kind == MC_NAME_IMPORT && ni->module && strcmp(ni->module, ni->name))
        str_addf(md, "%s  # %s", ni->name, ni->module);
    else
        str_addf(md, "%s", ni->name);
    if (ni->type) str_addf(md, ": %s", ni->type);
    str_addf(md, "\n```\n");
    const char *scope = ni->scope && *ni->scope && strcmp(ni->scope, "<module>") ? ni->scope : NULL; /* NULL: module */
    switch (ni->kind) {
    case MC_NAME_LOCAL:
        str_addf(md, "Local variable of `%s`.", scope ? scope : "?");
        break;
    case MC_NAME_GLOBAL:
        str_addf(md, "Global variable of the module.");
        break;
    case MC_NAME_PARAM:
        str_addf(md, "Parameter of `%s`.", scope ? scope : "?");
        break;
    case MC_NAME_BUILTIN:
        str_addf(md, "Builtin, provided by molt's runtime.");
        break;
    case MC_NAME_UNDEFINED:
        str_addf(md, "Not bound in this module, and not a builtin molt provides.");
        break;
    case MC_NAME_IMPORT:
        str_addf(md, "Imported: `%s`.", ni->module ? ni->module : ni->name);
        break;
    case MC_NAME_ATTRIBUTE:
        str_addf(md, "Attribute, looked up at run time.");
        break;
    case MC_NAME_CLASS_ATTR:
        str_addf(md, "Class attribute of `%s`.", scope ? scope : "?");
        break;
    default:
        if (scope) str_addf(md, "Defined in `%s`.", scope);
        break;
    }
    if (has_type_line(ni->kind) && !ni->type)
        str_addf(md, prog ? " Its type is not known to the compiler (it stays a boxed object)."
                          : " Types are inferred once the file has no errors.");
    if (ni->def && ni->def->docstring) str_addf(md, "\n\n%s", ni->def->docstring);
}

static void describe_diag(LspServer *s, Str *md, const MdDiag *diag)
{
    char href[1024];
    lsp_doc_href(s, diag->id, href, sizeof href);
    str_addf(md, "%s**%s** %s", md->n ? "\n\n---\n\n" : "", md_codes[diag->id].code, diag->message);
    if (diag->hint) str_addf(md, "\n\n*hint:* %s", diag->hint);
    str_addf(md, "\n\n[%s %s](%s)", md_codes[diag->id].code, md_codes[diag->id].name, href);
}

static int diag_covers(const MdDiag *diag, uint32_t off) { return diag->span.start <= off && off <= diag->span.end; }

/* What the release build pays at run time for the expressions under the
 * cursor (the G4xx guard costs, read from the optimised IR). */
static void describe_guards(LspServer *s, LspDoc *d, uint32_t off, Str *md)
{
    McProgram *rel = mc_analysis_release(d->arena, &d->an, d->nerrors > 0);
    if (!rel) return;
    MdList g;
    md_list_init(&g, d->arena);
    mc_guard_report_at(rel, d->an.src, off, &g);
    for (int i = 0; i < g.n; i++) describe_diag(s, md, &g.items[i]);
}

cJSON *lsp_hover(LspServer *s, cJSON *params, LspError *e)
{
    LspDoc *d = lsp_doc_of(s, params, e);
    LspPos pos;
    if (!lsp_get_pos(lsp_obj(params, "position"), &pos))
        return lsp_fail(e, LSP_INVALID_PARAMS, "position must be {line, character} with non-negative integers");
    if (!d) return NULL; /* not open: nothing to say */
    lsp_doc_analyze(s, d);
    if (!d->an.module) return NULL;
    uint32_t off = lsp_offset_of(&d->text, pos, s->enc, NULL);
    McProgram *prog = mc_analysis_program(d->arena, &d->an, d->nerrors > 0);
    McNameInfo ni;
    int have_name = mc_name_at(d->arena, &d->an, prog, off, &ni);
    Str md = {0};
    uint32_t r0 = 0, r1 = 0;
    if (have_name) {
        describe_name(&md, &ni, prog);
        r0 = ni.span.start;
        r1 = ni.span.end;
    }
    for (int i = 0; i < d->diags.n; i++) {
        const MdDiag *diag = &d->diags.items[i];
        if (!diag_covers(diag, off)) continue;
        if (!md.n) {
            r0 = diag->span.start;
            r1 = diag->span.end;
        }
        describe_diag(s, &md, diag);
    }
    describe_guards(s, d, off, &md);
    if (!md.n) return NULL;
    cJSON *h = cJSON_CreateObject();
    cJSON *contents = cJSON_AddObjectToObject(h, "contents");
    cJSON_AddStringToObject(contents, "kind", "markdown");
    cJSON_AddStringToObject(contents, "value", md.p);
    cJSON_AddItemToObject(h, "range", lsp_range_json(s, d, r0, r1));
    free(md.p);
    return h;
}

/* ---- document symbols ----------------------------------------------------- */

/* SymbolKind values of LSP 3.17. */
enum { SK_CLASS = 5, SK_METHOD = 6, SK_FIELD = 8, SK_FUNCTION = 12, SK_VARIABLE = 13, SK_CONSTANT = 14 };

enum { IN_MODULE, IN_CLASS, IN_FUNCTION };

typedef struct Outline {
    LspServer *s;
    LspDoc *d;
    McArena *scratch; /* this request's strings */
} Outline;

static cJSON *symbol(Outline *o, const char *name, int kind, McSpan range, McSpan sel)
{
    cJSON *sym = cJSON_CreateObject();
    cJSON_AddStringToObject(sym, "name", name);
    cJSON_AddNumberToObject(sym, "kind", kind);
    cJSON_AddItemToObject(sym, "range", lsp_range_json(o->s, o->d, range.start, range.end));
    cJSON_AddItemToObject(sym, "selectionRange", lsp_range_json(o->s, o->d, sel.start, sel.end));
    return sym;
}

static int is_constant_name(const char *name)
{
    int upper = 0;
    for (const char *p = name; *p; p++) {
        if (*p >= 'a' && *p <= 'z') return 0;
        upper |= *p >= 'A' && *p <= 'Z';
    }
    return upper;
}

/* The names already listed in one container. Names are interned, so a
 * pointer set will do; it keeps big modules linear. */
typedef struct NameSet {
    const char **slots;
    size_t n, cap;
} NameSet;

static int name_set_add(NameSet *set, const char *name)
{
    if ((set->n + 1) * 2 > set->cap) {
        size_t cap = set->cap ? set->cap * 2 : 64;
        const char **slots = calloc(cap, sizeof *slots);
        if (!slots) return 1; /* out of memory: list it twice rather than fail */
        for (size_t i = 0; i < set->cap; i++) {
            if (!set->slots[i]) continue;
            size_t j = ((uintptr_t)set->slots[i] >> 4) & (cap - 1);
            while (slots[j]) j = (j + 1) & (cap - 1);
            slots[j] = set->slots[i];
        }
        free(set->slots);
        set->slots = slots;
        set->cap = cap;
    }
    size_t j = ((uintptr_t)name >> 4) & (set->cap - 1);
    for (; set->slots[j]; j = (j + 1) & (set->cap - 1))
        if (set->slots[j] == name) return 0;
    set->slots[j] = name;
    set->n++;
    return 1;
}

/* The names an assignment binds, once each per container. */
static void add_targets(Outline *o, cJSON *arr, NameSet *seen, const McNode *stmt, const McNode *t, int where)
{
    if (!t) return;
    if (t->kind == N_TUPLE || t->kind == N_LIST) {
        for (int i = 0; i < t->list.n; i++) add_targets(o, arr, seen, stmt, t->list.items[i], where);
    } else if (t->kind == N_STAR) {
        add_targets(o, arr, seen, stmt, t->a, where);
    } else if (t->kind == N_NAME && t->name && name_set_add(seen, t->name)) {
        int kind = where == IN_CLASS ? SK_FIELD : is_constant_name(t->name) ? SK_CONSTANT : SK_VARIABLE;
        cJSON_AddItemToArray(arr, symbol(o, t->name, kind, stmt->span, t->span));
    }
}

static void add_symbols(Outline *o, cJSON *arr, NameSet *seen, const McNodeList *body, int where, int depth);

static void add_definition(Outline *o, cJSON *arr, const McNode *n, int where, int depth)
{
    int is_class = n->kind == N_CLASSDEF;
    int kind = is_class ? SK_CLASS : where == IN_CLASS ? SK_METHOD : SK_FUNCTION;
    McSpan sel = mc_def_name_span(o->d->an.src, n);
    if (sel.end <= sel.start) sel = n->span;
    cJSON *sym = symbol(o, n->name, kind, n->span, sel);
    /* "def f(a, b) -> int": the detail is "(a, b) -> int". */
    const char *header = mc_def_header(o->scratch, o->d->an.src, n);
    const char *after = header ? strchr(header, ' ') : NULL;
    size_t len = strlen(n->name);
    if (after && !strncmp(after + 1, n->name, len) && after[1 + len])
        cJSON_AddStringToObject(sym, "detail", after + 1 + len);
    cJSON *children = cJSON_CreateArray();
    NameSet seen = {0};
    add_symbols(o, children, &seen, &n->list, is_class ? IN_CLASS : IN_FUNCTION, depth + 1);
    free(seen.slots);
    if (cJSON_GetArraySize(children))
        cJSON_AddItemToObject(sym, "children", children);
    else
        cJSON_Delete(children);
    cJSON_AddItemToArray(arr, sym);
}

/* Definitions anywhere in a body (also inside if/for/try/with), and the
 * variables of modules and classes; a function's locals are not outline. */
static void add_symbols(Outline *o, cJSON *arr, NameSet *seen, const McNodeList *body, int where, int depth)
{
    if (depth > 200) return;
    for (int i = 0; i < body->n; i++) {
        const McNode *n = body->items[i];
        if (!n) continue;
        if ((n->kind == N_FUNCDEF || n->kind == N_CLASSDEF) && n->name) {
            add_definition(o, arr, n, where, depth);
        } else if (n->kind == N_ASSIGN || n->kind == N_ANNASSIGN) {
            if (where == IN_FUNCTION) continue;
            if (n->kind == N_ANNASSIGN) add_targets(o, arr, seen, n, n->a, where);
            for (int k = 0; n->kind == N_ASSIGN && k < n->list.n; k++)
                add_targets(o, arr, seen, n, n->list.items[k], where);
        } else if (n->kind == N_IF || n->kind == N_WHILE || n->kind == N_FOR || n->kind == N_TRY || n->kind == N_WITH ||
                   n->kind == N_EXCEPT) {
            add_symbols(o, arr, seen, &n->list, where, depth + 1);
            add_symbols(o, arr, seen, &n->list2, where, depth + 1);
            add_symbols(o, arr, seen, &n->orelse, where, depth + 1);
            add_symbols(o, arr, seen, &n->finalbody, where, depth + 1);
        }
    }
}

cJSON *lsp_document_symbol(LspServer *s, cJSON *params, LspError *e)
{
    LspDoc *d = lsp_doc_of(s, params, e);
    if (!d) return NULL;
    lsp_doc_analyze(s, d);
    cJSON *arr = cJSON_CreateArray();
    if (!d->an.module || !d->an.module->ast) return arr;
    Outline o = {s, d, mc_arena_new()};
    NameSet seen = {0};
    add_symbols(&o, arr, &seen, &d->an.module->ast->list, IN_MODULE, 0);
    free(seen.slots);
    mc_arena_free(o.scratch);
    return arr;
}

/* ---- code actions --------------------------------------------------------- */

static const char IGNORE[] = "# molt: ignore[";

/* Does the end of the line lie inside a string that goes on (a triple-
 * quoted string spanning lines)? A comment there would become text. */
static int inside_string(const LspDoc *d, uint32_t off)
{
    if (!d->tree) return 0;
    TSNode n = ts_node_descendant_for_byte_range(ts_tree_root_node(d->tree), off, off);
    for (int guard = 0; !ts_node_is_null(n) && guard < 1000; guard++, n = ts_node_parent(n))
        if (!strcmp(ts_node_type(n), "string") && ts_node_start_byte(n) < off && ts_node_end_byte(n) > off) return 1;
    return 0;
}

/* The edit that adds `code` to the line's suppression comment, or a new
 * comment at its end. Returns 0 if the line cannot take one. */
static int ignore_edit(LspDoc *d, uint32_t line, const char *code, uint32_t *at, char *text, size_t size)
{
    uint32_t start, end;
    lsp_text_line(&d->text, line, &start, &end);
    const char *ls = d->text.s + start;
    const char *found = memmem(ls, end - start, IGNORE, sizeof IGNORE - 1);
    if (found) {
        const char *close = memchr(found, ']', (size_t)(d->text.s + end - found));
        if (!close) return 0;
        if (memmem(found, (size_t)(close - found), code, strlen(code))) return 0; /* already there */
        *at = (uint32_t)(close - d->text.s);
        snprintf(text, size, ", %s", code);
        return 1;
    }
    if (inside_string(d, end)) return 0;
    *at = end;
    snprintf(text, size, "%s%s%s]", end > start ? "  " : "", IGNORE, code);
    return 1;
}

/* context.only: the client wants only these kinds (and their sub-kinds). */
static int wants_quickfix(const cJSON *params)
{
    const cJSON *only = cJSON_GetObjectItemCaseSensitive(lsp_obj(params, "context"), "only");
    if (!cJSON_IsArray(only)) return 1;
    const cJSON *k;
    cJSON_ArrayForEach(k, only) if (cJSON_IsString(k) &&
                                    (!strcmp(k->valuestring, "quickfix") || !*k->valuestring)) return 1;
    return 0;
}

static cJSON *ignore_action(LspServer *s, LspDoc *d, const MdDiag *diag, uint32_t at, const char *text)
{
    const char *code = md_codes[diag->id].code;
    cJSON *a = cJSON_CreateObject();
    char title[128];
    snprintf(title, sizeof title, "Ignore %s on this line (# molt: ignore[%s])", code, code);
    cJSON_AddStringToObject(a, "title", title);
    cJSON_AddStringToObject(a, "kind", "quickfix");
    cJSON_AddItemToArray(cJSON_AddArrayToObject(a, "diagnostics"), lsp_diag_json(s, d, diag));
    cJSON *edit = cJSON_CreateObject();
    cJSON_AddItemToObject(edit, "range", lsp_range_json(s, d, at, at));
    cJSON_AddStringToObject(edit, "newText", text);
    cJSON *changes = cJSON_AddObjectToObject(cJSON_AddObjectToObject(a, "edit"), "changes");
    cJSON_AddItemToArray(cJSON_AddArrayToObject(changes, d->uri), edit);
    return a;
}

cJSON *lsp_code_action(LspServer *s, cJSON *params, LspError *e)
{
    LspDoc *d = lsp_doc_of(s, params, e);
    LspPos p0, p1;
    if (!lsp_get_range(lsp_obj(params, "range"), &p0, &p1))
        return lsp_fail(e, LSP_INVALID_PARAMS, "range must be {start, end} positions");
    if (!d) return NULL;
    cJSON *actions = cJSON_CreateArray();
    if (!wants_quickfix(params)) return actions;
    lsp_doc_analyze(s, d);
    uint32_t first = p0.line < p1.line ? p0.line : p1.line, last = p0.line < p1.line ? p1.line : p0.line;
    /* The fix is for a line: offered wherever the cursor is on a line
     * with a diagnostic, once per code. */
    uint32_t prev_line = UINT32_MAX;
    const char *done[MD_NCODES];
    int ndone = 0;
    for (int i = 0; i < d->diags.n; i++) {
        const MdDiag *diag = &d->diags.items[i];
        uint32_t line = lsp_pos_of(&d->text, diag->span.start, s->enc).line;
        uint32_t end_line = lsp_pos_of(&d->text, diag->span.end, s->enc).line;
        if (line > last || end_line < first) continue;
        const char *code = md_codes[diag->id].code;
        if (line != prev_line) ndone = 0;
        prev_line = line;
        int dup = 0;
        for (int k = 0; k < ndone; k++) dup |= done[k] == code;
        uint32_t at;
        char text[64];
        if (dup || !ignore_edit(d, line, code, &at, text, sizeof text)) continue;
        if (ndone < MD_NCODES) done[ndone++] = code;
        cJSON_AddItemToArray(actions, ignore_action(s, d, diag, at, text));
    }
    return actions;
}
