/* rt_str.c — unit tests of str and bytes: code point indexing and slicing
 * over UTF-8, methods and their edge cases, repr quoting, interning, hashing,
 * case mapping, codecs, and the C-side builders (MrtBuf, mrt_str_printf).
 * Expected values are what CPython 3.11 gives. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>
#include <sys/types.h>

#include "mrt_strs.h"

/* ---- helpers ------------------------------------------------------------------ */

static MrtValue S(const char *s) { return mrt_str_from_cstr(s); }
static MrtValue I(int64_t i) { return mrt_int_from_i64(i); }

/* s.name(args...) with positional arguments */
static MrtValue call(MrtValue self, const char *name, int n, ...)
{
    MrtValue args[8];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) args[i] = va_arg(ap, MrtValue);
    va_end(ap);
    return mrt_call_method(self, mrt_intern(name), n, args, 0);
}

static void expect_str(MrtValue v, const char *want)
{
    if (!v) {
        MrtValue e = mrt_exc_fetch();
        fail_msg("unexpected %s: %s", mrt_type_of(e)->name, mrt_str_data(mrt_str(e)));
    }
    assert_true(mrt_is_str(v));
    assert_string_equal(mrt_str_data(v), want);
}

static void expect_repr(MrtValue v, const char *want)
{
    if (!v) {
        MrtValue e = mrt_exc_fetch();
        fail_msg("unexpected %s: %s", mrt_type_of(e)->name, mrt_str_data(mrt_str(e)));
    }
    MrtValue r = mrt_repr(v);
    assert_true(r != 0);
    assert_string_equal(mrt_str_data(r), want);
}

static void expect_exc(MrtValue v, MrtType *t, const char *msg)
{
    assert_true(v == MRT_ERR);
    assert_true(mrt_cur_exc != 0);
    MrtValue e = mrt_exc_fetch();
    assert_string_equal(mrt_type_of(e)->name, t->name);
    MrtValue s = mrt_str(e);
    assert_true(s != 0);
    assert_string_equal(mrt_str_data(s), msg);
}

static MrtValue slice(MrtValue s, MrtValue a, MrtValue b, MrtValue c) { return mrt_getitem(s, mrt_slice_new(a, b, c)); }

/* ---- indexing and slicing -------------------------------------------------------- */

static void test_index_ascii(void **state)
{
    MrtValue s = S("abcdefghij");
    assert_int_equal(mrt_len(s), 10);
    expect_str(mrt_getitem(s, I(0)), "a");
    expect_str(mrt_getitem(s, I(-1)), "j");
    expect_str(mrt_getitem(s, I(-10)), "a");
    expect_str(mrt_getitem(s, MRT_TRUE), "b");
    expect_exc(mrt_getitem(s, I(10)), &mrt_type_IndexError, "string index out of range");
    expect_exc(mrt_getitem(s, I(-11)), &mrt_type_IndexError, "string index out of range");
    expect_exc(mrt_getitem(s, S("a")), &mrt_type_TypeError, "string indices must be integers, not 'str'");
    expect_exc(mrt_getitem(s, mrt_float(1.5)), &mrt_type_TypeError, "string indices must be integers, not 'float'");
    expect_str(slice(s, I(2), I(5), MRT_NONE), "cde");
    expect_str(slice(s, MRT_NONE, MRT_NONE, I(-1)), "jihgfedcba");
    expect_str(slice(s, I(8), I(2), I(-2)), "ige");
    expect_str(slice(s, I(-100), I(2), MRT_NONE), "ab");
    expect_str(slice(s, I(7), I(3), MRT_NONE), "");
    expect_exc(slice(s, MRT_NONE, MRT_NONE, I(0)), &mrt_type_ValueError, "slice step cannot be zero");
    /* the full slice is the string itself */
    assert_true(slice(s, MRT_NONE, MRT_NONE, MRT_NONE) == s);
}

