/* mc_types.c (test) — what the release passes decide: which variables become
 * doubles, where guards go, which functions get a generic version, which
 * unbound checks disappear, and the guard sites reported from the result. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "mc_guards.h"
#include "mc_test.h"

static Compiled optimized(const char *src)
{
    Compiled c = lower(src);
    mc_optimize(c.prog);
    return c;
}

static int count(McFunc *f, McOp op)
{
    int n = 0;
    for (int i = 0; i < f->ncode; i++) n += f->code[i].op == op;
    return n;
}

/* Is the local `name` kept as a double (it has a shadow)? */
static int is_double(McFunc *f, const char *name)
{
    for (int k = 0; k < f->nshadows; k++) {
        McVar *v = f->vars.items[f->shadows[k][0]];
        if (v->name && !strcmp(v->name, name)) return 1;
    }
    return 0;
}

static void proven_floats_need_no_guard(void **state)
{
    (void)state;
    Compiled c = optimized("def f(n):\n"
                           "    x = 0.0\n"
                           "    for i in range(n):\n"
                           "        x = x * 0.5 + i\n"
                           "    return x\n"
                           "print(f(3))\n");
    McFunc *f = func(&c, "f");
    assert_true(is_double(f, "x"));
    assert_int_equal(count(f, OP_GUARD_F64), 0);
    assert_int_equal(f->ngeneric, 0);
    assert_int_equal(count(f, OP_CHECK_BOUND), 0); /* x and i are always bound */
    assert_true(count(f, OP_NUM_TO_F64) >= 1);     /* + i converts the int */
    mc_arena_free(c.arena);
}

static void closed_function_gets_parameter_types(void **state)
{
    (void)state;
    Compiled c = optimized("def scale(x, k):\n"
                           "    return x * k\n"
                           "print(scale(1.5, 2.0), scale(0.5, 4.0))\n");
    McFunc *f = func(&c, "scale");
    assert_true(is_double(f, "x"));
    assert_true(is_double(f, "k"));
    assert_int_equal(count(f, OP_GUARD_F64), 0);
    mc_arena_free(c.arena);
}

static void escaping_function_keeps_boxed_parameters(void **state)
{
    (void)state;
    Compiled c = optimized("def scale(x, k):\n"
                           "    return x * k\n"
                           "g = scale\n"
                           "print(scale(1.5, 2.0), g('a', 3))\n");
    McFunc *f = func(&c, "scale");
    assert_false(is_double(f, "x"));
    assert_false(is_double(f, "k"));
    mc_arena_free(c.arena);
}

static void unknown_operand_is_guarded(void **state)
{
    (void)state;
    Compiled c = optimized("def total(vals):\n"
                           "    t = 0.0\n"
                           "    for v in vals:\n"
                           "        t += v * 2.0\n"
                           "    return t\n"
                           "print(total([1.0, 2]))\n");
    McFunc *f = func(&c, "total");
    assert_true(is_double(f, "t"));
    assert_int_equal(count(f, OP_GUARD_F64), 1);
    assert_int_equal(f->nguards, 1);
    assert_true(f->ngeneric > 0); /* the generic version a failed guard continues in */
    McGuardSite *sites;
    int n = mc_guard_sites(c.prog, &sites), found = 0;
    for (int i = 0; i < n; i++)
        if (sites[i].kind == MC_GUARD_TYPE) {
            assert_int_equal(sites[i].line, 4);
            assert_int_equal(sites[i].loop_depth, 1);
            assert_string_equal(sites[i].what, "v");
            assert_non_null(sites[i].node);
            found++;
        }
    assert_int_equal(found, 1);
    free(sites);
    mc_arena_free(c.arena);
}

static void maybe_unbound_stays_boxed(void **state)
{
    (void)state;
    Compiled c = optimized("def f(flag):\n"
                           "    if flag:\n"
                           "        y = 1.5\n"
                           "    return y * 2.0\n"
                           "print(f(True))\n");
    McFunc *f = func(&c, "f");
    assert_false(is_double(f, "y"));
    assert_int_equal(count(f, OP_CHECK_BOUND), 1);
    mc_arena_free(c.arena);
}

static void guard_sites_name_dynamic_work(void **state)
{
    (void)state;
    Compiled c = optimized("class P:\n"
                           "    def __init__(self):\n"
                           "        self.n = 0\n"
                           "def run(p, k, f):\n"
                           "    for _ in range(3):\n"
                           "        p.n = p.n + k\n"
                           "        f(k)\n"
                           "    return k + 1\n"
                           "def count(n):\n"
                           "    return n + 1\n"
                           "run(P(), 2, print)\n"
                           "run(P(), 2.5, print)\n" /* k: int or float, so unknown */
                           "print(count(3))\n");
    McGuardSite *sites;
    int n = mc_guard_sites(c.prog, &sites), attr = 0, call = 0, dispatch = 0, overflow = 0;
    for (int i = 0; i < n; i++) {
        overflow += sites[i].kind == MC_GUARD_OVERFLOW && !strcmp(sites[i].func->name, "count");
        if (strcmp(sites[i].func->name, "run")) continue;
        attr += sites[i].kind == MC_GUARD_ATTR && sites[i].loop_depth == 1 && !strcmp(sites[i].what, "n");
        call += sites[i].kind == MC_GUARD_CALL && sites[i].line == 7;
        dispatch += sites[i].kind == MC_GUARD_DISPATCH;
    }
    assert_int_equal(attr, 2);     /* p.n read and written in the loop */
    assert_int_equal(call, 1);     /* f(k) */
    assert_int_equal(dispatch, 2); /* p.n + k, k + 1 */
    assert_int_equal(overflow, 1); /* n + 1 on a proven int */
    free(sites);
    mc_arena_free(c.arena);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(proven_floats_need_no_guard),
        cmocka_unit_test(closed_function_gets_parameter_types),
        cmocka_unit_test(escaping_function_keeps_boxed_parameters),
        cmocka_unit_test(unknown_operand_is_guarded),
        cmocka_unit_test(maybe_unbound_stays_boxed),
        cmocka_unit_test(guard_sites_name_dynamic_work),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
