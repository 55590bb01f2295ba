/* lsp_text.c — document text, line tables and position encodings. LSP
 * positions count UTF-16 code units by default (a character outside the
 * BMP, such as most emoji, is two), or bytes when UTF-8 was negotiated. */
#include "lsp_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) {
        fputs("molt lsp: out of memory\n", stderr);
        exit(2);
    }
    return p;
}

static void build_lines(LspText *t)
{
    t->nlines = 0;
    for (size_t i = 0;; i++) {
        if (t->nlines == t->cap_lines) {
            t->cap_lines = t->cap_lines ? t->cap_lines * 2 : 256;
            t->lines = xrealloc(t->lines, t->cap_lines * sizeof(uint32_t));
        }
        t->lines[t->nlines++] = (uint32_t)i;
        while (i < t->len && t->s[i] != '\n' && t->s[i] != '\r') i++;
        if (i >= t->len) break;
        if (t->s[i] == '\r' && i + 1 < t->len && t->s[i + 1] == '\n') i++;
    }
}

void lsp_text_set(LspText *t, const char *s, size_t n)
{
    if (n + 1 > t->cap) {
        t->cap = n + 1;
        t->s = xrealloc(t->s, t->cap);
    }
    memcpy(t->s, s, n);
    t->s[n] = 0;
    t->len = n;
    build_lines(t);
}

void lsp_text_free(LspText *t)
{
    free(t->s);
    free(t->lines);
    memset(t, 0, sizeof *t);
}

void lsp_text_line(const LspText *t, uint32_t line, uint32_t *start, uint32_t *end)
{
    if (line >= t->nlines) {
        *start = *end = (uint32_t)t->len;
        return;
    }
    uint32_t s = t->lines[line], e = line + 1 < t->nlines ? t->lines[line + 1] : (uint32_t)t->len;
    if (e > s && t->s[e - 1] == '\n') e--;
    if (e > s && t->s[e - 1] == '\r') e--;
    *start = s;
    *end = e;
}

/* Length of the UTF-8 sequence at p (at most n bytes); 1 for a byte that
 * starts no valid sequence, so that any text can be walked. */
static uint32_t utf8_len(const unsigned char *p, uint32_t n)
{
    uint32_t k = p[0] < 0x80 ? 1 : (p[0] >> 5) == 6 ? 2 : (p[0] >> 4) == 14 ? 3 : (p[0] >> 3) == 30 ? 4 : 1;
    if (k > n) return 1;
    for (uint32_t i = 1; i < k; i++)
        if ((p[i] & 0xC0) != 0x80) return 1;
    return k;
}

static uint32_t units(uint32_t bytes, LspEncoding enc) { return enc == LSP_UTF8 ? bytes : bytes == 4 ? 2 : 1; }

uint32_t lsp_offset_of(const LspText *t, LspPos p, LspEncoding enc, int *clamped)
{
    int c = 0;
    if (p.line >= t->nlines) {
        if (clamped) *clamped = 1;
        return (uint32_t)t->len;
    }
    uint32_t start, end;
    lsp_text_line(t, p.line, &start, &end);
    uint32_t i = start, count = 0;
    while (i < end && count < p.character) {
        uint32_t k = utf8_len((const unsigned char *)t->s + i, end - i);
        if (count + units(k, enc) > p.character) {
            c = 1; /* inside this character: its start */
            break;
        }
        count += units(k, enc);
        i += k;
    }
    if (count < p.character && i == end) c = 1;
    if (clamped) *clamped = c;
    return i;
}

LspPos lsp_pos_of(const LspText *t, uint32_t offset, LspEncoding enc)
{
    if (offset > t->len) offset = (uint32_t)t->len;
    uint32_t lo = 0, hi = t->nlines - 1;
    while (lo < hi) {
        uint32_t mid = (lo + hi + 1) / 2;
        if (t->lines[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    uint32_t start, end;
    lsp_text_line(t, lo, &start, &end);
    if (offset > end) offset = end; /* inside the line terminator */
    uint32_t count = 0;
    for (uint32_t i = start; i < offset;) {
        uint32_t k = utf8_len((const unsigned char *)t->s + i, end - i);
        if (i + k > offset) break; /* offset inside a character: count it from its start */
        count += units(k, enc);
        i += k;
    }
    return (LspPos){lo, count};
}

/* tree-sitter's point of an offset: rows end at "\n" only, columns are bytes. */
static TSPoint ts_point_of(const char *s, size_t len, uint32_t offset)
{
    TSPoint pt = {0, 0};
    uint32_t line_start = 0;
    for (const char *p = s, *stop = s + (offset < len ? offset : len); (p = memchr(p, '\n', (size_t)(stop - p)));) {
        pt.row++;
        line_start = (uint32_t)(p - s) + 1;
        p++;
    }
    pt.column = offset - line_start;
    return pt;
}

static TSPoint point_after(TSPoint from, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\n') {
            from.row++;
            from.column = 0;
        } else {
            from.column++;
        }
    }
    return from;
}

void lsp_text_replace(LspText *t, uint32_t start, uint32_t end, const char *s, size_t n, TSInputEdit *edit)
{
    if (end > t->len) end = (uint32_t)t->len;
    if (start > end) start = end;
    edit->start_byte = start;
    edit->old_end_byte = end;
    edit->new_end_byte = start + (uint32_t)n;
    edit->start_point = ts_point_of(t->s, t->len, start);
    edit->old_end_point = ts_point_of(t->s, t->len, end);
    edit->new_end_point = point_after(edit->start_point, s, n);
    size_t len = t->len - (end - start) + n;
    if (len + 1 > t->cap) {
        t->cap = len + 1 > t->cap * 2 ? len + 1 : t->cap * 2;
        t->s = xrealloc(t->s, t->cap);
    }
    memmove(t->s + start + n, t->s + end, t->len - end);
    memcpy(t->s + start, s, n);
    t->len = len;
    t->s[len] = 0;
    build_lines(t);
}
