/* mc_literal.c — decoding of Python literals: string and bytes escapes,
 * f-string literal text, integer and float literals. Malformed literals are
 * reported here, at the exact offending characters. */
#include "mc_front.h"

#include <gmp.h>
#include <stdlib.h>
#include <string.h>

/* ---- byte buffers --------------------------------------------------------- */

void mc_buf_add(McArena *a, McBuf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 32;
        while (cap < b->n + n + 1) cap *= 2;
        char *p = mc_alloc(a, cap);
        if (b->n) memcpy(p, b->p, b->n);
        b->p = p;
        b->cap = cap;
    }
    if (n) memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

void mc_buf_addc(McArena *a, McBuf *b, int c)
{
    char ch = (char)c;
    mc_buf_add(a, b, &ch, 1);
}

void mc_buf_add_utf8(McArena *a, McBuf *b, uint32_t cp)
{
    char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    mc_buf_add(a, b, u, n);
}

/* ---- strings -------------------------------------------------------------- */

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Reads exactly `digits` hex digits at s[i..]; -1 if there are fewer. */
static long read_hex(const char *s, size_t n, size_t i, int digits)
{
    long v = 0;
    for (int k = 0; k < digits; k++) {
        if (i + k >= n || hexval((unsigned char)s[i + k]) < 0) return -1;
        v = v * 16 + hexval((unsigned char)s[i + k]);
    }
    return v;
}

typedef struct Dec {
    McArena *a;
    McBuf *out;
    const McSource *src;
    uint32_t off;
    MdList *diags;
    int flags;
} Dec;

static McSpan dspan(Dec *d, size_t i, size_t len)
{
    return mc_span_of(d->src, d->off + (uint32_t)i, d->off + (uint32_t)(i + len));
}

/* One backslash escape at s[i] == '\\' of a non-raw literal; returns how many
 * bytes it used, or 0 after reporting an error. */
static size_t decode_escape(Dec *d, const char *s, size_t n, size_t i)
{
    int bytes = d->flags & MC_STR_BYTES;
    if (i + 1 >= n) {
        mc_buf_addc(d->a, d->out, '\\');
        return 1;
    }
    unsigned char c = (unsigned char)s[i + 1];
    static const char simple_in[] = "\\'\"abfnrtv";
    static const char simple_out[] = "\\'\"\a\b\f\n\r\t\v";
    const char *k = c ? strchr(simple_in, c) : NULL;
    if (k) {
        mc_buf_addc(d->a, d->out, simple_out[k - simple_in]);
        return 2;
    }
    if (c == '\n') return 2; /* line continuation inside the literal */
    if (c == '\r') return i + 2 < n && s[i + 2] == '\n' ? 3 : 2;
    if (c >= '0' && c <= '7') {
        size_t j = i + 1;
        unsigned v = 0;
        while (j < n && j < i + 4 && s[j] >= '0' && s[j] <= '7') v = v * 8 + (unsigned)(s[j++] - '0');
        if (bytes)
            mc_buf_addc(d->a, d->out, (int)(v & 0xFF));
        else
            mc_buf_add_utf8(d->a, d->out, v);
        return j - i;
    }
    if (c == 'x') {
        long v = read_hex(s, n, i + 2, 2);
        if (v < 0) {
            md_add(d->diags, MD_BAD_LITERAL, d->src, dspan(d, i, 2), "write exactly two hex digits, as in '\\x0a'",
                   "truncated \\xXX escape");
            return 0;
        }
        if (bytes)
            mc_buf_addc(d->a, d->out, (int)v);
        else
            mc_buf_add_utf8(d->a, d->out, (uint32_t)v);
        return 4;
    }
    if (!bytes && (c == 'u' || c == 'U')) {
        int digits = c == 'u' ? 4 : 8;
        long v = read_hex(s, n, i + 2, digits);
        if (v < 0) {
            md_add(d->diags, MD_BAD_LITERAL, d->src, dspan(d, i, 2), NULL, "truncated \\%cXXXX%s escape", c,
                   c == 'U' ? "XXXX" : "");
            return 0;
        }
        if (v > 0x10FFFF) {
            md_add(d->diags, MD_BAD_LITERAL, d->src, dspan(d, i, (size_t)digits + 2), NULL,
                   "illegal Unicode character in \\U escape (above U+10FFFF)");
            return 0;
        }
        if (v >= 0xD800 && v <= 0xDFFF) {
            md_add(d->diags, MD_FEATURE, d->src, dspan(d, i, (size_t)digits + 2),
                   "molt strings hold valid Unicode text only",
                   "lone surrogate code point U+%04lX in a string literal is not supported", v);
            return 0;
        }
        mc_buf_add_utf8(d->a, d->out, (uint32_t)v);
        return (size_t)digits + 2;
    }
    if (!bytes && c == 'N') {
        size_t len = 2;
        if (i + 2 < n && s[i + 2] == '{') {
            const char *close = memchr(s + i + 2, '}', n - i - 2);
            if (close) len = (size_t)(close - (s + i)) + 1;
        }
        md_add(d->diags, MD_FEATURE, d->src, dspan(d, i, len), "write the character itself, or use a \\uXXXX escape",
               "named Unicode escapes (\\N{...}) are not supported");
        return 0;
    }
    /* An unknown escape keeps its backslash (CPython only warns). */
    mc_buf_addc(d->a, d->out, '\\');
    return 1;
}

