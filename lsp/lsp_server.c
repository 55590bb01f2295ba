/* lsp_server.c — `molt lsp`'s protocol layer: the main loop (read, handle,
 * publish debounced diagnostics), JSON-RPC validation and errors, the
 * lifecycle (initialize, initialized, shutdown, exit), cancellation and
 * dispatch. Everything about Python is asked of compiler/mc_analysis.c. */
#include "lsp.h"
#include "lsp_server.h"

#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#ifndef MOLT_VERSION
#define MOLT_VERSION "dev"
#endif
#ifndef MOLT_DOCS_URL
#define MOLT_DOCS_URL "docs/diagnostics.md"
#endif

/* ---- output --------------------------------------------------------------- */

long long lsp_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void lsp_send(LspServer *s, cJSON *msg)
{
    char *text = cJSON_PrintUnformatted(msg);
    cJSON_Delete(msg);
    if (!text) return;
    if (lsp_write_message(s->out, text, strlen(text)) < 0) {
        /* Nobody is listening any more: nothing useful is left to do. */
        fputs("molt lsp: cannot write to the client; exiting\n", stderr);
        s->done = 1;
        s->exit_code = 1;
    }
    free(text);
}

static cJSON *envelope(void)
{
    cJSON *m = cJSON_CreateObject();
    cJSON_AddStringToObject(m, "jsonrpc", "2.0");
    return m;
}

void lsp_notify(LspServer *s, const char *method, cJSON *params)
{
    cJSON *m = envelope();
    cJSON_AddStringToObject(m, "method", method);
    cJSON_AddItemToObject(m, "params", params);
    lsp_send(s, m);
}

static void respond(LspServer *s, const cJSON *id, cJSON *result)
{
    cJSON *m = envelope();
    cJSON_AddItemToObject(m, "id", id ? cJSON_Duplicate(id, 1) : cJSON_CreateNull());
    cJSON_AddItemToObject(m, "result", result ? result : cJSON_CreateNull());
    lsp_send(s, m);
}

static void respond_error(LspServer *s, const cJSON *id, int code, const char *message)
{
    cJSON *m = envelope();
    cJSON_AddItemToObject(m, "id", id ? cJSON_Duplicate(id, 1) : cJSON_CreateNull());
    cJSON *err = cJSON_AddObjectToObject(m, "error");
    cJSON_AddNumberToObject(err, "code", code);
    cJSON_AddStringToObject(err, "message", message);
    lsp_send(s, m);
}

/* Logs go to stderr always, and to the client once it may receive them
 * (after initialize); stdout carries only the protocol. */
void lsp_log(LspServer *s, int type, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    fprintf(stderr, "molt lsp: %s\n", msg);
    if (s->state == LSP_UNINITIALIZED || type == LSP_LOG_DEBUG) return;
    cJSON *p = cJSON_CreateObject();
    cJSON_AddNumberToObject(p, "type", type);
    cJSON_AddStringToObject(p, "message", msg);
    lsp_notify(s, "window/logMessage", p);
}

void *lsp_fail(LspError *e, int code, const char *fmt, ...)
{
    e->code = code;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->message, sizeof e->message, fmt, ap);
    va_end(ap);
    return NULL;
}

/* ---- parameters ----------------------------------------------------------- */

const char *lsp_str(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

cJSON *lsp_obj(const cJSON *o, const char *key)
{
    cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsObject(v) ? v : NULL;
}

int lsp_uint(const cJSON *o, const char *key, uint32_t *out)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!cJSON_IsNumber(v) || v->valuedouble < 0 || v->valuedouble > 4294967295.0 ||
        v->valuedouble != (double)(uint32_t)v->valuedouble)
        return 0;
    *out = (uint32_t)v->valuedouble;
    return 1;
}

int lsp_get_pos(const cJSON *o, LspPos *p)
{
    return o && lsp_uint(o, "line", &p->line) && lsp_uint(o, "character", &p->character);
}

int lsp_get_range(const cJSON *o, LspPos *start, LspPos *end)
{
    return o && lsp_get_pos(lsp_obj(o, "start"), start) && lsp_get_pos(lsp_obj(o, "end"), end);
}

/* ---- lifecycle ------------------------------------------------------------ */

