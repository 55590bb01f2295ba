/* mrt_math.c — the math module: libm wrappers with CPython's domain/range
 * errors, exact integer functions on GMP, fsum, hypot, prod. */
#include "mrt_num.h"

#include <float.h>
#include <limits.h>
#include <math.h>

/* ---- errors and argument helpers ------------------------------------------ */
static MrtValue domain_error(void) { return mrt_raise_msg(&mrt_type_ValueError, "math domain error"); }
static MrtValue range_error(void) { return mrt_raise_msg(&mrt_type_OverflowError, "math range error"); }

static int64_t kw_len(MrtValue kwnames) { return kwnames ? ((MrtTuple *)mrt_obj(kwnames))->len : 0; }

/* f(x, y) style functions: "atan2 expected 2 arguments, got 1". */
static int two_args(const char *fname, int nargs, MrtValue kwnames)
{
    if (kw_len(kwnames)) {
        mrt_raise_fmt(&mrt_type_TypeError, "math.%s() takes no keyword arguments", fname);
        return -1;
    }
    if (nargs != 2) {
        mrt_raise_fmt(&mrt_type_TypeError, "%s expected 2 arguments, got %d", fname, nargs);
        return -1;
    }
    return 0;
}

static int one_double(const char *fname, int nargs, const MrtValue *args, MrtValue kwnames, double *x)
{
    if (mrt_num_one_arg(fname, nargs, kwnames) < 0) return -1;
    return mrt_to_double(args[0], x);
}

static int two_doubles(const char *fname, int nargs, const MrtValue *args, MrtValue kwnames, double *x, double *y)
{
    if (two_args(fname, nargs, kwnames) < 0) return -1;
    if (mrt_to_double(args[0], x) < 0 || mrt_to_double(args[1], y) < 0) return -1;
    return 0;
}

static int no_kwargs(const char *fname, MrtValue kwnames)
{
    if (!kw_len(kwnames)) return 0;
    mrt_raise_fmt(&mrt_type_TypeError, "%s() takes no keyword arguments", fname);
    return -1;
}

/* ---- one-argument libm functions -------------------------------------------
 * As CPython: a NaN from a non-NaN argument is a domain error; an infinity
 * from a finite argument is a range error where the function can overflow
 * and a domain error (a pole such as log1p(-1)) otherwise. */
static MrtValue checked_result(double x, double r, int can_overflow)
{
    if (isnan(r) && !isnan(x)) return domain_error();
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error() : domain_error();
    return mrt_float(r);
}

static MrtValue math_1(const char *fname, int nargs, const MrtValue *args, MrtValue kw, double (*f)(double),
                       int can_overflow)
{
    double x;
    if (one_double(fname, nargs, args, kw, &x) < 0) return MRT_ERR;
    return checked_result(x, f(x), can_overflow);
}

