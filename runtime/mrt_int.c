/* mrt_int.c — Python int and bool: 48-bit inline small ints, GMP-backed
 * MrtBigInt beyond that (always normalised), arithmetic, parsing, printing. */
#include "mrt_num.h"

#include <gc.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

int64_t mrt_int_max_str_digits = 4300;

#define HASH_MODULUS ((UINT64_C(1) << 61) - 1)

/* ---- GMP memory lives on the GC heap -------------------------------------
 * Limbs hold no pointers (atomic); they stay alive because the MrtBigInt
 * (or a C stack temporary) that owns the mpz points at them. GMP cannot
 * report a failed allocation, so running out here ends the program. */
static MRT_NORETURN void gmp_out_of_memory(size_t n)
{
    mrt_flush_all();
    fprintf(stderr, "MemoryError: cannot allocate %zu bytes for an integer\n", n);
    exit(1);
}

static void *gmp_alloc(size_t n)
{
    void *p = GC_malloc_atomic(n);
    if (!p) gmp_out_of_memory(n);
    return p;
}

static void *gmp_realloc(void *p, size_t old, size_t n)
{
    void *q = GC_realloc(p, n);
    if (!q) gmp_out_of_memory(n);
    return q;
}

static void gmp_free(void *p, size_t n) {}

void mrt_int_init(void) { mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free); }

/* ---- representation helpers ---------------------------------------------- */
static int as_small(MrtValue v, int64_t *x)
{
    if (mrt_is_small(v)) {
        *x = mrt_small_val(v);
        return 1;
    }
    if (mrt_is_bool(v)) {
        *x = v == MRT_TRUE;
        return 1;
    }
    return 0;
}

int mrt_int_is(MrtValue v) { return mrt_is_small(v) || mrt_is_bool(v) || mrt_is_bigint(v); }

static mpz_srcptr z_of_i64(int64_t x, MrtTmpZ *t)
{
    t->limb = x < 0 ? (mp_limb_t)(0 - (uint64_t)x) : (mp_limb_t)x;
    return mpz_roinit_n(t->z, &t->limb, x < 0 ? -1 : x > 0);
}

mpz_srcptr mrt_int_z(MrtValue v, MrtTmpZ *t)
{
    if (mrt_is_bigint(v)) return ((MrtBigInt *)mrt_obj(v))->z;
    return z_of_i64(mrt_is_small(v) ? mrt_small_val(v) : v == MRT_TRUE, t);
}

/* A fresh int for GMP to compute into (its limbs are allocated separately). */
static MrtBigInt *big_new(void)
{
    MrtBigInt *b = mrt_alloc(&mrt_type_int, sizeof *b);
    if (b) mpz_init(b->z);
    return b;
}

/* An int of magnitude mag (beyond the small range, below 2^64) as one
 * pointer-free object: z is a read-only view of the object's own limb, so
 * the common case of 48..64-bit results (hashes, LCGs) costs one small
 * atomic allocation instead of an object plus a GMP limb array. Ints are
 * immutable, so nothing ever writes through that view. */
static MrtValue limb_int(mp_limb_t mag, int neg)
{
    MrtBigInt *b = GC_MALLOC_ATOMIC(sizeof *b);              /* every field is set below: no memset */
    if (!b) return mrt_raise_msg(&mrt_type_MemoryError, ""); /* as mrt_alloc */
    b->ob.type = &mrt_type_int;
    b->limb = mag;
    mpz_t view = MPZ_ROINIT_N(&b->limb, neg ? -1 : 1);
    b->z[0] = view[0];
    return mrt_from_obj(b);
}

/* The value of z if it fits in int64. Reads the limb directly: mpz_size and
 * mpz_getlimbn are inline in gmp.h, unlike mpz_fits_slong_p. */
static inline int z_to_i64(mpz_srcptr z, int64_t *out)
{
    size_t n = mpz_size(z);
    if (n == 0) {
        *out = 0;
        return 1;
    }
    if (n != 1) return 0;
    uint64_t m = mpz_getlimbn(z, 0);
    if (mpz_sgn(z) > 0) {
        if (m > (uint64_t)INT64_MAX) return 0;
        *out = (int64_t)m;
    } else {
        if (m > (uint64_t)INT64_MAX + 1) return 0;
        *out = (int64_t)(0 - m);
    }
    return 1;
}

/* An int (small, bool or big) that fits in 64 bits. */
static inline int as_i64(MrtValue v, int64_t *out)
{
    if (as_small(v, out)) return 1;
    return mrt_is_bigint(v) && z_to_i64(((MrtBigInt *)mrt_obj(v))->z, out);
}

/* The value of b as a normalised int: small when it fits. */
static MrtValue big_norm(MrtBigInt *b)
{
    int64_t x;
    if (z_to_i64(b->z, &x) && mrt_fits_small(x)) return mrt_small(x);
    return mrt_from_obj(b);
}

MrtValue mrt_int_from_mpz(mpz_srcptr z)
{
    int64_t x;
    if (z_to_i64(z, &x) && mrt_fits_small(x)) return mrt_small(x);
    if (mpz_size(z) == 1) return limb_int(mpz_getlimbn(z, 0), mpz_sgn(z) < 0);
    MrtBigInt *b = big_new();
    if (!b) return MRT_ERR;
    mpz_set(b->z, z);
    return mrt_from_obj(b);
}

MrtValue mrt_int_from_i64(int64_t i)
{
    if (mrt_fits_small(i)) return mrt_small(i);
    return limb_int(i < 0 ? 0 - (uint64_t)i : (uint64_t)i, i < 0);
}

MrtValue mrt_int_from_u64(uint64_t u)
{
    if (u <= (uint64_t)MRT_SMALL_MAX) return mrt_small((int64_t)u);
    return limb_int(u, 0);
}

MrtValue mrt_int_from_double(double d)
{
    if (isinf(d)) return mrt_raise_msg(&mrt_type_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d)) return mrt_raise_msg(&mrt_type_ValueError, "cannot convert float NaN to integer");
    d = trunc(d);
    if (fabs(d) < 9.2e18) return mrt_int_from_i64((int64_t)d);
    MrtBigInt *b = big_new();
    if (!b) return MRT_ERR;
    mpz_set_d(b->z, d); /* exact: d is integral */
    return mrt_from_obj(b);
}

int mrt_int_to_i64(MrtValue v, int64_t *out)
{
    if (as_small(v, out)) return 0;
    if (z_to_i64(((MrtBigInt *)mrt_obj(v))->z, out)) return 0;
    mrt_raise_msg(&mrt_type_OverflowError, "Python int too large to convert to C long");
    return -1;
}

int mrt_int_sign(MrtValue v)
{
    int64_t x;
    if (as_small(v, &x)) return (x > 0) - (x < 0);
    return mpz_sgn(((MrtBigInt *)mrt_obj(v))->z);
}

size_t mrt_int_bit_length(MrtValue v)
{
    int64_t x;
    if (as_small(v, &x)) {
        uint64_t u = x < 0 ? 0 - (uint64_t)x : (uint64_t)x;
        return u ? 64 - (size_t)__builtin_clzll(u) : 0;
    }
    return mpz_sizeinbase(((MrtBigInt *)mrt_obj(v))->z, 2);
}

int mrt_int_cmp(MrtValue a, MrtValue b)
{
    int64_t x, y;
    if (as_i64(a, &x) && as_i64(b, &y)) return (x > y) - (x < y);
    MrtTmpZ ta, tb;
    int c = mpz_cmp(mrt_int_z(a, &ta), mrt_int_z(b, &tb));
    return (c > 0) - (c < 0);
}

