/* mrt_num.h — declarations shared by the numeric runtime files only
 * (mrt_int.c, mrt_float.c, mrt_math.c, mrt_numbuiltins.c). */
#ifndef MRT_NUM_H
#define MRT_NUM_H

#include "mrt_internal.h"

/* Largest int result (in bits) that ** and << may build: GMP aborts past
 * about 2^37 bits, so bigger requests raise MemoryError up front. */
#define MRT_INT_MAX_BITS (UINT64_C(1) << 36)

/* sys.get_int_max_str_digits(): decimal digits allowed in int<->str
 * conversion (CPython 3.11's default 4300); 0 means unlimited. */
extern int64_t mrt_int_max_str_digits;

/* A read-only mpz view of any int or bool without allocating. The struct
 * must stay where it is while the view is in use (z points into it). */
typedef struct MrtTmpZ {
    mpz_t z;
    mp_limb_t limb;
} MrtTmpZ;
mpz_srcptr mrt_int_z(MrtValue v, MrtTmpZ *tmp); /* v: int or bool */
MrtValue mrt_int_from_mpz(mpz_srcptr z);        /* normalised copy */
static inline int mrt_is_bigint(MrtValue v) { return mrt_is_ptr(v) && mrt_obj(v)->type == &mrt_type_int; }

/* int helpers used by the float, math and builtin files. */
MrtValue mrt_int_divmod(MrtValue a, MrtValue b);              /* both int/bool */
MrtValue mrt_int_round(MrtValue v, MrtValue ndigits);         /* int.__round__; ndigits 0/None = none */
MrtValue mrt_int_pow_mod(MrtValue b, MrtValue e, MrtValue m); /* pow(b, e, m), all int */
MrtValue mrt_int_abs(MrtValue v);
MrtValue mrt_int_truediv(MrtValue a, MrtValue b); /* correctly rounded a / b */
double mrt_int_frexp(MrtValue v, int64_t *e);     /* v = m * 2**e, 0.5 <= |m| < 1, m rounded */
MrtValue mrt_int_parse(const char *s, int64_t len, int base, MrtValue orig); /* orig: for error repr */

/* Returns the int value of an int, bool or object with __index__, else
 * raises TypeError "'X' object cannot be interpreted as an integer". */
MrtValue mrt_num_index(MrtValue v);
/* Calls obj.<dunder>(*args) if obj's type defines it: returns 1 and sets
 * *out (MRT_ERR when the call raised); returns 0 when it is not defined. */
int mrt_num_call_dunder(MrtValue obj, const char *dunder, int nargs, const MrtValue *args, MrtValue *out);
/* The boolean result of a three-way comparison c (<0, 0, >0) under op. */
static inline int mrt_num_cmp_op(int c, int op)
{
    switch (op) {
    case MRT_CMP_LT:
        return c < 0;
    case MRT_CMP_LE:
        return c <= 0;
    case MRT_CMP_EQ:
        return c == 0;
    case MRT_CMP_NE:
        return c != 0;
    case MRT_CMP_GT:
        return c > 0;
    default:
        return c >= 0;
    }
}

/* float helpers. */
MrtValue mrt_float_pow(double a, double b);         /* a ** b with CPython's errors */
MrtValue mrt_float_divmod(double a, double b);      /* divmod() of floats */
int mrt_float_mod(double a, double b, double *out); /* -1 with ZeroDivisionError */
/* Maps non-ASCII Unicode whitespace to ' ' and Unicode decimal digits to
 * ASCII (as CPython does before parsing numbers); ASCII is kept as is and
 * other non-ASCII become '?'.
 * Returns a GC buffer (NUL-terminated) and its length. */
char *mrt_num_ascii(const char *s, int64_t len, int64_t *outlen);

/* Argument binding for builtins with keyword parameters, with CPython's
 * messages. names[0..nparams): parameter names; the first npos_only are
 * positional-only; at most max_pos positionals; the first nrequired are
 * required. Missing optional ones are set to 0. `exact`: the "takes
 * exactly N positional arguments" wording. */
int mrt_num_bind(const char *fname, int nargs, const MrtValue *args, MrtValue kwnames, const char *const *names,
                 int nparams, int npos_only, int max_pos, int nrequired, MrtValue *out);
/* Builtins taking exactly one positional argument and no keywords. */
int mrt_num_one_arg(const char *fname, int nargs, MrtValue kwnames);

/* mrt_numbytes.c: int.to_bytes/from_bytes, float.hex/fromhex. */
MrtValue mrt_int_to_bytes(int nargs, const MrtValue *args, MrtValue kwnames);
MrtValue mrt_int_from_bytes(int nargs, const MrtValue *args, MrtValue kwnames);
MrtValue mrt_float_hex(int nargs, const MrtValue *args, MrtValue kwnames);
MrtValue mrt_float_fromhex(int nargs, const MrtValue *args, MrtValue kwnames);

#endif
