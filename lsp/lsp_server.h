/* lsp_server.h — what the language server's files share: the server and
 * document state, JSON-RPC replies and logging (lsp_server.c), documents
 * and diagnostics (lsp_docs.c), hover, symbols and code actions
 * (lsp_features.c). The analysis itself is compiler/mc_analysis.c. */
#ifndef LSP_SERVER_H
#define LSP_SERVER_H

#include "lsp_io.h"
#include "lsp_text.h"
#include "mc_analysis.h"

#include <cjson/cJSON.h>

/* JSON-RPC and LSP error codes. */
enum {
    LSP_PARSE_ERROR = -32700,
    LSP_INVALID_REQUEST = -32600,
    LSP_METHOD_NOT_FOUND = -32601,
    LSP_INVALID_PARAMS = -32602,
    LSP_INTERNAL_ERROR = -32603,
    LSP_SERVER_NOT_INITIALIZED = -32002,
    LSP_REQUEST_CANCELLED = -32800
};

/* window/logMessage types. */
enum { LSP_LOG_ERROR = 1, LSP_LOG_WARNING = 2, LSP_LOG_INFO = 3, LSP_LOG_DEBUG = 4 };

typedef struct LspDoc {
    struct LspDoc *next;
    char *uri, *path;
    int version;
    LspText text;
    TSTree *tree;             /* kept for incremental parsing; edited with every change */
    int stale;                /* changed since the last analysis */
    long long publish_at;     /* when diagnostics are due (lsp_now_ms), or -1 */
    unsigned long generation; /* analyses so far: the pull diagnostics resultId */
    McArena *arena;           /* owns the last analysis */
    McAnalysis an;
    MdList diags; /* sorted */
    int nerrors;
} LspDoc;

enum { LSP_UNINITIALIZED, LSP_RUNNING, LSP_SHUT_DOWN };

typedef struct LspServer {
    LspReader in;
    int out; /* the protocol channel: the original stdout (fd 1 is stderr now) */
    int state;
    LspEncoding enc;
    int debounce_ms;
    int push; /* send textDocument/publishDiagnostics */
    char *docs_url;
    char *manifest; /* "capabilities" option: the manifest for every document (NULL: the one beside each file) */
    int can_register_watchers;
    LspDoc *docs;
    TSParser *parser; /* shared by every document: parsing is sequential */
    cJSON *cancelled; /* ids of requests cancelled before they ran */
    int next_own_id;  /* our requests to the client */
    int exit_code, done;
} LspServer;

typedef struct LspError {
    int code; /* 0: none */
    char message[256];
} LspError;

/* ---- lsp_server.c ---- */
void lsp_send(LspServer *s, cJSON *msg); /* frees msg */
void lsp_notify(LspServer *s, const char *method, cJSON *params);
void lsp_log(LspServer *s, int type, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
long long lsp_now_ms(void);
void *lsp_fail(LspError *e, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4))); /* NULL */

/* Parameter access: NULL/0 when missing or of the wrong type. */
const char *lsp_str(const cJSON *o, const char *key);
cJSON *lsp_obj(const cJSON *o, const char *key);
int lsp_uint(const cJSON *o, const char *key, uint32_t *out);
int lsp_get_pos(const cJSON *o, LspPos *p);
int lsp_get_range(const cJSON *o, LspPos *start, LspPos *end);

/* ---- lsp_docs.c ---- */
/* The open document params.textDocument.uri names; NULL with e set if
 * the parameter is missing, NULL alone if the document is not open. */
LspDoc *lsp_doc_of(LspServer *s, const cJSON *params, LspError *e);
void lsp_doc_analyze(LspServer *s, LspDoc *d); /* brings d's analysis up to date */
void lsp_docs_free(LspServer *s);
void lsp_docs_recheck_all(LspServer *s);
void lsp_publish_due(LspServer *s); /* sends diagnostics whose time has come */
long long lsp_next_deadline(LspServer *s);
cJSON *lsp_range_json(LspServer *s, LspDoc *d, uint32_t start, uint32_t end);
cJSON *lsp_diag_json(LspServer *s, LspDoc *d, const MdDiag *diag);
void lsp_doc_href(LspServer *s, MdCodeId id, char *buf, size_t size); /* the code's documentation */
char *lsp_diag_message(const MdDiag *diag);                           /* malloc'd */

cJSON *lsp_did_open(LspServer *s, cJSON *params, LspError *e);
cJSON *lsp_did_change(LspServer *s, cJSON *params, LspError *e);
cJSON *lsp_did_close(LspServer *s, cJSON *params, LspError *e);
cJSON *lsp_did_save(LspServer *s, cJSON *params, LspError *e);
cJSON *lsp_pull_diagnostics(LspServer *s, cJSON *params, LspError *e);

/* ---- lsp_features.c ---- */
cJSON *lsp_hover(LspServer *s, cJSON *params, LspError *e);
cJSON *lsp_document_symbol(LspServer *s, cJSON *params, LspError *e);
cJSON *lsp_code_action(LspServer *s, cJSON *params, LspError *e);

#endif
