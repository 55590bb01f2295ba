/* mc_ir.h — molt's typed intermediate representation.
 *
 * A program is a set of modules; each module and each function body is an
 * McFunc holding a linear list of three-address instructions over typed
 * variables, with labels and jumps. Every instruction that can raise names
 * the label of its exception handler (eh), so control flow for try/except,
 * with and finally is explicit. Both backends print this IR as C; the
 * release profile first runs the passes in mc_opt.c. See docs/ir.md. */
#ifndef MC_IR_H
#define MC_IR_H

#include "mc_ast.h"

/* What a variable holds in the generated C. */
typedef enum McVarType {
    VT_VALUE, /* MrtValue: any Python value (boxed) */
    VT_COND,  /* C int 0/1: result of a truth test or comparison, consumed by branches */
    VT_I64,   /* int64_t: range() loop counters and other proven machine ints */
    VT_F64    /* double: unboxed float (release passes) */
} McVarType;

/* What a VT_VALUE is known to hold (type inference; T_ANY when unknown). */
typedef enum McType { T_ANY, T_INT, T_FLOAT, T_BOOL, T_STR, T_NONE, T_LIST, T_TUPLE, T_DICT, T_SET } McType;

typedef struct McVar {
    int id;
    McVarType vt;
    int type;         /* McType (mc_types.c uses -1 internally for "no definition seen yet") */
    const char *name; /* source name for locals, NULL for temporaries */
    McSymbol *sym;    /* the local it implements, or NULL */
    int is_cell;      /* holds an MrtCell (SYM_CELL locals) */
} McVar;

