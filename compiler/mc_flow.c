/* mc_flow.c — what each IR instruction reads and writes, the control-flow
 * graph of a function, and definite assignment: the facts the release
 * passes (mc_types.c) stand on. Generators are never analysed: their
 * resume points are jumps the IR does not show. */
#include "mc_ir.h"

#include <stdlib.h>
#include <string.h>

#include "../runtime/mrt.h"

void mc_instr_operands(McInstr *in, McOperandFn fn, void *ctx)
{
    switch (in->op) {
    case OP_UNPACK:
    case OP_UNPACK_EX:
        fn(&in->a, 0, ctx);
        for (int i = 0; i < in->nargs; i++) fn(&in->args[i], 1, ctx);
        return;
    case OP_RANGE_INIT:
        for (int i = 0; i < in->nargs; i++) fn(&in->args[i], 0, ctx);
        fn(&in->dst, 1, ctx);
        fn(&in->b, 1, ctx);
        fn(&in->c, 1, ctx);
        return;
    case OP_RANGE_NEXT: /* counter and remaining count are read and written */
        fn(&in->dst, 0, ctx);
        fn(&in->b, 0, ctx);
        fn(&in->c, 0, ctx);
        fn(&in->dst, 1, ctx);
        fn(&in->b, 1, ctx);
        fn(&in->a, 1, ctx);
        return;
    default:
        break;
    }
    if (in->a >= 0) fn(&in->a, 0, ctx);
    if (in->b >= 0) fn(&in->b, 0, ctx);
    if (in->c >= 0) fn(&in->c, 0, ctx);
    for (int i = 0; i < in->nargs; i++) fn(&in->args[i], 0, ctx);
    if (in->dst >= 0) fn(&in->dst, 1, ctx);
}

int mc_is_terminator(McOp op)
{
    return op == OP_JUMP || op == OP_BRANCH || op == OP_RETURN || op == OP_RAISE || op == OP_RERAISE ||
           op == OP_RERAISE_CURRENT || op == OP_PROPAGATE;
}

static int has_label_exit(McOp op) { return op == OP_FOR_NEXT || op == OP_RANGE_NEXT || op == OP_YF_SEND; }

McCfg *mc_cfg_build(McFunc *f)
{
    McCfg *g = calloc(1, sizeof *g);
    g->block_of_label = malloc(sizeof(int) * (size_t)(f->nlabels ? f->nlabels : 1));
    g->start = malloc(sizeof(int) * (size_t)(f->ncode + 1));
    for (int l = 0; l < f->nlabels; l++) g->block_of_label[l] = -1;
    for (int i = 0; i < f->ncode; i++) {
        McInstr *in = &f->code[i];
        if (i == 0 || in->op == OP_LABEL || mc_is_terminator(f->code[i - 1].op) || has_label_exit(f->code[i - 1].op))
            g->start[g->nblocks++] = i;
        if (in->op == OP_LABEL) g->block_of_label[in->imm] = g->nblocks - 1;
    }
    g->start[g->nblocks] = f->ncode;
    return g;
}

void mc_cfg_free(McCfg *g)
{
    if (!g) return;
    free(g->block_of_label);
    free(g->start);
    free(g);
}

/* ---- definite assignment --------------------------------------------------------------- */

typedef struct Da {
    McFunc *f;
    McCfg *g;
    int words;
    uint64_t *in;  /* per block: variables bound on entry (must) */
    char *reached; /* per block: some path reaches it */
    char *queued;
    int *work, nwork;
} Da;

static int bit(const uint64_t *s, int v) { return (int)((s[v >> 6] >> (v & 63)) & 1); }
static void set_bit(uint64_t *s, int v, int on)
{
    if (on)
        s[v >> 6] |= 1ULL << (v & 63);
    else
        s[v >> 6] &= ~(1ULL << (v & 63));
}

/* Meets state s into block b's entry; queues b when that changed it. */
static void flow_to(Da *D, int b, const uint64_t *s)
{
    if (b < 0) return;
    uint64_t *in = D->in + (size_t)b * (size_t)D->words;
    int changed = !D->reached[b];
    for (int w = 0; w < D->words; w++) {
        uint64_t nv = D->reached[b] ? in[w] & s[w] : s[w];
        if (nv != in[w]) changed = 1;
        in[w] = nv;
    }
    D->reached[b] = 1;
    if (changed && !D->queued[b]) {
        D->queued[b] = 1;
        D->work[D->nwork++] = b;
    }
}

