/* mc_lower.c — lowers a resolved AST to IR: one McFunc per module body,
 * function, lambda and generator expression. Control flow (loops, try,
 * with, finally) becomes labels and jumps; every instruction that may raise
 * carries the label of the handler in force (see docs/ir.md). */
#include "mc_ir.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/mrt.h"

/* Work that must run when control leaves a region early (return, break,
 * continue): restore the handled exception, run a finally body, or call a
 * context manager's __exit__. */
typedef enum { CL_HANDLER, CL_FINALLY, CL_WITH } CleanupKind;
typedef struct Cleanup {
    CleanupKind kind;
    int var;          /* CL_HANDLER: previous handled exception; CL_WITH: bound __exit__ */
    McNodeList *body; /* CL_FINALLY */
    int eh;           /* the handler in force outside the region */
    struct Cleanup *next;
} Cleanup;

typedef struct Loop {
    int lbreak, lcontinue;
    Cleanup *cleanup; /* cleanups in force at loop entry */
    struct Loop *next;
} Loop;

typedef struct SymVar {
    McSymbol *sym;
    int var;
} SymVar;

typedef struct Lower {
    McProgram *p;
    McModuleIR *mod;
    McFunc *fn;
    int eh;
    int line;
    McNode *node; /* the innermost expression being lowered: its instructions' source range */
    Loop *loop;
    Cleanup *cleanup;
    int classns;            /* namespace dict var while lowering a class body, else -1 */
    const char *class_name; /* the class whose body is being lowered, for name mangling */
    int caught;             /* the exception var of the innermost except body, else -1 */
    SymVar *map;            /* symbol -> variable of this function */
    int nmap, capmap;
} Lower;

/* ---- building blocks ------------------------------------------------------------ */

static void *xalloc(Lower *L, size_t n) { return mc_alloc(L->p->arena, n); }

static McInstr *emit(Lower *L, McOp op)
{
    McFunc *f = L->fn;
    if (f->ncode == f->capcode) {
        int cap = f->capcode ? f->capcode * 2 : 64;
        McInstr *c = mc_alloc(L->p->arena, sizeof(McInstr) * (size_t)cap);
        if (f->ncode) memcpy(c, f->code, sizeof(McInstr) * (size_t)f->ncode);
        f->code = c;
        f->capcode = cap;
    }
    McInstr *i = &f->code[f->ncode++];
    memset(i, 0, sizeof *i);
    i->op = op;
    i->dst = i->a = i->b = i->c = -1;
    i->imm2 = -1;
    i->label = i->label2 = -1;
    i->eh = L->eh;
    i->line = L->line;
    i->node = L->node;
    return i;
}

static int new_var(Lower *L, McVarType vt)
{
    McVar *v = xalloc(L, sizeof(McVar));
    v->id = L->fn->vars.n;
    v->vt = vt;
    mc_vec_push(L->p->arena, &L->fn->vars, v);
    return v->id;
}

static int temp(Lower *L) { return new_var(L, VT_VALUE); }
static int new_label(Lower *L) { return L->fn->nlabels++; }
static McVar *var_of(Lower *L, int id) { return L->fn->vars.items[id]; }

static void label(Lower *L, int l) { emit(L, OP_LABEL)->imm = l; }
static void jump(Lower *L, int l) { emit(L, OP_JUMP)->label = l; }

static void branch(Lower *L, int cond, int ltrue, int lfalse)
{
    McInstr *i = emit(L, OP_BRANCH);
    i->a = cond;
    i->label = ltrue;
    i->label2 = lfalse;
}

/* dst = src. Operands are always computed before the instruction using
 * them is emitted (emitting may move the code array). */
static void move(Lower *L, int dst, int src)
{
    McInstr *i = emit(L, OP_MOVE);
    i->dst = dst;
    i->a = src;
}

static void emit_return(Lower *L, int v) { emit(L, OP_RETURN)->a = v; }

static int op_dst(Lower *L, McOp op, int a, int b)
{
    McInstr *i = emit(L, op);
    i->a = a;
    i->b = b;
    return i->dst = temp(L);
}

static int special(Lower *L, int which)
{
    McInstr *i = emit(L, OP_SPECIAL);
    i->imm = which;
    return i->dst = temp(L);
}

static int const_str(Lower *L, const char *s, size_t n)
{
    McInstr *i = emit(L, OP_CONST);
    i->imm = mc_const(L->p, K_STR, s, n);
    return i->dst = temp(L);
}

static int *copy_args(Lower *L, const int *args, int n)
{
    int *a = xalloc(L, sizeof(int) * (size_t)(n ? n : 1));
    memcpy(a, args, sizeof(int) * (size_t)n);
    return a;
}

int mc_const(McProgram *p, McConstKind kind, const char *data, size_t len)
{
    for (int i = 0; i < p->consts.n; i++) {
        McConst *c = p->consts.items[i];
        if (c->kind == kind && c->len == len && !memcmp(c->data, data, kind == K_KWNAMES ? 0 : len)) {
            if (kind != K_KWNAMES) return i;
        }
    }
    McConst *c = mc_alloc(p->arena, sizeof *c);
    c->kind = kind;
    c->data = data;
    c->len = len;
    mc_vec_push(p->arena, &p->consts, c);
    return p->consts.n - 1;
}

/* Private names: inside class C, `__x` (not ending in "__") means `_C__x`,
 * with C's leading underscores dropped, as CPython does. */
static const char *mangle_in(McArena *a, const char *cls, const char *name)
{
    size_t n = strlen(name);
    if (!cls || n < 3 || name[0] != '_' || name[1] != '_' || (name[n - 1] == '_' && name[n - 2] == '_') ||
        strchr(name, '.'))
        return name;
    while (*cls == '_') cls++;
    if (!*cls) return name;
    char *m = mc_sprintf(a, "_%s%s", cls, name);
    return mc_intern(a, m, strlen(m));
}

/* The class that encloses the code being lowered, if any. */
static const char *enclosing_class(Lower *L)
{
    if (L->class_name) return L->class_name;
    for (McScope *s = L->fn->scope; s; s = s->parent)
        if (s->kind == SCOPE_CLASS) return s->name;
    return NULL;
}

/* An instruction on attribute `name` of obj (getattr, setattr, delattr,
 * call_method): the name is an interned str constant. */
static McInstr *attr_instr(Lower *L, McOp op, int obj, const char *name)
{
    name = mangle_in(L->p->arena, enclosing_class(L), name);
    int k = mc_const(L->p, K_STR, name, strlen(name));
    McInstr *in = emit(L, op);
    in->a = obj;
    in->name = name;
    in->imm = k;
    return in;
}

/* ---- names ------------------------------------------------------------------------ */

static void map_sym(Lower *L, McSymbol *s, int v)
{
    if (L->nmap == L->capmap) {
        L->capmap = L->capmap ? L->capmap * 2 : 32;
        SymVar *m = xalloc(L, sizeof(SymVar) * (size_t)L->capmap);
        if (L->nmap) memcpy(m, L->map, sizeof(SymVar) * (size_t)L->nmap);
        L->map = m;
    }
    L->map[L->nmap].sym = s;
    L->map[L->nmap++].var = v;
}

static int sym_var(Lower *L, McSymbol *s)
{
    for (int i = 0; i < L->nmap; i++)
        if (L->map[i].sym == s) return L->map[i].var;
    int v = temp(L);
    McVar *mv = var_of(L, v);
    mv->name = s->name;
    mv->sym = s;
    mv->is_cell = s->kind == SYM_CELL;
    map_sym(L, s, v);
    return v;
}

static int global_slot(McModuleIR *mod, McArena *a, const char *name)
{
    for (int i = 0; i < mod->nglobals; i++)
        if (mod->global_names[i] == name) return i;
    const char **g = mc_alloc(a, sizeof(char *) * (size_t)(mod->nglobals + 1));
    if (mod->nglobals) memcpy(g, mod->global_names, sizeof(char *) * (size_t)mod->nglobals);
    g[mod->nglobals] = name;
    mod->global_names = g;
    return mod->nglobals++;
}

int mc_builtin_index(const char *name)
{
    static const char *const names[] = {
#define BI_NAME(n) #n,
        MRT_BUILTIN_FUNCS(BI_NAME)
#undef BI_NAME
    };
    for (int i = 0; i < MRT_NBUILTINS; i++)
        if (!strcmp(names[i], name)) return i;
    return -1;
}

static int load_global(Lower *L, const char *name)
{
    McInstr *i = emit(L, OP_LOAD_GLOBAL);
    i->imm = global_slot(L->mod, L->p->arena, name);
    i->name = name;
    return i->dst = temp(L);
}

static int load_builtin(Lower *L, const char *name)
{
    if (!strcmp(name, "__name__")) {
        McInstr *i = emit(L, OP_LOAD_GLOBAL);
        i->imm = L->mod->name_slot;
        i->name = name;
        return i->dst = temp(L);
    }
    McInstr *i = emit(L, OP_LOAD_BUILTIN);
    i->name = name;
    i->imm = mc_builtin_index(name);
    return i->dst = temp(L);
}

static int free_cell(Lower *L, McSymbol *s)
{
    McInstr *i = emit(L, OP_FREE);
    i->imm = s->index;
    return i->dst = temp(L);
}

static int cell_get(Lower *L, int cell, const char *name)
{
    McInstr *i = emit(L, OP_CELL_GET);
    i->a = cell;
    i->name = name;
    return i->dst = temp(L);
}

