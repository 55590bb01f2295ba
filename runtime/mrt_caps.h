/* mrt_caps.h — capabilities as bits, from mrt_caps.def; shared by the
 * compiler (manifest, diagnostics) and the runtime (enforcement). */
#ifndef MRT_CAPS_H
#define MRT_CAPS_H

#include <string.h>

enum {
#define MRT_CAP(id, bit, token, what) MRT_CAP_##id = 1 << (bit),
#define MRT_CAP_USE(module, name, cap)
#include "mrt_caps.def"
#undef MRT_CAP
#undef MRT_CAP_USE
};

/* What open(file, mode) needs: fs.write when the mode writes (w, a, x),
 * fs.read when it reads (r, the default), both for '+'. */
static inline unsigned mrt_open_caps(const char *mode)
{
    if (!mode) return MRT_CAP_FS_READ;
    unsigned caps = strpbrk(mode, "wax") ? MRT_CAP_FS_WRITE : MRT_CAP_FS_READ;
    return strchr(mode, '+') ? MRT_CAP_FS_READ | MRT_CAP_FS_WRITE : caps;
}

/* The token of a single capability bit ("fs.read"), or NULL. */
static inline const char *mrt_cap_token(unsigned bit)
{
#define MRT_CAP(id, b, token, what)                                                                                    \
    if (bit == (1u << (b))) return token;
#define MRT_CAP_USE(module, name, cap)
#include "mrt_caps.def"
#undef MRT_CAP
#undef MRT_CAP_USE
    return NULL;
}

#endif
