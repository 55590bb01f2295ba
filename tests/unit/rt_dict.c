/* rt_dict.c — dict: insertion order through deletes and resizes, views and
 * their set operations, popitem order, equality, and CPython's error messages.
 * Expected strings were printed by python3 (CPython 3.11.7) for the same input. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "mrt.h"
#include "rt_test.h"

/* ---- helpers -------------------------------------------------------------- */

static MrtValue I(int64_t v) { return mrt_int_from_i64(v); }

/* dict from "k v k v ..." ints */
static MrtValue dict_of(const char *s)
{
    MrtValue d = mrt_dict_new();
    char *end;
    for (;;) {
        while (*s == ' ') s++;
        if (!*s) return d;
        long long k = strtoll(s, &end, 10);
        long long v = strtoll(end, &end, 10);
        assert_int_equal(mrt_dict_set(d, I(k), I(v)), 0);
        s = end;
    }
}

static MrtValue call(MrtValue obj, const char *meth, int n, MrtValue *args)
{
    return mrt_call_method(obj, mrt_intern(meth), n, args, 0);
}

/* ---- tests ---------------------------------------------------------------- */

static void test_order_after_delete_reinsert(void **state)
{
    MrtValue d = mrt_dict_new();
    for (int i = 0; i < 20; i++) mrt_dict_set(d, I(i), I(i));
    for (int i = 0; i < 20; i += 3) assert_int_equal(mrt_dict_del(d, I(i)), 0);
    for (int i = 0; i < 20; i += 6) mrt_dict_set(d, I(i), I(-i));
    assert_repr(d, "{1: 1, 2: 2, 4: 4, 5: 5, 7: 7, 8: 8, 10: 10, 11: 11, 13: 13, 14: 14, 16: 16, 17: 17, "
                   "19: 19, 0: 0, 6: -6, 12: -12, 18: -18}");
    /* overwriting keeps the position */
    mrt_dict_set(d, I(1), I(100));
    MrtValue k, v;
    int64_t pos = 0;
    assert_true(mrt_dict_next(d, &pos, &k, &v));
    assert_int_equal(mrt_small_val(k), 1);
    assert_int_equal(mrt_small_val(v), 100);
    assert_int_equal(mrt_dict_del(d, I(999)), 1); /* missing: no exception */
    assert_true(mrt_cur_exc == 0);
}

static void test_many_inserts_and_deletes(void **state)
{
    MrtValue d = mrt_dict_new();
    for (int64_t i = 0; i < 10000; i++) assert_int_equal(mrt_dict_set(d, I(i * 37), I(i)), 0);
    assert_int_equal(mrt_dict_len(d), 10000);
    for (int64_t i = 0; i < 10000; i += 2) assert_int_equal(mrt_dict_del(d, I(i * 37)), 0);
    for (int64_t i = 0; i < 10000; i += 4) assert_int_equal(mrt_dict_set(d, I(i * 37), I(-i)), 0);
    assert_int_equal(mrt_dict_len(d), 7500);
    /* odd i in order, then multiples of 4 in order */
    int64_t pos = 0, n = 0;
    MrtValue k, v;
    while (mrt_dict_next(d, &pos, &k, &v)) {
        int64_t want = n < 5000 ? 2 * n + 1 : 4 * (n - 5000);
        assert_int_equal(mrt_small_val(k), want * 37);
        assert_int_equal(mrt_small_val(v), n < 5000 ? want : -want);
        n++;
    }
    assert_int_equal(n, 7500);
    for (int64_t i = 0; i < 10000; i++) {
        MrtValue out;
        int r = mrt_dict_lookup(d, I(i * 37), &out);
        assert_int_equal(r, (i % 2 == 1 || i % 4 == 0) ? 1 : 0);
        assert_int_equal(mrt_dict_lookup(d, I(i * 37 + 1), &out), 0);
    }
    /* delete everything: empty again, and usable afterwards */
    for (int64_t i = 0; i < 10000; i++) mrt_dict_del(d, I(i * 37));
    assert_int_equal(mrt_dict_len(d), 0);
    assert_repr(d, "{}");
    mrt_dict_set(d, I(5), I(6));
    assert_repr(d, "{5: 6}");
}