/* Comprehensions are lowered inline, so a name they take from the enclosing
 * function is that function's own symbol, not a captured cell. */
static McSymbol *inline_sym(McSymbol *s)
{
    while (s && s->kind == SYM_FREE && s->outer && s->scope && s->scope->kind == SCOPE_COMPREHENSION) s = s->outer;
    return s;
}

static int load_sym(Lower *L, McSymbol *s, const char *name)
{
    s = inline_sym(s);
    if (!s) return load_builtin(L, name);
    switch (s->kind) {
    case SYM_LOCAL: {
        int v = sym_var(L, s);
        if (!(s->flags & MC_SYM_PARAM)) {
            McInstr *i = emit(L, OP_CHECK_BOUND);
            i->a = v;
            i->name = s->name;
        }
        return v;
    }
    case SYM_CELL:
        return cell_get(L, sym_var(L, s), s->name);
    case SYM_FREE:
        return cell_get(L, free_cell(L, s), s->name);
    case SYM_GLOBAL:
        return load_global(L, s->name);
    case SYM_BUILTIN:
        return load_builtin(L, s->name);
    case SYM_CLASS: {
        const char *n = mangle_in(L->p->arena, L->class_name, s->name);
        McInstr *i = emit(L, OP_CLASSNS_LOAD);
        i->a = L->classns;
        i->name = n;
        i->imm = global_slot(L->mod, L->p->arena, n);
        i->imm2 = mc_builtin_index(n);
        return i->dst = temp(L);
    }
    }
    return load_builtin(L, name);
}

static void store_sym(Lower *L, McSymbol *s, int v)
{
    McInstr *i;
    s = inline_sym(s);
    switch (s->kind) {
    case SYM_LOCAL:
        i = emit(L, OP_MOVE);
        i->dst = sym_var(L, s);
        i->a = v;
        return;
    case SYM_CELL:
    case SYM_FREE: {
        int cell = s->kind == SYM_CELL ? sym_var(L, s) : free_cell(L, s);
        i = emit(L, OP_CELL_SET);
        i->a = cell;
        i->b = v;
        return;
    }
    case SYM_GLOBAL:
    case SYM_BUILTIN:
        i = emit(L, OP_STORE_GLOBAL);
        i->imm = global_slot(L->mod, L->p->arena, s->name);
        i->a = v;
        i->name = s->name;
        return;
    case SYM_CLASS:
        i = emit(L, OP_CLASSNS_STORE);
        i->a = L->classns;
        i->b = v;
        i->name = mangle_in(L->p->arena, L->class_name, s->name);
        return;
    }
}

static void del_sym(Lower *L, McSymbol *s)
{
    McInstr *i;
    s = inline_sym(s);
    switch (s->kind) {
    case SYM_LOCAL: {
        int v = sym_var(L, s);
        i = emit(L, OP_CHECK_BOUND);
        i->a = v;
        i->name = s->name;
        i = emit(L, OP_SPECIAL);
        i->imm = MC_SPECIAL_UNBOUND;
        i->dst = v;
        return;
    }
    case SYM_CELL:
    case SYM_FREE: {
        int c = s->kind == SYM_CELL ? sym_var(L, s) : free_cell(L, s);
        cell_get(L, c, s->name);
        i = emit(L, OP_CELL_SET);
        i->a = c;
        return;
    }
    case SYM_GLOBAL:
    case SYM_BUILTIN:
        i = emit(L, OP_DEL_GLOBAL);
        i->imm = global_slot(L->mod, L->p->arena, s->name);
        i->name = s->name;
        return;
    case SYM_CLASS:
        i = emit(L, OP_CLASSNS_DEL);
        i->a = L->classns;
        i->name = mangle_in(L->p->arena, L->class_name, s->name);
        return;
    }
}

/* ---- expressions -------------------------------------------------------------------- */

static int expr(Lower *L, McNode *n);
static void cond_jump(Lower *L, McNode *n, int ltrue, int lfalse);
static void assign(Lower *L, McNode *target, int v);
static void stmts(Lower *L, McNodeList *body);
static McFunc *lower_function(Lower *L, McNode *n, McScope *scope, const char *name);

static int is_builtin_name(McNode *n, const char *name)
{
    return n->kind == N_NAME && !strcmp(n->name, name) && (!n->sym || n->sym->kind == SYM_BUILTIN);
}

static int has_star_args(McNode *call)
{
    for (int i = 0; i < call->list.n; i++)
        if (call->list.items[i]->kind == N_STAR || call->list.items[i]->kind == N_DSTAR) return 1;
    return 0;
}

/* Evaluates plain call arguments: positional values then keyword values;
 * returns the kwnames constant or -1. */
static int call_args(Lower *L, McNode *call, int *out, int *nout, int *npos)
{
    int n = 0, k = 0;
    size_t kwlen = 0;
    for (int i = 0; i < call->list.n; i++)
        if (call->list.items[i]->kind != N_KEYWORD) out[n++] = expr(L, call->list.items[i]);
    *npos = n;
    char *kw = NULL;
    for (int i = 0; i < call->list.n; i++)
        if (call->list.items[i]->kind == N_KEYWORD) kwlen += strlen(call->list.items[i]->name) + 1;
    if (kwlen) kw = xalloc(L, kwlen);
    size_t off = 0;
    for (int i = 0; i < call->list.n; i++) {
        McNode *a = call->list.items[i];
        if (a->kind != N_KEYWORD) continue;
        out[n++] = expr(L, a->a);
        strcpy(kw + off, a->name);
        off += strlen(a->name) + 1;
        k++;
    }
    *nout = n;
    return k ? mc_const(L->p, K_KWNAMES, kw, (size_t)k) : -1;
}

/* f(*a, **k) and friends: a tuple of positionals and a dict of keywords. */
static int call_ex(Lower *L, int callee, McNode *call)
{
    int lst = emit(L, OP_BUILD_LIST)->dst = temp(L);
    int kw = -1, npos = 0;
    for (int i = 0; i < call->list.n; i++)
        npos += call->list.items[i]->kind != N_KEYWORD && call->list.items[i]->kind != N_DSTAR;
    for (int i = 0; i < call->list.n; i++) {
        McNode *a = call->list.items[i];
        McInstr *in;
        if (a->kind == N_STAR) {
            int v = expr(L, a->a);
            in = emit(L, OP_STAR_EXTEND);
            in->a = lst;
            in->b = v;
            in->c = npos == 1 ? callee : -1; /* CPython names the callee only for f(*a) alone */
        } else if (a->kind != N_KEYWORD && a->kind != N_DSTAR) {
            int v = expr(L, a);
            in = emit(L, OP_LIST_APPEND);
            in->a = lst;
            in->b = v;
        }
    }
    for (int i = 0; i < call->list.n; i++) {
        McNode *a = call->list.items[i];
        if (a->kind != N_KEYWORD && a->kind != N_DSTAR) continue;
        if (kw < 0) kw = emit(L, OP_BUILD_DICT)->dst = temp(L);
        McInstr *in;
        if (a->kind == N_KEYWORD) {
            int key = const_str(L, a->name, strlen(a->name));
            int v = expr(L, a->a);
            in = emit(L, OP_KW_ADD);
            in->a = kw;
            in->b = key;
            in->c = callee;
            in->args = copy_args(L, &v, 1);
            in->nargs = 1;
        } else {
            int v = expr(L, a->a);
            in = emit(L, OP_DICT_MERGE_KW);
            in->a = kw;
            in->b = v;
            in->c = callee;
        }
    }
    int tup = op_dst(L, OP_LIST_TO_TUPLE, lst, -1);
    McInstr *in = emit(L, OP_CALL_EX);
    in->a = callee;
    in->b = tup;
    in->c = kw;
    return in->dst = temp(L);
}

static McNode *enclosing_first_param(Lower *L)
{
    McNode *fn = L->fn->node;
    if (!fn || (fn->kind != N_FUNCDEF && fn->kind != N_LAMBDA) || fn->params.n == 0) return NULL;
    return fn->params.items[0];
}

/* super() with no arguments: super(__class__, <first parameter>). */
static int zero_arg_super(Lower *L, McNode *call)
{
    McSymbol *cls = L->fn->scope ? mc_scope_lookup(L->fn->scope, "__class__") : NULL;
    McNode *self = enclosing_first_param(L);
    if (!cls || !self || !self->sym) {
        int msg = const_str(L, "super(): no arguments", 21);
        McInstr *i = emit(L, OP_LOAD_BUILTIN);
        i->name = "RuntimeError";
        i->imm = -1;
        i->dst = temp(L);
        int exc = i->dst;
        i = emit(L, OP_CALL);
        i->a = exc;
        i->args = copy_args(L, &msg, 1);
        i->nargs = 1;
        i->dst = temp(L);
        int e = i->dst;
        emit(L, OP_RAISE)->a = e;
        return special(L, MC_SPECIAL_NONE);
    }
    int c = load_sym(L, cls, "__class__");
    int s = load_sym(L, self->sym, self->name);
    return op_dst(L, OP_SUPER, c, s);
}

/* The module-level symbol behind a global name (functions see a symbol of
 * their own whose `outer` is the module's). */
static McSymbol *module_sym(McSymbol *s) { return s && s->kind == SYM_GLOBAL && s->outer ? s->outer : s; }

