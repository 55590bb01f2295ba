/* mrt_strs.h — private declarations shared by the str, bytes and formatting
 * files (mrt_str.c, mrt_bytes.c, mrt_format.c, mrt_strbuiltins.c): UTF-8
 * helpers, Unicode properties, raw str/bytes construction, argument checks. */
#ifndef MRT_STRS_H
#define MRT_STRS_H

#include "mrt_internal.h"

/* ---- UTF-8 (str data is UTF-8; lone surrogates are kept as 3-byte forms) -- */
static inline int mrt_u8_seqlen(unsigned char lead) { return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }
/* Decode the code point at p (trusted, well-formed data); *n = its byte length. */
static inline uint32_t mrt_u8_decode(const char *s, int *n)
{
    const unsigned char *p = (const unsigned char *)s;
    uint32_t c = p[0];
    if (c < 0x80) {
        *n = 1;
        return c;
    }
    if (c < 0xE0) {
        *n = 2;
        return ((c & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (c < 0xF0) {
        *n = 3;
        return ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    *n = 4;
    return ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}
static inline int mrt_u8_len(uint32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }
static inline int mrt_u8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = 0xC0 | (cp >> 6);
        o[1] = 0x80 | (cp & 0x3F);
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = 0xE0 | (cp >> 12);
        o[1] = 0x80 | ((cp >> 6) & 0x3F);
        o[2] = 0x80 | (cp & 0x3F);
        return 3;
    }
    o[0] = 0xF0 | (cp >> 18);
    o[1] = 0x80 | ((cp >> 12) & 0x3F);
    o[2] = 0x80 | ((cp >> 6) & 0x3F);
    o[3] = 0x80 | (cp & 0x3F);
    return 4;
}
int64_t mrt_u8_count(const char *s, int64_t size); /* code points in well-formed UTF-8 */

/* ---- Unicode properties (CPython 3.11 / Unicode 14.0 semantics) ---------- */
#define MRT_UC_PRINT          0x1
#define MRT_UC_SPACE          0x2
#define MRT_UC_ALPHA          0x4
#define MRT_UC_DECIMAL        0x8
#define MRT_UC_DIGIT          0x10
#define MRT_UC_NUMERIC        0x20
#define MRT_UC_UPPER          0x40
#define MRT_UC_LOWER          0x80
#define MRT_UC_TITLE          0x100
#define MRT_UC_XID_START      0x200
#define MRT_UC_XID_CONT       0x400
#define MRT_UC_CASE_IGNORABLE 0x800
#define MRT_UC_CASED          (MRT_UC_UPPER | MRT_UC_LOWER | MRT_UC_TITLE)
unsigned mrt_uc_flags(uint32_t cp);
int mrt_uc_decimal(uint32_t cp); /* decimal digit value (int("١٢")), -1 if none */
int mrt_uc_isspace(uint32_t cp);
int mrt_uc_islinebreak(uint32_t cp); /* str.splitlines boundaries */
/* Full case mapping of one code point; kind 'U' upper, 'L' lower, 'T' title,
 * 'F' casefold. Returns the number of code points written to out (1..3). The
 * final-sigma rule of lower() is the caller's business. */
int mrt_uc_case(uint32_t cp, int kind, uint32_t out[3]);

/* ---- str construction ---------------------------------------------------- */
/* An uninitialised str of `size` bytes holding `len` code points: fill
 * s->data[0..size) and then call mrt_str_seal. NULL with MemoryError raised. */
MrtStr *mrt_str_alloc(int64_t size, int64_t len);
MrtValue mrt_str_seal(MrtStr *s);
MrtValue mrt_str_new_len(const char *utf8, int64_t size, int64_t len); /* len known */
MrtValue mrt_str_empty(void);
MrtValue mrt_str_char(uint32_t cp);                               /* 1-char str, cached for ASCII */
int64_t mrt_str_offset(MrtStr *s, int64_t i);                     /* byte offset of code point i (0 <= i <= len) */
MrtValue mrt_str_substr(MrtValue s, int64_t start, int64_t stop); /* code point range, clamped */
MrtValue mrt_str_ascii(MrtValue s);                               /* repr(s) with non-ASCII escaped */
MrtValue mrt_intern_value(MrtValue s);                            /* the interned str equal to s */
int mrt_buf_addcp(MrtBuf *b, uint32_t cp);
int mrt_buf_addfill(MrtBuf *b, uint32_t cp, int64_t n); /* n copies of cp */
/* Decode UTF-8 bytes with CPython's error handlers ("strict", "replace",
 * "ignore", "surrogateescape", "backslashreplace"); UnicodeDecodeError with
 * CPython's message. Use it for any text from outside (files, input()). */
MrtValue mrt_str_decode_utf8(const char *p, int64_t n, const char *errors);
/* str.encode's work: "utf-8", "ascii" or "latin-1"; -> bytes */
MrtValue mrt_str_encode(MrtValue s, const char *encoding, const char *errors);
/* A code point argument for chr() and %c: int-like in range(0x110000). */
int mrt_codepoint_arg(MrtValue v, uint32_t *out);
MrtValue mrt_ascii_of(MrtValue v); /* ascii(v): repr with non-ASCII escaped */

/* ---- hashing ---------------------------------------------------------------- */
int64_t mrt_hash_bytes(const void *p, size_t n); /* SipHash-2-4, keyed per process */

/* ---- bytes ---------------------------------------------------------------- */
MrtBytes *mrt_bytes_alloc(int64_t len); /* uninitialised data, NUL set; NULL + MemoryError */
MrtValue mrt_bytes_decode(MrtValue b, const char *encoding, const char *errors); /* -> str */
static inline int mrt_is_bytes(MrtValue v) { return mrt_is_ptr(v) && mrt_obj(v)->type == &mrt_type_bytes; }

/* ---- formatting (mrt_format.c) --------------------------------------------- */
MrtValue mrt_str_format_method(int nargs, const MrtValue *args, MrtValue kwnames); /* str.format */
MrtValue mrt_str_format_map(int nargs, const MrtValue *args, MrtValue kwnames);    /* str.format_map */
MrtValue mrt_bytes_mod(MrtValue fmt, MrtValue args);                               /* bytes % args */

/* ---- argument checking with CPython's messages ---------------------------- */
enum {
    MRT_ARGS_CLINIC, /* "center expected at most 2 arguments, got 3" */
    MRT_ARGS_OLD,    /* "find() takes at most 3 arguments (4 given)" */
    MRT_ARGS_ONE,    /* "str.join() takes exactly one argument (0 given)" */
    MRT_ARGS_NONE,   /* "str.upper() takes no arguments (1 given)" */
    MRT_ARGS_KW      /* keywords allowed (names in kwlist) */
};
/* Checks nargs positional arguments args[0..nargs) (self excluded) and the
 * keywords named in kwnames (values follow the positionals) against
 * [min, max]; fills out[0..max) (0 for absent ones). tname may be NULL. */
int mrt_str_args(const char *tname, const char *fname, int style, int nargs, const MrtValue *args, MrtValue kwnames,
                 int min, int max, const char *const *kwlist, MrtValue *out);
/* An int-like argument (int, bool, or a user __index__) as int64. */
int mrt_index_arg(MrtValue v, int64_t *out);
/* CPython's slice-index arguments of find/count/startswith: None, int or __index__. */
int mrt_slice_arg(MrtValue v, int64_t *out); /* out unchanged for 0/None */
/* Clamp [start, end) to a sequence of length len the way str.find does. */
void mrt_adjust_indices(int64_t *start, int64_t *end, int64_t len);

#endif
