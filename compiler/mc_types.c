/* mc_types.c — the release profile's type pass.
 *
 * 1. Whole-program type inference over the IR. A variable's type is the
 *    join of what every definition can produce (McType; T_ANY when two
 *    definitions disagree or nothing is known). Facts come from constants,
 *    operators on known types, range() counters, int()/float()/len(), module
 *    globals (every store joined, generators' included), and across calls:
 *    a module-level function whose object never escapes (only ever called
 *    directly, with every argument, generators' calls included) gets its
 *    parameter types from its call sites, and every direct call gets the
 *    callee's return type. Nothing here is speculative: a type is
 *    only recorded when every execution produces it.
 * 2. Definite assignment removes unbound-local checks that cannot fail.
 * 3. Unboxing: a float variable that is bound wherever it is read becomes a
 *    C double (VT_F64). Arithmetic and comparisons on doubles are emitted as
 *    C; any other instruction that reads one gets it re-boxed (OP_BOX_F64,
 *    cheap: floats are immediates), and any other instruction that defines
 *    one writes a temporary that OP_UNBOX_F64 decodes. */
#include "mc_ir.h"

#include <stdlib.h>
#include <string.h>

#include "../runtime/mrt.h"

enum { T_NOTYET = -1 }; /* no definition seen yet: the bottom of the lattice */

typedef struct FnInfo {
    int typed;  /* its variables are typed: a plain function or module body, not a generator */
    int closed; /* its object never escapes: every call is a direct call with every argument */
    int *ptypes;
    int ret;
    McInstr *store;     /* closed: the module body's one store of its object */
    const char **bname; /* per variable: the builtin it was loaded from (temporaries of OP_LOAD_BUILTIN) */
} FnInfo;

typedef struct Types {
    McProgram *p;
    FnInfo *fi;     /* by McFunc id */
    int **gtypes;   /* per module, per global slot */
    char *imported; /* per module: another module imports it (its globals can change from outside) */
    int changed;
    int speculate; /* inferring one function's types under its guards (see speculate()) */
} Types;

/* Bigger functions are not given a guarded version (it doubles their code). */
#define MAX_SPECULATED 4000

static int join(int a, int b)
{
    if (a == T_NOTYET) return b;
    if (b == T_NOTYET) return a;
    return a == b ? a : T_ANY;
}

static int is_intlike(int t) { return t == T_INT || t == T_BOOL; }
static int is_num(int t) { return is_intlike(t) || t == T_FLOAT; }

static McVar *var(McFunc *f, int id) { return f->vars.items[id]; }

static int vtype(McFunc *f, int id) { return id < 0 ? T_ANY : var(f, id)->type; }

static void widen(Types *T, McFunc *f, int id, int t)
{
    McVar *v = var(f, id);
    int nt = join(v->type, t);
    if (nt != v->type) {
        v->type = nt;
        T->changed = 1;
    }
}

static int is_fast_arith(int op)
{
    return op == MRT_OP_ADD || op == MRT_OP_SUB || op == MRT_OP_MUL || op == MRT_OP_TRUEDIV;
}

/* The result type of a binary operator on operand types a and b, as
 * CPython's int, bool and float implement them. */
static int arith_type(int op, int a, int b, int speculate)
{
    if (a == T_NOTYET || b == T_NOTYET) return T_NOTYET;
    /* Under a guard, the unknown operand of float arithmetic is a float. */
    if (speculate && is_fast_arith(op) && ((a == T_FLOAT && b == T_ANY) || (a == T_ANY && b == T_FLOAT)))
        return T_FLOAT;
    if (!is_num(a) || !is_num(b)) return T_ANY;
    int ints = is_intlike(a) && is_intlike(b);
    switch (op) {
    case MRT_OP_ADD:
    case MRT_OP_SUB:
    case MRT_OP_MUL:
    case MRT_OP_FLOORDIV:
    case MRT_OP_MOD:
        return ints ? T_INT : T_FLOAT;
    case MRT_OP_TRUEDIV:
        return T_FLOAT;
    case MRT_OP_LSHIFT:
    case MRT_OP_RSHIFT:
        return ints ? T_INT : T_ANY;
    case MRT_OP_AND:
    case MRT_OP_OR:
    case MRT_OP_XOR:
        if (a == T_BOOL && b == T_BOOL) return T_BOOL;
        return ints ? T_INT : T_ANY;
    default: /* ** can give a float or a complex; @ is never numeric */
        return T_ANY;
    }
}