static McNode *direct_target(McNode *callee, McNode *call, int npos)
{
    if (callee->kind != N_NAME) return NULL;
    McSymbol *s = module_sym(callee->sym);
    if (!s || s->kind != SYM_GLOBAL || !(s->flags & MC_SYM_DEF_ONCE) || !s->def) return NULL;
    McNode *def = s->def;
    if (def->kind != N_FUNCDEF || def->list2.n) return NULL;
    if (def->params.n != npos || call->list.n != npos) return NULL;
    for (int i = 0; i < def->params.n; i++)
        if (def->params.items[i]->op != MC_PARAM_POS) return NULL;
    return def;
}

static int expr_call(Lower *L, McNode *n)
{
    McNode *callee = n->a;
    if (has_star_args(n)) return call_ex(L, expr(L, callee), n);
    if (is_builtin_name(callee, "super") && n->list.n == 0) return zero_arg_super(L, n);
    int nargs = n->list.n;
    int *args = xalloc(L, sizeof(int) * (size_t)(nargs ? nargs : 1));
    if (callee->kind == N_ATTR) {
        int obj = expr(L, callee->a);
        int npos, nout;
        int kw = call_args(L, n, args, &nout, &npos);
        McInstr *i = attr_instr(L, OP_CALL_METHOD, obj, callee->name);
        i->args = args;
        i->nargs = nout;
        i->imm2 = kw;
        i->line = callee->span.end_line ? (int)callee->span.line : L->line;
        return i->dst = temp(L);
    }
    if (callee->kind == N_NAME && (!callee->sym || callee->sym->kind == SYM_BUILTIN)) {
        int bi = mc_builtin_index(callee->name);
        if (bi >= 0) {
            int npos, nout;
            int kw = call_args(L, n, args, &nout, &npos);
            McInstr *i = emit(L, OP_CALL_BUILTIN);
            i->imm = bi;
            i->name = callee->name;
            i->args = args;
            i->nargs = nout;
            i->imm2 = kw;
            return i->dst = temp(L);
        }
    }
    int f = expr(L, callee);
    int npos, nout;
    int kw = call_args(L, n, args, &nout, &npos);
    McInstr *i;
    McNode *target = kw < 0 ? direct_target(callee, n, npos) : NULL;
    if (target) {
        i = emit(L, OP_CALL_DIRECT);
        i->target = target;
    } else {
        i = emit(L, OP_CALL);
    }
    i->a = f;
    i->args = args;
    i->nargs = nout;
    i->imm2 = kw;
    return i->dst = temp(L);
}

/* What CPython's compiler folds into a constant (which decides the order
 * of constant set displays): literals, and arithmetic and tuples of them.
 * `**` and `<<` are left out: CPython folds them only for small results. */
static int is_constant(McNode *e)
{
    switch (e->kind) {
    case N_BINOP:
        if (e->op == MRT_OP_POW || e->op == MRT_OP_LSHIFT) /* folded while the result stays small */
            return e->a->kind == N_INT && e->b->kind == N_INT && strlen(e->b->str) <= 2 && atoi(e->b->str) <= 64;
        return e->op != MRT_OP_MATMUL && is_constant(e->a) && is_constant(e->b);
    case N_TUPLE:
        for (int i = 0; i < e->list.n; i++)
            if (!is_constant(e->list.items[i])) return 0;
        return 1;
    case N_INT:
    case N_FLOAT:
    case N_STR:
    case N_BYTES:
    case N_TRUE:
    case N_FALSE:
    case N_NONE:
        return 1;
    case N_UNARY:
        return is_constant(e->a);
    default:
        return 0;
    }
}

/* A decimal int literal that OP_INT can hold. */
static int small_int_literal(McNode *e, long long *v)
{
    char *end;
    if (e->kind != N_INT || strlen(e->str) >= 15) return 0;
    *v = strtoll(e->str, &end, 10);
    return *end == 0;
}

static int all_constant(McNode *seq)
{
    for (int i = 0; i < seq->list.n; i++)
        if (!is_constant(seq->list.items[i])) return 0;
    return seq->list.n > 0;
}

static int display(Lower *L, McNode *n, McOp build);

/* What a `for` iterates over. `for x in {1, 2}` iterates the frozenset
 * constant CPython folds the display into (its order can differ). */
static int iterable(Lower *L, McNode *n)
{
    if (n->kind != N_SET || !all_constant(n)) return expr(L, n);
    int v = display(L, n, OP_BUILD_SET);
    L->fn->code[L->fn->ncode - 1].imm = 2;
    return v;
}

/* A list/tuple/set display whose elements may include *x. */
static int display(Lower *L, McNode *n, McOp build)
{
    int nstar = 0, nconst = 0;
    for (int i = 0; i < n->list.n; i++) {
        nstar += n->list.items[i]->kind == N_STAR;
        nconst += is_constant(n->list.items[i]);
    }
    if (!nstar) {
        int *args = xalloc(L, sizeof(int) * (size_t)(n->list.n ? n->list.n : 1));
        for (int i = 0; i < n->list.n; i++) args[i] = expr(L, n->list.items[i]);
        McInstr *in = emit(L, build);
        in->args = args;
        in->nargs = n->list.n;
        /* CPython folds a display of three or more constants: same order here. */
        if (build == OP_BUILD_SET && nconst == n->list.n && nconst >= 3) in->imm = 1;
        return in->dst = temp(L);
    }
    int acc = emit(L, build == OP_BUILD_SET ? OP_BUILD_SET : OP_BUILD_LIST)->dst = temp(L);
    for (int i = 0; i < n->list.n; i++) {
        McNode *e = n->list.items[i];
        int star = e->kind == N_STAR;
        int v = expr(L, star ? e->a : e);
        McInstr *in = emit(L, build == OP_BUILD_SET ? (star ? OP_SET_UPDATE : OP_SET_ADD)
                                                    : (star ? OP_LIST_EXTEND : OP_LIST_APPEND));
        in->a = acc;
        in->b = v;
    }
    return build == OP_BUILD_TUPLE ? op_dst(L, OP_LIST_TO_TUPLE, acc, -1) : acc;
}

static int dict_display(Lower *L, McNode *n)
{
    int d = emit(L, OP_BUILD_DICT)->dst = temp(L);
    for (int i = 0; i < n->list.n; i++) {
        McNode *e = n->list.items[i];
        McInstr *in;
        if (e->kind == N_DSTAR) {
            int v = expr(L, e->a);
            in = emit(L, OP_DICT_UPDATE);
            in->a = d;
            in->b = v;
        } else {
            int k = expr(L, e->a);
            int v = expr(L, e->b);
            in = emit(L, OP_DICT_SET);
            in->a = d;
            in->b = k;
            in->c = v;
        }
    }
    return d;
}

static int slice_expr(Lower *L, McNode *n)
{
    McInstr *in;
    int a = n->a ? expr(L, n->a) : -1;
    int b = n->b ? expr(L, n->b) : -1;
    int c = n->c ? expr(L, n->c) : -1;
    in = emit(L, OP_BUILD_SLICE);
    in->a = a;
    in->b = b;
    in->c = c;
    return in->dst = temp(L);
}

static int subscript_key(Lower *L, McNode *k) { return k->kind == N_SLICE ? slice_expr(L, k) : expr(L, k); }

/* o[lo:hi:step] read (OP_GETSLICE) or assigned v (OP_SETSLICE) without a
 * slice object; operands are evaluated in CPython's order. */
static McInstr *slice_op(Lower *L, McOp op, int o, McNode *s, int v)
{
    int lo = s->a ? expr(L, s->a) : -1;
    int hi = s->b ? expr(L, s->b) : -1;
    int extra[2], n = 0;
    if (op == OP_SETSLICE) extra[n++] = v;
    if (s->c) extra[n++] = expr(L, s->c);
    McInstr *in = emit(L, op);
    in->a = o;
    in->b = lo;
    in->c = hi;
    in->args = copy_args(L, extra, n);
    in->nargs = n;
    return in;
}

/* Value of a comparison chain: the first false result, or the last. */
static int compare_value(Lower *L, McNode *n)
{
    int res = temp(L), lend = new_label(L);
    int left = expr(L, n->list.items[0]);
    for (int k = 0; k < n->list.n - 1; k++) {
        int right = expr(L, n->list.items[k + 1]);
        int op = n->ops[k];
        McInstr *in;
        if (op <= MC_CMP_GE) {
            in = emit(L, OP_COMPARE);
            in->imm = op;
            in->a = left;
            in->b = right;
            in->dst = temp(L);
            McInstr *mv = emit(L, OP_MOVE);
            mv->dst = res;
            mv->a = in->dst;
        } else {
            int c = new_var(L, VT_COND);
            in = emit(L, op == MC_CMP_IS || op == MC_CMP_IS_NOT ? OP_IS : OP_IN);
            in->a = op == MC_CMP_IN || op == MC_CMP_NOT_IN ? left : left;
            in->b = right;
            in->dst = c;
            if (op == MC_CMP_IS_NOT || op == MC_CMP_NOT_IN) {
                int c2 = new_var(L, VT_COND);
                McInstr *nt = emit(L, OP_NOT_COND);
                nt->a = c;
                nt->dst = c2;
                c = c2;
            }
            McInstr *b = emit(L, OP_COND_TO_BOOL);
            b->a = c;
            b->dst = res;
        }
        if (k < n->list.n - 2) {
            int c = new_var(L, VT_COND), lnext = new_label(L);
            McInstr *t = emit(L, OP_TRUTH);
            t->a = res;
            t->dst = c;
            branch(L, c, lnext, lend);
            label(L, lnext);
        }
        left = right;
    }
    label(L, lend);
    return res;
}

