/* mrt_numbytes.c — conversions between numbers and their byte or hex
 * spellings: int.to_bytes, int.from_bytes, float.hex, float.fromhex. */
#include "mrt_num.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* byteorder argument: 1 for 'big', 0 for 'little', -1 error. */
static int byteorder_of(MrtValue v)
{
    if (!v) return 1; /* 3.11 default */
    if (!mrt_is_str(v)) {
        mrt_raise_fmt(&mrt_type_TypeError, "to_bytes() argument 'byteorder' must be str, not %T", v);
        return -1;
    }
    if (!strcmp(mrt_str_data(v), "big")) return 1;
    if (!strcmp(mrt_str_data(v), "little")) return 0;
    mrt_raise_msg(&mrt_type_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

/* Positional-or-keyword arguments as mrt_parse_args leaves them (a[i]
 * positional, a[npos + i] the keyword of the same name): whichever was given. */
static void pos_or_kw(const MrtValue *a, int npos, MrtValue *out)
{
    for (int i = 0; i < npos; i++) out[i] = a[i] ? a[i] : a[npos + i];
}

/* int.to_bytes(length=1, byteorder='big', *, signed=False) */
MrtValue mrt_int_to_bytes(int nargs, const MrtValue *args, MrtValue kwnames)
{
    static const char *const kw[] = {"length", "byteorder", "signed", NULL};
    MrtValue a[5] = {0}, v[2];
    if (mrt_parse_args("to_bytes", nargs - 1, args + 1, kwnames, 0, 2, kw, a) < 0) return MRT_ERR;
    pos_or_kw(a, 2, v);
    int64_t len = 1;
    if (v[0] && mrt_as_index(v[0], &len) < 0) return MRT_ERR;
    if (len < 0) return mrt_raise_msg(&mrt_type_ValueError, "length argument must be non-negative");
    int big = byteorder_of(v[1]);
    if (big < 0) return MRT_ERR;
    int sgn = a[4] ? mrt_truthy(a[4]) : 0;
    if (sgn < 0) return MRT_ERR;
    MrtTmpZ tz;
    mpz_t z, lim;
    mpz_init_set(z, mrt_int_z(args[0], &tz));
    if (mpz_sgn(z) < 0 && !sgn) return mrt_raise_msg(&mrt_type_OverflowError, "can't convert negative int to unsigned");
    /* unsigned: 0 <= z < 2**(8*len); signed: -2**(8*len-1) <= z < 2**(8*len-1) */
    mpz_init(lim);
    int fits = mpz_sgn(z) == 0 || (sgn && mpz_cmp_si(z, -1) == 0); /* CPython: (-1).to_bytes(0, signed=True) == b'' */
    if (len > 0) {
        mpz_ui_pow_ui(lim, 2, (unsigned long)(8 * len - sgn));
        fits = mpz_cmp(z, lim) < 0 && (mpz_sgn(z) >= 0 || mpz_cmpabs(z, lim) <= 0);
    }
    if (!fits) return mrt_raise_msg(&mrt_type_OverflowError, "int too big to convert");
    if (len == 0) return mrt_bytes_new("", 0);
    if (mpz_sgn(z) < 0) { /* two's complement */
        mpz_ui_pow_ui(lim, 2, (unsigned long)(8 * len));
        mpz_add(z, z, lim);
    }
    unsigned char *buf = mrt_gc_malloc((size_t)len + 1);
    if (!buf) return MRT_ERR;
    size_t count = 0;
    unsigned char *digits = mpz_sgn(z) ? mpz_export(NULL, &count, 1, 1, 1, 0, z) : NULL;
    memset(buf, 0, (size_t)len);
    if (count) memcpy(buf + len - (int64_t)count, digits, count);
    if (!big)
        for (int64_t i = 0; i < len / 2; i++) {
            unsigned char t = buf[i];
            buf[i] = buf[len - 1 - i];
            buf[len - 1 - i] = t;
        }
    return mrt_bytes_new(buf, len);
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False) */
MrtValue mrt_int_from_bytes(int nargs, const MrtValue *args, MrtValue kwnames)
{
    static const char *const kw[] = {"bytes", "byteorder", "signed", NULL};
    MrtValue a[5] = {0}, v[2];
    if (mrt_parse_args("from_bytes", nargs - 1, args + 1, kwnames, 0, 2, kw, a) < 0) return MRT_ERR;
    pos_or_kw(a, 2, v);
    if (!v[0]) return mrt_raise_msg(&mrt_type_TypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
    int big = byteorder_of(v[1]);
    if (big < 0) return MRT_ERR;
    int sgn = a[4] ? mrt_truthy(a[4]) : 0;
    if (sgn < 0) return MRT_ERR;
    MrtValue b = mrt_is_ptr(v[0]) && mrt_obj(v[0])->type == &mrt_type_bytes
                     ? v[0]
                     : mrt_call1(mrt_from_obj(&mrt_type_bytes), v[0]);
    if (!b) return MRT_ERR;
    MrtBytes *by = (MrtBytes *)mrt_obj(b);
    mpz_t z;
    mpz_init(z);
    if (by->len) mpz_import(z, (size_t)by->len, big ? 1 : -1, 1, 1, 0, by->data);
    if (sgn && by->len && (by->data[big ? 0 : by->len - 1] & 0x80)) {
        mpz_t lim;
        mpz_init(lim);
        mpz_ui_pow_ui(lim, 2, (unsigned long)(8 * by->len));
        mpz_sub(z, z, lim);
    }
    char *s = mpz_get_str(NULL, 10, z);
    return mrt_int_from_str(s, (int64_t)strlen(s), 10);
}

/* float.hex(): 0x1.<13 hex digits>p<exponent>, as CPython spells it. */
MrtValue mrt_float_hex(int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (nargs == 0) return mrt_raise_msg(&mrt_type_TypeError, "unbound method float.hex() needs an argument");
    if (nargs != 1) return mrt_raise_fmt(&mrt_type_TypeError, "float.hex() takes no arguments (%d given)", nargs - 1);
    double x = mrt_f64(args[0]);
    if (isnan(x) || isinf(x)) return mrt_float_repr(args[0]);
    if (x == 0.0) return mrt_str_from_cstr(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(x), &e); /* m in [0.5, 1) */
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char buf[64], *p = buf;
    if (x < 0) *p++ = '-';
    p += sprintf(p, "0x%d.", (int)m);
    m -= (int)m;
    for (int i = 0; i < (DBL_MANT_DIG - 2) / 4 + 1; i++) {
        m *= 16.0;
        int d = (int)m;
        *p++ = "0123456789abcdef"[d];
        m -= d;
    }
    sprintf(p, "p%+d", e);
    return mrt_str_from_cstr(buf);
}

/* float.fromhex(s): strtod reads C99 hex floats; Python also allows the
 * "0x" to be left out and surrounding whitespace. */
MrtValue mrt_float_fromhex(int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (nargs != 2 || !mrt_is_str(args[1])) return mrt_raise_msg(&mrt_type_TypeError, "fromhex() argument must be str");
    const char *s = mrt_str_data(args[1]);
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f' || *s == '\v') s++;
    char buf[512];
    const char *sign = (*s == '-' || *s == '+') ? s++ : NULL;
    int has_prefix = s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
    int special = !strncasecmp(s, "inf", 3) || !strncasecmp(s, "nan", 3);
    if (snprintf(buf, sizeof buf, "%s%s%s", sign ? (*sign == '-' ? "-" : "+") : "", has_prefix || special ? "" : "0x",
                 s) >= (int)sizeof buf)
        return mrt_raise_msg(&mrt_type_ValueError, "invalid hexadecimal floating-point string");
    char *end;
    errno = 0;
    double d = strtod(buf, &end);
    while (*end == ' ' || *end == '\t' || *end == '\n' || *end == '\r' || *end == '\f' || *end == '\v') end++;
    if (*end || end == buf || (special && strcasecmp(s, "inf") && strcasecmp(s, "infinity") && strcasecmp(s, "nan")))
        return mrt_raise_msg(&mrt_type_ValueError, "invalid hexadecimal floating-point string");
    if (errno == ERANGE && isinf(d))
        return mrt_raise_msg(&mrt_type_OverflowError, "hexadecimal value too large to represent as a float");
    return mrt_float(d);
}