#define MATH_1(name, cfunc, can_overflow)                                                                              \
    static MrtValue m_##name(int nargs, const MrtValue *args, MrtValue kw)                                             \
    {                                                                                                                  \
        return math_1("math." #name, nargs, args, kw, cfunc, can_overflow);                                            \
    }
MATH_1(sqrt, sqrt, 0)
MATH_1(exp, exp, 1)
MATH_1(exp2, exp2, 1)
MATH_1(expm1, expm1, 1)
MATH_1(sin, sin, 0)
MATH_1(cos, cos, 0)
MATH_1(tan, tan, 0)
MATH_1(asin, asin, 0)
MATH_1(acos, acos, 0)
MATH_1(atan, atan, 0)
MATH_1(sinh, sinh, 1)
MATH_1(cosh, cosh, 1)
MATH_1(tanh, tanh, 0)
MATH_1(asinh, asinh, 0)
MATH_1(acosh, acosh, 0)
MATH_1(atanh, atanh, 0)
MATH_1(fabs, fabs, 0)
MATH_1(cbrt, cbrt, 0)
MATH_1(erf, erf, 0)
MATH_1(erfc, erfc, 0)
MATH_1(log1p, log1p, 0)

static MrtValue m_degrees(int nargs, const MrtValue *args, MrtValue kw)
{
    double x;
    if (one_double("math.degrees", nargs, args, kw, &x) < 0) return MRT_ERR;
    return mrt_float(x * (180.0 / M_PI));
}

static MrtValue m_radians(int nargs, const MrtValue *args, MrtValue kw)
{
    double x;
    if (one_double("math.radians", nargs, args, kw, &x) < 0) return MRT_ERR;
    return mrt_float(x * (M_PI / 180.0));
}

static MrtValue m_isnan(int nargs, const MrtValue *args, MrtValue kw)
{
    double x;
    if (one_double("math.isnan", nargs, args, kw, &x) < 0) return MRT_ERR;
    return mrt_bool(isnan(x));
}

static MrtValue m_isinf(int nargs, const MrtValue *args, MrtValue kw)
{
    double x;
    if (one_double("math.isinf", nargs, args, kw, &x) < 0) return MRT_ERR;
    return mrt_bool(isinf(x));
}

static MrtValue m_isfinite(int nargs, const MrtValue *args, MrtValue kw)
{
    double x;
    if (one_double("math.isfinite", nargs, args, kw, &x) < 0) return MRT_ERR;
    return mrt_bool(isfinite(x));
}

static MrtValue m_ulp(int nargs, const MrtValue *args, MrtValue kw)
{
    double x;
    if (one_double("math.ulp", nargs, args, kw, &x) < 0) return MRT_ERR;
    if (isnan(x) || isinf(x)) return mrt_float(fabs(x));
    x = fabs(x);
    if (x == DBL_MAX) return mrt_float(x - nextafter(x, 0.0));
    return mrt_float(nextafter(x, HUGE_VAL) - x);
}

/* ---- floor, ceil, trunc: int results ---------------------------------------- */
static MrtValue round_to_int(const char *fname, const char *dunder, int nargs, const MrtValue *args, MrtValue kw,
                             double (*f)(double))
{
    if (mrt_num_one_arg(fname, nargs, kw) < 0) return MRT_ERR;
    MrtValue x = args[0], r;
    if (mrt_is_double(x)) return mrt_int_from_double(f(mrt_f64(x)));
    if (mrt_int_is(x)) return mrt_int_round(x, 0);
    if (mrt_num_call_dunder(x, dunder, 0, NULL, &r)) return r;
    double d;
    if (mrt_to_double(x, &d) < 0) return MRT_ERR;
    return mrt_int_from_double(f(d));
}

static MrtValue m_floor(int n, const MrtValue *a, MrtValue k)
{
    return round_to_int("math.floor", "__floor__", n, a, k, floor);
}
static MrtValue m_ceil(int n, const MrtValue *a, MrtValue k)
{
    return round_to_int("math.ceil", "__ceil__", n, a, k, ceil);
}

static MrtValue m_trunc(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_num_one_arg("math.trunc", nargs, kw) < 0) return MRT_ERR;
    MrtValue x = args[0], r;
    if (mrt_is_double(x)) return mrt_int_from_double(mrt_f64(x));
    if (mrt_int_is(x)) return mrt_int_round(x, 0);
    if (mrt_num_call_dunder(x, "__trunc__", 0, NULL, &r)) return r;
    return mrt_raise_fmt(&mrt_type_TypeError, "type %s doesn't define __trunc__ method", mrt_type_cname(x));
}

/* ---- logarithms ------------------------------------------------------------------ */

/* f(v) for f in log, log2, log10; ints too big for a double use
 * f(m) + f(2) * e with v = m * 2**e. */
static int log_of(MrtValue v, double (*f)(double), double *out)
{
    double x;
    if (mrt_int_is(v)) {
        if (mrt_int_sign(v) <= 0) {
            domain_error();
            return -1;
        }
        int overflow;
        x = mrt_int_to_double(v, &overflow);
        if (overflow) {
            int64_t e;
            double m = mrt_int_frexp(v, &e);
            *out = f(m) + f(2.0) * (double)e;
            return 0;
        }
    } else if (mrt_to_double(v, &x) < 0) {
        return -1;
    }
    if (isnan(x) || (x > 0)) { /* log(inf) is inf, log(nan) is nan */
        *out = isnan(x) ? x : f(x);
        return 0;
    }
    domain_error(); /* zero, negative, -inf */
    return -1;
}