static void test_str_keys_and_repr(void **state)
{
    MrtValue d = mrt_dict_new();
    mrt_dict_set(d, mrt_str_from_cstr("a"), I(1));
    mrt_dict_set(d, mrt_str_from_cstr("b"), mrt_str_from_cstr("x'y"));
    assert_repr(d, "{'a': 1, 'b': \"x'y\"}");
    /* a different str object with the same text finds the entry */
    MrtValue out;
    assert_int_equal(mrt_dict_lookup(d, mrt_str_from_cstr("a"), &out), 1);
    assert_int_equal(mrt_small_val(out), 1);
    /* recursion guard */
    mrt_dict_set(d, I(1), d);
    assert_repr(d, "{'a': 1, 'b': \"x'y\", 1: {...}}");
}

static void test_views(void **state)
{
    MrtValue d = dict_of("1 2 3 4 5 6"), e = dict_of("3 4 5 7 8 9");
    MrtValue dk = call(d, "keys", 0, NULL), ek = call(e, "keys", 0, NULL);
    MrtValue di = call(d, "items", 0, NULL), ei = call(e, "items", 0, NULL);
    assert_repr(dk, "dict_keys([1, 3, 5])");
    assert_repr(call(d, "values", 0, NULL), "dict_values([2, 4, 6])");
    assert_repr(di, "dict_items([(1, 2), (3, 4), (5, 6)])");
    assert_repr(mrt_list_from_iter(di), "[(1, 2), (3, 4), (5, 6)]");
    assert_int_equal(mrt_len(dk), 3);
    /* views are live */
    mrt_dict_set(d, I(7), I(8));
    assert_repr(dk, "dict_keys([1, 3, 5, 7])");
    mrt_dict_del(d, I(7));
    /* set operations, expected orders from python3 */
    assert_repr(mrt_binop(dk, ek, MRT_OP_OR), "{8, 1, 3, 5}");
    assert_repr(mrt_binop(dk, ek, MRT_OP_AND), "{3, 5}");
    assert_repr(mrt_binop(dk, ek, MRT_OP_SUB), "{1}");
    assert_repr(mrt_binop(dk, ek, MRT_OP_XOR), "{8, 1}");
    assert_repr(mrt_binop(di, ei, MRT_OP_OR), "{(1, 2), (3, 4), (5, 7), (8, 9), (5, 6)}");
    assert_repr(mrt_binop(di, ei, MRT_OP_AND), "{(3, 4)}");
    assert_repr(mrt_binop(di, ei, MRT_OP_SUB), "{(1, 2), (5, 6)}");
    assert_repr(mrt_binop(di, ei, MRT_OP_XOR), "{(1, 2), (8, 9), (5, 6), (5, 7)}");
    MrtValue l = mrt_list_new(0, NULL);
    mrt_list_append(l, I(10));
    mrt_list_append(l, I(1));
    assert_repr(mrt_binop(dk, l, MRT_OP_OR), "{1, 10, 3, 5}");
    assert_repr(mrt_binop(l, dk, MRT_OP_OR), "{1, 10, 3, 5}");
    assert_repr(mrt_binop(dk, l, MRT_OP_XOR), "{10, 3, 5}");
    /* comparisons with sets */
    MrtValue s = mrt_set_new();
    mrt_set_add(s, I(1));
    mrt_set_add(s, I(3));
    mrt_set_add(s, I(5));
    assert_true(mrt_compare(dk, s, MRT_CMP_EQ) == MRT_TRUE);
    mrt_set_add(s, I(7));
    assert_true(mrt_compare(dk, s, MRT_CMP_LT) == MRT_TRUE);
    assert_true(mrt_compare(dk, ek, MRT_CMP_EQ) == MRT_FALSE);
    /* containment */
    MrtValue kv[2] = {I(3), I(4)};
    assert_int_equal(mrt_contains(di, mrt_tuple_new(2, kv)), 1);
    kv[1] = I(5);
    assert_int_equal(mrt_contains(di, mrt_tuple_new(2, kv)), 0);
    assert_int_equal(mrt_contains(di, I(3)), 0);
    assert_int_equal(mrt_contains(dk, I(3)), 1);
    assert_int_equal(mrt_contains(call(d, "values", 0, NULL), I(6)), 1);
}

