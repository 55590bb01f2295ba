/* rt_hash.c — the SipHash code behind str and bytes hashes: SipHash-2-4
 * against the SipHash paper's test vector and libsodium, SipHash-1-3
 * against CPython 3.11 (PYTHONHASHSEED=0 uses an all-zero key, so
 * hash(b"abc") there is SipHash-1-3 of "abc" under that key). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <sodium.h>
#include <string.h>

#include "mrt_strs.h"

/* Appendix A of the SipHash paper: key 00..0f, message 00..0e. */
static void test_siphash24_paper_vector(void **state)
{
    unsigned char key[16], msg[15];
    for (int i = 0; i < 16; i++) key[i] = (unsigned char)i;
    for (int i = 0; i < 15; i++) msg[i] = (unsigned char)i;
    assert_true(mrt_siphash24(key, msg, 15) == UINT64_C(0xa129ca6149be45e5));
}

/* Every length around the 8-byte blocks, against libsodium's SipHash-2-4. */
static void test_siphash24_matches_libsodium(void **state)
{
    unsigned char key[16], msg[70], out[8];
    for (int i = 0; i < 16; i++) key[i] = (unsigned char)(0xa5 ^ (i * 7));
    for (int i = 0; i < 70; i++) msg[i] = (unsigned char)(i * 13 + 1);
    assert_int_equal(sodium_init() >= 0, 1);
    for (size_t n = 0; n <= sizeof msg; n++) {
        crypto_shorthash_siphash24(out, msg, n, key);
        uint64_t want = 0;
        for (int i = 7; i >= 0; i--) want = (want << 8) | out[i];
        assert_true(mrt_siphash24(key, msg, n) == want);
    }
}

static void test_siphash13_matches_cpython(void **state)
{
    static const unsigned char zero[16];
    assert_true((int64_t)mrt_siphash13(zero, "abc", 3) == INT64_C(-4594863902769663758));
    assert_true((int64_t)mrt_siphash13(zero, "abcdefgh", 8) == INT64_C(4574395652268504554));
    assert_true((int64_t)mrt_siphash13(zero, "the quick brown fox", 19) == INT64_C(6491753435481021626));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_siphash24_paper_vector),
        cmocka_unit_test(test_siphash24_matches_libsodium),
        cmocka_unit_test(test_siphash13_matches_cpython),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