static int to_label(Da *D, int label) { return label >= 0 ? D->g->block_of_label[label] : -1; }

/* A definition binds its variable, except `x = <unbound>` (del, the end of
 * an except-as) and copies of a variable that may be unbound. */
void mc_da_step(const McInstr *in, uint64_t *s)
{
    if (in->op == OP_CHECK_BOUND) {
        set_bit(s, in->a, 1);
        return;
    }
    int defs[3], nd = 0;
    if (in->op == OP_UNPACK || in->op == OP_UNPACK_EX) {
        for (int i = 0; i < in->nargs; i++) set_bit(s, in->args[i], 1);
        return;
    }
    if (in->op == OP_RANGE_INIT || in->op == OP_RANGE_NEXT) {
        defs[nd++] = in->dst;
        defs[nd++] = in->b;
        defs[nd++] = in->op == OP_RANGE_INIT ? in->c : in->a;
    } else if (in->dst >= 0) {
        defs[nd++] = in->dst;
    }
    for (int i = 0; i < nd; i++) {
        int on = 1;
        if (in->op == OP_SPECIAL && in->imm == MC_SPECIAL_UNBOUND) on = 0;
        if (in->op == OP_MOVE) on = bit(s, in->a);
        set_bit(s, defs[i], on);
    }
}

/* Runs block b from its entry state, sending states to its successors. */
static void run_block(Da *D, int b, uint64_t *s)
{
    McFunc *f = D->f;
    memcpy(s, D->in + (size_t)b * (size_t)D->words, sizeof(uint64_t) * (size_t)D->words);
    int end = D->g->start[b + 1];
    for (int i = D->g->start[b]; i < end; i++) {
        McInstr *in = &f->code[i];
        if (in->eh >= 0 && in->op != OP_LABEL) flow_to(D, to_label(D, in->eh), s);
        mc_da_step(in, s);
        if (in->op == OP_JUMP || has_label_exit(in->op)) flow_to(D, to_label(D, in->label), s);
        if (in->op == OP_BRANCH) {
            flow_to(D, to_label(D, in->label), s);
            flow_to(D, to_label(D, in->label2), s);
        }
    }
    McOp last = f->code[end - 1].op;
    if (!mc_is_terminator(last) && b + 1 < D->g->nblocks) flow_to(D, b + 1, s);
}

uint64_t *mc_definite_assignment(McFunc *f, McCfg *g, int *words_out)
{
    Da D = {.f = f, .g = g, .words = (f->vars.n + 63) / 64};
    if (!D.words) D.words = 1;
    size_t n = (size_t)g->nblocks * (size_t)D.words;
    D.in = calloc(n ? n : 1, sizeof(uint64_t));
    D.reached = calloc((size_t)g->nblocks + 1, 1);
    D.queued = calloc((size_t)g->nblocks + 1, 1);
    D.work = malloc(sizeof(int) * ((size_t)g->nblocks + 1));
    uint64_t *s = calloc((size_t)D.words, sizeof(uint64_t));
    int np = f->nposargs + f->nkwonly + !!(f->flags & MRT_FI_VARARGS) + !!(f->flags & MRT_FI_VARKW);
    for (int i = 0; i < np && !f->is_module_body; i++) set_bit(s, f->param_vars[i], 1);
    if (g->nblocks) flow_to(&D, 0, s);
    uint64_t *t = calloc((size_t)D.words, sizeof(uint64_t));
    while (D.nwork) {
        int b = D.work[--D.nwork];
        D.queued[b] = 0;
        run_block(&D, b, t);
    }
    /* Unreached blocks: everything counts as bound there (the code never runs). */
    for (int b = 0; b < g->nblocks; b++)
        if (!D.reached[b]) memset(D.in + (size_t)b * (size_t)D.words, 0xff, sizeof(uint64_t) * (size_t)D.words);
    free(s);
    free(t);
    free(D.reached);
    free(D.queued);
    free(D.work);
    *words_out = D.words;
    return D.in;
}

int mc_da_bound(const uint64_t *s, int v) { return bit(s, v); }
