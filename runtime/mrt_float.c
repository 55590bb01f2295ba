/* mrt_float.c — Python float: shortest round-trip repr, arithmetic with
 * CPython's floor/mod/pow rules, exact comparison with ints, hashing,
 * parsing, round(). */
#include "mrt_num.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* ---- repr ------------------------------------------------------------------- */

/* The p-digit decimal closest to d (finite, > 0) that reads back as d,
 * if any: returns 1 with digits (p of them, NUL-terminated) and the
 * decimal exponent of the first digit, or 0. glibc rounds d to p digits
 * exactly, and that value is the one unless it misses on the low side just
 * above a power of two, where the gap below d is half the gap above: then
 * the next p-digit decimal up may still read back as d. */
static int round_trip_digits(double d, int p, char *digits, int *exp)
{
    char buf[48];
    snprintf(buf, sizeof buf, "%.*e", p - 1, d); /* "D.DDDDe+XX" or "De+XX" */
    double back = strtod(buf, NULL);
    int n = 0;
    const char *s = buf;
    for (; *s != 'e'; s++)
        if (*s != '.') digits[n++] = *s;
    digits[n] = 0;
    *exp = atoi(s + 1);
    if (back == d) return 1;
    if (back > d) return 0;
    int i = p - 1;
    while (i >= 0 && digits[i] == '9') digits[i--] = '0';
    if (i >= 0) {
        digits[i]++;
    } else {
        digits[0] = '1';
        (*exp)++;
    }
    snprintf(buf, sizeof buf, "%c.%se%d", digits[0], digits + 1, *exp);
    return strtod(buf, NULL) == d;
}

/* The shortest decimal digits that read back as d (d finite, > 0), the
 * closest one to d among those: fills digits (no trailing zeros) and
 * returns the decimal exponent of the first digit.
 * For a normal d, a decimal of at most 15 digits that reads back as d lies
 * within 2**-53 of d (relative), closer than half the 15-digit spacing, so
 * it is d rounded to 15 digits: one probe settles every short value.
 * Otherwise the answer has 16 or 17 digits, and 17 always round trip. */
static int shortest_digits(double d, char *digits)
{
    int exp, n;
    if (d < 0x1p53 && d == floor(d)) { /* an integer's own digits are the shortest */
        n = snprintf(digits, 20, "%.0f", d);
        exp = n - 1;
    } else if (d < DBL_MIN) { /* subnormal: fewer bits, so any length; if p digits work so do p + 1 */
        char probe[24];
        int lo = 1, hi = 17, pexp;
        round_trip_digits(d, 17, digits, &exp);
        while (lo < hi) {
            int p = (lo + hi) / 2;
            if (round_trip_digits(d, p, probe, &pexp)) {
                hi = p;
                memcpy(digits, probe, (size_t)p + 1);
                exp = pexp;
            } else {
                lo = p + 1;
            }
        }
    } else if (!round_trip_digits(d, 15, digits, &exp) && !round_trip_digits(d, 16, digits, &exp)) {
        round_trip_digits(d, 17, digits, &exp);
    }
    n = (int)strlen(digits);
    while (n > 1 && digits[n - 1] == '0') n--;
    digits[n] = 0;
    return exp;
}

int mrt_float_repr_buf(double d, char *buf, size_t size)
{
    char out[40], digits[24];
    int k = 0;
    if (isnan(d)) return snprintf(buf, size, "nan");
    if (isinf(d)) return snprintf(buf, size, d > 0 ? "inf" : "-inf");
    if (signbit(d)) out[k++] = '-';
    d = fabs(d);
    int decpt; /* value = 0.DIGITS * 10**decpt */
    if (d == 0) {
        strcpy(digits, "0");
        decpt = 1;
    } else {
        decpt = shortest_digits(d, digits) + 1;
    }
    int nd = (int)strlen(digits);
    if (decpt <= -4 || decpt > 16) { /* exponent form: 1e+16, 1.5e-07 */
        out[k++] = digits[0];
        if (nd > 1) {
            out[k++] = '.';
            memcpy(out + k, digits + 1, (size_t)nd - 1);
            k += nd - 1;
        }
        k += snprintf(out + k, sizeof out - (size_t)k, "e%+03d", decpt - 1);
    } else if (decpt <= 0) { /* 0.000ddd */
        out[k++] = '0';
        out[k++] = '.';
        for (int i = 0; i < -decpt; i++) out[k++] = '0';
        memcpy(out + k, digits, (size_t)nd);
        k += nd;
    } else if (decpt >= nd) { /* ddd000.0 */
        memcpy(out + k, digits, (size_t)nd);
        k += nd;
        for (int i = nd; i < decpt; i++) out[k++] = '0';
        out[k++] = '.';
        out[k++] = '0';
    } else { /* dd.ddd */
        memcpy(out + k, digits, (size_t)decpt);
        k += decpt;
        out[k++] = '.';
        memcpy(out + k, digits + decpt, (size_t)(nd - decpt));
        k += nd - decpt;
    }
    out[k] = 0;
    return snprintf(buf, size, "%s", out);
}

