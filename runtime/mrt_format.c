/* mrt_format.c — formatting: the format-spec mini-language for int, bool,
 * float and str (format(), f-strings), format() dispatch to __format__,
 * str.format / str.format_map, and printf-style str % args. */
#include "mrt_strs.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static inline MrtStr *S(MrtValue v) { return (MrtStr *)mrt_obj(v); }
static int is_bigint(MrtValue v) { return mrt_is_ptr(v) && mrt_obj(v)->type == &mrt_type_int; }

/* ---- digits of numbers ------------------------------------------------------------- */

/* Writes the digits of u in base 2, 8, 10 or 16, lower case, to the end of
 * tmp[0..72); returns where they start. */
static int u64_digits(char tmp[72], uint64_t u, int base)
{
    int k = 72;
    if (base == 10) { /* the common case: constant divisor */
        do {
            tmp[--k] = (char)('0' + u % 10);
            u /= 10;
        } while (u);
        return k;
    }
    do {
        tmp[--k] = "0123456789abcdef"[u % (unsigned)base];
        u /= (unsigned)base;
    } while (u);
    return k;
}

/* Appends the digits of |v| (an int or bool) in base 2, 8, 10 or 16, lower case. */
static int int_digits(MrtBuf *b, MrtValue v, int base, int *neg)
{
    if (!is_bigint(v)) {
        int64_t i = mrt_is_bool(v) ? v == MRT_TRUE : mrt_small_val(v);
        char tmp[72];
        int k = u64_digits(tmp, i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i, base);
        *neg = i < 0;
        return mrt_buf_add(b, tmp + k, 72 - k);
    }
    mpz_srcptr z = ((MrtBigInt *)mrt_obj(v))->z;
    *neg = mpz_sgn(z) < 0;
    size_t n = mpz_sizeinbase(z, base) + 2;
    char *tmp = malloc(n);
    if (!tmp) return mrt_raise(mrt_from_obj(&mrt_type_MemoryError)), -1;
    mpz_get_str(tmp, base, z);
    int rc = mrt_buf_adds(b, tmp + *neg);
    free(tmp);
    return rc;
}

/* C-style formatting of a non-negative double (or inf/nan) with type
 * e E f F g G; appended to b. */
static int dbl_digits(MrtBuf *b, double x, int type, int64_t prec, int alt)
{
    if (prec > INT_MAX - 400) return mrt_raise_msg(&mrt_type_ValueError, "precision too big"), -1;
    size_t n = (size_t)prec + (type == 'f' || type == 'F' ? 330 : 40);
    char *tmp = malloc(n);
    if (!tmp) return mrt_raise(mrt_from_obj(&mrt_type_MemoryError)), -1;
    char f[8] = "%", *p = f + 1;
    if (alt) *p++ = '#';
    *p++ = '.', *p++ = '*', *p++ = (char)type, *p = 0;
    int k = snprintf(tmp, n, f, (int)prec, x);
    int rc = mrt_buf_add(b, tmp, k);
    free(tmp);
    return rc;
}

/* Drops trailing zeros (and a bare '.') from the mantissa written since start. */
static void strip_zeros(MrtBuf *b, int64_t start)
{
    char *s = b->data + start;
    int64_t n = b->len - start;
    char *ep = memchr(s, 'e', (size_t)n);
    if (!ep) ep = memchr(s, 'E', (size_t)n);
    int64_t mend = ep ? ep - s : n, m = mend;
    if (!memchr(s, '.', (size_t)mend)) return;
    while (m > 0 && s[m - 1] == '0') m--;
    if (m > 0 && s[m - 1] == '.') m--;
    if (m != mend) {
        memmove(s + m, s + mend, (size_t)(n - mend));
        b->len -= mend - m;
    }
}

/* The 'g'/'G' presentation as Python defines it: fixed-point when the
 * exponent after rounding to prec digits is in [-4, prec), else exponent
 * form; trailing zeros dropped unless '#'. (glibc's "%#g" loses the zeros
 * when rounding carries into a new power of ten, e.g. 999999.5.) */
static int dbl_general(MrtBuf *b, double x, int type, int64_t prec, int alt)
{
    if (!isfinite(x)) return dbl_digits(b, x, type, prec, alt);
    if (prec == 0) prec = 1;
    char e[64];
    snprintf(e, sizeof e, "%.*e", (int)(prec > 30 ? 30 : prec - 1), x);
    int exp10 = atoi(strchr(e, 'e') + 1);
    int64_t start = b->len;
    int rc = exp10 < -4 || exp10 >= prec ? dbl_digits(b, x, type == 'G' ? 'E' : 'e', prec - 1, alt)
                                         : dbl_digits(b, x, 'f', prec - 1 - exp10, alt);
    if (rc == 0 && !alt) strip_zeros(b, start);
    return rc;
}

/* format(x, '.Np') without a type: like 'g' but switching to exponent form one
 * digit earlier and always showing a fractional part (CPython's ADD_DOT_0). */
static int dbl_repr_prec(MrtBuf *b, double x, int64_t prec, int alt)
{
    if (!isfinite(x)) return dbl_digits(b, x, 'g', prec, alt);
    if (prec == 0) prec = 1;
    char e[64];
    snprintf(e, sizeof e, "%.*e", (int)(prec > 30 ? 30 : prec - 1), x);
    int exp10 = atoi(strchr(e, 'e') + 1);
    int64_t start = b->len;
    int rc;
    if (exp10 < -4 || exp10 >= prec - 1)
        rc = dbl_digits(b, x, 'e', prec - 1, alt);
    else
        rc = dbl_digits(b, x, 'f', prec - 1 - exp10, alt);
    if (rc < 0) return -1;
    if (!alt) strip_zeros(b, start);
    char *s = b->data + start;
    int64_t n = b->len - start;
    if (!memchr(s, '.', (size_t)n) && !memchr(s, 'e', (size_t)n)) rc = mrt_buf_add(b, ".0", 2);
    return rc;
}

/* ---- the format-spec mini-language --------------------------------------------------- */

typedef struct Spec {
    uint32_t fill;
    int align;                    /* 0 (default), '<', '>', '^', '=' */
    int sign;                     /* 0, '+', '-', ' ' */
    int nonegzero, alt, grouping; /* grouping: 0, ',', '_' */
    int64_t width, prec;          /* -1: absent */
    uint32_t type;                /* 0: none */
} Spec;