static void test_index_unicode(void **state)
{
    MrtValue s = S("h\xc3\xa9llo w\xc3\xb6rld \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80!"); /* héllo wörld 日本 😀! */
    assert_int_equal(mrt_len(s), 17);
    assert_int_equal(mrt_len(S("\xf0\x9f\x98\x80")), 1); /* len("😀") == 1 */
    expect_str(mrt_getitem(s, I(1)), "\xc3\xa9");
    expect_str(mrt_getitem(s, I(12)), "\xe6\x97\xa5");
    expect_str(mrt_getitem(s, I(15)), "\xf0\x9f\x98\x80");
    expect_str(mrt_getitem(s, I(-2)), "\xf0\x9f\x98\x80");
    expect_str(mrt_getitem(s, I(-1)), "!");
    expect_exc(mrt_getitem(s, I(17)), &mrt_type_IndexError, "string index out of range");
    expect_str(slice(s, I(12), I(14), MRT_NONE), "\xe6\x97\xa5\xe6\x9c\xac");
    expect_str(slice(s, I(-4), MRT_NONE, MRT_NONE), "\xe6\x9c\xac \xf0\x9f\x98\x80!");
    expect_str(slice(s, MRT_NONE, MRT_NONE, I(-1)),
               "!\xf0\x9f\x98\x80 \xe6\x9c\xac\xe6\x97\xa5 dlr\xc3\xb6w oll\xc3\xa9h");
    expect_str(slice(s, I(1), MRT_NONE, I(3)), "\xc3\xa9o\xc3\xb6"
                                               "d\xe6\x9c\xac!");
    expect_str(slice(s, I(100), MRT_NONE, MRT_NONE), "");
}

/* Long non-ASCII strings carry a code point index: check every position
 * against a walk from the start, in both directions. */
static void test_index_long_unicode(void **state)
{
    const char *pieces[] = {"a", "\xc3\xa9", "\xe6\x97\xa5", "\xf0\x9f\x98\x80"};
    char buf[4096];
    int off[1001], n = 0, pos = 0;
    for (int i = 0; i < 1000; i++) {
        const char *p = pieces[(i * 7 + i / 3) % 4];
        off[n++] = pos;
        memcpy(buf + pos, p, strlen(p));
        pos += (int)strlen(p);
    }
    off[n] = pos;
    MrtValue s = mrt_str_new(buf, pos);
    assert_int_equal(mrt_len(s), 1000);
    for (int i = 0; i < 1000; i += 1) {
        MrtValue c = mrt_getitem(s, I(i));
        assert_true(c != 0);
        assert_int_equal(((MrtStr *)mrt_obj(c))->size, off[i + 1] - off[i]);
        assert_memory_equal(mrt_str_data(c), buf + off[i], off[i + 1] - off[i]);
        MrtValue d = mrt_getitem(s, I(i - 1000));
        assert_true(mrt_str_eq(c, d));
    }
    MrtValue mid = slice(s, I(333), I(777), MRT_NONE);
    assert_int_equal(mrt_len(mid), 444);
    assert_memory_equal(mrt_str_data(mid), buf + off[333], off[777] - off[333]);
    /* reversing twice gives the string back */
    MrtValue rev = slice(slice(s, MRT_NONE, MRT_NONE, I(-1)), MRT_NONE, MRT_NONE, I(-1));
    assert_true(mrt_str_eq(rev, s));
    /* find past the index stride */
    MrtValue r = call(s, "find", 2, S("\xf0\x9f\x98\x80"), I(900));
    assert_true(mrt_is_small(r));
    int64_t at = mrt_small_val(r);
    assert_true(at >= 900);
    assert_memory_equal(buf + off[at], "\xf0\x9f\x98\x80", 4);
}

static void test_iteration(void **state)
{
    MrtValue it = mrt_iter(S("a\xc3\xa9\xf0\x9f\x98\x80"));
    assert_true(it != 0);
    MrtValue a = mrt_next(it);
    expect_str(a, "a");
    assert_true(a == mrt_next(mrt_iter(S("a")))); /* one-char ASCII strings are cached */
    expect_str(mrt_next(it), "\xc3\xa9");
    expect_str(mrt_next(it), "\xf0\x9f\x98\x80");
    assert_true(mrt_next(it) == MRT_STOP);
}