MrtValue mrt_float_repr(MrtValue v)
{
    char buf[40];
    int n = mrt_float_repr_buf(mrt_f64(v), buf, sizeof buf);
    return mrt_str_new(buf, n);
}

/* ---- hash: equal to the hash of the equal int or rational --------------------- */
#define HASH_BITS    61
#define HASH_MODULUS ((UINT64_C(1) << HASH_BITS) - 1)

int64_t mrt_float_hash(double d)
{
    if (isinf(d)) return d > 0 ? 314159 : -314159;
    if (isnan(d)) return 0; /* a NaN value hashes by identity: see float_hash_slot */
    int e;
    double m = frexp(fabs(d), &e);
    uint64_t mant = (uint64_t)ldexp(m, 53); /* |d| = mant * 2**(e - 53) */
    e -= 53;
    /* Multiplying by 2**k mod 2**61 - 1 rotates a 61-bit value left by k mod 61. */
    int k = e % HASH_BITS;
    if (k < 0) k += HASH_BITS;
    uint64_t h = mant % HASH_MODULUS;
    if (k) h = ((h << k) & HASH_MODULUS) | (h >> (HASH_BITS - k));
    int64_t r = d < 0 ? -(int64_t)h : (int64_t)h;
    return r == -1 ? -2 : r;
}

/* CPython makes every NaN a new object, so two NaNs are never `is` each other
 * and `nan in [other_nan]` is False. A value is its bits here: each NaN that
 * is computed gets a payload of its own (the quiet bit set, the sign clear,
 * so it stays in the float range of the encoding); copies keep it. */
MrtValue mrt_float_nan(void)
{
    static uint64_t serial;
    serial = (serial + 1) & MRT_PAYLOAD_MASK;
    return (UINT64_C(0x7FF8000000000000) | serial) + MRT_DOUBLE_OFFSET;
}

/* NaNs hash by identity in CPython 3.11; here by their payload */
static int64_t float_hash_slot(MrtValue v)
{
    double d = mrt_f64(v);
    return isnan(d) ? (int64_t)(v & MRT_PAYLOAD_MASK) : mrt_float_hash(d);
}

/* ---- conversions -------------------------------------------------------------- */
static MrtValue int_too_large(void)
{
    return mrt_raise_msg(&mrt_type_OverflowError, "int too large to convert to float");
}

/* int/bool/float -> double: 1 done, 0 not a number (no exception), -1 error */
static int coerce(MrtValue v, double *out)
{
    if (mrt_is_double(v)) {
        *out = mrt_f64(v);
        return 1;
    }
    if (!mrt_int_is(v)) return 0;
    int overflow;
    *out = mrt_int_to_double(v, &overflow);
    if (overflow) {
        int_too_large();
        return -1;
    }
    return 1;
}

/* float(x) or math's argument conversion for objects with __float__ or
 * __index__; 0 if neither is defined (no exception). */