typedef enum McOp {
    /* values */
    OP_CONST,         /* dst = constant imm (McConst index) */
    OP_INT,           /* dst = small int constant ival */
    OP_FLOAT,         /* dst = float constant fval */
    OP_SPECIAL,       /* dst = MRT_NONE/TRUE/FALSE/ELLIPSIS/UNBOUND (imm = the C constant's index, see mc_emit) */
    OP_MOVE,          /* dst = a */
    OP_CHECK_BOUND,   /* a is not MRT_UNBOUND, else UnboundLocalError(name) */
    OP_LOAD_GLOBAL,   /* dst = global slot imm of module mod (NameError(name) when unbound) */
    OP_STORE_GLOBAL,  /* global slot imm = a (a == 0 ⇒ unbind) */
    OP_DEL_GLOBAL,    /* unbind global slot imm (NameError if unbound) */
    OP_LOAD_BUILTIN,  /* dst = builtin named name (imm = MRT_BI_* index, or -1 for types/exceptions by name) */
    OP_CELL_NEW,      /* dst = new cell holding a (or unbound when a < 0) */
    OP_CELL_GET,      /* dst = value of cell a (NameError/UnboundLocal when empty) */
    OP_CELL_SET,      /* cell a = b (b < 0 ⇒ unbind) */
    OP_FREE,          /* dst = captured cell imm of the running function */
    OP_CLASSNS_LOAD,  /* dst = ns a [name], falling back to b's value (global/builtin) when missing */
    OP_CLASSNS_STORE, /* ns a [name] = b */
    OP_CLASSNS_DEL,
    /* operators */
    OP_BINOP,        /* dst = a <imm> b (MRT_OP_*) */
    OP_INPLACE,      /* dst = a <imm>= b */
    OP_UNOP,         /* dst = <imm> a (MRT_UOP_*) */
    OP_COMPARE,      /* dst = a <imm> b (MRT_CMP_*, value result) */
    OP_COMPARE_COND, /* dst(cond) = a <imm> b */
    OP_IS,           /* dst(cond) = a is b */
    OP_IN,           /* dst(cond) = a in b */
    OP_TRUTH,        /* dst(cond) = truth(a) */
    OP_NOT_COND,     /* dst(cond) = !a (a cond) */
    OP_COND_TO_BOOL, /* dst = a (cond) ? True : False */
    OP_ISINSTANCE,   /* dst(cond) = isinstance(a, b) */
    /* control */
    OP_LABEL,             /* label imm */
    OP_JUMP,              /* goto label */
    OP_BRANCH,            /* if (a) goto label else goto label2 (a cond) */
    OP_RETURN,            /* return a */
    OP_YIELD,             /* yield a; dst = sent value (imm = resume point). Inside `yield from`, c is the
                             sub-iterator that a throw() is passed to, and label where to go when it ends */
    OP_YIELD_FROM_RESULT, /* dst = return value of the exhausted sub-iterator a */
    OP_YF_SEND,           /* dst = next value of sub-iterator a after sending b; at its end goto label */
    /* attributes and items */
    OP_GETATTR, /* dst = a.name */
    OP_SETATTR, /* a.name = b */
    OP_DELATTR,
    OP_GETITEM,   /* dst = a[b] */
    OP_GETSLICE,  /* dst = a[b:c:args[0]] (b, c < 0 when omitted; nargs 0 without a step); imm 1: dst is
                     only read by the OP_SETSLICE that follows (it may be a reused scratch list) */
    OP_WITH_EXIT, /* dst = bound __exit__ of context manager a (TypeError if not one) */
    OP_SETITEM,   /* a[b] = c */
    OP_SETSLICE,  /* a[b:c:args[1]] = args[0] (b, c < 0 when omitted; nargs 1 without a step) */
    OP_DELITEM,
    /* calls: args = positional then keyword values; imm2 = kwnames const or -1 */
    OP_CALL,         /* dst = a(args) */
    OP_CALL_METHOD,  /* dst = a.name(args) */
    OP_CALL_EX,      /* dst = a(*b, **c) (c < 0: no kwargs) */
    OP_CALL_DIRECT,  /* dst = func(args) with a = the function object (static binding) */
    OP_CALL_BUILTIN, /* dst = builtin imm (MRT_BI_*) called with args */
    OP_SUPER,        /* dst = super(a (class, from the cell), b (self)) */
    /* building */
    OP_BUILD_LIST,
    OP_BUILD_TUPLE,
    OP_BUILD_SET,   /* dst = [args] */
    OP_BUILD_DICT,  /* dst = {args[0]: args[1], ...} */
    OP_BUILD_SLICE, /* dst = slice(a, b, c) (each may be < 0 ⇒ None) */
    OP_LIST_APPEND, /* a.append(b) */
    OP_LIST_EXTEND, /* a.extend(b) */
    OP_LIST_TO_TUPLE,
    OP_SET_ADD, /* a.add(b) */
    OP_SET_UPDATE,
    OP_DICT_SET,      /* a[b] = c */
    OP_DICT_UPDATE,   /* a.update(b) (for {**x}) */
    OP_DICT_MERGE_KW, /* a.update(b) for f(**b): duplicate keys are a TypeError */
    OP_STAR_EXTEND,   /* a.extend(b) for f(*b): errors name the callee c */
    OP_KW_ADD,        /* a[b] = args[0] for f(k=v): a repeated name is an error naming the callee c */
    OP_UNPACK,        /* args (outputs) = unpack(a) exactly nargs */
    OP_UNPACK_EX,     /* args = unpack(a) with imm before and imm2 after the starred one */
    OP_FORMAT,        /* dst = format(a, b) (b < 0 ⇒ '') */
    OP_CONVERT,       /* dst = str/repr/ascii(a) (imm = 's','r','a') */
    OP_JOIN_STR,      /* dst = ''.join(args) */
    /* iteration */
    OP_ITER,       /* dst = iter(a) */
    OP_FOR_NEXT,   /* dst = next(a); at exhaustion goto label */
    OP_RANGE_INIT, /* args = start, stop, step values → I64 vars dst(i), b(stop), c(step); imm = nargs of range() */
    OP_RANGE_NEXT, /* if not (dst(i) < stop) goto label (sign of step); else a = boxed i; i += step */
    /* functions, classes, modules */
    OP_MAKE_FUNCTION, /* dst = function object for func; a = defaults tuple or -1, b = kwdefaults dict or -1; args =
                         cells */
    OP_MAKE_CLASS,    /* dst = class named name, base a (-1 ⇒ object), namespace b */
    OP_IMPORT,        /* dst = module object of program module imm (runs its body once) */
    /* exceptions */
    OP_RAISE,           /* raise a (b ≥ 0: from b) */
    OP_RERAISE,         /* re-raise the caught exception a (no new traceback entry) */
    OP_RERAISE_CURRENT, /* bare raise outside an except body */
    OP_PROPAGATE,       /* an exception is pending: goto eh (no traceback entry) */
    OP_CATCH,           /* dst = the pending exception (clears it) */
    OP_EXC_MATCH,       /* dst(cond) = a matches exception type (tuple) b */
    OP_ENTER_HANDLER,   /* dst = previous handled exception; a becomes the handled one */
    OP_LEAVE_HANDLER,   /* restore handled exception a */
    OP_ASSERT_FAIL,     /* raise AssertionError(a) (a < 0: no message) */
    /* unboxed floats (release passes, mc_types.c) */
    OP_BOX_F64,    /* dst = float object of the double a */
    OP_UNBOX_F64,  /* dst(f64) = a, a value proven to be a float */
    OP_NUM_TO_F64, /* dst(f64) = float(a) for a proven int/bool/float (OverflowError for huge ints) */
    OP_GUARD_F64,  /* dst(f64) = a if a is a float; else box the function's doubles back (shadows) and
                      continue in its generic version at label (imm = the guard's number) */
    OP_NKINDS
} McOp;

