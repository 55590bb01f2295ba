/* rt_int.c — int and bool: the small/big boundary, overflow promotion and
 * demotion, floor division, pow, shifts, bitwise ops on negatives, parsing,
 * printing, hashing and CPython's error messages. Every expected value was
 * printed by python3 (CPython 3.11.7) for the same expression. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "mrt.h"
#include "rt_test.h"

/* ---- helpers -------------------------------------------------------------- */

/* An int from a Python literal (base 0: 0x.., 0b.., underscores). */
static MrtValue N(const char *lit)
{
    MrtValue v = mrt_int_from_str(lit, (int64_t)strlen(lit), 0);
    assert_true(v != 0);
    return v;
}

static const char *repr_of(MrtValue v)
{
    assert_true(v != 0);
    MrtValue r = mrt_repr(v);
    assert_true(r != 0);
    return mrt_str_data(r);
}

/* a <op> b on literals, compared by repr */
static void check_op(const char *a, int op, const char *b, const char *want)
{
    MrtValue r = mrt_binop(N(a), N(b), op);
    if (!r) fail_msg("%s op%d %s raised", a, op, b);
    assert_repr(r, want);
}

static void check_op_raises(const char *a, int op, const char *b, MrtType *t, const char *msg)
{
    assert_true(mrt_binop(N(a), N(b), op) == 0);
    assert_exc(t, msg);
}

static MrtValue kwnames1(const char *name)
{
    MrtValue s = mrt_str_from_cstr(name);
    return mrt_tuple_new(1, &s);
}

/* ---- representation boundaries ---------------------------------------------- */

static void test_small_big_boundary(void **state)
{
    MrtValue max = mrt_int_from_i64(MRT_SMALL_MAX), min = mrt_int_from_i64(MRT_SMALL_MIN);
    assert_true(mrt_is_small(max) && mrt_is_small(min));
    assert_repr(max, "140737488355327");
    assert_repr(min, "-140737488355328");
    MrtValue up = mrt_add(max, mrt_small(1)), down = mrt_sub(min, mrt_small(1));
    assert_true(mrt_is_ptr(up) && mrt_is_ptr(down));
    assert_repr(up, "140737488355328");
    assert_repr(down, "-140737488355329");
    /* back across the boundary: the result must be normalised to small */
    MrtValue back = mrt_sub(up, mrt_small(1));
    assert_true(mrt_is_small(back));
    assert_int_equal(mrt_small_val(back), MRT_SMALL_MAX);
    assert_true(mrt_is_small(mrt_add(down, mrt_small(1))));
    assert_repr(mrt_int_from_i64(INT64_MIN), "-9223372036854775808");
    assert_repr(mrt_int_from_u64(UINT64_MAX), "18446744073709551615");
    assert_repr(N("9223372036854775808"), "9223372036854775808");
    assert_repr(mrt_unop(N("9223372036854775808"), MRT_UOP_NEG), "-9223372036854775808");
    /* -(2**47) is small although 2**47 is not */
    MrtValue neg = mrt_unop(up, MRT_UOP_NEG);
    assert_true(mrt_is_small(neg));
    assert_int_equal(mrt_small_val(neg), MRT_SMALL_MIN);
    assert_true(mrt_is_small(N("0x7fff_ffff_ffff")));
    assert_true(mrt_is_ptr(N("0x8000_0000_0000")));
    int64_t out;
    assert_int_equal(mrt_int_to_i64(N("-9223372036854775808"), &out), 0);
    assert_true(out == INT64_MIN);
    assert_int_equal(mrt_int_to_i64(N("9223372036854775808"), &out), -1);
    assert_exc(&mrt_type_OverflowError, "Python int too large to convert to C long");
}

/* Results computed in 64/128-bit C (one-limb ints) normalise to small ints
 * whenever they fit, from either side of the range. */
