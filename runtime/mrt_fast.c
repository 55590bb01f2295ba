/* mrt_fast.c — out-of-line copies of mrt.h's inline fast paths, compiled by
 * the system compiler. Code generated for libtcc (which does not inline)
 * calls these instead of compiling its own slower copies. */
#include "mrt.h"

MrtValue mrt_add_rt(MrtValue a, MrtValue b) { return mrt_add(a, b); }
MrtValue mrt_sub_rt(MrtValue a, MrtValue b) { return mrt_sub(a, b); }
MrtValue mrt_mul_rt(MrtValue a, MrtValue b) { return mrt_mul(a, b); }
MrtValue mrt_arith_rt(MrtValue a, MrtValue b, int op) { return mrt_arith(a, b, op); }
int mrt_lt_bool_rt(MrtValue a, MrtValue b) { return mrt_lt_bool(a, b); }
int mrt_truthy_fast_rt(MrtValue v) { return mrt_truthy_fast(v); }
int mrt_cmp_fast_rt(MrtValue a, MrtValue b, int op) { return mrt_cmp_fast(a, b, op); }
MrtValue mrt_list_get_fast_rt(MrtValue l, MrtValue i) { return mrt_list_get_fast(l, i); }
int mrt_list_set_fast_rt(MrtValue l, MrtValue i, MrtValue v) { return mrt_list_set_fast(l, i, v); }
