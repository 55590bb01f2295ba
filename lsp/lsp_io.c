/* lsp_io.c — Content-Length framing over file descriptors (the LSP base
 * protocol): a buffered, resynchronising reader and a complete writer. */
#include "lsp_io.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

void lsp_reader_init(LspReader *r, int fd)
{
    memset(r, 0, sizeof *r);
    r->fd = fd;
    r->need = -1;
}

void lsp_reader_free(LspReader *r)
{
    free(r->buf);
    r->buf = NULL;
}

static size_t avail(const LspReader *r) { return r->len - r->start; }

static void discard(LspReader *r, size_t n) { r->start += n < avail(r) ? n : avail(r); }

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* Position of the first "content-length:" (any case) in the unread bytes at
 * or after `from`, or -1. */
static long find_content_length(const LspReader *r, size_t from)
{
    static const char key[] = "content-length:";
    const size_t k = sizeof key - 1;
    const char *p = r->buf + r->start;
    for (size_t i = from; i + k <= avail(r); i++) {
        size_t j = 0;
        while (j < k && lower((unsigned char)p[i + j]) == key[j]) j++;
        if (j == k) return (long)i;
    }
    return -1;
}

static long find_header_end(const LspReader *r)
{
    const char *p = r->buf + r->start;
    for (size_t i = 0; i + 4 <= avail(r); i++)
        if (p[i] == '\r' && p[i + 1] == '\n' && p[i + 2] == '\r' && p[i + 3] == '\n') return (long)i;
    return -1;
}

static int is_token_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

/* Parses the header lines in h[0, n): every line must be "Name: value" and
 * Content-Length must be there, a plain decimal within LSP_MAX_BODY.
 * Returns the length or -1 with *err set. */
static long long parse_headers(const char *h, size_t n, const char **err)
{
    long long length = -1;
    size_t i = 0;
    while (i < n) {
        size_t eol = i;
        while (eol < n && !(h[eol] == '\r' && eol + 1 < n && h[eol + 1] == '\n')) eol++;
        size_t colon = i;
        while (colon < eol && is_token_char(h[colon])) colon++;
        if (colon == i || colon >= eol || h[colon] != ':') {
            *err = "malformed header line (expected 'Name: value')";
            return -1;
        }
        if (colon - i == 14 && !strncasecmp(h + i, "Content-Length", 14)) {
            size_t v = colon + 1;
            while (v < eol && (h[v] == ' ' || h[v] == '\t')) v++;
            size_t end = eol;
            while (end > v && (h[end - 1] == ' ' || h[end - 1] == '\t')) end--;
            if (v == end) {
                *err = "empty Content-Length";
                return -1;
            }
            long long val = 0;
            for (size_t d = v; d < end; d++) {
                if (h[d] < '0' || h[d] > '9') {
                    *err = "Content-Length is not a non-negative decimal number";
                    return -1;
                }
                if (val > (long long)LSP_MAX_BODY) break; /* reported below; no overflow */
                val = val * 10 + (h[d] - '0');
            }
            if (val > (long long)LSP_MAX_BODY) {
                *err = "Content-Length is larger than the server accepts (64 MiB)";
                return -1;
            }
            length = val;
        }
        i = eol + 2;
    }
    if (length < 0) *err = "no Content-Length header";
    return length;
}

/* After a bad header: drop bytes until the next "Content-Length:". A few
 * bytes are kept in case the keyword is split across reads. */
static int resync(LspReader *r)
{
    long at = find_content_length(r, 0);
    if (at < 0) {
        size_t keep = 14;
        if (avail(r) > keep) discard(r, avail(r) - keep);
        return 0;
    }
    discard(r, (size_t)at);
    r->resync = 0;
    return 1;
}

static LspReadResult take_body(LspReader *r, char **body, size_t *len, const char **err)
{
    if (avail(r) < (size_t)r->need) {
        if (!r->eof) return LSP_READ_NONE;
        *err = "the input ended in the middle of a message";
        return LSP_READ_EOF;
    }
    size_t n = (size_t)r->need;
    char *b = malloc(n + 1);
    if (!b) {
        fputs("molt lsp: out of memory\n", stderr);
        exit(2);
    }
    memcpy(b, r->buf + r->start, n);
    b[n] = 0;
    discard(r, n);
    r->need = -1;
    *body = b;
    *len = n;
    return LSP_READ_MESSAGE;
}

LspReadResult lsp_reader_take(LspReader *r, char **body, size_t *len, const char **err)
{
    *err = NULL;
    if (r->need >= 0) return take_body(r, body, len, err);
    if (r->resync && !resync(r)) return r->eof ? LSP_READ_EOF : LSP_READ_NONE;
    long end = find_header_end(r);
    if (end < 0) {
        if (avail(r) > LSP_MAX_HEADER) {
            *err = "header too long or not terminated by an empty line";
            discard(r, avail(r) - 14);
            r->resync = 1;
            return LSP_READ_BAD;
        }
        if (r->eof) {
            if (avail(r) && find_content_length(r, 0) >= 0) *err = "the input ended inside a header";
            discard(r, avail(r));
            return LSP_READ_EOF;
        }
        return LSP_READ_NONE;
    }
    long long need = parse_headers(r->buf + r->start, (size_t)end, err);
    if (need < 0) {
        /* Garbage, or the rest of a body longer than its Content-Length,
         * can run into the next header: "...}Content-Length: 52". Try
         * again from there rather than lose that message. */
        long next = find_content_length(r, 1);
        if (next > 0 && next < end) {
            discard(r, (size_t)next);
            return LSP_READ_BAD;
        }
        discard(r, (size_t)end + 4);
        r->resync = 1; /* its body, if any, is skipped too */
        return LSP_READ_BAD;
    }
    discard(r, (size_t)end + 4);
    r->need = need;
    return take_body(r, body, len, err);
}

/* Compacts the buffer and leaves at least 64 KiB free for the next read. */
static void make_room(LspReader *r)
{
    if (r->start && (r->start == r->len || r->start > r->cap / 2)) {
        memmove(r->buf, r->buf + r->start, avail(r));
        r->len -= r->start;
        r->start = 0;
    }
    if (r->cap - r->len >= 65536) return;
    size_t cap = r->cap ? r->cap : 65536;
    while (cap - r->len < 65536) cap *= 2;
    char *nb = realloc(r->buf, cap);
    if (!nb) {
        fputs("molt lsp: out of memory\n", stderr);
        exit(2);
    }
    r->buf = nb;
    r->cap = cap;
}

int lsp_reader_fill(LspReader *r, int timeout_ms)
{
    if (r->eof) return 1;
    struct pollfd p = {.fd = r->fd, .events = POLLIN};
    int rc = poll(&p, 1, timeout_ms);
    if (rc == 0) return 0;
    if (rc < 0) return errno == EINTR ? 0 : (r->eof = 1);
    make_room(r);
    ssize_t got = read(r->fd, r->buf + r->len, r->cap - r->len);
    if (got < 0 && (errno == EINTR || errno == EAGAIN)) return 0;
    if (got <= 0) {
        r->eof = 1;
        return 1;
    }
    r->len += (size_t)got;
    return 1;
}

static int write_all(int fd, const char *p, size_t n)
{
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return -1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

int lsp_write_message(int fd, const char *body, size_t len)
{
    char header[64];
    int n = snprintf(header, sizeof header, "Content-Length: %zu\r\n\r\n", len);
    if (write_all(fd, header, (size_t)n) < 0) return -1;
    return write_all(fd, body, len);
}