static void test_one_limb_normalised(void **state)
{
    MrtValue lo = mrt_int_from_i64(INT64_MIN), hi = mrt_int_from_i64(INT64_MAX);
    assert_true(mrt_is_ptr(lo) && mrt_is_ptr(hi));
    assert_true(mrt_is_small(mrt_sub(lo, mrt_int_from_i64(INT64_MIN + 5))));
    assert_true(mrt_is_small(mrt_add(lo, hi)));
    MrtValue r = mrt_binop(mrt_int_from_i64(MRT_SMALL_MIN - 1), mrt_small(1), MRT_OP_ADD);
    assert_true(mrt_is_small(r));
    assert_int_equal(mrt_small_val(r), MRT_SMALL_MIN);
    r = mrt_binop(mrt_int_from_u64(UINT64_MAX), mrt_int_from_u64(UINT64_MAX - 3), MRT_OP_SUB);
    assert_true(mrt_is_small(r));
    assert_int_equal(mrt_small_val(r), 3);
    assert_repr(mrt_binop(hi, hi, MRT_OP_MUL), "85070591730234615847396907784232501249");
    assert_repr(mrt_binop(lo, mrt_small(-1), MRT_OP_FLOORDIV), "9223372036854775808");
    assert_repr(mrt_binop(lo, mrt_small(8), MRT_OP_FLOORDIV), "-1152921504606846976");
    assert_repr(mrt_binop(mrt_small(-9), mrt_small(4), MRT_OP_MOD), "3");
    assert_int_equal(mrt_int_hash(mrt_int_from_u64(UINT64_MAX)), 7);
    assert_int_equal(mrt_int_hash(lo), -4);
}

static void test_add_sub_mul_promotion(void **state)
{
    check_op("140737488355327", MRT_OP_MUL, "140737488355327", "19807040628565802923409276929");
    check_op("-140737488355328", MRT_OP_MUL, "-140737488355328", "19807040628566084398385987584");
    check_op("9223372036854775807", MRT_OP_ADD, "1", "9223372036854775808");
    check_op("-9223372036854775808", MRT_OP_SUB, "1", "-9223372036854775809");
    check_op("1099511627776", MRT_OP_MUL, "1099511627776", "1208925819614629174706176");
    MrtValue a = N("1267650600228229401496703205381"), b = N("1267650600228229401496703205376");
    MrtValue d = mrt_binop(a, b, MRT_OP_SUB);
    assert_true(mrt_is_small(d));
    assert_int_equal(mrt_small_val(d), 5);
    MrtValue z = mrt_binop(a, a, MRT_OP_SUB);
    assert_true(z == mrt_small(0));
    MrtValue m = mrt_binop(N("-1267650600228229401496703205376"), N("0"), MRT_OP_MUL);
    assert_true(m == mrt_small(0));
}

/* ---- division ----------------------------------------------------------------- */

static void test_floordiv_mod_signs(void **state)
{
    static const struct {
        const char *a, *b, *q, *r;
    } t[] = {
        {"7", "2", "3", "1"},
        {"-7", "2", "-4", "1"},
        {"7", "-2", "-4", "-1"},
        {"-7", "-2", "3", "-1"},
        {"1000000000000000000000000000001", "7", "142857142857142857142857142857", "2"},
        {"-1000000000000000000000000000001", "7", "-142857142857142857142857142858", "5"},
        {"1000000000000000000000000000001", "-7", "-142857142857142857142857142858", "-5"},
        {"-1000000000000000000000000000001", "-7", "142857142857142857142857142857", "-2"},
        {"7", "1000000000000000000000000000000", "0", "7"},
        {"-7", "1000000000000000000000000000000", "-1", "999999999999999999999999999993"},
        {"140737488355328", "-1", "-140737488355328", "0"},
        {"-140737488355328", "-1", "140737488355328", "0"},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        check_op(t[i].a, MRT_OP_FLOORDIV, t[i].b, t[i].q);
        check_op(t[i].a, MRT_OP_MOD, t[i].b, t[i].r);
        MrtValue args[2] = {N(t[i].a), N(t[i].b)};
        MrtValue dm = mrt_bi_divmod(2, args, 0);
        char want[200];
        snprintf(want, sizeof want, "(%s, %s)", t[i].q, t[i].r);
        assert_repr(dm, want);
    }
    check_op("100000000000000000000", MRT_OP_MOD, "-3", "-2");
    check_op("18446744073709551616", MRT_OP_FLOORDIV, "-3", "-6148914691236517206");
}

static void test_division_by_zero(void **state)
{
    check_op_raises("1", MRT_OP_TRUEDIV, "0", &mrt_type_ZeroDivisionError, "division by zero");
    check_op_raises("1", MRT_OP_FLOORDIV, "0", &mrt_type_ZeroDivisionError, "integer division or modulo by zero");
    check_op_raises("1", MRT_OP_MOD, "0", &mrt_type_ZeroDivisionError, "integer modulo by zero");
    check_op_raises("1267650600228229401496703205376", MRT_OP_MOD, "0", &mrt_type_ZeroDivisionError,
                    "integer modulo by zero");
    check_op_raises("1267650600228229401496703205376", MRT_OP_TRUEDIV, "0", &mrt_type_ZeroDivisionError,
                    "division by zero");
    MrtValue args[2] = {mrt_small(1), MRT_FALSE};
    assert_true(mrt_bi_divmod(2, args, 0) == 0);
    assert_exc(&mrt_type_ZeroDivisionError, "integer division or modulo by zero");
}