/* ---- conversion to double ------------------------------------------------- */

/* |z| >> shift as a uint64 with a sticky low bit when any bit shifted out
 * was set, so one later rounding to 53 bits is correct. nbits(z) - shift <= 63. */
static uint64_t top_bits_sticky(mpz_srcptr z, size_t shift)
{
    mpz_t t;
    mpz_init(t);
    mpz_tdiv_q_2exp(t, z, shift);
    uint64_t top = mpz_getlimbn(t, 0);
    if (mpz_scan1(z, 0) < shift) top |= 1;
    return top;
}

/* Correctly rounded (half-even) conversion; *overflow set when |z| rounds
 * past DBL_MAX. */
static double z_to_double(mpz_srcptr z, int *overflow)
{
    *overflow = 0;
    size_t nbits = mpz_sizeinbase(z, 2);
    if (nbits <= 63) return (double)mpz_get_si(z);
    if (nbits > 1024) {
        *overflow = 1;
        return mpz_sgn(z) < 0 ? -HUGE_VAL : HUGE_VAL;
    }
    size_t shift = nbits - 63;
    double d = ldexp((double)top_bits_sticky(z, shift), (int)shift);
    if (isinf(d)) *overflow = 1;
    return mpz_sgn(z) < 0 ? -d : d;
}

double mrt_int_to_double(MrtValue v, int *overflow)
{
    int64_t x;
    if (as_small(v, &x)) {
        *overflow = 0;
        return (double)x;
    }
    return z_to_double(((MrtBigInt *)mrt_obj(v))->z, overflow);
}

double mrt_int_frexp(MrtValue v, int64_t *e)
{
    int64_t x;
    int k;
    if (as_small(v, &x)) {
        double m = frexp((double)x, &k);
        *e = k;
        return m;
    }
    mpz_srcptr z = ((MrtBigInt *)mrt_obj(v))->z;
    size_t shift = mpz_sizeinbase(z, 2) - 63;
    double m = frexp((double)top_bits_sticky(z, shift), &k);
    *e = (int64_t)shift + k;
    return mpz_sgn(z) < 0 ? -m : m;
}

static MrtValue int_too_large_for_float(void)
{
    return mrt_raise_msg(&mrt_type_OverflowError, "int too large to convert to float");
}

/* ---- errors --------------------------------------------------------------- */
static MrtValue zero_div(const char *msg) { return mrt_raise_msg(&mrt_type_ZeroDivisionError, msg); }
static MrtValue neg_shift(void) { return mrt_raise_msg(&mrt_type_ValueError, "negative shift count"); }
static MrtValue no_memory(void) { return mrt_raise(mrt_from_obj(&mrt_type_MemoryError)); }

/* ---- true division: correctly rounded like CPython ------------------------ */
static MrtValue z_truediv(mpz_srcptr a, mpz_srcptr b)
{
    int neg = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
    if (mpz_sgn(a) == 0) return mrt_float(neg ? -0.0 : 0.0);
    int64_t na = (int64_t)mpz_sizeinbase(a, 2), nb = (int64_t)mpz_sizeinbase(b, 2);
    if (na <= 53 && nb <= 53) return mrt_float(mpz_get_d(a) / mpz_get_d(b)); /* both exact */
    /* a/b lies in (2^(na-nb-1), 2^(na-nb+1)). */
    if (na - nb > 1025) return mrt_raise_msg(&mrt_type_OverflowError, "integer division result too large for a float");
    if (na - nb < -1080) return mrt_float(neg ? -0.0 : 0.0);
    /* q = floor(|a| / |b| * 2^-L) has 55-56 bits, or fewer when the result
     * is subnormal (L is then pinned two bits below 2^-1074). */
    int64_t L = na - nb - 55;
    if (L < -1076) L = -1076;
    mpz_t num, den, q, r;
    mpz_inits(num, den, q, r, NULL);
    mpz_abs(num, a);
    mpz_abs(den, b);
    if (L >= 0)
        mpz_mul_2exp(den, den, (mp_bitcnt_t)L);
    else
        mpz_mul_2exp(num, num, (mp_bitcnt_t)-L);
    mpz_tdiv_qr(q, r, num, den);
    int sticky = mpz_sgn(r) != 0;
    uint64_t qv = mpz_get_ui(q);
    if (qv == 0) return mrt_float(neg ? -0.0 : 0.0); /* below half the smallest subnormal */
    int qb = 64 - __builtin_clzll(qv);
    int drop = qb - 53;
    if (drop < -1074 - L) drop = (int)(-1074 - L);
    uint64_t keep = qv >> drop, rem = qv & ((UINT64_C(1) << drop) - 1), half = UINT64_C(1) << (drop - 1);
    if (rem > half || (rem == half && (sticky || (keep & 1)))) keep++;
    double d = ldexp((double)keep, (int)(L + drop));
    if (isinf(d)) return mrt_raise_msg(&mrt_type_OverflowError, "integer division result too large for a float");
    return mrt_float(neg ? -d : d);
}

MrtValue mrt_int_truediv(MrtValue a, MrtValue b)
{
    int64_t x, y;
    if (as_small(a, &x) && as_small(b, &y)) {
        if (y == 0) return zero_div("division by zero");
        return mrt_float((double)x / (double)y); /* both below 2^53: exact operands */
    }
    if (mrt_int_sign(b) == 0) return zero_div("division by zero");
    MrtTmpZ ta, tb;
    return z_truediv(mrt_int_z(a, &ta), mrt_int_z(b, &tb));
}

/* ---- big (or overflowed) arithmetic ---------------------------------------- */
static MrtValue z_pow(mpz_srcptr a, mpz_srcptr b)
{
    if (mpz_sgn(b) < 0) { /* negative exponent: float result */
        int ova, ovb;
        double da = z_to_double(a, &ova), db = z_to_double(b, &ovb);
        if (ova || ovb) return int_too_large_for_float();
        return mrt_float_pow(da, db);
    }
    if (mpz_cmpabs_ui(a, 1) <= 0) { /* 0, 1, -1: any exponent */
        if (mpz_sgn(a) == 0) return mrt_small(mpz_sgn(b) == 0);
        if (mpz_sgn(a) > 0 || mpz_even_p(b)) return mrt_small(1);
        return mrt_small(-1);
    }
    if (!mpz_fits_ulong_p(b)) return no_memory();
    unsigned long e = mpz_get_ui(b);
    uint64_t bits;
    if (__builtin_mul_overflow((uint64_t)mpz_sizeinbase(a, 2) - 1, (uint64_t)e, &bits) || bits > MRT_INT_MAX_BITS)
        return no_memory();
    MrtBigInt *r = big_new();
    if (!r) return MRT_ERR;
    mpz_pow_ui(r->z, a, e);
    return big_norm(r);
}

static MrtValue z_lshift(mpz_srcptr a, mpz_srcptr b)
{
    if (mpz_sgn(b) < 0) return neg_shift();
    if (mpz_sgn(a) == 0) return mrt_small(0);
    if (!mpz_fits_slong_p(b)) return mrt_raise_msg(&mrt_type_OverflowError, "too many digits in integer");
    uint64_t n = (uint64_t)mpz_get_si(b);
    if (n > MRT_INT_MAX_BITS || mpz_sizeinbase(a, 2) + n > MRT_INT_MAX_BITS) return no_memory();
    MrtBigInt *r = big_new();
    if (!r) return MRT_ERR;
    mpz_mul_2exp(r->z, a, n);
    return big_norm(r);
}