static int unary_type(int op, int a)
{
    if (a == T_NOTYET) return T_NOTYET;
    if (op == MRT_UOP_NOT) return T_BOOL;
    if (is_intlike(a)) return T_INT;
    return a == T_FLOAT && op != MRT_UOP_INVERT ? T_FLOAT : T_ANY;
}

/* Calls of the builtin types int and float return exactly that type. */
static int call_type(Types *T, McFunc *f, McInstr *in)
{
    const char *callee = in->imm2 < 0 ? T->fi[f->id].bname[in->a] : NULL;
    if (!callee) return T_ANY;
    if (!strcmp(callee, "int")) return T_INT;
    if (!strcmp(callee, "float")) return T_FLOAT;
    return T_ANY;
}

static int builtin_call_type(McFunc *f, McInstr *in)
{
    if (in->imm2 >= 0) return T_ANY;
    if (!strcmp(in->name, "len") || !strcmp(in->name, "ord")) return T_INT;
    if (!strcmp(in->name, "abs") && in->nargs == 1) {
        int t = vtype(f, in->args[0]);
        return t == T_NOTYET ? t : is_intlike(t) ? T_INT : t == T_FLOAT ? T_FLOAT : T_ANY;
    }
    return T_ANY;
}

static int const_type(Types *T, int k)
{
    McConst *c = T->p->consts.items[k];
    return c->kind == K_STR ? T_STR : c->kind == K_BIGINT ? T_INT : T_ANY;
}

static int global_type(Types *T, McFunc *f, McInstr *in)
{
    if (mc_is_builtin_name(in->name)) return T_ANY; /* unbound, it reads as the builtin */
    return T->gtypes[f->mod->id][in->imm];
}

static int special_type(int k)
{
    if (k == MC_SPECIAL_UNBOUND) return T_NOTYET;
    if (k == MC_SPECIAL_NONE) return T_NONE;
    return k == MC_SPECIAL_TRUE || k == MC_SPECIAL_FALSE ? T_BOOL : T_ANY;
}

static McFunc *target_func(Types *T, McInstr *in)
{
    McProgram *p = T->p;
    for (int i = 0; i < p->fnodes.n; i++)
        if (p->fnodes.items[i] == in->target) return p->fnode_funcs.items[i];
    return NULL;
}

/* The type of the value instruction `in` stores in its dst. */
static int result_type(Types *T, McFunc *f, McInstr *in)
{
    switch (in->op) {
    case OP_CONST:
        return const_type(T, in->imm);
    case OP_INT:
        return T_INT;
    case OP_FLOAT:
        return T_FLOAT;
    case OP_SPECIAL:
        return special_type(in->imm);
    case OP_MOVE:
        return vtype(f, in->a);
    case OP_LOAD_GLOBAL:
        return global_type(T, f, in);
    case OP_BINOP:
    case OP_INPLACE:
        return arith_type(in->imm, vtype(f, in->a), vtype(f, in->b), T->speculate);
    case OP_UNOP:
        return unary_type(in->imm, vtype(f, in->a));
    case OP_COND_TO_BOOL:
        return T_BOOL;
    case OP_CALL:
        return call_type(T, f, in);
    case OP_CALL_BUILTIN:
        return builtin_call_type(f, in);
    case OP_CALL_DIRECT: {
        McFunc *g = target_func(T, in);
        return g && T->fi[g->id].typed ? T->fi[g->id].ret : T_ANY;
    }
    default:
        return T_ANY;
    }
}

static void infer_instr(Types *T, McFunc *f, McInstr *in)
{
    switch (in->op) {
    case OP_RANGE_INIT:
        return; /* its outputs are C integers */
    case OP_RANGE_NEXT:
        widen(T, f, in->a, T_INT);
        return;
    case OP_UNPACK:
    case OP_UNPACK_EX:
        for (int i = 0; i < in->nargs; i++) widen(T, f, in->args[i], T_ANY);
        return;
    case OP_RETURN:
        if (T->speculate) return;
        T->fi[f->id].ret = join(T->fi[f->id].ret, vtype(f, in->a));
        return;
    case OP_STORE_GLOBAL: {
        if (T->speculate) return;
        int *g = &T->gtypes[f->mod->id][in->imm], nt = join(*g, vtype(f, in->a));
        if (nt != *g) T->changed = 1;
        *g = nt;
        return;
    }
    case OP_CALL_DIRECT: {
        McFunc *g = target_func(T, in);
        FnInfo *gi = g ? &T->fi[g->id] : NULL;
        if (gi && gi->closed && !T->speculate)
            for (int i = 0; i < in->nargs && i < g->nposargs; i++) {
                int nt = join(gi->ptypes[i], vtype(f, in->args[i]));
                if (nt != gi->ptypes[i]) T->changed = 1;
                gi->ptypes[i] = nt;
            }
        break;
    }
    default:
        break;
    }
    if (in->dst >= 0 && var(f, in->dst)->vt == VT_VALUE) widen(T, f, in->dst, result_type(T, f, in));
}