static int bool_op(Lower *L, McNode *n)
{
    int res = temp(L), lend = new_label(L), lright = new_label(L);
    move(L, res, expr(L, n->a));
    int c = new_var(L, VT_COND);
    McInstr *t = emit(L, OP_TRUTH);
    t->a = res;
    t->dst = c;
    if (n->kind == N_AND)
        branch(L, c, lright, lend);
    else
        branch(L, c, lend, lright);
    label(L, lright);
    move(L, res, expr(L, n->b));
    label(L, lend);
    return res;
}

static int if_exp(Lower *L, McNode *n)
{
    int res = temp(L), lt = new_label(L), lf = new_label(L), lend = new_label(L);
    cond_jump(L, n->a, lt, lf);
    label(L, lt);
    move(L, res, expr(L, n->b));
    jump(L, lend);
    label(L, lf);
    move(L, res, expr(L, n->c));
    label(L, lend);
    return res;
}

static int fstring(Lower *L, McNode *n)
{
    int *parts = xalloc(L, sizeof(int) * (size_t)(n->list.n ? n->list.n : 1));
    for (int i = 0; i < n->list.n; i++) {
        McNode *p = n->list.items[i];
        if (p->kind != N_FVALUE) {
            parts[i] = expr(L, p);
            continue;
        }
        int v = expr(L, p->a);
        if (p->op) {
            McInstr *c = emit(L, OP_CONVERT);
            c->a = v;
            c->imm = p->op;
            v = c->dst = temp(L);
        }
        int spec = p->b ? expr(L, p->b) : -1;
        McInstr *f = emit(L, OP_FORMAT);
        f->a = v;
        f->b = spec;
        parts[i] = f->dst = temp(L);
    }
    if (n->list.n == 1 && n->list.items[0]->kind == N_STR) return parts[0];
    McInstr *j = emit(L, OP_JOIN_STR);
    j->args = parts;
    j->nargs = n->list.n;
    return j->dst = temp(L);
}

static int make_function_object(Lower *L, McFunc *f, McNode *n);

/* Comprehension clauses, innermost action emitted by `body`. The first
 * iterable was evaluated by the caller (first_it). */
typedef void (*CompBody)(Lower *L, McNode *comp, int acc);

static void comp_clauses(Lower *L, McNode *comp, int k, int first_it, int acc, CompBody body, int lcontinue)
{
    if (k == comp->list.n) {
        body(L, comp, acc);
        return;
    }
    McNode *c = comp->list.items[k];
    if (c->kind == N_COMPIF) {
        int lok = new_label(L);
        cond_jump(L, c->a, lok, lcontinue);
        label(L, lok);
        comp_clauses(L, comp, k + 1, -1, acc, body, lcontinue);
        return;
    }
    int it = first_it >= 0 ? first_it : op_dst(L, OP_ITER, iterable(L, c->b), -1);
    int ltop = new_label(L), lend = new_label(L);
    label(L, ltop);
    McInstr *nx = emit(L, OP_FOR_NEXT);
    nx->a = it;
    nx->label = lend;
    int v = nx->dst = temp(L);
    assign(L, c->a, v);
    comp_clauses(L, comp, k + 1, -1, acc, body, ltop);
    jump(L, ltop);
    label(L, lend);
}

static void comp_list_body(Lower *L, McNode *comp, int acc)
{
    McInstr *in;
    if (comp->kind == N_DICTCOMP) {
        int k = expr(L, comp->a);
        int v = expr(L, comp->b);
        in = emit(L, OP_DICT_SET);
        in->a = acc;
        in->b = k;
        in->c = v;
        return;
    }
    int v = expr(L, comp->a);
    in = emit(L, comp->kind == N_SETCOMP ? OP_SET_ADD : OP_LIST_APPEND);
    in->a = acc;
    in->b = v;
}

static void comp_yield_body(Lower *L, McNode *comp, int acc)
{
    int v = expr(L, comp->a);
    McInstr *y = emit(L, OP_YIELD);
    y->a = v;
    y->imm = ++L->fn->nyields;
    y->dst = temp(L);
}

static int first_iter(Lower *L, McNode *comp)
{
    McNode *first = comp->list.items[0];
    return op_dst(L, OP_ITER, iterable(L, first->b), -1);
}

/* Captured locals that are not parameters start as empty cells, once per
 * execution of their scope. */
static void init_cells(Lower *L, McScope *scope)
{
    for (int i = 0; scope && i < scope->syms.n; i++) {
        McSymbol *s = scope->syms.items[i];
        if (s->kind != SYM_CELL || (s->flags & MC_SYM_PARAM)) continue;
        McInstr *in = emit(L, OP_CELL_NEW);
        in->dst = sym_var(L, s);
    }
}

static int comprehension(Lower *L, McNode *n)
{
    McOp build = n->kind == N_LISTCOMP ? OP_BUILD_LIST : n->kind == N_SETCOMP ? OP_BUILD_SET : OP_BUILD_DICT;
    int acc = emit(L, build)->dst = temp(L);
    int it = first_iter(L, n);
    init_cells(L, n->scope);
    int lend = new_label(L);
    comp_clauses(L, n, 0, it, acc, comp_list_body, lend);
    label(L, lend);
    return acc;
}

/* A generator expression is a generator function of one argument (the
 * first iterator), called at once. */
static int genexp(Lower *L, McNode *n)
{
    int it = first_iter(L, n);
    McFunc *f = lower_function(L, n, n->scope, "<genexpr>");
    int fo = make_function_object(L, f, n);
    McInstr *c = emit(L, OP_CALL);
    c->a = fo;
    c->args = copy_args(L, &it, 1);
    c->nargs = 1;
    return c->dst = temp(L);
}

static int yield_expr(Lower *L, McNode *n)
{
    if (n->kind == N_YIELDFROM) {
        /* Values sent to (or thrown into) this generator go to the sub-iterator. */
        int it = op_dst(L, OP_ITER, expr(L, n->a), -1);
        int sent = special(L, MC_SPECIAL_NONE);
        int ltop = new_label(L), lend = new_label(L);
        label(L, ltop);
        McInstr *nx = emit(L, OP_YF_SEND);
        nx->a = it;
        nx->b = sent;
        nx->label = lend;
        int v = nx->dst = temp(L);
        McInstr *y = emit(L, OP_YIELD);
        y->a = v;
        y->c = it;
        y->label = lend;
        y->imm = ++L->fn->nyields;
        y->dst = temp(L);
        move(L, sent, y->dst);
        jump(L, ltop);
        label(L, lend);
        return op_dst(L, OP_YIELD_FROM_RESULT, it, -1);
    }
    int v = n->a ? expr(L, n->a) : special(L, MC_SPECIAL_NONE);
    McInstr *y = emit(L, OP_YIELD);
    y->a = v;
    y->imm = ++L->fn->nyields;
    return y->dst = temp(L);
}

/* -5 and -2.5 are constants (as CPython folds them), not a negation at run
 * time; returns -1 for anything else. */
static int negative_literal(Lower *L, McNode *lit)
{
    McInstr *in;
    long long v;
    if (lit->kind == N_FLOAT) {
        in = emit(L, OP_FLOAT);
        in->fval = -lit->fval;
    } else if (small_int_literal(lit, &v)) {
        in = emit(L, OP_INT);
        in->ival = -v;
    } else {
        return -1;
    }
    return in->dst = temp(L);
}

