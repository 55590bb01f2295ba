/* mrt_bytes.c — the bytes type (immutable byte strings) and the text codecs
 * between str and bytes: UTF-8, ASCII and Latin-1 with CPython's error
 * handlers and UnicodeDecodeError/UnicodeEncodeError messages. */
#define _GNU_SOURCE
#include "mrt_strs.h"

#include <stdio.h>

static inline MrtBytes *B(MrtValue v) { return (MrtBytes *)mrt_obj(v); }

MrtBytes *mrt_bytes_alloc(int64_t len)
{
    int64_t total;
    if (len < 0 || mrt_size_add(len, (int64_t)offsetof(MrtBytes, data) + 1, &total) < 0) return NULL;
    MrtBytes *b = mrt_alloc_atomic(&mrt_type_bytes, (size_t)total);
    if (!b) {
        if (!mrt_cur_exc) mrt_raise(mrt_from_obj(&mrt_type_MemoryError));
        return NULL;
    }
    b->hash = -1;
    b->len = len;
    b->data[len] = 0;
    return b;
}

MrtValue mrt_bytes_new(const void *data, int64_t len)
{
    MrtBytes *b = mrt_bytes_alloc(len);
    if (!b) return MRT_ERR;
    if (len) memcpy(b->data, data, (size_t)len);
    return mrt_from_obj(b);
}

static MrtValue bytes_range(MrtBytes *b, int64_t i, int64_t j)
{
    if (i == 0 && j == b->len) return mrt_from_obj(b);
    return mrt_bytes_new(b->data + i, j - i);
}

/* ---- codecs ------------------------------------------------------------------ */

enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1 };

static int encoding_id(const char *name)
{
    char n[32];
    size_t k = 0;
    for (; name[k] && k < sizeof n - 1; k++) {
        char c = name[k];
        n[k] = c == '_' ? '-' : (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    n[k] = 0;
    if (name[k]) return -1;
    static const char *const utf8[] = {"utf-8", "utf8", "u8", "utf", "cp65001", NULL};
    static const char *const ascii[] = {"ascii", "us-ascii", "646", "us", NULL};
    static const char *const latin1[] = {"latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859",
                                         "cp819",   "latin",  "l1",         NULL};
    for (int i = 0; utf8[i]; i++)
        if (!strcmp(n, utf8[i])) return ENC_UTF8;
    for (int i = 0; ascii[i]; i++)
        if (!strcmp(n, ascii[i])) return ENC_ASCII;
    for (int i = 0; latin1[i]; i++)
        if (!strcmp(n, latin1[i])) return ENC_LATIN1;
    return -1;
}

static const char *enc_name[] = {"utf-8", "ascii", "latin-1"};

/* Checks the UTF-8 sequence at p: its length (1..4) if valid, else minus the
 * number of bytes CPython reports as the invalid range, with *why set. */
static int u8_check(const unsigned char *p, int64_t avail, const char **why)
{
    unsigned c = p[0], lo = 0x80, hi = 0xBF;
    int need;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF)
        need = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F; /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        *why = "invalid start byte";
        return -1;
    }
    for (int i = 1; i <= need; i++) {
        if (i >= avail) {
            *why = "unexpected end of data";
            return -i;
        }
        if (p[i] < lo || p[i] > hi) {
            *why = "invalid continuation byte";
            return -i;
        }
        lo = 0x80;
        hi = 0xBF;
    }
    return need + 1;
}

static MrtValue decode_error(const char *enc, const unsigned char *p, int64_t start, int64_t end, const char *why)
{
    if (end - start == 1)
        return mrt_raise_fmt(&mrt_type_UnicodeDecodeError, "'%s' codec can't decode byte 0x%02x in position %ld: %s",
                             enc, p[start], (long)start, why);
    return mrt_raise_fmt(&mrt_type_UnicodeDecodeError, "'%s' codec can't decode bytes in position %ld-%ld: %s", enc,
                         (long)start, (long)(end - 1), why);
}

/* Apply the error handler to the bad bytes [start, end): -1 when it raises. */
static int decode_handle(MrtBuf *out, const char *enc, const char *errors, const unsigned char *p, int64_t start,
                         int64_t end, const char *why)
{
    if (!strcmp(errors, "strict")) return decode_error(enc, p, start, end, why), -1;
    if (!strcmp(errors, "ignore")) return 0;
    if (!strcmp(errors, "replace")) return mrt_buf_addcp(out, 0xFFFD);
    if (!strcmp(errors, "surrogateescape") || !strcmp(errors, "backslashreplace")) {
        for (int64_t i = start; i < end; i++) {
            int rc;
            if (errors[0] == 's')
                rc = mrt_buf_addcp(out, 0xDC00 + p[i]);
            else {
                char e[8];
                snprintf(e, sizeof e, "\\x%02x", p[i]);
                rc = mrt_buf_adds(out, e);
            }
            if (rc < 0) return -1;
        }
        return 0;
    }
    mrt_raise_fmt(&mrt_type_LookupError, "unknown error handler name '%s'", errors);
    return -1;
}

MrtValue mrt_str_decode_utf8(const char *s, int64_t n, const char *errors)
{
    const unsigned char *p = (const unsigned char *)s;
    const char *why = NULL;
    int64_t i = 0, len = 0;
    while (i < n) { /* fast path: valid input */
        int k = u8_check(p + i, n - i, &why);
        if (k < 0) break;
        i += k;
        len++;
    }
    if (i == n) return mrt_str_new_len(s, n, len);
    MrtBuf out;
    mrt_buf_init(&out, n + 8);
    if (mrt_buf_add(&out, s, i) < 0) return MRT_ERR;
    while (i < n) {
        int k = u8_check(p + i, n - i, &why);
        if (k > 0) {
            if (mrt_buf_add(&out, s + i, k) < 0) return MRT_ERR;
            i += k;
            continue;
        }
        if (decode_handle(&out, "utf-8", errors, p, i, i - k, why) < 0) return MRT_ERR;
        i -= k;
    }
    return mrt_buf_finish(&out);
}

static MrtValue decode_8bit(const unsigned char *p, int64_t n, int enc, const char *errors)
{
    MrtBuf out;
    mrt_buf_init(&out, n);
    for (int64_t i = 0; i < n; i++) {
        int rc;
        if (p[i] < 0x80 || enc == ENC_LATIN1)
            rc = mrt_buf_addcp(&out, p[i]);
        else
            rc = decode_handle(&out, "ascii", errors, p, i, i + 1, "ordinal not in range(128)");
        if (rc < 0) return MRT_ERR;
    }
    return mrt_buf_finish(&out);
}

MrtValue mrt_bytes_decode(MrtValue b, const char *encoding, const char *errors)
{
    int enc = encoding_id(encoding);
    if (enc < 0) return mrt_raise_fmt(&mrt_type_LookupError, "unknown encoding: %s", encoding);
    MrtBytes *x = B(b);
    if (enc == ENC_UTF8) return mrt_str_decode_utf8((const char *)x->data, x->len, errors);
    return decode_8bit(x->data, x->len, enc, errors);
}

static int add_cp_escape(MrtBuf *b, uint32_t c)
{
    char e[12];
    if (c < 0x100)
        snprintf(e, sizeof e, "\\x%02x", c);
    else if (c < 0x10000)
        snprintf(e, sizeof e, "\\u%04x", c);
    else
        snprintf(e, sizeof e, "\\U%08x", c);
    return mrt_buf_adds(b, e);
}