/* ---- operators ---------------------------------------------------------------- */

static void test_operators(void **state)
{
    expect_str(mrt_binop(S("ab"), S("cd"), MRT_OP_ADD), "abcd");
    expect_str(mrt_binop(S("ab"), I(3), MRT_OP_MUL), "ababab");
    expect_str(mrt_binop(I(2), S("\xe6\x97\xa5"), MRT_OP_MUL), "\xe6\x97\xa5\xe6\x97\xa5");
    expect_str(mrt_binop(S("ab"), I(-2), MRT_OP_MUL), "");
    expect_exc(mrt_binop(S("a"), I(1), MRT_OP_ADD), &mrt_type_TypeError,
               "can only concatenate str (not \"int\") to str");
    expect_exc(mrt_binop(S("a"), mrt_float(1.5), MRT_OP_MUL), &mrt_type_TypeError,
               "can't multiply sequence by non-int of type 'float'");
    expect_exc(mrt_binop(S("ab"), mrt_int_from_str("4611686018427387904", 19, 10), MRT_OP_MUL), &mrt_type_OverflowError,
               "repeated string is too long");
    assert_int_equal(mrt_compare_bool(S("abc"), S("abd"), MRT_CMP_LT), 1);
    assert_int_equal(mrt_compare_bool(S("abc"), S("ab"), MRT_CMP_LT), 0);
    /* code point order: a < é < 日 < 😀 */
    assert_int_equal(mrt_compare_bool(S("a"), S("\xc3\xa9"), MRT_CMP_LT), 1);
    assert_int_equal(mrt_compare_bool(S("\xc3\xa9"), S("\xe6\x97\xa5"), MRT_CMP_LT), 1);
    assert_int_equal(mrt_compare_bool(S("\xe6\x97\xa5"), S("\xf0\x9f\x98\x80"), MRT_CMP_LT), 1);
    assert_int_equal(mrt_contains(S("hello"), S("ell")), 1);
    assert_int_equal(mrt_contains(S("hello"), S("")), 1);
    assert_int_equal(mrt_contains(S("hello"), S("elo")), 0);
    assert_int_equal(mrt_contains(S("hello"), I(1)), -1);
    expect_exc(MRT_ERR, &mrt_type_TypeError, "'in <string>' requires string as left operand, not int");
    assert_int_equal(mrt_truthy(S("")), 0);
    assert_int_equal(mrt_truthy(S("x")), 1);
}

static void test_repr(void **state)
{
    expect_str(mrt_repr(S("it's")), "\"it's\"");
    expect_str(mrt_repr(S("say \"hi\"")), "'say \"hi\"'");
    expect_str(mrt_repr(S("both ' and \"")), "'both \\' and \"'");
    expect_str(mrt_repr(S("\\")), "'\\\\'");
    expect_str(mrt_repr(S("")), "''");
    expect_str(mrt_repr(S("\t\n\r\x07\x1b\x7f")), "'\\t\\n\\r\\x07\\x1b\\x7f'");
    /* printable non-ASCII stays; U+00A0, U+00AD, U+200B, U+FEFF and unassigned are escaped */
    expect_str(mrt_repr(S("\xc3\xa9\xe2\x98\x83\xf0\x9f\x98\x80")), "'\xc3\xa9\xe2\x98\x83\xf0\x9f\x98\x80'");
    expect_str(mrt_repr(S("\xc2\xa0\xc2\xad\xe2\x80\x8b\xef\xbb\xbf\xcd\xb8")), "'\\xa0\\xad\\u200b\\ufeff\\u0378'");
    expect_str(mrt_repr(S("\xf3\xa0\x80\x81")), "'\\U000e0001'");
    expect_str(mrt_repr(mrt_str_from_codepoint(0xD800)), "'\\ud800'");
    expect_str(mrt_bi_ascii(1, (MrtValue[]){S("\xc3\xa9\xf0\x9f\x98\x80")}, 0), "'\\xe9\\U0001f600'");
}