static MrtValue m_log(int nargs, const MrtValue *args, MrtValue kw)
{
    if (no_kwargs("log", kw) < 0) return MRT_ERR;
    if (nargs < 1 || nargs > 2) return mrt_raise_msg(&mrt_type_TypeError, "math.log requires 1 to 2 arguments");
    double num, den;
    if (log_of(args[0], log, &num) < 0) return MRT_ERR;
    if (nargs == 1) return mrt_float(num);
    if (log_of(args[1], log, &den) < 0) return MRT_ERR;
    if (den == 0) return mrt_raise_msg(&mrt_type_ZeroDivisionError, "float division by zero");
    return mrt_float(num / den);
}

static MrtValue log_1(const char *fname, int nargs, const MrtValue *args, MrtValue kw, double (*f)(double))
{
    if (mrt_num_one_arg(fname, nargs, kw) < 0) return MRT_ERR;
    double r;
    return log_of(args[0], f, &r) < 0 ? MRT_ERR : mrt_float(r);
}

static MrtValue m_log2(int n, const MrtValue *a, MrtValue k) { return log_1("math.log2", n, a, k, log2); }
static MrtValue m_log10(int n, const MrtValue *a, MrtValue k) { return log_1("math.log10", n, a, k, log10); }

/* ---- two-argument float functions ----------------------------------------------- */
static MrtValue m_pow(int nargs, const MrtValue *args, MrtValue kw)
{
    double x, y;
    if (two_doubles("pow", nargs, args, kw, &x, &y) < 0) return MRT_ERR;
    double r = pow(x, y); /* C99 Annex F special cases match Python's */
    if (isfinite(x) && isfinite(y) && !isfinite(r)) {
        if (isnan(r) || x == 0) return domain_error(); /* (-8) ** (1/3), 0 ** -1 */
        return range_error();
    }
    return mrt_float(r);
}

static MrtValue m_atan2(int nargs, const MrtValue *args, MrtValue kw)
{
    double y, x;
    if (two_doubles("atan2", nargs, args, kw, &y, &x) < 0) return MRT_ERR;
    return mrt_float(atan2(y, x));
}

static MrtValue m_copysign(int nargs, const MrtValue *args, MrtValue kw)
{
    double x, y;
    if (two_doubles("copysign", nargs, args, kw, &x, &y) < 0) return MRT_ERR;
    return mrt_float(copysign(x, y));
}