MrtValue mrt_str_encode(MrtValue sv, const char *encoding, const char *errors)
{
    int enc = encoding_id(encoding);
    if (enc < 0) return mrt_raise_fmt(&mrt_type_LookupError, "unknown encoding: %s", encoding);
    MrtStr *s = (MrtStr *)mrt_obj(sv);
    const char *d = s->data;
    uint32_t limit = enc == ENC_UTF8 ? 0x110000 : enc == ENC_ASCII ? 0x80 : 0x100;
    const char *why = enc == ENC_UTF8    ? "surrogates not allowed"
                      : enc == ENC_ASCII ? "ordinal not in range(128)"
                                         : "ordinal not in range(256)";
    if (s->ascii || (enc == ENC_UTF8 && !memmem(d, (size_t)s->size, "\xed", 1)))
        return mrt_bytes_new(d, s->size); /* nothing to check */
    MrtBuf out;                           /* bytes are built in a str buffer, then copied */
    mrt_buf_init(&out, s->size);
    int n;
    int64_t pos = 0;
    for (int64_t i = 0; i < s->size; i += n, pos++) {
        uint32_t cp = mrt_u8_decode(d + i, &n);
        int bad = cp >= limit || (cp >= 0xD800 && cp <= 0xDFFF);
        if (!bad) {
            char e[4];
            int k = enc == ENC_UTF8 ? mrt_u8_encode(cp, e) : (e[0] = (char)cp, 1);
            if (mrt_buf_add(&out, e, k) < 0) return MRT_ERR;
            continue;
        }
        int rc = 0;
        if (!strcmp(errors, "ignore")) continue;
        if (!strcmp(errors, "replace"))
            rc = mrt_buf_add(&out, "?", 1);
        else if (!strcmp(errors, "surrogateescape") && cp >= 0xDC80 && cp <= 0xDCFF) {
            char c = (char)(cp - 0xDC00);
            rc = mrt_buf_add(&out, &c, 1);
        } else if (!strcmp(errors, "backslashreplace"))
            rc = add_cp_escape(&out, cp);
        else if (!strcmp(errors, "xmlcharrefreplace")) {
            char e[16];
            snprintf(e, sizeof e, "&#%u;", cp);
            rc = mrt_buf_adds(&out, e);
        } else if (strcmp(errors, "strict") && strcmp(errors, "surrogateescape")) {
            return mrt_raise_fmt(&mrt_type_LookupError, "unknown error handler name '%s'", errors);
        } else { /* strict: report the run of unencodable characters */
            int64_t end = pos + 1, j = i + n;
            int m;
            while (j < s->size) {
                uint32_t c2 = mrt_u8_decode(d + j, &m);
                if (!(c2 >= limit || (c2 >= 0xD800 && c2 <= 0xDFFF))) break;
                j += m;
                end++;
            }
            if (end - pos == 1) {
                MrtBuf e;
                mrt_buf_init(&e, 12);
                if (add_cp_escape(&e, cp) < 0) return MRT_ERR;
                MrtValue es = mrt_buf_finish(&e);
                if (!es) return MRT_ERR;
                return mrt_raise_fmt(&mrt_type_UnicodeEncodeError,
                                     "'%s' codec can't encode character '%s' in position %ld: %s", enc_name[enc],
                                     mrt_cstr(es), (long)pos, why);
            }
            return mrt_raise_fmt(&mrt_type_UnicodeEncodeError,
                                 "'%s' codec can't encode characters in position %ld-%ld: %s", enc_name[enc], (long)pos,
                                 (long)(end - 1), why);
        }
        if (rc < 0) return MRT_ERR;
    }
    MrtValue r = mrt_bytes_new(out.data ? out.data : "", out.len);
    return r;
}

/* ---- slots ---------------------------------------------------------------------- */

static MrtValue bytes_repr(MrtValue v)
{
    MrtBytes *b = B(v);
    int sq = memchr(b->data, '\'', (size_t)b->len) != NULL, dq = memchr(b->data, '"', (size_t)b->len) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    MrtBuf out;
    mrt_buf_init(&out, b->len + 3);
    char pre[2] = {'b', quote};
    if (mrt_buf_add(&out, pre, 2) < 0) return MRT_ERR;
    for (int64_t i = 0; i < b->len; i++) {
        unsigned char c = b->data[i];
        char e[5];
        int k = 2;
        e[0] = '\\';
        if (c == '\\' || c == (unsigned char)quote)
            e[1] = (char)c;
        else if (c == '\n')
            e[1] = 'n';
        else if (c == '\r')
            e[1] = 'r';
        else if (c == '\t')
            e[1] = 't';
        else if (c < 0x20 || c >= 0x7f)
            k = snprintf(e, sizeof e, "\\x%02x", c);
        else
            e[0] = (char)c, k = 1;
        if (mrt_buf_add(&out, e, k) < 0) return MRT_ERR;
    }
    if (mrt_buf_add(&out, &quote, 1) < 0) return MRT_ERR;
    return mrt_buf_finish(&out);
}

static int64_t bytes_hash(MrtValue v)
{
    MrtBytes *b = B(v);
    if (b->hash == -1) b->hash = mrt_hash_bytes(b->data, (size_t)b->len);
    return b->hash;
}

static MrtValue bytes_richcmp(MrtValue a, MrtValue b, int op)
{
    if (!mrt_is_bytes(a) || !mrt_is_bytes(b)) return MRT_NOTIMPL;
    MrtBytes *x = B(a), *y = B(b);
    if ((op == MRT_CMP_EQ || op == MRT_CMP_NE) && x->len != y->len) return mrt_bool(op == MRT_CMP_NE);
    int64_t m = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->data, y->data, (size_t)m);
    if (c == 0) c = (x->len > y->len) - (x->len < y->len);
    switch (op) {
    case MRT_CMP_LT:
        return mrt_bool(c < 0);
    case MRT_CMP_LE:
        return mrt_bool(c <= 0);
    case MRT_CMP_EQ:
        return mrt_bool(c == 0);
    case MRT_CMP_NE:
        return mrt_bool(c != 0);
    case MRT_CMP_GT:
        return mrt_bool(c > 0);
    default:
        return mrt_bool(c >= 0);
    }
}

static int user_has(MrtValue v, const char *name)
{
    MrtType *t = mrt_type_of(v);
    return (t->flags & MRT_TF_USER) && mrt_type_lookup(t, mrt_intern(name));
}

static MrtValue bytes_repeat(MrtValue bv, MrtValue nv)
{
    int64_t n;
    if (!mrt_int_is(nv) && !user_has(nv, "__index__")) {
        if (user_has(nv, "__rmul__")) return MRT_NOTIMPL;
        return mrt_raise_fmt(&mrt_type_TypeError, "can't multiply sequence by non-int of type '%T'", nv);
    }
    if (mrt_index_arg(nv, &n) < 0) return MRT_ERR;
    MrtBytes *b = B(bv);
    if (n <= 0 || b->len == 0) return mrt_bytes_new("", 0);
    if (n == 1) return bv;
    if (n > INT64_MAX / b->len) return mrt_raise_msg(&mrt_type_OverflowError, "repeated bytes are too long");
    MrtBytes *r = mrt_bytes_alloc(b->len * n);
    if (!r) return MRT_ERR;
    for (int64_t i = 0; i < n; i++) memcpy(r->data + i * b->len, b->data, (size_t)b->len);
    return mrt_from_obj(r);
}