typedef struct McFunc McFunc;

typedef struct McInstr {
    McOp op;
    int dst, a, b, c;
    int *args, nargs;
    int imm, imm2;
    int label, label2;
    int eh; /* handler label; -1 = the function's error exit */
    int line;
    const char *name;
    McFunc *func;
    McNode *target; /* OP_CALL_DIRECT: the N_FUNCDEF called (its McFunc is found at emission) */
    McNode *node;   /* the expression it belongs to (its span), or NULL for statement glue */
    int64_t ival;
    double fval;
} McInstr;

typedef struct McModuleIR McModuleIR;

struct McFunc {
    int id;
    const char *name, *qualname;
    McScope *scope;
    McNode *node; /* N_FUNCDEF / N_LAMBDA / N_GENEXP, or N_MODULE for a module body */
    McModuleIR *mod;
    McFunc *parent;
    McVec vars; /* McVar* by id */
    McInstr *code;
    int ncode, capcode;
    int nlabels;
    int line;
    /* signature */
    int nposargs, nkwonly, flags; /* MRT_FI_* */
    const char **params;          /* slot order, as MrtFuncInfo.params */
    int *param_vars;              /* McVar id per slot */
    int nyields;
    int is_module_body;
    int direct_ok; /* every parameter is positional: callable through its C body directly */
    /* set by mc_types.c */
    int nguards;  /* OP_GUARD_F64 instructions: the code ends with the generic version they leave to */
    int ngeneric; /* instructions of that generic version (the last ngeneric of code) */
    int nshadows; /* variables kept as doubles: (original variable, its double) */
    int (*shadows)[2];
};

/* Program-wide constants that need run-time construction. */
typedef enum { K_STR, K_BYTES, K_BIGINT, K_KWNAMES } McConstKind;
typedef struct McConst {
    McConstKind kind;
    const char *data; /* K_KWNAMES: names joined by '\0', count in len */
    size_t len;
} McConst;

struct McModuleIR {
    int id;
    McModule *m;
    McFunc *body; /* the module's top-level code */
    int nglobals;
    const char **global_names; /* slot order */
    int name_slot;             /* slot of __name__ */
};

typedef struct McProgram {
    McArena *arena;
    McVec modules; /* McModuleIR*; [0] is __main__ */
    McVec funcs;   /* every McFunc, in creation order */
    McVec consts;  /* McConst* */
    McVec fnodes;  /* McNode* of each lowered N_FUNCDEF, parallel to fnode_funcs */
    McVec fnode_funcs;
    MdList *diags;
} McProgram;

/* mc_lower.c */
McModuleIR *mc_lower_module(McProgram *p, McModule *m);
int mc_const(McProgram *p, McConstKind kind, const char *data, size_t len);
int mc_builtin_index(const char *name); /* MRT_BI_* index of a builtin function, or -1 */

/* OP_SPECIAL constants (imm). */
enum { MC_SPECIAL_NONE, MC_SPECIAL_TRUE, MC_SPECIAL_FALSE, MC_SPECIAL_ELLIPSIS, MC_SPECIAL_UNBOUND };

/* mc_flow.c: operands, control flow, definite assignment. */
typedef void (*McOperandFn)(int *var, int is_def, void *ctx);
void mc_instr_operands(McInstr *in, McOperandFn fn, void *ctx); /* every variable read, then every one written */
int mc_is_terminator(McOp op);                                  /* control never falls through */
typedef struct McCfg {
    int nblocks;
    int *start;          /* first instruction of each block; start[nblocks] = ncode */
    int *block_of_label; /* label -> block */
} McCfg;
McCfg *mc_cfg_build(McFunc *f);
void mc_cfg_free(McCfg *g);
/* Per block, the variables bound on every path to its entry (a bitset of
 * *words words each); mc_da_step advances such a set over one instruction. */
uint64_t *mc_definite_assignment(McFunc *f, McCfg *g, int *words);
void mc_da_step(const McInstr *in, uint64_t *s);
int mc_da_bound(const uint64_t *s, int v);

/* mc_types.c: type inference over the whole program, then unboxing of
 * proven floats and removal of proven-redundant unbound checks. */
void mc_type_program(McProgram *p);

/* mc_opt.c: release-profile passes over every function. */
void mc_optimize(McProgram *p);

/* mc_emit.c: the program as one C translation unit (without the runtime
 * header, which the backends prepend). `main` adds an int main(). */
char *mc_emit_c(McProgram *p, int with_main, size_t *len);
/* Human-readable IR dump (--emit=ir). */
char *mc_dump_ir(McProgram *p, size_t *len);

#endif
