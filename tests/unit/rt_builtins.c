/* rt_builtins.c — unit tests of the general builtins, the iterator types,
 * mrt_parse_args, print/input on redirected file descriptors, and sys. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mrt_bi.h"

/* ---- helpers --------------------------------------------------------------------- */

static MrtValue S(const char *s) { return mrt_str_from_cstr(s); }
static MrtValue I(int64_t i) { return mrt_int_from_i64(i); }
static MrtValue F(double d) { return mrt_float(d); }

static MrtValue list_of(int n, ...)
{
    va_list ap;
    MrtValue items[16];
    va_start(ap, n);
    for (int i = 0; i < n; i++) items[i] = va_arg(ap, MrtValue);
    va_end(ap);
    return mrt_list_new(n, items);
}

/* kwnames tuple of interned names */
static MrtValue kwn(int n, ...)
{
    va_list ap;
    MrtValue items[8];
    va_start(ap, n);
    for (int i = 0; i < n; i++) items[i] = mrt_intern(va_arg(ap, const char *));
    va_end(ap);
    return mrt_tuple_new(n, items);
}

static void expect_exc(MrtType *t, const char *msg)
{
    assert_true(mrt_cur_exc != 0);
    MrtValue e = mrt_exc_fetch();
    assert_string_equal(mrt_type_of(e)->name, t->name);
    MrtValue s = mrt_str(e);
    assert_true(s != 0);
    assert_string_equal(mrt_str_data(s), msg);
}

static void expect_repr(MrtValue v, const char *want)
{
    assert_true(v != 0);
    MrtValue r = mrt_repr(v);
    assert_true(r != 0);
    assert_string_equal(mrt_str_data(r), want);
}

/* repr(list(it)) */
static void expect_items(MrtValue it, const char *want)
{
    assert_true(it != 0);
    expect_repr(mrt_list_from_iter(it), want);
}

static MrtValue key_zero(int nargs, const MrtValue *args, MrtValue kw) { return mrt_small(0); }
static MrtValue key_neg(int nargs, const MrtValue *args, MrtValue kw) { return mrt_sub(mrt_small(0), args[0]); }
static MrtValue is_odd(int nargs, const MrtValue *args, MrtValue kw) { return mrt_bool(mrt_small_val(args[0]) & 1); }
static MrtValue add2(int nargs, const MrtValue *args, MrtValue kw) { return mrt_add(args[0], args[1]); }

static int counter;
static MrtValue count_up(int nargs, const MrtValue *args, MrtValue kw) { return mrt_small(counter++); }

/* Redirect fd 1 or 2 (or feed fd 0) through a temporary file. */
typedef struct {
    int fd, saved;
    FILE *tmp;
} Capture;

static void cap_start(Capture *c, int fd)
{
    fflush(stdout);
    fflush(stderr);
    mrt_flush_all();
    c->fd = fd;
    c->tmp = tmpfile();
    assert_non_null(c->tmp);
    c->saved = dup(fd);
    assert_true(dup2(fileno(c->tmp), fd) >= 0);
}

static const char *cap_end(Capture *c)
{
    static char buf[4096];
    mrt_flush_all();
    dup2(c->saved, c->fd);
    close(c->saved);
    rewind(c->tmp);
    size_t n = fread(buf, 1, sizeof buf - 1, c->tmp);
    buf[n] = 0;
    fclose(c->tmp);
    return buf;
}

/* ---- min / max ------------------------------------------------------------------- */