static MrtValue bytes_binop(MrtValue a, MrtValue b, int op)
{
    if (op == MRT_OP_ADD) {
        if (!mrt_is_bytes(a)) return MRT_NOTIMPL;
        if (!mrt_is_bytes(b)) {
            if (user_has(b, "__radd__")) return MRT_NOTIMPL;
            return mrt_raise_fmt(&mrt_type_TypeError, "can't concat %T to bytes", b);
        }
        MrtBytes *x = B(a), *y = B(b);
        if (y->len == 0) return a;
        if (x->len == 0) return b;
        int64_t n;
        if (mrt_size_add(x->len, y->len, &n) < 0) return MRT_ERR;
        MrtBytes *r = mrt_bytes_alloc(n);
        if (!r) return MRT_ERR;
        memcpy(r->data, x->data, (size_t)x->len);
        memcpy(r->data + x->len, y->data, (size_t)y->len);
        return mrt_from_obj(r);
    }
    if (op == MRT_OP_MUL) return mrt_is_bytes(a) ? bytes_repeat(a, b) : bytes_repeat(b, a);
    if (op == MRT_OP_MOD) return mrt_is_bytes(a) ? mrt_bytes_mod(a, b) : MRT_NOTIMPL;
    return MRT_NOTIMPL;
}

static int bytes_truthy(MrtValue v) { return B(v)->len != 0; }
static int64_t bytes_len(MrtValue v) { return B(v)->len; }

/* A byte value argument (int in range(256)); -1 with ValueError/TypeError. */
static int byte_arg(MrtValue v, const char *msg)
{
    int64_t i;
    if (mrt_is_ptr(v) && mrt_obj(v)->type == &mrt_type_int)
        i = -1; /* big: out of range */
    else if (mrt_index_arg(v, &i) < 0)
        return -1;
    if (i < 0 || i > 255) {
        mrt_raise_msg(&mrt_type_ValueError, msg);
        return -1;
    }
    return (int)i;
}

static int bytes_contains(MrtValue s, MrtValue item)
{
    MrtBytes *b = B(s);
    if (mrt_is_bytes(item)) {
        MrtBytes *n = B(item);
        return n->len == 0 || memmem(b->data, (size_t)b->len, n->data, (size_t)n->len) != NULL;
    }
    if (mrt_int_is(item) || user_has(item, "__index__")) {
        int c = byte_arg(item, "byte must be in range(0, 256)");
        if (c < 0) return -1;
        return memchr(b->data, c, (size_t)b->len) != NULL;
    }
    mrt_raise_fmt(&mrt_type_TypeError, "a bytes-like object is required, not '%T'", item);
    return -1;
}

static MrtValue bytes_getitem(MrtValue s, MrtValue key)
{
    MrtBytes *b = B(s);
    if (mrt_is_ptr(key) && mrt_obj(key)->type == &mrt_type_slice) {
        int64_t start, stop, step, count;
        if (mrt_slice_indices(key, b->len, &start, &stop, &step, &count) < 0) return MRT_ERR;
        if (count <= 0) return mrt_bytes_new("", 0);
        if (step == 1) return bytes_range(b, start, start + count);
        MrtBytes *r = mrt_bytes_alloc(count);
        if (!r) return MRT_ERR;
        for (int64_t k = 0; k < count; k++) r->data[k] = b->data[start + k * step];
        return mrt_from_obj(r);
    }
    if (mrt_int_is(key) || user_has(key, "__index__")) {
        int64_t i;
        if (mrt_is_ptr(key) && mrt_obj(key)->type == &mrt_type_int)
            return mrt_raise_msg(&mrt_type_IndexError, "cannot fit 'int' into an index-sized integer");
        if (mrt_index_arg(key, &i) < 0) return MRT_ERR;
        if (i < 0) i += b->len;
        if (i < 0 || i >= b->len) return mrt_raise_msg(&mrt_type_IndexError, "index out of range");
        return mrt_small(b->data[i]);
    }
    return mrt_raise_fmt(&mrt_type_TypeError, "byte indices must be integers or slices, not %T", key);
}

typedef struct BytesIter {
    MrtObject ob;
    MrtValue b;
    int64_t i;
} BytesIter;

static MrtValue bytes_iter_self(MrtValue it) { return it; }
static MrtValue bytes_iter_next(MrtValue v)
{
    BytesIter *it = (BytesIter *)mrt_obj(v);
    if (it->i >= B(it->b)->len) return MRT_STOP;
    return mrt_small(B(it->b)->data[it->i++]);
}
static MrtValue bytes_iter_next_meth(int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtValue r = bytes_iter_next(args[0]);
    return r == MRT_STOP ? mrt_raise(mrt_from_obj(&mrt_type_StopIteration)) : r;
}
static MrtValue bytes_iter_iter_meth(int nargs, const MrtValue *args, MrtValue kwnames) { return args[0]; }
static const MrtMethodDef bytes_iter_methods[] = {
    {"__next__", bytes_iter_next_meth, 0}, {"__iter__", bytes_iter_iter_meth, 0}, {NULL, NULL, 0}};
static MrtType bytes_iterator_type = {
    .ob = {&mrt_type_type},
    .name = "bytes_iterator",
    .basicsize = sizeof(BytesIter),
    .flags = MRT_TF_NOSUBCLASS,
    .iter = bytes_iter_self,
    .next = bytes_iter_next,
    .methods = bytes_iter_methods,
};

static MrtValue bytes_iter(MrtValue s)
{
    if (!bytes_iterator_type.dict) mrt_type_ready(&bytes_iterator_type);
    BytesIter *it = mrt_alloc(&bytes_iterator_type, sizeof(BytesIter));
    if (!it) return mrt_cur_exc ? MRT_ERR : mrt_raise(mrt_from_obj(&mrt_type_MemoryError));
    it->b = s;
    it->i = 0;
    return mrt_from_obj(it);
}

/* bytes(iterable of ints) */
static MrtValue bytes_from_iterable(MrtValue src)
{
    MrtValue it = mrt_iter(src);
    if (!it) return MRT_ERR;
    MrtBuf buf;
    mrt_buf_init(&buf, 16);
    for (;;) {
        MrtValue v = mrt_next(it);
        if (!v) return MRT_ERR;
        if (v == MRT_STOP) break;
        int c = byte_arg(v, "bytes must be in range(0, 256)");
        if (c < 0) return MRT_ERR;
        char ch = (char)c;
        if (mrt_buf_add(&buf, &ch, 1) < 0) return MRT_ERR;
    }
    return mrt_bytes_new(buf.data ? buf.data : "", buf.len);
}

/* bytes(), bytes(n), bytes(iterable), bytes(bytes), bytes(str, encoding[, errors]) */
static MrtValue bytes_tp_new(MrtType *t, int nargs, const MrtValue *args, MrtValue kwnames)
{
    static const char *const kw[] = {"source", "encoding", "errors", NULL};
    MrtValue a[3];
    if (mrt_str_args(NULL, "bytes", MRT_ARGS_KW, nargs, args, kwnames, 0, 3, kw, a) < 0) return MRT_ERR;
    for (int k = 1; k < 3; k++)
        if (a[k] && !mrt_is_str(a[k]))
            return mrt_raise_fmt(&mrt_type_TypeError, "bytes() argument '%s' must be str, not %T", kw[k], a[k]);
    MrtValue src = a[0];
    if (!src) {
        if (a[1] || a[2])
            return mrt_raise_msg(&mrt_type_TypeError,
                                 a[1] ? "encoding without a string argument" : "errors without a string argument");
        return mrt_bytes_new("", 0);
    }
    if (mrt_is_str(src)) {
        if (!a[1]) return mrt_raise_msg(&mrt_type_TypeError, "string argument without an encoding");
        return mrt_str_encode(src, mrt_cstr(a[1]), a[2] ? mrt_cstr(a[2]) : "strict");
    }
    if (a[1] || a[2])
        return mrt_raise_msg(&mrt_type_TypeError,
                             a[1] ? "encoding without a string argument" : "errors without a string argument");
    if (mrt_is_bytes(src)) return src;
    if (user_has(src, "__bytes__")) {
        MrtValue r = mrt_call_method(src, mrt_name("__bytes__"), 0, NULL, 0);
        if (r && !mrt_is_bytes(r))
            return mrt_raise_fmt(&mrt_type_TypeError, "__bytes__ returned non-bytes (type %T)", r);
        return r;
    }
    if (mrt_int_is(src) || user_has(src, "__index__")) {
        int64_t n;
        if (mrt_index_arg(src, &n) < 0) return MRT_ERR;
        if (n < 0) return mrt_raise_msg(&mrt_type_ValueError, "negative count");
        MrtBytes *r = mrt_bytes_alloc(n);
        if (!r) return MRT_ERR;
        memset(r->data, 0, (size_t)n);
        return mrt_from_obj(r);
    }
    MrtType *st = mrt_type_of(src);
    if (!st->iter && !st->getitem)
        return mrt_raise_fmt(&mrt_type_TypeError, "cannot convert '%T' object to bytes", src);
    return bytes_from_iterable(src);
}

