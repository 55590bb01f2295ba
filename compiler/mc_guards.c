/* mc_guards.c — where compiled code pays for dynamic checks, read from the
 * release IR after mc_optimize: the guard costs that `molt check` and the
 * language server report. Nothing here is a separate guess: every site is
 * an instruction the release backend emits, with the types mc_types.c
 * proved or assumed. */
#include "mc_guards.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/mrt.h"

/* Rough cost of one execution relative to a native float operation. */
static const int kind_cost[] = {
    [MC_GUARD_TYPE] = 1, [MC_GUARD_ATTR] = 4, [MC_GUARD_CALL] = 10, [MC_GUARD_DISPATCH] = 3, [MC_GUARD_OVERFLOW] = 1};

/* Loop nesting of each instruction: a jump back to an earlier label closes
 * a loop over everything in between. */
static int *loop_depths(const McFunc *f, int n)
{
    int *label_at = malloc(sizeof(int) * ((size_t)f->nlabels + 1));
    int *d = calloc((size_t)n + 1, sizeof(int));
    for (int l = 0; l < f->nlabels; l++) label_at[l] = -1;
    for (int i = 0; i < n; i++)
        if (f->code[i].op == OP_LABEL) label_at[f->code[i].imm] = i;
    for (int j = 0; j < n; j++) {
        const McInstr *in = &f->code[j];
        int l = in->op == OP_JUMP ? in->label : -1;
        if (l >= 0 && label_at[l] >= 0 && label_at[l] <= j) {
            d[label_at[l]]++;
            d[j + 1]--;
        }
    }
    for (int i = 1; i <= n; i++) d[i] += d[i - 1];
    free(label_at);
    return d;
}

static int vtype(const McFunc *f, int v) { return v < 0 ? T_ANY : ((McVar *)f->vars.items[v])->type; }

static const char *var_name(const McFunc *f, int v) { return v < 0 ? NULL : ((McVar *)f->vars.items[v])->name; }

static int int_arith(int op) { return op == MRT_OP_ADD || op == MRT_OP_SUB || op == MRT_OP_MUL || op == MRT_OP_LSHIFT; }

/* The kind of dynamic work `in` does, or -1. */
static int site_kind(const McFunc *f, const McInstr *in)
{
    switch (in->op) {
    case OP_GUARD_F64:
        return MC_GUARD_TYPE;
    case OP_GETATTR:
    case OP_SETATTR:
    case OP_CALL_METHOD:
        return MC_GUARD_ATTR;
    case OP_CALL:
        return MC_GUARD_CALL;
    case OP_BINOP:
    case OP_INPLACE:
        if (vtype(f, in->a) == T_INT && vtype(f, in->b) == T_INT && int_arith(in->imm)) return MC_GUARD_OVERFLOW;
        /* fall through */
    case OP_COMPARE:
    case OP_COMPARE_COND:
        return vtype(f, in->a) == T_ANY || vtype(f, in->b) == T_ANY ? MC_GUARD_DISPATCH : -1;
    default:
        return -1;
    }
}

static const char *operator_name(const McInstr *in)
{
    static const char *const binops[] = {"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"};
    static const char *const cmps[] = {"<", "<=", "==", "!=", ">", ">="};
    if (in->op == OP_COMPARE || in->op == OP_COMPARE_COND) return in->imm >= 0 && in->imm < 6 ? cmps[in->imm] : "?";
    return in->imm >= 0 && in->imm < 13 ? binops[in->imm] : "?";
}

static const char *site_what(const McFunc *f, const McInstr *in)
{
    if (in->op == OP_GUARD_F64) return var_name(f, in->a);
    if (in->op == OP_BINOP || in->op == OP_INPLACE || in->op == OP_COMPARE || in->op == OP_COMPARE_COND)
        return operator_name(in);
    if (in->name) return in->name;
    if (in->op == OP_CALL && in->node && in->node->a && in->node->a->kind == N_NAME) return in->node->a->name;
    return NULL;
}

/* A guard is reported at the expression whose value it checks (found by
 * its defining instruction), named by its variable or its source text. */