static int client_offers_utf8(const cJSON *params)
{
    const cJSON *encs =
        cJSON_GetObjectItemCaseSensitive(lsp_obj(lsp_obj(params, "capabilities"), "general"), "positionEncodings");
    const cJSON *e;
    cJSON_ArrayForEach(e, encs) if (cJSON_IsString(e) && !strcmp(e->valuestring, "utf-8")) return 1;
    return 0;
}

static int client_registers_watchers(const cJSON *params)
{
    const cJSON *w = lsp_obj(lsp_obj(lsp_obj(params, "capabilities"), "workspace"), "didChangeWatchedFiles");
    return cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(w, "dynamicRegistration"));
}

/* initializationOptions: {"debounceMs": N, "docsUrl": "...", "pushDiagnostics": bool,
 * "capabilities": "path/to/manifest.json"} — editors pass their molt.capabilities
 * setting as "capabilities"; "" goes back to the manifest beside each file. */
static void read_options(LspServer *s, const cJSON *opts)
{
    uint32_t ms;
    if (lsp_uint(opts, "debounceMs", &ms)) s->debounce_ms = ms > 10000 ? 10000 : (int)ms;
    const char *url = lsp_str(opts, "docsUrl");
    if (url) {
        free(s->docs_url);
        s->docs_url = strdup(url);
    }
    const char *manifest = lsp_str(opts, "capabilities");
    if (manifest) {
        free(s->manifest);
        s->manifest = *manifest ? strdup(manifest) : NULL;
    }
    const cJSON *push = cJSON_GetObjectItemCaseSensitive(opts, "pushDiagnostics");
    if (cJSON_IsBool(push)) s->push = cJSON_IsTrue(push);
}

static cJSON *capabilities(LspServer *s)
{
    cJSON *c = cJSON_CreateObject();
    cJSON_AddStringToObject(c, "positionEncoding", s->enc == LSP_UTF8 ? "utf-8" : "utf-16");
    cJSON *sync = cJSON_AddObjectToObject(c, "textDocumentSync");
    cJSON_AddBoolToObject(sync, "openClose", 1);
    cJSON_AddNumberToObject(sync, "change", 2); /* TextDocumentSyncKind.Incremental */
    cJSON_AddBoolToObject(cJSON_AddObjectToObject(sync, "save"), "includeText", 0);
    cJSON_AddBoolToObject(c, "hoverProvider", 1);
    cJSON_AddBoolToObject(c, "documentSymbolProvider", 1);
    cJSON *ca = cJSON_AddObjectToObject(c, "codeActionProvider");
    cJSON *kinds = cJSON_AddArrayToObject(ca, "codeActionKinds");
    cJSON_AddItemToArray(kinds, cJSON_CreateString("quickfix"));
    cJSON *diag = cJSON_AddObjectToObject(c, "diagnosticProvider");
    cJSON_AddStringToObject(diag, "identifier", "molt");
    cJSON_AddBoolToObject(diag, "interFileDependencies", 1); /* imports are checked against the disk */
    cJSON_AddBoolToObject(diag, "workspaceDiagnostics", 0);
    return c;
}

static cJSON *on_initialize(LspServer *s, cJSON *params, LspError *e)
{
    if (s->state != LSP_UNINITIALIZED) return lsp_fail(e, LSP_INVALID_REQUEST, "initialize may only be sent once");
    s->enc = client_offers_utf8(params) ? LSP_UTF8 : LSP_UTF16;
    s->can_register_watchers = client_registers_watchers(params);
    read_options(s, lsp_obj(params, "initializationOptions"));
    cJSON *r = cJSON_CreateObject();
    cJSON_AddItemToObject(r, "capabilities", capabilities(s));
    cJSON *info = cJSON_AddObjectToObject(r, "serverInfo");
    cJSON_AddStringToObject(info, "name", "molt");
    cJSON_AddStringToObject(info, "version", MOLT_VERSION);
    return r;
}

/* Asks the client to tell us when .py files change on disk: imports are
 * resolved against them. */