static void test_intern_and_hash(void **state)
{
    MrtValue a = mrt_intern("attribute_name"), b = mrt_intern("attribute_name");
    assert_true(a == b);
    MrtValue c = S("attribute_name");
    assert_true(c != a);
    assert_true(mrt_intern_value(c) == a);
    assert_true(mrt_str_eq(a, c));
    assert_int_equal(mrt_str_hash(a), mrt_str_hash(c));
    assert_int_equal(mrt_str_hash(S("")), 0);
    assert_true(mrt_str_hash(S("abc")) != mrt_str_hash(S("abd")));
    assert_true(mrt_str_hash(S("abc")) != -1);
    /* str and bytes of the same ASCII content hash alike, as in CPython */
    assert_int_equal(mrt_hash(S("abc")), mrt_hash(mrt_bytes_new("abc", 3)));
    /* many interned strings: the table grows and keeps identity */
    char name[32];
    MrtValue first = 0;
    for (int i = 0; i < 5000; i++) {
        snprintf(name, sizeof name, "n%d", i);
        MrtValue v = mrt_intern(name);
        if (i == 0) first = v;
    }
    assert_true(mrt_intern("n0") == first);
}

static void test_codepoints(void **state)
{
    expect_str(mrt_str_from_codepoint(0x1F600), "\xf0\x9f\x98\x80");
    expect_exc(mrt_str_from_codepoint(0x110000), &mrt_type_ValueError, "chr() arg not in range(0x110000)");
    expect_exc(mrt_bi_chr(1, (MrtValue[]){I(-1)}, 0), &mrt_type_ValueError, "chr() arg not in range(0x110000)");
    expect_exc(mrt_bi_chr(1, (MrtValue[]){S("a")}, 0), &mrt_type_TypeError,
               "'str' object cannot be interpreted as an integer");
    MrtValue r = mrt_bi_ord(1, (MrtValue[]){S("\xe2\x82\xac")}, 0);
    assert_true(r == mrt_small(8364));
    expect_exc(mrt_bi_ord(1, (MrtValue[]){S("abc")}, 0), &mrt_type_TypeError,
               "ord() expected a character, but string of length 3 found");
    expect_exc(mrt_bi_ord(1, (MrtValue[]){I(1)}, 0), &mrt_type_TypeError,
               "ord() expected string of length 1, but int found");
    assert_true(mrt_bi_ord(1, (MrtValue[]){mrt_bytes_new("\xff", 1)}, 0) == mrt_small(255));
}

/* ---- methods -------------------------------------------------------------------------- */

static void test_split(void **state)
{
    expect_repr(call(S("  a b  c  "), "split", 0), "['a', 'b', 'c']");
    expect_repr(call(S("   "), "split", 0), "[]");
    expect_repr(call(S(""), "split", 1, S(",")), "['']");
    expect_repr(call(S("x,y,,z,"), "split", 1, S(",")), "['x', 'y', '', 'z', '']");
    expect_repr(call(S("a,b,c,d"), "split", 2, S(","), I(1)), "['a', 'b,c,d']");
    expect_repr(call(S("a,b,c,d"), "rsplit", 2, S(","), I(1)), "['a,b,c', 'd']");
    expect_repr(call(S("  a  b  c  "), "split", 2, MRT_NONE, I(1)), "['a', 'b  c  ']");
    expect_repr(call(S("  a  b  c  "), "rsplit", 2, MRT_NONE, I(1)), "['  a  b', 'c']");
    expect_repr(call(S(":::"), "split", 1, S("::")), "['', ':']");
    /* Unicode whitespace: U+2028, U+001C, U+0085, U+3000 */
    expect_repr(call(S("a\xe2\x80\xa8"
                       "b\x1c"
                       "c\xc2\x85"
                       "d\xe3\x80\x80"
                       "e"),
                     "split", 0),
                "['a', 'b', 'c', 'd', 'e']");
    expect_exc(call(S("abc"), "split", 1, S("")), &mrt_type_ValueError, "empty separator");
    expect_exc(call(S("abc"), "split", 1, I(1)), &mrt_type_TypeError, "must be str or None, not int");
    MrtValue kw = mrt_tuple_new(1, (MrtValue[]){mrt_intern("maxsplit")});
    MrtValue args[2] = {S("1 2 3"), I(1)};
    expect_repr(mrt_call_method(S("1 2 3"), mrt_intern("split"), 0, args + 1, kw), "['1', '2 3']");
    expect_repr(call(S("a\r\nb\rc\n"), "splitlines", 1, MRT_TRUE), "['a\\r\\n', 'b\\r', 'c\\n']");
    expect_repr(call(S("x\r\n\r\ny\x0cz"), "splitlines", 0), "['x', '', 'y', 'z']");
}