static MrtValue m_fmod(int nargs, const MrtValue *args, MrtValue kw)
{
    double x, y;
    if (two_doubles("fmod", nargs, args, kw, &x, &y) < 0) return MRT_ERR;
    if (isinf(y) && isfinite(x)) return mrt_float(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error();
    return mrt_float(r);
}

static MrtValue m_remainder(int nargs, const MrtValue *args, MrtValue kw)
{
    double x, y;
    if (two_doubles("remainder", nargs, args, kw, &x, &y) < 0) return MRT_ERR;
    double r = remainder(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error();
    return mrt_float(r);
}

static MrtValue m_nextafter(int nargs, const MrtValue *args, MrtValue kw)
{
    double x, y;
    if (two_doubles("nextafter", nargs, args, kw, &x, &y) < 0) return MRT_ERR;
    return mrt_float(nextafter(x, y));
}

static MrtValue m_ldexp(int nargs, const MrtValue *args, MrtValue kw)
{
    double x;
    if (two_args("ldexp", nargs, kw) < 0 || mrt_to_double(args[0], &x) < 0) return MRT_ERR;
    if (!mrt_int_is(args[1])) return mrt_raise_msg(&mrt_type_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (mrt_int_bit_length(args[1]) > 62)
        e = mrt_int_sign(args[1]) > 0 ? INT64_MAX : INT64_MIN;
    else
        mrt_int_to_i64(args[1], &e);
    if (x == 0 || !isfinite(x)) return mrt_float(x);
    if (e > INT_MAX) return range_error();
    if (e < INT_MIN) return mrt_float(copysign(0.0, x));
    double r = ldexp(x, (int)e);
    return isinf(r) ? range_error() : mrt_float(r);
}

static MrtValue m_isclose(int nargs, const MrtValue *args, MrtValue kw)
{
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    MrtValue v[4];
    if (mrt_num_bind("isclose", nargs, args, kw, names, 4, 0, 2, 2, v) < 0) return MRT_ERR;
    double a, b, rel = 1e-09, abs_tol = 0.0;
    if (mrt_to_double(v[0], &a) < 0 || mrt_to_double(v[1], &b) < 0) return MRT_ERR;
    if (v[2] && mrt_to_double(v[2], &rel) < 0) return MRT_ERR;
    if (v[3] && mrt_to_double(v[3], &abs_tol) < 0) return MRT_ERR;
    if (rel < 0.0 || abs_tol < 0.0) return mrt_raise_msg(&mrt_type_ValueError, "tolerances must be non-negative");
    if (a == b) return MRT_TRUE; /* also equal infinities */
    if (isinf(a) || isinf(b)) return MRT_FALSE;
    double diff = fabs(b - a);
    return mrt_bool(diff <= fabs(rel * b) || diff <= fabs(rel * a) || diff <= abs_tol);
}

/* ---- frexp, modf -------------------------------------------------------------------- */
static MrtValue pair(MrtValue a, MrtValue b)
{
    if (!a || !b) return MRT_ERR;
    MrtValue items[2] = {a, b};
    return mrt_tuple_new(2, items);
}

static MrtValue m_frexp(int nargs, const MrtValue *args, MrtValue kw)
{
    double x;
    if (one_double("math.frexp", nargs, args, kw, &x) < 0) return MRT_ERR;
    int e = 0;
    if (x != 0 && isfinite(x)) x = frexp(x, &e);
    return pair(mrt_float(x), mrt_small(e));
}

static MrtValue m_modf(int nargs, const MrtValue *args, MrtValue kw)
{
    double x, ip;
    if (one_double("math.modf", nargs, args, kw, &x) < 0) return MRT_ERR;
    double fp = modf(x, &ip);
    return pair(mrt_float(fp), mrt_float(ip));
}

/* ---- hypot and dist -------------------------------------------------------------------
 * The result is the sqrt of the exact sum of squares correctly rounded to 53
 * bits, as CPython's is (then scaled, so a subnormal result is rounded twice). A long double estimate settles almost
 * every case; when it lies too close to a rounding midpoint the exact sum is taken with GMP. */

/* Correctly rounded sqrt(sum v[i]^2) for finite v with a nonzero entry. */
static double exact_norm(int64_t n, const double *v)
{
    int emin = INT_MAX;
    for (int64_t i = 0; i < n; i++) { /* v[i] = m * 2**(e - 53) with m a 53-bit integer */
        int e;
        if (v[i] != 0 && (frexp(v[i], &e), e - 53 < emin)) emin = e - 53;
    }
    mpz_t sum, t;
    mpz_inits(sum, t, NULL);
    for (int64_t i = 0; i < n; i++) {
        if (v[i] == 0) continue;
        int e;
        double m = frexp(fabs(v[i]), &e);
        mpz_set_d(t, ldexp(m, 53));
        mpz_mul(t, t, t);
        mpz_mul_2exp(t, t, (mp_bitcnt_t)(2 * (e - 53 - emin)));
        mpz_add(sum, sum, t);
    }
    /* norm = sqrt(sum) * 2**emin; scale sum by 4**k so its root has >= 56 bits */
    int64_t k = 0, sb = (int64_t)mpz_sizeinbase(sum, 2);
    if (sb < 112) {
        k = (112 - sb + 1) / 2;
        mpz_mul_2exp(sum, sum, (mp_bitcnt_t)(2 * k));
    }
    mpz_sqrtrem(t, sum, sum);
    int sticky = mpz_sgn(sum) != 0;
    int64_t lsb = emin - k; /* weight of t's lowest bit */
    int64_t drop = (int64_t)mpz_sizeinbase(t, 2) - 53;
    if (drop > 0) {
        if (mpz_scan1(t, 0) < (mp_bitcnt_t)(drop - 1)) sticky = 1; /* bits below the half bit */
        int half = mpz_tstbit(t, (mp_bitcnt_t)(drop - 1));
        mpz_fdiv_q_2exp(t, t, (mp_bitcnt_t)drop);
        if (half && (sticky || mpz_odd_p(t))) mpz_add_ui(t, t, 1);
    }
    /* t <= 2**53. A subnormal result is rounded a second time here, as in
     * CPython, which scales its 53-bit result down the same way. */
    return ldexp(mpz_get_d(t), (int)(lsb + drop));
}

static double vector_norm(int64_t n, const double *v)
{
    double max = 0;
    int found_nan = 0;
    for (int64_t i = 0; i < n; i++) {
        double a = fabs(v[i]);
        if (isnan(a))
            found_nan = 1;
        else if (a > max)
            max = a;
    }
    if (isinf(max)) return max; /* inf wins over nan */
    if (found_nan) return NAN;
    if (max == 0 || n <= 1) return max;
    int e;
    frexp(max, &e);
    if (e < -1023) { /* max < 2**-1024: CPython 3.11 divides by max instead of scaling; its rounding is kept */
        double csum = 1.0, frac = 0.0;
        for (int64_t i = 0; i < n; i++) {
            double x = fabs(v[i]) / max, old = csum;
            x *= x;
            csum += x;
            frac += (old - csum) + x;
        }
        return max * sqrt(csum - 1.0 + frac);
    }
    long double sum = 0;
    for (int64_t i = 0; i < n; i++) {
        long double s = ldexpl((long double)v[i], -e);
        sum += s * s;
    }
    long double h = sqrtl(sum); /* relative error a few 2**-64 */
    double d = (double)h;
    long double ulp = (long double)nextafter(d, HUGE_VAL) - d;
    long double off = fabsl((h - d) / ulp); /* 0.5 at a midpoint */
    if (off < 0.5L - 0x1p-7L) return ldexp(d, e);
    return exact_norm(n, v);
}

static MrtValue m_hypot(int nargs, const MrtValue *args, MrtValue kw)
{
    if (no_kwargs("math.hypot", kw) < 0) return MRT_ERR;
    double *v = mrt_gc_malloc(sizeof(double) * (size_t)(nargs + 1));
    if (!v) return MRT_ERR;
    for (int i = 0; i < nargs; i++)
        if (mrt_to_double(args[i], &v[i]) < 0) return MRT_ERR;
    return mrt_float(vector_norm(nargs, v));
}

static int as_items(MrtValue seq, int64_t *n, MrtValue **items)
{
    if (mrt_is_list(seq) || mrt_is_tuple(seq)) return mrt_seq_as_array(seq, n, items);
    MrtValue t = mrt_tuple_from_iter(seq);
    if (!t) return -1;
    return mrt_seq_as_array(t, n, items);
}

static MrtValue m_dist(int nargs, const MrtValue *args, MrtValue kw)
{
    if (two_args("dist", nargs, kw) < 0) return MRT_ERR;
    int64_t np, nq;
    MrtValue *p, *q;
    if (as_items(args[0], &np, &p) < 0 || as_items(args[1], &nq, &q) < 0) return MRT_ERR;
    if (np != nq) return mrt_raise_msg(&mrt_type_ValueError, "both points must have the same number of dimensions");
    int64_t size;
    if (mrt_size_mul(np + 1, (int64_t)sizeof(double), &size) < 0) return MRT_ERR;
    double *d = mrt_gc_malloc((size_t)size);
    if (!d) return MRT_ERR;
    for (int64_t i = 0; i < np; i++) {
        double a, b;
        if (mrt_to_double(p[i], &a) < 0 || mrt_to_double(q[i], &b) < 0) return MRT_ERR;
        d[i] = fabs(a - b);
    }
    return mrt_float(vector_norm(np, d));
}

/* ---- fsum: exact sum of the partials (Shewchuk), rounded once ----------------------- */
static MrtValue m_fsum(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_num_one_arg("math.fsum", nargs, kw) < 0) return MRT_ERR;
    MrtValue it = mrt_iter(args[0]);
    if (!it) return MRT_ERR;
    double stack_parts[32], *parts = stack_parts;
    int64_t n = 0, cap = 32;
    double special = 0.0, inf_sum = 0.0;
    for (;;) {
        MrtValue item = mrt_next(it);
        if (!item) return MRT_ERR;
        if (item == MRT_STOP) break;
        double x;
        if (mrt_to_double(item, &x) < 0) return MRT_ERR;
        double orig = x;
        int64_t k = 0;
        for (int64_t i = 0; i < n; i++) { /* add x into the non-overlapping partials */
            double y = parts[i];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0.0) parts[k++] = lo;
            x = hi;
        }
        n = k;
        if (x == 0.0) continue;
        if (!isfinite(x)) { /* inf/nan inputs are summed apart; finite ones must not overflow */
            if (isfinite(orig)) return mrt_raise_msg(&mrt_type_OverflowError, "intermediate overflow in fsum");
            if (isinf(orig)) inf_sum += orig;
            special += orig;
            n = 0;
            continue;
        }
        if (n == cap) {
            double *bigger = mrt_gc_malloc(sizeof(double) * (size_t)cap * 2);
            if (!bigger) return MRT_ERR;
            memcpy(bigger, parts, sizeof(double) * (size_t)n);
            parts = bigger;
            cap *= 2;
        }
        parts[n++] = x;
    }
    if (special != 0.0) {
        if (isnan(inf_sum)) return mrt_raise_msg(&mrt_type_ValueError, "-inf + inf in fsum");
        return mrt_float(special);
    }
    double hi = 0.0, lo = 0.0;
    if (n > 0) { /* sum from the top until the result is exact */
        hi = parts[--n];
        while (n > 0) {
            double x = hi, y = parts[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) break;
        }
        /* half-way case: if the remaining partials push lo further the same
         * way, round hi + 2*lo instead of ties-to-even */
        if (n > 0 && ((lo < 0 && parts[n - 1] < 0) || (lo > 0 && parts[n - 1] > 0))) {
            double y = lo * 2, x = hi + y;
            if (y == x - hi) hi = x;
        }
    }
    return mrt_float(hi);
}

/* ---- prod ---------------------------------------------------------------------------- */
static MrtValue m_prod(int nargs, const MrtValue *args, MrtValue kw)
{
    static const char *const names[] = {"iterable", "start"};
    MrtValue v[2];
    if (mrt_num_bind("prod", nargs, args, kw, names, 2, 1, 1, 1, v) < 0) return MRT_ERR;
    MrtValue acc = v[1] ? v[1] : mrt_small(1);
    MrtValue it = mrt_iter(v[0]);
    if (!it) return MRT_ERR;
    for (;;) {
        MrtValue item = mrt_next(it);
        if (!item) return MRT_ERR;
        if (item == MRT_STOP) return acc;
        acc = mrt_mul(acc, item);
        if (!acc) return MRT_ERR;
    }
}

/* ---- integer functions ------------------------------------------------------------------ */
static MrtValue m_gcd(int nargs, const MrtValue *args, MrtValue kw)
{
    if (no_kwargs("math.gcd", kw) < 0) return MRT_ERR;
    mpz_t g;
    mpz_init(g);
    for (int i = 0; i < nargs; i++) {
        MrtValue v = mrt_num_index(args[i]);
        if (!v) return MRT_ERR;
        MrtTmpZ t;
        mpz_gcd(g, g, mrt_int_z(v, &t));
    }
    return mrt_int_from_mpz(g);
}

static MrtValue m_lcm(int nargs, const MrtValue *args, MrtValue kw)
{
    if (no_kwargs("math.lcm", kw) < 0) return MRT_ERR;
    mpz_t l;
    mpz_init_set_ui(l, 1);
    for (int i = 0; i < nargs; i++) {
        MrtValue v = mrt_num_index(args[i]);
        if (!v) return MRT_ERR;
        MrtTmpZ t;
        mpz_lcm(l, l, mrt_int_z(v, &t)); /* non-negative; 0 once any argument is 0 */
    }
    return mrt_int_from_mpz(l);
}

static MrtValue no_memory(void) { return mrt_raise(mrt_from_obj(&mrt_type_MemoryError)); }

/* n! for n >= 0 that fits an int64. */
static MrtValue factorial_of(int64_t n)
{
    if (n > 20 && lgamma((double)n + 1) / M_LN2 > (double)MRT_INT_MAX_BITS) return no_memory();
    mpz_t r;
    mpz_init(r);
    mpz_fac_ui(r, (unsigned long)n);
    return mrt_int_from_mpz(r);
}

static MrtValue m_factorial(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_num_one_arg("math.factorial", nargs, kw) < 0) return MRT_ERR;
    MrtValue v = mrt_num_index(args[0]);
    if (!v) return MRT_ERR;
    if (mrt_int_sign(v) < 0) return mrt_raise_msg(&mrt_type_ValueError, "factorial() not defined for negative values");
    if (mrt_int_bit_length(v) > 63)
        return mrt_raise_msg(&mrt_type_OverflowError, "factorial() argument should not exceed 9223372036854775807");
    int64_t n;
    mrt_int_to_i64(v, &n);
    return factorial_of(n);
}