static void infer_func(Types *T, McFunc *f)
{
    FnInfo *fi = &T->fi[f->id];
    int np =
        f->is_module_body ? 0 : f->nposargs + f->nkwonly + !!(f->flags & MRT_FI_VARARGS) + !!(f->flags & MRT_FI_VARKW);
    for (int i = 0; i < np; i++) widen(T, f, f->param_vars[i], fi->closed ? fi->ptypes[i] : T_ANY);
    for (int i = 0; i < f->ncode; i++) infer_instr(T, f, &f->code[i]);
}

/* ---- which functions are closed ---------------------------------------------------------- */

typedef struct Escape {
    Types *T;
    McFunc *f;
    McInstr *in;
    McFunc **ref; /* per variable of f: the candidate function whose object it holds */
} Escape;

/* A use of a function object is allowed only as the callee of a direct
 * call of that very function with every argument, or as the one store
 * into its global. */
static void check_use(int *v, int is_def, void *ctx)
{
    Escape *X = ctx;
    McFunc *g = is_def ? NULL : X->ref[*v];
    if (!g) return;
    McInstr *in = X->in;
    if (in->op == OP_CALL_DIRECT && v == &in->a && in->target == g->node && in->nargs == g->nposargs) return;
    if (in == X->T->fi[g->id].store) return;
    X->T->fi[g->id].closed = 0;
}

/* Candidates: module-level, direct-callable functions of modules that no
 * other module imports (an importer could reach them as attributes). */
static void find_closed(Types *T)
{
    McProgram *p = T->p;
    McFunc ***slot_fn = calloc((size_t)p->modules.n, sizeof(McFunc **));
    for (int m = 0; m < p->modules.n; m++) {
        McModuleIR *mod = p->modules.items[m];
        slot_fn[m] = calloc((size_t)mod->nglobals + 1, sizeof(McFunc *));
    }
    /* A function stored into a global slot by its module body is a candidate. */
    for (int i = 0; i < p->funcs.n; i++) {
        McFunc *f = p->funcs.items[i];
        if (!f->is_module_body) continue;
        for (int k = 0; k + 1 < f->ncode; k++) {
            McInstr *mk = &f->code[k], *st = &f->code[k + 1];
            if (mk->op != OP_MAKE_FUNCTION || st->op != OP_STORE_GLOBAL || st->a != mk->dst) continue;
            McFunc *g = mk->func;
            if (!T->fi[g->id].typed || !g->direct_ok || !g->node || g->node->kind != N_FUNCDEF) continue;
            if (T->imported[f->mod->id] || slot_fn[f->mod->id][st->imm]) continue;
            slot_fn[f->mod->id][st->imm] = g;
            T->fi[g->id].closed = 1;
            T->fi[g->id].store = st;
        }
    }
    for (int i = 0; i < p->funcs.n; i++) {
        McFunc *f = p->funcs.items[i];
        Escape X = {T, f, NULL, calloc((size_t)f->vars.n + 1, sizeof(McFunc *))};
        McFunc **slots = slot_fn[f->mod->id];
        for (int k = 0; k < f->ncode; k++) {
            McInstr *in = &f->code[k];
            if (in->op == OP_MAKE_FUNCTION && T->fi[in->func->id].closed) X.ref[in->dst] = in->func;
            if (in->op == OP_LOAD_GLOBAL && slots[in->imm]) X.ref[in->dst] = slots[in->imm];
            /* Any other store, delete or class-body read of the slot lets the object escape or change. */
            if ((in->op == OP_DEL_GLOBAL || in->op == OP_CLASSNS_LOAD || in->op == OP_CLASSNS_DEL) && slots[in->imm])
                T->fi[slots[in->imm]->id].closed = 0;
            if (in->op == OP_STORE_GLOBAL && slots[in->imm] && in != T->fi[slots[in->imm]->id].store)
                T->fi[slots[in->imm]->id].closed = 0;
        }
        for (int k = 0; k < f->ncode; k++) {
            X.in = &f->code[k];
            mc_instr_operands(X.in, check_use, &X);
        }
        free(X.ref);
    }
    for (int m = 0; m < p->modules.n; m++) free(slot_fn[m]);
    free(slot_fn);
}