static cJSON *on_initialized(LspServer *s, cJSON *params, LspError *e)
{
    if (!s->can_register_watchers) return NULL;
    cJSON *m = envelope();
    cJSON_AddStringToObject(m, "method", "client/registerCapability");
    char id[32];
    snprintf(id, sizeof id, "molt-%d", ++s->next_own_id);
    cJSON_AddStringToObject(m, "id", id);
    cJSON *reg = cJSON_CreateObject();
    cJSON_AddStringToObject(reg, "id", "molt-watch-py");
    cJSON_AddStringToObject(reg, "method", "workspace/didChangeWatchedFiles");
    cJSON *watchers = cJSON_AddArrayToObject(cJSON_AddObjectToObject(reg, "registerOptions"), "watchers");
    cJSON *w = cJSON_CreateObject();
    cJSON_AddStringToObject(w, "globPattern", "**/*.py");
    cJSON_AddItemToArray(watchers, w);
    cJSON *regs = cJSON_AddArrayToObject(cJSON_AddObjectToObject(m, "params"), "registrations");
    cJSON_AddItemToArray(regs, reg);
    lsp_send(s, m);
    return NULL;
}

static cJSON *on_shutdown(LspServer *s, cJSON *params, LspError *e)
{
    s->state = LSP_SHUT_DOWN;
    return NULL;
}

static cJSON *on_exit_notification(LspServer *s, cJSON *params, LspError *e)
{
    s->exit_code = s->state == LSP_SHUT_DOWN ? 0 : 1;
    s->done = 1;
    return NULL;
}

/* Cancellation is noted when the batch of messages is read (see
 * note_cancellations); here there is nothing left to do. */
static cJSON *on_cancel(LspServer *s, cJSON *params, LspError *e) { return NULL; }

static cJSON *on_configuration(LspServer *s, cJSON *params, LspError *e)
{
    read_options(s, lsp_obj(lsp_obj(params, "settings"), "molt"));
    lsp_docs_recheck_all(s);
    return NULL;
}

static cJSON *on_watched_files(LspServer *s, cJSON *params, LspError *e)
{
    lsp_docs_recheck_all(s);
    return NULL;
}

/* ---- dispatch ------------------------------------------------------------- */

typedef cJSON *(*Handler)(LspServer *s, cJSON *params, LspError *e);

typedef struct Method {
    const char *name;
    Handler fn;
    int is_request;
} Method;

static const Method methods[] = {
    {"initialize", on_initialize, 1},
    {"initialized", on_initialized, 0},
    {"shutdown", on_shutdown, 1},
    {"exit", on_exit_notification, 0},
    {"$/cancelRequest", on_cancel, 0},
    {"textDocument/didOpen", lsp_did_open, 0},
    {"textDocument/didChange", lsp_did_change, 0},
    {"textDocument/didClose", lsp_did_close, 0},
    {"textDocument/didSave", lsp_did_save, 0},
    {"textDocument/diagnostic", lsp_pull_diagnostics, 1},
    {"textDocument/hover", lsp_hover, 1},
    {"textDocument/documentSymbol", lsp_document_symbol, 1},
    {"textDocument/codeAction", lsp_code_action, 1},
    {"workspace/didChangeConfiguration", on_configuration, 0},
    {"workspace/didChangeWatchedFiles", on_watched_files, 0},
};

static const Method *find_method(const char *name)
{
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
        if (!strcmp(methods[i].name, name)) return &methods[i];
    return NULL;
}

static int same_id(const cJSON *a, const cJSON *b)
{
    if (cJSON_IsNumber(a) && cJSON_IsNumber(b)) return a->valuedouble == b->valuedouble;
    return cJSON_IsString(a) && cJSON_IsString(b) && !strcmp(a->valuestring, b->valuestring);
}

/* Was the request with this id cancelled? (Forgets it: ids are not reused.) */
static int take_cancelled(LspServer *s, const cJSON *id)
{
    int i = 0;
    const cJSON *c;
    cJSON_ArrayForEach(c, s->cancelled)
    {
        if (same_id(c, id)) {
            cJSON_DeleteItemFromArray(s->cancelled, i);
            return 1;
        }
        i++;
    }
    return 0;
}