static int expr(Lower *L, McNode *n)
{
    int saved_line = L->line;
    McNode *saved_node = L->node;
    if (n->span.line) L->line = (int)n->span.line;
    L->node = n;
    int r;
    McInstr *in;
    switch (n->kind) {
    case N_INT: {
        long long v;
        if (small_int_literal(n, &v)) {
            in = emit(L, OP_INT);
            in->ival = v;
        } else {
            in = emit(L, OP_CONST);
            in->imm = mc_const(L->p, K_BIGINT, n->str, strlen(n->str));
        }
        r = in->dst = temp(L);
        break;
    }
    case N_FLOAT:
        in = emit(L, OP_FLOAT);
        in->fval = n->fval;
        r = in->dst = temp(L);
        break;
    case N_STR:
        r = const_str(L, n->str ? n->str : "", n->len);
        break;
    case N_BYTES:
        in = emit(L, OP_CONST);
        in->imm = mc_const(L->p, K_BYTES, n->str ? n->str : "", n->len);
        r = in->dst = temp(L);
        break;
    case N_TRUE:
        r = special(L, MC_SPECIAL_TRUE);
        break;
    case N_FALSE:
        r = special(L, MC_SPECIAL_FALSE);
        break;
    case N_NONE:
        r = special(L, MC_SPECIAL_NONE);
        break;
    case N_ELLIPSIS:
        r = special(L, MC_SPECIAL_ELLIPSIS);
        break;
    case N_NAME:
        r = load_sym(L, n->sym, n->name);
        break;
    case N_ATTR: {
        int o = expr(L, n->a);
        in = attr_instr(L, OP_GETATTR, o, n->name);
        r = in->dst = temp(L);
        break;
    }
    case N_SUBSCRIPT: {
        int o = expr(L, n->a);
        if (n->b->kind == N_SLICE) {
            r = slice_op(L, OP_GETSLICE, o, n->b, -1)->dst = temp(L);
            break;
        }
        int k = subscript_key(L, n->b);
        r = op_dst(L, OP_GETITEM, o, k);
        break;
    }
    case N_SLICE:
        r = slice_expr(L, n);
        break;
    case N_CALL:
        r = expr_call(L, n);
        break;
    case N_BINOP: {
        int a = expr(L, n->a);
        int b = expr(L, n->b);
        in = emit(L, OP_BINOP);
        in->imm = n->op;
        in->a = a;
        in->b = b;
        r = in->dst = temp(L);
        break;
    }
    case N_UNARY: {
        if (n->op == MRT_UOP_NEG && (r = negative_literal(L, n->a)) >= 0) break;
        int a = expr(L, n->a);
        in = emit(L, OP_UNOP);
        in->imm = n->op;
        in->a = a;
        r = in->dst = temp(L);
        break;
    }
    case N_NOT: {
        int lt = new_label(L), lf = new_label(L), lend = new_label(L);
        r = temp(L);
        cond_jump(L, n->a, lt, lf);
        label(L, lt);
        in = emit(L, OP_SPECIAL);
        in->imm = MC_SPECIAL_FALSE;
        in->dst = r;
        jump(L, lend);
        label(L, lf);
        in = emit(L, OP_SPECIAL);
        in->imm = MC_SPECIAL_TRUE;
        in->dst = r;
        label(L, lend);
        break;
    }
    case N_AND:
    case N_OR:
        r = bool_op(L, n);
        break;
    case N_COMPARE:
        r = compare_value(L, n);
        break;
    case N_IFEXP:
        r = if_exp(L, n);
        break;
    case N_LAMBDA: {
        McFunc *f = lower_function(L, n, n->scope, "<lambda>");
        r = make_function_object(L, f, n);
        break;
    }
    case N_LIST:
        r = display(L, n, OP_BUILD_LIST);
        break;
    case N_TUPLE:
        r = display(L, n, OP_BUILD_TUPLE);
        break;
    case N_SET:
        r = display(L, n, OP_BUILD_SET);
        break;
    case N_DICT:
        r = dict_display(L, n);
        break;
    case N_LISTCOMP:
    case N_SETCOMP:
    case N_DICTCOMP:
        r = comprehension(L, n);
        break;
    case N_GENEXP:
        r = genexp(L, n);
        break;
    case N_FSTRING:
        r = fstring(L, n);
        break;
    case N_YIELD:
    case N_YIELDFROM:
        r = yield_expr(L, n);
        break;
    default:
        /* The parser reported anything else; keep the IR well-formed. */
        r = special(L, MC_SPECIAL_NONE);
        break;
    }
    L->line = saved_line;
    L->node = saved_node;
    return r;
}

/* ---- conditions ------------------------------------------------------------------------- */

static void cond_jump(Lower *L, McNode *n, int ltrue, int lfalse)
{
    int saved_line = L->line;
    if (n->span.line) L->line = (int)n->span.line;
    if (n->kind == N_NOT) {
        cond_jump(L, n->a, lfalse, ltrue);
    } else if (n->kind == N_AND || n->kind == N_OR) {
        int lmid = new_label(L);
        if (n->kind == N_AND)
            cond_jump(L, n->a, lmid, lfalse);
        else
            cond_jump(L, n->a, ltrue, lmid);
        label(L, lmid);
        cond_jump(L, n->b, ltrue, lfalse);
    } else if (n->kind == N_TRUE || n->kind == N_FALSE) {
        jump(L, n->kind == N_TRUE ? ltrue : lfalse);
    } else if (n->kind == N_COMPARE) {
        int left = expr(L, n->list.items[0]);
        for (int k = 0; k < n->list.n - 1; k++) {
            int right = expr(L, n->list.items[k + 1]);
            int op = n->ops[k], c = new_var(L, VT_COND);
            McInstr *in;
            if (op <= MC_CMP_GE) {
                in = emit(L, OP_COMPARE_COND);
                in->imm = op;
            } else {
                in = emit(L, op == MC_CMP_IS || op == MC_CMP_IS_NOT ? OP_IS : OP_IN);
            }
            in->a = left;
            in->b = right;
            in->dst = c;
            int negate = op == MC_CMP_IS_NOT || op == MC_CMP_NOT_IN;
            int lnext = k < n->list.n - 2 ? new_label(L) : ltrue;
            if (negate)
                branch(L, c, lfalse, lnext);
            else
                branch(L, c, lnext, lfalse);
            if (lnext != ltrue) label(L, lnext);
            left = right;
        }
    } else if (n->kind == N_CALL && is_builtin_name(n->a, "isinstance") && n->list.n == 2 && !has_star_args(n) &&
               n->list.items[0]->kind != N_KEYWORD && n->list.items[1]->kind != N_KEYWORD) {
        int v = expr(L, n->list.items[0]);
        int t = expr(L, n->list.items[1]);
        int c = new_var(L, VT_COND);
        McInstr *in = emit(L, OP_ISINSTANCE);
        in->a = v;
        in->b = t;
        in->dst = c;
        branch(L, c, ltrue, lfalse);
    } else {
        int v = expr(L, n);
        int c = new_var(L, VT_COND);
        McInstr *in = emit(L, OP_TRUTH);
        in->a = v;
        in->dst = c;
        branch(L, c, ltrue, lfalse);
    }
    L->line = saved_line;
}

/* ---- assignment targets -------------------------------------------------------------------- */

static void assign_seq(Lower *L, McNode *target, int v)
{
    int n = target->list.n, star = -1;
    for (int i = 0; i < n; i++)
        if (target->list.items[i]->kind == N_STAR) star = i;
    int *outs = xalloc(L, sizeof(int) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) outs[i] = temp(L);
    McInstr *in = emit(L, star < 0 ? OP_UNPACK : OP_UNPACK_EX);
    in->a = v;
    in->args = outs;
    in->nargs = n;
    if (star >= 0) {
        in->imm = star;
        in->imm2 = n - star - 1;
    }
    for (int i = 0; i < n; i++) {
        McNode *t = target->list.items[i];
        assign(L, t->kind == N_STAR ? t->a : t, outs[i]);
    }
}

static void assign(Lower *L, McNode *target, int v)
{
    McInstr *in;
    switch (target->kind) {
    case N_NAME:
        if (target->sym) store_sym(L, target->sym, v);
        break;
    case N_ATTR: {
        int o = expr(L, target->a);
        in = attr_instr(L, OP_SETATTR, o, target->name);
        in->b = v;
        break;
    }
    case N_SUBSCRIPT: {
        int o = expr(L, target->a);
        if (target->b->kind == N_SLICE) {
            slice_op(L, OP_SETSLICE, o, target->b, v);
            break;
        }
        int k = subscript_key(L, target->b);
        in = emit(L, OP_SETITEM);
        in->a = o;
        in->b = k;
        in->c = v;
        break;
    }
    case N_TUPLE:
    case N_LIST:
        assign_seq(L, target, v);
        break;
    default:
        break; /* reported by the parser */
    }
}

/* x[i:j] = y[k:l:m]: only the assignment reads the items taken from y, so
 * they may go through a scratch list the site reuses (GETSLICE imm 1).
 * Evaluation order is unchanged: all of y[k:l:m], then x, i, j. */
static int slice_copy_assign(Lower *L, McNode *target, McNode *value)
{
    if (target->kind != N_SUBSCRIPT || target->b->kind != N_SLICE || value->kind != N_SUBSCRIPT ||
        value->b->kind != N_SLICE)
        return 0;
    int y = expr(L, value->a);
    McInstr *g = slice_op(L, OP_GETSLICE, y, value->b, -1);
    g->imm = 1;
    int v = g->dst = temp(L);
    assign(L, target, v);
    return 1;
}

static void del_target(Lower *L, McNode *t)
{
    McInstr *in;
    switch (t->kind) {
    case N_NAME:
        if (t->sym) del_sym(L, t->sym);
        break;
    case N_ATTR: {
        int o = expr(L, t->a);
        in = attr_instr(L, OP_DELATTR, o, t->name);
        break;
    }
    case N_SUBSCRIPT: {
        int o = expr(L, t->a);
        int k = subscript_key(L, t->b);
        in = emit(L, OP_DELITEM);
        in->a = o;
        in->b = k;
        break;
    }
    case N_TUPLE:
    case N_LIST:
        for (int i = 0; i < t->list.n; i++) del_target(L, t->list.items[i]);
        break;
    default:
        break;
    }
}

/* ---- early exits and cleanups ----------------------------------------------------------------- */

static void call_exit_none(Lower *L, int exitm)
{
    int none = special(L, MC_SPECIAL_NONE);
    int args[3] = {none, none, none};
    McInstr *c = emit(L, OP_CALL);
    c->a = exitm;
    c->args = copy_args(L, args, 3);
    c->nargs = 3;
    c->dst = temp(L);
}

/* Runs the cleanups between the current point and `stop` (exclusive). */
static void run_cleanups(Lower *L, Cleanup *stop)
{
    Cleanup *saved = L->cleanup;
    int saved_eh = L->eh;
    for (Cleanup *c = L->cleanup; c && c != stop; c = c->next) {
        L->cleanup = c->next;
        L->eh = c->eh;
        if (c->kind == CL_HANDLER) {
            emit(L, OP_LEAVE_HANDLER)->a = c->var;
        } else if (c->kind == CL_WITH) {
            call_exit_none(L, c->var);
        } else {
            stmts(L, c->body);
        }
    }
    L->cleanup = saved;
    L->eh = saved_eh;
}

static void push_cleanup(Lower *L, Cleanup *c, CleanupKind kind, int var, McNodeList *body)
{
    c->kind = kind;
    c->var = var;
    c->body = body;
    c->eh = L->eh;
    c->next = L->cleanup;
    L->cleanup = c;
}