/* Parses comb/perm's n and k: 0 ok, -1 error. k may be absent for perm. */
static int comb_args(const char *fname, int nargs, const MrtValue *args, MrtValue kw, int k_optional, MrtValue *n,
                     MrtValue *k)
{
    if (kw_len(kw)) {
        mrt_raise_fmt(&mrt_type_TypeError, "math.%s() takes no keyword arguments", fname);
        return -1;
    }
    if (!k_optional && nargs != 2) {
        mrt_raise_fmt(&mrt_type_TypeError, "%s expected 2 arguments, got %d", fname, nargs);
        return -1;
    }
    if (nargs < 1 || nargs > 2) {
        mrt_raise_fmt(&mrt_type_TypeError, "%s expected %s, got %d", fname,
                      nargs < 1 ? "at least 1 argument" : "at most 2 arguments", nargs);
        return -1;
    }
    *n = mrt_num_index(args[0]);
    if (!*n) return -1;
    *k = 0;
    if (nargs == 2 && args[1] != MRT_NONE && !(*k = mrt_num_index(args[1]))) return -1;
    if (mrt_int_sign(*n) < 0 && *k) {
        mrt_raise_msg(&mrt_type_ValueError, "n must be a non-negative integer");
        return -1;
    }
    if (*k && mrt_int_sign(*k) < 0) {
        mrt_raise_msg(&mrt_type_ValueError, "k must be a non-negative integer");
        return -1;
    }
    return 0;
}