static void test_join(void **state)
{
    MrtValue l = mrt_list_new(3, (MrtValue[]){S("a"), S("b"), S("c")});
    expect_str(call(S(", "), "join", 1, l), "a, b, c");
    expect_str(call(S("\xe6\x97\xa5"), "join", 1, S("ab")), "a\xe6\x97\xa5"
                                                            "b");
    expect_str(call(S("x"), "join", 1, mrt_list_new(0, NULL)), "");
    MrtValue one = S("only");
    assert_true(call(S("x"), "join", 1, mrt_list_new(1, &one)) == one);
    expect_exc(call(S(","), "join", 1, mrt_list_new(3, (MrtValue[]){S("a"), I(1), S("b")})), &mrt_type_TypeError,
               "sequence item 1: expected str instance, int found");
    expect_exc(call(S(","), "join", 1, I(1)), &mrt_type_TypeError, "can only join an iterable");
    expect_exc(call(S(","), "join", 0), &mrt_type_TypeError, "str.join() takes exactly one argument (0 given)");
}

static void test_strip_replace(void **state)
{
    expect_str(call(S("\t\n hi \r\n"), "strip", 0), "hi");
    expect_str(call(S("\x0b\x0cx\x1c"), "strip", 0), "x");
    expect_str(call(S("xyhiyx"), "strip", 1, S("xy")), "hi");
    expect_str(call(S("www.example.com"), "lstrip", 1, S("w.")), "example.com");
    expect_str(call(S("www.example.com"), "rstrip", 1, S(".moc")), "www.example");
    expect_str(call(S("\xe6\x97\xa5\xe6\x9c\xac\xe6\x97\xa5"), "strip", 1, S("\xe6\x97\xa5")), "\xe6\x9c\xac");
    expect_str(call(S("\xe3\x80\x80wide\xe3\x80\x80"), "strip", 0), "wide");
    expect_exc(call(S("a"), "strip", 1, I(1)), &mrt_type_TypeError, "strip arg must be None or str");
    expect_str(call(S("the cat the hat"), "replace", 2, S("the"), S("a")), "a cat a hat");
    expect_str(call(S("the cat the hat"), "replace", 3, S("the"), S("a"), I(1)), "a cat the hat");
    expect_str(call(S("abc"), "replace", 2, S(""), S("|")), "|a|b|c|");
    expect_str(call(S("abc"), "replace", 3, S(""), S("|"), I(2)), "|a|bc");
    expect_str(call(S(""), "replace", 2, S(""), S("x")), "x");
    expect_str(call(S("\xf0\x9f\x98\x80x\xf0\x9f\x98\x80"), "replace", 2, S("\xf0\x9f\x98\x80"), S("!")), "!x!");
    expect_exc(call(S("a"), "replace", 2, I(1), S("x")), &mrt_type_TypeError,
               "replace() argument 1 must be str, not int");
    expect_exc(call(S("a"), "replace", 1, S("a")), &mrt_type_TypeError, "replace expected at least 2 arguments, got 1");
}