static void return_stmt(Lower *L, McNode *n)
{
    int v = n->a ? expr(L, n->a) : special(L, MC_SPECIAL_NONE);
    if (L->cleanup) {
        int keep = temp(L);
        McInstr *mv = emit(L, OP_MOVE);
        mv->dst = keep;
        mv->a = v;
        v = keep;
        run_cleanups(L, NULL);
    }
    emit(L, OP_RETURN)->a = v;
}

static void break_continue(Lower *L, int is_break)
{
    if (!L->loop) return; /* reported by the parser */
    run_cleanups(L, L->loop->cleanup);
    jump(L, is_break ? L->loop->lbreak : L->loop->lcontinue);
}

/* ---- statements ---------------------------------------------------------------------------------- */

static void if_stmt(Lower *L, McNode *n)
{
    int lt = new_label(L), lf = new_label(L), lend = new_label(L);
    cond_jump(L, n->a, lt, lf);
    label(L, lt);
    stmts(L, &n->list);
    jump(L, lend);
    label(L, lf);
    stmts(L, &n->list2);
    label(L, lend);
}

static void loop_body(Lower *L, McNodeList *body, int lbreak, int lcontinue)
{
    Loop lp = {lbreak, lcontinue, L->cleanup, L->loop};
    L->loop = &lp;
    stmts(L, body);
    L->loop = lp.next;
}

static void while_stmt(Lower *L, McNode *n)
{
    int ltop = new_label(L), lbody = new_label(L), lelse = new_label(L), lend = new_label(L);
    label(L, ltop);
    cond_jump(L, n->a, lbody, lelse);
    label(L, lbody);
    loop_body(L, &n->list, lend, ltop);
    jump(L, ltop);
    label(L, lelse);
    stmts(L, &n->list2);
    label(L, lend);
}

/* for x in range(...) with the builtin range: a C counting loop. */
static int range_call(McNode *it)
{
    return it->kind == N_CALL && is_builtin_name(it->a, "range") && it->list.n >= 1 && it->list.n <= 3 &&
           !has_star_args(it) && it->list.items[0]->kind != N_KEYWORD &&
           it->list.items[it->list.n - 1]->kind != N_KEYWORD;
}

static void for_stmt(Lower *L, McNode *n)
{
    int ltop = new_label(L), lelse = new_label(L), lend = new_label(L);
    int v;
    if (range_call(n->b)) {
        int args[3];
        for (int i = 0; i < n->b->list.n; i++) args[i] = expr(L, n->b->list.items[i]);
        int ivar = new_var(L, VT_I64), stop = new_var(L, VT_I64), step = new_var(L, VT_I64);
        McInstr *in = emit(L, OP_RANGE_INIT);
        in->args = copy_args(L, args, n->b->list.n);
        in->nargs = n->b->list.n;
        in->dst = ivar;
        in->b = stop;
        in->c = step;
        label(L, ltop);
        in = emit(L, OP_RANGE_NEXT);
        in->dst = ivar;
        in->b = stop;
        in->c = step;
        in->a = v = temp(L);
        in->label = lelse;
    } else {
        int it = op_dst(L, OP_ITER, iterable(L, n->b), -1);
        label(L, ltop);
        McInstr *nx = emit(L, OP_FOR_NEXT);
        nx->a = it;
        nx->label = lelse;
        v = nx->dst = temp(L);
    }
    assign(L, n->a, v);
    loop_body(L, &n->list, lend, ltop);
    jump(L, ltop);
    label(L, lelse);
    stmts(L, &n->list2);
    label(L, lend);
}

/* except clauses: the caught exception is `exc`; no match re-raises it. */
static void handlers(Lower *L, McNode *n, int exc, int lend)
{
    int prev = emit(L, OP_ENTER_HANDLER)->dst = temp(L);
    L->fn->code[L->fn->ncode - 1].a = exc;
    int outer_eh = L->eh;
    /* An exception inside a handler first restores the handled exception. */
    int lhx = new_label(L);
    L->eh = lhx;
    Cleanup cl;
    push_cleanup(L, &cl, CL_HANDLER, prev, NULL);
    cl.eh = outer_eh;
    int saved_caught = L->caught;
    for (int k = 0; k < n->list2.n; k++) {
        McNode *h = n->list2.items[k];
        int lbody = new_label(L), lnext = new_label(L);
        L->line = (int)h->span.line;
        if (h->a) {
            int t = expr(L, h->a);
            int c = new_var(L, VT_COND);
            McInstr *m = emit(L, OP_EXC_MATCH);
            m->a = exc;
            m->b = t;
            m->dst = c;
            branch(L, c, lbody, lnext);
        } else {
            jump(L, lbody);
        }
        label(L, lbody);
        if (h->name && h->sym) store_sym(L, h->sym, exc);
        L->caught = exc;
        stmts(L, &h->list);
        L->caught = saved_caught;
        if (h->name && h->sym) { /* the `as` name is deleted when the handler ends */
            store_sym(L, h->sym, special(L, MC_SPECIAL_NONE));
            del_sym(L, h->sym);
        }
        emit(L, OP_LEAVE_HANDLER)->a = prev;
        jump(L, lend);
        label(L, lnext);
    }
    L->cleanup = cl.next;
    L->eh = outer_eh;
    emit(L, OP_LEAVE_HANDLER)->a = prev;
    emit(L, OP_RERAISE)->a = exc;
    label(L, lhx);
    emit(L, OP_LEAVE_HANDLER)->a = prev;
    emit(L, OP_PROPAGATE);
}

static void try_except(Lower *L, McNode *n)
{
    int lh = new_label(L), lend = new_label(L);
    int outer = L->eh;
    L->eh = lh;
    stmts(L, &n->list);
    L->eh = outer;
    stmts(L, &n->orelse);
    jump(L, lend);
    label(L, lh);
    int exc = emit(L, OP_CATCH)->dst = temp(L);
    handlers(L, n, exc, lend);
    label(L, lend);
}

static void try_stmt(Lower *L, McNode *n)
{
    if (!n->finalbody.n) {
        try_except(L, n);
        return;
    }
    int lfin = new_label(L), lend = new_label(L);
    int outer = L->eh;
    Cleanup cl;
    push_cleanup(L, &cl, CL_FINALLY, -1, &n->finalbody);
    L->eh = lfin;
    if (n->list2.n)
        try_except(L, n);
    else
        stmts(L, &n->list);
    L->cleanup = cl.next;
    L->eh = outer;
    stmts(L, &n->finalbody); /* normal exit */
    jump(L, lend);
    label(L, lfin); /* exceptional exit: run finally, re-raise */
    int exc = emit(L, OP_CATCH)->dst = temp(L);
    int prev = emit(L, OP_ENTER_HANDLER)->dst = temp(L);
    L->fn->code[L->fn->ncode - 1].a = exc;
    int lhx = new_label(L);
    Cleanup ch;
    push_cleanup(L, &ch, CL_HANDLER, prev, NULL);
    L->eh = lhx;
    stmts(L, &n->finalbody);
    L->cleanup = ch.next;
    L->eh = outer;
    emit(L, OP_LEAVE_HANDLER)->a = prev;
    emit(L, OP_RERAISE)->a = exc;
    label(L, lhx);
    emit(L, OP_LEAVE_HANDLER)->a = prev;
    emit(L, OP_PROPAGATE);
    label(L, lend);
}

static void with_items(Lower *L, McNode *n, int k)
{
    if (k == n->list.n) {
        stmts(L, &n->list2);
        return;
    }
    McNode *item = n->list.items[k];
    L->line = (int)item->span.line;
    int mgr = expr(L, item->a);
    int exitm = op_dst(L, OP_WITH_EXIT, mgr, -1);
    McInstr *in = attr_instr(L, OP_CALL_METHOD, mgr, "__enter__");
    int val = in->dst = temp(L);
    if (item->b) assign(L, item->b, val);

    int lexc = new_label(L), lend = new_label(L), outer = L->eh;
    Cleanup cl;
    push_cleanup(L, &cl, CL_WITH, exitm, NULL);
    L->eh = lexc;
    with_items(L, n, k + 1);
    L->cleanup = cl.next;
    L->eh = outer;
    call_exit_none(L, exitm);
    jump(L, lend);

    label(L, lexc);
    int exc = emit(L, OP_CATCH)->dst = temp(L);
    int prev = emit(L, OP_ENTER_HANDLER)->dst = temp(L);
    L->fn->code[L->fn->ncode - 1].a = exc;
    int lhx = new_label(L);
    L->eh = lhx;
    /* __exit__(type(exc), exc, exc.__traceback__) */
    int args[3];
    int type_fn = load_builtin(L, "type");
    McInstr *tc = emit(L, OP_CALL);
    tc->a = type_fn;
    tc->args = copy_args(L, &exc, 1);
    tc->nargs = 1;
    args[0] = tc->dst = temp(L);
    args[1] = exc;
    args[2] = attr_instr(L, OP_GETATTR, exc, "__traceback__")->dst = temp(L);
    McInstr *c = emit(L, OP_CALL);
    c->a = exitm;
    c->args = copy_args(L, args, 3);
    c->nargs = 3;
    int r = c->dst = temp(L);
    int cond = new_var(L, VT_COND);
    McInstr *t = emit(L, OP_TRUTH);
    t->a = r;
    t->dst = cond;
    L->eh = outer;
    emit(L, OP_LEAVE_HANDLER)->a = prev;
    int lre = new_label(L);
    branch(L, cond, lend, lre);
    label(L, lre);
    emit(L, OP_RERAISE)->a = exc;
    label(L, lhx);
    emit(L, OP_LEAVE_HANDLER)->a = prev;
    emit(L, OP_PROPAGATE);
    label(L, lend);
}