/* log2 of a rough upper bound of C(n, k) * extra, to refuse absurd sizes. */
static int too_big(mpz_srcptr n, uint64_t k)
{
    double bits = (double)mpz_sizeinbase(n, 2) * (double)k;
    return bits > (double)MRT_INT_MAX_BITS;
}

static MrtValue m_comb(int nargs, const MrtValue *args, MrtValue kw)
{
    MrtValue n, k;
    if (comb_args("comb", nargs, args, kw, 0, &n, &k) < 0) return MRT_ERR;
    if (mrt_int_cmp(k, n) > 0) return mrt_small(0);
    MrtTmpZ tn, tk;
    mpz_srcptr zn = mrt_int_z(n, &tn);
    mpz_t kk;
    mpz_init(kk);
    mpz_sub(kk, zn, mrt_int_z(k, &tk)); /* C(n, k) == C(n, n - k): use the smaller */
    if (mpz_cmp(kk, mrt_int_z(k, &tk)) > 0) mpz_set(kk, mrt_int_z(k, &tk));
    if (!mpz_fits_slong_p(kk))
        return mrt_raise_msg(&mrt_type_OverflowError, "min(n - k, k) must not exceed 9223372036854775807");
    unsigned long kv = mpz_get_ui(kk);
    if (too_big(zn, kv)) return no_memory();
    mpz_t r;
    mpz_init(r);
    mpz_bin_ui(r, zn, kv);
    return mrt_int_from_mpz(r);
}