static MrtValue z_rshift(mpz_srcptr a, mpz_srcptr b)
{
    if (mpz_sgn(b) < 0) return neg_shift();
    if (!mpz_fits_ulong_p(b)) return mrt_small(mpz_sgn(a) < 0 ? -1 : 0);
    MrtBigInt *r = big_new();
    if (!r) return MRT_ERR;
    mpz_fdiv_q_2exp(r->z, a, mpz_get_ui(b)); /* floor: -1 >> n == -1 */
    return big_norm(r);
}

static MrtValue z_binop(mpz_srcptr a, mpz_srcptr b, int op)
{
    switch (op) {
    case MRT_OP_TRUEDIV:
        if (mpz_sgn(b) == 0) return zero_div("division by zero");
        return z_truediv(a, b);
    case MRT_OP_FLOORDIV:
        if (mpz_sgn(b) == 0) return zero_div("integer division or modulo by zero");
        break;
    case MRT_OP_MOD:
        if (mpz_sgn(b) == 0) return zero_div("integer modulo by zero");
        break;
    case MRT_OP_POW:
        return z_pow(a, b);
    case MRT_OP_LSHIFT:
        return z_lshift(a, b);
    case MRT_OP_RSHIFT:
        return z_rshift(a, b);
    case MRT_OP_MATMUL:
        return MRT_NOTIMPL;
    default:
        break;
    }
    MrtBigInt *r = big_new();
    if (!r) return MRT_ERR;
    switch (op) {
    case MRT_OP_ADD:
        mpz_add(r->z, a, b);
        break;
    case MRT_OP_SUB:
        mpz_sub(r->z, a, b);
        break;
    case MRT_OP_MUL:
        mpz_mul(r->z, a, b);
        break;
    case MRT_OP_FLOORDIV:
        mpz_fdiv_q(r->z, a, b);
        break;
    case MRT_OP_MOD:
        mpz_fdiv_r(r->z, a, b);
        break; /* sign follows the divisor */
    case MRT_OP_AND:
        mpz_and(r->z, a, b);
        break; /* two's complement semantics */
    case MRT_OP_OR:
        mpz_ior(r->z, a, b);
        break;
    case MRT_OP_XOR:
        mpz_xor(r->z, a, b);
        break;
    default:
        return MRT_NOTIMPL;
    }
    return big_norm(r);
}

/* ---- small-int fast paths --------------------------------------------------- */

/* x ** y for y >= 0; 1 on int64 overflow (caller goes to GMP). */
static int small_pow(int64_t x, int64_t y, int64_t *out)
{
    int64_t r = 1, b = x;
    uint64_t e = (uint64_t)y;
    for (;;) {
        if ((e & 1) && __builtin_mul_overflow(r, b, &r)) return 1;
        e >>= 1;
        if (!e) break;
        if (__builtin_mul_overflow(b, b, &b)) return 1;
    }
    *out = r;
    return 0;
}

/* Python's floored x // y and x % y for y != 0 and not INT64_MIN // -1.
 * 64-bit idiv is slow: powers of two become a shift and a mask (floor
 * rounding for either sign of x), non-negative 32-bit operands a 32-bit
 * divide. */
static inline void floor_divmod(int64_t x, int64_t y, int64_t *q, int64_t *r)
{
    if (y > 0 && (y & (y - 1)) == 0) {
        *q = x >> __builtin_ctzll((uint64_t)y);
        *r = x & (y - 1);
    } else if (((uint64_t)x | (uint64_t)y) <= 0xFFFFFFFFu) {
        *q = (uint32_t)x / (uint32_t)y;
        *r = (uint32_t)x % (uint32_t)y;
    } else {
        *q = x / y;
        *r = x % y;
        if (*r != 0 && (*r < 0) != (y < 0)) --*q, *r += y;
    }
}

