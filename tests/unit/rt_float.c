/* rt_float.c — float: repr layout, floor division and modulo signs, pow
 * errors, round() half-even and to digits, exact comparison with ints,
 * hashing, parsing and the math module. Every expected value was printed by
 * python3 (CPython 3.11.7) for the same expression. */
#include <math.h>
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

static MrtValue F(double d) { return mrt_float(d); }

static MrtValue kwnames1(const char *name)
{
    MrtValue s = mrt_str_from_cstr(name);
    return mrt_tuple_new(1, &s);
}

/* ---- repr ----------------------------------------------------------------- */

static void test_repr(void **state)
{
    static const struct {
        double d;
        const char *want;
    } t[] = {
        {0.1, "0.1"},
        {1e16, "1e+16"},
        {1e15, "1000000000000000.0"},
        {1.5e-07, "1.5e-07"},
        {0.0001, "0.0001"},
        {1e-05, "1e-05"},
        {0.000123, "0.000123"},
        {123456789012345.0, "123456789012345.0"},
        {1234567890123456.7, "1234567890123456.8"},
        {12345678901234567.0, "1.2345678901234568e+16"},
        {1e300 * 10, "1e+301"},
        {-0.0, "-0.0"},
        {0.0, "0.0"},
        {100.0, "100.0"},
        {-1.5, "-1.5"},
        {1152921504606846976.0, "1.152921504606847e+18"}, /* 2.0 ** 60 */
        {1.0 / 3, "0.3333333333333333"},
        {1e22, "1e+22"},
        {5e-324, "5e-324"},
        {1.5e-323, "1.5e-323"},
        {1.7976931348623157e308, "1.7976931348623157e+308"},
        {9007199254740993.0, "9007199254740992.0"},
        /* just above a power of two the shortest digits lie above the value */
        {7.120236347223045e-307, "7.120236347223045e-307"},
        {5.641232424577593e-278, "5.641232424577593e-278"},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) assert_repr(F(t[i].d), t[i].want);
    volatile double big = 1e308;
    assert_repr(F(big * 10), "inf");
    assert_repr(F(-big * 10), "-inf");
    assert_repr(F(big * 10 - big * 10), "nan");
    char buf[8];
    mrt_float_repr_buf(2.5, buf, sizeof buf);
    assert_string_equal(buf, "2.5");
    assert_string_equal(mrt_str_data(mrt_str(F(0.5))), "0.5");
}

/* ---- arithmetic --------------------------------------------------------------- */

static void check_floordiv_mod(double a, double b, const char *q, const char *r)
{
    assert_repr(mrt_binop(F(a), F(b), MRT_OP_FLOORDIV), q);
    assert_repr(mrt_binop(F(a), F(b), MRT_OP_MOD), r);
    MrtValue args[2] = {F(a), F(b)};
    char want[100];
    snprintf(want, sizeof want, "(%s, %s)", q, r);
    assert_repr(mrt_bi_divmod(2, args, 0), want);
}

static void test_floordiv_mod(void **state)
{
    check_floordiv_mod(7.5, 2, "3.0", "1.5");
    check_floordiv_mod(-7.5, 2, "-4.0", "0.5");
    check_floordiv_mod(7.5, -2, "-4.0", "-0.5");
    check_floordiv_mod(-7.5, -2, "3.0", "-1.5");
    check_floordiv_mod(5.0, INFINITY, "0.0", "5.0");
    check_floordiv_mod(-5.0, INFINITY, "-1.0", "inf");
    check_floordiv_mod(-0.0, 1, "-0.0", "0.0");
    check_floordiv_mod(0.0, -1, "-0.0", "-0.0");
    check_floordiv_mod(INFINITY, 1, "nan", "nan");
    check_floordiv_mod(-1e-300, 1e300, "-1.0", "1e+300");
    /* mixed with ints, in either position */
    assert_repr(mrt_binop(mrt_small(-7), F(2.0), MRT_OP_FLOORDIV), "-4.0");
    assert_repr(mrt_binop(F(7.5), mrt_small(-2), MRT_OP_MOD), "-0.5");
    MrtValue dm[2] = {mrt_unop(N("1180591620717411303424"), MRT_UOP_NEG), F(3.5)};
    assert_repr(mrt_bi_divmod(2, dm, 0), "(-3.373118916335461e+20, 1.5)");
}