static void guarded_value(const McFunc *f, int at, McGuardSite *s)
{
    int v = f->code[at].a;
    for (int i = at - 1; i >= 0; i--) {
        const McInstr *d = &f->code[i];
        if (d->dst != v) continue;
        if (d->node) s->node = d->node;
        break;
    }
    if (s->what || !s->node) return;
    const McSource *src = f->mod->m->src;
    McSpan sp = s->node->span;
    size_t n = sp.end > sp.start ? sp.end - sp.start : 0;
    if (n && n < sizeof s->text && sp.end_line == sp.line && sp.end <= src->len) {
        memcpy(s->text, src->text + sp.start, n);
        s->text[n] = 0;
    }
}

static void add_sites(const McFunc *f, McGuardSite **out, int *n, int *cap)
{
    int nmain = f->ncode - f->ngeneric; /* the generic copy repeats the same sites */
    int *depth = loop_depths(f, nmain);
    for (int i = 0; i < nmain; i++) {
        const McInstr *in = &f->code[i];
        int kind = site_kind(f, in);
        if (kind < 0) continue;
        if (*n == *cap) {
            *cap = *cap ? *cap * 2 : 64;
            *out = realloc(*out, sizeof(McGuardSite) * (size_t)*cap);
        }
        McGuardSite *s = &(*out)[(*n)++];
        memset(s, 0, sizeof *s);
        s->kind = (McGuardKind)kind;
        s->func = f;
        s->node = in->node;
        s->line = in->line;
        s->loop_depth = depth[i];
        s->cost = kind_cost[kind];
        s->what = site_what(f, in);
        if (in->op == OP_GUARD_F64) guarded_value(f, i, s);
    }
    free(depth);
}

int mc_guard_sites(const McProgram *p, McGuardSite **out)
{
    int n = 0, cap = 0;
    *out = NULL;
    for (int i = 0; i < p->funcs.n; i++) add_sites(p->funcs.items[i], out, &n, &cap);
    return n;
}

/* ---- as diagnostics ---------------------------------------------------------------------- */

static const MdCodeId kind_code[] = {[MC_GUARD_TYPE] = MD_GUARD_FLOAT,
                                     [MC_GUARD_ATTR] = MD_GUARD_ATTR,
                                     [MC_GUARD_CALL] = MD_GUARD_CALL,
                                     [MC_GUARD_DISPATCH] = MD_GUARD_DISPATCH,
                                     [MC_GUARD_OVERFLOW] = MD_GUARD_OVERFLOW};

static const char *const kind_hint[] = {
    [MC_GUARD_TYPE] = "the value's type is not proven: a float literal, float(x), or floats from every call site "
                      "of this function make it proven, and the check goes away",
    [MC_GUARD_ATTR] = "in a hot loop, read an attribute that does not change into a local variable first",
    [MC_GUARD_CALL] = "a module-level function defined once and called by name with positional arguments is "
                      "called directly",
    [MC_GUARD_DISPATCH] = "values from literals, int(), float(), len() and range(), and parameters of functions "
                          "only ever called directly, have known types",
    [MC_GUARD_OVERFLOW] = "ints are exact: + - * check for overflow into a big int; the check itself is cheap",
};

static void report(const McProgram *p, const McSource *src, int64_t at, MdList *out)
{
    McGuardSite *sites;
    int n = mc_guard_sites(p, &sites);
    for (int i = 0; i < n; i++) {
        const McGuardSite *s = &sites[i];
        if (!s->node || s->func->mod->id != 0) continue;
        if (at < 0 ? s->loop_depth < 1 : (s->node->span.start > at || at > s->node->span.end)) continue;
        char cost[16], depth[16];
        snprintf(cost, sizeof cost, "%d", s->cost);
        snprintf(depth, sizeof depth, "%d", s->loop_depth);
        const char *args[] = {s->what ? s->what : s->text[0] ? s->text : "this value", cost, depth};
        md_add_template(out, kind_code[s->kind], src, s->node->span, kind_hint[s->kind], args, 3);
    }
    free(sites);
}

void mc_guard_report(const McProgram *p, const McSource *src, MdList *out) { report(p, src, -1, out); }

void mc_guard_report_at(const McProgram *p, const McSource *src, uint32_t offset, MdList *out)
{
    report(p, src, offset, out);
}