static MrtValue m_perm(int nargs, const MrtValue *args, MrtValue kw)
{
    MrtValue n, k;
    if (comb_args("perm", nargs, args, kw, 1, &n, &k) < 0) return MRT_ERR;
    if (!k) { /* perm(n) == n! */
        if (mrt_int_sign(n) < 0)
            return mrt_raise_msg(&mrt_type_ValueError, "factorial() not defined for negative values");
        if (mrt_int_bit_length(n) > 63)
            return mrt_raise_msg(&mrt_type_OverflowError, "factorial() argument should not exceed 9223372036854775807");
        int64_t nv;
        mrt_int_to_i64(n, &nv);
        return factorial_of(nv);
    }
    if (mrt_int_cmp(k, n) > 0) return mrt_small(0);
    if (mrt_int_bit_length(k) > 63)
        return mrt_raise_msg(&mrt_type_OverflowError, "k must not exceed 9223372036854775807");
    int64_t kv;
    mrt_int_to_i64(k, &kv);
    MrtTmpZ tn;
    mpz_srcptr zn = mrt_int_z(n, &tn);
    if (too_big(zn, (uint64_t)kv)) return no_memory();
    mpz_t r, f; /* n! / (n-k)! == C(n, k) * k! */
    mpz_inits(r, f, NULL);
    mpz_bin_ui(r, zn, (unsigned long)kv);
    mpz_fac_ui(f, (unsigned long)kv);
    mpz_mul(r, r, f);
    return mrt_int_from_mpz(r);
}