/* x, y are small ints (48-bit). Falls back to GMP on int64 overflow. */
static MrtValue small_binop(int64_t x, int64_t y, int op)
{
    int64_t r;
    switch (op) {
    case MRT_OP_ADD:
        if (__builtin_add_overflow(x, y, &r)) break;
        return mrt_int_from_i64(r);
    case MRT_OP_SUB:
        if (__builtin_sub_overflow(x, y, &r)) break;
        return mrt_int_from_i64(r);
    case MRT_OP_MUL:
        if (__builtin_mul_overflow(x, y, &r)) break;
        return mrt_int_from_i64(r);
    case MRT_OP_TRUEDIV:
        if (y == 0) return zero_div("division by zero");
        return mrt_float((double)x / (double)y);
    case MRT_OP_FLOORDIV: {
        if (y == 0) return zero_div("integer division or modulo by zero");
        int64_t m;
        floor_divmod(x, y, &r, &m);
        return mrt_int_from_i64(r);
    }
    case MRT_OP_MOD: {
        if (y == 0) return zero_div("integer modulo by zero");
        int64_t q;
        floor_divmod(x, y, &q, &r);
        return mrt_small(r);
    }
    case MRT_OP_POW:
        if (y < 0) return mrt_float_pow((double)x, (double)y);
        if (small_pow(x, y, &r)) break;
        return mrt_int_from_i64(r);
    case MRT_OP_LSHIFT:
        if (y < 0) return neg_shift();
        if (x == 0) return mrt_small(0);
        if (y < 62) {
            uint64_t ux = x < 0 ? 0 - (uint64_t)x : (uint64_t)x;
            if ((ux >> (62 - y)) == 0) return mrt_int_from_i64(x * ((int64_t)1 << y));
        }
        break;
    case MRT_OP_RSHIFT:
        if (y < 0) return neg_shift();
        return mrt_small(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
    case MRT_OP_AND:
        return mrt_small(x & y);
    case MRT_OP_OR:
        return mrt_small(x | y);
    case MRT_OP_XOR:
        return mrt_small(x ^ y);
    default:
        return MRT_NOTIMPL;
    }
    MrtTmpZ ta, tb;
    return z_binop(z_of_i64(x, &ta), z_of_i64(y, &tb), op);
}

/* Operands within 64 bits computed in 128 bits; MRT_NOTIMPL when the
 * operator, a zero divisor or the result needs the general code. */
static MrtValue i64_binop(int64_t x, int64_t y, int op)
{
    __int128 r;
    switch (op) {
    case MRT_OP_ADD:
        r = (__int128)x + y;
        break;
    case MRT_OP_SUB:
        r = (__int128)x - y;
        break;
    case MRT_OP_MUL:
        r = (__int128)x * y;
        break;
    case MRT_OP_FLOORDIV:
    case MRT_OP_MOD: {
        if (y == 0 || (x == INT64_MIN && y == -1)) return MRT_NOTIMPL; /* raises / widens */
        int64_t q, m;
        floor_divmod(x, y, &q, &m);
        r = op == MRT_OP_MOD ? m : q;
        break;
    }
    case MRT_OP_AND:
        r = x & y;
        break;
    case MRT_OP_OR:
        r = x | y;
        break;
    case MRT_OP_XOR:
        r = x ^ y;
        break;
    default:
        return MRT_NOTIMPL;
    }
    unsigned __int128 mag = r < 0 ? 0 - (unsigned __int128)r : (unsigned __int128)r;
    if (mag >> 64) return MRT_NOTIMPL;
    if (r >= MRT_SMALL_MIN && r <= MRT_SMALL_MAX) return mrt_small((int64_t)r);
    return limb_int((mp_limb_t)mag, r < 0);
}

MrtValue mrt_int_binop(MrtValue a, MrtValue b, int op)
{
    int64_t x, y;
    if (as_small(a, &x) && as_small(b, &y)) return small_binop(x, y, op);
    if (!mrt_int_is(a) || !mrt_int_is(b)) return MRT_NOTIMPL;
    if (as_i64(a, &x) && as_i64(b, &y)) {
        MrtValue r = i64_binop(x, y, op);
        if (r != MRT_NOTIMPL) return r;
    }
    MrtTmpZ ta, tb;
    return z_binop(mrt_int_z(a, &ta), mrt_int_z(b, &tb), op);
}

/* The slow path of mrt.h's inline arithmetic: two ints (not bools, whose
 * & | ^ stay bool) go straight to the int code, as int has no subclasses
 * whose reflected methods could come first; + - * / of a float with a
 * float or small int are computed here too; anything else, or an operator
 * int lacks, takes the generic protocol. */
MrtValue mrt_arith_slow(MrtValue a, MrtValue b, int op)
{
    if ((mrt_is_small(a) || mrt_is_bigint(a)) && (mrt_is_small(b) || mrt_is_bigint(b))) {
        int64_t x, y;
        MrtValue r;
        if (as_i64(a, &x) && as_i64(b, &y) && (r = i64_binop(x, y, op)) != MRT_NOTIMPL) return r;
        if ((r = mrt_int_binop(a, b, op)) != MRT_NOTIMPL) return r;
    } else if (op <= MRT_OP_TRUEDIV && (mrt_is_double(a) || mrt_is_small(a)) && (mrt_is_double(b) || mrt_is_small(b))) {
        /* A float with a small int (`1.0 / n`, `2.0 * i`): small ints convert
         * to double exactly, as float's own code does. */
        double x = mrt_is_double(a) ? mrt_f64(a) : (double)mrt_small_val(a);
        double y = mrt_is_double(b) ? mrt_f64(b) : (double)mrt_small_val(b);
        switch (op) {
        case MRT_OP_ADD:
            return mrt_float(x + y);
        case MRT_OP_SUB:
            return mrt_float(x - y);
        case MRT_OP_MUL:
            return mrt_float(x * y);
        default:
            if (y != 0.0) return mrt_float(x / y); /* else float's ZeroDivisionError */
            break;
        }
    }
    return mrt_binop(a, b, op);
}

MrtValue mrt_int_add_slow(MrtValue a, MrtValue b)
{
    if (mrt_int_is(a) && mrt_int_is(b)) return mrt_int_binop(a, b, MRT_OP_ADD);
    return mrt_binop(a, b, MRT_OP_ADD);
}

MrtValue mrt_int_divmod(MrtValue a, MrtValue b)
{
    MrtValue qr[2];
    int64_t x, y;
    if (as_small(a, &x) && as_small(b, &y)) {
        if (y == 0) return zero_div("integer division or modulo by zero");
        int64_t q = x / y, r = x % y;
        if (r != 0 && (r < 0) != (y < 0)) {
            r += y;
            q--;
        }
        qr[0] = mrt_int_from_i64(q);
        qr[1] = mrt_small(r);
    } else {
        if (mrt_int_sign(b) == 0) return zero_div("integer division or modulo by zero");
        MrtTmpZ ta, tb;
        MrtBigInt *q = big_new(), *r = big_new();
        if (!q || !r) return MRT_ERR;
        mpz_fdiv_qr(q->z, r->z, mrt_int_z(a, &ta), mrt_int_z(b, &tb));
        qr[0] = big_norm(q);
        qr[1] = big_norm(r);
    }
    if (!qr[0]) return MRT_ERR;
    return mrt_tuple_new(2, qr);
}

MrtValue mrt_int_abs(MrtValue v)
{
    int64_t x;
    if (as_small(v, &x)) return mrt_int_from_i64(x < 0 ? -x : x);
    mpz_srcptr z = ((MrtBigInt *)mrt_obj(v))->z;
    if (mpz_sgn(z) > 0) return v;
    MrtBigInt *r = big_new();
    if (!r) return MRT_ERR;
    mpz_neg(r->z, z);
    return mrt_from_obj(r); /* |z| >= |negative big| is still big */
}

MrtValue mrt_int_pow_mod(MrtValue b, MrtValue e, MrtValue m)
{
    MrtTmpZ tb, te, tm;
    mpz_srcptr zb = mrt_int_z(b, &tb), ze = mrt_int_z(e, &te), zm = mrt_int_z(m, &tm);
    if (mpz_sgn(zm) == 0) return mrt_raise_msg(&mrt_type_ValueError, "pow() 3rd argument cannot be 0");
    if (mpz_cmpabs_ui(zm, 1) == 0) return mrt_small(0);
    mpz_t mod, base, ex;
    mpz_inits(mod, base, ex, NULL);
    mpz_abs(mod, zm);
    mpz_set(base, zb);
    mpz_set(ex, ze);
    if (mpz_sgn(ex) < 0) { /* pow(b, -e, m) == pow(inverse of b, e, m) */
        if (!mpz_invert(base, base, mod))
            return mrt_raise_msg(&mrt_type_ValueError, "base is not invertible for the given modulus");
        mpz_neg(ex, ex);
    }
    MrtBigInt *r = big_new();
    if (!r) return MRT_ERR;
    mpz_powm(r->z, base, ex, mod); /* in [0, |m|) */
    if (mpz_sgn(zm) < 0 && mpz_sgn(r->z) != 0) mpz_add(r->z, r->z, zm);
    return big_norm(r);
}

/* int.__round__: ndigits None/absent gives the int itself; a negative
 * ndigits rounds half-even to a multiple of 10**-ndigits. */
MrtValue mrt_int_round(MrtValue v, MrtValue ndigits)
{
    int64_t x;
    if (as_small(v, &x)) v = mrt_small(x); /* bool -> int */
    if (!ndigits || ndigits == MRT_NONE) return v;
    MrtValue n = mrt_num_index(ndigits);
    if (!n) return MRT_ERR;
    if (mrt_int_sign(n) >= 0) return v;
    MrtTmpZ tv, tn;
    mpz_srcptr zv = mrt_int_z(v, &tv), zn = mrt_int_z(n, &tn);
    /* |v| < 10**digits <= 10**k / 2 when k > digits: the result is 0. */
    size_t digits = mpz_sizeinbase(zv, 10);
    if (mpz_cmpabs_ui(zn, digits) > 0) return mrt_small(0);
    unsigned long k = (unsigned long)mpz_getlimbn(zn, 0); /* |n| <= digits */
    mpz_t p, q, r;
    mpz_inits(p, q, r, NULL);
    mpz_ui_pow_ui(p, 10, k);
    mpz_fdiv_qr(q, r, zv, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    MrtBigInt *res = big_new();
    if (!res) return MRT_ERR;
    mpz_mul(res->z, q, p);
    return big_norm(res);
}

/* ---- hashing --------------------------------------------------------------- */
int64_t mrt_int_hash(MrtValue v)
{
    int64_t x;
    if (as_small(v, &x)) return x == -1 ? -2 : x; /* |x| < 2^61 - 1: its own residue */
    mpz_srcptr z = ((MrtBigInt *)mrt_obj(v))->z;
    int64_t h = mpz_size(z) == 1 ? (int64_t)(mpz_getlimbn(z, 0) % HASH_MODULUS)
                                 : (int64_t)mpz_tdiv_ui(z, HASH_MODULUS); /* |z| mod P, as CPython */
    if (mpz_sgn(z) < 0) h = -h;
    return h == -1 ? -2 : h;
}

/* ---- printing ---------------------------------------------------------------- */
static MrtValue str_digits_limit_error(void)
{
    return mrt_raise_fmt(&mrt_type_ValueError,
                         "Exceeds the limit (%ld digits) for integer string conversion; "
                         "use sys.set_int_max_str_digits() to increase the limit",
                         (long)mrt_int_max_str_digits);
}

MrtValue mrt_int_repr(MrtValue v)
{
    int64_t x;
    if (as_i64(v, &x)) { /* 19 digits at most: no digit limit, no GMP string */
        char buf[24];
        int n = snprintf(buf, sizeof buf, "%lld", (long long)x);
        return mrt_str_new(buf, n);
    }
    mpz_srcptr z = ((MrtBigInt *)mrt_obj(v))->z;
    int64_t limit = mrt_int_max_str_digits;
    /* sizeinbase is exact or one too big: reject hopeless cases before converting */
    if (limit > 0 && mpz_sizeinbase(z, 10) > (size_t)limit + 1) return str_digits_limit_error();
    char *s = mpz_get_str(NULL, 10, z);
    int64_t len = (int64_t)strlen(s);
    if (limit > 0 && len - (s[0] == '-') > limit) return str_digits_limit_error();
    return mrt_str_new(s, len);
}

MrtValue mrt_int_to_base(MrtValue v, int base, int with_prefix)
{
    if (base == 10) return mrt_int_repr(v);
    const char *prefix = base == 16 ? "0x" : base == 8 ? "0o" : "0b";
    MrtTmpZ t;
    mpz_srcptr z = mrt_int_z(v, &t);
    char *digits = mpz_get_str(NULL, base, z); /* lowercase, '-' for negatives */
    int neg = digits[0] == '-';
    size_t n = strlen(digits) - (size_t)neg;
    char *out = mrt_gc_malloc(n + 4);
    if (!out) return MRT_ERR;
    size_t k = 0;
    if (neg) out[k++] = '-';
    if (with_prefix) {
        memcpy(out + k, prefix, 2);
        k += 2;
    }
    memcpy(out + k, digits + neg, n);
    return mrt_str_new(out, (int64_t)(k + n));
}

/* ---- parsing -------------------------------------------------------------------- */

/* First code point of each run of ten Unicode decimal digits (Nd, Unicode
 * 14.0 as in CPython 3.11); ASCII '0' included. */
static const uint32_t decimal_zeros[] = {
    0x30,    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,   0xc66,
    0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,  0x1810,  0x1946,
    0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,  0xa8d0,  0xa900,  0xa9d0,
    0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0,
    0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60,
    0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
};

/* Non-ASCII code points for which str.isspace() is true. */
static int is_unicode_space(uint32_t c)
{
    switch (c) {
    case 0x85:
    case 0xa0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
        return 1;
    default:
        return c >= 0x2000 && c <= 0x200a;
    }
}

static int decimal_value(uint32_t c)
{
    size_t lo = 0, hi = sizeof decimal_zeros / sizeof decimal_zeros[0];
    while (lo < hi) { /* last run starting at or below c */
        size_t mid = (lo + hi) / 2;
        if (decimal_zeros[mid] <= c)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0) return -1;
    uint32_t d = c - decimal_zeros[lo - 1];
    return d < 10 ? (int)d : -1;
}

/* Decodes one UTF-8 sequence (the caller's str is valid UTF-8). */
static uint32_t utf8_next(const unsigned char *s, int64_t len, int64_t *i)
{
    unsigned char c = s[*i];
    int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (*i + n > len) n = (int)(len - *i);
    uint32_t cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
    for (int k = 1; k < n; k++) cp = (cp << 6) | (s[*i + k] & 0x3F);
    *i += n;
    return cp;
}

char *mrt_num_ascii(const char *s, int64_t len, int64_t *outlen)
{
    char *out = mrt_gc_malloc((size_t)len + 1);
    if (!out) return NULL;
    int64_t i = 0, k = 0;
    while (i < len) {
        uint32_t c = utf8_next((const unsigned char *)s, len, &i);
        int d;
        if (c < 128)
            out[k++] = (char)c; /* ASCII is kept: "\x1c" is not a space to int() */
        else if (is_unicode_space(c))
            out[k++] = ' ';
        else if ((d = decimal_value(c)) >= 0)
            out[k++] = (char)('0' + d);
        else
            out[k++] = '?';
    }
    out[k] = 0;
    *outlen = k;
    return out;
}

static int digit_value(unsigned char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static int is_ascii_space(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }

/* repr(obj) cut to 200 code points, as CPython's %.200R. */
static MrtValue repr200(MrtValue obj)
{
    MrtValue r = mrt_repr(obj);
    if (!r) return MRT_ERR;
    MrtStr *s = (MrtStr *)mrt_obj(r);
    if (s->len <= 200) return r;
    int64_t i = 0;
    for (int n = 0; n < 200; n++) utf8_next((const unsigned char *)s->data, s->size, &i);
    return mrt_str_new(s->data, i);
}

/* The text being parsed: obj is the user's object, or 0 to make a str of
 * s[0..len) only when an error message needs it. */
typedef struct LiteralSrc {
    const char *s;
    int64_t len;
    MrtValue obj;
} LiteralSrc;

static MrtValue invalid_literal(int base, const LiteralSrc *src)
{
    MrtValue obj = src->obj ? src->obj : mrt_str_new(src->s, src->len);
    if (!obj) return MRT_ERR;
    MrtValue r = repr200(obj);
    if (!r) return MRT_ERR;
    return mrt_raise_fmt(&mrt_type_ValueError, "invalid literal for int() with base %d: %S", base, r);
}

/* Parses ASCII text p[0..n) as int() does (after Unicode digits and spaces
 * were mapped to ASCII). orig is the original text, for error messages. */
static MrtValue parse_ascii(const char *p, int64_t n, int base, const LiteralSrc *orig)
{
    const int orig_base = base;
    int64_t i = 0;
    while (i < n && is_ascii_space((unsigned char)p[i])) i++;
    int neg = 0;
    if (i < n && (p[i] == '+' || p[i] == '-')) neg = p[i++] == '-';
    /* Prefixes 0x/0o/0b: they pick the base for base 0 and may be written
     * for the matching explicit base. */
    int prefixed = 0, zero_lead = 0;
    if (i + 1 < n && p[i] == '0') {
        char c = (char)(p[i + 1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            prefixed = 1;
            i += 2;
        }
    }
    if (base == 0) {
        base = 10;
        zero_lead = i < n && p[i] == '0'; /* "0_0" is fine, "012" is not */
    }
    int64_t start = i, ndigits = 0;
    int prev_us = !prefixed; /* an underscore may follow a prefix, nothing else */
    for (; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == '_') {
            if (prev_us) return invalid_literal(orig_base, orig);
            prev_us = 1;
        } else if (digit_value(c) < base) {
            if (zero_lead && c != '0') return invalid_literal(orig_base, orig);
            prev_us = 0;
            ndigits++;
        } else {
            break;
        }
    }
    if (ndigits == 0 || prev_us) return invalid_literal(orig_base, orig);
    int64_t end = i;
    if ((base & (base - 1)) != 0 && mrt_int_max_str_digits > 0 && ndigits > mrt_int_max_str_digits)
        return mrt_raise_fmt(&mrt_type_ValueError,
                             "Exceeds the limit (%ld digits) for integer string conversion: value has %ld "
                             "digits; use sys.set_int_max_str_digits() to increase the limit",
                             (long)mrt_int_max_str_digits, (long)ndigits);
    while (i < n && is_ascii_space((unsigned char)p[i])) i++;
    if (i != n) return invalid_literal(orig_base, orig);
    if (ndigits <= 12) { /* base**12 < 2^63 for base <= 36 */
        int64_t v = 0;
        for (int64_t k = start; k < end; k++)
            if (p[k] != '_') v = v * base + digit_value((unsigned char)p[k]);
        return mrt_int_from_i64(neg ? -v : v);
    }
    char *digits = mrt_gc_malloc((size_t)ndigits + 1);
    if (!digits) return MRT_ERR;
    int64_t k = 0;
    for (int64_t j = start; j < end; j++)
        if (p[j] != '_') digits[k++] = p[j];
    digits[k] = 0;
    MrtBigInt *r = big_new();
    if (!r) return MRT_ERR;
    mpz_set_str(r->z, digits, base); /* validated above */
    if (neg) mpz_neg(r->z, r->z);
    return big_norm(r);
}

static MrtValue bad_base(void)
{
    return mrt_raise_msg(&mrt_type_ValueError, "int() base must be >= 2 and <= 36, or 0");
}

MrtValue mrt_int_parse(const char *s, int64_t len, int base, MrtValue orig)
{
    if (base != 0 && (base < 2 || base > 36)) return bad_base();
    LiteralSrc src = {s, len, orig};
    int ascii = 1;
    for (int64_t i = 0; i < len && ascii; i++) ascii = (unsigned char)s[i] < 0x80;
    if (ascii) return parse_ascii(s, len, base, &src);
    int64_t n;
    char *a = mrt_num_ascii(s, len, &n);
    if (!a) return MRT_ERR;
    return parse_ascii(a, n, base, &src);
}

MrtValue mrt_int_from_str(const char *s, int64_t len, int base) { return mrt_int_parse(s, len, base, 0); }

/* ---- the int and bool types ------------------------------------------------------ */
static MrtValue int_richcmp(MrtValue a, MrtValue b, int op)
{
    if (!mrt_int_is(a) || !mrt_int_is(b)) return MRT_NOTIMPL;
    return mrt_bool(mrt_num_cmp_op(mrt_int_cmp(a, b), op));
}

static int int_truthy(MrtValue v)
{
    int64_t x;
    if (as_small(v, &x)) return x != 0;
    return 1; /* normalised: a big int is never zero */
}

static MrtValue int_unop(MrtValue v, int op)
{
    int64_t x;
    if (op == MRT_UOP_NOT) return mrt_bool(!int_truthy(v));
    if (as_small(v, &x)) {
        switch (op) {
        case MRT_UOP_NEG:
            return mrt_int_from_i64(-x);
        case MRT_UOP_POS:
            return mrt_small(x);
        case MRT_UOP_INVERT:
            return mrt_small(~x);
        default:
            return MRT_NOTIMPL;
        }
    }
    if (op == MRT_UOP_POS) return v;
    MrtBigInt *r = big_new();
    if (!r) return MRT_ERR;
    mpz_srcptr z = ((MrtBigInt *)mrt_obj(v))->z;
    if (op == MRT_UOP_NEG)
        mpz_neg(r->z, z);
    else if (op == MRT_UOP_INVERT)
        mpz_com(r->z, z);
    else
        return MRT_NOTIMPL;
    return big_norm(r); /* -(2**47) is small */
}

/* int(x) for one argument: CPython's PyNumber_Long. */
static MrtValue int_from_obj(MrtValue x)
{
    int64_t v;
    if (as_small(x, &v)) return mrt_small(v);
    if (mrt_is_bigint(x)) return x;
    if (mrt_is_double(x)) return mrt_int_from_double(mrt_f64(x));
    if (mrt_is_str(x)) {
        MrtStr *s = (MrtStr *)mrt_obj(x);
        return mrt_int_parse(s->data, s->size, 10, x);
    }
    if (mrt_isinstance_of(x, &mrt_type_bytes)) {
        MrtBytes *b = (MrtBytes *)mrt_obj(x);
        LiteralSrc src = {(const char *)b->data, b->len, x};
        return parse_ascii((const char *)b->data, b->len, 10, &src);
    }
    static const char *const dunders[] = {"__int__", "__index__", "__trunc__"};
    for (int i = 0; i < 3; i++) {
        MrtValue r;
        if (!mrt_num_call_dunder(x, dunders[i], 0, NULL, &r)) continue;
        if (!r) return MRT_ERR;
        if (mrt_int_is(r)) return int_from_obj(r);
        if (i == 2) return mrt_raise_fmt(&mrt_type_TypeError, "__trunc__ returned non-Integral (type %T)", r);
        return mrt_raise_fmt(&mrt_type_TypeError, "%s returned non-int (type %T)", dunders[i], r);
    }
    return mrt_raise_fmt(&mrt_type_TypeError,
                         "int() argument must be a string, a bytes-like object or a real number, not '%T'", x);
}

static MrtValue int_new(MrtType *t, int nargs, const MrtValue *args, MrtValue kwnames)
{
    static const char *const names[] = {"x", "base"};
    MrtValue a[2];
    if (mrt_num_bind("int", nargs, args, kwnames, names, 2, 1, 2, 0, a) < 0) return MRT_ERR;
    if (!a[1]) return a[0] ? int_from_obj(a[0]) : mrt_small(0);
    if (!a[0]) return mrt_raise_msg(&mrt_type_TypeError, "int() missing string argument");
    MrtValue b = mrt_num_index(a[1]);
    if (!b) return MRT_ERR;
    int64_t base;
    if (!as_small(b, &base) || (base != 0 && base < 2) || base > 36) return bad_base();
    if (mrt_is_str(a[0])) {
        MrtStr *s = (MrtStr *)mrt_obj(a[0]);
        return mrt_int_parse(s->data, s->size, (int)base, a[0]);
    }
    if (mrt_isinstance_of(a[0], &mrt_type_bytes)) {
        MrtBytes *s = (MrtBytes *)mrt_obj(a[0]);
        LiteralSrc src = {(const char *)s->data, s->len, a[0]};
        return parse_ascii((const char *)s->data, s->len, (int)base, &src);
    }
    return mrt_raise_msg(&mrt_type_TypeError, "int() can't convert non-string with explicit base");
}

/* -- methods: args[0] is self */
static int int_self(const char *meth, int nargs, const MrtValue *args)
{
    if (nargs < 1 || !mrt_int_is(args[0])) {
        mrt_raise_fmt(&mrt_type_TypeError, "descriptor '%s' requires a 'int' object but received a '%T'", meth,
                      nargs < 1 ? MRT_NONE : args[0]);
        return -1;
    }
    return 0;
}

static int kw_count(MrtValue kwnames) { return kwnames ? (int)((MrtTuple *)mrt_obj(kwnames))->len : 0; }

/* A method of int taking `want` arguments after self (no keywords). */
static int int_meth_args(const char *meth, int nargs, const MrtValue *args, MrtValue kwnames, int want)
{
    if (int_self(meth, nargs, args) < 0) return -1;
    if (kw_count(kwnames)) {
        mrt_raise_fmt(&mrt_type_TypeError, "int.%s() takes no keyword arguments", meth);
        return -1;
    }
    if (nargs - 1 != want) {
        if (want == 0)
            mrt_raise_fmt(&mrt_type_TypeError, "int.%s() takes no arguments (%d given)", meth, nargs - 1);
        else
            mrt_raise_fmt(&mrt_type_TypeError, "expected %d argument, got %d", want, nargs - 1);
        return -1;
    }
    return 0;
}

static MrtValue int_binop_meth(const char *meth, int nargs, const MrtValue *args, MrtValue kwnames, int op,
                               int reflected)
{
    if (int_meth_args(meth, nargs, args, kwnames, 1) < 0) return MRT_ERR;
    if (!mrt_int_is(args[1])) return MRT_NOTIMPL;
    return reflected ? mrt_int_binop(args[1], args[0], op) : mrt_int_binop(args[0], args[1], op);
}

#define INT_BINOPS(X)                                                                                                  \
    X(add, ADD)                                                                                                        \
    X(sub, SUB)                                                                                                        \
    X(mul, MUL)                                                                                                        \
    X(truediv, TRUEDIV)                                                                                                \
    X(floordiv, FLOORDIV) X(mod, MOD) X(lshift, LSHIFT) X(rshift, RSHIFT) X(and, AND) X(or, OR) X(xor, XOR)
#define INT_BINOP_METHS(name, OP)                                                                                      \
    static MrtValue int_m_##name(int nargs, const MrtValue *args, MrtValue kw)                                         \
    {                                                                                                                  \
        return int_binop_meth("__" #name "__", nargs, args, kw, MRT_OP_##OP, 0);                                       \
    }                                                                                                                  \
    static MrtValue int_m_r##name(int nargs, const MrtValue *args, MrtValue kw)                                        \
    {                                                                                                                  \
        return int_binop_meth("__r" #name "__", nargs, args, kw, MRT_OP_##OP, 1);                                      \
    }
INT_BINOPS(INT_BINOP_METHS)

#define INT_CMPS(X) X(eq, EQ) X(ne, NE) X(lt, LT) X(le, LE) X(gt, GT) X(ge, GE)
#define INT_CMP_METH(name, OP)                                                                                         \
    static MrtValue int_m_##name(int nargs, const MrtValue *args, MrtValue kw)                                         \
    {                                                                                                                  \
        if (int_meth_args("__" #name "__", nargs, args, kw, 1) < 0) return MRT_ERR;                                    \
        return int_richcmp(args[0], args[1], MRT_CMP_##OP);                                                            \
    }
INT_CMPS(INT_CMP_METH)

static MrtValue int_m_pow(int nargs, const MrtValue *args, MrtValue kw)
{
    if (nargs == 3 && !kw_count(kw) && mrt_int_is(args[0])) {
        if (args[2] == MRT_NONE) return int_m_pow(2, args, 0);
        if (!mrt_int_is(args[1]) || !mrt_int_is(args[2])) return MRT_NOTIMPL;
        return mrt_int_pow_mod(args[0], args[1], args[2]);
    }
    return int_binop_meth("__pow__", nargs, args, kw, MRT_OP_POW, 0);
}

static MrtValue int_m_rpow(int nargs, const MrtValue *args, MrtValue kw)
{
    return int_binop_meth("__rpow__", nargs, args, kw, MRT_OP_POW, 1);
}

static MrtValue int_m_divmod(int nargs, const MrtValue *args, MrtValue kw)
{
    if (int_meth_args("__divmod__", nargs, args, kw, 1) < 0) return MRT_ERR;
    return mrt_int_is(args[1]) ? mrt_int_divmod(args[0], args[1]) : MRT_NOTIMPL;
}

static MrtValue int_m_rdivmod(int nargs, const MrtValue *args, MrtValue kw)
{
    if (int_meth_args("__rdivmod__", nargs, args, kw, 1) < 0) return MRT_ERR;
    return mrt_int_is(args[1]) ? mrt_int_divmod(args[1], args[0]) : MRT_NOTIMPL;
}

#define INT_UNARY(name, expr)                                                                                          \
    static MrtValue int_m_##name(int nargs, const MrtValue *args, MrtValue kw)                                         \
    {                                                                                                                  \
        if (int_meth_args(#name, nargs, args, kw, 0) < 0) return MRT_ERR;                                              \
        MrtValue self = args[0];                                                                                       \
        return expr;                                                                                                   \
    }
INT_UNARY(__neg__, int_unop(self, MRT_UOP_NEG))
INT_UNARY(__pos__, int_unop(self, MRT_UOP_POS))
INT_UNARY(__invert__, int_unop(self, MRT_UOP_INVERT))
INT_UNARY(__abs__, mrt_int_abs(self))
INT_UNARY(__bool__, mrt_bool(int_truthy(self)))
INT_UNARY(__int__, int_unop(self, MRT_UOP_POS))
INT_UNARY(__index__, int_unop(self, MRT_UOP_POS))
INT_UNARY(__trunc__, int_unop(self, MRT_UOP_POS))
INT_UNARY(__floor__, int_unop(self, MRT_UOP_POS))
INT_UNARY(__ceil__, int_unop(self, MRT_UOP_POS))
INT_UNARY(conjugate, int_unop(self, MRT_UOP_POS))
INT_UNARY(__repr__, mrt_int_repr(self))
INT_UNARY(bit_length, mrt_int_from_u64(mrt_int_bit_length(self)))

static MrtValue int_m___float__(int nargs, const MrtValue *args, MrtValue kw)
{
    if (int_meth_args("__float__", nargs, args, kw, 0) < 0) return MRT_ERR;
    int overflow;
    double d = mrt_int_to_double(args[0], &overflow);
    return overflow ? int_too_large_for_float() : mrt_float(d);
}

static MrtValue int_m___hash__(int nargs, const MrtValue *args, MrtValue kw)
{
    if (int_meth_args("__hash__", nargs, args, kw, 0) < 0) return MRT_ERR;
    return mrt_int_from_i64(mrt_int_hash(args[0]));
}

static MrtValue int_m_bit_count(int nargs, const MrtValue *args, MrtValue kw)
{
    if (int_meth_args("bit_count", nargs, args, kw, 0) < 0) return MRT_ERR;
    MrtTmpZ t;
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, mrt_int_z(args[0], &t));
    return mrt_int_from_u64(mpz_popcount(a));
}

static MrtValue int_m___round__(int nargs, const MrtValue *args, MrtValue kw)
{
    if (int_self("__round__", nargs, args) < 0) return MRT_ERR;
    if (kw_count(kw)) return mrt_raise_msg(&mrt_type_TypeError, "int.__round__() takes no keyword arguments");
    if (nargs > 2)
        return mrt_raise_fmt(&mrt_type_TypeError, "__round__ expected at most 1 argument, got %d", nargs - 1);
    return mrt_int_round(args[0], nargs == 2 ? args[1] : 0);
}

static MrtValue int_m_as_integer_ratio(int nargs, const MrtValue *args, MrtValue kw)
{
    if (int_meth_args("as_integer_ratio", nargs, args, kw, 0) < 0) return MRT_ERR;
    MrtValue pair[2] = {int_unop(args[0], MRT_UOP_POS), mrt_small(1)};
    return pair[0] ? mrt_tuple_new(2, pair) : MRT_ERR;
}

static MrtValue int_p_self(int nargs, const MrtValue *args, MrtValue kw) { return int_unop(args[0], MRT_UOP_POS); }
static MrtValue int_p_zero(int nargs, const MrtValue *args, MrtValue kw) { return mrt_small(0); }
static MrtValue int_p_one(int nargs, const MrtValue *args, MrtValue kw) { return mrt_small(1); }

#define INT_BINOP_DEFS(name, OP) {"__" #name "__", int_m_##name, 0}, {"__r" #name "__", int_m_r##name, 0},
#define INT_CMP_DEFS(name, OP)   {"__" #name "__", int_m_##name, 0},
static const MrtMethodDef int_methods[] = {
    INT_BINOPS(INT_BINOP_DEFS) INT_CMPS(INT_CMP_DEFS){"__pow__", int_m_pow, 0},
    {"__rpow__", int_m_rpow, 0},
    {"__divmod__", int_m_divmod, 0},
    {"__rdivmod__", int_m_rdivmod, 0},
    {"__neg__", int_m___neg__, 0},
    {"__pos__", int_m___pos__, 0},
    {"__invert__", int_m___invert__, 0},
    {"__abs__", int_m___abs__, 0},
    {"__bool__", int_m___bool__, 0},
    {"__int__", int_m___int__, 0},
    {"__index__", int_m___index__, 0},
    {"__float__", int_m___float__, 0},
    {"to_bytes", mrt_int_to_bytes, 0},
    {"from_bytes", mrt_int_from_bytes, MRT_METH_CLASS},
    {"__trunc__", int_m___trunc__, 0},
    {"__floor__", int_m___floor__, 0},
    {"__ceil__", int_m___ceil__, 0},
    {"__round__", int_m___round__, 0},
    {"__repr__", int_m___repr__, 0},
    {"__hash__", int_m___hash__, 0},
    {"conjugate", int_m_conjugate, 0},
    {"bit_length", int_m_bit_length, 0},
    {"bit_count", int_m_bit_count, 0},
    {"as_integer_ratio", int_m_as_integer_ratio, 0},
    {"real", int_p_self, MRT_METH_PROPERTY},
    {"numerator", int_p_self, MRT_METH_PROPERTY},
    {"imag", int_p_zero, MRT_METH_PROPERTY},
    {"denominator", int_p_one, MRT_METH_PROPERTY},
    {NULL, NULL, 0},
};

/* int cannot be subclassed: instances are NaN-boxed, with no room for a
 * subclass's attributes. */
MrtType mrt_type_int = {
    .ob = {&mrt_type_type},
    .name = "int",
    .base = &mrt_type_object,
    .flags = MRT_TF_NOSUBCLASS,
    .basicsize = sizeof(MrtBigInt),
    .repr = mrt_int_repr,
    .hash = mrt_int_hash,
    .richcmp = int_richcmp,
    .binop = mrt_int_binop,
    .unop = int_unop,
    .truthy = int_truthy,
    .tp_new = int_new,
    .methods = int_methods,
};

/* -- bool: True and False are singletons; & | ^ of two bools stay bool */
static MrtValue bool_repr(MrtValue v) { return mrt_intern(v == MRT_TRUE ? "True" : "False"); }

static MrtValue bool_binop(MrtValue a, MrtValue b, int op)
{
    if (mrt_is_bool(a) && mrt_is_bool(b)) {
        int x = a == MRT_TRUE, y = b == MRT_TRUE;
        if (op == MRT_OP_AND) return mrt_bool(x & y);
        if (op == MRT_OP_OR) return mrt_bool(x | y);
        if (op == MRT_OP_XOR) return mrt_bool(x ^ y);
    }
    return mrt_int_binop(a, b, op);
}

static MrtValue bool_new(MrtType *t, int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (kw_count(kwnames)) return mrt_raise_msg(&mrt_type_TypeError, "bool() takes no keyword arguments");
    if (nargs > 1) return mrt_raise_fmt(&mrt_type_TypeError, "bool expected at most 1 argument, got %d", nargs);
    if (nargs == 0) return MRT_FALSE;
    int b = mrt_truthy(args[0]);
    return b < 0 ? MRT_ERR : mrt_bool(b);
}

static MrtValue bool_meth(const char *meth, int nargs, const MrtValue *args, MrtValue kw, int op, int reflected)
{
    if (nargs < 1 || !mrt_is_bool(args[0]))
        return mrt_raise_fmt(&mrt_type_TypeError, "descriptor '%s' requires a 'bool' object but received a '%T'", meth,
                             nargs < 1 ? MRT_NONE : args[0]);
    if (kw_count(kw) || nargs != 2)
        return mrt_raise_fmt(&mrt_type_TypeError, "expected 1 argument, got %d", nargs - 1 + kw_count(kw));
    if (!mrt_int_is(args[1])) return MRT_NOTIMPL;
    return reflected ? bool_binop(args[1], args[0], op) : bool_binop(args[0], args[1], op);
}

static MrtValue bool_m_and(int n, const MrtValue *a, MrtValue k)
{
    return bool_meth("__and__", n, a, k, MRT_OP_AND, 0);
}
static MrtValue bool_m_rand(int n, const MrtValue *a, MrtValue k)
{
    return bool_meth("__rand__", n, a, k, MRT_OP_AND, 1);
}
static MrtValue bool_m_or(int n, const MrtValue *a, MrtValue k) { return bool_meth("__or__", n, a, k, MRT_OP_OR, 0); }
static MrtValue bool_m_ror(int n, const MrtValue *a, MrtValue k) { return bool_meth("__ror__", n, a, k, MRT_OP_OR, 1); }
static MrtValue bool_m_xor(int n, const MrtValue *a, MrtValue k)
{
    return bool_meth("__xor__", n, a, k, MRT_OP_XOR, 0);
}
static MrtValue bool_m_rxor(int n, const MrtValue *a, MrtValue k)
{
    return bool_meth("__rxor__", n, a, k, MRT_OP_XOR, 1);
}

static MrtValue bool_m_repr(int nargs, const MrtValue *args, MrtValue kw)
{
    if (nargs != 1 || !mrt_is_bool(args[0]))
        return mrt_raise_fmt(&mrt_type_TypeError, "descriptor '__repr__' requires a 'bool' object but received a '%T'",
                             nargs < 1 ? MRT_NONE : args[0]);
    return bool_repr(args[0]);
}

static const MrtMethodDef bool_methods[] = {
    {"__and__", bool_m_and, 0}, {"__rand__", bool_m_rand, 0}, {"__or__", bool_m_or, 0},     {"__ror__", bool_m_ror, 0},
    {"__xor__", bool_m_xor, 0}, {"__rxor__", bool_m_rxor, 0}, {"__repr__", bool_m_repr, 0}, {NULL, NULL, 0},
};

MrtType mrt_type_bool = {
    .ob = {&mrt_type_type},
    .name = "bool",
    .base = &mrt_type_int,
    .flags = MRT_TF_NOSUBCLASS,
    .basicsize = sizeof(MrtObject),
    .repr = bool_repr,
    .hash = mrt_int_hash,
    .richcmp = int_richcmp,
    .binop = bool_binop,
    .unop = int_unop,
    .truthy = int_truthy,
    .tp_new = bool_new,
    .methods = bool_methods,
};