/* ---- methods -------------------------------------------------------------------- */

static MrtValue need_bytes(MrtValue v)
{
    return mrt_raise_fmt(&mrt_type_TypeError, "a bytes-like object is required, not '%T'", v);
}

static MrtValue b_decode(int nargs, const MrtValue *args, MrtValue kwnames)
{
    static const char *const kw[] = {"encoding", "errors", NULL};
    MrtValue a[2];
    if (mrt_str_args(NULL, "decode", MRT_ARGS_KW, nargs - 1, args + 1, kwnames, 0, 2, kw, a) < 0) return MRT_ERR;
    for (int k = 0; k < 2; k++)
        if (a[k] && !mrt_is_str(a[k]))
            return mrt_raise_fmt(&mrt_type_TypeError, "decode() argument '%s' must be str, not %T", kw[k], a[k]);
    return mrt_bytes_decode(args[0], a[0] ? mrt_cstr(a[0]) : "utf-8", a[1] ? mrt_cstr(a[1]) : "strict");
}

static MrtValue b_hex(int nargs, const MrtValue *args, MrtValue kwnames)
{
    static const char *const kw[] = {"sep", "bytes_per_sep", NULL};
    MrtValue a[2];
    if (mrt_str_args(NULL, "hex", MRT_ARGS_KW, nargs - 1, args + 1, kwnames, 0, 2, kw, a) < 0) return MRT_ERR;
    char sep = 0;
    int64_t per = 1;
    if (a[0]) {
        int64_t sl = mrt_is_str(a[0]) ? ((MrtStr *)mrt_obj(a[0]))->len : mrt_is_bytes(a[0]) ? B(a[0])->len : -1;
        if (sl < 0) return mrt_raise_fmt(&mrt_type_TypeError, "object of type '%T' has no len()", a[0]);
        if (sl != 1) return mrt_raise_msg(&mrt_type_ValueError, "sep must be length 1.");
        sep = mrt_is_str(a[0]) ? mrt_str_data(a[0])[0] : (char)B(a[0])->data[0];
        if ((unsigned char)sep >= 0x80) return mrt_raise_msg(&mrt_type_ValueError, "sep must be ASCII.");
    }
    if (a[1] && mrt_index_arg(a[1], &per) < 0) return MRT_ERR;
    MrtBytes *b = B(args[0]);
    int64_t g = per < 0 ? -per : per;
    if (!sep || g == 0 || b->len == 0) sep = 0, g = b->len ? b->len : 1;
    MrtBuf out;
    mrt_buf_init(&out, b->len * 3);
    static const char hx[] = "0123456789abcdef";
    for (int64_t i = 0; i < b->len; i++) {
        /* separators count from the right for positive bytes_per_sep */
        int64_t from = per > 0 ? b->len - i : i;
        if (sep && i > 0 && from % g == 0 && mrt_buf_add(&out, &sep, 1) < 0) return MRT_ERR;
        char two[2] = {hx[b->data[i] >> 4], hx[b->data[i] & 15]};
        if (mrt_buf_add(&out, two, 2) < 0) return MRT_ERR;
    }
    return mrt_buf_finish(&out);
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static MrtValue b_fromhex(int nargs, const MrtValue *args, MrtValue kwnames)
{
    /* a class method: args[0] is the class when bound that way */
    int off = nargs >= 1 && mrt_is_ptr(args[0]) && mrt_obj(args[0])->type == &mrt_type_type;
    MrtValue a[1];
    if (mrt_str_args("bytes", "fromhex", MRT_ARGS_ONE, nargs - off, args + off, kwnames, 1, 1, NULL, a) < 0)
        return MRT_ERR;
    if (!mrt_is_str(a[0])) return mrt_raise_fmt(&mrt_type_TypeError, "fromhex() argument must be str, not %T", a[0]);
    MrtStr *s = (MrtStr *)mrt_obj(a[0]);
    MrtBuf out;
    mrt_buf_init(&out, s->size / 2 + 1);
    int64_t i = 0, pos = 0;
    int n;
    while (i < s->size) {
        uint32_t c = mrt_u8_decode(s->data + i, &n);
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            i += n, pos++;
            continue;
        }
        int hi = hexval((int)c), lo = i + 1 < s->size ? hexval((unsigned char)s->data[i + 1]) : -1;
        if (hi < 0 || lo < 0)
            return mrt_raise_fmt(&mrt_type_ValueError, "non-hexadecimal number found in fromhex() arg at position %ld",
                                 (long)(hi < 0 ? pos : pos + 1));
        char ch = (char)(hi * 16 + lo);
        if (mrt_buf_add(&out, &ch, 1) < 0) return MRT_ERR;
        i += 2, pos += 2;
    }
    return mrt_bytes_new(out.data ? out.data : "", out.len);
}

static inline int b_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static MrtValue b_split_impl(int nargs, const MrtValue *args, MrtValue kwnames, int right)
{
    static const char *const kw[] = {"sep", "maxsplit", NULL};
    MrtValue a[2];
    if (mrt_str_args(NULL, right ? "rsplit" : "split", MRT_ARGS_KW, nargs - 1, args + 1, kwnames, 0, 2, kw, a) < 0)
        return MRT_ERR;
    int64_t maxsplit = -1;
    if (a[1] && mrt_index_arg(a[1], &maxsplit) < 0) return MRT_ERR;
    if (maxsplit < 0) maxsplit = INT64_MAX;
    MrtBytes *b = B(args[0]);
    const unsigned char *d = b->data;
    int64_t n = b->len;
    MrtValue list = mrt_list_new(0, NULL), piece;
    if (!list) return MRT_ERR;
#define ADD(i, j)                                                                                                      \
    if (!(piece = bytes_range(b, (i), (j))) || mrt_list_append(list, piece) < 0) return MRT_ERR
    if (a[0] && a[0] != MRT_NONE) {
        if (!mrt_is_bytes(a[0])) return need_bytes(a[0]);
        MrtBytes *sep = B(a[0]);
        if (sep->len == 0) return mrt_raise_msg(&mrt_type_ValueError, "empty separator");
        if (!right) {
            int64_t i = 0;
            for (; maxsplit > 0; maxsplit--) {
                const unsigned char *p = memmem(d + i, (size_t)(n - i), sep->data, (size_t)sep->len);
                if (!p) break;
                ADD(i, p - d);
                i = p - d + sep->len;
            }
            ADD(i, n);
        } else {
            int64_t j = n;
            for (; maxsplit > 0; maxsplit--) {
                int64_t p = j - sep->len;
                while (p >= 0 && memcmp(d + p, sep->data, (size_t)sep->len) != 0) p--;
                if (p < 0) break;
                ADD(p + sep->len, j);
                j = p;
            }
            ADD(0, j);
        }
    } else if (!right) {
        int64_t i = 0;
        for (;;) {
            while (i < n && b_space(d[i])) i++;
            if (i >= n) break;
            if (maxsplit-- == 0) {
                ADD(i, n);
                break;
            }
            int64_t j = i;
            while (j < n && !b_space(d[j])) j++;
            ADD(i, j);
            i = j;
        }
    } else {
        int64_t j = n;
        for (;;) {
            while (j > 0 && b_space(d[j - 1])) j--;
            if (j <= 0) break;
            if (maxsplit-- == 0) {
                ADD(0, j);
                break;
            }
            int64_t i = j;
            while (i > 0 && !b_space(d[i - 1])) i--;
            ADD(i, j);
            j = i;
        }
    }
#undef ADD
    if (right) {
        MrtList *l = (MrtList *)mrt_obj(list);
        for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
            MrtValue t = l->items[i];
            l->items[i] = l->items[j];
            l->items[j] = t;
        }
    }
    return list;
}