static MrtValue m_isqrt(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_num_one_arg("math.isqrt", nargs, kw) < 0) return MRT_ERR;
    MrtValue v = mrt_num_index(args[0]);
    if (!v) return MRT_ERR;
    if (mrt_int_sign(v) < 0) return mrt_raise_msg(&mrt_type_ValueError, "isqrt() argument must be nonnegative");
    MrtTmpZ t;
    mpz_t r;
    mpz_init(r);
    mpz_sqrt(r, mrt_int_z(v, &t));
    return mrt_int_from_mpz(r);
}

/* ---- the module -----------------------------------------------------------------------
 * gamma and lgamma are left out: CPython computes them with its own Lanczos
 * approximation, and libm's results differ in the last bit for about half
 * of all arguments. */
static const struct {
    const char *name;
    MrtCFunc fn;
} math_funcs[] = {
    {"sqrt", m_sqrt},
    {"exp", m_exp},
    {"exp2", m_exp2},
    {"expm1", m_expm1},
    {"sin", m_sin},
    {"cos", m_cos},
    {"tan", m_tan},
    {"asin", m_asin},
    {"acos", m_acos},
    {"atan", m_atan},
    {"sinh", m_sinh},
    {"cosh", m_cosh},
    {"tanh", m_tanh},
    {"asinh", m_asinh},
    {"acosh", m_acosh},
    {"atanh", m_atanh},
    {"fabs", m_fabs},
    {"cbrt", m_cbrt},
    {"erf", m_erf},
    {"erfc", m_erfc},
    {"log1p", m_log1p},
    {"degrees", m_degrees},
    {"radians", m_radians},
    {"isnan", m_isnan},
    {"isinf", m_isinf},
    {"isfinite", m_isfinite},
    {"ulp", m_ulp},
    {"floor", m_floor},
    {"ceil", m_ceil},
    {"trunc", m_trunc},
    {"log", m_log},
    {"log2", m_log2},
    {"log10", m_log10},
    {"pow", m_pow},
    {"atan2", m_atan2},
    {"copysign", m_copysign},
    {"fmod", m_fmod},
    {"remainder", m_remainder},
    {"nextafter", m_nextafter},
    {"ldexp", m_ldexp},
    {"isclose", m_isclose},
    {"frexp", m_frexp},
    {"modf", m_modf},
    {"hypot", m_hypot},
    {"dist", m_dist},
    {"fsum", m_fsum},
    {"prod", m_prod},
    {"gcd", m_gcd},
    {"lcm", m_lcm},
    {"factorial", m_factorial},
    {"comb", m_comb},
    {"perm", m_perm},
    {"isqrt", m_isqrt},
};

static const struct {
    const char *name;
    double value;
} math_consts[] = {
    {"pi", M_PI}, {"e", M_E}, {"tau", 2 * M_PI}, {"inf", HUGE_VAL}, {"nan", NAN},
};

MrtValue mrt_module_math(void)
{
    static MrtValue module; /* static data is a GC root */
    if (module) return module;
    enum { NC = sizeof math_consts / sizeof math_consts[0], NF = sizeof math_funcs / sizeof math_funcs[0] };
    const char **names = mrt_gc_malloc(sizeof(char *) * (NC + NF));
    MrtValue *slots = mrt_gc_malloc(sizeof(MrtValue) * (NC + NF));
    if (!names || !slots) return MRT_ERR;
    for (int i = 0; i < NC; i++) {
        names[i] = math_consts[i].name;
        slots[i] = mrt_float(math_consts[i].value);
    }
    for (int i = 0; i < NF; i++) {
        names[NC + i] = math_funcs[i].name;
        slots[NC + i] = mrt_builtin_new(math_funcs[i].name, math_funcs[i].fn, 0);
        if (!slots[NC + i]) return MRT_ERR;
    }
    module = mrt_module_new("math", NC + NF, names, slots);
    return module;
}