/* ---- setup --------------------------------------------------------------------------------- */

static void mark_imported(Types *T)
{
    McProgram *p = T->p;
    for (int i = 0; i < p->funcs.n; i++) {
        McFunc *f = p->funcs.items[i];
        for (int k = 0; k < f->ncode; k++) {
            McInstr *in = &f->code[k];
            if (in->op != OP_IMPORT) continue;
            for (int m = 0; m < p->modules.n; m++) {
                McModuleIR *mod = p->modules.items[m];
                if (!strcmp(mod->m->name, in->name)) T->imported[m] = 1;
            }
        }
    }
}

static void init_types(Types *T)
{
    McProgram *p = T->p;
    T->fi = calloc((size_t)p->funcs.n + 1, sizeof(FnInfo));
    T->gtypes = calloc((size_t)p->modules.n, sizeof(int *));
    T->imported = calloc((size_t)p->modules.n + 1, 1);
    mark_imported(T);
    for (int m = 0; m < p->modules.n; m++) {
        McModuleIR *mod = p->modules.items[m];
        T->gtypes[m] = malloc(sizeof(int) * ((size_t)mod->nglobals + 1));
        for (int s = 0; s < mod->nglobals; s++)
            T->gtypes[m][s] = T->imported[m] || s == mod->name_slot ? T_ANY : T_NOTYET;
    }
    for (int i = 0; i < p->funcs.n; i++) {
        McFunc *f = p->funcs.items[i];
        FnInfo *fi = &T->fi[f->id];
        fi->typed = !(f->flags & MRT_FI_GENERATOR);
        fi->ret = fi->typed ? T_NOTYET : T_ANY;
        fi->ptypes = malloc(sizeof(int) * ((size_t)f->nposargs + 1));
        for (int k = 0; k < f->nposargs; k++) fi->ptypes[k] = T_NOTYET;
        for (int v = 0; v < f->vars.n; v++) var(f, v)->type = fi->typed && !var(f, v)->is_cell ? T_NOTYET : T_ANY;
        fi->bname = calloc((size_t)f->vars.n + 1, sizeof(char *));
        for (int k = 0; k < f->ncode; k++)
            if (f->code[k].op == OP_LOAD_BUILTIN) fi->bname[f->code[k].dst] = f->code[k].name;
    }
    find_closed(T);
}

static void free_types(Types *T)
{
    for (int i = 0; i < T->p->funcs.n; i++) {
        free(T->fi[i].ptypes);
        free(T->fi[i].bname);
    }
    for (int m = 0; m < T->p->modules.n; m++) free(T->gtypes[m]);
    free(T->fi);
    free(T->gtypes);
    free(T->imported);
}

/* ---- definite assignment and unboxing ------------------------------------------------------- */

typedef struct Unbox {
    McProgram *p;
    McFunc *f;
    int nvars;       /* variables before unboxing (the originals) */
    const int *fact; /* per original variable: its proven type */
    int *shadow;     /* per original variable: the double that replaces it, or -1 */
    int nshadows;
    char *maybe_unbound; /* per variable: read somewhere it may be unbound */
    const uint64_t *state;
    McInstr *out;
    int nout, cap;
    int *exit_label; /* per original instruction: where its failed guards re-enter the generic version */
    int next_label, nguards;
} Unbox;

static void note_use(int *v, int is_def, void *ctx)
{
    Unbox *U = ctx;
    if (!is_def && !mc_da_bound(U->state, *v)) U->maybe_unbound[*v] = 1;
}

/* Drops the unbound checks definite assignment proves redundant and notes
 * the variables that may still be read unbound. */
