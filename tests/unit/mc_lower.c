/* mc_lower.c (test) — the shape of the IR that mc_lower.c produces for the
 * constructs it treats specially: counted range loops, static calls,
 * finally bodies, inlined comprehensions, generators, closures, exception
 * handlers, instance slots and parallel assignment. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "mc_test.h"

static int count(McFunc *f, McOp op)
{
    int n = 0;
    for (int i = 0; i < f->ncode; i++) n += f->code[i].op == op;
    return n;
}

static int count_builtin_calls(McFunc *f, const char *name)
{
    int n = 0;
    for (int i = 0; i < f->ncode; i++) n += f->code[i].op == OP_CALL_BUILTIN && !strcmp(f->code[i].name, name);
    return n;
}

static void test_range_loop_is_counted(void **state)
{
    Compiled c = lower("def f(n):\n    t = 0\n    for i in range(1, n, 2):\n        t += i\n    return t\n");
    McFunc *f = func(&c, "f");
    assert_int_equal(count(f, OP_RANGE_INIT), 1);
    assert_int_equal(count(f, OP_RANGE_NEXT), 1);
    assert_int_equal(count(f, OP_ITER), 0);
    mc_arena_free(c.arena);
}

static void test_shadowed_range_is_generic(void **state)
{
    Compiled c = lower("def range(n):\n    return [n]\ndef f():\n    for i in range(3):\n        pass\n");
    McFunc *f = func(&c, "f");
    assert_int_equal(count(f, OP_RANGE_INIT), 0);
    assert_int_equal(count(f, OP_ITER), 1);
    mc_arena_free(c.arena);
}

static void test_static_and_dynamic_calls(void **state)
{
    Compiled c = lower("def g(x):\n    return x\ndef f():\n    return g(1) + h(2)\ndef h(y):\n    return y\nh = g\n");
    McFunc *f = func(&c, "f");
    assert_int_equal(count(f, OP_CALL_DIRECT), 1); /* g is bound once */
    assert_int_equal(count(f, OP_CALL), 1);        /* h is rebound: looked up at run time */
    mc_arena_free(c.arena);
}

static void test_finally_runs_on_every_exit(void **state)
{
    Compiled c = lower("def f(x):\n    try:\n        if x:\n            return 1\n        x = 2\n    finally:\n"
                       "        print('F')\n    return x\n");
    McFunc *f = func(&c, "f");
    /* the return inside, the normal path and the exceptional path */
    assert_int_equal(count_builtin_calls(f, "print"), 3);
    assert_int_equal(count(f, OP_CATCH), 1);
    assert_int_equal(count(f, OP_RERAISE), 1);
    mc_arena_free(c.arena);
}

static void test_comprehension_inlined_genexp_not(void **state)
{
    Compiled c = lower("def f(xs):\n    a = [x * 2 for x in xs if x]\n    return sum(x for x in xs)\n");
    McFunc *f = func(&c, "f");
    assert_int_equal(count(f, OP_BUILD_LIST), 1);
    assert_int_equal(count(f, OP_LIST_APPEND), 1);
    assert_int_equal(count(f, OP_MAKE_FUNCTION), 1); /* only the generator expression */
    McFunc *g = func(&c, "<genexpr>");
    assert_true(g->flags & MRT_FI_GENERATOR);
    assert_int_equal(g->nyields, 1);
    mc_arena_free(c.arena);
}

static void test_generator_resume_points(void **state)
{
    Compiled c = lower("def gen(n):\n    yield 1\n    yield from range(n)\n    x = yield\n    return x\n");
    McFunc *g = func(&c, "gen");
    assert_true(g->flags & MRT_FI_GENERATOR);
    assert_int_equal(g->nyields, 3);
    assert_int_equal(count(g, OP_YIELD), 3);
    assert_int_equal(count(g, OP_YIELD_FROM_RESULT), 1);
    mc_arena_free(c.arena);
}

static void test_closure_cells(void **state)
{
    Compiled c = lower("def outer():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n"
                       "    return inc\n");
    McFunc *o = func(&c, "outer");
    McFunc *i = func(&c, "inc");
    assert_int_equal(count(o, OP_CELL_NEW), 1);
    assert_int_equal(count(i, OP_FREE) >= 1, 1);
    assert_int_equal(count(i, OP_CELL_SET), 1);
    mc_arena_free(c.arena);
}

static void test_try_body_has_handler(void **state)
{
    Compiled c = lower("def f(d):\n    try:\n        v = d['k']\n    except KeyError:\n        v = 0\n    return v\n");
    McFunc *f = func(&c, "f");
    int getitems_with_eh = 0;
    for (int k = 0; k < f->ncode; k++)
        if (f->code[k].op == OP_GETITEM) getitems_with_eh += f->code[k].eh >= 0;
    assert_int_equal(getitems_with_eh, 1);
    assert_int_equal(count(f, OP_EXC_MATCH), 1);
    mc_arena_free(c.arena);
}

static void test_class_slots_in_order(void **state)
{
    Compiled c = lower("class P:\n    def __init__(self, x):\n        self.x = x\n        self.y, self.x = 1, 2\n"
                       "    def move(self):\n        self.z += 1\n");
    McFunc *m = func(&c, "<module>");
    const McInstr *mk = NULL;
    for (int k = 0; k < m->ncode; k++)
        if (m->code[k].op == OP_MAKE_CLASS) mk = &m->code[k];
    assert_non_null(mk);
    assert_true(mk->imm2 >= 0);
    McConst *names = c.prog->consts.items[mk->imm2];
    assert_int_equal(names->len, 3);
    assert_string_equal(names->data, "x");
    assert_string_equal(names->data + 2, "y");
    assert_string_equal(names->data + 4, "z");
    mc_arena_free(c.arena);
}

static void test_parallel_assignment_builds_nothing(void **state)
{
    Compiled c = lower("def f(a, b):\n    a, b = b, a\n    return a - b\n");
    McFunc *f = func(&c, "f");
    assert_int_equal(count(f, OP_BUILD_TUPLE), 0);
    assert_int_equal(count(f, OP_UNPACK), 0);
    mc_arena_free(c.arena);
}

static void test_bitwise_precedence(void **state)
{
    /* Python: 2 ^ (3 & 4); the grammar alone would give (2 ^ 3) & 4. */
    Compiled c = lower("x = 2 ^ 3 & 4\n");
    McFunc *m = func(&c, "<module>");
    int first = -1;
    for (int k = 0; k < m->ncode && first < 0; k++)
        if (m->code[k].op == OP_BINOP) first = m->code[k].imm;
    assert_int_equal(first, MRT_OP_AND);
    mc_arena_free(c.arena);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_range_loop_is_counted),
        cmocka_unit_test(test_shadowed_range_is_generic),
        cmocka_unit_test(test_static_and_dynamic_calls),
        cmocka_unit_test(test_finally_runs_on_every_exit),
        cmocka_unit_test(test_comprehension_inlined_genexp_not),
        cmocka_unit_test(test_generator_resume_points),
        cmocka_unit_test(test_closure_cells),
        cmocka_unit_test(test_try_body_has_handler),
        cmocka_unit_test(test_class_slots_in_order),
        cmocka_unit_test(test_parallel_assignment_builds_nothing),
        cmocka_unit_test(test_bitwise_precedence),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
