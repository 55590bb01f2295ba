/* rt_test.h — assertions shared by the runtime's cmocka tests (include after
 * cmocka.h and mrt.h). */
#ifndef RT_TEST_H
#define RT_TEST_H

/* repr(v) must be exactly `want`. */
static inline void assert_repr(MrtValue v, const char *want)
{
    assert_true(v != 0);
    MrtValue r = mrt_repr(v);
    assert_true(r != 0);
    assert_string_equal(mrt_str_data(r), want);
}

/* An exception of type t is pending (and is taken); msg, if given, is its str(). */
static inline void assert_exc(MrtType *t, const char *msg)
{
    assert_true(mrt_cur_exc != 0);
    MrtValue e = mrt_exc_fetch();
    assert_string_equal(mrt_type_of(e)->name, t->name);
    if (msg) {
        MrtValue s = mrt_str(e);
        assert_true(s != 0);
        assert_string_equal(mrt_str_data(s), msg);
    }
}

#endif