static void prune_checks(Unbox *U)
{
    McFunc *f = U->f;
    McCfg *g = mc_cfg_build(f);
    int words;
    uint64_t *in = mc_definite_assignment(f, g, &words);
    uint64_t *s = malloc(sizeof(uint64_t) * (size_t)words);
    U->state = s;
    int out = 0;
    for (int b = 0; b < g->nblocks; b++) {
        memcpy(s, in + (size_t)b * (size_t)words, sizeof(uint64_t) * (size_t)words);
        for (int i = g->start[b]; i < g->start[b + 1]; i++) {
            McInstr *ins = &f->code[i];
            int redundant = ins->op == OP_CHECK_BOUND && mc_da_bound(s, ins->a);
            if (!redundant) mc_instr_operands(ins, note_use, U);
            mc_da_step(ins, s);
            if (!redundant) f->code[out++] = *ins;
        }
    }
    f->ncode = out;
    free(s);
    free(in);
    mc_cfg_free(g);
}

static int unbinds(const McInstr *in) { return in->op == OP_SPECIAL && in->imm == MC_SPECIAL_UNBOUND; }

/* Can `in`, with a double destination, compute on doubles? Operands that
 * are not proven floats are converted (ints) or guarded (unknown types). */
static int double_shaped(McFunc *f, const McInstr *in)
{
    switch (in->op) {
    case OP_FLOAT:
    case OP_MOVE:
        return 1;
    case OP_BINOP:
    case OP_INPLACE: {
        int a = vtype(f, in->a), b = vtype(f, in->b);
        return is_fast_arith(in->imm) && (a == T_FLOAT || b == T_FLOAT) && (is_num(a) || a == T_ANY) &&
               (is_num(b) || b == T_ANY);
    }
    case OP_UNOP:
        return (in->imm == MRT_UOP_NEG || in->imm == MRT_UOP_POS) && vtype(f, in->a) == T_FLOAT;
    default:
        return 0;
    }
}

static int new_var(Unbox *U, McVarType vt, int type)
{
    McVar *v = mc_alloc(U->p->arena, sizeof(McVar));
    v->id = U->f->vars.n;
    v->vt = vt;
    v->type = type;
    mc_vec_push(U->p->arena, &U->f->vars, v);
    return v->id;
}

/* Float variables bound wherever they are read, whose every definition
 * computes on doubles or proves a float, get a double shadow. */
static void choose_f64(Unbox *U)
{
    McFunc *f = U->f;
    char *ok = calloc((size_t)U->nvars + 1, 1);
    for (int v = 0; v < U->nvars; v++) {
        McVar *mv = var(f, v);
        ok[v] = mv->vt == VT_VALUE && mv->type == T_FLOAT && !mv->is_cell && !U->maybe_unbound[v];
    }
    for (int i = 0; i < f->ncode; i++) {
        McInstr *in = &f->code[i];
        if (in->dst >= 0 && (unbinds(in) || (!double_shaped(f, in) && U->fact[in->dst] != T_FLOAT))) ok[in->dst] = 0;
        if (in->op == OP_UNPACK || in->op == OP_UNPACK_EX)
            for (int k = 0; k < in->nargs; k++) ok[in->args[k]] = 0;
    }
    for (int v = 0; v < U->nvars; v++)
        if (ok[v]) {
            U->shadow[v] = new_var(U, VT_F64, T_FLOAT);
            var(f, U->shadow[v])->name = var(f, v)->name;
            U->nshadows++;
        }
    free(ok);
}

static McInstr *put(Unbox *U, const McInstr *like, McOp op)
{
    if (U->nout == U->cap) {
        U->cap = U->cap ? U->cap * 2 : 64;
        McInstr *n = mc_alloc(U->p->arena, sizeof(McInstr) * (size_t)U->cap);
        if (U->nout) memcpy(n, U->out, sizeof(McInstr) * (size_t)U->nout);
        U->out = n;
    }
    McInstr *i = &U->out[U->nout++];
    memset(i, 0, sizeof *i);
    i->op = op;
    i->dst = i->a = i->b = i->c = i->imm2 = i->label = i->label2 = -1;
    i->eh = like->eh;
    i->line = like->line;
    i->node = like->node;
    return i;
}

static int shadowed(Unbox *U, int v) { return v >= 0 && v < U->nvars && U->shadow[v] >= 0; }