static void test_find_count(void **state)
{
    MrtValue s = S("abracadabra");
    assert_true(call(s, "find", 1, S("bra")) == mrt_small(1));
    assert_true(call(s, "rfind", 1, S("bra")) == mrt_small(8));
    assert_true(call(s, "find", 3, S("a"), I(1), I(3)) == mrt_small(-1));
    assert_true(call(s, "find", 2, S("a"), I(-4)) == mrt_small(7));
    assert_true(call(s, "count", 3, S("a"), I(2), I(6)) == mrt_small(2));
    assert_true(call(s, "count", 1, S("")) == mrt_small(12));
    assert_true(call(S("abc"), "find", 2, S(""), I(3)) == mrt_small(3));
    assert_true(call(S("abc"), "find", 2, S(""), I(4)) == mrt_small(-1));
    assert_true(call(S("aaaa"), "count", 1, S("aa")) == mrt_small(2));
    MrtValue u = S("\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe6\x97\xa5\xe6\x9c\xac"); /* 日本語日本 */
    assert_true(call(u, "find", 1, S("\xe6\x9c\xac")) == mrt_small(1));
    assert_true(call(u, "rfind", 1, S("\xe6\x9c\xac")) == mrt_small(4));
    assert_true(call(u, "find", 2, S("\xe6\x9c\xac"), I(2)) == mrt_small(4));
    assert_true(call(u, "count", 1, S("\xe6\x9c\xac")) == mrt_small(2));
    expect_exc(call(s, "index", 1, S("zz")), &mrt_type_ValueError, "substring not found");
    expect_exc(call(s, "find", 1, I(1)), &mrt_type_TypeError, "must be str, not int");
    expect_exc(call(s, "find", 0), &mrt_type_TypeError, "find() takes at least 1 argument (0 given)");
    assert_true(call(S("report.csv"), "endswith", 1, mrt_tuple_new(2, (MrtValue[]){S(".txt"), S(".csv")})) == MRT_TRUE);
    assert_true(call(S("abc"), "startswith", 2, S(""), I(4)) == MRT_FALSE);
    assert_true(call(S("hi\xf0\x9f\x98\x80"), "endswith", 1, S("\xf0\x9f\x98\x80")) == MRT_TRUE);
    expect_exc(call(S("abc"), "startswith", 1, mrt_list_new(0, NULL)), &mrt_type_TypeError,
               "startswith first arg must be str or a tuple of str, not list");
}

static void test_partition(void **state)
{
    expect_repr(call(S("a=b=c"), "partition", 1, S("=")), "('a', '=', 'b=c')");
    expect_repr(call(S("a=b=c"), "rpartition", 1, S("=")), "('a=b', '=', 'c')");
    expect_repr(call(S("none"), "partition", 1, S("=")), "('none', '', '')");
    expect_repr(call(S("none"), "rpartition", 1, S("=")), "('', '', 'none')");
    expect_exc(call(S("abc"), "partition", 1, S("")), &mrt_type_ValueError, "empty separator");
}

static void test_case(void **state)
{
    expect_str(call(S("hello-world o'neil x2y"), "title", 0), "Hello-World O'Neil X2Y");
    expect_str(call(S("HELLO World"), "capitalize", 0), "Hello world");
    expect_str(call(S("mIxEd CaSe"), "swapcase", 0), "MiXeD cAsE");
    expect_str(call(S("abc123"), "upper", 0), "ABC123");
    expect_str(call(S("ABC123"), "lower", 0), "abc123");
    expect_str(call(S("stra\xc3\x9f"
                      "e"),
                    "upper", 0),
               "STRASSE");
    expect_str(call(S("\xc3\x89"
                      "COLE"),
                    "lower", 0),
               "\xc3\xa9"
               "cole");
    /* final sigma: ΣΑΣ -> σας */
    expect_str(call(S("\xce\xa3\xce\x91\xce\xa3"), "lower", 0), "\xcf\x83\xce\xb1\xcf\x82");
    expect_str(call(S("stra\xc3\x9f"
                      "e"),
                    "casefold", 0),
               "strasse");
    expect_exc(call(S("a"), "upper", 1, I(1)), &mrt_type_TypeError, "str.upper() takes no arguments (1 given)");
    assert_true(call(S("Hello World"), "istitle", 0) == MRT_TRUE);
    assert_true(call(S("\xd9\xa1\xd9\xa2"), "isdigit", 0) == MRT_TRUE); /* Arabic-Indic digits */
    assert_true(call(S("\xc2\xbd"), "isdigit", 0) == MRT_FALSE);        /* ½ */
    assert_true(call(S("\xc2\xbd"), "isnumeric", 0) == MRT_TRUE);
    assert_true(call(S(""), "isalpha", 0) == MRT_FALSE);
    assert_true(call(S("_x1"), "isidentifier", 0) == MRT_TRUE);
    assert_true(call(S("1x"), "isidentifier", 0) == MRT_FALSE);
}

