/* mc_emit.c — prints a lowered program as one C translation unit against
 * the runtime header (mrt.h). The same text goes to libtcc (dev) and to the
 * system compiler (release); see docs/ir.md for the shape of the output. */
#include "mc_ir.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/mrt.h"

typedef struct Buf {
    char *s;
    size_t n, cap;
} Buf;

static void bput(Buf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 4096;
        while (cap < b->n + n + 1) cap *= 2;
        char *ns = realloc(b->s, cap);
        if (!ns) {
            fprintf(stderr, "molt: out of memory\n");
            exit(2);
        }
        b->s = ns;
        b->cap = cap;
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = 0;
}

static void bputs(Buf *b, const char *s) { bput(b, s, strlen(s)); }

static void bprintf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void bprintf(Buf *b, const char *fmt, ...)
{
    char tmp[1024];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < (int)sizeof tmp) {
        bput(b, tmp, (size_t)n);
        return;
    }
    char *big = malloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    bput(b, big, (size_t)n);
    free(big);
}

/* A C string literal for arbitrary bytes. */
static void cstring(Buf *b, const char *s, size_t n)
{
    bputs(b, "\"");
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            bprintf(b, "\\%c", c);
        else if (c >= 32 && c < 127 && c != '?')
            bput(b, (const char *)&c, 1);
        else
            bprintf(b, "\\%03o", c);
    }
    bputs(b, "\"");
}

/* Layout of the program's root array MG[]: per module its globals and its
 * module object, then the constants. */
typedef struct Emit {
    McProgram *p;
    Buf decl, code, init;
    int *gbase;   /* per module: first global slot */
    int *modobj;  /* per module: slot of the module object */
    int *modname; /* per module: constant index of its name */
    int kbase;    /* first constant slot */
    int nroots;
    int ncaches;  /* inline caches AC[] used so far */
    int nmcaches; /* method-call caches MC[] used so far */
    int nscratch; /* scratch lists SC[] of x[i:j] = y[k:l:m] statements */
    McFunc *fn;   /* function being emitted */
    int gen;      /* emitting a generator body (variables live in the frame) */
    const McInstr *ins;
} Emit;

static const char *vname(Emit *E, int id)
{
    static char bufs[8][48];
    static int k;
    char *b = bufs[k++ & 7];
    McVar *v = E->fn->vars.items[id];
    static const char pre[] = {'v', 'c', 'i', 'f'};
    snprintf(b, 48, "%s%c%d", E->gen ? "F->" : "", pre[v->vt], id);
    return b;
}

static const char *eh_label(int eh)
{
    static char bufs[4][24];
    static int k;
    char *b = bufs[k++ & 3];
    if (eh < 0)
        snprintf(b, 24, "Lerr");
    else
        snprintf(b, 24, "L%d", eh);
    return b;
}

/* `goto handler` after recording this frame in the traceback. */
static void fail(Emit *E)
{
    bprintf(&E->code, "{ mrt_tb_add(&CI_%d, %d); goto %s; }", E->fn->id, E->ins->line, eh_label(E->ins->eh));
}

static void check_value(Emit *E, const char *var)
{
    bprintf(&E->code, "  if (MRT_UNLIKELY(!%s)) ", var);
    fail(E);
    bputs(&E->code, "\n");
}

static void check_int(Emit *E, const char *expr)
{
    bprintf(&E->code, "  if (MRT_UNLIKELY((%s) < 0)) ", expr);
    fail(E);
    bputs(&E->code, "\n");
}

static int const_slot(Emit *E, int k) { return E->kbase + k; }

static int intern_const(Emit *E, const char *s) { return const_slot(E, mc_const(E->p, K_STR, s, strlen(s))); }

static int kw_count(Emit *E, int k) { return k < 0 ? 0 : (int)((McConst *)E->p->consts.items[k])->len; }

/* Declares an array a_ holding the instruction's argument variables. */
static void args_array(Emit *E, const McInstr *in)
{
    bprintf(&E->code, "  { MrtValue a_[%d] = {", in->nargs ? in->nargs : 1);
    for (int i = 0; i < in->nargs; i++) bprintf(&E->code, "%s%s", i ? ", " : "", vname(E, in->args[i]));
    if (!in->nargs) bputs(&E->code, "0");
    bputs(&E->code, "};\n");
}

static const char *kwnames(Emit *E, int k)
{
    static char b[32];
    if (k < 0) return "0";
    snprintf(b, sizeof b, "MG[%d]", const_slot(E, k));
    return b;
}

static McFunc *func_of_node(McProgram *p, McNode *n)
{
    for (int i = 0; i < p->fnodes.n; i++)
        if (p->fnodes.items[i] == n) return p->fnode_funcs.items[i];
    return NULL;
}

static int module_index(McProgram *p, const char *name)
{
    for (int i = 0; i < p->modules.n; i++)
        if (!strcmp(((McModuleIR *)p->modules.items[i])->m->name, name)) return i;
    return -1;
}