static void raise_stmt(Lower *L, McNode *n)
{
    if (!n->a) {
        if (L->caught >= 0)
            emit(L, OP_RERAISE)->a = L->caught;
        else
            emit(L, OP_RERAISE_CURRENT);
        return;
    }
    int e = expr(L, n->a);
    int c = n->b ? expr(L, n->b) : -1;
    McInstr *in = emit(L, OP_RAISE);
    in->a = e;
    in->b = c;
}

static void assert_stmt(Lower *L, McNode *n)
{
    int lok = new_label(L), lfail = new_label(L);
    cond_jump(L, n->a, lok, lfail);
    label(L, lfail);
    int m = n->b ? expr(L, n->b) : -1;
    emit(L, OP_ASSERT_FAIL)->a = m;
    label(L, lok);
}

static void aug_assign(Lower *L, McNode *n)
{
    McNode *t = n->a;
    McInstr *in;
    if (t->kind == N_NAME) {
        int cur = load_sym(L, t->sym, t->name);
        int v = expr(L, n->b);
        in = emit(L, OP_INPLACE);
        in->imm = n->op;
        in->a = cur;
        in->b = v;
        in->dst = temp(L);
        store_sym(L, t->sym, in->dst);
    } else if (t->kind == N_ATTR) {
        int o = expr(L, t->a);
        int cur = attr_instr(L, OP_GETATTR, o, t->name)->dst = temp(L);
        int v = expr(L, n->b);
        in = emit(L, OP_INPLACE);
        in->imm = n->op;
        in->a = cur;
        in->b = v;
        int r = in->dst = temp(L);
        attr_instr(L, OP_SETATTR, o, t->name)->b = r;
    } else if (t->kind == N_SUBSCRIPT) {
        int o = expr(L, t->a);
        int key = subscript_key(L, t->b);
        int cur = op_dst(L, OP_GETITEM, o, key);
        int v = expr(L, n->b);
        in = emit(L, OP_INPLACE);
        in->imm = n->op;
        in->a = cur;
        in->b = v;
        int r = in->dst = temp(L);
        in = emit(L, OP_SETITEM);
        in->a = o;
        in->b = key;
        in->c = r;
    }
}

static void import_stmt(Lower *L, McNode *n)
{
    for (int i = 0; i < n->list.n; i++) {
        McNode *al = n->list.items[i];
        const char *mod = n->kind == N_IMPORTFROM ? n->str : al->str;
        McInstr *in = emit(L, OP_IMPORT);
        in->name = mod;
        int m = in->dst = temp(L);
        int v = m;
        if (n->kind == N_IMPORTFROM) {
            in = attr_instr(L, OP_GETATTR, m, al->str);
            v = in->dst = temp(L);
        }
        if (al->sym) store_sym(L, al->sym, v);
    }
}

static int make_function_object(Lower *L, McFunc *f, McNode *n)
{
    /* Defaults are evaluated now, in the defining scope. */
    int ndef = 0, defs[256], nkw = 0;
    for (int i = 0; i < n->params.n; i++) {
        McNode *p = n->params.items[i];
        if (p->a && p->op == MC_PARAM_POS && ndef < 256) defs[ndef++] = expr(L, p->a);
    }
    int kwd = -1;
    for (int i = 0; i < n->params.n; i++) {
        McNode *p = n->params.items[i];
        if (!p->a || p->op != MC_PARAM_KWONLY) continue;
        if (kwd < 0) kwd = emit(L, OP_BUILD_DICT)->dst = temp(L);
        int key = const_str(L, p->name, strlen(p->name));
        int v = expr(L, p->a);
        McInstr *in = emit(L, OP_DICT_SET);
        in->a = kwd;
        in->b = key;
        in->c = v;
        nkw++;
    }
    int deft = -1;
    if (ndef) {
        McInstr *in = emit(L, OP_BUILD_TUPLE);
        in->args = copy_args(L, defs, ndef);
        in->nargs = ndef;
        deft = in->dst = temp(L);
    }
    /* The cells this function captures, in its free-variable order. */
    McScope *s = f->scope;
    int nf = s ? s->frees.n : 0;
    int *cells = xalloc(L, sizeof(int) * (size_t)(nf ? nf : 1));
    for (int i = 0; i < nf; i++) {
        McSymbol *fs = s->frees.items[i];
        McSymbol *o = inline_sym(fs->outer);
        if (o && o->kind == SYM_FREE) {
            cells[i] = free_cell(L, o);
        } else if (o && o->kind == SYM_CELL) {
            cells[i] = sym_var(L, o);
        } else {
            /* The resolver must have made the captured variable a cell;
             * anything else would be a miscompile, so stop here. */
            fprintf(stderr, "molt: internal error: '%s' is captured but not a cell (%s:%u)\n", fs->name,
                    L->mod->m->src->path, n->span.line);
            exit(2);
        }
    }
    McInstr *in = emit(L, OP_MAKE_FUNCTION);
    in->func = f;
    in->a = deft;
    in->b = kwd;
    in->args = cells;
    in->nargs = nf;
    return in->dst = temp(L);
}

static void funcdef(Lower *L, McNode *n)
{
    int ndec = n->list2.n;
    int *decs = xalloc(L, sizeof(int) * (size_t)(ndec ? ndec : 1));
    for (int i = 0; i < ndec; i++) decs[i] = expr(L, n->list2.items[i]);
    McFunc *f = lower_function(L, n, n->scope, n->name);
    mc_vec_push(L->p->arena, &L->p->fnodes, n);
    mc_vec_push(L->p->arena, &L->p->fnode_funcs, f);
    int v = make_function_object(L, f, n);
    for (int i = ndec - 1; i >= 0; i--) {
        McInstr *c = emit(L, OP_CALL);
        c->a = decs[i];
        c->args = copy_args(L, &v, 1);
        c->nargs = 1;
        v = c->dst = temp(L);
    }
    if (n->sym) store_sym(L, n->sym, v);
}

/* Names a method assigns through its first parameter (self.NAME = ...),
 * in order of appearance; nested functions and classes are not searched. */
typedef struct SlotNames {
    const char *names[32];
    int n;
} SlotNames;

static void slot_target(SlotNames *sn, McNode *t, const char *self)
{
    if (t->kind == N_TUPLE || t->kind == N_LIST) {
        for (int i = 0; i < t->list.n; i++) slot_target(sn, t->list.items[i], self);
    } else if (t->kind == N_STAR) {
        slot_target(sn, t->a, self);
    } else if (t->kind == N_ATTR && t->a->kind == N_NAME && t->a->name == self) {
        for (int i = 0; i < sn->n; i++)
            if (sn->names[i] == t->name) return;
        if (sn->n < 32) sn->names[sn->n++] = t->name;
    }
}

static void slot_stmts(SlotNames *sn, McNodeList *body, const char *self)
{
    for (int i = 0; i < body->n; i++) {
        McNode *s = body->items[i];
        if (s->kind == N_FUNCDEF || s->kind == N_CLASSDEF) continue;
        if (s->kind == N_ASSIGN)
            for (int k = 0; k < s->list.n; k++) slot_target(sn, s->list.items[k], self);
        if (s->kind == N_AUGASSIGN || s->kind == N_ANNASSIGN || s->kind == N_FOR) slot_target(sn, s->a, self);
        slot_stmts(sn, &s->list, self);
        slot_stmts(sn, &s->list2, self);
        slot_stmts(sn, &s->orelse, self);
        slot_stmts(sn, &s->finalbody, self);
    }
}

/* The constant tuple of slot names for a class body's methods, or -1. */
static int class_slots(Lower *L, McNode *cls)
{
    SlotNames sn = {{0}, 0};
    for (int i = 0; i < cls->list.n; i++) {
        McNode *f = cls->list.items[i];
        if (f->kind != N_FUNCDEF || !f->params.n || f->params.items[0]->op != MC_PARAM_POS) continue;
        if (f->list2.n) continue; /* decorated: staticmethod/classmethod have no self */
        slot_stmts(&sn, &f->list, f->params.items[0]->name);
    }
    for (int i = 0; i < sn.n; i++) sn.names[i] = mangle_in(L->p->arena, cls->name, sn.names[i]);
    if (!sn.n) return -1;
    size_t len = 0;
    for (int i = 0; i < sn.n; i++) len += strlen(sn.names[i]) + 1;
    char *buf = xalloc(L, len), *p = buf;
    for (int i = 0; i < sn.n; i++) {
        strcpy(p, sn.names[i]);
        p += strlen(sn.names[i]) + 1;
    }
    return mc_const(L->p, K_KWNAMES, buf, (size_t)sn.n);
}