static void test_padding(void **state)
{
    expect_str(call(S("-42"), "zfill", 1, I(6)), "-00042");
    expect_str(call(S("abc"), "center", 1, I(6)), " abc  ");
    expect_str(call(S("ab"), "center", 1, I(5)), "  ab ");
    expect_str(call(S("abc"), "center", 2, I(7), S("*")), "**abc**");
    expect_str(call(S("\xe6\x97\xa5"), "rjust", 2, I(3), S("\xf0\x9f\x98\x80")),
               "\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xe6\x97\xa5");
    expect_exc(call(S("x"), "center", 2, I(5), S("ab")), &mrt_type_TypeError,
               "The fill character must be exactly one character long");
    expect_str(call(S("ab\tc\n\td"), "expandtabs", 1, I(4)), "ab  c\n    d");
    expect_str(call(S("abc"), "removeprefix", 1, S("ab")), "c");
    expect_str(call(S("abc"), "removesuffix", 1, S("bc")), "a");
}

static void test_codecs(void **state)
{
    MrtValue b = call(S("h\xc3\xa9llo"), "encode", 0);
    expect_repr(b, "b'h\\xc3\\xa9llo'");
    expect_str(call(b, "decode", 0), "h\xc3\xa9llo");
    expect_exc(call(mrt_bytes_new("\xff", 1), "decode", 0), &mrt_type_UnicodeDecodeError,
               "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    expect_exc(call(mrt_bytes_new("a\xe4\xb8", 3), "decode", 0), &mrt_type_UnicodeDecodeError,
               "'utf-8' codec can't decode bytes in position 1-2: unexpected end of data");
    expect_exc(call(mrt_bytes_new("\xed\xa0\x80", 3), "decode", 0), &mrt_type_UnicodeDecodeError,
               "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte");
    expect_str(call(mrt_bytes_new("a\xff"
                                  "b",
                                  3),
                    "decode", 2, S("utf-8"), S("replace")),
               "a\xef\xbf\xbd"
               "b");
    expect_exc(call(S("\xc3\xa9"), "encode", 1, S("ascii")), &mrt_type_UnicodeEncodeError,
               "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)");
    expect_exc(call(mrt_str_from_codepoint(0xD800), "encode", 0), &mrt_type_UnicodeEncodeError,
               "'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed");
    expect_exc(call(S("a"), "encode", 1, S("foo")), &mrt_type_LookupError, "unknown encoding: foo");
}

static void test_bytes(void **state)
{
    MrtValue b = mrt_bytes_new("hello", 5);
    assert_true(mrt_getitem(b, I(0)) == mrt_small(104));
    expect_repr(slice(b, I(1), I(3), MRT_NONE), "b'el'");
    expect_repr(mrt_bytes_new("it's\n\x00\xff", 7), "b\"it's\\n\\x00\\xff\"");
    expect_exc(mrt_getitem(b, I(10)), &mrt_type_IndexError, "index out of range");
    assert_int_equal(mrt_contains(b, I(104)), 1);
    assert_int_equal(mrt_contains(b, mrt_bytes_new("ll", 2)), 1);
    expect_repr(call(mrt_bytes_new("a,b", 3), "split", 1, mrt_bytes_new(",", 1)), "[b'a', b'b']");
    expect_str(call(b, "hex", 0), "68656c6c6f");
    expect_exc(mrt_binop(b, S("x"), MRT_OP_ADD), &mrt_type_TypeError, "can't concat str to bytes");
    MrtValue nums = mrt_list_new(2, (MrtValue[]){I(65), I(300)});
    expect_exc(mrt_type_bytes.tp_new(&mrt_type_bytes, 1, &nums, 0), &mrt_type_ValueError,
               "bytes must be in range(0, 256)");
}