static int dunder_to_double(MrtValue v, double *out)
{
    MrtValue r;
    if (mrt_num_call_dunder(v, "__float__", 0, NULL, &r)) {
        if (!r) return -1;
        if (!mrt_is_double(r)) {
            mrt_raise_fmt(&mrt_type_TypeError, "%s.__float__ returned non-float (type %T)", mrt_type_cname(v), r);
            return -1;
        }
        *out = mrt_f64(r);
        return 1;
    }
    if (mrt_num_call_dunder(v, "__index__", 0, NULL, &r)) {
        if (!r) return -1;
        if (!mrt_int_is(r)) {
            mrt_raise_fmt(&mrt_type_TypeError, "__index__ returned non-int (type %T)", r);
            return -1;
        }
        return coerce(r, out);
    }
    return 0;
}

int mrt_to_double(MrtValue v, double *out)
{
    int r = coerce(v, out);
    if (r == 0) r = dunder_to_double(v, out);
    if (r == 0) mrt_raise_fmt(&mrt_type_TypeError, "must be real number, not %T", v);
    return r > 0 ? 0 : -1;
}

/* ---- arithmetic ------------------------------------------------------------------ */
int mrt_float_mod(double a, double b, double *out)
{
    if (b == 0) {
        mrt_raise_msg(&mrt_type_ZeroDivisionError, "float modulo");
        return -1;
    }
    double m = fmod(a, b);
    if (m != 0) {
        if ((b < 0) != (m < 0)) m += b; /* the result takes the divisor's sign */
    } else {
        m = copysign(0.0, b);
    }
    *out = m;
    return 0;
}

/* Floor quotient and modulo together: (a - mod) / b is exact enough that
 * rounding it to the nearest integer gives the floor quotient. */
static void float_divmod_raw(double a, double b, double *q, double *r)
{
    double m = fmod(a, b);
    double div = (a - m) / b;
    if (m != 0) {
        if ((b < 0) != (m < 0)) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, b);
    }
    double fl;
    if (div != 0) {
        fl = floor(div);
        if (div - fl > 0.5) fl += 1.0;
    } else {
        fl = copysign(0.0, a / b);
    }
    *q = fl;
    *r = m;
}

MrtValue mrt_float_divmod(double a, double b)
{
    if (b == 0) return mrt_raise_msg(&mrt_type_ZeroDivisionError, "float divmod()");
    double q, r;
    float_divmod_raw(a, b, &q, &r);
    MrtValue items[2] = {mrt_float(q), mrt_float(r)};
    return mrt_tuple_new(2, items);
}

static int is_odd_integer(double y) { return fmod(fabs(y), 2.0) == 1.0; }