static MrtValue b_split(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return b_split_impl(nargs, args, kwnames, 0);
}
static MrtValue b_rsplit(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return b_split_impl(nargs, args, kwnames, 1);
}

static MrtValue b_join(int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtValue a[1];
    if (mrt_str_args("bytes", "join", MRT_ARGS_ONE, nargs - 1, args + 1, kwnames, 1, 1, NULL, a) < 0) return MRT_ERR;
    MrtValue seq = a[0];
    if (!mrt_is_list(seq) && !mrt_is_tuple(seq)) {
        MrtType *t = mrt_type_of(seq);
        if (!t->iter && !t->getitem) return mrt_raise_msg(&mrt_type_TypeError, "can only join an iterable");
        if (!(seq = mrt_list_from_iter(seq))) return MRT_ERR;
    }
    int64_t n = mrt_is_list(seq) ? ((MrtList *)mrt_obj(seq))->len : ((MrtTuple *)mrt_obj(seq))->len;
    const MrtValue *items = mrt_is_list(seq) ? ((MrtList *)mrt_obj(seq))->items : ((MrtTuple *)mrt_obj(seq))->items;
    MrtBytes *sep = B(args[0]);
    int64_t total = 0;
    for (int64_t i = 0; i < n; i++) {
        if (!mrt_is_bytes(items[i]))
            return mrt_raise_fmt(&mrt_type_TypeError, "sequence item %ld: expected a bytes-like object, %T found",
                                 (long)i, items[i]);
        if (mrt_size_add(total, B(items[i])->len + (i ? sep->len : 0), &total) < 0) return MRT_ERR;
    }
    MrtBytes *r = mrt_bytes_alloc(total);
    if (!r) return MRT_ERR;
    unsigned char *o = r->data;
    for (int64_t i = 0; i < n; i++) {
        if (i) memcpy(o, sep->data, (size_t)sep->len), o += sep->len;
        memcpy(o, B(items[i])->data, (size_t)B(items[i])->len);
        o += B(items[i])->len;
    }
    return mrt_from_obj(r);
}

static MrtValue b_strip_impl(int nargs, const MrtValue *args, MrtValue kwnames, const char *name, int l, int r)
{
    MrtValue a[1];
    if (mrt_str_args("bytes", name, MRT_ARGS_CLINIC, nargs - 1, args + 1, kwnames, 0, 1, NULL, a) < 0) return MRT_ERR;
    MrtBytes *b = B(args[0]), *set = NULL;
    if (a[0] && a[0] != MRT_NONE) {
        if (!mrt_is_bytes(a[0])) return need_bytes(a[0]);
        set = B(a[0]);
    }
    int64_t i = 0, j = b->len;
#define STRIPPABLE(c) (set ? memchr(set->data, (c), (size_t)set->len) != NULL : b_space(c))
    if (l)
        while (i < j && STRIPPABLE(b->data[i])) i++;
    if (r)
        while (j > i && STRIPPABLE(b->data[j - 1])) j--;
#undef STRIPPABLE
    return bytes_range(b, i, j);
}

static MrtValue b_strip(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return b_strip_impl(nargs, args, kwnames, "strip", 1, 1);
}
static MrtValue b_lstrip(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return b_strip_impl(nargs, args, kwnames, "lstrip", 1, 0);
}
static MrtValue b_rstrip(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return b_strip_impl(nargs, args, kwnames, "rstrip", 0, 1);
}

/* The needle of find/count/index: bytes or an int byte value (into one[]). */
static int needle_arg(MrtValue v, unsigned char one[1], const unsigned char **p, int64_t *n)
{
    if (mrt_is_bytes(v)) {
        *p = B(v)->data;
        *n = B(v)->len;
        return 0;
    }
    if (mrt_int_is(v) || user_has(v, "__index__")) {
        int c = byte_arg(v, "byte must be in range(0, 256)");
        if (c < 0) return -1;
        one[0] = (unsigned char)c;
        *p = one;
        *n = 1;
        return 0;
    }
    mrt_raise_fmt(&mrt_type_TypeError, "argument should be integer or bytes-like object, not '%T'", v);
    return -1;
}

static int b_find_args(const char *name, int nargs, const MrtValue *args, MrtValue kwnames, unsigned char one[1],
                       const unsigned char **p, int64_t *n, int64_t *start, int64_t *end)
{
    MrtValue a[3];
    if (mrt_str_args("bytes", name, MRT_ARGS_OLD, nargs - 1, args + 1, kwnames, 1, 3, NULL, a) < 0) return -1;
    *start = 0;
    *end = INT64_MAX;
    if (mrt_slice_arg(a[1], start) < 0 || mrt_slice_arg(a[2], end) < 0) return -1;
    if (needle_arg(a[0], one, p, n) < 0) return -1;
    mrt_adjust_indices(start, end, B(args[0])->len);
    return 0;
}

static MrtValue b_find_impl(int nargs, const MrtValue *args, MrtValue kwnames, const char *name, int right, int raise)
{
    unsigned char one[1];
    const unsigned char *p;
    int64_t n, start, end, r = -1;
    if (b_find_args(name, nargs, args, kwnames, one, &p, &n, &start, &end) < 0) return MRT_ERR;
    MrtBytes *b = B(args[0]);
    if (end - start >= n) {
        if (!right) {
            const unsigned char *q = n ? memmem(b->data + start, (size_t)(end - start), p, (size_t)n) : b->data + start;
            if (q) r = q - b->data;
        } else {
            for (int64_t k = end - n; k >= start; k--)
                if (memcmp(b->data + k, p, (size_t)n) == 0) {
                    r = k;
                    break;
                }
        }
    }
    if (r < 0 && raise) return mrt_raise_msg(&mrt_type_ValueError, "subsection not found");
    return mrt_small(r);
}

static MrtValue b_find(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return b_find_impl(nargs, args, kwnames, "find", 0, 0);
}
static MrtValue b_rfind(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return b_find_impl(nargs, args, kwnames, "rfind", 1, 0);
}
static MrtValue b_index(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return b_find_impl(nargs, args, kwnames, "index", 0, 1);
}
static MrtValue b_rindex(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return b_find_impl(nargs, args, kwnames, "rindex", 1, 1);
}

static MrtValue b_count(int nargs, const MrtValue *args, MrtValue kwnames)
{
    unsigned char one[1];
    const unsigned char *p;
    int64_t n, start, end, c = 0;
    if (b_find_args("count", nargs, args, kwnames, one, &p, &n, &start, &end) < 0) return MRT_ERR;
    if (end - start < n) return mrt_small(0);
    if (n == 0) return mrt_small(end - start + 1);
    MrtBytes *b = B(args[0]);
    for (const unsigned char *q = b->data + start;; c++) {
        q = memmem(q, (size_t)(b->data + end - q), p, (size_t)n);
        if (!q) break;
        q += n;
    }
    return mrt_small(c);
}