int mc_decode_string(McArena *a, McBuf *out, const McSource *src, uint32_t off, const char *s, size_t n, int flags,
                     MdList *diags)
{
    Dec d = {a, out, src, off, diags, flags};
    mc_buf_add(a, out, "", 0); /* the result is never a NULL pointer */
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\r') { /* the tokenizer reads every newline as \n */
            mc_buf_addc(a, out, '\n');
            i += i + 1 < n && s[i + 1] == '\n' ? 2 : 1;
        } else if (c == '\\' && !(flags & MC_STR_RAW)) {
            size_t used = decode_escape(&d, s, n, i);
            if (!used) return -1;
            i += used;
        } else if (c == '\\') {
            /* Raw: the backslash and the character after it stay as they are
             * (so r"\{" is not a brace escape, and "\\\r\n" is two chars). */
            mc_buf_addc(a, out, '\\');
            i++;
            if (i < n && s[i] != '\r') {
                mc_buf_addc(a, out, s[i]);
                i++;
            }
        } else if ((flags & MC_STR_F) && (c == '{' || c == '}')) {
            if (i + 1 < n && (unsigned char)s[i + 1] == c) {
                mc_buf_addc(a, out, c);
                i += 2;
            } else {
                md_add(diags, MD_SYNTAX, src, dspan(&d, i, 1), c == '}' ? "write '}}' for a literal brace" : NULL,
                       "f-string: single '%c' is not allowed", c);
                return -1;
            }
        } else if ((flags & MC_STR_BYTES) && c >= 0x80) {
            size_t len = 1;
            while (i + len < n && ((unsigned char)s[i + len] & 0xC0) == 0x80) len++;
            md_add(diags, MD_BAD_LITERAL, src, dspan(&d, i, len), "use a \\xNN escape, or encode a str with .encode()",
                   "bytes can only contain ASCII literal characters");
            return -1;
        } else {
            mc_buf_addc(a, out, c);
            i++;
        }
    }
    return 0;
}

/* ---- numbers -------------------------------------------------------------- */

static int is_digit_in(int c, int base)
{
    int v = hexval(c);
    return v >= 0 && v < base;
}

/* Underscores must sit between digits (or right after a base prefix). */
static int bad_underscore(const char *s, size_t n, size_t start, int base, size_t *where)
{
    for (size_t i = start; i < n; i++) {
        if (s[i] != '_') continue;
        int before = i == start ? start == 2 : is_digit_in((unsigned char)s[i - 1], base);
        int after = i + 1 < n && is_digit_in((unsigned char)s[i + 1], base);
        if (!before || !after) {
            *where = i;
            return 1;
        }
    }
    return 0;
}