static void test_float_errors(void **state)
{
    assert_true(mrt_binop(F(1.0), mrt_small(0), MRT_OP_TRUEDIV) == 0);
    assert_exc(&mrt_type_ZeroDivisionError, "float division by zero");
    assert_true(mrt_binop(mrt_small(5), F(0.0), MRT_OP_FLOORDIV) == 0);
    assert_exc(&mrt_type_ZeroDivisionError, "float floor division by zero");
    assert_true(mrt_binop(F(5.0), F(0.0), MRT_OP_MOD) == 0);
    assert_exc(&mrt_type_ZeroDivisionError, "float modulo");
    MrtValue args[2] = {F(1.0), mrt_small(0)};
    assert_true(mrt_bi_divmod(2, args, 0) == 0);
    assert_exc(&mrt_type_ZeroDivisionError, "float divmod()");
    MrtValue big = mrt_binop(mrt_small(10), mrt_small(400), MRT_OP_POW);
    assert_true(mrt_binop(big, F(1.0), MRT_OP_MUL) == 0);
    assert_exc(&mrt_type_OverflowError, "int too large to convert to float");
    assert_true(mrt_binop(F(1.0), mrt_str_from_cstr("a"), MRT_OP_ADD) == 0);
    assert_exc(&mrt_type_TypeError, "unsupported operand type(s) for +: 'float' and 'str'");
    assert_true(mrt_binop(F(1.0), mrt_small(1), MRT_OP_LSHIFT) == 0);
    assert_exc(&mrt_type_TypeError, "unsupported operand type(s) for <<: 'float' and 'int'");
    assert_true(mrt_unop(F(1.0), MRT_UOP_INVERT) == 0);
    assert_exc(&mrt_type_TypeError, "bad operand type for unary ~: 'float'");
    assert_repr(mrt_binop(MRT_TRUE, F(1.5), MRT_OP_ADD), "2.5");
    assert_repr(mrt_binop(F(1.5), MRT_TRUE, MRT_OP_ADD), "2.5");
    volatile double huge = 1e308;
    assert_repr(mrt_binop(F(huge), mrt_small(10), MRT_OP_MUL), "inf");
}