static int is_align(uint32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

static int read_int(const uint32_t *c, int64_t n, int64_t *i, int64_t *out)
{
    int64_t v = 0, start = *i;
    for (; *i < n && c[*i] >= '0' && c[*i] <= '9'; (*i)++) {
        if (v > (INT64_MAX - 9) / 10) {
            mrt_raise_msg(&mrt_type_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + (c[*i] - '0');
    }
    *out = *i > start ? v : -1;
    return 0;
}

static int parse_spec(MrtValue specv, Spec *sp, uint32_t default_type, int default_align, const char *tname)
{
    MrtStr *s = S(specv);
    uint32_t small[64], *c = small;
    if (s->len > 64 && !(c = mrt_gc_malloc((size_t)s->len * sizeof *c))) return -1;
    int64_t n = 0, i = 0;
    int k;
    for (int64_t off = 0; off < s->size; off += k) c[n++] = mrt_u8_decode(s->data + off, &k);
    memset(sp, 0, sizeof *sp);
    sp->fill = ' ';
    int fill_given = 0;
    if (n >= 2 && is_align(c[1])) {
        sp->fill = c[0], sp->align = (int)c[1], fill_given = 1;
        i = 2;
    } else if (n >= 1 && is_align(c[0])) {
        sp->align = (int)c[0];
        i = 1;
    }
    if (i < n && (c[i] == '+' || c[i] == '-' || c[i] == ' ')) sp->sign = (int)c[i++];
    if (i < n && c[i] == 'z') sp->nonegzero = 1, i++;
    if (i < n && c[i] == '#') sp->alt = 1, i++;
    if (!fill_given && i < n && c[i] == '0') {
        sp->fill = '0';
        if (!sp->align && default_align == '>') sp->align = '=';
        i++;
    }
    if (read_int(c, n, &i, &sp->width) < 0) return -1;
    if (i < n && c[i] == ',') sp->grouping = ',', i++;
    if (i < n && c[i] == '_') {
        if (sp->grouping) return mrt_raise_msg(&mrt_type_ValueError, "Cannot specify both ',' and '_'."), -1;
        sp->grouping = '_', i++;
    }
    if (i < n && c[i] == ',' && sp->grouping == '_')
        return mrt_raise_msg(&mrt_type_ValueError, "Cannot specify both ',' and '_'."), -1;
    sp->prec = -1;
    if (i < n && c[i] == '.') {
        i++;
        if (read_int(c, n, &i, &sp->prec) < 0) return -1;
        if (sp->prec < 0) return mrt_raise_msg(&mrt_type_ValueError, "Format specifier missing precision"), -1;
    }
    if (n - i > 1) {
        mrt_raise_fmt(&mrt_type_ValueError, "Invalid format specifier '%s' for object of type '%s'", s->data, tname);
        return -1;
    }
    sp->type = n - i == 1 ? c[i] : default_type;
    if (sp->grouping) {
        switch (sp->type) {
        case 'd':
        case 'e':
        case 'f':
        case 'g':
        case 'E':
        case 'G':
        case '%':
        case 'F':
        case 0:
            break;
        case 'b':
        case 'o':
        case 'x':
        case 'X':
            if (sp->grouping == '_') break;
            /* fall through */
        default:
            if (sp->type > 32 && sp->type < 128)
                mrt_raise_fmt(&mrt_type_ValueError, "Cannot specify '%c' with '%c'.", sp->grouping, (int)sp->type);
            else
                mrt_raise_fmt(&mrt_type_ValueError, "Cannot specify '%c' with '\\x%x'.", sp->grouping,
                              (unsigned)sp->type);
            return -1;
        }
    }
    return 0;
}

static MrtValue unknown_code(uint32_t type, const char *tname)
{
    if (type > 32 && type < 128)
        return mrt_raise_fmt(&mrt_type_ValueError, "Unknown format code '%c' for object of type '%s'", (int)type,
                             tname);
    return mrt_raise_fmt(&mrt_type_ValueError, "Unknown format code '\\x%x' for object of type '%s'", (unsigned)type,
                         tname);
}

/* Pads body (blen code points) to the spec's width with its fill and align. */
static MrtValue pad_to_width(const Spec *sp, int default_align, const char *body, int64_t bsize, int64_t blen)
{
    MrtBuf b;
    int64_t pad = sp->width > blen ? sp->width - blen : 0;
    int align = sp->align ? sp->align : default_align;
    int64_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
    mrt_buf_init(&b, bsize + pad);
    if (mrt_buf_addfill(&b, sp->fill, left) < 0 || mrt_buf_add(&b, body, bsize) < 0 ||
        mrt_buf_addfill(&b, sp->fill, pad - left) < 0)
        return MRT_ERR;
    return mrt_buf_finish(&b);
}

/* n copies of the fill character encoded in enc[0..k) at o; returns the end. */
static char *put_fill(char *o, const char *enc, int k, int64_t n)
{
    if (n <= 0) return o;
    if (k == 1) return (char *)memset(o, enc[0], (size_t)n) + n;
    for (int64_t i = 0; i < n; i++, o += k) memcpy(o, enc, (size_t)k);
    return o;
}

/* Lays out a number: sign, prefix ("0x"), integer digits (grouped), and the
 * rest (fraction, exponent, '%'), padded per the spec. All ASCII but the
 * fill character. The size is known up front: one allocation, the result. */
static MrtValue layout_number(const Spec *sp, const char *sign, const char *prefix, const char *digits, int64_t ndig,
                              const char *rest, int64_t nrest)
{
    int64_t ls = (int64_t)strlen(sign), lp = (int64_t)strlen(prefix);
    int every = sp->grouping ? ((sp->type == 'b' || sp->type == 'o' || sp->type == 'x' || sp->type == 'X') ? 4 : 3) : 0;
    int64_t nd = ndig; /* digits after zero-extension */
    if (every && ndig > 0 && sp->fill == '0' && sp->align == '=') {
        /* zero padding is grouped too: "0,001,234" */
        int64_t minw = sp->width - ls - lp - nrest;
        while (nd + (nd - 1) / every < minw) nd++;
    }
    int64_t glen = nd + (every && nd > 0 ? (nd - 1) / every : 0);
    int64_t len = ls + lp + glen + nrest;
    int64_t pad = sp->width > len ? sp->width - len : 0;
    int align = sp->align ? sp->align : '>';
    int64_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
    char enc[4];
    int fk = mrt_u8_encode(sp->fill, enc);
    int64_t fill_size, size;
    if (mrt_size_mul(pad, fk, &fill_size) < 0 || mrt_size_add(len, fill_size, &size) < 0) return MRT_ERR;
    MrtStr *r = mrt_str_alloc(size, len + pad);
    if (!r) return MRT_ERR;
    char *o = r->data;
    if (align != '=') o = put_fill(o, enc, fk, left);
    memcpy(o, sign, (size_t)ls), o += ls;
    memcpy(o, prefix, (size_t)lp), o += lp;
    if (align == '=') o = put_fill(o, enc, fk, pad);
    if (!every) {
        o = (char *)memset(o, '0', (size_t)(nd - ndig)) + (nd - ndig);
        memcpy(o, digits, (size_t)ndig), o += ndig;
    } else {
        for (int64_t k = 0; k < nd; k++) { /* k-th digit from the left of the extended digits */
            *o++ = k < nd - ndig ? '0' : digits[k - (nd - ndig)];
            int64_t after = nd - 1 - k;
            if (after > 0 && after % every == 0) *o++ = (char)sp->grouping;
        }
    }
    memcpy(o, rest, (size_t)nrest), o += nrest;
    if (align == '<' || align == '^') put_fill(o, enc, fk, pad - left);
    return mrt_str_seal(r);
}

static const char *sign_str(const Spec *sp, int neg)
{
    return neg ? "-" : sp->sign == '+' ? "+" : sp->sign == ' ' ? " " : "";
}

static MrtValue format_str(MrtValue v, const Spec *sp)
{
    if (sp->type != 's') return unknown_code(sp->type, "str");
    if (sp->sign) return mrt_raise_msg(&mrt_type_ValueError, "Sign not allowed in string format specifier");
    if (sp->nonegzero)
        return mrt_raise_msg(&mrt_type_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (sp->alt)
        return mrt_raise_msg(&mrt_type_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (sp->align == '=')
        return mrt_raise_msg(&mrt_type_ValueError, "'=' alignment not allowed in string format specifier");
    MrtStr *s = S(v);
    int64_t len = s->len, size = s->size;
    if (sp->prec >= 0 && sp->prec < len) {
        len = sp->prec;
        size = mrt_str_offset(s, len);
    }
    if (sp->width <= len && size == s->size) return v;
    return pad_to_width(sp, '<', s->data, size, len);
}

static MrtValue format_float_value(double x, Spec *sp);

static MrtValue format_int(MrtValue v, Spec *sp, const char *tname)
{
    int base = 10;
    switch (sp->type) {
    case 'd':
    case 'n':
        break;
    case 'b':
        base = 2;
        break;
    case 'o':
        base = 8;
        break;
    case 'x':
    case 'X':
        base = 16;
        break;
    case 'c':
        break;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': {
        int overflow = 0;
        double d = mrt_int_to_double(v, &overflow);
        if (overflow) return mrt_raise_msg(&mrt_type_OverflowError, "int too large to convert to float");
        return format_float_value(d, sp);
    }
    default:
        return unknown_code(sp->type, tname);
    }
    if (sp->prec >= 0) return mrt_raise_msg(&mrt_type_ValueError, "Precision not allowed in integer format specifier");
    if (sp->nonegzero)
        return mrt_raise_msg(&mrt_type_ValueError,
                             "Negative zero coercion (z) not allowed in integer format specifier");
    if (sp->type == 'c') {
        if (sp->sign) return mrt_raise_msg(&mrt_type_ValueError, "Sign not allowed with integer format specifier 'c'");
        if (sp->alt)
            return mrt_raise_msg(&mrt_type_ValueError,
                                 "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t cp = -1;
        if (!is_bigint(v)) cp = mrt_is_bool(v) ? v == MRT_TRUE : mrt_small_val(v);
        if (cp < 0 || cp > 0x10FFFF) return mrt_raise_msg(&mrt_type_OverflowError, "%c arg not in range(0x110000)");
        char enc[4];
        int k = mrt_u8_encode((uint32_t)cp, enc);
        return pad_to_width(sp, '>', enc, k, 1);
    }
    MrtBuf d; /* a bigint's digits */
    char tmp[72], *dig;
    int neg;
    int64_t nd;
    if (!is_bigint(v)) { /* no buffer to allocate */
        int64_t i = mrt_is_bool(v) ? v == MRT_TRUE : mrt_small_val(v);
        int k = u64_digits(tmp, i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i, base);
        neg = i < 0, dig = tmp + k, nd = 72 - k;
    } else {
        mrt_buf_init(&d, 24);
        if (int_digits(&d, v, base, &neg) < 0) return MRT_ERR;
        dig = d.data, nd = d.len;
    }
    if (sp->type == 'X')
        for (int64_t i = 0; i < nd; i++)
            if (dig[i] >= 'a') dig[i] -= 32;
    const char *prefix = "";
    if (sp->alt) prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? (sp->type == 'X' ? "0X" : "0x") : "";
    return layout_number(sp, sign_str(sp, neg), prefix, dig, nd, "", 0);
}

/* Digits of |x| per the spec's type into b. */
static int float_body(MrtBuf *b, double x, const Spec *sp, uint32_t type)
{
    if (type == 0) {
        if (sp->prec >= 0) return dbl_repr_prec(b, x, sp->prec, sp->alt);
        char tmp[64];
        int k = mrt_float_repr_buf(x, tmp, sizeof tmp);
        if (k < 0) return -1;
        return mrt_buf_add(b, tmp, (int64_t)strlen(tmp));
    }
    int64_t prec = sp->prec < 0 ? 6 : sp->prec;
    if (type == 'g' || type == 'G') return dbl_general(b, x, (int)type, prec, sp->alt);
    return dbl_digits(b, x, (int)type, prec, sp->alt);
}

static MrtValue format_float_value(double x, Spec *sp)
{
    uint32_t type = sp->type;
    int pct = 0;
    switch (type) {
    case 0:
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
        break;
    case 'n':
        type = 'g';
        break;
    case '%':
        type = 'f', pct = 1, x *= 100;
        break;
    default:
        return unknown_code(type, "float");
    }
    int neg = signbit(x) != 0 && !isnan(x);
    MrtBuf b;
    mrt_buf_init(&b, 32);
    if (float_body(&b, fabs(x), sp, type) < 0) return MRT_ERR;
    if (pct && mrt_buf_add(&b, "%", 1) < 0) return MRT_ERR;
    if (!b.data) return MRT_ERR;
    if (neg && sp->nonegzero) { /* 'z': a result that rounds to zero loses its sign */
        int zero = 1;
        for (int64_t i = 0; i < b.len && b.data[i] != 'e' && b.data[i] != 'E' && b.data[i] != '%'; i++)
            if (b.data[i] != '0' && b.data[i] != '.') zero = 0;
        if (zero) neg = 0;
    }
    int64_t nd = 0;
    while (nd < b.len && b.data[nd] >= '0' && b.data[nd] <= '9') nd++;
    return layout_number(sp, sign_str(sp, neg), "", b.data, nd, b.data + nd, b.len - nd);
}

MrtValue mrt_format_spec(MrtValue v, MrtValue spec)
{
    Spec sp;
    MrtType *t = mrt_type_of(v);
    if (S(spec)->size == 0) return t == &mrt_type_str ? v : mrt_str(v);
    if (t == &mrt_type_str) {
        if (parse_spec(spec, &sp, 's', '<', "str") < 0) return MRT_ERR;
        return format_str(v, &sp);
    }
    if (t == &mrt_type_int || t == &mrt_type_bool) {
        if (parse_spec(spec, &sp, 'd', '>', t->name) < 0) return MRT_ERR;
        return format_int(v, &sp, t->name);
    }
    if (t == &mrt_type_float) {
        if (parse_spec(spec, &sp, 0, '>', "float") < 0) return MRT_ERR;
        return format_float_value(mrt_f64(v), &sp);
    }
    return mrt_raise_fmt(&mrt_type_TypeError, "unsupported format string passed to %s.__format__", t->name);
}

MrtValue mrt_format(MrtValue v, MrtValue spec)
{
    MrtType *t = mrt_type_of(v);
    if (t == &mrt_type_int || t == &mrt_type_bool || t == &mrt_type_float || t == &mrt_type_str)
        return mrt_format_spec(v, spec);
    if (t->flags & MRT_TF_USER) {
        MrtValue name = mrt_name("__format__");
        if (!name) return MRT_ERR;
        MrtValue f = mrt_type_lookup(t, name);
        if (f && f != mrt_type_lookup(&mrt_type_object, name)) { /* defined by the class */
            MrtValue r = mrt_call_method(v, name, 1, &spec, 0);
            if (r && !mrt_is_str(r))
                return mrt_raise_fmt(&mrt_type_TypeError, "__format__ must return a str, not %T", r);
            return r;
        }
    }
    if (S(spec)->size == 0) return mrt_str(v);
    return mrt_raise_fmt(&mrt_type_TypeError, "unsupported format string passed to %s.__format__", t->name);
}

/* ---- str.format ---------------------------------------------------------------------------- */

typedef struct FmtArgs {
    int npos;
    const MrtValue *pos;
    MrtValue kwnames; /* tuple or 0 */
    const MrtValue *kwvals;
    MrtValue mapping; /* format_map's mapping, or 0 */
    int64_t next_auto;
    int numbering; /* 0 unknown, 1 automatic, 2 manual */
} FmtArgs;

static MrtValue new_str(const char *p, int64_t n) { return mrt_str_new(p, n); }

static MrtValue lookup_kw(FmtArgs *fa, MrtValue key)
{
    if (fa->mapping) return mrt_getitem(fa->mapping, key);
    int64_t nk = fa->kwnames ? ((MrtTuple *)mrt_obj(fa->kwnames))->len : 0;
    for (int64_t i = 0; i < nk; i++)
        if (mrt_str_eq(((MrtTuple *)mrt_obj(fa->kwnames))->items[i], key)) return fa->kwvals[i];
    MrtValue exc = mrt_exc_new(&mrt_type_KeyError, 1, &key);
    return exc ? mrt_raise(exc) : MRT_ERR;
}

static int all_digits(const char *p, int64_t n, int64_t *out)
{
    int64_t v = 0;
    if (n == 0) return 0;
    for (int64_t i = 0; i < n; i++) {
        if (p[i] < '0' || p[i] > '9') return 0;
        if (v > (INT64_MAX - 9) / 10) return 0;
        v = v * 10 + (p[i] - '0');
    }
    *out = v;
    return 1;
}

/* The object named by a field name: arg_name followed by .attr / [key] parts. */
static MrtValue field_object(FmtArgs *fa, const char *p, int64_t n)
{
    int64_t i = 0;
    while (i < n && p[i] != '.' && p[i] != '[') i++;
    MrtValue obj;
    int64_t idx;
    if (i == 0 || all_digits(p, i, &idx)) {
        if (i == 0) {
            if (fa->numbering == 2)
                return mrt_raise_msg(&mrt_type_ValueError,
                                     "cannot switch from manual field specification to automatic field numbering");
            fa->numbering = 1;
            idx = fa->next_auto++;
        } else {
            if (fa->numbering == 1)
                return mrt_raise_msg(&mrt_type_ValueError,
                                     "cannot switch from automatic field numbering to manual field specification");
            fa->numbering = 2;
        }
        if (fa->mapping && !fa->npos)
            return mrt_raise_msg(&mrt_type_ValueError, "Format string contains positional fields");
        if (idx >= fa->npos)
            return mrt_raise_fmt(&mrt_type_IndexError, "Replacement index %ld out of range for positional args tuple",
                                 (long)idx);
        obj = fa->pos[idx];
    } else {
        MrtValue key = new_str(p, i);
        if (!key) return MRT_ERR;
        obj = lookup_kw(fa, key);
    }
    while (obj && i < n) {
        if (p[i] == '.') {
            int64_t j = ++i;
            while (i < n && p[i] != '.' && p[i] != '[') i++;
            if (i == j) return mrt_raise_msg(&mrt_type_ValueError, "Empty attribute in format string");
            MrtValue name = new_str(p + j, i - j);
            if (!name || !(name = mrt_intern_value(name))) return MRT_ERR;
            obj = mrt_getattr(obj, name);
        } else if (p[i] == '[') {
            int64_t j = ++i;
            while (i < n && p[i] != ']') i++;
            if (i >= n) return mrt_raise_msg(&mrt_type_ValueError, "Missing ']' in format string");
            if (i == j) return mrt_raise_msg(&mrt_type_ValueError, "Empty attribute in format string");
            MrtValue key = all_digits(p + j, i - j, &idx) ? mrt_small(idx) : new_str(p + j, i - j);
            if (!key) return MRT_ERR;
            obj = mrt_getitem(obj, key);
            i++;
            if (i < n && p[i] != '.' && p[i] != '[')
                return mrt_raise_msg(&mrt_type_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        } else {
            return mrt_raise_msg(&mrt_type_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return obj;
}

static int render(MrtBuf *out, const char *s, int64_t n, FmtArgs *fa, int depth);

/* Parses and renders the replacement field starting at s[*pos], just after
 * its '{' (CPython's parse_field); *pos ends just after the closing '}'. */
static int render_field(MrtBuf *out, const char *s, int64_t n, int64_t *pos, FmtArgs *fa, int depth)
{
    int64_t i = *pos, name_start = i, name_end, spec_start = 0, spec_end = 0;
    char c = 0;
    while (i < n) {
        c = s[i++];
        if (c == '{') return mrt_raise_msg(&mrt_type_ValueError, "unexpected '{' in field name"), -1;
        if (c == '[') {
            while (i < n && s[i] != ']') i++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    name_end = i - 1;
    uint32_t conv = 0;
    int has_spec = 0;
    if (c == '!' || c == ':') {
        if (c == '!') {
            if (i >= n)
                return mrt_raise_msg(&mrt_type_ValueError, "end of string while looking for conversion specifier"), -1;
            int k;
            conv = mrt_u8_decode(s + i, &k);
            i += k;
            if (i < n) {
                c = s[i++];
                if (c != '}' && c != ':')
                    return mrt_raise_msg(&mrt_type_ValueError, "expected ':' after conversion specifier"), -1;
            }
        }
        if (c != '}') {
            int64_t count = 1;
            spec_start = i;
            while (i < n) {
                c = s[i++];
                if (c == '{')
                    count++;
                else if (c == '}' && --count == 0)
                    break;
            }
            if (count != 0) return mrt_raise_msg(&mrt_type_ValueError, "unmatched '{' in format spec"), -1;
            spec_end = i - 1;
            has_spec = 1;
        }
    } else if (c != '}') {
        return mrt_raise_msg(&mrt_type_ValueError, "expected '}' before end of string"), -1;
    }
    *pos = i;
    MrtValue obj = field_object(fa, s + name_start, name_end - name_start);
    if (!obj) return -1;
    switch (conv) {
    case 0:
        break;
    case 'r':
        obj = mrt_repr(obj);
        break;
    case 's':
        obj = mrt_str(obj);
        break;
    case 'a':
        obj = mrt_ascii_of(obj);
        break;
    default:
        if (conv > 32 && conv < 128)
            mrt_raise_fmt(&mrt_type_ValueError, "Unknown conversion specifier %c", (int)conv);
        else
            mrt_raise_fmt(&mrt_type_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conv);
        return -1;
    }
    if (!obj) return -1;
    const char *spec = s + spec_start;
    int64_t nspec = has_spec ? spec_end - spec_start : 0;
    MrtValue specv;
    if (memchr(spec, '{', (size_t)nspec)) { /* nested fields in the spec */
        MrtBuf sb;
        mrt_buf_init(&sb, nspec + 8);
        if (render(&sb, spec, nspec, fa, depth - 1) < 0) return -1;
        specv = mrt_buf_finish(&sb);
    } else {
        specv = new_str(spec, nspec);
    }
    if (!specv) return -1;
    MrtValue r = mrt_format(obj, specv);
    if (!r) return -1;
    return mrt_buf_addv(out, r);
}

static int render(MrtBuf *out, const char *s, int64_t n, FmtArgs *fa, int depth)
{
    if (depth <= 0) return mrt_raise_msg(&mrt_type_ValueError, "Max string recursion exceeded"), -1;
    int64_t i = 0, lit = 0;
    while (i < n) {
        char c = s[i];
        if (c != '{' && c != '}') {
            i++;
            continue;
        }
        if (mrt_buf_add(out, s + lit, i - lit) < 0) return -1;
        if (i + 1 < n && s[i + 1] == c) { /* {{ or }} */
            if (mrt_buf_add(out, &c, 1) < 0) return -1;
            i += 2;
            lit = i;
            continue;
        }
        if (c == '}') return mrt_raise_msg(&mrt_type_ValueError, "Single '}' encountered in format string"), -1;
        if (i + 1 >= n) return mrt_raise_msg(&mrt_type_ValueError, "Single '{' encountered in format string"), -1;
        i++;
        if (render_field(out, s, n, &i, fa, depth) < 0) return -1;
        lit = i;
    }
    return mrt_buf_add(out, s + lit, n - lit);
}

MrtValue mrt_str_format_method(int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (nargs < 1 || !mrt_is_str(args[0]))
        return mrt_raise_msg(&mrt_type_TypeError, "descriptor 'format' of 'str' object needs an argument");
    FmtArgs fa = {nargs - 1, args + 1, kwnames, args + nargs, 0, 0, 0};
    MrtStr *s = S(args[0]);
    MrtBuf out;
    mrt_buf_init(&out, s->size + 16);
    if (render(&out, s->data, s->size, &fa, 2) < 0) return MRT_ERR;
    return mrt_buf_finish(&out);
}

MrtValue mrt_str_format_map(int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtValue a[1];
    if (mrt_str_args("str", "format_map", MRT_ARGS_ONE, nargs - 1, args + 1, kwnames, 1, 1, NULL, a) < 0)
        return MRT_ERR;
    FmtArgs fa = {0, NULL, 0, NULL, a[0], 0, 0};
    MrtStr *s = S(args[0]);
    MrtBuf out;
    mrt_buf_init(&out, s->size + 16);
    if (render(&out, s->data, s->size, &fa, 2) < 0) return MRT_ERR;
    return mrt_buf_finish(&out);
}

/* ---- printf-style: str % args ----------------------------------------------------------------- */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

/* sign + prefix + body padded to width: spaces, or zeros after the prefix. */
static int pct_pad(MrtBuf *out, const char *sign, const char *prefix, const char *body, int64_t nbody, int64_t blen,
                   int64_t width, int flags)
{
    int64_t ls = (int64_t)strlen(sign), lp = (int64_t)strlen(prefix);
    int64_t pad = width > ls + lp + blen ? width - ls - lp - blen : 0;
    int zero = (flags & F_ZERO) && !(flags & F_LJUST);
    if (!(flags & F_LJUST) && !zero && mrt_buf_addfill(out, ' ', pad) < 0) return -1;
    if (mrt_buf_add(out, sign, ls) < 0 || mrt_buf_add(out, prefix, lp) < 0) return -1;
    if (zero && mrt_buf_addfill(out, '0', pad) < 0) return -1;
    if (mrt_buf_add(out, body, nbody) < 0) return -1;
    if ((flags & F_LJUST) && mrt_buf_addfill(out, ' ', pad) < 0) return -1;
    return 0;
}

/* A user object's __index__() as an int into *out: 1 done, 0 when the class
 * has no __index__ (or __float__ takes precedence), -1 error. */
static int user_index(MrtValue v, MrtValue *out)
{
    MrtType *t = mrt_type_of(v);
    if (!(t->flags & MRT_TF_USER) || mrt_type_lookup(t, mrt_name("__float__")) ||
        !mrt_type_lookup(t, mrt_name("__index__")))
        return 0;
    MrtValue r = mrt_call_method(v, mrt_name("__index__"), 0, NULL, 0);
    if (!r) return -1;
    if (!mrt_int_is(r)) {
        mrt_raise_fmt(&mrt_type_TypeError, "__index__ returned non-int (type %T)", r);
        return -1;
    }
    *out = r;
    return 1;
}

/* An int for %d/%x/...: ints as they are, floats truncated (only when
 * real_ok), user __index__/__int__. 0 with TypeError raised otherwise. */
static MrtValue pct_int_arg(MrtValue v, uint32_t conv, int real_ok)
{
    if (mrt_int_is(v)) return v;
    if (mrt_is_double(v) && real_ok) {
        double d = mrt_f64(v);
        if (isinf(d)) return mrt_raise_msg(&mrt_type_OverflowError, "cannot convert float infinity to integer");
        if (isnan(d)) return mrt_raise_msg(&mrt_type_ValueError, "cannot convert float NaN to integer");
        return mrt_int_from_double(d);
    }
    MrtType *t = mrt_type_of(v);
    if (t->flags & MRT_TF_USER) {
        /* %d/%i/%u convert like int(): __int__ first; %x/%o/%c need __index__ */
        const char *names[] = {real_ok ? "__int__" : "__index__", real_ok ? "__index__" : NULL};
        for (int k = 0; k < 2 && names[k]; k++) {
            MrtValue name = mrt_intern(names[k]);
            if (name && mrt_type_lookup(t, name)) {
                MrtValue r = mrt_call_method(v, name, 0, NULL, 0);
                if (r && !mrt_int_is(r))
                    return mrt_raise_fmt(&mrt_type_TypeError, "%s returned non-int (type %T)", names[k], r);
                return r;
            }
        }
    }
    if (real_ok)
        return mrt_raise_fmt(&mrt_type_TypeError, "%%%c format: a real number is required, not %T", (int)conv, v);
    return mrt_raise_fmt(&mrt_type_TypeError, "%%%c format: an integer is required, not %T", (int)conv, v);
}

static int pct_int(MrtBuf *out, MrtValue v, uint32_t conv, int flags, int64_t width, int64_t prec)
{
    int base = conv == 'x' || conv == 'X' ? 16 : conv == 'o' ? 8 : 10;
    v = pct_int_arg(v, conv, base == 10);
    if (!v) return -1;
    MrtBuf d;
    int neg;
    mrt_buf_init(&d, 24);
    if (int_digits(&d, v, base, &neg) < 0) return -1;
    if (conv == 'X')
        for (int64_t i = 0; i < d.len; i++)
            if (d.data[i] >= 'a') d.data[i] -= 32;
    MrtBuf body;
    mrt_buf_init(&body, d.len + 8);
    if (prec > d.len && mrt_buf_addfill(&body, '0', prec - d.len) < 0) return -1;
    if (mrt_buf_add(&body, d.data, d.len) < 0) return -1;
    const char *sign = neg ? "-" : (flags & F_SIGN) ? "+" : (flags & F_BLANK) ? " " : "";
    const char *prefix = "";
    if (flags & F_ALT) prefix = conv == 'x' ? "0x" : conv == 'X' ? "0X" : conv == 'o' ? "0o" : "";
    return pct_pad(out, sign, prefix, body.data, body.len, body.len, width, flags);
}

static int pct_float(MrtBuf *out, MrtValue v, uint32_t conv, int flags, int64_t width, int64_t prec)
{
    double x;
    if (mrt_is_double(v))
        x = mrt_f64(v);
    else if (mrt_int_is(v)) {
        int overflow = 0;
        x = mrt_int_to_double(v, &overflow);
        if (overflow) return mrt_raise_msg(&mrt_type_OverflowError, "int too large to convert to float"), -1;
    } else if (user_index(v, &v) > 0) { /* no __float__ but __index__: as CPython's float() */
        int overflow = 0;
        x = mrt_int_to_double(v, &overflow);
        if (overflow) return mrt_raise_msg(&mrt_type_OverflowError, "int too large to convert to float"), -1;
    } else {
        if (mrt_cur_exc) return -1;
        MrtType *t = mrt_type_of(v);
        MrtValue name = mrt_name("__float__");
        if (!(t->flags & MRT_TF_USER) || !name || !mrt_type_lookup(t, name))
            return mrt_raise_fmt(&mrt_type_TypeError, "must be real number, not %T", v), -1;
        MrtValue r = mrt_call_method(v, name, 0, NULL, 0);
        if (!r) return -1;
        if (!mrt_is_double(r))
            return mrt_raise_fmt(&mrt_type_TypeError, "%T.__float__ returned non-float (type %T)", v, r), -1;
        x = mrt_f64(r);
    }
    if (prec < 0) prec = 6;
    if ((conv == 'g' || conv == 'G') && prec == 0) prec = 1;
    MrtBuf body;
    mrt_buf_init(&body, 32);
    int alt = (flags & F_ALT) != 0;
    if ((conv == 'g' || conv == 'G' ? dbl_general(&body, fabs(x), (int)conv, prec, alt)
                                    : dbl_digits(&body, fabs(x), (int)conv, prec, alt)) < 0)
        return -1;
    int neg = signbit(x) != 0 && !isnan(x);
    const char *sign = neg ? "-" : (flags & F_SIGN) ? "+" : (flags & F_BLANK) ? " " : "";
    return pct_pad(out, sign, "", body.data, body.len, body.len, width, flags);
}

static int pct_text(MrtBuf *out, MrtValue s, int flags, int64_t width, int64_t prec)
{
    MrtStr *t = S(s);
    int64_t len = t->len, size = t->size;
    if (prec >= 0 && prec < len) {
        len = prec;
        size = mrt_str_offset(t, prec);
    }
    return pct_pad(out, "", "", t->data, size, len, width, flags & F_LJUST);
}

static int pct_char(MrtBuf *out, MrtValue v, int flags, int64_t width)
{
    char enc[4];
    int k;
    int ix = mrt_is_str(v) || mrt_int_is(v) ? 0 : user_index(v, &v);
    if (ix < 0) return -1;
    if (mrt_is_str(v)) {
        if (S(v)->len != 1) return mrt_raise_msg(&mrt_type_TypeError, "%c requires int or char"), -1;
        k = (int)S(v)->size;
        memcpy(enc, S(v)->data, (size_t)k);
    } else if (mrt_int_is(v)) {
        int64_t cp = is_bigint(v) ? -1 : mrt_is_bool(v) ? v == MRT_TRUE : mrt_small_val(v);
        if (cp < 0 || cp > 0x10FFFF) return mrt_raise_msg(&mrt_type_OverflowError, "%c arg not in range(0x110000)"), -1;
        k = mrt_u8_encode((uint32_t)cp, enc);
    } else {
        return mrt_raise_msg(&mrt_type_TypeError, "%c requires int or char"), -1;
    }
    return pct_pad(out, "", "", enc, k, 1, width, flags & F_LJUST);
}

/* %s and %b of bytes formatting: a bytes argument, or what __bytes__ returns */
static MrtValue pct_bytes_arg(MrtValue v)
{
    if (mrt_is_bytes(v)) return v;
    MrtType *t = mrt_type_of(v);
    MrtValue name = mrt_name("__bytes__");
    if (!(t->flags & MRT_TF_USER) || !name || !mrt_type_lookup(t, name))
        return mrt_raise_fmt(&mrt_type_TypeError,
                             "%%b requires a bytes-like object, or an object that implements __bytes__, not '%T'", v);
    MrtValue r = mrt_call_method(v, name, 0, NULL, 0);
    if (r && !mrt_is_bytes(r)) return mrt_raise_fmt(&mrt_type_TypeError, "__bytes__ returned non-bytes (type %T)", r);
    return r;
}

/* %s/%b/%r/%a of bytes formatting; %r and %a are both ascii(v) there */
static int pct_bytes_text(MrtBuf *out, MrtValue v, uint32_t conv, int flags, int64_t width, int64_t prec)
{
    if (conv == 'r' || conv == 'a') {
        MrtValue t = mrt_ascii_of(v);
        return t ? pct_text(out, t, flags, width, prec) : -1;
    }
    MrtValue b = pct_bytes_arg(v);
    if (!b) return -1;
    MrtBytes *x = (MrtBytes *)mrt_obj(b);
    int64_t n = prec >= 0 && prec < x->len ? prec : x->len;
    return pct_pad(out, "", "", (const char *)x->data, n, n, width, flags & F_LJUST);
}

/* %c of bytes formatting: an int in range(256) or a bytes of length 1 */
static int pct_byte(MrtBuf *out, MrtValue v, int flags, int64_t width)
{
    char c;
    int ix = mrt_is_bytes(v) || mrt_int_is(v) ? 0 : user_index(v, &v);
    if (ix < 0) return -1;
    if (mrt_is_bytes(v) && ((MrtBytes *)mrt_obj(v))->len == 1) {
        c = (char)((MrtBytes *)mrt_obj(v))->data[0];
    } else if (mrt_int_is(v)) {
        int64_t x = is_bigint(v) ? -1 : mrt_is_bool(v) ? v == MRT_TRUE : mrt_small_val(v);
        if (x < 0 || x > 255) return mrt_raise_msg(&mrt_type_OverflowError, "%c arg not in range(256)"), -1;
        c = (char)x;
    } else {
        return mrt_raise_msg(&mrt_type_TypeError, "%c requires an integer in range(256) or a single byte"), -1;
    }
    return pct_pad(out, "", "", &c, 1, 1, width, flags & F_LJUST);
}

/* bytes formatting reports any failed float conversion as this TypeError */
static int pct_bytes_float(MrtBuf *out, MrtValue v, uint32_t conv, int flags, int64_t width, int64_t prec)
{
    if (pct_float(out, v, conv, flags, width, prec) == 0) return 0;
    if (mrt_isinstance_of(mrt_cur_exc, &mrt_type_MemoryError)) return -1;
    mrt_exc_fetch();
    return mrt_raise_fmt(&mrt_type_TypeError, "float argument required, not %T", v), -1;
}

typedef struct PctArgs {
    MrtValue cur; /* the args tuple, or the single argument */
    int64_t len;  /* tuple length, or -1 for a single argument */
    int64_t idx;  /* next index; -2 when the single argument is unused */
} PctArgs;

static MrtValue next_arg(PctArgs *pa)
{
    if (pa->idx < pa->len) {
        pa->idx++;
        return pa->len < 0 ? pa->cur : ((MrtTuple *)mrt_obj(pa->cur))->items[pa->idx - 1];
    }
    return mrt_raise_msg(&mrt_type_TypeError, "not enough arguments for format string");
}

static int star_arg(PctArgs *pa, int64_t *out)
{
    MrtValue v = next_arg(pa);
    if (!v) return -1;
    if (!mrt_int_is(v)) return mrt_raise_msg(&mrt_type_TypeError, "* wants int"), -1;
    if (is_bigint(v)) return mrt_raise_msg(&mrt_type_ValueError, "width too big"), -1;
    *out = mrt_is_bool(v) ? v == MRT_TRUE : mrt_small_val(v);
    return 0;
}

/* str % args, and bytes % args when `bytes`: the format s[0..n) is then raw
 * bytes rather than UTF-8 text, and the result is bytes. */
static MrtValue pct_format(const char *s, int64_t n, MrtValue args, int bytes)
{
    int64_t i = 0, lit = 0, cpi = 0; /* cpi: code point index of s[i] */
    PctArgs pa = {args, mrt_is_tuple(args) ? ((MrtTuple *)mrt_obj(args))->len : -1, 0};
    if (pa.len < 0) pa.idx = -2;
    MrtValue dict = 0;
    if (!mrt_is_tuple(args) && !mrt_is_str(args) && !(bytes && mrt_is_bytes(args)) && mrt_type_of(args)->getitem)
        dict = args;
    const char *what = bytes ? "bytes" : "string";
    MrtBuf out;
    mrt_buf_init(&out, n + 16);
    while (i < n) {
        if (s[i] != '%') {
            cpi += bytes || ((unsigned char)s[i] & 0xC0) != 0x80;
            i++;
            continue;
        }
        if (mrt_buf_add(&out, s + lit, i - lit) < 0) return MRT_ERR;
        i++, cpi++;
        if (i < n && s[i] == '%') {
            if (mrt_buf_add(&out, "%", 1) < 0) return MRT_ERR;
            i++, cpi++;
            lit = i;
            continue;
        }
        MrtValue v = 0;
        if (i < n && s[i] == '(') {
            if (!dict) return mrt_raise_msg(&mrt_type_TypeError, "format requires a mapping");
            int64_t j = ++i, level = 1;
            for (; i < n; i++) {
                if (s[i] == '(')
                    level++;
                else if (s[i] == ')' && --level == 0)
                    break;
            }
            if (i >= n) return mrt_raise_msg(&mrt_type_ValueError, "incomplete format key");
            MrtValue key = bytes ? mrt_bytes_new(s + j, i - j) : mrt_str_new(s + j, i - j);
            if (!key) return MRT_ERR;
            cpi += 1 + (bytes ? i - j : S(key)->len) + 1;
            i++;
            pa.cur = mrt_getitem(dict, key);
            if (!pa.cur) return MRT_ERR;
            pa.len = -1;
            pa.idx = -2;
        }
        int flags = 0;
        for (; i < n; i++, cpi++) {
            char c = s[i];
            if (c == '-')
                flags |= F_LJUST;
            else if (c == '+')
                flags |= F_SIGN;
            else if (c == ' ')
                flags |= F_BLANK;
            else if (c == '#')
                flags |= F_ALT;
            else if (c == '0')
                flags |= F_ZERO;
            else
                break;
        }
        int64_t width = -1, prec = -1;
        if (i < n && s[i] == '*') {
            if (star_arg(&pa, &width) < 0) return MRT_ERR;
            if (width < 0) flags |= F_LJUST, width = -width;
            i++, cpi++;
        } else {
            for (; i < n && s[i] >= '0' && s[i] <= '9'; i++, cpi++) {
                if (width > (INT64_MAX - 9) / 10) return mrt_raise_msg(&mrt_type_ValueError, "width too big");
                width = (width < 0 ? 0 : width * 10) + (s[i] - '0');
            }
        }
        if (i < n && s[i] == '.') {
            i++, cpi++;
            prec = 0;
            if (i < n && s[i] == '*') {
                if (star_arg(&pa, &prec) < 0) return MRT_ERR;
                if (prec < 0) prec = 0;
                i++, cpi++;
            } else {
                for (; i < n && s[i] >= '0' && s[i] <= '9'; i++, cpi++) {
                    if (prec > (INT64_MAX - 9) / 10) return mrt_raise_msg(&mrt_type_ValueError, "precision too big");
                    prec = prec * 10 + (s[i] - '0');
                }
            }
        }
        while (i < n && (s[i] == 'h' || s[i] == 'l' || s[i] == 'L')) i++, cpi++;
        if (i >= n) return mrt_raise_msg(&mrt_type_ValueError, "incomplete format");
        int k = 1;
        uint32_t conv = bytes ? (unsigned char)s[i] : mrt_u8_decode(s + i, &k);
        /* CPython passes a bad format byte to its message as a signed char */
        if (bytes && conv >= 0x80)
            return mrt_raise_msg(&mrt_type_OverflowError, "character argument not in range(0x110000)");
        int known = conv < 128 && strchr(bytes ? "sbradiuxXoeEfFgGc%" : "sradiuxXoeEfFgGc%", (int)conv);
        if (!known)
            return mrt_raise_fmt(&mrt_type_ValueError, "unsupported format character '%c' (0x%x) at index %ld",
                                 conv < 128 ? (int)conv : '?', (unsigned)conv, (long)cpi);
        if (!v && !(v = next_arg(&pa))) return MRT_ERR;
        i += k, cpi++;
        lit = i;
        int rc;
        switch (conv) {
        case '%':
            rc = mrt_buf_add(&out, "%", 1);
            break;
        case 'b':
        case 's':
        case 'r':
        case 'a': {
            if (bytes) {
                rc = pct_bytes_text(&out, v, conv, flags, width, prec);
                break;
            }
            MrtValue t = conv == 's' ? mrt_str(v) : conv == 'r' ? mrt_repr(v) : mrt_ascii_of(v);
            rc = t ? pct_text(&out, t, flags, width, prec) : -1;
            break;
        }
        case 'c':
            rc = bytes ? pct_byte(&out, v, flags, width) : pct_char(&out, v, flags, width);
            break;
        case 'd':
        case 'i':
        case 'u':
        case 'x':
        case 'X':
        case 'o':
            rc = pct_int(&out, v, conv, flags, width, prec);
            break;
        default:
            rc = (bytes ? pct_bytes_float : pct_float)(&out, v, conv, flags, width, prec);
        }
        if (rc < 0) return MRT_ERR;
        if (dict && pa.idx < pa.len)
            return mrt_raise_fmt(&mrt_type_TypeError, "not all arguments converted during %s formatting", what);
    }
    if (pa.idx < pa.len && !dict)
        return mrt_raise_fmt(&mrt_type_TypeError, "not all arguments converted during %s formatting", what);
    if (mrt_buf_add(&out, s + lit, n - lit) < 0) return MRT_ERR;
    return bytes ? mrt_bytes_new(out.data ? out.data : "", out.len) : mrt_buf_finish(&out);
}

MrtValue mrt_str_mod(MrtValue fmtv, MrtValue args) { return pct_format(S(fmtv)->data, S(fmtv)->size, args, 0); }

MrtValue mrt_bytes_mod(MrtValue fmtv, MrtValue args)
{
    MrtBytes *b = (MrtBytes *)mrt_obj(fmtv);
    return pct_format((const char *)b->data, b->len, args, 1);
}