/* ---- C-side builders -------------------------------------------------------------------- */

static void test_printf_and_buf(void **state)
{
    expect_str(mrt_str_printf("%s|%d|%ld|%lld|%zd|%c|%%|%x", "s", -1, 2L, 3LL, (ssize_t)4, 0xe9, 255u),
               "s|-1|2|3|4|\xc3\xa9|%|ff");
    expect_str(mrt_str_printf("%R %S %T", S("q'"), S("q'"), I(1)), "\"q'\" q' int");
    expect_str(mrt_str_printf("%.3s|%.2S", "abcdef", S("\xc3\xa9\xc3\xa9\xc3\xa9")), "abc|\xc3\xa9\xc3\xa9");
    assert_string_equal(mrt_cstr(S("abc")), "abc");
    MrtBuf b;
    mrt_buf_init(&b, 0);
    for (int i = 0; i < 1000; i++) assert_int_equal(mrt_buf_adds(&b, "\xc3\xa9"), 0);
    MrtValue s = mrt_buf_finish(&b);
    assert_int_equal(mrt_len(s), 1000);
    expect_str(mrt_getitem(s, I(999)), "\xc3\xa9");
    mrt_buf_init(&b, 4);
    expect_str(mrt_buf_finish(&b), "");
    MrtValue parts[3] = {S("a"), S("\xc3\xa9"), S("c")};
    expect_str(mrt_str_join_n(3, parts), "a\xc3\xa9"
                                         "c");
    expect_str(mrt_str_concat(S("x"), S("y")), "xy");
}

static void test_str_constructor(void **state)
{
    expect_str(mrt_type_str.tp_new(&mrt_type_str, 0, NULL, 0), "");
    expect_str(mrt_type_str.tp_new(&mrt_type_str, 1, (MrtValue[]){I(12)}, 0), "12");
    expect_str(mrt_type_str.tp_new(&mrt_type_str, 1, (MrtValue[]){mrt_bytes_new("x", 1)}, 0), "b'x'");
    expect_str(mrt_type_str.tp_new(&mrt_type_str, 2, (MrtValue[]){mrt_bytes_new("\xc3\xa9", 2), S("utf-8")}, 0),
               "\xc3\xa9");
    expect_exc(mrt_type_str.tp_new(&mrt_type_str, 2, (MrtValue[]){I(1), S("utf-8")}, 0), &mrt_type_TypeError,
               "decoding to str: need a bytes-like object, int found");
}

int main(void)
{
    mrt_init(0, NULL);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_index_ascii),
        cmocka_unit_test(test_index_unicode),
        cmocka_unit_test(test_index_long_unicode),
        cmocka_unit_test(test_iteration),
        cmocka_unit_test(test_operators),
        cmocka_unit_test(test_repr),
        cmocka_unit_test(test_intern_and_hash),
        cmocka_unit_test(test_codepoints),
        cmocka_unit_test(test_split),
        cmocka_unit_test(test_join),
        cmocka_unit_test(test_strip_replace),
        cmocka_unit_test(test_find_count),
        cmocka_unit_test(test_partition),
        cmocka_unit_test(test_case),
        cmocka_unit_test(test_padding),
        cmocka_unit_test(test_codecs),
        cmocka_unit_test(test_bytes),
        cmocka_unit_test(test_printf_and_buf),
        cmocka_unit_test(test_str_constructor),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
