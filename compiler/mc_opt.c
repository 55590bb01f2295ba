/* mc_opt.c — the release profile's IR passes. Each pass keeps the program's
 * observable behaviour identical to the dev profile (the differential tests
 * run both). */
#include "mc_ir.h"

#include <string.h>

/* Removes instructions that can never run: everything after an
 * unconditional transfer up to the next label. */
static void dead_code(McFunc *f)
{
    int out = 0, dead = 0;
    for (int i = 0; i < f->ncode; i++) {
        McInstr *in = &f->code[i];
        /* A yield is also a resume point the generator's switch jumps to. */
        if (in->op == OP_LABEL || in->op == OP_YIELD) dead = 0;
        if (dead) continue;
        f->code[out++] = *in;
        if (in->op == OP_JUMP || in->op == OP_RETURN || in->op == OP_RERAISE || in->op == OP_PROPAGATE ||
            in->op == OP_RAISE)
            dead = 1;
    }
    f->ncode = out;
}

/* A jump to the label that immediately follows it is dropped. */
static void jump_to_next(McFunc *f)
{
    int out = 0;
    for (int i = 0; i < f->ncode; i++) {
        McInstr *in = &f->code[i];
        if (in->op == OP_JUMP && i + 1 < f->ncode && f->code[i + 1].op == OP_LABEL && f->code[i + 1].imm == in->label)
            continue;
        f->code[out++] = *in;
    }
    f->ncode = out;
}

void mc_optimize(McProgram *p)
{
    for (int i = 0; i < p->funcs.n; i++) {
        McFunc *f = p->funcs.items[i];
        dead_code(f);
        jump_to_next(f);
    }
    mc_type_program(p);
}