MrtValue mrt_float_pow(double a, double b)
{
    if (b == 0) return mrt_float(1.0); /* even nan ** 0 */
    if (isnan(a)) return mrt_float(a);
    if (isnan(b)) return mrt_float(a == 1.0 ? 1.0 : b);
    if (isinf(b)) {
        double m = fabs(a);
        if (m == 1.0) return mrt_float(1.0);
        return mrt_float((b > 0) == (m > 1.0) ? HUGE_VAL : 0.0);
    }
    if (isinf(a)) {
        int odd = is_odd_integer(b);
        if (b > 0) return mrt_float(odd ? a : fabs(a));
        return mrt_float(odd ? copysign(0.0, a) : 0.0);
    }
    if (a == 0) {
        if (b < 0) return mrt_raise_msg(&mrt_type_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return mrt_float(is_odd_integer(b) ? a : 0.0);
    }
    /* CPython returns a complex here; molt has no complex type. */
    if (a < 0 && b != floor(b))
        return mrt_raise_msg(&mrt_type_ValueError, "negative number cannot be raised to a fractional power");
    double r = pow(a, b);
    if (isinf(r)) { /* OverflowError(ERANGE, strerror(ERANGE)) as CPython raises it */
        MrtValue args[2] = {mrt_small(ERANGE), mrt_str_from_cstr("Numerical result out of range")};
        MrtValue exc = mrt_exc_new(&mrt_type_OverflowError, 2, args);
        return exc ? mrt_raise(exc) : MRT_ERR;
    }
    return mrt_float(r);
}

static MrtValue float_arith(double x, double y, int op)
{
    double r;
    switch (op) {
    case MRT_OP_ADD:
        return mrt_float(x + y);
    case MRT_OP_SUB:
        return mrt_float(x - y);
    case MRT_OP_MUL:
        return mrt_float(x * y);
    case MRT_OP_TRUEDIV:
        if (y == 0) return mrt_raise_msg(&mrt_type_ZeroDivisionError, "float division by zero");
        return mrt_float(x / y);
    case MRT_OP_FLOORDIV: {
        if (y == 0) return mrt_raise_msg(&mrt_type_ZeroDivisionError, "float floor division by zero");
        double q;
        float_divmod_raw(x, y, &q, &r);
        return mrt_float(q);
    }
    case MRT_OP_MOD:
        return mrt_float_mod(x, y, &r) < 0 ? MRT_ERR : mrt_float(r);
    case MRT_OP_POW:
        return mrt_float_pow(x, y);
    default:
        return MRT_NOTIMPL;
    }
}

MrtValue mrt_float_binop(MrtValue a, MrtValue b, int op)
{
    if (!mrt_is_double(a) && !mrt_is_double(b)) return MRT_NOTIMPL;
    if (op > MRT_OP_POW) return MRT_NOTIMPL; /* shifts, bitwise, @ */
    double x, y;
    int r = coerce(a, &x);
    if (r > 0) r = coerce(b, &y);
    if (r <= 0) return r < 0 ? MRT_ERR : MRT_NOTIMPL;
    return float_arith(x, y, op);
}

/* ---- comparison: exact between floats and ints ----------------------------------- */

/* Three-way comparison of finite-or-infinite d with int i. */
static int cmp_double_int(double d, MrtValue i)
{
    if (isinf(d)) return d > 0 ? 1 : -1;
    if (!mrt_is_bigint(i)) { /* small ints and bools are exact doubles */
        double x = mrt_is_small(i) ? (double)mrt_small_val(i) : (double)(i == MRT_TRUE);
        return (d > x) - (d < x);
    }
    int c = mpz_cmp_d(((MrtBigInt *)mrt_obj(i))->z, d); /* exact, no rounding of the int */
    return (c < 0) - (c > 0);
}

static MrtValue float_richcmp(MrtValue a, MrtValue b, int op)
{
    if (mrt_is_double(a) && mrt_is_double(b)) {
        double x = mrt_f64(a), y = mrt_f64(b);
        switch (op) {
        case MRT_CMP_LT:
            return mrt_bool(x < y);
        case MRT_CMP_LE:
            return mrt_bool(x <= y);
        case MRT_CMP_EQ:
            return mrt_bool(x == y);
        case MRT_CMP_NE:
            return mrt_bool(x != y);
        case MRT_CMP_GT:
            return mrt_bool(x > y);
        default:
            return mrt_bool(x >= y);
        }
    }
    int c;
    if (mrt_is_double(a) && mrt_int_is(b)) {
        if (isnan(mrt_f64(a))) return mrt_bool(op == MRT_CMP_NE);
        c = cmp_double_int(mrt_f64(a), b);
    } else if (mrt_int_is(a) && mrt_is_double(b)) {
        if (isnan(mrt_f64(b))) return mrt_bool(op == MRT_CMP_NE);
        c = -cmp_double_int(mrt_f64(b), a);
    } else {
        return MRT_NOTIMPL;
    }
    return mrt_bool(mrt_num_cmp_op(c, op));
}

/* ---- unary, truth ------------------------------------------------------------------- */
static MrtValue float_unop(MrtValue v, int op)
{
    double d = mrt_f64(v);
    switch (op) {
    case MRT_UOP_NEG:
        return mrt_float(-d);
    case MRT_UOP_POS:
        return v;
    case MRT_UOP_NOT:
        return mrt_bool(d == 0);
    default:
        return mrt_raise_msg(&mrt_type_TypeError, "bad operand type for unary ~: 'float'");
    }
}

static int float_truthy(MrtValue v) { return mrt_f64(v) != 0; }

/* ---- parsing -------------------------------------------------------------------------- */
static int is_space(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* Copies a run of digits with single underscores between digits into *out;
 * returns the number of digits, or -1 for a misplaced underscore. */
static int64_t digit_run(const char *s, int64_t n, int64_t *i, char *out, int64_t *k)
{
    int64_t count = 0;
    while (*i < n) {
        unsigned char c = (unsigned char)s[*i];
        if (is_digit(c)) {
            out[(*k)++] = (char)c;
            count++;
            (*i)++;
        } else if (c == '_' && count > 0 && *i + 1 < n && is_digit((unsigned char)s[*i + 1])) {
            (*i)++;
        } else {
            break;
        }
    }
    return count;
}

static int ieq(const char *s, int64_t n, const char *word)
{
    if ((int64_t)strlen(word) != n) return 0;
    for (int64_t i = 0; i < n; i++)
        if ((s[i] | 0x20) != word[i]) return 0;
    return 1;
}

/* Parses ASCII p[0..n) as float() does; 0 on success, -1 for a bad literal. */
static int parse_float_ascii(const char *p, int64_t n, double *out)
{
    while (n > 0 && is_space((unsigned char)p[n - 1])) n--;
    int64_t i = 0;
    while (i < n && is_space((unsigned char)p[i])) i++;
    int neg = 0;
    if (i < n && (p[i] == '+' || p[i] == '-')) neg = p[i++] == '-';
    if (ieq(p + i, n - i, "inf") || ieq(p + i, n - i, "infinity")) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return 0;
    }
    if (ieq(p + i, n - i, "nan")) {
        *out = NAN;
        return 0;
    }
    char *buf = mrt_gc_malloc((size_t)(n - i) + 3);
    if (!buf) return -2;
    int64_t k = 0;
    buf[k++] = neg ? '-' : '+';
    int64_t before = digit_run(p, n, &i, buf, &k), after = 0;
    if (i < n && p[i] == '.') {
        buf[k++] = p[i++];
        after = digit_run(p, n, &i, buf, &k);
    }
    if (before + after == 0) return -1;
    if (i < n && (p[i] | 0x20) == 'e') {
        buf[k++] = 'e';
        i++;
        if (i < n && (p[i] == '+' || p[i] == '-')) buf[k++] = p[i++];
        if (digit_run(p, n, &i, buf, &k) <= 0) return -1;
    }
    if (i != n) return -1;
    buf[k] = 0;
    *out = strtod(buf, NULL); /* overflow gives ±inf, as float('1e400') does */
    return 0;
}

static MrtValue float_parse(const char *s, int64_t len, MrtValue orig, int is_bytes)
{
    const char *p = s;
    int64_t n = len;
    if (!is_bytes) {
        int ascii = 1;
        for (int64_t i = 0; i < len && ascii; i++) ascii = (unsigned char)s[i] < 0x80;
        if (!ascii && !(p = mrt_num_ascii(s, len, &n))) return MRT_ERR;
    }
    double d;
    int r = parse_float_ascii(p, n, &d);
    if (r == 0) return mrt_float(d);
    if (r == -2) return MRT_ERR;
    if (!orig && !(orig = mrt_str_new(s, len))) return MRT_ERR;
    return mrt_raise_fmt(&mrt_type_ValueError, "could not convert string to float: %R", orig);
}

MrtValue mrt_float_from_str(const char *s, int64_t len) { return float_parse(s, len, 0, 0); }

static MrtValue float_new(MrtType *t, int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (kwnames && ((MrtTuple *)mrt_obj(kwnames))->len > 0)
        return mrt_raise_msg(&mrt_type_TypeError, "float() takes no keyword arguments");
    if (nargs > 1) return mrt_raise_fmt(&mrt_type_TypeError, "float expected at most 1 argument, got %d", nargs);
    if (nargs == 0) return mrt_float(0.0);
    MrtValue x = args[0];
    if (mrt_is_double(x)) return x;
    if (mrt_is_str(x)) {
        MrtStr *s = (MrtStr *)mrt_obj(x);
        return float_parse(s->data, s->size, x, 0);
    }
    if (mrt_isinstance_of(x, &mrt_type_bytes)) {
        MrtBytes *b = (MrtBytes *)mrt_obj(x);
        return float_parse((const char *)b->data, b->len, x, 1);
    }
    double d;
    int r = coerce(x, &d);
    if (r == 0) r = dunder_to_double(x, &d);
    if (r < 0) return MRT_ERR;
    if (r == 0)
        return mrt_raise_fmt(&mrt_type_TypeError, "float() argument must be a string or a real number, not '%T'", x);
    return mrt_float(d);
}

/* ---- round() ------------------------------------------------------------------------ */

/* round(d, n) for finite d: d * 10**n rounded half-even to an integer N
 * using exact integer arithmetic, then N * 10**-n correctly rounded by
 * strtod. */
static MrtValue round_to_digits(double d, int64_t n)
{
    int e;
    double fr = frexp(fabs(d), &e);
    mpz_t num, den, q, r, p;
    mpz_inits(num, den, q, r, p, NULL);
    mpz_set_d(num, ldexp(fr, 53)); /* |d| = num * 2**(e - 53) */
    e -= 53;
    mpz_set_ui(den, 1);
    mpz_ui_pow_ui(p, 10, (unsigned long)(n < 0 ? -n : n));
    if (n >= 0)
        mpz_mul(num, num, p);
    else
        mpz_mul(den, den, p);
    if (e >= 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    mpz_fdiv_qr(q, r, num, den);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, den);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    size_t len = mpz_sizeinbase(q, 10) + 32;
    char *buf = mrt_gc_malloc(len);
    if (!buf) return MRT_ERR;
    mpz_get_str(buf, 10, q);
    snprintf(buf + strlen(buf), 32, "e%lld", (long long)-n);
    double res = strtod(buf, NULL);
    if (isinf(res)) return mrt_raise_msg(&mrt_type_OverflowError, "rounded value too large to represent");
    return mrt_float(copysign(res, d));
}

MrtValue mrt_float_round(double d, MrtValue ndigits)
{
    if (!ndigits || ndigits == MRT_NONE) {
        if (!isfinite(d)) return mrt_int_from_double(d); /* raises the int() errors */
        return mrt_int_from_double(rint(d));             /* half-even in the default mode */
    }
    MrtValue nv = mrt_num_index(ndigits);
    if (!nv) return MRT_ERR;
    if (!isfinite(d)) return mrt_float(d);
    /* beyond these d is already exact / rounds to zero (CPython's limits) */
    if (mrt_int_sign(nv) > 0 && mrt_int_bit_length(nv) > 16) return mrt_float(d);
    if (mrt_int_sign(nv) < 0 && mrt_int_bit_length(nv) > 16) return mrt_float(0.0 * d);
    int64_t n;
    if (mrt_int_to_i64(nv, &n) < 0) return MRT_ERR;
    if (n > 323) return mrt_float(d);
    if (n < -308) return mrt_float(0.0 * d);
    if (d == 0) return mrt_float(d);
    return round_to_digits(d, n);
}

/* ---- methods ------------------------------------------------------------------------ */
static int float_self(const char *meth, int nargs, const MrtValue *args)
{
    if (nargs < 1 || !mrt_is_double(args[0])) {
        mrt_raise_fmt(&mrt_type_TypeError, "descriptor '%s' requires a 'float' object but received a '%T'", meth,
                      nargs < 1 ? MRT_NONE : args[0]);
        return -1;
    }
    return 0;
}

static int float_meth_args(const char *meth, int nargs, const MrtValue *args, MrtValue kw, int want)
{
    if (float_self(meth, nargs, args) < 0) return -1;
    if (kw && ((MrtTuple *)mrt_obj(kw))->len > 0) {
        mrt_raise_fmt(&mrt_type_TypeError, "float.%s() takes no keyword arguments", meth);
        return -1;
    }
    if (nargs - 1 != want) {
        if (want == 0)
            mrt_raise_fmt(&mrt_type_TypeError, "float.%s() takes no arguments (%d given)", meth, nargs - 1);
        else
            mrt_raise_fmt(&mrt_type_TypeError, "expected %d argument, got %d", want, nargs - 1);
        return -1;
    }
    return 0;
}

static MrtValue float_binop_meth(const char *meth, int nargs, const MrtValue *args, MrtValue kw, int op, int reflected)
{
    if (float_meth_args(meth, nargs, args, kw, 1) < 0) return MRT_ERR;
    if (!mrt_is_double(args[1]) && !mrt_int_is(args[1])) return MRT_NOTIMPL;
    return reflected ? mrt_float_binop(args[1], args[0], op) : mrt_float_binop(args[0], args[1], op);
}

#define FLOAT_BINOPS(X)                                                                                                \
    X(add, ADD) X(sub, SUB) X(mul, MUL) X(truediv, TRUEDIV) X(floordiv, FLOORDIV) X(mod, MOD) X(pow, POW)
#define FLOAT_BINOP_METHS(name, OP)                                                                                    \
    static MrtValue float_m_##name(int nargs, const MrtValue *args, MrtValue kw)                                       \
    {                                                                                                                  \
        return float_binop_meth("__" #name "__", nargs, args, kw, MRT_OP_##OP, 0);                                     \
    }                                                                                                                  \
    static MrtValue float_m_r##name(int nargs, const MrtValue *args, MrtValue kw)                                      \
    {                                                                                                                  \
        return float_binop_meth("__r" #name "__", nargs, args, kw, MRT_OP_##OP, 1);                                    \
    }
FLOAT_BINOPS(FLOAT_BINOP_METHS)

#define FLOAT_CMPS(X) X(eq, EQ) X(ne, NE) X(lt, LT) X(le, LE) X(gt, GT) X(ge, GE)
#define FLOAT_CMP_METH(name, OP)                                                                                       \
    static MrtValue float_m_##name(int nargs, const MrtValue *args, MrtValue kw)                                       \
    {                                                                                                                  \
        if (float_meth_args("__" #name "__", nargs, args, kw, 1) < 0) return MRT_ERR;                                  \
        return float_richcmp(args[0], args[1], MRT_CMP_##OP);                                                          \
    }
FLOAT_CMPS(FLOAT_CMP_METH)

static MrtValue float_divmod_meth(int nargs, const MrtValue *args, MrtValue kw, int reflected)
{
    if (float_meth_args(reflected ? "__rdivmod__" : "__divmod__", nargs, args, kw, 1) < 0) return MRT_ERR;
    double x = mrt_f64(args[0]), y;
    int r = coerce(args[1], &y);
    if (r <= 0) return r < 0 ? MRT_ERR : MRT_NOTIMPL;
    return reflected ? mrt_float_divmod(y, x) : mrt_float_divmod(x, y);
}
static MrtValue float_m_divmod(int n, const MrtValue *a, MrtValue k) { return float_divmod_meth(n, a, k, 0); }
static MrtValue float_m_rdivmod(int n, const MrtValue *a, MrtValue k) { return float_divmod_meth(n, a, k, 1); }

#define FLOAT_UNARY(name, expr)                                                                                        \
    static MrtValue float_m_##name(int nargs, const MrtValue *args, MrtValue kw)                                       \
    {                                                                                                                  \
        if (float_meth_args(#name, nargs, args, kw, 0) < 0) return MRT_ERR;                                            \
        double d = mrt_f64(args[0]);                                                                                   \
        (void)d;                                                                                                       \
        return expr;                                                                                                   \
    }
FLOAT_UNARY(__neg__, mrt_float(-d))
FLOAT_UNARY(__pos__, args[0])
FLOAT_UNARY(__abs__, mrt_float(fabs(d)))
FLOAT_UNARY(__bool__, mrt_bool(d != 0))
FLOAT_UNARY(__float__, args[0])
FLOAT_UNARY(__int__, mrt_int_from_double(d))
FLOAT_UNARY(__trunc__, mrt_int_from_double(d))
FLOAT_UNARY(__floor__, isfinite(d) ? mrt_int_from_double(floor(d)) : mrt_int_from_double(d))
FLOAT_UNARY(__ceil__, isfinite(d) ? mrt_int_from_double(ceil(d)) : mrt_int_from_double(d))
FLOAT_UNARY(__repr__, mrt_float_repr(args[0]))
FLOAT_UNARY(__hash__, mrt_int_from_i64(float_hash_slot(args[0])))
FLOAT_UNARY(conjugate, args[0])
FLOAT_UNARY(is_integer, mrt_bool(isfinite(d) && d == floor(d)))

static MrtValue float_m___round__(int nargs, const MrtValue *args, MrtValue kw)
{
    if (float_self("__round__", nargs, args) < 0) return MRT_ERR;
    if (kw && ((MrtTuple *)mrt_obj(kw))->len > 0)
        return mrt_raise_msg(&mrt_type_TypeError, "float.__round__() takes no keyword arguments");
    if (nargs > 2)
        return mrt_raise_fmt(&mrt_type_TypeError, "__round__ expected at most 1 argument, got %d", nargs - 1);
    return mrt_float_round(mrt_f64(args[0]), nargs == 2 ? args[1] : 0);
}

static MrtValue float_m_as_integer_ratio(int nargs, const MrtValue *args, MrtValue kw)
{
    if (float_meth_args("as_integer_ratio", nargs, args, kw, 0) < 0) return MRT_ERR;
    double d = mrt_f64(args[0]);
    if (isinf(d)) return mrt_raise_msg(&mrt_type_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(d)) return mrt_raise_msg(&mrt_type_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double fr = frexp(d, &e);
    mpz_t num, den;
    mpz_inits(num, den, NULL);
    mpz_set_d(num, ldexp(fr, 53)); /* d = num * 2**(e - 53) */
    e -= 53;
    mpz_set_ui(den, 1);
    if (mpz_sgn(num) != 0) { /* lowest terms: strip common factors of two */
        mp_bitcnt_t tz = mpz_scan1(num, 0);
        mpz_fdiv_q_2exp(num, num, tz);
        e += (int)tz;
    }
    if (e >= 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    MrtValue pair[2] = {mrt_int_from_mpz(num), mrt_int_from_mpz(den)};
    if (!pair[0] || !pair[1]) return MRT_ERR;
    return mrt_tuple_new(2, pair);
}

static MrtValue float_p_self(int nargs, const MrtValue *args, MrtValue kw) { return args[0]; }
static MrtValue float_p_zero(int nargs, const MrtValue *args, MrtValue kw) { return mrt_float(0.0); }

#define FLOAT_BINOP_DEFS(name, OP) {"__" #name "__", float_m_##name, 0}, {"__r" #name "__", float_m_r##name, 0},
#define FLOAT_CMP_DEFS(name, OP)   {"__" #name "__", float_m_##name, 0},
static const MrtMethodDef float_methods[] = {
    FLOAT_BINOPS(FLOAT_BINOP_DEFS) FLOAT_CMPS(FLOAT_CMP_DEFS){"__divmod__", float_m_divmod, 0},
    {"__rdivmod__", float_m_rdivmod, 0},
    {"__neg__", float_m___neg__, 0},
    {"__pos__", float_m___pos__, 0},
    {"__abs__", float_m___abs__, 0},
    {"__bool__", float_m___bool__, 0},
    {"__float__", float_m___float__, 0},
    {"hex", mrt_float_hex, 0},
    {"fromhex", mrt_float_fromhex, MRT_METH_CLASS},
    {"__int__", float_m___int__, 0},
    {"__trunc__", float_m___trunc__, 0},
    {"__floor__", float_m___floor__, 0},
    {"__ceil__", float_m___ceil__, 0},
    {"__round__", float_m___round__, 0},
    {"__repr__", float_m___repr__, 0},
    {"__hash__", float_m___hash__, 0},
    {"conjugate", float_m_conjugate, 0},
    {"is_integer", float_m_is_integer, 0},
    {"as_integer_ratio", float_m_as_integer_ratio, 0},
    {"real", float_p_self, MRT_METH_PROPERTY},
    {"imag", float_p_zero, MRT_METH_PROPERTY},
    {NULL, NULL, 0},
};

/* Not subclassable: floats are NaN-boxed values with no object to extend. */
MrtType mrt_type_float = {
    .ob = {&mrt_type_type},
    .name = "float",
    .base = &mrt_type_object,
    .flags = MRT_TF_NOSUBCLASS,
    .basicsize = sizeof(MrtObject),
    .repr = mrt_float_repr,
    .hash = float_hash_slot,
    .richcmp = float_richcmp,
    .binop = mrt_float_binop,
    .unop = float_unop,
    .truthy = float_truthy,
    .tp_new = float_new,
    .methods = float_methods,
};
