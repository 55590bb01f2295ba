/* lsp_io.h — the LSP base protocol: messages framed by a Content-Length
 * header on a byte stream. Reading never trusts the peer: a malformed
 * header is reported and skipped, and the reader finds the next message. */
#ifndef LSP_IO_H
#define LSP_IO_H

#include <stddef.h>

/* Bodies larger than this are refused (and skipped): a document is at
 * most a few megabytes, and a bogus length must not make us allocate. */
#define LSP_MAX_BODY   ((size_t)64 * 1024 * 1024)
#define LSP_MAX_HEADER 8192

typedef struct LspReader {
    int fd;
    char *buf;
    size_t start, len, cap; /* unread bytes are buf[start, len) */
    long long need;         /* body length once its header is read, else -1 */
    int resync;             /* after a bad header: skipping to the next "Content-Length:" */
    int eof;
} LspReader;

typedef enum {
    LSP_READ_NONE,    /* no complete message buffered: lsp_reader_fill */
    LSP_READ_MESSAGE, /* *body (malloc'd, NUL-terminated) and *len */
    LSP_READ_BAD,     /* a malformed header was skipped: *err says why */
    LSP_READ_EOF      /* the input ended (*err set if it ended inside a message) */
} LspReadResult;

void lsp_reader_init(LspReader *r, int fd);
void lsp_reader_free(LspReader *r);

/* The next buffered message, without reading. */
LspReadResult lsp_reader_take(LspReader *r, char **body, size_t *len, const char **err);

/* Waits up to timeout_ms (-1: forever) for input and buffers what is
 * there. Returns 1 when bytes arrived or the input ended, 0 on timeout. */
int lsp_reader_fill(LspReader *r, int timeout_ms);

/* Writes one framed message; -1 if the output is gone. */
int lsp_write_message(int fd, const char *body, size_t len);

#endif