static void classdef(Lower *L, McNode *n)
{
    int base = n->a ? expr(L, n->a) : -1;
    int ns = emit(L, OP_BUILD_DICT)->dst = temp(L);
    McScope *cs = n->scope;
    int cellv = -1;
    if (cs && cs->class_cell) {
        cellv = sym_var(L, cs->class_cell);
        McInstr *in = emit(L, OP_CELL_NEW);
        in->dst = cellv;
    }
    int saved_ns = L->classns;
    const char *saved_class = L->class_name;
    L->classns = ns;
    L->class_name = n->name;
    if (cs && cs->qualname) {
        int q = const_str(L, cs->qualname, strlen(cs->qualname));
        McInstr *in = emit(L, OP_CLASSNS_STORE);
        in->a = ns;
        in->b = q;
        in->name = "__qualname__";
    }
    /* CPython puts the docstring (or None) in the namespace as __doc__. */
    int doc = n->docstring ? const_str(L, n->docstring, strlen(n->docstring)) : special(L, MC_SPECIAL_NONE);
    McInstr *din = emit(L, OP_CLASSNS_STORE);
    din->a = ns;
    din->b = doc;
    din->name = "__doc__";
    stmts(L, &n->list);
    L->classns = saved_ns;
    L->class_name = saved_class;
    L->line = (int)n->span.line;
    McInstr *in = emit(L, OP_MAKE_CLASS);
    in->name = n->name;
    in->imm = mc_const(L->p, K_STR, n->name, strlen(n->name));
    in->imm2 = class_slots(L, n);
    in->a = base;
    in->b = ns;
    int cls = in->dst = temp(L);
    if (cellv >= 0) {
        in = emit(L, OP_CELL_SET);
        in->a = cellv;
        in->b = cls;
    }
    if (n->sym) store_sym(L, n->sym, cls);
}

static int has_star(McNode *seq)
{
    for (int i = 0; i < seq->list.n; i++)
        if (seq->list.items[i]->kind == N_STAR) return 1;
    return 0;
}

/* `a, b = x, y`: every value is computed first, then the targets are
 * assigned left to right, exactly as with the tuple, without building it. */
static int parallel_assign(Lower *L, McNode *target, McNode *value)
{
    if ((target->kind != N_TUPLE && target->kind != N_LIST) || (value->kind != N_TUPLE && value->kind != N_LIST) ||
        target->list.n != value->list.n || target->list.n > 16 || has_star(target) || has_star(value))
        return 0;
    int vals[16];
    for (int i = 0; i < value->list.n; i++) {
        /* A value read from a local must be copied: a later target may rebind it. */
        int v = expr(L, value->list.items[i]);
        vals[i] = temp(L);
        move(L, vals[i], v);
    }
    for (int i = 0; i < target->list.n; i++) assign(L, target->list.items[i], vals[i]);
    return 1;
}

static void stmt(Lower *L, McNode *n)
{
    L->line = (int)n->span.line;
    switch (n->kind) {
    case N_EXPR_STMT:
        expr(L, n->a);
        break;
    case N_ASSIGN: {
        if (n->list.n == 1 && parallel_assign(L, n->list.items[0], n->b)) break;
        if (n->list.n == 1 && slice_copy_assign(L, n->list.items[0], n->b)) break;
        int v = expr(L, n->b);
        for (int i = 0; i < n->list.n; i++) assign(L, n->list.items[i], v);
        break;
    }
    case N_ANNASSIGN:
        if (n->b) assign(L, n->a, expr(L, n->b));
        break;
    case N_AUGASSIGN:
        aug_assign(L, n);
        break;
    case N_IF:
        if_stmt(L, n);
        break;
    case N_WHILE:
        while_stmt(L, n);
        break;
    case N_FOR:
        for_stmt(L, n);
        break;
    case N_BREAK:
        break_continue(L, 1);
        break;
    case N_CONTINUE:
        break_continue(L, 0);
        break;
    case N_PASS:
    case N_GLOBAL:
    case N_NONLOCAL:
        break;
    case N_RETURN:
        return_stmt(L, n);
        break;
    case N_DEL:
        for (int i = 0; i < n->list.n; i++) del_target(L, n->list.items[i]);
        break;
    case N_ASSERT:
        assert_stmt(L, n);
        break;
    case N_WITH:
        with_items(L, n, 0);
        break;
    case N_RAISE:
        raise_stmt(L, n);
        break;
    case N_TRY:
        try_stmt(L, n);
        break;
    case N_FUNCDEF:
        funcdef(L, n);
        break;
    case N_CLASSDEF:
        classdef(L, n);
        break;
    case N_IMPORT:
    case N_IMPORTFROM:
        import_stmt(L, n);
        break;
    default:
        break;
    }
}

static void stmts(Lower *L, McNodeList *body)
{
    for (int i = 0; i < body->n; i++) stmt(L, body->items[i]);
}

/* ---- functions and modules --------------------------------------------------------------------- */

static McFunc *new_func(McProgram *p, McModuleIR *mod, McScope *scope, McNode *node, const char *name)
{
    McFunc *f = mc_alloc(p->arena, sizeof *f);
    f->id = p->funcs.n;
    f->name = name;
    f->qualname = scope && scope->qualname ? scope->qualname : name;
    f->scope = scope;
    f->node = node;
    f->mod = mod;
    f->line = (int)node->span.line;
    mc_vec_push(p->arena, &p->funcs, f);
    return f;
}

static void init_lower(Lower *L, McProgram *p, McModuleIR *mod, McFunc *f)
{
    memset(L, 0, sizeof *L);
    L->p = p;
    L->mod = mod;
    L->fn = f;
    L->eh = -1;
    L->classns = -1;
    L->caught = -1;
    L->line = f->line;
}

/* Parameters in slot order: positional, *args, keyword-only, **kwargs. */
static void bind_params(Lower *L, McFunc *f, McNode *n)
{
    static const int order[] = {MC_PARAM_POS, MC_PARAM_VARARGS, MC_PARAM_KWONLY, MC_PARAM_VARKW};
    int np = n->params.n;
    f->params = mc_alloc(L->p->arena, sizeof(char *) * (size_t)(np ? np : 1));
    f->param_vars = mc_alloc(L->p->arena, sizeof(int) * (size_t)(np ? np : 1));
    int k = 0;
    f->direct_ok = 1;
    for (int o = 0; o < 4; o++) {
        for (int i = 0; i < np; i++) {
            McNode *p = n->params.items[i];
            if (p->op != order[o]) continue;
            f->params[k] = p->name;
            int v = temp(L);
            var_of(L, v)->name = p->name;
            f->param_vars[k++] = v;
            if (p->op == MC_PARAM_POS) f->nposargs++;
            if (p->op == MC_PARAM_KWONLY) f->nkwonly++;
            if (p->op == MC_PARAM_VARARGS) f->flags |= MRT_FI_VARARGS;
            if (p->op == MC_PARAM_VARKW) f->flags |= MRT_FI_VARKW;
            if (p->op != MC_PARAM_POS) f->direct_ok = 0;
        }
    }
    /* Parameters live in their symbols' variables (cells for captured ones). */
    for (int i = 0; i < k; i++) {
        McSymbol *s = f->scope ? mc_scope_lookup(f->scope, f->params[i]) : NULL;
        if (!s) continue;
        McInstr *in;
        if (s->kind == SYM_CELL) {
            in = emit(L, OP_CELL_NEW);
            in->a = f->param_vars[i];
            in->dst = sym_var(L, s);
        } else if (s->kind == SYM_LOCAL) {
            /* The parameter's variable is the local itself. */
            map_sym(L, s, f->param_vars[i]);
            var_of(L, f->param_vars[i])->sym = s;
        }
    }
}

static McFunc *lower_function(Lower *P, McNode *n, McScope *scope, const char *name)
{
    McFunc *f = new_func(P->p, P->mod, scope, n, name);
    f->parent = P->fn;
    Lower L;
    init_lower(&L, P->p, P->mod, f);
    if (scope && scope->is_generator) f->flags |= MRT_FI_GENERATOR;
    if (n->kind == N_GENEXP) {
        /* One parameter: the iterator over the first iterable. */
        f->params = mc_alloc(P->p->arena, sizeof(char *));
        f->param_vars = mc_alloc(P->p->arena, sizeof(int));
        f->params[0] = ".0";
        f->param_vars[0] = temp(&L);
        f->nposargs = 1;
        f->direct_ok = 1;
        f->flags |= MRT_FI_GENERATOR;
        init_cells(&L, scope);
        int lend = new_label(&L);
        comp_clauses(&L, n, 0, f->param_vars[0], -1, comp_yield_body, lend);
        label(&L, lend);
        emit_return(&L, special(&L, MC_SPECIAL_NONE));
        return f;
    }
    bind_params(&L, f, n);
    if (n->kind == N_LAMBDA) {
        int v = expr(&L, n->a);
        emit(&L, OP_RETURN)->a = v;
        return f;
    }
    init_cells(&L, scope);
    stmts(&L, &n->list);
    L.line = f->line;
    emit_return(&L, special(&L, MC_SPECIAL_NONE));
    return f;
}

McModuleIR *mc_lower_module(McProgram *p, McModule *m)
{
    McModuleIR *mod = mc_alloc(p->arena, sizeof *mod);
    mod->id = p->modules.n;
    mod->m = m;
    mc_vec_push(p->arena, &p->modules, mod);
    /* Module-level names get slots in scope order, then __name__. */
    for (int i = 0; i < m->scope->syms.n; i++) {
        McSymbol *s = m->scope->syms.items[i];
        if (s->kind == SYM_GLOBAL) global_slot(mod, p->arena, s->name);
    }
    mod->name_slot = global_slot(mod, p->arena, mc_intern(p->arena, "__name__", 8));
    McFunc *f = new_func(p, mod, m->scope, m->ast, "<module>");
    f->is_module_body = 1;
    f->line = 1;
    mod->body = f;
    Lower L;
    init_lower(&L, p, mod, f);
    init_cells(&L, m->scope);
    stmts(&L, &m->ast->list);
    emit_return(&L, special(&L, MC_SPECIAL_NONE));
    return mod;
}