static void test_popitem_lifo(void **state)
{
    MrtValue d = dict_of("1 10 2 20 3 30");
    assert_repr(call(d, "popitem", 0, NULL), "(3, 30)");
    mrt_dict_set(d, I(4), I(40));
    assert_repr(call(d, "popitem", 0, NULL), "(4, 40)");
    assert_repr(call(d, "popitem", 0, NULL), "(2, 20)");
    assert_repr(call(d, "popitem", 0, NULL), "(1, 10)");
    assert_true(call(d, "popitem", 0, NULL) == 0);
    assert_exc(&mrt_type_KeyError, "'popitem(): dictionary is empty'");
}

static void test_equality(void **state)
{
    MrtValue a = dict_of("1 2 3 4"), b = dict_of("3 4 1 2"), c = dict_of("1 2 3 5");
    assert_true(mrt_compare(a, b, MRT_CMP_EQ) == MRT_TRUE);
    assert_true(mrt_compare(a, c, MRT_CMP_EQ) == MRT_FALSE);
    assert_true(mrt_compare(a, c, MRT_CMP_NE) == MRT_TRUE);
    assert_true(mrt_compare(a, dict_of("1 2"), MRT_CMP_EQ) == MRT_FALSE);
    assert_true(mrt_compare(a, b, MRT_CMP_LT) == 0);
    assert_exc(&mrt_type_TypeError, "'<' not supported between instances of 'dict' and 'dict'");
    /* 1 == 1.0: equal values under equal keys */
    MrtValue f = mrt_dict_new();
    mrt_dict_set(f, I(1), mrt_float(2.0));
    mrt_dict_set(f, I(3), I(4));
    assert_true(mrt_compare(a, f, MRT_CMP_EQ) == MRT_TRUE);
}

static void test_methods(void **state)
{
    MrtValue d = dict_of("1 2");
    MrtValue args[2] = {I(5), I(6)};
    assert_true(call(d, "get", 1, args) == MRT_NONE);
    assert_int_equal(mrt_small_val(call(d, "get", 2, args)), 6);
    assert_int_equal(mrt_small_val(call(d, "setdefault", 2, args)), 6);
    assert_int_equal(mrt_small_val(call(d, "pop", 1, args)), 6);
    assert_true(call(d, "pop", 1, args) == 0);
    assert_exc(&mrt_type_KeyError, "5");
    assert_int_equal(mrt_small_val(call(d, "pop", 2, args)), 6);
    MrtValue c = call(d, "copy", 0, NULL);
    mrt_dict_set(c, I(9), I(9));
    assert_repr(d, "{1: 2}");
    assert_repr(c, "{1: 2, 9: 9}");
    assert_repr(mrt_binop(d, c, MRT_OP_OR), "{1: 2, 9: 9}");
    assert_true(call(c, "clear", 0, NULL) == MRT_NONE);
    assert_repr(c, "{}");
    /* dict.fromkeys is a classmethod */
    MrtValue l = mrt_list_new(0, NULL);
    mrt_list_append(l, I(3));
    mrt_list_append(l, I(1));
    mrt_list_append(l, I(2));
    MrtValue fk[2] = {l, I(0)};
    assert_repr(mrt_call_method(mrt_from_obj(&mrt_type_dict), mrt_intern("fromkeys"), 2, fk, 0), "{3: 0, 1: 0, 2: 0}");
    /* update from pairs and keywords */
    MrtValue pairs = mrt_list_new(0, NULL), p[2] = {I(7), I(8)};
    mrt_list_append(pairs, mrt_tuple_new(2, p));
    mrt_list_append(pairs, mrt_str_from_cstr("ab"));
    MrtValue names[1] = {mrt_intern("z")};
    MrtValue ua[2] = {pairs, I(26)};
    assert_true(mrt_call_method(d, mrt_intern("update"), 1, ua, mrt_tuple_new(1, names)) == MRT_NONE);
    assert_repr(d, "{1: 2, 7: 8, 'a': 'b', 'z': 26}");
}

