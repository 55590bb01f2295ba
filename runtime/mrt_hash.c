/* mrt_hash.c — the keyed hash of str and bytes: SipHash-1-3 (one compression
 * round per 8-byte word, three finalisation rounds), the variant CPython 3.11
 * uses for the same purpose. Written from the SipHash paper (Aumasson and
 * Bernstein, 2012); SipHash-2-4 shares the code so the unit test can check
 * it against the paper's test vector.
 *
 * Replaces libsodium's SipHash-2-4: half the rounds and no library call per
 * string, which matters because every new str used as a dict key is hashed
 * once (the dicts benchmark hashes ~900k short words). */
#include "mrt_strs.h"

#include <string.h>

static inline uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

typedef struct SipState {
    uint64_t v0, v1, v2, v3;
} SipState;

static inline void sip_round(SipState *s)
{
    s->v0 += s->v1;
    s->v1 = rotl(s->v1, 13);
    s->v1 ^= s->v0;
    s->v0 = rotl(s->v0, 32);
    s->v2 += s->v3;
    s->v3 = rotl(s->v3, 16);
    s->v3 ^= s->v2;
    s->v0 += s->v3;
    s->v3 = rotl(s->v3, 21);
    s->v3 ^= s->v0;
    s->v2 += s->v1;
    s->v1 = rotl(s->v1, 17);
    s->v1 ^= s->v2;
    s->v2 = rotl(s->v2, 32);
}

static inline void sip_absorb(SipState *s, uint64_t m, int crounds)
{
    s->v3 ^= m;
    for (int i = 0; i < crounds; i++) sip_round(s);
    s->v0 ^= m;
}

/* Little-endian load of n <= 8 bytes. */
static inline uint64_t load_le(const unsigned char *p, size_t n)
{
    uint64_t m = 0;
    for (size_t i = 0; i < n; i++) m |= (uint64_t)p[i] << (8 * i);
    return m;
}

/* Inlined into each wrapper below with constant round counts. */
static inline uint64_t siphash(const unsigned char key[16], const void *data, size_t n, int crounds, int drounds)
{
    uint64_t k0 = load_le(key, 8), k1 = load_le(key + 8, 8);
    SipState s = {k0 ^ 0x736f6d6570736575ULL, k1 ^ 0x646f72616e646f6dULL, k0 ^ 0x6c7967656e657261ULL,
                  k1 ^ 0x7465646279746573ULL};
    const unsigned char *p = data;
    size_t words = n / 8;
    for (size_t i = 0; i < words; i++) {
        uint64_t m;
        memcpy(&m, p + 8 * i, 8); /* x86-64 and every target molt builds for are little-endian */
        sip_absorb(&s, m, crounds);
    }
    sip_absorb(&s, ((uint64_t)(n & 0xff) << 56) | load_le(p + 8 * words, n % 8), crounds);
    s.v2 ^= 0xff;
    for (int i = 0; i < drounds; i++) sip_round(&s);
    return s.v0 ^ s.v1 ^ s.v2 ^ s.v3;
}

uint64_t mrt_siphash13(const unsigned char key[16], const void *data, size_t n) { return siphash(key, data, n, 1, 3); }

uint64_t mrt_siphash24(const unsigned char key[16], const void *data, size_t n) { return siphash(key, data, n, 2, 4); }