static void test_true_division(void **state)
{
    check_op("-7", MRT_OP_TRUEDIV, "2", "-3.5");
    check_op("0", MRT_OP_TRUEDIV, "-5", "-0.0");
    /* correctly rounded for operands beyond 2**53 */
    check_op("1208925819614629174706177", MRT_OP_TRUEDIV, "3", "4.029752732048764e+23");
    check_op("9007199254740993", MRT_OP_TRUEDIV, "1", "9007199254740992.0");
    check_op("18014398509481984", MRT_OP_TRUEDIV, "18014398509481985", "1.0");
    check_op("1000000000000000000000000000000", MRT_OP_TRUEDIV, "100000000000000000000000000001", "10.0");
    check_op("-1152921504606846977", MRT_OP_TRUEDIV, "3", "-3.843071682022823e+17");
    check_op("9007199254740995", MRT_OP_TRUEDIV, "1152921504606846976", "0.007812500000000003");
    /* subnormal results and underflow */
    MrtValue p1074 = mrt_binop(mrt_small(2), mrt_small(1074), MRT_OP_POW);
    MrtValue p1075 = mrt_binop(mrt_small(2), mrt_small(1075), MRT_OP_POW);
    MrtValue p1076 = mrt_binop(mrt_small(2), mrt_small(1076), MRT_OP_POW);
    assert_repr(mrt_binop(mrt_small(1), p1074, MRT_OP_TRUEDIV), "5e-324");
    assert_repr(mrt_binop(mrt_small(1), p1075, MRT_OP_TRUEDIV), "0.0");
    assert_repr(mrt_binop(mrt_small(3), p1076, MRT_OP_TRUEDIV), "5e-324");
    MrtValue big = mrt_binop(mrt_small(10), mrt_small(400), MRT_OP_POW);
    assert_repr(mrt_binop(big, mrt_binop(mrt_small(10), mrt_small(399), MRT_OP_POW), MRT_OP_TRUEDIV), "10.0");
    assert_repr(mrt_binop(mrt_small(1), big, MRT_OP_TRUEDIV), "0.0");
    assert_true(mrt_binop(big, mrt_small(1), MRT_OP_TRUEDIV) == 0);
    assert_exc(&mrt_type_OverflowError, "integer division result too large for a float");
    /* 2**1024 - 2**970 rounds up to 2**1024: overflow; 2**1024 - 2**971 does not */
    MrtValue p1024 = mrt_binop(mrt_small(2), mrt_small(1024), MRT_OP_POW);
    MrtValue x = mrt_binop(p1024, mrt_binop(mrt_small(2), mrt_small(970), MRT_OP_POW), MRT_OP_SUB);
    assert_true(mrt_binop(x, mrt_small(1), MRT_OP_TRUEDIV) == 0);
    assert_exc(&mrt_type_OverflowError, "integer division result too large for a float");
    x = mrt_binop(p1024, mrt_binop(mrt_small(2), mrt_small(971), MRT_OP_POW), MRT_OP_SUB);
    assert_repr(mrt_binop(x, mrt_small(1), MRT_OP_TRUEDIV), "1.7976931348623157e+308");
}

/* ---- pow ----------------------------------------------------------------------- */