static MrtValue b_startend(int nargs, const MrtValue *args, MrtValue kwnames, const char *name, int right)
{
    MrtValue a[3];
    int64_t start = 0, end = INT64_MAX;
    if (mrt_str_args("bytes", name, MRT_ARGS_OLD, nargs - 1, args + 1, kwnames, 1, 3, NULL, a) < 0) return MRT_ERR;
    if (mrt_slice_arg(a[1], &start) < 0 || mrt_slice_arg(a[2], &end) < 0) return MRT_ERR;
    MrtBytes *b = B(args[0]);
    mrt_adjust_indices(&start, &end, b->len);
    int64_t cnt = mrt_is_tuple(a[0]) ? ((MrtTuple *)mrt_obj(a[0]))->len : 1;
    if (!mrt_is_tuple(a[0]) && !mrt_is_bytes(a[0]))
        return mrt_raise_fmt(&mrt_type_TypeError, "%s first arg must be bytes or a tuple of bytes, not %T", name, a[0]);
    for (int64_t k = 0; k < cnt; k++) {
        MrtValue x = mrt_is_tuple(a[0]) ? ((MrtTuple *)mrt_obj(a[0]))->items[k] : a[0];
        if (!mrt_is_bytes(x)) return mrt_raise_fmt(&mrt_type_TypeError, "a bytes-like object is required, not '%T'", x);
        int64_t n = B(x)->len, at = right ? end - n : start;
        if (end - start >= n && memcmp(b->data + at, B(x)->data, (size_t)n) == 0) return MRT_TRUE;
    }
    return MRT_FALSE;
}

static MrtValue b_startswith(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return b_startend(nargs, args, kwnames, "startswith", 0);
}
static MrtValue b_endswith(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return b_startend(nargs, args, kwnames, "endswith", 1);
}

static MrtValue b_replace(int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtValue a[3];
    if (mrt_str_args("bytes", "replace", MRT_ARGS_CLINIC, nargs - 1, args + 1, kwnames, 2, 3, NULL, a) < 0)
        return MRT_ERR;
    if (!mrt_is_bytes(a[0])) return need_bytes(a[0]);
    if (!mrt_is_bytes(a[1])) return need_bytes(a[1]);
    int64_t count = -1;
    if (a[2] && mrt_index_arg(a[2], &count) < 0) return MRT_ERR;
    if (count < 0) count = INT64_MAX;
    MrtBytes *b = B(args[0]), *old = B(a[0]), *new = B(a[1]);
    MrtBuf out; /* a byte buffer; copied into the bytes object at the end */
    mrt_buf_init(&out, b->len);
    int64_t i = 0, done = 0;
    if (old->len == 0) {
        for (; done < count && i <= b->len; done++, i++) {
            if (mrt_buf_add(&out, (const char *)new->data, new->len) < 0) return MRT_ERR;
            if (i < b->len && mrt_buf_add(&out, (const char *)b->data + i, 1) < 0) return MRT_ERR;
        }
    } else {
        for (; done < count; done++) {
            const unsigned char *p = memmem(b->data + i, (size_t)(b->len - i), old->data, (size_t)old->len);
            if (!p) break;
            if (mrt_buf_add(&out, (const char *)b->data + i, p - (b->data + i)) < 0 ||
                mrt_buf_add(&out, (const char *)new->data, new->len) < 0)
                return MRT_ERR;
            i = p - b->data + old->len;
        }
    }
    if (done == 0) return args[0];
    if (i < b->len && mrt_buf_add(&out, (const char *)b->data + i, b->len - i) < 0) return MRT_ERR;
    return mrt_bytes_new(out.data ? out.data : "", out.len);
}

static MrtValue b_case(int nargs, const MrtValue *args, MrtValue kwnames, const char *name, int upper)
{
    if (mrt_str_args("bytes", name, MRT_ARGS_NONE, nargs - 1, args + 1, kwnames, 0, 0, NULL, NULL) < 0) return MRT_ERR;
    MrtBytes *b = B(args[0]), *r = mrt_bytes_alloc(b->len);
    if (!r) return MRT_ERR;
    for (int64_t i = 0; i < b->len; i++) {
        unsigned char c = b->data[i];
        if (upper && c >= 'a' && c <= 'z')
            c -= 32;
        else if (!upper && c >= 'A' && c <= 'Z')
            c += 32;
        r->data[i] = c;
    }
    return mrt_from_obj(r);
}

static MrtValue b_upper(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return b_case(nargs, args, kwnames, "upper", 1);
}
static MrtValue b_lower(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return b_case(nargs, args, kwnames, "lower", 0);
}

enum { BP_DIGIT, BP_ALPHA, BP_ALNUM, BP_SPACE, BP_UPPER, BP_LOWER };

static MrtValue b_pred(int nargs, const MrtValue *args, MrtValue kwnames, const char *name, int kind)
{
    if (mrt_str_args("bytes", name, MRT_ARGS_NONE, nargs - 1, args + 1, kwnames, 0, 0, NULL, NULL) < 0) return MRT_ERR;
    MrtBytes *b = B(args[0]);
    int cased = 0;
    if (b->len == 0) return MRT_FALSE;
    for (int64_t i = 0; i < b->len; i++) {
        unsigned char c = b->data[i];
        int dg = c >= '0' && c <= '9', up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
        switch (kind) {
        case BP_DIGIT:
            if (!dg) return MRT_FALSE;
            break;
        case BP_ALPHA:
            if (!up && !lo) return MRT_FALSE;
            break;
        case BP_ALNUM:
            if (!up && !lo && !dg) return MRT_FALSE;
            break;
        case BP_SPACE:
            if (!b_space(c)) return MRT_FALSE;
            break;
        case BP_UPPER:
            if (lo) return MRT_FALSE;
            cased |= up;
            break;
        default:
            if (up) return MRT_FALSE;
            cased |= lo;
            break;
        }
    }
    return mrt_bool(kind == BP_UPPER || kind == BP_LOWER ? cased : 1);
}

#define BPRED(fn, name, kind)                                                                                          \
    static MrtValue fn(int nargs, const MrtValue *args, MrtValue kwnames)                                              \
    {                                                                                                                  \
        return b_pred(nargs, args, kwnames, name, kind);                                                               \
    }
BPRED(b_isdigit, "isdigit", BP_DIGIT)
BPRED(b_isalpha, "isalpha", BP_ALPHA)
BPRED(b_isalnum, "isalnum", BP_ALNUM)
BPRED(b_isspace, "isspace", BP_SPACE)
BPRED(b_isupper, "isupper", BP_UPPER)
BPRED(b_islower, "islower", BP_LOWER)

/* ---- methods mirroring str: layout, case, partition, translate ----------------- */

/* The bytes-like argument of partition, translate, ...: molt's only
 * bytes-like type is bytes. NULL with CPython's TypeError otherwise. */
static MrtBytes *bytes_arg(MrtValue v)
{
    if (mrt_is_bytes(v)) return B(v);
    need_bytes(v);
    return NULL;
}

static MrtValue b_pad(MrtValue bv, int64_t left, int64_t right, unsigned char fill)
{
    MrtBytes *b = B(bv), *r;
    int64_t n;
    if (mrt_size_add(b->len, left, &n) < 0 || mrt_size_add(n, right, &n) < 0 || !(r = mrt_bytes_alloc(n)))
        return MRT_ERR;
    memset(r->data, fill, (size_t)left);
    memcpy(r->data + left, b->data, (size_t)b->len);
    memset(r->data + left + b->len, fill, (size_t)right);
    return mrt_from_obj(r);
}

