/* mrt_strbuiltins.c — the text builtins: repr(), ascii(), ord(), chr() and
 * format(), plus the ascii() escaping that %a and !a share. */
#include "mrt_strs.h"

#include <stdio.h>

MrtValue mrt_ascii_of(MrtValue v)
{
    MrtValue r = mrt_repr(v);
    if (!r) return MRT_ERR;
    MrtStr *s = (MrtStr *)mrt_obj(r);
    if (s->ascii) return r;
    MrtBuf b;
    mrt_buf_init(&b, s->size + 16);
    int n;
    for (int64_t i = 0; i < s->size; i += n) {
        uint32_t cp = mrt_u8_decode(s->data + i, &n);
        int rc;
        if (cp < 0x80)
            rc = mrt_buf_add(&b, s->data + i, 1);
        else {
            char e[12];
            if (cp < 0x100)
                snprintf(e, sizeof e, "\\x%02x", cp);
            else if (cp < 0x10000)
                snprintf(e, sizeof e, "\\u%04x", cp);
            else
                snprintf(e, sizeof e, "\\U%08x", cp);
            rc = mrt_buf_adds(&b, e);
        }
        if (rc < 0) return MRT_ERR;
    }
    return mrt_buf_finish(&b);
}

MrtValue mrt_bi_repr(int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtValue a[1];
    if (mrt_str_args(NULL, "repr", MRT_ARGS_ONE, nargs, args, kwnames, 1, 1, NULL, a) < 0) return MRT_ERR;
    return mrt_repr(a[0]);
}

MrtValue mrt_bi_ascii(int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtValue a[1];
    if (mrt_str_args(NULL, "ascii", MRT_ARGS_ONE, nargs, args, kwnames, 1, 1, NULL, a) < 0) return MRT_ERR;
    return mrt_ascii_of(a[0]);
}

MrtValue mrt_bi_ord(int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtValue a[1];
    if (mrt_str_args(NULL, "ord", MRT_ARGS_ONE, nargs, args, kwnames, 1, 1, NULL, a) < 0) return MRT_ERR;
    int64_t len;
    if (mrt_is_str(a[0])) {
        MrtStr *s = (MrtStr *)mrt_obj(a[0]);
        if (s->len == 1) {
            int n;
            return mrt_small(mrt_u8_decode(s->data, &n));
        }
        len = s->len;
    } else if (mrt_is_bytes(a[0])) {
        MrtBytes *b = (MrtBytes *)mrt_obj(a[0]);
        if (b->len == 1) return mrt_small(b->data[0]);
        len = b->len;
    } else {
        return mrt_raise_fmt(&mrt_type_TypeError, "ord() expected string of length 1, but %T found", a[0]);
    }
    return mrt_raise_fmt(&mrt_type_TypeError, "ord() expected a character, but string of length %ld found", (long)len);
}

MrtValue mrt_bi_chr(int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtValue a[1];
    uint32_t cp;
    if (mrt_str_args(NULL, "chr", MRT_ARGS_ONE, nargs, args, kwnames, 1, 1, NULL, a) < 0) return MRT_ERR;
    if (mrt_codepoint_arg(a[0], &cp) < 0) return MRT_ERR;
    return mrt_str_char(cp);
}

MrtValue mrt_bi_format(int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtValue a[2];
    if (mrt_str_args(NULL, "format", MRT_ARGS_CLINIC, nargs, args, kwnames, 1, 2, NULL, a) < 0) return MRT_ERR;
    if (!a[1]) return mrt_format(a[0], mrt_str_empty());
    if (!mrt_is_str(a[1])) return mrt_raise_fmt(&mrt_type_TypeError, "format() argument 2 must be str, not %T", a[1]);
    return mrt_format(a[0], a[1]);
}
