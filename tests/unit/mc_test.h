/* mc_test.h — what the compiler's unit tests share: lowering a source text
 * to IR (cmocka must be included first). */
#ifndef MC_TEST_H
#define MC_TEST_H

#include "mc_ir.h"
#include "mrt.h"

typedef struct Compiled {
    McArena *arena;
    McProgram *prog;
} Compiled;

static inline Compiled lower(const char *src)
{
    Compiled c;
    c.arena = mc_arena_new();
    MdList *diags = mc_alloc(c.arena, sizeof *diags);
    md_list_init(diags, c.arena);
    McSource *s = mc_source_from_text(c.arena, "t.py", src, strlen(src));
    McModule *m = mc_alloc(c.arena, sizeof *m);
    m->name = "__main__";
    m->src = s;
    m->ast = mc_parse(c.arena, s, diags);
    mc_resolve(c.arena, m, diags);
    assert_int_equal(md_count_errors(diags), 0);
    c.prog = mc_alloc(c.arena, sizeof *c.prog);
    c.prog->arena = c.arena;
    c.prog->diags = diags;
    mc_lower_module(c.prog, m);
    return c;
}

static inline McFunc *func(Compiled *c, const char *name)
{
    for (int i = 0; i < c->prog->funcs.n; i++) {
        McFunc *f = c->prog->funcs.items[i];
        if (!strcmp(f->name, name)) return f;
    }
    fail_msg("no function %s", name);
    return NULL;
}

#endif
