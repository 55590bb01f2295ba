/* lsp_docs.c — open documents: text synchronisation (didOpen, incremental
 * didChange applied to the text and to the tree-sitter tree, didClose,
 * didSave), running the shared analysis when a document is stale, and its
 * diagnostics, pushed when due (debounced while typing) or pulled. */
#include "lsp_server.h"
#include "mc_caps.h"
#include "mc_manifest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Larger documents are not analysed (their diagnostics say nothing). */
#define MAX_ANALYSED ((size_t)128 * 1024 * 1024)
/* Nor kept: byte offsets are 32-bit everywhere. */
#define MAX_TEXT ((size_t)1024 * 1024 * 1024)

/* ---- URIs ----------------------------------------------------------------- */

static int hex(char c)
{
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

/* file:///dir/a%20b.py -> /dir/a b.py. Other schemes (untitled:) keep the
 * URI as their path: imports are then looked for beside nothing. */
static char *uri_to_path(const char *uri)
{
    if (strncmp(uri, "file://", 7)) return strdup(uri);
    const char *p = uri + 7;
    if (*p != '/') p = strchr(p, '/') ? strchr(p, '/') : p + strlen(p); /* file://host/path */
    char *out = malloc(strlen(p) + 1), *o = out;
    if (!out) return NULL;
    for (; *p; p++) {
        if (*p == '%' && hex(p[1]) >= 0 && hex(p[2]) >= 0 && (hex(p[1]) || hex(p[2]))) {
            *o++ = (char)(hex(p[1]) * 16 + hex(p[2]));
            p += 2;
        } else {
            *o++ = *p;
        }
    }
    *o = 0;
    return out;
}

/* ---- the document list ---------------------------------------------------- */

static LspDoc *find_doc(LspServer *s, const char *uri)
{
    for (LspDoc *d = s->docs; d; d = d->next)
        if (!strcmp(d->uri, uri)) return d;
    return NULL;
}

LspDoc *lsp_doc_of(LspServer *s, const cJSON *params, LspError *e)
{
    const char *uri = lsp_str(lsp_obj(params, "textDocument"), "uri");
    if (!uri) return lsp_fail(e, LSP_INVALID_PARAMS, "textDocument.uri is missing");
    return find_doc(s, uri);
}

static void free_doc(LspDoc *d)
{
    free(d->uri);
    free(d->path);
    lsp_text_free(&d->text);
    if (d->tree) ts_tree_delete(d->tree);
    mc_arena_free(d->arena);
    free(d);
}

static void unlink_doc(LspServer *s, LspDoc *d)
{
    for (LspDoc **p = &s->docs; *p; p = &(*p)->next)
        if (*p == d) {
            *p = d->next;
            return;
        }
}

void lsp_docs_free(LspServer *s)
{
    while (s->docs) {
        LspDoc *d = s->docs;
        s->docs = d->next;
        free_doc(d);
    }
}

static void schedule(LspServer *s, LspDoc *d, int delay_ms)
{
    d->stale = 1;
    d->publish_at = s->push ? lsp_now_ms() + delay_ms : -1;
}

void lsp_docs_recheck_all(LspServer *s)
{
    for (LspDoc *d = s->docs; d; d = d->next) schedule(s, d, 0);
}

/* ---- analysis ------------------------------------------------------------- */

/* What `molt check` applies to this file from its manifest — the one the
 * client named (like `molt check --capabilities`), else the one beside the
 * file: the capability check against its grants, then its "diagnostics"
 * settings. Without a manifest: zero authority and the default settings. A
 * manifest that cannot be used is logged, and the defaults apply. */
static const MdSettings *apply_manifest(LspServer *s, McArena *a, LspDoc *d, MdList *diags)
{
    const char *mpath = s->manifest ? s->manifest : d->path ? mc_manifest_beside(a, d->path) : NULL;
    McManifest *m = mc_alloc(a, sizeof *m);
    mc_manifest_init(m);
    char *err = NULL;
    if (mpath && mc_manifest_load(a, mpath, m, &err) < 0) {
        lsp_log(s, LSP_LOG_WARNING, "%s", err ? err : "unusable manifest");
        return NULL;
    }
    mc_check_capabilities(d->an.module, mc_manifest_granted(m), mpath, diags);
    if (!mpath) return NULL;
    MdSettings *out = mc_alloc(a, sizeof *out);
    md_settings_combine(a, &m->diagnostics, NULL, out);
    return out;
}

void lsp_doc_analyze(LspServer *s, LspDoc *d)
{
    if (!d->stale) return;
    McArena *a = mc_arena_new();
    MdList diags;
    md_list_init(&diags, a);
    McAnalysis an = {0};
    if (d->text.len <= MAX_ANALYSED) {
        McSource *src = mc_source_from_text(a, d->path, d->text.s, d->text.len);
        McParseState ps = {s->parser, d->tree};
        mc_analyze(a, src, "__main__", &ps, &diags, &an);
        s->parser = ps.parser; /* created on first use, then shared */
        d->tree = ps.tree;
        d->an = an; /* apply_manifest reads the module */
        md_apply(&diags, src, apply_manifest(s, a, d, &diags));
        md_sort(&diags);
    } else {
        lsp_log(s, LSP_LOG_WARNING, "%s is too large to analyse", d->uri);
    }
    mc_arena_free(d->arena);
    d->arena = a;
    d->an = an;
    d->diags = diags;
    d->nerrors = md_count_errors(&diags);
    d->generation++;
    d->stale = 0;
}

/* ---- diagnostics as LSP sees them ----------------------------------------- */

static cJSON *pos_json(LspPos p)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "line", p.line);
    cJSON_AddNumberToObject(o, "character", p.character);
    return o;
}