static void test_pow(void **state)
{
    check_op("2", MRT_OP_POW, "100", "1267650600228229401496703205376");
    check_op("-3", MRT_OP_POW, "3", "-27");
    check_op("3", MRT_OP_POW, "40", "12157665459056928801");
    check_op("-2", MRT_OP_POW, "63", "-9223372036854775808");
    check_op("0", MRT_OP_POW, "0", "1");
    check_op("2", MRT_OP_POW, "-2", "0.25");
    check_op("-2", MRT_OP_POW, "-1", "-0.5");
    check_op("0", MRT_OP_POW, "1000000000000000000000000000000", "0");
    check_op("-1", MRT_OP_POW, "1000000000000000000000000000001", "-1");
    check_op("1", MRT_OP_POW, "-1000000000000000000000000000000", "1.0");
    check_op_raises("0", MRT_OP_POW, "-1", &mrt_type_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    MrtValue big = mrt_binop(mrt_small(10), mrt_small(400), MRT_OP_POW);
    assert_true(mrt_binop(big, mrt_small(-1), MRT_OP_POW) == 0);
    assert_exc(&mrt_type_OverflowError, "int too large to convert to float");
    /* results too large to build are refused before GMP tries */
    check_op_raises("2", MRT_OP_POW, "100000000000000000000", &mrt_type_MemoryError, "");
}

static void test_pow_mod(void **state)
{
    static const struct {
        int64_t b, e, m;
        const char *want;
    } t[] = {
        {2, -1, 5, "3"},  {2, 3, -5, "-2"}, {-2, 3, 5, "2"}, {3, -2, -7, "-3"},
        {5, 0, -3, "-2"}, {2, -1, 1, "0"},  {0, 0, 1, "0"},  {-2, 3, -5, "-3"},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        MrtValue args[3] = {mrt_small(t[i].b), mrt_small(t[i].e), mrt_small(t[i].m)};
        assert_repr(mrt_bi_pow(3, args, 0), t[i].want);
    }
    MrtValue args[3] = {mrt_small(2), N("1000000000000000000000000000000"), mrt_small(7)};
    assert_repr(mrt_bi_pow(3, args, 0), "2");
    MrtValue bad[3] = {mrt_small(2), mrt_small(-1), mrt_small(4)};
    assert_true(mrt_bi_pow(3, bad, 0) == 0);
    assert_exc(&mrt_type_ValueError, "base is not invertible for the given modulus");
    MrtValue zero[3] = {mrt_small(2), mrt_small(3), mrt_small(0)};
    assert_true(mrt_bi_pow(3, zero, 0) == 0);
    assert_exc(&mrt_type_ValueError, "pow() 3rd argument cannot be 0");
    MrtValue fl[3] = {mrt_float(2.0), mrt_small(3), mrt_small(5)};
    assert_true(mrt_bi_pow(3, fl, 0) == 0);
    assert_exc(&mrt_type_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    /* pow(2, 3, mod=None) */
    MrtValue kw[3] = {mrt_small(2), mrt_small(3), MRT_NONE};
    assert_repr(mrt_bi_pow(2, kw, kwnames1("mod")), "8"); /* 2 positional + mod */
    assert_true(mrt_bi_pow(1, kw, 0) == 0);
    assert_exc(&mrt_type_TypeError, "pow() missing required argument 'exp' (pos 2)");
}

/* ---- shifts and bitwise ----------------------------------------------------------- */

static void test_shifts(void **state)
{
    check_op("1", MRT_OP_LSHIFT, "100", "1267650600228229401496703205376");
    check_op("-3", MRT_OP_LSHIFT, "62", "-13835058055282163712");
    check_op("1", MRT_OP_LSHIFT, "46", "70368744177664");
    check_op("-1", MRT_OP_RSHIFT, "100", "-1");
    check_op("-1267650600228229401496703205376", MRT_OP_RSHIFT, "99", "-2");
    check_op("-1267650600228229401496703205377", MRT_OP_RSHIFT, "100", "-2");
    check_op("1267650600228229401496703205376", MRT_OP_RSHIFT, "1000000000000000000000", "0");
    check_op("-7", MRT_OP_RSHIFT, "1", "-4");
    check_op("0", MRT_OP_LSHIFT, "1000000000000000000000", "0");
    check_op_raises("5", MRT_OP_LSHIFT, "-1", &mrt_type_ValueError, "negative shift count");
    check_op_raises("0", MRT_OP_RSHIFT, "-1", &mrt_type_ValueError, "negative shift count");
    check_op_raises("1", MRT_OP_LSHIFT, "1180591620717411303424", &mrt_type_OverflowError,
                    "too many digits in integer");
    check_op_raises("1", MRT_OP_LSHIFT, "4611686018427387904", &mrt_type_MemoryError, "");
}

static void test_bitwise_negatives(void **state)
{
    check_op("-5", MRT_OP_AND, "0xff", "251");
    check_op("-6", MRT_OP_AND, "-4", "-8");
    check_op("-1180591620717411303424", MRT_OP_XOR, "1180591620717411303423", "-1");
    check_op("-1267650600228229401496703205376", MRT_OP_OR, "1", "-1267650600228229401496703205375");
    check_op("1267650600228229401496703205376", MRT_OP_AND, "-633825300114114700748351602688",
             "1267650600228229401496703205376");
    check_op("-18446744073709551616", MRT_OP_XOR, "5", "-18446744073709551611");
    assert_repr(mrt_unop(N("1267650600228229401496703205376"), MRT_UOP_INVERT), "-1267650600228229401496703205377");
    assert_repr(mrt_unop(mrt_small(5), MRT_UOP_INVERT), "-6");
}

/* ---- parsing --------------------------------------------------------------------------- */

static void check_parse(const char *s, int base, const char *want)
{
    MrtValue v = mrt_int_from_str(s, (int64_t)strlen(s), base);
    if (!v) fail_msg("int(%s, %d) raised", s, base);
    assert_repr(v, want);
}

static void check_parse_error(const char *s, int base, const char *msg)
{
    assert_true(mrt_int_from_str(s, (int64_t)strlen(s), base) == 0);
    assert_exc(&mrt_type_ValueError, msg);
}

static void test_from_str(void **state)
{
    check_parse("  -0x_1F ", 0, "-31");
    check_parse("1_000", 10, "1000");
    check_parse("0b101", 0, "5");
    check_parse("0B1", 2, "1");
    check_parse("0o17", 8, "15");
    check_parse("0x_1f", 16, "31");
    check_parse("0b1", 16, "177");
    check_parse("z", 36, "35");
    check_parse("Z", 36, "35");
    check_parse("00_0", 0, "0");
    check_parse("+12", 10, "12");
    check_parse("\t\n 12 \r", 10, "12");
    check_parse("\xd9\xa3\xd9\xa4", 10, "34"); /* Arabic-Indic digits */
    check_parse("\xc2\xa0\xe2\x80\xa8"
                "1",
                10, "1"); /* NBSP, LINE SEPARATOR */
    check_parse("123456789012345678901234567890", 10, "123456789012345678901234567890");
    check_parse("-0x8000_0000_0000", 0, "-140737488355328");
    check_parse_error("_1", 10, "invalid literal for int() with base 10: '_1'");
    check_parse_error("1__0", 10, "invalid literal for int() with base 10: '1__0'");
    check_parse_error("1_", 10, "invalid literal for int() with base 10: '1_'");
    check_parse_error("", 10, "invalid literal for int() with base 10: ''");
    check_parse_error("abc", 10, "invalid literal for int() with base 10: 'abc'");
    check_parse_error("1.5", 10, "invalid literal for int() with base 10: '1.5'");
    check_parse_error("- 1", 10, "invalid literal for int() with base 10: '- 1'");
    check_parse_error("+-1", 10, "invalid literal for int() with base 10: '+-1'");
    check_parse_error("0x", 16, "invalid literal for int() with base 16: '0x'");
    check_parse_error("0b", 0, "invalid literal for int() with base 0: '0b'");
    check_parse_error("09", 0, "invalid literal for int() with base 0: '09'");
    check_parse_error("010", 0, "invalid literal for int() with base 0: '010'");
    check_parse_error("0_1", 0, "invalid literal for int() with base 0: '0_1'");
    check_parse_error("0_", 0, "invalid literal for int() with base 0: '0_'");
    check_parse_error("1\x1c", 10, "invalid literal for int() with base 10: '1\\x1c'");
    check_parse_error("12", 37, "int() base must be >= 2 and <= 36, or 0");
    check_parse_error("12", 1, "int() base must be >= 2 and <= 36, or 0");
    /* the message quotes at most 200 characters of the repr */
    char xs[301];
    memset(xs, 'x', 300);
    xs[300] = 0;
    char want[300];
    snprintf(want, sizeof want, "invalid literal for int() with base 10: '%.199s", xs);
    check_parse_error(xs, 10, want);
}

static void test_str_digit_limit(void **state)
{
    char *s = malloc(5002);
    memset(s, '1', 5001);
    s[4300] = 0;
    assert_true(mrt_int_from_str(s, 4300, 10) != 0);
    s[4300] = '1';
    s[4301] = 0;
    assert_true(mrt_int_from_str(s, 4301, 10) == 0);
    assert_exc(&mrt_type_ValueError, "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 "
                                     "digits; use sys.set_int_max_str_digits() to increase the limit");
    /* power-of-two bases are not limited; the digit count comes before validation */
    assert_true(mrt_int_from_str(s, 4301, 16) != 0);
    s[4301] = 'x';
    s[4302] = 0;
    assert_true(mrt_int_from_str(s, 4302, 36) == 0);
    assert_exc(&mrt_type_ValueError, "Exceeds the limit (4300 digits) for integer string conversion: value has 4302 "
                                     "digits; use sys.set_int_max_str_digits() to increase the limit");
    free(s);
    MrtValue ten = mrt_small(10);
    const char *r = repr_of(mrt_binop(ten, mrt_small(4299), MRT_OP_POW));
    assert_int_equal(strlen(r), 4300);
    assert_true(mrt_repr(mrt_unop(mrt_binop(ten, mrt_small(4299), MRT_OP_POW), MRT_UOP_NEG)) != 0);
    assert_true(mrt_repr(mrt_binop(ten, mrt_small(4300), MRT_OP_POW)) == 0);
    assert_exc(&mrt_type_ValueError, "Exceeds the limit (4300 digits) for integer string conversion; use "
                                     "sys.set_int_max_str_digits() to increase the limit");
}

/* ---- printing, hashing, comparing ----------------------------------------------------------- */

static void test_repr_and_bases(void **state)
{
    assert_repr(mrt_binop(mrt_small(2), mrt_small(100), MRT_OP_POW), "1267650600228229401496703205376");
    assert_repr(mrt_small(-42), "-42");
    assert_repr(mrt_int_to_base(mrt_small(-255), 16, 1), "'-0xff'");
    assert_repr(mrt_int_to_base(mrt_small(-5), 2, 1), "'-0b101'");
    assert_repr(mrt_int_to_base(mrt_small(8), 8, 0), "'10'");
    assert_repr(mrt_int_to_base(mrt_small(0), 16, 1), "'0x0'");
    MrtValue a = N("1180591620717411303424");
    assert_repr(mrt_bi_oct(1, &a, 0), "'0o200000000000000000000000'");
    assert_repr(mrt_bi_hex(1, &a, 0), "'0x400000000000000000'");
    MrtValue f = mrt_float(1.5);
    assert_true(mrt_bi_hex(1, &f, 0) == 0);
    assert_exc(&mrt_type_TypeError, "'float' object cannot be interpreted as an integer");
    assert_true(mrt_bi_bin(0, NULL, 0) == 0);
    assert_exc(&mrt_type_TypeError, "bin() takes exactly one argument (0 given)");
}

static void test_hash(void **state)
{
    assert_int_equal(mrt_hash(mrt_small(-1)), -2);
    assert_int_equal(mrt_int_hash(mrt_small(-1)), -2);
    assert_int_equal(mrt_hash(N("2305843009213693952")), 1);   /* 2**61 */
    assert_int_equal(mrt_hash(N("2305843009213693951")), 0);   /* 2**61 - 1 */
    assert_int_equal(mrt_hash(N("-2305843009213693952")), -2); /* -2**61 hashes to -1 -> -2 */
    assert_int_equal(mrt_hash(N("1000000000000000000000000000000")), 465258685558744706);
    assert_int_equal(mrt_hash(N("1267650600228229401496703205376")), 549755813888);
    assert_int_equal(mrt_hash(N("-1267650600228229401496703205376")), -549755813888);
    assert_int_equal(mrt_hash(N("140737488355328")), 140737488355328);
    assert_int_equal(mrt_hash(MRT_TRUE), 1);
    /* equal ints and floats hash alike */
    assert_int_equal(mrt_hash(N("9007199254740992")), mrt_hash(mrt_float(9007199254740992.0)));
}

static void test_compare(void **state)
{
    MrtValue big = N("1267650600228229401496703205376"), big2 = N("633825300114114700748351602688");
    assert_int_equal(mrt_compare_bool(big, big2, MRT_CMP_GT), 1);
    assert_int_equal(mrt_compare_bool(mrt_unop(big, MRT_UOP_NEG), mrt_small(5), MRT_CMP_LT), 1);
    assert_int_equal(mrt_compare_bool(big, N("1267650600228229401496703205376"), MRT_CMP_EQ), 1);
    assert_int_equal(mrt_compare_bool(big, mrt_small(1), MRT_CMP_LE), 0);
    assert_int_equal(mrt_compare_bool(MRT_TRUE, mrt_small(1), MRT_CMP_EQ), 1);
    assert_int_equal(mrt_compare_bool(MRT_TRUE, mrt_small(2), MRT_CMP_LT), 1);
    assert_int_equal(mrt_compare_bool(MRT_FALSE, MRT_TRUE, MRT_CMP_GE), 0);
    assert_int_equal(mrt_int_cmp(mrt_small(-3), big), -1);
    assert_true(mrt_compare(mrt_small(1), mrt_str_from_cstr("a"), MRT_CMP_LT) == 0);
    assert_exc(&mrt_type_TypeError, "'<' not supported between instances of 'int' and 'str'");
}

/* ---- bool ------------------------------------------------------------------------------------- */

static void test_bool(void **state)
{
    assert_true(mrt_binop(MRT_TRUE, MRT_FALSE, MRT_OP_AND) == MRT_FALSE);
    assert_true(mrt_binop(MRT_TRUE, MRT_FALSE, MRT_OP_OR) == MRT_TRUE);
    assert_true(mrt_binop(MRT_TRUE, MRT_TRUE, MRT_OP_XOR) == MRT_FALSE);
    assert_true(mrt_binop(MRT_TRUE, mrt_small(3), MRT_OP_OR) == mrt_small(3));
    assert_true(mrt_binop(MRT_TRUE, MRT_TRUE, MRT_OP_ADD) == mrt_small(2));
    assert_repr(mrt_binop(MRT_TRUE, MRT_TRUE, MRT_OP_TRUEDIV), "1.0");
    assert_repr(mrt_binop(MRT_TRUE, mrt_small(70), MRT_OP_LSHIFT), "1180591620717411303424");
    assert_repr(mrt_binop(N("1180591620717411303424"), MRT_TRUE, MRT_OP_AND), "0");
    assert_true(mrt_unop(MRT_TRUE, MRT_UOP_INVERT) == mrt_small(-2));
    assert_true(mrt_unop(MRT_TRUE, MRT_UOP_NEG) == mrt_small(-1));
    assert_true(mrt_unop(MRT_TRUE, MRT_UOP_POS) == mrt_small(1));
    assert_true(mrt_unop(MRT_FALSE, MRT_UOP_NEG) == mrt_small(0));
    assert_repr(MRT_TRUE, "True");
    assert_repr(MRT_FALSE, "False");
    assert_string_equal(mrt_str_data(mrt_str(MRT_FALSE)), "False");
    MrtValue one = mrt_small(1);
    assert_true(mrt_call(mrt_from_obj(&mrt_type_bool), 1, &one, 0) == MRT_TRUE);
    assert_true(mrt_call(mrt_from_obj(&mrt_type_bool), 0, NULL, 0) == MRT_FALSE);
    assert_true(mrt_call(mrt_from_obj(&mrt_type_bool), 0, &one, kwnames1("x")) == 0);
    assert_exc(&mrt_type_TypeError, "bool() takes no keyword arguments");
    MrtValue two[2] = {one, one};
    assert_true(mrt_call(mrt_from_obj(&mrt_type_bool), 2, two, 0) == 0);
    assert_exc(&mrt_type_TypeError, "bool expected at most 1 argument, got 2");
}

/* ---- int() ------------------------------------------------------------------------------------- */

static void test_int_constructor(void **state)
{
    MrtValue int_t = mrt_from_obj(&mrt_type_int);
    assert_true(mrt_call(int_t, 0, NULL, 0) == mrt_small(0));
    MrtValue a[2] = {mrt_str_from_cstr("12"), mrt_small(16)};
    assert_repr(mrt_call(int_t, 2, a, 0), "18");
    assert_repr(mrt_call(int_t, 1, a, kwnames1("base")), "18");
    MrtValue f = mrt_float(-2.7);
    assert_repr(mrt_call(int_t, 1, &f, 0), "-2");
    f = mrt_float(1e20);
    assert_repr(mrt_call(int_t, 1, &f, 0), "100000000000000000000");
    f = mrt_float(1.0 / 0.0);
    assert_true(mrt_call(int_t, 1, &f, 0) == 0);
    assert_exc(&mrt_type_OverflowError, "cannot convert float infinity to integer");
    f = mrt_float(0.0 / 0.0);
    assert_true(mrt_call(int_t, 1, &f, 0) == 0);
    assert_exc(&mrt_type_ValueError, "cannot convert float NaN to integer");
    MrtValue t = MRT_TRUE;
    assert_true(mrt_call(int_t, 1, &t, 0) == mrt_small(1));
    MrtValue none = MRT_NONE;
    assert_true(mrt_call(int_t, 1, &none, 0) == 0);
    assert_exc(&mrt_type_TypeError,
               "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
    MrtValue fb[2] = {mrt_float(1.5), mrt_small(10)};
    assert_true(mrt_call(int_t, 2, fb, 0) == 0);
    assert_exc(&mrt_type_TypeError, "int() can't convert non-string with explicit base");
    MrtValue onlybase = mrt_small(2);
    assert_true(mrt_call(int_t, 0, &onlybase, kwnames1("base")) == 0);
    assert_exc(&mrt_type_TypeError, "int() missing string argument");
    MrtValue x = mrt_str_from_cstr("12");
    assert_true(mrt_call(int_t, 0, &x, kwnames1("x")) == 0);
    assert_exc(&mrt_type_TypeError, "'x' is an invalid keyword argument for int()");
    MrtValue three[3] = {x, mrt_small(2), mrt_small(3)};
    assert_true(mrt_call(int_t, 3, three, 0) == 0);
    assert_exc(&mrt_type_TypeError, "int() takes at most 2 arguments (3 given)");
    MrtValue bb[2] = {x, mrt_float(2.0)};
    assert_true(mrt_call(int_t, 2, bb, 0) == 0);
    assert_exc(&mrt_type_TypeError, "'float' object cannot be interpreted as an integer");
    MrtValue by = mrt_bytes_new("abc", 3);
    assert_true(mrt_call(int_t, 1, &by, 0) == 0);
    assert_exc(&mrt_type_ValueError, "invalid literal for int() with base 10: b'abc'");
    by = mrt_bytes_new("  1_0  ", 7);
    assert_repr(mrt_call(int_t, 1, &by, 0), "10");
}

/* ---- methods and the numeric builtins ----------------------------------------------------------- */

static MrtValue meth(MrtValue self, const char *name, int n, MrtValue *args)
{
    return mrt_call_method(self, mrt_intern(name), n, args, 0);
}

static void test_methods_and_builtins(void **state)
{
    assert_repr(meth(mrt_small(255), "bit_length", 0, NULL), "8");
    assert_repr(meth(mrt_small(-255), "bit_length", 0, NULL), "8");
    assert_repr(meth(mrt_small(0), "bit_length", 0, NULL), "0");
    assert_repr(meth(N("1267650600228229401496703205376"), "bit_count", 0, NULL), "1");
    assert_repr(meth(mrt_small(-5), "as_integer_ratio", 0, NULL), "(-5, 1)");
    MrtValue f = mrt_float(2.5);
    assert_repr(meth(mrt_small(1), "__add__", 1, &f), "NotImplemented");
    assert_repr(meth(mrt_small(5), "__round__", 1, (MrtValue[]){mrt_small(-1)}), "0");
    MrtValue v = N("-9223372036854775808");
    assert_repr(mrt_bi_abs(1, &v, 0), "9223372036854775808");
    v = MRT_TRUE;
    assert_repr(mrt_bi_abs(1, &v, 0), "1");
    v = mrt_str_from_cstr("x");
    assert_true(mrt_bi_abs(1, &v, 0) == 0);
    assert_exc(&mrt_type_TypeError, "bad operand type for abs(): 'str'");
    static const struct {
        const char *x;
        int64_t nd;
        const char *want;
    } r[] = {
        {"12345", -2, "12300"},
        {"-12350", -2, "-12400"},
        {"12350", -2, "12400"},
        {"-15", -1, "-20"},
        {"-25", -1, "-20"},
        {"25", -1, "20"},
        {"35", -1, "40"},
        {"5", -1, "0"},
        {"1267650600228229401496703205376", -20, "1267650600200000000000000000000"},
        {"7", 3, "7"},
    };
    for (size_t i = 0; i < sizeof r / sizeof r[0]; i++) {
        MrtValue args[2] = {N(r[i].x), mrt_small(r[i].nd)};
        assert_repr(mrt_bi_round(2, args, 0), r[i].want);
    }
    MrtValue huge_nd[2] = {mrt_small(12345), mrt_unop(N("1180591620717411303424"), MRT_UOP_NEG)};
    assert_repr(mrt_bi_round(2, huge_nd, 0), "0");
    MrtValue rt[1] = {MRT_TRUE};
    assert_true(mrt_bi_round(1, rt, 0) == mrt_small(1));
    assert_true(mrt_bi_round(0, NULL, 0) == 0);
    assert_exc(&mrt_type_TypeError, "round() missing required argument 'number' (pos 1)");
    MrtValue ab[3] = {mrt_small(1), mrt_small(2), mrt_small(3)};
    assert_true(mrt_bi_round(3, ab, 0) == 0);
    assert_exc(&mrt_type_TypeError, "round() takes at most 2 arguments (3 given)");
    assert_true(mrt_bi_divmod(1, ab, 0) == 0);
    assert_exc(&mrt_type_TypeError, "divmod expected 2 arguments, got 1");
    MrtValue sd[2] = {mrt_str_from_cstr("a"), mrt_small(1)};
    assert_true(mrt_bi_divmod(2, sd, 0) == 0);
    assert_exc(&mrt_type_TypeError, "unsupported operand type(s) for divmod(): 'str' and 'int'");
}

int main(int argc, char **argv)
{
    mrt_init(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_small_big_boundary),
        cmocka_unit_test(test_one_limb_normalised),
        cmocka_unit_test(test_add_sub_mul_promotion),
        cmocka_unit_test(test_floordiv_mod_signs),
        cmocka_unit_test(test_division_by_zero),
        cmocka_unit_test(test_true_division),
        cmocka_unit_test(test_pow),
        cmocka_unit_test(test_pow_mod),
        cmocka_unit_test(test_shifts),
        cmocka_unit_test(test_bitwise_negatives),
        cmocka_unit_test(test_from_str),
        cmocka_unit_test(test_str_digit_limit),
        cmocka_unit_test(test_repr_and_bases),
        cmocka_unit_test(test_hash),
        cmocka_unit_test(test_compare),
        cmocka_unit_test(test_bool),
        cmocka_unit_test(test_int_constructor),
        cmocka_unit_test(test_methods_and_builtins),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