static void test_errors(void **state)
{
    MrtValue d = dict_of("1 2");
    MrtValue key = mrt_str_from_cstr("b");
    assert_true(mrt_getitem(d, key) == 0);
    /* KeyError carries the key itself as its argument */
    MrtValue e = mrt_exc_fetch();
    assert_string_equal(mrt_type_of(e)->name, "KeyError");
    assert_true(((MrtTuple *)mrt_obj(mrt_exc_args(e)))->items[0] == key);
    assert_int_equal(mrt_setitem(d, mrt_list_new(0, NULL), I(1)), -1);
    assert_exc(&mrt_type_TypeError, "unhashable type: 'list'");
    assert_int_equal(mrt_delitem(d, I(42)), -1);
    assert_exc(&mrt_type_KeyError, "42");
    /* bad update sequences */
    MrtValue bad = mrt_list_new(0, NULL);
    mrt_list_append(bad, I(1));
    assert_int_equal(mrt_dict_update(d, bad), -1);
    assert_exc(&mrt_type_TypeError, "cannot convert dictionary update sequence element #0 to a sequence");
    MrtValue three[3] = {I(1), I(2), I(3)};
    bad = mrt_list_new(0, NULL);
    mrt_list_append(bad, mrt_tuple_new(3, three));
    assert_int_equal(mrt_dict_update(d, bad), -1);
    assert_exc(&mrt_type_ValueError, "dictionary update sequence element #0 has length 3; 2 is required");
    assert_true(call(d, "get", 0, NULL) == 0);
    assert_exc(&mrt_type_TypeError, "get expected at least 1 argument, got 0");
    assert_true(call(d, "keys", 1, three) == 0);
    assert_exc(&mrt_type_TypeError, "dict.keys() takes no arguments (1 given)");
    MrtValue two[2] = {d, d};
    assert_true(mrt_type_dict.tp_new(&mrt_type_dict, 2, two, 0) == 0);
    assert_exc(&mrt_type_TypeError, "dict expected at most 1 argument, got 2");
}

static void test_changed_during_iteration(void **state)
{
    MrtValue d = dict_of("1 1 2 2");
    MrtValue it = mrt_iter(d);
    assert_true(mrt_next(it) != 0);
    mrt_dict_set(d, I(3), I(3));
    assert_true(mrt_next(it) == 0);
    assert_exc(&mrt_type_RuntimeError, "dictionary changed size during iteration");
    /* same size, different keys: CPython notices once it sees too many */
    d = dict_of("1 1 2 2");
    it = mrt_iter(d);
    MrtValue k;
    int n = 0;
    while ((k = mrt_next(it)) != MRT_STOP && k) {
        mrt_dict_del(d, k);
        mrt_dict_set(d, I(mrt_small_val(k) + 10), I(3));
        n++;
    }
    assert_int_equal(n, 2);
    assert_true(k == 0);
    assert_exc(&mrt_type_RuntimeError, "dictionary keys changed during iteration");
    /* values and items iterators check too */
    d = dict_of("1 1");
    it = mrt_iter(call(d, "values", 0, NULL));
    mrt_dict_set(d, I(5), I(5));
    assert_true(mrt_next(it) == 0);
    assert_exc(&mrt_type_RuntimeError, "dictionary changed size during iteration");
}

static void test_reversed(void **state)
{
    MrtValue d = dict_of("1 10 2 20 3 30");
    mrt_dict_del(d, I(2));
    assert_repr(mrt_list_from_iter(call(d, "__reversed__", 0, NULL)), "[3, 1]");
    MrtValue items = call(d, "items", 0, NULL);
    assert_repr(mrt_list_from_iter(call(items, "__reversed__", 0, NULL)), "[(3, 30), (1, 10)]");
}

int main(int argc, char **argv)
{
    mrt_init(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_order_after_delete_reinsert),
        cmocka_unit_test(test_many_inserts_and_deletes),
        cmocka_unit_test(test_str_keys_and_repr),
        cmocka_unit_test(test_views),
        cmocka_unit_test(test_popitem_lifo),
        cmocka_unit_test(test_equality),
        cmocka_unit_test(test_methods),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_changed_during_iteration),
        cmocka_unit_test(test_reversed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