cJSON *lsp_range_json(LspServer *s, LspDoc *d, uint32_t start, uint32_t end)
{
    cJSON *r = cJSON_CreateObject();
    cJSON_AddItemToObject(r, "start", pos_json(lsp_pos_of(&d->text, start, s->enc)));
    cJSON_AddItemToObject(r, "end", pos_json(lsp_pos_of(&d->text, end < start ? start : end, s->enc)));
    return r;
}

/* docs/diagnostics.md#u201-dynamic-code: the anchor Markdown renderers
 * give the heading "## U201 dynamic-code". */
void lsp_doc_href(LspServer *s, MdCodeId id, char *buf, size_t size)
{
    snprintf(buf, size, "%s#%s-%s", s->docs_url, md_codes[id].code, md_codes[id].name);
    for (char *p = strrchr(buf, '#'); p && *p; p++)
        if (*p >= 'A' && *p <= 'Z') *p += 32;
}

/* "message\nhint: hint": a diagnostic says what is wrong and what to do. */
char *lsp_diag_message(const MdDiag *diag)
{
    const char *hint = diag->hint ? diag->hint : "";
    size_t n = strlen(diag->message) + strlen(hint) + 8;
    char *m = malloc(n);
    if (m) snprintf(m, n, "%s%s%s", diag->message, *hint ? "\nhint: " : "", hint);
    return m;
}

cJSON *lsp_diag_json(LspServer *s, LspDoc *d, const MdDiag *diag)
{
    static const int severity[] = {[MD_ERROR] = 1, [MD_WARNING] = 2, [MD_INFO] = 3, [MD_HINT] = 4};
    cJSON *o = cJSON_CreateObject();
    cJSON_AddItemToObject(o, "range", lsp_range_json(s, d, diag->span.start, diag->span.end));
    cJSON_AddNumberToObject(o, "severity", severity[diag->severity]);
    cJSON_AddStringToObject(o, "code", md_codes[diag->id].code);
    char href[1024];
    lsp_doc_href(s, diag->id, href, sizeof href);
    cJSON_AddStringToObject(cJSON_AddObjectToObject(o, "codeDescription"), "href", href);
    cJSON_AddStringToObject(o, "source", "molt");
    char *msg = lsp_diag_message(diag);
    cJSON_AddStringToObject(o, "message", msg ? msg : diag->message);
    free(msg);
    return o;
}

static cJSON *diags_json(LspServer *s, LspDoc *d)
{
    cJSON *arr = cJSON_CreateArray();
    for (int i = 0; i < d->diags.n; i++) cJSON_AddItemToArray(arr, lsp_diag_json(s, d, &d->diags.items[i]));
    return arr;
}

static void publish(LspServer *s, const char *uri, int version, cJSON *diagnostics)
{
    cJSON *p = cJSON_CreateObject();
    cJSON_AddStringToObject(p, "uri", uri);
    if (version >= 0) cJSON_AddNumberToObject(p, "version", version);
    cJSON_AddItemToObject(p, "diagnostics", diagnostics);
    lsp_notify(s, "textDocument/publishDiagnostics", p);
}

void lsp_publish_due(LspServer *s)
{
    long long now = lsp_now_ms();
    for (LspDoc *d = s->docs; d && !s->done; d = d->next) {
        if (d->publish_at < 0 || d->publish_at > now) continue;
        d->publish_at = -1;
        lsp_doc_analyze(s, d);
        publish(s, d->uri, d->version, diags_json(s, d));
    }
}

long long lsp_next_deadline(LspServer *s)
{
    long long due = -1;
    for (LspDoc *d = s->docs; d; d = d->next)
        if (d->publish_at >= 0 && (due < 0 || d->publish_at < due)) due = d->publish_at;
    return due;
}

cJSON *lsp_pull_diagnostics(LspServer *s, cJSON *params, LspError *e)
{
    LspDoc *d = lsp_doc_of(s, params, e);
    if (!d) return e->code ? NULL : lsp_fail(e, LSP_INVALID_PARAMS, "the document is not open");
    lsp_doc_analyze(s, d);
    char id[32];
    snprintf(id, sizeof id, "%lu", d->generation);
    cJSON *r = cJSON_CreateObject();
    const char *previous = lsp_str(params, "previousResultId");
    if (previous && !strcmp(previous, id)) {
        cJSON_AddStringToObject(r, "kind", "unchanged");
        cJSON_AddStringToObject(r, "resultId", id);
        return r;
    }
    cJSON_AddStringToObject(r, "kind", "full");
    cJSON_AddStringToObject(r, "resultId", id);
    cJSON_AddItemToObject(r, "items", diags_json(s, d));
    return r;
}