static void handle_request(LspServer *s, const Method *m, const char *method, const cJSON *id, cJSON *params)
{
    if (take_cancelled(s, id)) return respond_error(s, id, LSP_REQUEST_CANCELLED, "the request was cancelled");
    if (s->state == LSP_UNINITIALIZED && strcmp(method, "initialize"))
        return respond_error(s, id, LSP_SERVER_NOT_INITIALIZED, "the server has not been initialized");
    if (s->state == LSP_SHUT_DOWN)
        return respond_error(s, id, LSP_INVALID_REQUEST, "the server is shutting down: only exit is accepted");
    if (!m || !m->is_request) {
        char msg[300];
        snprintf(msg, sizeof msg, "unknown method '%.200s'", method);
        return respond_error(s, id, LSP_METHOD_NOT_FOUND, msg);
    }
    LspError e = {0};
    cJSON *result = m->fn(s, params, &e);
    if (e.code) {
        cJSON_Delete(result);
        return respond_error(s, id, e.code, e.message);
    }
    int was_initialize = m->fn == on_initialize;
    respond(s, id, result);
    if (was_initialize) {
        s->state = LSP_RUNNING;
        lsp_log(s, LSP_LOG_INFO, "molt %s ready (positions in %s, diagnostics debounced %d ms)", MOLT_VERSION,
                s->enc == LSP_UTF8 ? "UTF-8" : "UTF-16", s->debounce_ms);
    }
}

static void handle_notification(LspServer *s, const Method *m, const char *method, cJSON *params)
{
    if (m && m->fn == on_exit_notification) {
        on_exit_notification(s, params, NULL);
        return;
    }
    /* Before initialize and after shutdown, notifications other than exit
     * are dropped (LSP 3.17, "initialize" and "shutdown"). Unknown ones,
     * $/ or not, are ignored. */
    if (s->state != LSP_RUNNING || !m || m->is_request) {
        if (!m && strncmp(method, "$/", 2)) lsp_log(s, LSP_LOG_DEBUG, "ignored notification '%.200s'", method);
        return;
    }
    LspError e = {0};
    cJSON *r = m->fn(s, params, &e);
    cJSON_Delete(r);
    if (e.code) lsp_log(s, LSP_LOG_WARNING, "%s: %s", method, e.message);
}

/* JSON-RPC 2.0's rules for a request object, as LSP uses them. */
static void handle_message(LspServer *s, cJSON *msg)
{
    if (!cJSON_IsObject(msg))
        return respond_error(s, NULL, LSP_INVALID_REQUEST,
                             "a message must be a JSON object (batches are not used by LSP)");
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(msg, "id");
    if (id && !cJSON_IsNumber(id) && !cJSON_IsString(id))
        return respond_error(s, NULL, LSP_INVALID_REQUEST, "'id' must be a number or a string");
    const cJSON *method = cJSON_GetObjectItemCaseSensitive(msg, "method");
    if (!method && id && (cJSON_HasObjectItem(msg, "result") || cJSON_HasObjectItem(msg, "error")))
        return; /* a response to one of our requests (client/registerCapability) */
    const char *version = lsp_str(msg, "jsonrpc");
    if (!version || strcmp(version, "2.0"))
        return respond_error(s, id, LSP_INVALID_REQUEST, "'jsonrpc' must be \"2.0\"");
    if (!cJSON_IsString(method)) return respond_error(s, id, LSP_INVALID_REQUEST, "'method' must be a string");
    cJSON *params = cJSON_GetObjectItemCaseSensitive(msg, "params");
    if (params && !cJSON_IsObject(params) && !cJSON_IsArray(params)) {
        if (id) return respond_error(s, id, LSP_INVALID_REQUEST, "'params' must be an object or an array");
        lsp_log(s, LSP_LOG_WARNING, "%.200s: 'params' must be an object or an array", method->valuestring);
        return;
    }
    const Method *m = find_method(method->valuestring);
    if (id)
        handle_request(s, m, method->valuestring, id, params);
    else
        handle_notification(s, m, method->valuestring, params);
}

/* ---- main loop ------------------------------------------------------------ */

/* A $/cancelRequest read in the same batch as its request reaches it
 * before the request runs: requests are answered in order, so this is
 * where cancelling can help. */
static void note_cancellations(LspServer *s, cJSON **batch, int n)
{
    for (int i = 0; i < n; i++) {
        const char *method = lsp_str(batch[i], "method");
        if (!method || strcmp(method, "$/cancelRequest") || cJSON_HasObjectItem(batch[i], "id")) continue;
        const cJSON *id = cJSON_GetObjectItemCaseSensitive(lsp_obj(batch[i], "params"), "id");
        if (!cJSON_IsNumber(id) && !cJSON_IsString(id)) continue;
        for (int k = 0; k < i; k++) /* only requests still waiting in this batch */
            if (same_id(cJSON_GetObjectItemCaseSensitive(batch[k], "id"), id) && lsp_str(batch[k], "method")) {
                cJSON_AddItemToArray(s->cancelled, cJSON_Duplicate(id, 1));
                break;
            }
    }
}