static void test_pow(void **state)
{
    assert_repr(mrt_binop(F(-1.5), mrt_small(2), MRT_OP_POW), "2.25");
    assert_repr(mrt_binop(F(NAN), mrt_small(0), MRT_OP_POW), "1.0");
    assert_repr(mrt_binop(mrt_small(1), F(NAN), MRT_OP_POW), "1.0");
    assert_repr(mrt_binop(F(-0.0), mrt_small(3), MRT_OP_POW), "-0.0");
    assert_repr(mrt_binop(F(-0.0), F(2.5), MRT_OP_POW), "0.0");
    assert_repr(mrt_binop(F(-INFINITY), mrt_small(3), MRT_OP_POW), "-inf");
    assert_repr(mrt_binop(F(INFINITY), mrt_small(-1), MRT_OP_POW), "0.0");
    assert_repr(mrt_binop(F(-1.5), F(INFINITY), MRT_OP_POW), "inf");
    assert_repr(mrt_binop(F(2.0), mrt_small(-2000), MRT_OP_POW), "0.0");
    assert_true(mrt_binop(F(0.0), mrt_small(-1), MRT_OP_POW) == 0);
    assert_exc(&mrt_type_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    assert_true(mrt_binop(mrt_small(0), F(-1.5), MRT_OP_POW) == 0);
    assert_exc(&mrt_type_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    assert_true(mrt_binop(F(10.0), mrt_small(400), MRT_OP_POW) == 0);
    assert_exc(&mrt_type_OverflowError, "(34, 'Numerical result out of range')");
    /* CPython gives a complex here; molt raises */
    assert_true(mrt_binop(F(-8.0), F(1.0 / 3), MRT_OP_POW) == 0);
    assert_exc(&mrt_type_ValueError, "negative number cannot be raised to a fractional power");
}

/* ---- round ------------------------------------------------------------------------ */

static MrtValue round2(double d, MrtValue nd)
{
    MrtValue args[2] = {F(d), nd};
    return mrt_bi_round(nd ? 2 : 1, args, 0);
}

static void test_round(void **state)
{
    static const struct {
        double d;
        const char *want;
    } half_even[] = {
        {0.5, "0"}, {1.5, "2"}, {2.5, "2"}, {-0.5, "0"}, {-1.5, "-2"}, {-2.5, "-2"}, {2.675, "3"}, {-0.0, "0"},
    };
    for (size_t i = 0; i < sizeof half_even / sizeof half_even[0]; i++)
        assert_repr(round2(half_even[i].d, 0), half_even[i].want);
    assert_repr(round2(1e300, 0), "1000000000000000052504760255204420248704468581108159154915854115511802457988908195"
                                  "786371375080447864043704443832883878176942523235360430575644792184786706982848387"
                                  "200926575803737830233794788090059368953234970799945081119038967640880074652742780"
                                  "142494579258788820056842838115669472196386865459400540160");
    static const struct {
        double d;
        int64_t nd;
        const char *want;
    } digits[] = {
        {2.675, 2, "2.67"},       {0.125, 2, "0.12"},      {0.375, 2, "0.38"},      {-0.4, 0, "-0.0"},
        {1e22, -22, "1e+22"},     {5e22, -23, "0.0"},      {1.5e23, -23, "2e+23"},  {123.456, -1, "120.0"},
        {-123.456, -400, "-0.0"}, {1e-320, 323, "1e-320"}, {5e-324, 324, "5e-324"}, {2.5, 0, "2.0"},
        {0.5, 0, "0.0"},          {1234.5, -308, "0.0"},   {1e300, 1, "1e+300"},    {1.55, 1, "1.6"},
    };
    for (size_t i = 0; i < sizeof digits / sizeof digits[0]; i++)
        assert_repr(round2(digits[i].d, mrt_small(digits[i].nd)), digits[i].want);
    assert_repr(round2(1.5, N("1180591620717411303424")), "1.5");
    assert_repr(round2(2.5, mrt_unop(N("1180591620717411303424"), MRT_UOP_NEG)), "0.0");
    assert_repr(round2(INFINITY, mrt_small(2)), "inf");
    assert_repr(round2(NAN, mrt_small(-2)), "nan");
    assert_repr(round2(5.5, MRT_TRUE), "5.5");
    assert_repr(round2(2.5, MRT_NONE), "2");
    assert_true(round2(INFINITY, 0) == 0);
    assert_exc(&mrt_type_OverflowError, "cannot convert float infinity to integer");
    assert_true(round2(NAN, 0) == 0);
    assert_exc(&mrt_type_ValueError, "cannot convert float NaN to integer");
    assert_true(round2(1.7976931348623157e308, mrt_small(-308)) == 0);
    assert_exc(&mrt_type_OverflowError, "rounded value too large to represent");
    assert_true(round2(1.5, mrt_str_from_cstr("a")) == 0);
    assert_exc(&mrt_type_TypeError, "'str' object cannot be interpreted as an integer");
    assert_true(round2(1.5, F(1.0)) == 0);
    assert_exc(&mrt_type_TypeError, "'float' object cannot be interpreted as an integer");
    /* round(number=1.55, ndigits=1) */
    MrtValue kw[2] = {F(1.55), mrt_small(1)};
    MrtValue names[2] = {mrt_str_from_cstr("number"), mrt_str_from_cstr("ndigits")};
    assert_repr(mrt_bi_round(0, kw, mrt_tuple_new(2, names)), "1.6");
    assert_true(mrt_bi_round(1, kw, kwnames1("x")) == 0);
    assert_exc(&mrt_type_TypeError, "'x' is an invalid keyword argument for round()");
    MrtValue s = mrt_str_from_cstr("a");
    assert_true(mrt_bi_round(1, &s, 0) == 0);
    assert_exc(&mrt_type_TypeError, "type str doesn't define __round__ method");
}

/* ---- comparison and hashing ----------------------------------------------------------- */

static void test_int_float_compare(void **state)
{
    MrtValue p53 = N("9007199254740992"), p53_1 = N("9007199254740993");
    MrtValue f53 = F(9007199254740992.0);
    assert_int_equal(mrt_compare_bool(p53_1, f53, MRT_CMP_EQ), 0);
    assert_int_equal(mrt_compare_bool(p53_1, f53, MRT_CMP_GT), 1);
    assert_int_equal(mrt_compare_bool(f53, p53_1, MRT_CMP_LT), 1);
    assert_int_equal(mrt_compare_bool(f53, p53, MRT_CMP_EQ), 1);
    MrtValue big = mrt_binop(mrt_small(10), mrt_small(400), MRT_OP_POW);
    assert_int_equal(mrt_compare_bool(big, F(INFINITY), MRT_CMP_GT), 0);
    assert_int_equal(mrt_compare_bool(big, F(INFINITY), MRT_CMP_LT), 1);
    assert_int_equal(mrt_compare_bool(big, F(1e308), MRT_CMP_LT), 0);
    assert_int_equal(mrt_compare_bool(mrt_unop(big, MRT_UOP_NEG), F(-1e308), MRT_CMP_LT), 1);
    assert_int_equal(mrt_compare_bool(mrt_small(1), F(NAN), MRT_CMP_LT), 0);
    assert_int_equal(mrt_compare_bool(mrt_small(1), F(NAN), MRT_CMP_NE), 1);
    assert_int_equal(mrt_compare_bool(F(NAN), F(NAN), MRT_CMP_EQ), 0);
    assert_int_equal(mrt_compare_bool(MRT_TRUE, F(1.0), MRT_CMP_EQ), 1);
    assert_int_equal(mrt_compare_bool(mrt_small(1), F(2.0), MRT_CMP_LT), 1);
    MrtValue p1024 = mrt_binop(mrt_small(2), mrt_small(1024), MRT_OP_POW);
    assert_int_equal(mrt_compare_bool(p1024, F(1.7976931348623157e308), MRT_CMP_GT), 1);
    assert_true(mrt_compare(F(1.0), mrt_str_from_cstr("a"), MRT_CMP_LT) == 0);
    assert_exc(&mrt_type_TypeError, "'<' not supported between instances of 'float' and 'str'");
}

static void test_hash(void **state)
{
    assert_int_equal(mrt_hash(F(1.5)), 1152921504606846977);
    assert_int_equal(mrt_hash(F(-1.0)), -2);
    assert_int_equal(mrt_hash(F(1e100)), 1822893315824342674);
    assert_int_equal(mrt_hash(F(1e-300)), 482449582752280463);
    assert_int_equal(mrt_hash(F(2305843009213693952.0)), 1);
    assert_int_equal(mrt_hash(F(4611686018427387904.0)), 2);
    assert_int_equal(mrt_hash(F(-0.5)), -1152921504606846976);
    assert_int_equal(mrt_hash(F(-0.0)), 0);
    assert_int_equal(mrt_hash(F(INFINITY)), 314159);
    assert_int_equal(mrt_hash(F(-INFINITY)), -314159);
    assert_int_equal(mrt_hash(F(1e20)), mrt_hash(N("100000000000000000000")));
}

/* ---- parsing and float() ------------------------------------------------------------------ */

static void check_parse(const char *s, const char *want)
{
    MrtValue v = mrt_float_from_str(s, (int64_t)strlen(s));
    if (!v) fail_msg("float(%s) raised", s);
    assert_repr(v, want);
}

static void check_parse_error(const char *s)
{
    assert_true(mrt_float_from_str(s, (int64_t)strlen(s)) == 0);
    char want[200];
    snprintf(want, sizeof want, "could not convert string to float: %s", repr_of(mrt_str_from_cstr(s)));
    assert_exc(&mrt_type_ValueError, want);
}

static void test_from_str(void **state)
{
    check_parse(" 1.5 ", "1.5");
    check_parse("1_0.5", "10.5");
    check_parse(" -Infinity ", "-inf");
    check_parse("inF", "inf");
    check_parse("+nan", "nan");
    check_parse("-nan", "nan");
    check_parse("1e+5_0", "1e+50");
    check_parse(".5", "0.5");
    check_parse("5.", "5.0");
    check_parse("1e400", "inf");
    check_parse("1e-400", "0.0");
    check_parse("-0", "-0.0");
    check_parse("\xd9\xa3.5", "3.5"); /* Arabic-Indic three */
    check_parse("\xe2\x80\xa8"
                "1.5\xc2\x85",
                "1.5"); /* Unicode spaces around */
    static const char *const bad[] = {"abc",    "1__0", "1_.5", "1._5", ".",  "1e", "1_e5",  "infinit", "0x1p3",
                                      "nan(1)", "",     " ",    "1,5",  "_1", "1_", "1\x1c", "--1",     "e5"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) check_parse_error(bad[i]);
    assert_true(mrt_float_from_str("abc", 3) == 0);
    assert_exc(&mrt_type_ValueError, "could not convert string to float: 'abc'");
}

static void test_float_constructor(void **state)
{
    MrtValue float_t = mrt_from_obj(&mrt_type_float);
    assert_repr(mrt_call(float_t, 0, NULL, 0), "0.0");
    MrtValue x = N("9007199254740993");
    assert_repr(mrt_call(float_t, 1, &x, 0), "9007199254740992.0");
    x = mrt_binop(mrt_small(10), mrt_small(400), MRT_OP_POW);
    assert_true(mrt_call(float_t, 1, &x, 0) == 0);
    assert_exc(&mrt_type_OverflowError, "int too large to convert to float");
    x = MRT_NONE;
    assert_true(mrt_call(float_t, 1, &x, 0) == 0);
    assert_exc(&mrt_type_TypeError, "float() argument must be a string or a real number, not 'NoneType'");
    x = mrt_str_from_cstr(" 2.5e3 ");
    assert_repr(mrt_call(float_t, 1, &x, 0), "2500.0");
    x = mrt_bytes_new("1.5", 3);
    assert_repr(mrt_call(float_t, 1, &x, 0), "1.5");
    MrtValue two[2] = {x, x};
    assert_true(mrt_call(float_t, 2, two, 0) == 0);
    assert_exc(&mrt_type_TypeError, "float expected at most 1 argument, got 2");
    assert_true(mrt_call(float_t, 0, two, kwnames1("x")) == 0);
    assert_exc(&mrt_type_TypeError, "float() takes no keyword arguments");
    double d;
    assert_int_equal(mrt_to_double(MRT_TRUE, &d), 0);
    assert_true(d == 1.0);
    assert_int_equal(mrt_to_double(mrt_str_from_cstr("a"), &d), -1);
    assert_exc(&mrt_type_TypeError, "must be real number, not str");
}

static MrtValue meth(MrtValue self, const char *name, int n, MrtValue *args)
{
    return mrt_call_method(self, mrt_intern(name), n, args, 0);
}

static void test_methods(void **state)
{
    assert_repr(meth(F(0.1), "as_integer_ratio", 0, NULL), "(3602879701896397, 36028797018963968)");
    assert_repr(meth(F(-2.0), "is_integer", 0, NULL), "True");
    assert_repr(meth(F(INFINITY), "is_integer", 0, NULL), "False");
    assert_true(meth(F(NAN), "as_integer_ratio", 0, NULL) == 0);
    assert_exc(&mrt_type_ValueError, "cannot convert NaN to integer ratio");
    assert_repr(meth(F(-1.5), "__ceil__", 0, NULL), "-1");
    assert_repr(meth(F(-1.5), "__floor__", 0, NULL), "-2");
    MrtValue two = mrt_small(2);
    assert_repr(meth(F(1.5), "__rmod__", 1, &two), "0.5");
    MrtValue s = mrt_str_from_cstr("a");
    assert_repr(meth(F(1.5), "__add__", 1, &s), "NotImplemented");
}

/* ---- math ------------------------------------------------------------------------------------ */

static MrtValue math_call(const char *name, int n, MrtValue *args)
{
    MrtValue m = mrt_module_math();
    assert_true(m != 0);
    MrtValue f = mrt_getattr(m, mrt_intern(name));
    assert_true(f != 0);
    return mrt_call(f, n, args, 0);
}

static void test_math(void **state)
{
    MrtValue a[3];
    a[0] = F(2.0);
    assert_repr(math_call("sqrt", 1, a), "1.4142135623730951");
    a[0] = mrt_small(-1);
    assert_true(math_call("sqrt", 1, a) == 0);
    assert_exc(&mrt_type_ValueError, "math domain error");
    a[0] = mrt_small(1000);
    assert_true(math_call("exp", 1, a) == 0);
    assert_exc(&mrt_type_OverflowError, "math range error");
    a[0] = F(1e300);
    assert_repr(math_call("floor", 1, a),
                "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447"
                "8640437044438328838781769425232353604305756447921847867069828483872009265758037378302337947880900"
                "59368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459"
                "400540160");
    a[0] = F(-2.5);
    assert_repr(math_call("floor", 1, a), "-3");
    assert_repr(math_call("ceil", 1, a), "-2");
    assert_repr(math_call("trunc", 1, a), "-2");
    a[0] = mrt_binop(mrt_small(10), mrt_small(400), MRT_OP_POW);
    assert_repr(math_call("log", 1, a), "921.0340371976182");
    assert_repr(math_call("log10", 1, a), "400.0");
    assert_repr(math_call("log2", 1, a), "1328.771237954945");
    a[1] = mrt_small(10);
    assert_repr(math_call("log", 2, a), "399.99999999999994");
    a[0] = mrt_small(2);
    a[1] = mrt_small(1);
    assert_true(math_call("log", 2, a) == 0);
    assert_exc(&mrt_type_ZeroDivisionError, "float division by zero");
    a[0] = mrt_small(0);
    assert_true(math_call("log", 1, a) == 0);
    assert_exc(&mrt_type_ValueError, "math domain error");
    a[0] = mrt_binop(mrt_small(2), mrt_small(100), MRT_OP_POW);
    a[1] = mrt_binop(mrt_binop(mrt_small(2), mrt_small(80), MRT_OP_POW), mrt_small(3), MRT_OP_MUL);
    assert_repr(math_call("gcd", 2, a), "1208925819614629174706176");
    a[0] = mrt_small(-4);
    a[1] = mrt_small(6);
    assert_repr(math_call("lcm", 2, a), "12");
    a[0] = mrt_small(25);
    assert_repr(math_call("factorial", 1, a), "15511210043330985984000000");
    a[0] = mrt_small(-1);
    assert_true(math_call("factorial", 1, a) == 0);
    assert_exc(&mrt_type_ValueError, "factorial() not defined for negative values");
    a[0] = F(5.0);
    assert_true(math_call("factorial", 1, a) == 0);
    assert_exc(&mrt_type_TypeError, "'float' object cannot be interpreted as an integer");
    a[0] = mrt_binop(mrt_small(2), mrt_small(100), MRT_OP_POW);
    a[1] = mrt_small(2);
    assert_repr(math_call("comb", 2, a), "803469022129495137770981046169947475960987382190648066048000");
    a[0] = mrt_small(5);
    assert_repr(math_call("perm", 2, a), "20");
    a[0] = mrt_binop(mrt_small(10), mrt_small(40), MRT_OP_POW);
    assert_repr(math_call("isqrt", 1, a), "100000000000000000000");
    a[0] = mrt_small(3);
    a[1] = mrt_small(4);
    a[2] = mrt_small(12);
    assert_repr(math_call("hypot", 3, a), "13.0");
    a[0] = F(2.5);
    assert_repr(math_call("modf", 1, a), "(0.5, 2.0)");
    a[0] = mrt_small(8);
    assert_repr(math_call("frexp", 1, a), "(0.5, 4)");
    a[0] = mrt_small(1);
    a[1] = mrt_small(1024);
    assert_true(math_call("ldexp", 2, a) == 0);
    assert_exc(&mrt_type_OverflowError, "math range error");
    a[0] = mrt_small(0);
    a[1] = mrt_small(-1);
    assert_true(math_call("pow", 2, a) == 0);
    assert_exc(&mrt_type_ValueError, "math domain error");
    a[0] = mrt_str_from_cstr("a");
    assert_true(math_call("sqrt", 1, a) == 0);
    assert_exc(&mrt_type_TypeError, "must be real number, not str");
    assert_true(math_call("sqrt", 0, a) == 0);
    assert_exc(&mrt_type_TypeError, "math.sqrt() takes exactly one argument (0 given)");
    a[0] = mrt_small(1);
    assert_true(math_call("atan2", 1, a) == 0);
    assert_exc(&mrt_type_TypeError, "atan2 expected 2 arguments, got 1");
}

static void test_fsum(void **state)
{
    MrtValue l = mrt_list_new(0, NULL);
    for (int i = 0; i < 10; i++) mrt_list_append(l, F(0.1));
    assert_repr(math_call("fsum", 1, &l), "1.0");
    double v[] = {1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50};
    l = mrt_list_new(0, NULL);
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) mrt_list_append(l, F(v[i]));
    assert_repr(math_call("fsum", 1, &l), "1e-100");
    l = mrt_list_new(0, NULL);
    mrt_list_append(l, F(1e308));
    mrt_list_append(l, F(1e308));
    assert_true(math_call("fsum", 1, &l) == 0);
    assert_exc(&mrt_type_OverflowError, "intermediate overflow in fsum");
    l = mrt_list_new(0, NULL);
    mrt_list_append(l, F(INFINITY));
    mrt_list_append(l, F(-INFINITY));
    assert_true(math_call("fsum", 1, &l) == 0);
    assert_exc(&mrt_type_ValueError, "-inf + inf in fsum");
    l = mrt_list_new(0, NULL);
    assert_repr(math_call("fsum", 1, &l), "0.0");
}

int main(int argc, char **argv)
{
    mrt_init(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_repr),    cmocka_unit_test(test_floordiv_mod), cmocka_unit_test(test_float_errors),
        cmocka_unit_test(test_pow),     cmocka_unit_test(test_round),        cmocka_unit_test(test_int_float_compare),
        cmocka_unit_test(test_hash),    cmocka_unit_test(test_from_str),     cmocka_unit_test(test_float_constructor),
        cmocka_unit_test(test_methods), cmocka_unit_test(test_math),         cmocka_unit_test(test_fsum),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