/* ---- text synchronisation ------------------------------------------------- */

cJSON *lsp_did_open(LspServer *s, cJSON *params, LspError *e)
{
    const cJSON *td = lsp_obj(params, "textDocument");
    const char *uri = lsp_str(td, "uri"), *text = lsp_str(td, "text");
    if (!uri || !text) return lsp_fail(e, LSP_INVALID_PARAMS, "textDocument.uri and textDocument.text are required");
    LspDoc *d = find_doc(s, uri);
    if (d) { /* opened twice: the client's text wins */
        unlink_doc(s, d);
        free_doc(d);
    }
    d = calloc(1, sizeof *d);
    char *path = uri_to_path(uri);
    if (!d || !path) {
        free(d);
        free(path);
        return lsp_fail(e, LSP_INTERNAL_ERROR, "out of memory");
    }
    d->uri = strdup(uri);
    d->path = path;
    uint32_t version = 0;
    d->version = lsp_uint(td, "version", &version) && version <= 0x7fffffff ? (int)version : 0;
    lsp_text_set(&d->text, text, strlen(text));
    d->next = s->docs;
    s->docs = d;
    schedule(s, d, 0); /* opening is not typing: no debounce */
    return NULL;
}

/* Applies one TextDocumentContentChangeEvent: a range and its new text,
 * or (without a range) the whole new text. */
static void apply_change(LspServer *s, LspDoc *d, const cJSON *change)
{
    const char *text = lsp_str(change, "text");
    if (!text) {
        lsp_log(s, LSP_LOG_ERROR, "didChange for %s: a change without text was ignored", d->uri);
        return;
    }
    const cJSON *range = cJSON_GetObjectItemCaseSensitive(change, "range");
    if (!range) {
        lsp_text_set(&d->text, text, strlen(text));
        if (d->tree) ts_tree_delete(d->tree); /* nothing of it is reusable */
        d->tree = NULL;
        return;
    }
    LspPos p0, p1;
    if (!lsp_get_range(range, &p0, &p1)) {
        lsp_log(s, LSP_LOG_ERROR, "didChange for %s: a change with a malformed range was ignored", d->uri);
        return;
    }
    int c0 = 0, c1 = 0;
    uint32_t start = lsp_offset_of(&d->text, p0, s->enc, &c0), end = lsp_offset_of(&d->text, p1, s->enc, &c1);
    if (c0 || c1)
        lsp_log(s, LSP_LOG_WARNING, "didChange for %s: range %u:%u-%u:%u is outside the text; clamped to it", d->uri,
                p0.line, p0.character, p1.line, p1.character);
    if (end < start) {
        lsp_log(s, LSP_LOG_WARNING, "didChange for %s: range ends before it starts; swapped", d->uri);
        uint32_t t = start;
        start = end;
        end = t;
    }
    size_t n = strlen(text);
    if (d->text.len - (end - start) + n > MAX_TEXT) { /* offsets are 32-bit */
        lsp_log(s, LSP_LOG_ERROR, "didChange for %s: the document would exceed %zu MiB; change ignored", d->uri,
                MAX_TEXT >> 20);
        return;
    }
    TSInputEdit edit;
    lsp_text_replace(&d->text, start, end, text, n, &edit);
    if (d->tree) ts_tree_edit(d->tree, &edit);
}

cJSON *lsp_did_change(LspServer *s, cJSON *params, LspError *e)
{
    LspDoc *d = lsp_doc_of(s, params, e);
    if (!d) return e->code ? NULL : lsp_fail(e, LSP_INVALID_PARAMS, "the document is not open");
    const cJSON *changes = cJSON_GetObjectItemCaseSensitive(params, "contentChanges");
    if (!cJSON_IsArray(changes)) return lsp_fail(e, LSP_INVALID_PARAMS, "contentChanges must be an array");
    const cJSON *c;
    cJSON_ArrayForEach(c, changes) apply_change(s, d, c);
    uint32_t version;
    if (lsp_uint(lsp_obj(params, "textDocument"), "version", &version) && version <= 0x7fffffff)
        d->version = (int)version;
    schedule(s, d, s->debounce_ms);
    return NULL;
}

cJSON *lsp_did_close(LspServer *s, cJSON *params, LspError *e)
{
    LspDoc *d = lsp_doc_of(s, params, e);
    if (!d) return e->code ? NULL : lsp_fail(e, LSP_INVALID_PARAMS, "the document is not open");
    if (s->push) publish(s, d->uri, -1, cJSON_CreateArray()); /* an editor keeps what it was last told */
    unlink_doc(s, d);
    free_doc(d);
    return NULL;
}

cJSON *lsp_did_save(LspServer *s, cJSON *params, LspError *e)
{
    LspDoc *d = lsp_doc_of(s, params, e);
    if (!d) return e->code ? NULL : lsp_fail(e, LSP_INVALID_PARAMS, "the document is not open");
    schedule(s, d, 0); /* imports beside it may have changed too */
    return NULL;
}