/* ljust (how < 0), rjust (how > 0) and center (how == 0) */
static MrtValue b_just(int nargs, const MrtValue *args, MrtValue kwnames, const char *name, int how)
{
    MrtValue a[2];
    int64_t width;
    unsigned char fill = ' ';
    if (mrt_str_args("bytes", name, MRT_ARGS_CLINIC, nargs - 1, args + 1, kwnames, 1, 2, NULL, a) < 0) return MRT_ERR;
    if (mrt_index_arg(a[0], &width) < 0) return MRT_ERR;
    if (a[1]) {
        if (!mrt_is_bytes(a[1]) || B(a[1])->len != 1)
            return mrt_raise_fmt(&mrt_type_TypeError, "%s() argument 2 must be a byte string of length 1, not %T", name,
                                 a[1]);
        fill = B(a[1])->data[0];
    }
    int64_t marg = width - B(args[0])->len;
    if (marg <= 0) return args[0];
    if (how < 0) return b_pad(args[0], 0, marg, fill);
    if (how > 0) return b_pad(args[0], marg, 0, fill);
    int64_t left = marg / 2 + (marg & width & 1); /* CPython's centring rule */
    return b_pad(args[0], left, marg - left, fill);
}

static MrtValue b_ljust(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return b_just(nargs, args, kwnames, "ljust", -1);
}
static MrtValue b_rjust(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return b_just(nargs, args, kwnames, "rjust", 1);
}
static MrtValue b_center(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return b_just(nargs, args, kwnames, "center", 0);
}

static MrtValue b_zfill(int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtValue a[1];
    int64_t width;
    if (mrt_str_args("bytes", "zfill", MRT_ARGS_ONE, nargs - 1, args + 1, kwnames, 1, 1, NULL, a) < 0) return MRT_ERR;
    if (mrt_index_arg(a[0], &width) < 0) return MRT_ERR;
    MrtBytes *b = B(args[0]);
    if (width <= b->len) return args[0];
    MrtValue r = b_pad(args[0], width - b->len, 0, '0');
    if (!r) return MRT_ERR;
    if (b->len && (b->data[0] == '+' || b->data[0] == '-')) { /* the sign goes first */
        B(r)->data[width - b->len] = '0';
        B(r)->data[0] = b->data[0];
    }
    return r;
}

static MrtValue b_expandtabs(int nargs, const MrtValue *args, MrtValue kwnames)
{
    static const char *const kw[] = {"tabsize", NULL};
    MrtValue a[1];
    int64_t tab = 8, col = 0;
    if (mrt_str_args(NULL, "expandtabs", MRT_ARGS_KW, nargs - 1, args + 1, kwnames, 0, 1, kw, a) < 0) return MRT_ERR;
    if (a[0] && mrt_index_arg(a[0], &tab) < 0) return MRT_ERR;
    MrtBytes *b = B(args[0]);
    MrtBuf out;
    mrt_buf_init(&out, b->len + 16);
    for (int64_t i = 0; i < b->len; i++) {
        unsigned char c = b->data[i];
        if (c == '\t') {
            int64_t k = tab > 0 ? tab - col % tab : 0;
            if (mrt_buf_addfill(&out, ' ', k) < 0) return MRT_ERR;
            col += k;
            continue;
        }
        if (mrt_buf_add(&out, (const char *)&c, 1) < 0) return MRT_ERR;
        col = c == '\n' || c == '\r' ? 0 : col + 1;
    }
    return mrt_bytes_new(out.data ? out.data : "", out.len);
}

/* bytes line boundaries are only \n, \r and \r\n (str knows more) */
static MrtValue b_splitlines(int nargs, const MrtValue *args, MrtValue kwnames)
{
    static const char *const kw[] = {"keepends", NULL};
    MrtValue a[1], piece;
    int64_t keep = 0;
    if (mrt_str_args(NULL, "splitlines", MRT_ARGS_KW, nargs - 1, args + 1, kwnames, 0, 1, kw, a) < 0) return MRT_ERR;
    if (a[0] && mrt_index_arg(a[0], &keep) < 0) return MRT_ERR;
    MrtBytes *b = B(args[0]);
    MrtValue list = mrt_list_new(0, NULL);
    if (!list) return MRT_ERR;
    for (int64_t i = 0; i < b->len;) {
        int64_t j = i;
        while (j < b->len && b->data[j] != '\n' && b->data[j] != '\r') j++;
        int64_t eol = j < b->len ? j + 1 + (b->data[j] == '\r' && j + 1 < b->len && b->data[j + 1] == '\n') : j;
        if (!(piece = bytes_range(b, i, keep ? eol : j)) || mrt_list_append(list, piece) < 0) return MRT_ERR;
        i = eol;
    }
    return list;
}

static MrtValue b_partition_impl(int nargs, const MrtValue *args, MrtValue kwnames, const char *name, int right)
{
    MrtValue a[1];
    if (mrt_str_args("bytes", name, MRT_ARGS_ONE, nargs - 1, args + 1, kwnames, 1, 1, NULL, a) < 0) return MRT_ERR;
    MrtBytes *b = B(args[0]), *sep = bytes_arg(a[0]);
    if (!sep) return MRT_ERR;
    if (sep->len == 0) return mrt_raise_msg(&mrt_type_ValueError, "empty separator");
    int64_t at = -1;
    if (!right) {
        const unsigned char *p = memmem(b->data, (size_t)b->len, sep->data, (size_t)sep->len);
        if (p) at = p - b->data;
    } else {
        for (int64_t k = b->len - sep->len; k >= 0 && at < 0; k--)
            if (memcmp(b->data + k, sep->data, (size_t)sep->len) == 0) at = k;
    }
    MrtValue it[3];
    if (at < 0) {
        it[0] = it[1] = it[2] = mrt_bytes_new("", 0);
        if (!it[0]) return MRT_ERR;
        it[right ? 2 : 0] = args[0];
    } else {
        it[0] = bytes_range(b, 0, at);
        it[1] = a[0];
        it[2] = bytes_range(b, at + sep->len, b->len);
        if (!it[0] || !it[2]) return MRT_ERR;
    }
    return mrt_tuple_new(3, it);
}

static MrtValue b_partition(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return b_partition_impl(nargs, args, kwnames, "partition", 0);
}
static MrtValue b_rpartition(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return b_partition_impl(nargs, args, kwnames, "rpartition", 1);
}

static MrtValue b_affix(int nargs, const MrtValue *args, MrtValue kwnames, const char *name, int suffix)
{
    MrtValue a[1];
    if (mrt_str_args("bytes", name, MRT_ARGS_ONE, nargs - 1, args + 1, kwnames, 1, 1, NULL, a) < 0) return MRT_ERR;
    MrtBytes *b = B(args[0]), *x = bytes_arg(a[0]);
    if (!x) return MRT_ERR;
    if (x->len == 0 || x->len > b->len) return args[0];
    int64_t at = suffix ? b->len - x->len : 0;
    if (memcmp(b->data + at, x->data, (size_t)x->len) != 0) return args[0];
    return suffix ? bytes_range(b, 0, at) : bytes_range(b, x->len, b->len);
}

static MrtValue b_removeprefix(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return b_affix(nargs, args, kwnames, "removeprefix", 0);
}
static MrtValue b_removesuffix(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return b_affix(nargs, args, kwnames, "removesuffix", 1);
}