enum { MAX_BATCH = 256 };

/* Reads every complete message already buffered (up to MAX_BATCH). A
 * malformed header or invalid JSON is answered at once with the error the
 * spec names. Returns -1 at the end of the input. */
static int read_batch(LspServer *s, cJSON **batch, int *n)
{
    *n = 0;
    while (*n < MAX_BATCH) {
        char *body = NULL;
        size_t len = 0;
        const char *err = NULL;
        LspReadResult r = lsp_reader_take(&s->in, &body, &len, &err);
        if (r == LSP_READ_NONE) return 0;
        if (r == LSP_READ_EOF) {
            if (err) lsp_log(s, LSP_LOG_ERROR, "%s", err);
            return -1;
        }
        if (r == LSP_READ_BAD) {
            lsp_log(s, LSP_LOG_ERROR, "bad message header: %s", err);
            respond_error(s, NULL, LSP_PARSE_ERROR, err);
            continue;
        }
        const char *end = NULL;
        cJSON *msg = cJSON_ParseWithLengthOpts(body, len, &end, 0);
        while (msg && end && end < body + len && (*end == ' ' || *end == '\t' || *end == '\r' || *end == '\n')) end++;
        if (msg && end != body + len) { /* one JSON value and nothing else */
            cJSON_Delete(msg);
            msg = NULL;
        }
        free(body);
        if (!msg) {
            respond_error(s, NULL, LSP_PARSE_ERROR, "the message is not valid JSON");
            continue;
        }
        batch[(*n)++] = msg;
    }
    return 0;
}

static void serve(LspServer *s)
{
    cJSON *batch[MAX_BATCH];
    while (!s->done) {
        int n, end = read_batch(s, batch, &n);
        note_cancellations(s, batch, n);
        for (int i = 0; i < n; i++) {
            if (!s->done) handle_message(s, batch[i]);
            cJSON_Delete(batch[i]);
        }
        while (cJSON_GetArraySize(s->cancelled)) /* every mark was taken by its request */
            cJSON_DeleteItemFromArray(s->cancelled, 0);
        if (s->done) break;
        if (end < 0) {
            s->exit_code = s->state == LSP_SHUT_DOWN ? 0 : 1;
            break;
        }
        if (n) continue; /* more may be buffered already */
        lsp_publish_due(s);
        long long due = lsp_next_deadline(s), now = lsp_now_ms();
        int timeout = due < 0 ? -1 : due <= now ? 0 : (int)(due - now);
        lsp_reader_fill(&s->in, timeout);
    }
}

static const char usage[] = "usage: molt lsp [--stdio]\n"
                            "\n"
                            "Runs the language server on stdin/stdout (LSP 3.17). Editors start it;\n"
                            "see docs/lsp.md.\n";

int lsp_main(int argc, char **argv)
{
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            fputs(usage, stdout);
            return 0;
        }
        if (strcmp(argv[i], "--stdio")) {
            fprintf(stderr, "molt lsp: error: unknown option '%s'\n\n%s", argv[i], usage);
            return 2;
        }
    }
    signal(SIGPIPE, SIG_IGN);
    LspServer s = {.enc = LSP_UTF16, .debounce_ms = 150, .push = 1, .exit_code = 1};
    s.docs_url = strdup(MOLT_DOCS_URL);
    s.cancelled = cJSON_CreateArray();
    /* The protocol keeps the real stdout; anything else printed goes to stderr. */
    fflush(stdout);
    s.out = dup(1);
    if (s.out < 0 || dup2(2, 1) < 0) {
        perror("molt lsp");
        return 2;
    }
    lsp_reader_init(&s.in, 0);
    serve(&s);
    lsp_docs_free(&s);
    if (s.parser) ts_parser_delete(s.parser);
    lsp_reader_free(&s.in);
    cJSON_Delete(s.cancelled);
    free(s.docs_url);
    free(s.manifest);
    close(s.out);
    return s.exit_code;
}