static int imaginary(const McSource *src, uint32_t off, const char *s, size_t n, MdList *diags)
{
    if (n && (s[n - 1] == 'j' || s[n - 1] == 'J')) {
        md_add(diags, MD_COMPLEX, src, mc_span_of(src, off, off + (uint32_t)n), NULL,
               "complex numbers are not supported (imaginary literal '%.*s')", (int)n, s);
        return 1;
    }
    return 0;
}

char *mc_int_literal(McArena *a, const McSource *src, uint32_t off, const char *s, size_t n, MdList *diags)
{
    McSpan span = mc_span_of(src, off, off + (uint32_t)n);
    if (imaginary(src, off, s, n, diags)) return NULL;
    if (n && (s[n - 1] == 'l' || s[n - 1] == 'L')) {
        md_add(diags, MD_PY2_SYNTAX, src, span, "remove the suffix: Python 3 integers have no size limit",
               "the 'L' suffix of Python 2 long integers is not valid in Python 3");
        return NULL;
    }
    int base = 10;
    size_t start = 0;
    if (n > 2 && s[0] == '0' && strchr("xXoObB", s[1])) {
        base = s[1] == 'x' || s[1] == 'X' ? 16 : s[1] == 'o' || s[1] == 'O' ? 8 : 2;
        start = 2;
    }
    size_t where;
    if (bad_underscore(s, n, start, base, &where)) {
        md_add(diags, MD_BAD_LITERAL, src, mc_span_of(src, off + (uint32_t)where, off + (uint32_t)where + 1),
               "underscores may only separate digits, as in 1_000_000", "invalid %s literal",
               base == 10   ? "decimal"
               : base == 16 ? "hexadecimal"
               : base == 8  ? "octal"
                            : "binary");
        return NULL;
    }
    McBuf digits = {0};
    for (size_t i = start; i < n; i++)
        if (s[i] != '_') mc_buf_addc(a, &digits, s[i]);
    if (base == 10) {
        if (digits.n > 1 && digits.p[0] == '0' && strspn(digits.p, "0") != digits.n) {
            md_add(diags, MD_BAD_LITERAL, src, span, "use an 0o prefix for octal integers, as in 0o777",
                   "leading zeros in decimal integer literals are not permitted");
            return NULL;
        }
        size_t z = 0;
        while (z + 1 < digits.n && digits.p[z] == '0') z++;
        return mc_strndup(a, digits.p + z, digits.n - z);
    }
    mpz_t v;
    if (mpz_init_set_str(v, digits.p, base) != 0) {
        mpz_clear(v);
        md_add(diags, MD_BAD_LITERAL, src, span, NULL, "invalid integer literal '%.*s'", (int)n, s);
        return NULL;
    }
    size_t size = mpz_sizeinbase(v, 10) + 2;
    char *out = mc_alloc(a, size);
    mpz_get_str(out, 10, v);
    mpz_clear(v);
    return out;
}

int mc_float_literal(McArena *a, const McSource *src, uint32_t off, const char *s, size_t n, double *out, MdList *diags)
{
    if (imaginary(src, off, s, n, diags)) return -1;
    McBuf text = {0};
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '_') {
            mc_buf_addc(a, &text, s[i]);
            continue;
        }
        int before = i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9';
        int after = i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9';
        if (!before || !after) {
            md_add(diags, MD_BAD_LITERAL, src, mc_span_of(src, off + (uint32_t)i, off + (uint32_t)i + 1),
                   "underscores may only separate digits, as in 1_000.5", "invalid decimal literal");
            return -1;
        }
    }
    *out = strtod(text.p, NULL); /* 1e400 is inf, as in CPython */
    return 0;
}