/* Does the emitter compute `in` (original operands) on doubles? */
static int native_f64(Unbox *U, const McInstr *in)
{
    McFunc *f = U->f;
    switch (in->op) {
    case OP_MOVE:
        return shadowed(U, in->dst) || shadowed(U, in->a);
    case OP_FLOAT:
    case OP_BINOP:
    case OP_INPLACE:
    case OP_UNOP:
        return shadowed(U, in->dst) && double_shaped(f, in);
    case OP_COMPARE_COND:
        return vtype(f, in->a) == T_FLOAT && vtype(f, in->b) == T_FLOAT && (shadowed(U, in->a) || shadowed(U, in->b));
    case OP_TRUTH:
        return shadowed(U, in->a);
    default:
        return 0;
    }
}

typedef struct Rewrite {
    Unbox *U;
    const McInstr *in;
    int index; /* of `in` in the original code */
    int native;
    int boxed[4][2]; /* shadowed variable -> its boxed copy, for this instruction */
    int nboxed;
    int (*unbox_after)[2]; /* value temporary -> double, decoded after the instruction */
    int nafter;
} Rewrite;

/* A double for value operand v of a native instruction: decoded when v is
 * a proven float, converted when a proven int, else guarded. */
static int as_double(Rewrite *R, int v)
{
    Unbox *U = R->U;
    int fact = v < U->nvars ? U->fact[v] : T_ANY;
    McOp op = fact == T_FLOAT ? OP_UNBOX_F64 : is_intlike(fact) ? OP_NUM_TO_F64 : OP_GUARD_F64;
    McInstr *c = put(U, R->in, op);
    c->a = v;
    c->dst = new_var(U, VT_F64, T_FLOAT);
    if (op == OP_GUARD_F64) {
        if (U->exit_label[R->index] < 0) U->exit_label[R->index] = U->next_label++;
        c->label = U->exit_label[R->index];
        c->imm = U->nguards++;
    }
    return c->dst;
}

static int boxed_copy(Rewrite *R, int sv)
{
    for (int i = 0; i < R->nboxed; i++)
        if (R->boxed[i][0] == sv) return R->boxed[i][1];
    McInstr *b = put(R->U, R->in, OP_BOX_F64);
    b->a = sv;
    b->dst = new_var(R->U, VT_VALUE, T_FLOAT);
    if (R->nboxed < 4) {
        R->boxed[R->nboxed][0] = sv;
        R->boxed[R->nboxed++][1] = b->dst;
    }
    return b->dst;
}

static void convert_operand(int *v, int is_def, void *ctx)
{
    Rewrite *R = ctx;
    Unbox *U = R->U;
    int sh = shadowed(U, *v) ? U->shadow[*v] : -1;
    if (is_def) {
        if (sh < 0) return;
        if (!R->native) { /* a proven float in a value: decoded after the instruction */
            int t = new_var(U, VT_VALUE, T_FLOAT);
            R->unbox_after[R->nafter][0] = t;
            R->unbox_after[R->nafter++][1] = sh;
            *v = t;
            return;
        }
        *v = sh;
        return;
    }
    if (sh >= 0)
        *v = R->native ? sh : boxed_copy(R, sh);
    else if (R->native && !(R->in->op == OP_MOVE && !shadowed(U, R->in->dst)))
        *v = as_double(R, *v);
}

static void rewrite_instr(Unbox *U, int i)
{
    McInstr copy = U->f->code[i];
    if (copy.nargs) { /* operands are rewritten in place: never share the array */
        int *args = mc_alloc(U->p->arena, sizeof(int) * (size_t)copy.nargs);
        memcpy(args, copy.args, sizeof(int) * (size_t)copy.nargs);
        copy.args = args;
    }
    Rewrite R = {.U = U, .in = &U->f->code[i], .index = i, .native = native_f64(U, &U->f->code[i])};
    R.unbox_after = mc_alloc(U->p->arena, sizeof(int[2]) * (size_t)(copy.nargs + 3));
    mc_instr_operands(&copy, convert_operand, &R);
    *put(U, &copy, copy.op) = copy;
    for (int k = 0; k < R.nafter; k++) {
        McInstr *d = put(U, &copy, OP_UNBOX_F64);
        d->a = R.unbox_after[k][0];
        d->dst = R.unbox_after[k][1];
    }
}

static int shift_label(int l, int base) { return l >= 0 ? l + base : l; }

/* The generic version: the original code with its labels shifted, entered
 * only from failed guards (at the instruction the guard was for). */