static void test_min_max(void **state)
{
    MrtValue key_z = mrt_builtin_new("kz", key_zero, 0), key_n = mrt_builtin_new("kn", key_neg, 0);
    MrtValue three[3] = {I(3), I(1), I(2)};
    assert_true(mrt_bi_min(3, three, 0) == I(1));
    assert_true(mrt_bi_max(3, three, 0) == I(3));
    MrtValue l = list_of(3, I(3), I(1), I(2));
    assert_true(mrt_bi_max(1, &l, 0) == I(3));

    /* key: the item (not the key) comes back; max by -x is the smallest */
    MrtValue a[2] = {l, key_n};
    assert_true(mrt_bi_max(1, a, kwn(1, "key")) == I(1));
    assert_true(mrt_bi_min(1, a, kwn(1, "key")) == I(3));
    /* all keys equal: the first item wins for both */
    MrtValue s1 = S("first"), s2 = S("second");
    MrtValue b[3] = {s1, s2, key_z};
    assert_true(mrt_bi_max(2, b, kwn(1, "key")) == s1);
    assert_true(mrt_bi_min(2, b, kwn(1, "key")) == s1);
    /* key=None is no key */
    MrtValue c[2] = {l, MRT_NONE};
    assert_true(mrt_bi_max(1, c, kwn(1, "key")) == I(3));

    /* default */
    MrtValue d[2] = {mrt_list_new(0, NULL), I(7)};
    assert_true(mrt_bi_max(1, d, kwn(1, "default")) == I(7));
    MrtValue d2[3] = {mrt_list_new(0, NULL), I(7), key_n};
    assert_true(mrt_bi_min(1, d2, kwn(2, "default", "key")) == I(7));
    MrtValue d3[2] = {l, I(99)};
    assert_true(mrt_bi_min(1, d3, kwn(1, "default")) == I(1));

    /* errors */
    assert_true(mrt_bi_max(0, NULL, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "max expected at least 1 argument, got 0");
    assert_true(mrt_bi_min(0, NULL, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "min expected at least 1 argument, got 0");
    assert_true(mrt_bi_max(1, d, 0) == MRT_ERR);
    expect_exc(&mrt_type_ValueError, "max() arg is an empty sequence");
    assert_true(mrt_bi_min(1, d, 0) == MRT_ERR);
    expect_exc(&mrt_type_ValueError, "min() arg is an empty sequence");
    MrtValue e[3] = {I(1), I(2), I(3)};
    assert_true(mrt_bi_max(2, e, kwn(1, "default")) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "Cannot specify a default for max() with multiple positional arguments");
    assert_true(mrt_bi_max(1, e, kwn(1, "foo")) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "'foo' is an invalid keyword argument for max()");
    assert_true(mrt_bi_max(1, e, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "'int' object is not iterable");
    MrtValue mixed[2] = {I(1), S("a")};
    assert_true(mrt_bi_max(2, mixed, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "'>' not supported between instances of 'str' and 'int'");
}

/* ---- sum ----------------------------------------------------------------------------- */

static void test_sum(void **state)
{
    MrtValue l = list_of(3, I(1), F(2.5), I(3));
    expect_repr(mrt_bi_sum(1, &l, 0), "6.5");
    MrtValue ints = list_of(4, I(1), I(2), mrt_bool(1), I(4));
    expect_repr(mrt_bi_sum(1, &ints, 0), "8");
    MrtValue empty = mrt_list_new(0, NULL);
    expect_repr(mrt_bi_sum(1, &empty, 0), "0");

    /* plain left-to-right float addition, as CPython 3.11 (fsum would give 1.0) */
    MrtValue tenth[10];
    for (int i = 0; i < 10; i++) tenth[i] = F(0.1);
    MrtValue tl = mrt_list_new(10, tenth);
    expect_repr(mrt_bi_sum(1, &tl, 0), "0.9999999999999999");

    /* start, positionally and by keyword; an empty float start keeps its sign */
    MrtValue a[2] = {ints, I(10)};
    expect_repr(mrt_bi_sum(2, a, 0), "18");
    expect_repr(mrt_bi_sum(1, a, kwn(1, "start")), "18");
    MrtValue z[2] = {empty, F(-0.0)};
    expect_repr(mrt_bi_sum(2, z, 0), "-0.0");
    MrtValue nz = list_of(1, F(-0.0));
    expect_repr(mrt_bi_sum(1, &nz, 0), "0.0");

    /* small ints past the 48-bit immediate range stay exact */
    MrtValue big = list_of(4, I(INT64_C(1) << 46), I(INT64_C(1) << 46), I(INT64_C(1) << 46), I(-5));
    expect_repr(mrt_bi_sum(1, &big, 0), "211106232532987");
    MrtValue fl = list_of(3, F(0.5), I(INT64_C(1) << 46), F(0.25));
    expect_repr(mrt_bi_sum(1, &fl, 0), "70368744177664.75");

    /* errors */
    MrtValue s[2] = {list_of(1, S("a")), S("b")};
    assert_true(mrt_bi_sum(2, s, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    assert_true(mrt_bi_sum(1, s, kwn(1, "start")) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    MrtValue sl = list_of(2, I(1), S("x"));
    assert_true(mrt_bi_sum(1, &sl, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "unsupported operand type(s) for +: 'int' and 'str'");
    assert_true(mrt_bi_sum(0, NULL, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "sum() takes at least 1 positional argument (0 given)");
    MrtValue three[3] = {empty, I(1), I(2)};
    assert_true(mrt_bi_sum(3, three, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "sum() takes at most 2 arguments (3 given)");
    assert_true(mrt_bi_sum(2, three, kwn(1, "start")) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "sum() takes at most 2 arguments (3 given)");
    assert_true(mrt_bi_sum(1, three, kwn(1, "x")) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "'x' is an invalid keyword argument for sum()");
}

/* ---- zip / enumerate / map / filter / reversed ------------------------------------------ */

static void test_zip(void **state)
{
    MrtValue a[3] = {list_of(3, I(1), I(2), I(3)), S("ab"), list_of(4, I(7), I(8), I(9), I(10))};
    expect_items(mrt_bi_zip(3, a, 0), "[(1, 'a', 7), (2, 'b', 8)]");
    expect_items(mrt_bi_zip(0, NULL, 0), "[]");
    expect_items(mrt_bi_zip(1, a + 1, 0), "[('a',), ('b',)]");

    /* strict: equal lengths are fine, unequal ones name the culprit */
    MrtValue eq[3] = {S("ab"), S("cd"), MRT_TRUE};
    expect_items(mrt_bi_zip(2, eq, kwn(1, "strict")), "[('a', 'c'), ('b', 'd')]");
    MrtValue st[3] = {a[0], a[1], MRT_TRUE};
    assert_true(mrt_list_from_iter(mrt_bi_zip(2, st, kwn(1, "strict"))) == MRT_ERR);
    expect_exc(&mrt_type_ValueError, "zip() argument 2 is shorter than argument 1");
    MrtValue st2[4] = {a[1], S("xy"), a[0], MRT_TRUE};
    assert_true(mrt_list_from_iter(mrt_bi_zip(3, st2, kwn(1, "strict"))) == MRT_ERR);
    expect_exc(&mrt_type_ValueError, "zip() argument 3 is longer than arguments 1-2");
    MrtValue st3[4] = {a[0], a[0], a[1], MRT_TRUE};
    assert_true(mrt_list_from_iter(mrt_bi_zip(3, st3, kwn(1, "strict"))) == MRT_ERR);
    expect_exc(&mrt_type_ValueError, "zip() argument 3 is shorter than arguments 1-2");

    MrtValue bad[2] = {S("a"), I(1)};
    assert_true(mrt_bi_zip(2, bad, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "'int' object is not iterable");
    assert_true(mrt_bi_zip(1, bad, kwn(1, "x")) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "'x' is an invalid keyword argument for zip()");
}

static void test_enumerate(void **state)
{
    MrtValue a[2] = {S("ab"), I(5)};
    expect_items(mrt_bi_enumerate(1, a, 0), "[(0, 'a'), (1, 'b')]");
    expect_items(mrt_bi_enumerate(2, a, 0), "[(5, 'a'), (6, 'b')]");
    expect_items(mrt_bi_enumerate(1, a, kwn(1, "start")), "[(5, 'a'), (6, 'b')]");
    expect_items(mrt_bi_enumerate(0, a, kwn(2, "iterable", "start")), "[(5, 'a'), (6, 'b')]");
    MrtValue t[2] = {S("ab"), MRT_TRUE};
    expect_items(mrt_bi_enumerate(2, t, 0), "[(1, 'a'), (2, 'b')]"); /* bool start becomes int */
    MrtValue n[2] = {S("a"), I(-3)};
    expect_items(mrt_bi_enumerate(2, n, 0), "[(-3, 'a')]");

    assert_true(mrt_bi_enumerate(0, NULL, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "enumerate() missing required argument 'iterable'");
    MrtValue f[2] = {S("ab"), F(1.5)};
    assert_true(mrt_bi_enumerate(2, f, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "'float' object cannot be interpreted as an integer");
    MrtValue nf[2] = {I(1), F(1.5)}; /* the iterable is checked first */
    assert_true(mrt_bi_enumerate(2, nf, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "'int' object is not iterable");
    MrtValue three[3] = {S("a"), I(1), I(2)};
    assert_true(mrt_bi_enumerate(3, three, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "enumerate() takes at most 2 arguments (3 given)");
    assert_true(mrt_bi_enumerate(1, three, kwn(1, "x")) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "'x' is an invalid keyword argument for enumerate()");
    assert_true(mrt_bi_enumerate(0, three, kwn(1, "start")) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "'start' is an invalid keyword argument for enumerate()");
}

static void test_map_filter(void **state)
{
    MrtValue odd = mrt_builtin_new("odd", is_odd, 0), plus = mrt_builtin_new("add2", add2, 0);
    MrtValue f[2] = {MRT_NONE, list_of(7, I(0), I(1), S(""), S("a"), MRT_NONE, mrt_list_new(0, NULL), F(0.0))};
    expect_items(mrt_bi_filter(2, f, 0), "[1, 'a']");
    MrtValue g[2] = {odd, list_of(5, I(1), I(2), I(3), I(4), I(5))};
    expect_items(mrt_bi_filter(2, g, 0), "[1, 3, 5]");
    MrtValue b[2] = {mrt_from_obj(&mrt_type_bool), list_of(3, I(0), I(2), I(0))};
    expect_items(mrt_bi_filter(2, b, 0), "[2]");
    assert_true(mrt_bi_filter(1, f, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "filter expected 2 arguments, got 1");
    assert_true(mrt_bi_filter(1, f, kwn(1, "x")) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "filter() takes no keyword arguments");

    /* map stops at the shortest iterable */
    MrtValue m[3] = {plus, list_of(3, I(1), I(2), I(3)), list_of(2, I(10), I(20))};
    expect_items(mrt_bi_map(3, m, 0), "[11, 22]");
    assert_true(mrt_bi_map(1, m, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "map() must have at least two arguments.");
    assert_true(mrt_bi_map(2, m, kwn(1, "x")) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "map() takes no keyword arguments");
}

static void test_reversed(void **state)
{
    MrtValue l = list_of(3, I(1), I(2), I(3));
    expect_items(mrt_bi_reversed(1, &l, 0), "[3, 2, 1]");
    MrtValue items[3] = {I(1), S("x"), F(2.5)};
    MrtValue t = mrt_tuple_new(3, items);
    expect_items(mrt_bi_reversed(1, &t, 0), "[2.5, 'x', 1]");
    MrtValue s = S("abc");
    expect_items(mrt_bi_reversed(1, &s, 0), "['c', 'b', 'a']");
    MrtValue e = mrt_tuple_new(0, NULL);
    expect_items(mrt_bi_reversed(1, &e, 0), "[]");
    MrtValue set = mrt_set_new();
    assert_true(mrt_bi_reversed(1, &set, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "'set' object is not reversible");
    MrtValue one = I(1);
    assert_true(mrt_bi_reversed(1, &one, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "'int' object is not reversible");
    assert_true(mrt_bi_reversed(0, NULL, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "reversed expected 1 argument, got 0");
}

/* ---- any / all / iter / next ------------------------------------------------------------- */

static void test_any_all_short_circuit(void **state)
{
    MrtValue it = mrt_iter(list_of(4, I(0), I(1), I(2), I(3)));
    assert_true(mrt_bi_any(1, &it, 0) == MRT_TRUE);
    assert_true(mrt_next(it) == I(2)); /* any stopped right after the 1 */
    it = mrt_iter(list_of(3, I(1), I(0), I(5)));
    assert_true(mrt_bi_all(1, &it, 0) == MRT_FALSE);
    assert_true(mrt_next(it) == I(5));
    MrtValue empty = mrt_list_new(0, NULL);
    assert_true(mrt_bi_any(1, &empty, 0) == MRT_FALSE);
    assert_true(mrt_bi_all(1, &empty, 0) == MRT_TRUE);
    it = mrt_iter(list_of(2, S("a"), I(3)));
    assert_true(mrt_bi_all(1, &it, 0) == MRT_TRUE);
    assert_true(mrt_next(it) == MRT_STOP);
    assert_true(mrt_bi_any(0, NULL, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "any() takes exactly one argument (0 given)");
    MrtValue one = I(1);
    assert_true(mrt_bi_all(1, &one, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "'int' object is not iterable");
}

static void test_iter_next(void **state)
{
    MrtValue a[2] = {mrt_builtin_new("count", count_up, 0), I(3)};
    counter = 0;
    MrtValue it = mrt_bi_iter(2, a, 0);
    expect_items(it, "[0, 1, 2]");
    assert_true(mrt_next(it) == MRT_STOP); /* stays exhausted, no more calls */
    assert_int_equal(counter, 4);

    MrtValue l = mrt_iter(list_of(1, I(9)));
    MrtValue n[2] = {l, S("dflt")};
    assert_true(mrt_bi_next(1, n, 0) == I(9));
    expect_repr(mrt_bi_next(2, n, 0), "'dflt'");
    assert_true(mrt_bi_next(1, n, 0) == MRT_ERR);
    assert_true(mrt_bi_exc_pending_is(&mrt_type_StopIteration));
    mrt_exc_fetch();

    MrtValue notit = list_of(0);
    assert_true(mrt_bi_next(1, &notit, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "'list' object is not an iterator");
    MrtValue bad[2] = {I(1), I(2)};
    assert_true(mrt_bi_iter(2, bad, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "iter(v, w): v must be callable");
    MrtValue three[3] = {notit, I(1), I(2)};
    assert_true(mrt_bi_iter(3, three, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "iter expected at most 2 arguments, got 3");
    assert_true(mrt_bi_next(0, NULL, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "next expected at least 1 argument, got 0");
}

/* ---- isinstance / issubclass / attributes / misc ------------------------------------------- */

static void test_isinstance(void **state)
{
    MrtValue tint = mrt_from_obj(&mrt_type_int), tstr = mrt_from_obj(&mrt_type_str),
             tflt = mrt_from_obj(&mrt_type_float), tbool = mrt_from_obj(&mrt_type_bool);
    MrtValue inner[2] = {tflt, tint};
    MrtValue outer[2] = {tstr, mrt_tuple_new(2, inner)};
    MrtValue a[2] = {I(1), mrt_tuple_new(2, outer)};
    assert_true(mrt_bi_isinstance(2, a, 0) == MRT_TRUE);
    MrtValue b[2] = {MRT_TRUE, tint};
    assert_true(mrt_bi_isinstance(2, b, 0) == MRT_TRUE);
    MrtValue c[2] = {S("x"), tint};
    assert_true(mrt_bi_isinstance(2, c, 0) == MRT_FALSE);
    MrtValue d[2] = {I(1), mrt_tuple_new(0, NULL)};
    assert_true(mrt_bi_isinstance(2, d, 0) == MRT_FALSE);
    /* a match before a bad entry is fine, a bad entry before a match is not */
    MrtValue ok[2] = {tint, I(5)};
    MrtValue e[2] = {I(1), mrt_tuple_new(2, ok)};
    assert_true(mrt_bi_isinstance(2, e, 0) == MRT_TRUE);
    MrtValue bad[2] = {tstr, I(5)};
    MrtValue f[2] = {I(1), mrt_tuple_new(2, bad)};
    assert_true(mrt_bi_isinstance(2, f, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");

    MrtValue g[2] = {tbool, tint};
    assert_true(mrt_bi_issubclass(2, g, 0) == MRT_TRUE);
    MrtValue h[2] = {tint, tbool};
    assert_true(mrt_bi_issubclass(2, h, 0) == MRT_FALSE);
    MrtValue i[2] = {I(1), tint};
    assert_true(mrt_bi_issubclass(2, i, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "issubclass() arg 1 must be a class");
    MrtValue j[2] = {tint, I(1)};
    assert_true(mrt_bi_issubclass(2, j, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    MrtValue k[2] = {I(1), mrt_tuple_new(0, NULL)};
    assert_true(mrt_bi_issubclass(2, k, 0) == MRT_FALSE);
    assert_true(mrt_bi_isinstance(1, k, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "isinstance expected 2 arguments, got 1");
}

static void test_attrs_and_misc(void **state)
{
    MrtValue a[3] = {I(1), S("nope"), I(5)};
    assert_true(mrt_bi_getattr(3, a, 0) == I(5));
    assert_true(mrt_bi_hasattr(2, a, 0) == MRT_FALSE);
    assert_true(mrt_bi_getattr(2, a, 0) == MRT_ERR);
    expect_exc(&mrt_type_AttributeError, "'int' object has no attribute 'nope'");
    MrtValue b[3] = {I(1), I(2), I(3)};
    assert_true(mrt_bi_getattr(3, b, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "attribute name must be string, not 'int'");
    assert_true(mrt_bi_setattr(3, b, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "attribute name must be string, not 'int'");
    assert_true(mrt_bi_getattr(1, b, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "getattr expected at least 2 arguments, got 1");
    MrtValue ap[2] = {mrt_list_new(0, NULL), S("append")};
    assert_true(mrt_bi_hasattr(2, ap, 0) == MRT_TRUE);

    MrtValue lst = mrt_list_new(0, NULL), fn = mrt_builtin_new("f", key_zero, 0), tint = mrt_from_obj(&mrt_type_int);
    assert_true(mrt_bi_callable(1, &fn, 0) == MRT_TRUE);
    assert_true(mrt_bi_callable(1, &tint, 0) == MRT_TRUE);
    assert_true(mrt_bi_callable(1, &lst, 0) == MRT_FALSE);
    assert_true(mrt_bi_hash(1, &lst, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "unhashable type: 'list'");
    MrtValue h = I(12345);
    assert_true(mrt_bi_hash(1, &h, 0) == I(12345));

    /* id: distinct objects differ, the same object is stable */
    MrtValue lst2 = mrt_list_new(0, NULL);
    assert_true(mrt_eq(mrt_bi_id(1, &lst, 0), mrt_bi_id(1, &lst, 0)) == 1);
    assert_true(mrt_eq(mrt_bi_id(1, &lst, 0), mrt_bi_id(1, &lst2, 0)) == 0);
    MrtValue f1 = F(1.5);
    assert_true(mrt_eq(mrt_bi_id(1, &f1, 0), mrt_bi_id(1, &h, 0)) == 0);

    MrtValue l3 = list_of(3, I(1), I(2), I(3));
    assert_true(mrt_bi_len(1, &l3, 0) == I(3));
    assert_true(mrt_bi_len(2, b, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "len() takes exactly one argument (2 given)");
    assert_true(mrt_bi_len(0, b, kwn(1, "x")) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "len() takes no keyword arguments");
}

/* ---- mrt_parse_args ------------------------------------------------------------------------ */

static void test_parse_args(void **state)
{
    static const char *const kwl[] = {"key", "reverse", NULL};
    MrtValue args[4] = {I(1), I(2), I(3), I(4)}, out[4];

    assert_int_equal(mrt_parse_args("f", 1, args, 0, 1, 2, NULL, out), 0);
    assert_true(out[0] == I(1) && out[1] == 0);
    /* keyword values follow the positionals and land after max_pos */
    assert_int_equal(mrt_parse_args("g", 1, args, kwn(1, "reverse"), 1, 2, kwl, out), 0);
    assert_true(out[0] == I(1) && out[1] == 0 && out[2] == 0 && out[3] == I(2));

    assert_int_equal(mrt_parse_args("len", 2, args, 0, 1, 1, NULL, out), -1);
    expect_exc(&mrt_type_TypeError, "len() takes exactly one argument (2 given)");
    assert_int_equal(mrt_parse_args("f", 1, args, 0, 0, 0, NULL, out), -1);
    expect_exc(&mrt_type_TypeError, "f() takes no arguments (1 given)");
    assert_int_equal(mrt_parse_args("getattr", 4, args, 0, 2, 3, NULL, out), -1);
    expect_exc(&mrt_type_TypeError, "getattr expected at most 3 arguments, got 4");
    assert_int_equal(mrt_parse_args("getattr", 1, args, 0, 2, 3, NULL, out), -1);
    expect_exc(&mrt_type_TypeError, "getattr expected at least 2 arguments, got 1");
    assert_int_equal(mrt_parse_args("hasattr", 3, args, 0, 2, 2, NULL, out), -1);
    expect_exc(&mrt_type_TypeError, "hasattr expected 2 arguments, got 3");
    assert_int_equal(mrt_parse_args("input", 2, args, 0, 0, 1, NULL, out), -1);
    expect_exc(&mrt_type_TypeError, "input expected at most 1 argument, got 2");
    assert_int_equal(mrt_parse_args("f", 1, args, kwn(1, "x"), 1, 1, NULL, out), -1);
    expect_exc(&mrt_type_TypeError, "f() takes no keyword arguments");

    assert_int_equal(mrt_parse_args("print", 0, args, kwn(1, "x"), 0, 0, kwl, out), -1);
    expect_exc(&mrt_type_TypeError, "'x' is an invalid keyword argument for print()");
    assert_int_equal(mrt_parse_args("sort", 1, args, 0, 0, 0, kwl, out), -1);
    expect_exc(&mrt_type_TypeError, "sort() takes no positional arguments");
    assert_int_equal(mrt_parse_args("split", 3, args, 0, 0, 2, kwl, out), -1);
    expect_exc(&mrt_type_TypeError, "split() takes at most 2 positional arguments (3 given)");
    assert_int_equal(mrt_parse_args("startswith", 0, args, 0, 1, 3, kwl, out), -1);
    expect_exc(&mrt_type_TypeError, "startswith() takes at least 1 positional argument (0 given)");
    assert_int_equal(mrt_parse_args("h", 3, args, 0, 1, 1, kwl, out), -1);
    expect_exc(&mrt_type_TypeError, "h() takes exactly 1 positional argument (3 given)");
    assert_int_equal(mrt_parse_args("h", 1, args, kwn(3, "key", "reverse", "key"), 1, 1, kwl, out), -1);
    expect_exc(&mrt_type_TypeError, "h() takes at most 3 arguments (4 given)");
    assert_true(mrt_cur_exc == 0);
}

/* ---- print / input / textio ------------------------------------------------------------------ */

static MrtValue rec_buf;
static MrtValue rec_write(int nargs, const MrtValue *args, MrtValue kw)
{
    mrt_list_append(rec_buf, args[0]);
    return mrt_small(0);
}

static void test_print(void **state)
{
    Capture c;
    cap_start(&c, 1);
    MrtValue a[5] = {I(1), S("two"), F(3.5), S("-"), S("!\n")};
    assert_true(mrt_bi_print(3, a, 0) == MRT_NONE);
    assert_true(mrt_bi_print(3, a, kwn(2, "sep", "end")) == MRT_NONE);
    MrtValue n[3] = {I(7), MRT_NONE, MRT_NONE};
    assert_true(mrt_bi_print(1, n, kwn(2, "sep", "end")) == MRT_NONE);
    assert_true(mrt_bi_print(0, NULL, 0) == MRT_NONE);
    MrtValue u = S("h\xc3\xa9llo\n");
    expect_repr(mrt_call_method(mrt_io_stdout(), mrt_intern("write"), 1, &u, 0), "6");
    assert_string_equal(cap_end(&c), "1 two 3.5\n1-two-3.5!\n7\n\nh\xc3\xa9llo\n");

    /* file=sys.stderr, flush=True */
    cap_start(&c, 2);
    MrtValue e[3] = {S("err"), mrt_io_stderr(), MRT_TRUE};
    assert_true(mrt_bi_print(1, e, kwn(2, "file", "flush")) == MRT_NONE);
    assert_string_equal(cap_end(&c), "err\n");

    /* any object with a write method gets one call per piece */
    static const char *const names[] = {"write"};
    MrtValue *slots = mrt_gc_malloc(sizeof(MrtValue));
    slots[0] = mrt_builtin_new("write", rec_write, 0);
    MrtValue mod = mrt_module_new("fake", 1, names, slots);
    rec_buf = mrt_list_new(0, NULL);
    MrtValue g[3] = {I(1), I(2), mod};
    assert_true(mrt_bi_print(2, g, kwn(1, "file")) == MRT_NONE);
    expect_repr(rec_buf, "['1', ' ', '2', '\\n']");

    /* errors */
    MrtValue bad[2] = {I(1), I(5)};
    assert_true(mrt_bi_print(1, bad, kwn(1, "sep")) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "sep must be None or a string, not int");
    assert_true(mrt_bi_print(1, bad, kwn(1, "end")) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "end must be None or a string, not int");
    assert_true(mrt_bi_print(1, bad, kwn(1, "x")) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "'x' is an invalid keyword argument for print()");
    MrtValue nf[2] = {I(1), mrt_list_new(0, NULL)};
    assert_true(mrt_bi_print(1, nf, kwn(1, "file")) == MRT_ERR);
    expect_exc(&mrt_type_AttributeError, "'list' object has no attribute 'write'");
    MrtValue one = I(1);
    assert_true(mrt_call_method(mrt_io_stdout(), mrt_intern("write"), 1, &one, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "write() argument must be str, not int");
}

static void test_input(void **state)
{
    /* feed stdin from a file holding two lines, the last without a newline */
    FILE *in = tmpfile();
    fputs("hello world\nlast", in);
    fflush(in);
    rewind(in);
    int saved_in = dup(0);
    dup2(fileno(in), 0);
    clearerr(stdin);

    Capture c;
    cap_start(&c, 1);
    MrtValue prompt = S("> ");
    expect_repr(mrt_bi_input(1, &prompt, 0), "'hello world'");
    expect_repr(mrt_bi_input(0, NULL, 0), "'last'");
    assert_true(mrt_bi_input(0, NULL, 0) == MRT_ERR);
    expect_exc(&mrt_type_EOFError, "EOF when reading a line");
    assert_string_equal(cap_end(&c), "> ");
    MrtValue two[2] = {prompt, prompt};
    assert_true(mrt_bi_input(2, two, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "input expected at most 1 argument, got 2");

    /* invalid UTF-8 is an error, as with CPython's strict stdin */
    FILE *bad = tmpfile();
    fputs("ok\xe2\x82x\n", bad);
    fflush(bad);
    rewind(bad);
    dup2(fileno(bad), 0);
    clearerr(stdin);
    assert_true(mrt_io_readline() == MRT_ERR);
    expect_exc(&mrt_type_UnicodeDecodeError,
               "'utf-8' codec can't decode bytes in position 2-3: invalid continuation byte");

    dup2(saved_in, 0);
    close(saved_in);
    fclose(in);
    fclose(bad);
}

static void test_open_stub(void **state)
{
    MrtValue p = S("data.txt");
    assert_true(mrt_bi_open(1, &p, 0) == MRT_ERR);
    expect_exc(&mrt_type_PermissionError, "fs.read denied for 'data.txt'");
    MrtValue pw[2] = {p, S("w")};
    assert_true(mrt_bi_open(2, pw, 0) == MRT_ERR);
    expect_exc(&mrt_type_PermissionError, "fs.write denied for 'data.txt'");
    assert_true(mrt_bi_open(1, pw, kwn(1, "mode")) == MRT_ERR);
    expect_exc(&mrt_type_PermissionError, "fs.write denied for 'data.txt'");
    MrtValue pwk[3] = {p, S("w"), S("r")}; /* two positionals, then the value of mode= */
    assert_true(mrt_bi_open(2, pwk, kwn(1, "mode")) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "argument for open() given by name ('mode') and position (2)");
    assert_true(mrt_bi_open(0, NULL, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "open() missing required argument 'file' (pos 1)");
}

/* ---- sys -------------------------------------------------------------------------------------- */

static MrtValue sys_attr(const char *name) { return mrt_getattr(mrt_module_sys(), mrt_intern(name)); }

static void test_sys(void **state)
{
    MrtValue sys = mrt_module_sys();
    assert_true(sys != 0);
    assert_true(mrt_module_sys() == sys);
    assert_true(mrt_import_builtin("sys") == sys);
    assert_true(mrt_import_builtin("nosuch") == 0);
    assert_true(sys_attr("stdout") == mrt_io_stdout());
    expect_repr(sys_attr("stderr"), "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>");
    expect_repr(sys_attr("maxsize"), "9223372036854775807");
    expect_repr(sys_attr("platform"), "'linux'");
    expect_repr(sys_attr("byteorder"), "'little'");
    expect_repr(sys_attr("argv"), "['rt_builtins', 'a\xc3\xa9', '\xef\xbf\xbd']");

    int64_t old = mrt_max_depth;
    MrtValue n = I(50);
    assert_true(mrt_call(sys_attr("setrecursionlimit"), 1, &n, 0) == MRT_NONE);
    expect_repr(mrt_call(sys_attr("getrecursionlimit"), 0, NULL, 0), "50");
    assert_int_equal(mrt_max_depth, 50);
    mrt_max_depth = old;
    MrtValue z = I(0);
    assert_true(mrt_call(sys_attr("setrecursionlimit"), 1, &z, 0) == MRT_ERR);
    expect_exc(&mrt_type_ValueError, "recursion limit must be greater or equal than 1");
    MrtValue fl = F(1.5);
    assert_true(mrt_call(sys_attr("setrecursionlimit"), 1, &fl, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "'float' object cannot be interpreted as an integer");
    assert_true(mrt_call(sys_attr("getrecursionlimit"), 1, &fl, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "sys.getrecursionlimit() takes no arguments (1 given)");

    /* sys.exit raises SystemExit; the status follows CPython's rules */
    MrtValue code = I(3);
    assert_true(mrt_call(sys_attr("exit"), 1, &code, 0) == MRT_ERR);
    MrtValue exc = mrt_exc_fetch();
    assert_true(mrt_isinstance_of(exc, &mrt_type_SystemExit));
    assert_int_equal(mrt_sys_exit_status(exc), 3);
    assert_true(mrt_call(sys_attr("exit"), 0, NULL, 0) == MRT_ERR);
    assert_int_equal(mrt_sys_exit_status(mrt_exc_fetch()), 0);
    MrtValue none = MRT_NONE;
    assert_true(mrt_call(sys_attr("exit"), 1, &none, 0) == MRT_ERR);
    exc = mrt_exc_fetch();
    expect_repr(mrt_exc_args(exc), "()");
    assert_int_equal(mrt_sys_exit_status(exc), 0);
    MrtValue neg = I(-1);
    assert_int_equal(mrt_sys_exit_status(mrt_exc_new(&mrt_type_SystemExit, 1, &neg)), 255);
    Capture c;
    cap_start(&c, 2);
    MrtValue msg = S("bye now");
    assert_int_equal(mrt_sys_exit_status(mrt_exc_new(&mrt_type_SystemExit, 1, &msg)), 1);
    MrtValue two[2] = {I(1), I(2)};
    assert_int_equal(mrt_sys_exit_status(mrt_exc_new(&mrt_type_SystemExit, 2, two)), 1);
    assert_string_equal(cap_end(&c), "bye now\n(1, 2)\n");
    assert_true(mrt_call(sys_attr("exit"), 2, two, 0) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "exit expected at most 1 argument, got 2");
    assert_true(mrt_call(sys_attr("exit"), 0, two, kwn(1, "x")) == MRT_ERR);
    expect_exc(&mrt_type_TypeError, "sys.exit() takes no keyword arguments");
}

static void test_builtin_objs(void **state)
{
    for (int i = 0; i < MRT_NBUILTINS; i++) assert_true(mrt_is_ptr(mrt_builtin_objs[i]));
    MrtValue l = list_of(2, I(4), I(5));
    assert_true(mrt_call(mrt_builtin_objs[MRT_BI_len], 1, &l, 0) == I(2));
    expect_repr(mrt_builtin_objs[MRT_BI_print], "<built-in function print>");
}

int main(void)
{
    static char *argv[] = {"rt_builtins", "a\xc3\xa9", "\xff", NULL};
    mrt_init(3, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_min_max),
        cmocka_unit_test(test_sum),
        cmocka_unit_test(test_zip),
        cmocka_unit_test(test_enumerate),
        cmocka_unit_test(test_map_filter),
        cmocka_unit_test(test_reversed),
        cmocka_unit_test(test_any_all_short_circuit),
        cmocka_unit_test(test_iter_next),
        cmocka_unit_test(test_isinstance),
        cmocka_unit_test(test_attrs_and_misc),
        cmocka_unit_test(test_parse_args),
        cmocka_unit_test(test_print),
        cmocka_unit_test(test_input),
        cmocka_unit_test(test_open_stub),
        cmocka_unit_test(test_sys),
        cmocka_unit_test(test_builtin_objs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