static void emit_builtin_value(Emit *E, const McInstr *in)
{
    const char *d = vname(E, in->dst);
    if (in->imm >= 0) {
        bprintf(&E->code, "  %s = mrt_builtin_objs[%d];\n", d, in->imm);
        return;
    }
    const char *n = in->name;
#define TRY_TYPE(c, py)                                                                                                \
    if (!strcmp(n, py) && mc_is_builtin_name(n)) {                                                                     \
        bprintf(&E->code, "  %s = mrt_from_obj(&mrt_type_%s);\n", d, #c);                                              \
        return;                                                                                                        \
    }
    MRT_BUILTIN_TYPES(TRY_TYPE)
#undef TRY_TYPE
#define TRY_EXC(c, base)                                                                                               \
    if (!strcmp(n, #c)) {                                                                                              \
        bprintf(&E->code, "  %s = mrt_from_obj(&mrt_type_%s);\n", d, #c);                                              \
        return;                                                                                                        \
    }
    MRT_EXC_TYPES(TRY_EXC)
#undef TRY_EXC
    if (!strcmp(n, "NotImplemented")) {
        bprintf(&E->code, "  %s = MRT_NOTIMPL;\n", d);
        return;
    }
    if (!strcmp(n, "Ellipsis")) {
        bprintf(&E->code, "  %s = MRT_ELLIPSIS;\n", d);
        return;
    }
    bputs(&E->code, "  mrt_name_error(");
    cstring(&E->code, n, strlen(n));
    bputs(&E->code, "); ");
    fail(E);
    bputs(&E->code, "\n");
}

static const char *special_name(int k)
{
    static const char *const n[] = {"MRT_NONE", "MRT_TRUE", "MRT_FALSE", "MRT_ELLIPSIS", "MRT_UNBOUND"};
    return n[k];
}

static void emit_call_like(Emit *E, const McInstr *in, const char *callee_fmt)
{
    args_array(E, in);
    int npos = in->nargs - kw_count(E, in->imm2);
    bprintf(&E->code, "    %s = ", vname(E, in->dst)); /* after args_array: vname's buffer is fresh */
    bprintf(&E->code, callee_fmt, npos, kwnames(E, in->imm2));
    bputs(&E->code, "; }\n");
    check_value(E, vname(E, in->dst));
}

/* obj.m(args): the array starts with the receiver, so that a method of a
 * user class gets self + arguments without a copy. */
static void emit_call_method(Emit *E, const McInstr *in)
{
    bprintf(&E->code, "  { MrtValue a_[%d] = {%s", in->nargs + 1, vname(E, in->a));
    for (int i = 0; i < in->nargs; i++) bprintf(&E->code, ", %s", vname(E, in->args[i]));
    bputs(&E->code, "};\n");
    int npos = in->nargs - kw_count(E, in->imm2);
    bprintf(&E->code, "    %s = ", vname(E, in->dst));
    bprintf(&E->code, "mrt_call_method_cached(MG[%d], %d, a_, ", const_slot(E, in->imm), npos);
    bprintf(&E->code, "%s, &MC[%d]); }\n", kwnames(E, in->imm2), E->nmcaches++);
    check_value(E, vname(E, in->dst));
}

static void emit_range_init(Emit *E, const McInstr *in)
{
    char i[48];
    strcpy(i, vname(E, in->dst));
    bputs(&E->code, "  { int64_t s_ = 0, e_ = 0, st_ = 1;\n");
    if (in->nargs == 1) {
        bprintf(&E->code, "    if (mrt_as_index(%s, &e_) < 0) ", vname(E, in->args[0]));
        fail(E);
    } else {
        bprintf(&E->code, "    if (mrt_as_index(%s, &s_) < 0) ", vname(E, in->args[0]));
        fail(E);
        bprintf(&E->code, "\n    if (mrt_as_index(%s, &e_) < 0) ", vname(E, in->args[1]));
        fail(E);
        if (in->nargs == 3) {
            bprintf(&E->code, "\n    if (mrt_as_index(%s, &st_) < 0) ", vname(E, in->args[2]));
            fail(E);
            bputs(&E->code,
                  "\n    if (st_ == 0) { mrt_raise_msg(&mrt_type_ValueError, \"range() arg 3 must not be zero\"); ");
            fail(E);
            bputs(&E->code, " }");
        }
    }
    /* b holds the number of iterations left; computed in unsigned arithmetic
     * so that ranges spanning the whole int64 domain cannot overflow. */
    bprintf(&E->code,
            "\n    %s = s_; %s = st_; %s = st_ > 0 ? (s_ < e_ ? (int64_t)(((uint64_t)e_ - (uint64_t)s_ - 1) / "
            "(uint64_t)st_) + 1 : 0)"
            " : (s_ > e_ ? (int64_t)(((uint64_t)s_ - (uint64_t)e_ - 1) / (0 - (uint64_t)st_)) + 1 : 0); }\n",
            i, vname(E, in->c), vname(E, in->b));
}

static int is_f64(Emit *E, int v) { return v >= 0 && ((McVar *)E->fn->vars.items[v])->vt == VT_F64; }

/* Operand `v` of a double operation: a double variable, or a value proven
 * to be a float (mc_types.c converts int operands first). */
static const char *f64_operand(Emit *E, int v)
{
    static char bufs[4][64];
    static int k;
    char *b = bufs[k++ & 3];
    if (is_f64(E, v))
        snprintf(b, 64, "%s", vname(E, v));
    else
        snprintf(b, 64, "mrt_f64(%s)", vname(E, v));
    return b;
}

static const char *c_binop(int op)
{
    return op == MRT_OP_ADD ? "+" : op == MRT_OP_SUB ? "-" : op == MRT_OP_MUL ? "*" : "/";
}

static const char *c_cmpop(int op)
{
    static const char *const ops[] = {"<", "<=", "==", "!=", ">", ">="};
    return ops[op];
}

/* A NaN computed by C arithmetic becomes a new Python float object, as
 * CPython's float operations create one (each NaN has its own identity). */
static void fresh_nan(Emit *E, const char *d)
{
    bprintf(&E->code, "  if (MRT_UNLIKELY(%s != %s)) %s = mrt_f64(mrt_float_nan());\n", d, d, d);
}

/* Instructions on unboxed floats; returns 0 when `in` is not one. */
static int emit_f64_instr(Emit *E, const McInstr *in)
{
    Buf *c = &E->code;
    int fd = is_f64(E, in->dst);
    char d[48], a[64], b[64];
    snprintf(d, sizeof d, "%s", in->dst >= 0 ? vname(E, in->dst) : "");
    snprintf(a, sizeof a, "%s", in->a >= 0 ? f64_operand(E, in->a) : "");
    snprintf(b, sizeof b, "%s", in->b >= 0 ? f64_operand(E, in->b) : "");
    switch (in->op) {
    case OP_FLOAT:
        if (!fd) return 0;
        bprintf(c, "  %s = mrt_f64(0x%016llxULL); /* %.17g */\n", d, (unsigned long long)mrt_float(in->fval), in->fval);
        return 1;
    case OP_MOVE:
        if (fd)
            bprintf(c, "  %s = %s;\n", d, a);
        else if (is_f64(E, in->a))
            bprintf(c, "  %s = mrt_float_keep(%s);\n", d, vname(E, in->a));
        else
            return 0;
        return 1;
    case OP_BINOP:
    case OP_INPLACE:
        if (!fd) return 0;
        if (in->imm == MRT_OP_TRUEDIV) {
            bprintf(c,
                    "  if (MRT_UNLIKELY(%s == 0.0)) { mrt_raise_msg(&mrt_type_ZeroDivisionError, \"float division by "
                    "zero\"); ",
                    b);
            fail(E);
            bputs(c, " }\n");
        }
        bprintf(c, "  %s = %s %s %s;\n", d, a, c_binop(in->imm), b);
        fresh_nan(E, d);
        return 1;
    case OP_UNOP:
        if (!fd) return 0;
        bprintf(c, "  %s = %s%s;\n", d, in->imm == MRT_UOP_NEG ? "-" : "", a);
        if (in->imm == MRT_UOP_NEG) fresh_nan(E, d);
        return 1;
    case OP_COMPARE_COND:
        if (!is_f64(E, in->a) && !is_f64(E, in->b)) return 0;
        bprintf(c, "  %s = %s %s %s;\n", d, a, c_cmpop(in->imm), b);
        return 1;
    case OP_TRUTH:
        if (!is_f64(E, in->a)) return 0;
        bprintf(c, "  %s = %s != 0.0;\n", d, a);
        return 1;
    case OP_BOX_F64:
        bprintf(c, "  %s = mrt_float_keep(%s);\n", d, a);
        return 1;
    case OP_UNBOX_F64:
        bprintf(c, "  %s = mrt_f64(%s);\n", d, vname(E, in->a));
        return 1;
    case OP_GUARD_F64:
        bprintf(c, "  if (MRT_LIKELY(mrt_is_double(%s))) %s = mrt_f64(%s);\n  else { xk_ = %d; goto Lx; }\n",
                vname(E, in->a), d, vname(E, in->a), in->imm);
        return 1;
    case OP_NUM_TO_F64:
        bprintf(c, "  if (mrt_is_small(%s)) %s = (double)mrt_small_val(%s);\n  else if (mrt_to_double(%s, &%s) < 0) ",
                vname(E, in->a), d, vname(E, in->a), vname(E, in->a), d);
        fail(E);
        bputs(c, "\n");
        return 1;
    default:
        return 0;
    }
}

static void emit_instr(Emit *E, const McInstr *in)
{
    Buf *c = &E->code;
    E->ins = in;
    /* Operand names are copied: vname's buffers are reused by argument lists. */
    char dbuf[48], abuf[48], bbuf[48], cbuf[48];
    const char *d = in->dst >= 0 ? strcpy(dbuf, vname(E, in->dst)) : NULL;
    const char *a = in->a >= 0 ? strcpy(abuf, vname(E, in->a)) : NULL;
    const char *b = in->b >= 0 ? strcpy(bbuf, vname(E, in->b)) : NULL;
    const char *cc = in->c >= 0 ? strcpy(cbuf, vname(E, in->c)) : NULL;
    if (emit_f64_instr(E, in)) return;
    switch (in->op) {
    case OP_CONST:
        bprintf(c, "  %s = MG[%d];\n", d, const_slot(E, in->imm));
        break;
    case OP_INT:
        if (in->ival >= MRT_SMALL_MIN && in->ival <= MRT_SMALL_MAX) {
            bprintf(c, "  %s = 0x%016llxULL; /* %lld */\n", d, (unsigned long long)mrt_small(in->ival),
                    (long long)in->ival);
        } else {
            bprintf(c, "  %s = mrt_int_from_i64(INT64_C(%lld));\n", d, (long long)in->ival);
            check_value(E, d);
        }
        break;
    case OP_FLOAT: {
        MrtValue v = mrt_float(in->fval);
        bprintf(c, "  %s = 0x%016llxULL; /* %.17g */\n", d, (unsigned long long)v, in->fval);
        break;
    }
    case OP_SPECIAL:
        bprintf(c, "  %s = %s;\n", d, special_name(in->imm));
        break;
    case OP_MOVE:
        bprintf(c, "  %s = %s;\n", d, a);
        break;
    case OP_CHECK_BOUND:
        bprintf(c, "  if (MRT_UNLIKELY(%s == MRT_UNBOUND)) { mrt_unbound_local(\"%s\"); ", a, in->name);
        fail(E);
        bputs(c, " }\n");
        break;
    case OP_LOAD_GLOBAL: {
        int slot = E->gbase[E->fn->mod->id] + in->imm;
        bprintf(c, "  %s = MG[%d];\n  if (MRT_UNLIKELY(%s == MRT_UNBOUND)) {\n", d, slot, d);
        if (mc_is_builtin_name(in->name) && strcmp(in->name, "__name__")) {
            /* A global that shadows a builtin is the builtin while unbound. */
            McInstr b = *in;
            b.imm = mc_builtin_index(in->name);
            emit_builtin_value(E, &b);
        } else {
            bprintf(c, "    mrt_name_error(\"%s\"); ", in->name);
            fail(E);
        }
        bputs(c, "  }\n");
        break;
    }
    case OP_STORE_GLOBAL:
        bprintf(c, "  MG[%d] = %s;\n", E->gbase[E->fn->mod->id] + in->imm, a);
        break;
    case OP_DEL_GLOBAL: {
        int slot = E->gbase[E->fn->mod->id] + in->imm;
        bprintf(c, "  if (MG[%d] == MRT_UNBOUND) { mrt_name_error(\"%s\"); ", slot, in->name);
        fail(E);
        bprintf(c, " }\n  MG[%d] = MRT_UNBOUND;\n", slot);
        break;
    }
    case OP_LOAD_BUILTIN:
        emit_builtin_value(E, in);
        break;
    case OP_CELL_NEW:
        bprintf(c, "  %s = mrt_cell_new(%s);\n", d, a ? a : "MRT_UNBOUND");
        check_value(E, d);
        break;
    case OP_CELL_GET: {
        McVar *cv = E->fn->vars.items[in->a];
        bprintf(c, "  %s = ((MrtCell *)mrt_obj(%s))->v;\n  if (MRT_UNLIKELY(%s == MRT_UNBOUND)) { ", d, a, d);
        if (cv->is_cell)
            bprintf(c, "mrt_unbound_local(\"%s\"); ", in->name);
        else
            bprintf(c,
                    "mrt_raise_fmt(&mrt_type_NameError, \"cannot access free variable '%%s' where it is not "
                    "associated with a value in enclosing scope\", \"%s\"); ",
                    in->name);
        fail(E);
        bputs(c, " }\n");
        break;
    }
    case OP_CELL_SET:
        bprintf(c, "  ((MrtCell *)mrt_obj(%s))->v = %s;\n", a, b ? b : "MRT_UNBOUND");
        break;
    case OP_FREE:
        bprintf(c, "  %s = ((MrtFunc *)mrt_obj(fn))->cells[%d];\n", d, in->imm);
        break;
    case OP_CLASSNS_LOAD: {
        int slot = E->gbase[E->fn->mod->id] + in->imm;
        bprintf(c, "  { int r_ = mrt_dict_lookup(%s, MG[%d], &%s);\n    if (r_ < 0) ", a, intern_const(E, in->name), d);
        fail(E);
        bprintf(c, "\n    if (r_ == 0) { %s = MG[%d];\n      if (%s == MRT_UNBOUND) {\n", d, slot, d);
        McInstr tmp = *in;
        tmp.imm = in->imm2;
        emit_builtin_value(E, &tmp);
        bputs(c, "  } } }\n");
        break;
    }
    case OP_CLASSNS_STORE:
        bprintf(c, "  if (mrt_dict_set(%s, MG[%d], %s) < 0) ", a, intern_const(E, in->name), b);
        fail(E);
        bputs(c, "\n");
        break;
    case OP_CLASSNS_DEL:
        bprintf(c, "  { int r_ = mrt_dict_del(%s, MG[%d]); if (r_ < 0) ", a, intern_const(E, in->name));
        fail(E);
        bprintf(c, " if (r_ > 0) { mrt_name_error(\"%s\"); ", in->name);
        fail(E);
        bputs(c, " } }\n");
        break;
    case OP_BINOP:
        if (in->imm == MRT_OP_ADD)
            bprintf(c, "  %s = mrt_add(%s, %s);\n", d, a, b);
        else if (in->imm == MRT_OP_SUB)
            bprintf(c, "  %s = mrt_sub(%s, %s);\n", d, a, b);
        else if (in->imm == MRT_OP_MUL)
            bprintf(c, "  %s = mrt_mul(%s, %s);\n", d, a, b);
        else if (in->imm == MRT_OP_FLOORDIV || in->imm == MRT_OP_MOD || in->imm == MRT_OP_TRUEDIV ||
                 in->imm == MRT_OP_AND || in->imm == MRT_OP_OR || in->imm == MRT_OP_XOR)
            bprintf(c, "  %s = mrt_arith(%s, %s, %d);\n", d, a, b, in->imm);
        else
            bprintf(c, "  %s = mrt_binop(%s, %s, %d);\n", d, a, b, in->imm);
        check_value(E, d);
        break;
    case OP_INPLACE:
        if (in->imm == MRT_OP_ADD || in->imm == MRT_OP_SUB || in->imm == MRT_OP_MUL)
            /* the inline path only for int/float immediates, which cannot fail: errors must name the
             * augmented operator */
            bprintf(c,
                    "  %s = ((mrt_is_small(%s) || mrt_is_double(%s)) && (mrt_is_small(%s) || mrt_is_double(%s))) ? "
                    "mrt_%s(%s, %s) : mrt_inplace(%s, %s, %d);\n",
                    d, a, a, b, b,
                    in->imm == MRT_OP_ADD   ? "add"
                    : in->imm == MRT_OP_SUB ? "sub"
                                            : "mul",
                    a, b, a, b, in->imm);
        else
            bprintf(c, "  %s = mrt_inplace(%s, %s, %d);\n", d, a, b, in->imm);
        check_value(E, d);
        break;
    case OP_UNOP:
        bprintf(c, "  %s = mrt_unop(%s, %d);\n", d, a, in->imm);
        check_value(E, d);
        break;
    case OP_COMPARE:
        bprintf(c, "  %s = mrt_compare(%s, %s, %d);\n", d, a, b, in->imm);
        check_value(E, d);
        break;
    case OP_COMPARE_COND:
        bprintf(c, "  %s = mrt_cmp_fast(%s, %s, %d);\n", d, a, b, in->imm);
        check_int(E, d);
        break;
    case OP_IS:
        bprintf(c, "  %s = %s == %s;\n", d, a, b);
        break;
    case OP_IN:
        bprintf(c, "  %s = mrt_contains(%s, %s);\n", d, b, a);
        check_int(E, d);
        break;
    case OP_TRUTH:
        bprintf(c, "  %s = mrt_truthy_fast(%s);\n", d, a);
        check_int(E, d);
        break;
    case OP_NOT_COND:
        bprintf(c, "  %s = !%s;\n", d, a);
        break;
    case OP_COND_TO_BOOL:
        bprintf(c, "  %s = %s ? MRT_TRUE : MRT_FALSE;\n", d, a);
        break;
    case OP_ISINSTANCE:
        bprintf(c, "  %s = mrt_isinstance(%s, %s);\n", d, a, b);
        check_int(E, d);
        break;
    case OP_LABEL:
        bprintf(c, "L%d:;\n", in->imm);
        break;
    case OP_JUMP:
        bprintf(c, "  goto L%d;\n", in->label);
        break;
    case OP_BRANCH: {
        const McInstr *next = in + 1;
        if (next->op == OP_LABEL && next->imm == in->label)
            bprintf(c, "  if (!%s) goto L%d;\n", a, in->label2);
        else if (next->op == OP_LABEL && next->imm == in->label2)
            bprintf(c, "  if (%s) goto L%d;\n", a, in->label);
        else
            bprintf(c, "  if (%s) goto L%d; else goto L%d;\n", a, in->label, in->label2);
        break;
    }
    case OP_RETURN:
        if (E->gen)
            bprintf(c, "  g->retval = %s; g->state = -1; return MRT_STOP;\n", a);
        else
            bprintf(c, "  { MrtValue r_ = %s; mrt_leave(); return r_; }\n", a);
        break;
    case OP_YIELD:
        bprintf(c, "  g->state = %d; return %s;\nY%d:;\n", in->imm, a, in->imm);
        /* throw()/close(): the exception appears here (or goes to the sub-iterator). */
        bputs(c, "  if (MRT_UNLIKELY(g->throw_exc != 0)) {\n    MrtValue e_ = g->throw_exc;\n    g->throw_exc = 0;\n");
        if (cc) {
            bprintf(c, "    %s = mrt_yf_throw(%s, e_);\n    if (%s == MRT_STOP) goto L%d;\n    if (!%s) ", a, cc, a,
                    in->label, a);
            fail(E);
            bprintf(c, "\n    g->state = %d; return %s;\n  }\n", in->imm, a);
        } else {
            bputs(c, "    mrt_raise(e_); ");
            fail(E);
            bputs(c, "\n  }\n");
        }
        bprintf(c, "  %s = sent;\n", d);
        break;
    case OP_YF_SEND:
        bprintf(c, "  %s = mrt_yf_send(%s, %s);\n  if (%s == MRT_STOP) goto L%d;\n", d, a, b, d, in->label);
        check_value(E, d);
        break;
    case OP_YIELD_FROM_RESULT:
        bprintf(c, "  %s = mrt_gen_yield_from_result(%s);\n", d, a);
        break;
    case OP_GETATTR:
        bprintf(c, "  %s = mrt_getattr_cached(%s, MG[%d], &AC[%d]);\n", d, a, const_slot(E, in->imm), E->ncaches++);
        check_value(E, d);
        break;
    case OP_SETATTR:
        bprintf(c, "  if (mrt_setattr_cached(%s, MG[%d], %s, &AC[%d]) < 0) ", a, const_slot(E, in->imm), b,
                E->ncaches++);
        fail(E);
        bputs(c, "\n");
        break;
    case OP_DELATTR:
        bprintf(c, "  if (mrt_delattr(%s, MG[%d]) < 0) ", a, const_slot(E, in->imm));
        fail(E);
        bputs(c, "\n");
        break;
    case OP_GETITEM:
        bprintf(c, "  %s = mrt_list_get_fast(%s, %s);\n", d, a, b);
        check_value(E, d);
        break;
    case OP_WITH_EXIT:
        bprintf(c, "  %s = mrt_ctx_exit(%s);\n", d, a);
        check_value(E, d);
        break;
    case OP_GETSLICE:
        bprintf(c, "  %s = mrt_getslice%s(%s, %s, %s, ", d, in->imm ? "_scratch" : "3", a, b ? b : "0", cc ? cc : "0");
        bprintf(c, "%s", in->nargs ? vname(E, in->args[0]) : "0");
        if (in->imm) bprintf(c, ", &SC[%d]", E->nscratch++);
        bputs(c, ");\n");
        check_value(E, d);
        break;
    case OP_SETSLICE:
        bprintf(c, "  if (mrt_setslice(%s, %s, %s, ", a, b ? b : "0", cc ? cc : "0");
        bprintf(c, "%s, ", in->nargs > 1 ? vname(E, in->args[1]) : "0");
        bprintf(c, "%s) < 0) ", vname(E, in->args[0]));
        fail(E);
        bputs(c, "\n");
        break;
    case OP_SETITEM:
        bprintf(c, "  if (mrt_list_set_fast(%s, %s, %s) < 0) ", a, b, cc);
        fail(E);
        bputs(c, "\n");
        break;
    case OP_DELITEM:
        bprintf(c, "  if (mrt_delitem(%s, %s) < 0) ", a, b);
        fail(E);
        bputs(c, "\n");
        break;
    case OP_CALL: {
        char fmt[96];
        snprintf(fmt, sizeof fmt, "mrt_call(%s, %%d, a_, %%s)", a);
        emit_call_like(E, in, fmt);
        break;
    }
    case OP_CALL_METHOD:
        emit_call_method(E, in);
        break;
    case OP_CALL_EX:
        bprintf(c, "  %s = mrt_call_ex(%s, %s, %s);\n", d, a, b, cc ? cc : "0");
        check_value(E, d);
        break;
    case OP_CALL_DIRECT: {
        McFunc *f = func_of_node(E->p, in->target);
        if (!f || !f->direct_ok || f->nposargs != in->nargs) {
            char fmt[96];
            snprintf(fmt, sizeof fmt, "mrt_call(%s, %%d, a_, %%s)", a);
            emit_call_like(E, in, fmt);
            break;
        }
        bprintf(c, "  %s = fb_%d(%s", d, f->id, a);
        for (int i = 0; i < in->nargs; i++) bprintf(c, ", %s", vname(E, in->args[i]));
        bputs(c, ");\n");
        check_value(E, d);
        break;
    }
    case OP_CALL_BUILTIN: {
        char fmt[96];
        snprintf(fmt, sizeof fmt, "mrt_bi_%s(%%d, a_, %%s)", in->name);
        emit_call_like(E, in, fmt);
        break;
    }
    case OP_SUPER:
        bprintf(c, "  %s = mrt_super(%s, %s);\n", d, a, b);
        check_value(E, d);
        break;
    case OP_BUILD_LIST:
    case OP_BUILD_TUPLE:
        args_array(E, in);
        bprintf(c, "    %s = mrt_%s_new(%d, a_); }\n", d, in->op == OP_BUILD_LIST ? "list" : "tuple", in->nargs);
        check_value(E, d);
        break;
    case OP_BUILD_SET:
        if (in->imm == 1 || in->imm == 2) { /* constants: CPython's folded order */
            args_array(E, in);
            bprintf(c, "    %s = mrt_%s(%d, a_); }\n", d, in->imm == 1 ? "set_display_const" : "frozenset_const",
                    in->nargs);
            check_value(E, d);
            break;
        }
        bprintf(c, "  %s = mrt_set_new();\n", d);
        check_value(E, d);
        for (int i = 0; i < in->nargs; i++) {
            char e[96];
            snprintf(e, sizeof e, "mrt_set_add(%s, %s)", d, vname(E, in->args[i]));
            check_int(E, e);
        }
        break;
    case OP_BUILD_DICT:
        bprintf(c, "  %s = mrt_dict_new();\n", d);
        check_value(E, d);
        break;
    case OP_BUILD_SLICE:
        bprintf(c, "  %s = mrt_slice_new(%s, %s, %s);\n", d, a ? a : "0", b ? b : "0", cc ? cc : "0");
        check_value(E, d);
        break;
    case OP_STAR_EXTEND:
    case OP_DICT_MERGE_KW: {
        char e[160];
        snprintf(e, sizeof e, "%s(%s, %s, %s)", in->op == OP_STAR_EXTEND ? "mrt_star_extend" : "mrt_kw_merge", a, b,
                 cc ? cc : "0");
        check_int(E, e);
        break;
    }
    case OP_KW_ADD: {
        char e[160];
        snprintf(e, sizeof e, "mrt_kw_add(%s, %s, %s, %s)", a, b, vname(E, in->args[0]), cc);
        check_int(E, e);
        break;
    }
    case OP_LIST_APPEND:
    case OP_LIST_EXTEND:
    case OP_SET_ADD:
    case OP_DICT_UPDATE: {
        static const char *fnames[] = {[OP_LIST_APPEND] = "mrt_list_append",
                                       [OP_LIST_EXTEND] = "mrt_list_extend",
                                       [OP_SET_ADD] = "mrt_set_add",
                                       [OP_DICT_UPDATE] = "mrt_dict_update"};
        char e[128];
        snprintf(e, sizeof e, "%s(%s, %s)", fnames[in->op], a, b);
        check_int(E, e);
        break;
    }
    case OP_SET_UPDATE:
        bprintf(c, "  if (!mrt_call_method(%s, MG[%d], 1, &%s, 0)) ", a, intern_const(E, "update"), b);
        fail(E);
        bputs(c, "\n");
        break;
    case OP_DICT_SET: {
        char e[128];
        snprintf(e, sizeof e, "mrt_dict_set(%s, %s, %s)", a, b, cc);
        check_int(E, e);
        break;
    }
    case OP_LIST_TO_TUPLE:
        bprintf(c, "  %s = mrt_tuple_from_iter(%s);\n", d, a);
        check_value(E, d);
        break;
    case OP_UNPACK:
    case OP_UNPACK_EX:
        bprintf(c, "  { MrtValue o_[%d];\n    if (", in->nargs);
        if (in->op == OP_UNPACK)
            bprintf(c, "mrt_unpack(%s, %d, o_) < 0) ", a, in->nargs);
        else
            bprintf(c, "mrt_unpack_ex(%s, %d, %d, o_) < 0) ", a, in->imm, in->imm2);
        fail(E);
        bputs(c, "\n");
        for (int i = 0; i < in->nargs; i++) bprintf(c, "    %s = o_[%d];\n", vname(E, in->args[i]), i);
        bputs(c, "  }\n");
        break;
    case OP_FORMAT:
        if (b)
            bprintf(c, "  %s = mrt_format(%s, %s);\n", d, a, b);
        else
            bprintf(c, "  %s = mrt_is_str(%s) ? %s : mrt_format(%s, MG[%d]);\n", d, a, a, a, intern_const(E, ""));
        check_value(E, d);
        break;
    case OP_CONVERT:
        if (in->imm == 'a')
            bprintf(c, "  %s = mrt_bi_ascii(1, &%s, 0);\n", d, a);
        else
            bprintf(c, "  %s = mrt_%s(%s);\n", d, in->imm == 'r' ? "repr" : "str", a);
        check_value(E, d);
        break;
    case OP_JOIN_STR:
        args_array(E, in);
        bprintf(c, "    %s = mrt_str_join_n(%d, a_); }\n", d, in->nargs);
        check_value(E, d);
        break;
    case OP_ITER:
        bprintf(c, "  %s = mrt_iter(%s);\n", d, a);
        check_value(E, d);
        break;
    case OP_FOR_NEXT:
        bprintf(c, "  %s = mrt_next(%s);\n  if (%s == MRT_STOP) goto L%d;\n", d, a, d, in->label);
        check_value(E, d);
        break;
    case OP_RANGE_INIT:
        emit_range_init(E, in);
        break;
    case OP_RANGE_NEXT:
        bprintf(c,
                "  if (%s-- <= 0) goto L%d;\n  %s = mrt_fits_small(%s) ? mrt_small(%s) : mrt_int_from_i64(%s);\n"
                "  %s = (int64_t)((uint64_t)%s + (uint64_t)%s);\n",
                b, in->label, a, d, d, d, d, d, cc);
        break;
    case OP_MAKE_FUNCTION:
        args_array(E, in);
        bprintf(c, "    %s = mrt_func_new(&FI_%d, %s, %s, MG[%d], %d, a_); }\n", d, in->func->id, a ? a : "0",
                b ? b : "0", E->modname[E->fn->mod->id], in->nargs);
        check_value(E, d);
        break;
    case OP_MAKE_CLASS:
        bprintf(c, "  %s = mrt_class_new_slots(MG[%d], %s, %s, MG[%d], %s);\n", d, const_slot(E, in->imm), a ? a : "0",
                b, E->modname[E->fn->mod->id], kwnames(E, in->imm2));
        check_value(E, d);
        break;
    case OP_IMPORT: {
        int k = module_index(E->p, in->name);
        if (k >= 0) {
            bprintf(c, "  %s = mi_%d();\n", d, k);
        } else {
            bprintf(c,
                    "  %s = mrt_import_builtin(\"%s\");\n  if (!%s) mrt_raise_fmt(&mrt_type_ModuleNotFoundError, "
                    "\"No module named '%%s'\", \"%s\");\n",
                    d, in->name, d, in->name);
        }
        check_value(E, d);
        break;
    }
    case OP_RAISE:
        if (b)
            bprintf(c, "  mrt_raise_from(%s, %s); ", a, b);
        else
            bprintf(c, "  mrt_raise(%s); ", a);
        fail(E);
        bputs(c, "\n");
        break;
    case OP_RERAISE:
        bprintf(c, "  mrt_reraise(%s); goto %s;\n", a, eh_label(in->eh));
        break;
    case OP_RERAISE_CURRENT:
        bputs(c, "  mrt_raise_current_handled(); ");
        fail(E);
        bputs(c, "\n");
        break;
    case OP_PROPAGATE:
        bprintf(c, "  goto %s;\n", eh_label(in->eh));
        break;
    case OP_CATCH:
        bprintf(c, "  %s = mrt_exc_fetch();\n", d);
        break;
    case OP_EXC_MATCH:
        bprintf(c, "  %s = mrt_exc_matches(%s, %s);\n", d, a, b);
        check_int(E, d);
        break;
    case OP_ENTER_HANDLER:
        bprintf(c, "  %s = mrt_exc_enter_handler(%s);\n", d, a);
        break;
    case OP_LEAVE_HANDLER:
        bprintf(c, "  mrt_exc_leave_handler(%s);\n", a);
        break;
    case OP_ASSERT_FAIL:
        bprintf(c,
                "  { MrtValue m_ = %s; MrtValue e_ = mrt_exc_new(&mrt_type_AssertionError, %d, &m_);\n    if (e_) "
                "mrt_raise(e_); ",
                a ? a : "0", a ? 1 : 0);
        fail(E);
        bputs(c, " }\n");
        break;
    case OP_BOX_F64:
    case OP_UNBOX_F64:
    case OP_NUM_TO_F64:
    case OP_GUARD_F64: /* emitted by emit_f64_instr */
    case OP_NKINDS:
        break;
    }
}

/* ---- functions ------------------------------------------------------------------------- */

static const char *const ctypes[] = {"MrtValue", "int", "int64_t", "double"};

static void declare_vars(Emit *E, McFunc *f, const char *indent, const char *sep)
{
    for (int i = 0; i < f->vars.n; i++) {
        McVar *v = f->vars.items[i];
        static const char pre[] = {'v', 'c', 'i', 'f'};
        bprintf(&E->code, "%s%s %c%d%s", indent, ctypes[v->vt], pre[v->vt], i, sep);
    }
}

static void init_vars(Emit *E, McFunc *f)
{
    for (int i = 0; i < f->vars.n; i++) {
        McVar *v = f->vars.items[i];
        if (v->vt == VT_VALUE) bprintf(&E->code, "  %s = MRT_UNBOUND;\n", vname(E, i));
        if (v->vt == VT_F64) bprintf(&E->code, "  %s = 0.0;\n", vname(E, i));
    }
}

static void signature(Emit *E, Buf *b, McFunc *f)
{
    bprintf(b, "static MrtValue fb_%d(MrtValue fn", f->id);
    if (!f->is_module_body)
        for (int i = 0; i < f->nposargs + f->nkwonly + !!(f->flags & MRT_FI_VARARGS) + !!(f->flags & MRT_FI_VARKW); i++)
            bprintf(b, ", MrtValue p%d", i);
    bputs(b, ")");
}

static int nslots(McFunc *f)
{
    return f->nposargs + f->nkwonly + !!(f->flags & MRT_FI_VARARGS) + !!(f->flags & MRT_FI_VARKW);
}

static void emit_body(Emit *E, McFunc *f)
{
    for (int i = 0; i < f->ncode; i++) emit_instr(E, &f->code[i]);
}

/* Parameters kept as doubles (proven floats) are decoded on entry. */
static void unbox_params(Emit *E, McFunc *f)
{
    for (int k = 0; k < f->nshadows; k++)
        for (int i = 0; i < nslots(f) && !f->is_module_body; i++)
            if (f->param_vars[i] == f->shadows[k][0])
                bprintf(&E->code, "  %s = mrt_f64(%s);\n", vname(E, f->shadows[k][1]), vname(E, f->shadows[k][0]));
}

/* Where failed guards meet: the doubles are boxed back into the variables
 * they stand for, and the generic version continues at the guarded
 * instruction. */
static void emit_guard_exit(Emit *E, McFunc *f)
{
    Buf *c = &E->code;
    bputs(c, "Lx:;\n");
    for (int k = 0; k < f->nshadows; k++)
        bprintf(c, "  %s = mrt_float_keep(%s);\n", vname(E, f->shadows[k][0]), vname(E, f->shadows[k][1]));
    bputs(c, "  switch (xk_) {\n");
    for (int i = 0; i < f->ncode; i++)
        if (f->code[i].op == OP_GUARD_F64) bprintf(c, "  case %d: goto L%d;\n", f->code[i].imm, f->code[i].label);
    bputs(c, "  }\n  goto Lerr;\n");
}

static void emit_plain_function(Emit *E, McFunc *f)
{
    E->gen = 0;
    signature(E, &E->code, f);
    bputs(&E->code, "\n{\n");
    declare_vars(E, f, "  ", ";\n");
    if (f->nguards) bputs(&E->code, "  int xk_ = 0;\n");
    init_vars(E, f);
    for (int i = 0; i < nslots(f) && !f->is_module_body; i++)
        bprintf(&E->code, "  %s = p%d;\n", vname(E, f->param_vars[i]), i);
    unbox_params(E, f);
    bputs(&E->code, "  if (MRT_UNLIKELY(mrt_enter() < 0)) return MRT_ERR;\n");
    emit_body(E, f);
    if (f->nguards) emit_guard_exit(E, f);
    bputs(&E->code, "Lerr:\n  mrt_leave();\n  return MRT_ERR;\n}\n\n");
}

static void emit_generator(Emit *E, McFunc *f)
{
    bprintf(&E->code, "struct GF_%d {\n", f->id);
    declare_vars(E, f, "  ", ";\n");
    if (!f->vars.n) bputs(&E->code, "  int unused;\n");
    bputs(&E->code, "};\n");
    /* The resume function: a switch over yield points. */
    E->gen = 1;
    bprintf(&E->code, "static MrtValue gr_%d(MrtGen *g, MrtValue sent)\n{\n  struct GF_%d *F = g->frame;\n", f->id,
            f->id);
    bputs(&E->code, "  MrtValue fn = g->fn;\n  (void)fn; (void)sent;\n  switch (g->state) {\n  case 0: break;\n");
    for (int k = 1; k <= f->nyields; k++) bprintf(&E->code, "  case %d: goto Y%d;\n", k, k);
    bputs(&E->code, "  default: return MRT_STOP;\n  }\n");
    emit_body(E, f);
    bputs(&E->code, "Lerr:\n  g->state = -1;\n  return MRT_ERR;\n}\n");
    /* Calling the function creates the generator with the arguments bound. */
    signature(E, &E->code, f);
    bprintf(&E->code, "\n{\n  MrtValue g = mrt_gen_new(fn, gr_%d, sizeof(struct GF_%d));\n  if (!g) return MRT_ERR;\n",
            f->id, f->id);
    bprintf(&E->code, "  struct GF_%d *F = ((MrtGen *)mrt_obj(g))->frame;\n", f->id);
    init_vars(E, f);
    for (int i = 0; i < nslots(f); i++) bprintf(&E->code, "  %s = p%d;\n", vname(E, f->param_vars[i]), i);
    bputs(&E->code, "  return g;\n}\n\n");
    E->gen = 0;
}

static void emit_function(Emit *E, McFunc *f)
{
    E->fn = f;
    if (f->flags & MRT_FI_GENERATOR)
        emit_generator(E, f);
    else
        emit_plain_function(E, f);
    if (f->is_module_body) return;
    int n = nslots(f);
    bprintf(&E->code, "static MrtValue fe_%d(MrtValue fn, const MrtValue *s)\n{\n  (void)s;\n  return fb_%d(fn", f->id,
            f->id);
    for (int i = 0; i < n; i++) bprintf(&E->code, ", s[%d]", i);
    bputs(&E->code, ");\n}\n\n");
}

/* Declarations every function may refer to: bodies, entries, FuncInfo, CodeInfo. */
static void declare_function(Emit *E, McFunc *f)
{
    Buf *b = &E->decl;
    McModuleIR *mod = f->mod;
    const char *file = mod->m->src->path;
    signature(E, b, f);
    bputs(b, ";\n");
    bprintf(b, "static const MrtCodeInfo CI_%d = {", f->id);
    cstring(b, f->name, strlen(f->name));
    bputs(b, ", ");
    cstring(b, file, strlen(file));
    bprintf(b, ", SRC_%d, %d};\n", mod->id, mod->m->src->nlines + 1);
    if (f->is_module_body) return;
    bprintf(b, "static MrtValue fe_%d(MrtValue fn, const MrtValue *s);\n", f->id);
    int n = nslots(f);
    bprintf(b, "static const char *const PN_%d[] = {", f->id);
    for (int i = 0; i < n; i++) {
        cstring(b, f->params[i], strlen(f->params[i]));
        bputs(b, ", ");
    }
    bputs(b, "0};\n");
    bprintf(b, "static const MrtFuncInfo FI_%d = {", f->id);
    cstring(b, f->name, strlen(f->name));
    bputs(b, ", ");
    cstring(b, f->qualname, strlen(f->qualname));
    bputs(b, ", ");
    cstring(b, file, strlen(file));
    bprintf(b, ", %d, %d, %d, %d, PN_%d, fe_%d, ", f->line, f->nposargs, f->nkwonly, f->flags, f->id, f->id);
    const char *doc = f->node && f->node->kind == N_FUNCDEF ? f->node->docstring : NULL;
    if (doc)
        cstring(b, doc, strlen(doc));
    else
        bputs(b, "0");
    bputs(b, "};\n");
}

static void emit_source_lines(Emit *E, McModuleIR *mod)
{
    const McSource *s = mod->m->src;
    bprintf(&E->decl, "static const char *const SRC_%d[] = {0", mod->id);
    for (int l = 1; l <= s->nlines; l++) {
        size_t len;
        const char *t = mc_source_line(s, (uint32_t)l, &len);
        if (len > 200) len = 200;
        bputs(&E->decl, ",\n  ");
        cstring(&E->decl, t ? t : "", t ? len : 0);
    }
    bputs(&E->decl, "};\n");
}

static void emit_module_init(Emit *E, McModuleIR *mod)
{
    Buf *b = &E->code;
    int k = mod->id;
    bprintf(&E->decl, "static const char *const GN_%d[] = {", k);
    for (int i = 0; i < mod->nglobals; i++) {
        cstring(&E->decl, mod->global_names[i], strlen(mod->global_names[i]));
        bputs(&E->decl, ", ");
    }
    bputs(&E->decl, "0};\n");
    bprintf(&E->decl, "static MrtValue mi_%d(void);\n", k);
    bprintf(b, "static MrtValue mi_%d(void)\n{\n  if (MG[%d]) return MG[%d];\n", k, E->modobj[k], E->modobj[k]);
    bprintf(b, "  MrtValue m = mrt_module_new(");
    cstring(b, mod->m->name, strlen(mod->m->name));
    bprintf(b, ", %d, GN_%d, &MG[%d]);\n  if (!m) return MRT_ERR;\n  MG[%d] = m;\n", mod->nglobals, k, E->gbase[k],
            E->modobj[k]);
    bprintf(b, "  MG[%d] = MG[%d];\n", E->gbase[k] + mod->name_slot, E->modname[k]);
    bprintf(b, "  if (!fb_%d(m)) return MRT_ERR;\n  return m;\n}\n\n", mod->body->id);
}

static void emit_constants(Emit *E)
{
    Buf *b = &E->init;
    bputs(b, "static int molt_consts_init(void)\n{\n");
    for (int i = 0; i < E->p->consts.n; i++) {
        McConst *k = E->p->consts.items[i];
        bprintf(b, "  MG[%d] = ", const_slot(E, i));
        switch (k->kind) {
        case K_STR:
            if (memchr(k->data, 0, k->len)) {
                bputs(b, "mrt_str_new(");
                cstring(b, k->data, k->len);
                bprintf(b, ", %zu);\n", k->len);
            } else {
                bputs(b, "mrt_intern(");
                cstring(b, k->data, k->len);
                bputs(b, ");\n");
            }
            break;
        case K_BYTES:
            bputs(b, "mrt_bytes_new(");
            cstring(b, k->data, k->len);
            bprintf(b, ", %zu);\n", k->len);
            break;
        case K_BIGINT:
            bputs(b, "mrt_int_from_str(");
            cstring(b, k->data, k->len);
            bprintf(b, ", %zu, 10);\n", k->len);
            break;
        case K_KWNAMES: {
            bprintf(b, "0;\n  { MrtValue n_[%zu];\n", k->len);
            const char *s = k->data;
            for (size_t j = 0; j < k->len; j++, s += strlen(s) + 1) {
                bprintf(b, "    n_[%zu] = mrt_intern(", j);
                cstring(b, s, strlen(s));
                bputs(b, ");\n");
            }
            bprintf(b, "    MG[%d] = mrt_tuple_new(%zu, n_); }\n", const_slot(E, i), k->len);
            break;
        }
        }
        bprintf(b, "  if (!MG[%d]) return -1;\n", const_slot(E, i));
    }
    bputs(b, "  return 0;\n}\n\n");
}

static void layout(Emit *E)
{
    McProgram *p = E->p;
    int nm = p->modules.n;
    E->gbase = calloc((size_t)nm, sizeof(int));
    E->modobj = calloc((size_t)nm, sizeof(int));
    E->modname = calloc((size_t)nm, sizeof(int));
    int slot = 0;
    for (int i = 0; i < nm; i++) {
        McModuleIR *mod = p->modules.items[i];
        E->gbase[i] = slot;
        slot += mod->nglobals;
        E->modobj[i] = slot++;
        E->modname[i] = mc_const(p, K_STR, mod->m->name, strlen(mod->m->name));
    }
    E->kbase = slot;
}

char *mc_emit_c(McProgram *p, int with_main, size_t *len)
{
    Emit E;
    memset(&E, 0, sizeof E);
    E.p = p;
    layout(&E);
    for (int i = 0; i < p->modules.n; i++) {
        McModuleIR *mod = p->modules.items[i];
        E.modname[i] += E.kbase;
        emit_source_lines(&E, mod);
    }
    for (int i = 0; i < p->funcs.n; i++) declare_function(&E, p->funcs.items[i]);
    for (int i = 0; i < p->funcs.n; i++) emit_function(&E, p->funcs.items[i]);
    for (int i = 0; i < p->modules.n; i++) emit_module_init(&E, p->modules.items[i]);
    emit_constants(&E); /* last: emission may have added constants */
    E.nroots = E.kbase + p->consts.n;

    Buf out = {0};
    bprintf(&out, "/* generated by molt %s — do not edit */\n", MOLT_VERSION);
    bprintf(&out, "static MrtValue MG[%d];\n", E.nroots ? E.nroots : 1);
    bprintf(&out, "static MrtAttrCache AC[%d];\n", E.ncaches ? E.ncaches : 1);
    if (E.nmcaches) bprintf(&out, "static MrtMethodCache MC[%d];\n", E.nmcaches);
    if (E.nscratch) bprintf(&out, "static MrtValue SC[%d];\n", E.nscratch);
    bput(&out, E.decl.s ? E.decl.s : "", E.decl.n);
    bputs(&out, "\n");
    bput(&out, E.code.s ? E.code.s : "", E.code.n);
    bput(&out, E.init.s ? E.init.s : "", E.init.n);
    bputs(&out, "int molt_main(int argc, char **argv)\n{\n  mrt_init(argc, argv);\n");
    bprintf(&out, "  mrt_register_roots(MG, MG + %d);\n", E.nroots ? E.nroots : 1);
    bprintf(&out, "  mrt_register_roots(AC, AC + %d);\n", E.ncaches ? E.ncaches : 1);
    if (E.nmcaches) bprintf(&out, "  mrt_register_roots(MC, MC + %d);\n", E.nmcaches);
    if (E.nscratch) bprintf(&out, "  mrt_register_roots(SC, SC + %d);\n", E.nscratch);
    for (int i = 0; i < p->modules.n; i++) {
        McModuleIR *mod = p->modules.items[i];
        bprintf(&out, "  for (int i = %d; i < %d; i++) MG[i] = MRT_UNBOUND;\n", E.gbase[i], E.gbase[i] + mod->nglobals);
    }
    bputs(&out, "  if (molt_consts_init() < 0) return mrt_main_finish(MRT_ERR);\n");
    bputs(&out, "  return mrt_main_finish(mi_0());\n}\n");
    if (with_main) bputs(&out, "\nint main(int argc, char **argv) { return molt_main(argc, argv); }\n");
    free(E.decl.s);
    free(E.code.s);
    free(E.init.s);
    free(E.gbase);
    free(E.modobj);
    free(E.modname);
    *len = out.n;
    return out.s;
}