static void append_generic(Unbox *U, const McInstr *code, int n)
{
    int base = U->f->nlabels;
    for (int i = 0; i < n; i++) {
        if (U->exit_label[i] >= 0) put(U, &code[i], OP_LABEL)->imm = U->exit_label[i];
        McInstr *c = put(U, &code[i], code[i].op);
        *c = code[i];
        if (c->op == OP_LABEL) c->imm += base;
        c->label = shift_label(c->label, base);
        c->label2 = shift_label(c->label2, base);
        c->eh = shift_label(c->eh, base);
    }
}

static void rewrite(Unbox *U)
{
    McFunc *f = U->f;
    U->exit_label = malloc(sizeof(int) * ((size_t)f->ncode + 1));
    for (int i = 0; i < f->ncode; i++) U->exit_label[i] = -1;
    U->next_label = 2 * f->nlabels;
    for (int i = 0; i < f->ncode; i++) rewrite_instr(U, i);
    int nmain = U->nout;
    if (U->nguards) append_generic(U, f->code, f->ncode);
    f->ngeneric = U->nout - nmain;
    f->nlabels = U->nguards ? U->next_label : f->nlabels;
    f->code = U->out;
    f->ncode = f->capcode = U->nout;
    f->nguards = U->nguards;
    free(U->exit_label);
}

/* The pairs (variable, its double) that a failed guard boxes back. */
static void record_shadows(Unbox *U)
{
    McFunc *f = U->f;
    f->nshadows = U->nshadows;
    f->shadows = mc_alloc(U->p->arena, sizeof(int[2]) * (size_t)(U->nshadows + 1));
    int k = 0;
    for (int v = 0; v < U->nvars; v++)
        if (U->shadow[v] >= 0) {
            f->shadows[k][0] = v;
            f->shadows[k++][1] = U->shadow[v];
        }
}

static void unbox_func(McProgram *p, McFunc *f, int *fact)
{
    Unbox U = {.p = p, .f = f, .nvars = f->vars.n, .fact = fact};
    U.maybe_unbound = calloc((size_t)f->vars.n + 1, 1);
    U.shadow = malloc(sizeof(int) * ((size_t)f->vars.n + 1));
    for (int v = 0; v < f->vars.n; v++) U.shadow[v] = -1;
    prune_checks(&U);
    choose_f64(&U);
    rewrite(&U);
    record_shadows(&U);
    free(U.maybe_unbound);
    free(U.shadow);
}

/* Re-infers f's variable types assuming every guard holds: an unknown
 * operand of float arithmetic is taken to be a float. The facts stay in
 * `fact`; interprocedural information is not touched. */
static int *speculate(Types *T, McFunc *f)
{
    int *fact = malloc(sizeof(int) * ((size_t)f->vars.n + 1));
    for (int v = 0; v < f->vars.n; v++) fact[v] = var(f, v)->type;
    int ends = f->ncode && mc_is_terminator(f->code[f->ncode - 1].op);
    if (f->is_module_body || !ends || f->ncode > MAX_SPECULATED) return fact;
    for (int v = 0; v < f->vars.n; v++)
        if (!var(f, v)->is_cell) var(f, v)->type = T_NOTYET;
    T->speculate = 1;
    do {
        T->changed = 0;
        infer_func(T, f);
    } while (T->changed);
    T->speculate = 0;
    for (int v = 0; v < f->vars.n; v++)
        if (var(f, v)->type == T_NOTYET) var(f, v)->type = T_ANY;
    return fact;
}

void mc_type_program(McProgram *p)
{
    Types T = {.p = p};
    init_types(&T);
    /* Generators are not typed (their variables stay T_ANY), but they are
     * still visited: their stores into globals and their direct calls of
     * closed functions must join T_ANY into those facts. */
    do {
        T.changed = 0;
        for (int i = 0; i < p->funcs.n; i++) infer_func(&T, p->funcs.items[i]);
    } while (T.changed);
    for (int i = 0; i < p->funcs.n; i++) {
        McFunc *f = p->funcs.items[i];
        for (int v = 0; v < f->vars.n; v++)
            if (var(f, v)->type == T_NOTYET) var(f, v)->type = T_ANY;
    }
    for (int i = 0; i < p->funcs.n; i++) {
        McFunc *f = p->funcs.items[i];
        if (!T.fi[f->id].typed) continue;
        int *fact = speculate(&T, f);
        unbox_func(p, f, fact);
        free(fact);
    }
    free_types(&T);
}