static inline int b_upper_c(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static inline int b_lower_c(unsigned char c) { return c >= 'a' && c <= 'z'; }

enum { BC_CAPITALIZE, BC_TITLE, BC_SWAP };

/* ASCII-only case changes: bytes never look past ASCII letters. */
static MrtValue b_recase(int nargs, const MrtValue *args, MrtValue kwnames, const char *name, int kind)
{
    if (mrt_str_args("bytes", name, MRT_ARGS_NONE, nargs - 1, args + 1, kwnames, 0, 0, NULL, NULL) < 0) return MRT_ERR;
    MrtBytes *b = B(args[0]), *r = mrt_bytes_alloc(b->len);
    if (!r) return MRT_ERR;
    int prev_cased = 0;
    for (int64_t i = 0; i < b->len; i++) {
        unsigned char c = b->data[i];
        int up = b_upper_c(c), lo = b_lower_c(c), to_upper;
        if (kind == BC_SWAP)
            to_upper = lo;
        else if (kind == BC_CAPITALIZE)
            to_upper = i == 0;
        else
            to_upper = !prev_cased;
        if (to_upper && lo)
            c -= 32;
        else if (!to_upper && up)
            c += 32;
        r->data[i] = c;
        prev_cased = up || lo;
    }
    return mrt_from_obj(r);
}

static MrtValue b_capitalize(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return b_recase(nargs, args, kwnames, "capitalize", BC_CAPITALIZE);
}
static MrtValue b_title(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return b_recase(nargs, args, kwnames, "title", BC_TITLE);
}
static MrtValue b_swapcase(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return b_recase(nargs, args, kwnames, "swapcase", BC_SWAP);
}

/* Title case: an uppercase letter only after an uncased byte, a lowercase
 * one only after a cased byte, and at least one cased byte. */
static MrtValue b_istitle(int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (mrt_str_args("bytes", "istitle", MRT_ARGS_NONE, nargs - 1, args + 1, kwnames, 0, 0, NULL, NULL) < 0)
        return MRT_ERR;
    MrtBytes *b = B(args[0]);
    int prev_cased = 0, cased = 0;
    for (int64_t i = 0; i < b->len; i++) {
        unsigned char c = b->data[i];
        if (b_upper_c(c)) {
            if (prev_cased) return MRT_FALSE;
            prev_cased = cased = 1;
        } else if (b_lower_c(c)) {
            if (!prev_cased) return MRT_FALSE;
            prev_cased = cased = 1;
        } else {
            prev_cased = 0;
        }
    }
    return mrt_bool(cased);
}

static MrtValue b_isascii(int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (mrt_str_args("bytes", "isascii", MRT_ARGS_NONE, nargs - 1, args + 1, kwnames, 0, 0, NULL, NULL) < 0)
        return MRT_ERR;
    MrtBytes *b = B(args[0]);
    for (int64_t i = 0; i < b->len; i++)
        if (b->data[i] >= 0x80) return MRT_FALSE;
    return MRT_TRUE;
}

/* translate(table, /, delete=b''): table is None or 256 bytes */
static MrtValue b_translate(int nargs, const MrtValue *args, MrtValue kwnames)
{
    static const char *const kw[] = {"", "delete", NULL};
    MrtValue a[2];
    if (nargs < 2)
        return mrt_raise_fmt(&mrt_type_TypeError, "translate() takes at least 1 positional argument (%d given)",
                             nargs - 1);
    if (mrt_str_args(NULL, "translate", MRT_ARGS_KW, nargs - 1, args + 1, kwnames, 1, 2, kw, a) < 0) return MRT_ERR;
    MrtBytes *b = B(args[0]), *table = NULL, *del = NULL;
    if (a[0] != MRT_NONE) {
        if (!(table = bytes_arg(a[0]))) return MRT_ERR;
        if (table->len != 256)
            return mrt_raise_msg(&mrt_type_ValueError, "translation table must be 256 characters long");
    }
    if (a[1] && !(del = bytes_arg(a[1]))) return MRT_ERR;
    MrtBytes *r = mrt_bytes_alloc(b->len);
    if (!r) return MRT_ERR;
    int64_t n = 0;
    for (int64_t i = 0; i < b->len; i++) {
        unsigned char c = b->data[i];
        if (del && memchr(del->data, c, (size_t)del->len)) continue;
        r->data[n++] = table ? table->data[c] : c;
    }
    return bytes_range(r, 0, n);
}

/* bytes.maketrans(frm, to, /): the 256-byte table mapping frm[i] to to[i] */
static MrtValue b_maketrans(int nargs, const MrtValue *args, MrtValue kwnames)
{
    /* zero positionals checked: this only rejects keywords */
    if (mrt_str_args("bytes", "maketrans", MRT_ARGS_OLD, 0, args, kwnames, 0, 0, NULL, NULL) < 0) return MRT_ERR;
    if (nargs != 2) return mrt_raise_fmt(&mrt_type_TypeError, "maketrans expected 2 arguments, got %d", nargs);
    MrtBytes *frm = bytes_arg(args[0]), *to = frm ? bytes_arg(args[1]) : NULL;
    if (!to) return MRT_ERR;
    if (frm->len != to->len) return mrt_raise_msg(&mrt_type_ValueError, "maketrans arguments must have same length");
    MrtBytes *r = mrt_bytes_alloc(256);
    if (!r) return MRT_ERR;
    for (int i = 0; i < 256; i++) r->data[i] = (unsigned char)i;
    for (int64_t i = 0; i < frm->len; i++) r->data[frm->data[i]] = to->data[i];
    return mrt_from_obj(r);
}

static const MrtMethodDef bytes_methods[] = {
    {"decode", b_decode, 0},
    {"hex", b_hex, 0},
    {"fromhex", b_fromhex, MRT_METH_CLASS},
    {"split", b_split, 0},
    {"rsplit", b_rsplit, 0},
    {"join", b_join, 0},
    {"strip", b_strip, 0},
    {"lstrip", b_lstrip, 0},
    {"rstrip", b_rstrip, 0},
    {"startswith", b_startswith, 0},
    {"endswith", b_endswith, 0},
    {"find", b_find, 0},
    {"rfind", b_rfind, 0},
    {"index", b_index, 0},
    {"rindex", b_rindex, 0},
    {"count", b_count, 0},
    {"replace", b_replace, 0},
    {"upper", b_upper, 0},
    {"lower", b_lower, 0},
    {"isdigit", b_isdigit, 0},
    {"isalpha", b_isalpha, 0},
    {"isalnum", b_isalnum, 0},
    {"isspace", b_isspace, 0},
    {"isupper", b_isupper, 0},
    {"islower", b_islower, 0},
    {"isascii", b_isascii, 0},
    {"istitle", b_istitle, 0},
    {"ljust", b_ljust, 0},
    {"rjust", b_rjust, 0},
    {"center", b_center, 0},
    {"zfill", b_zfill, 0},
    {"expandtabs", b_expandtabs, 0},
    {"splitlines", b_splitlines, 0},
    {"partition", b_partition, 0},
    {"rpartition", b_rpartition, 0},
    {"removeprefix", b_removeprefix, 0},
    {"removesuffix", b_removesuffix, 0},
    {"capitalize", b_capitalize, 0},
    {"title", b_title, 0},
    {"swapcase", b_swapcase, 0},
    {"translate", b_translate, 0},
    {"maketrans", b_maketrans, MRT_METH_STATIC},
    {NULL, NULL, 0},
};

MrtType mrt_type_bytes = {
    .ob = {&mrt_type_type},
    .name = "bytes",
    .basicsize = sizeof(MrtBytes),
    .repr = bytes_repr,
    .hash = bytes_hash,
    .richcmp = bytes_richcmp,
    .binop = bytes_binop,
    .truthy = bytes_truthy,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .iter = bytes_iter,
    .tp_new = bytes_tp_new,
    .methods = bytes_methods,
};
