/* mc_ast.h — molt's abstract syntax tree and scope tables.
 * mc_parse.c builds the AST from tree-sitter's concrete tree; mc_scope.c
 * resolves every name to a symbol; mc_lower.c turns both into IR.
 *
 * One node struct serves every kind (as in chibicc); the table below says
 * which fields each kind uses. Unused fields are zero. */
#ifndef MC_AST_H
#define MC_AST_H

#include "mc.h"
#include "../diagnostics/md.h"

typedef enum McKind {
    /* ---- expressions ---- */
    N_INT,   /* str = decimal digits of the value (normalised, no '_', no sign: literals are non-negative) */
    N_FLOAT, /* fval */
    N_STR,   /* str,len = decoded UTF-8 (adjacent literals concatenated; escapes decoded) */
    N_BYTES, /* str,len = decoded bytes */
    N_TRUE,
    N_FALSE,
    N_NONE,
    N_ELLIPSIS,
    N_NAME,      /* name; sym set by mc_scope */
    N_ATTR,      /* a = object, name = attribute */
    N_SUBSCRIPT, /* a = object, b = index (an N_SLICE, an expression, or an N_TUPLE for a[i, j]) */
    N_SLICE,     /* a = start, b = stop, c = step (each may be NULL) */
    N_CALL,      /* a = callee; list = arguments in source order: expressions, N_STAR (*x), N_KEYWORD, N_DSTAR (**x) */
    N_KEYWORD,   /* name = keyword, a = value */
    N_STAR,      /* a = operand (*x in calls, list/tuple/set displays, and assignment targets) */
    N_DSTAR,     /* a = operand (**x in calls and dict displays) */
    N_BINOP,     /* op = MRT_OP_*, a = left, b = right */
    N_UNARY,     /* op = MRT_UOP_NEG/POS/INVERT, a = operand */
    N_NOT,       /* a = operand */
    N_AND,
    N_OR,      /* a = left, b = right (a and b and c is nested left to right) */
    N_COMPARE, /* list = operands (n >= 2), ops[i] = MC_CMP_* between list[i] and list[i+1] */
    N_IFEXP,   /* a = condition, b = value if true, c = value if false */
    N_LAMBDA,  /* params = parameters (N_PARAM), a = body expression, scope */
    N_LIST,
    N_TUPLE,
    N_SET,  /* list = elements (may include N_STAR) */
    N_DICT, /* list = N_PAIR or N_DSTAR */
    N_PAIR, /* a = key, b = value */
    N_LISTCOMP,
    N_SETCOMP,
    N_GENEXP,    /* a = element, list = N_COMPFOR / N_COMPIF clauses in order, scope */
    N_DICTCOMP,  /* a = key, b = value, list = clauses, scope */
    N_COMPFOR,   /* a = target, b = iterable */
    N_COMPIF,    /* a = condition */
    N_FSTRING,   /* list = parts: N_STR (literal text) and N_FVALUE */
    N_FVALUE,    /* a = expression, op = conversion ('r', 's', 'a' or 0), b = format spec (an N_FSTRING) or NULL */
    N_YIELD,     /* a = value or NULL */
    N_YIELDFROM, /* a = iterable */

    /* ---- statements ---- */
    N_MODULE,    /* list = body */
    N_EXPR_STMT, /* a = expression */
    N_ASSIGN,    /* list = targets (a = b = c: list = [a, b]), b = value */
    N_AUGASSIGN, /* op = MRT_OP_*, a = target, b = value */
    N_ANNASSIGN, /* a = target, b = value or NULL (annotation dropped) */
    N_IF,        /* a = condition, list = body, list2 = else body (an elif is an N_IF alone in list2) */
    N_WHILE,     /* a = condition, list = body, list2 = else body */
    N_FOR,       /* a = target, b = iterable, list = body, list2 = else body */
    N_BREAK,
    N_CONTINUE,
    N_PASS,
    N_RETURN, /* a = value or NULL */
    N_DEL,    /* list = targets */
    N_GLOBAL,
    N_NONLOCAL,   /* names (count nnames) */
    N_ASSERT,     /* a = test, b = message or NULL */
    N_WITH,       /* list = N_WITHITEM, list2 = body */
    N_WITHITEM,   /* a = context expression, b = target or NULL */
    N_RAISE,      /* a = exception or NULL (bare raise), b = cause or NULL */
    N_TRY,        /* list = body, list2 = N_EXCEPT handlers, orelse = else body, finalbody = finally body */
    N_EXCEPT,     /* a = type expression or NULL (bare except), name = "as" name or NULL, list = body */
    N_FUNCDEF,    /* name, params = N_PARAM list, list = body, list2 = decorators, scope */
    N_CLASSDEF,   /* name, list = body, a = base class expression or NULL, list2 = decorators, scope */
    N_PARAM,      /* name, a = default or NULL, op = MC_PARAM_* */
    N_IMPORT,     /* list = N_ALIAS */
    N_IMPORTFROM, /* str = module name, list = N_ALIAS */
    N_ALIAS,      /* str = dotted module name or imported name, name = bound name ("as" name, or the first component) */
    N_NKINDS
} McKind;

enum {
    MC_CMP_LT,
    MC_CMP_LE,
    MC_CMP_EQ,
    MC_CMP_NE,
    MC_CMP_GT,
    MC_CMP_GE, /* same values as MRT_CMP_* */
    MC_CMP_IS,
    MC_CMP_IS_NOT,
    MC_CMP_IN,
    MC_CMP_NOT_IN
};

enum {
    MC_PARAM_POS,     /* ordinary (positional-or-keyword) */
    MC_PARAM_VARARGS, /* *args */
    MC_PARAM_KWONLY,  /* after * or *args */
    MC_PARAM_VARKW
}; /* **kwargs */

typedef struct McNode McNode;
typedef struct McScope McScope;
typedef struct McSymbol McSymbol;

typedef struct McNodeList {
    McNode **items;
    int n, cap;
} McNodeList;

struct McNode {
    McKind kind;
    McSpan span;
    int op;
    const char *name; /* interned */
    McNode *a, *b, *c;
    McNodeList list, list2;
    McNodeList params;            /* N_FUNCDEF, N_LAMBDA */
    McNodeList orelse, finalbody; /* N_TRY */
    const char **names;
    int nnames; /* N_GLOBAL, N_NONLOCAL */
    int *ops;   /* N_COMPARE: list.n - 1 entries */
    char *str;
    size_t len; /* literals, module names */
    double fval;
    McSymbol *sym;         /* N_NAME, and the bound name of N_FUNCDEF/N_CLASSDEF/N_EXCEPT/N_ALIAS/N_PARAM */
    McScope *scope;        /* the scope a FUNCDEF/LAMBDA/CLASSDEF/comprehension introduces */
    const char *docstring; /* N_FUNCDEF/N_CLASSDEF/N_MODULE: first statement string, if any */
};

void mc_list_push(McArena *a, McNodeList *l, McNode *n);

/* ---- scopes (mc_scope.c) ---- */
typedef enum McScopeKind {
    SCOPE_MODULE,
    SCOPE_FUNCTION,
    SCOPE_LAMBDA,
    SCOPE_CLASS,
    SCOPE_COMPREHENSION, /* list/set/dict comprehension: lowered inline, own symbols */
    SCOPE_GENEXP         /* generator expression: lowered as a nested generator function */
} McScopeKind;

typedef enum McSymKind {
    SYM_LOCAL,   /* a plain local of a function (or comprehension) */
    SYM_CELL,    /* a local that inner scopes capture: lives in a cell */
    SYM_FREE,    /* captured from an enclosing function: cells[index] */
    SYM_GLOBAL,  /* a module-level name (at module scope, or declared global) */
    SYM_BUILTIN, /* not bound anywhere in the module: a builtin (or a NameError at run time) */
    SYM_CLASS    /* a name bound in a class body: an entry of the class namespace */
} McSymKind;

#define MC_SYM_ASSIGNED 1 /* bound somewhere in its scope (assignment, def, import, for, with, except as, del) */
#define MC_SYM_PARAM    2
#define MC_SYM_USED     4
#define MC_SYM_DEF_ONCE                                                                                                \
    8 /* SYM_GLOBAL bound exactly once, by a def or class at module level, never rebound or deleted: calls may bind    \
         statically */

struct McSymbol {
    const char *name;
    McSymKind kind;
    int flags;
    int index;       /* SYM_LOCAL/SYM_CELL: local slot; SYM_FREE: index into the function's cells;
                        SYM_GLOBAL: slot in the module's globals */
    McScope *scope;  /* the scope that owns this symbol */
    McNode *def;     /* for MC_SYM_DEF_ONCE: the N_FUNCDEF/N_CLASSDEF */
    McSymbol *outer; /* SYM_FREE: the symbol in the enclosing scope it refers to */
};

struct McScope {
    McScopeKind kind;
    McScope *parent;
    McNode *node;         /* the N_MODULE/N_FUNCDEF/N_LAMBDA/N_CLASSDEF/comprehension node */
    const char *name;     /* function/class name, "<lambda>", "<listcomp>", "<genexpr>", "<module>" */
    const char *qualname; /* as CPython: "C.method.<locals>.inner" */
    McVec syms;           /* McSymbol*, in order of first appearance (deterministic) */
    McVec frees;          /* McSymbol* of kind SYM_FREE, index order */
    int nlocals;          /* number of SYM_LOCAL + SYM_CELL slots */
    int is_generator;     /* contains yield / yield from (functions), always for SCOPE_GENEXP */
    int needs_class_cell; /* a method that uses super() (or __class__): captures the class cell */
    McSymbol *class_cell; /* SCOPE_CLASS: the hidden "__class__" cell symbol, if any method needs it */
};

McSymbol *mc_scope_lookup(McScope *s, const char *name); /* own symbols only */

/* ---- one module being compiled ---- */
typedef struct McModule {
    const char *name; /* "__main__" for the program, else the import name */
    McSource *src;
    McNode *ast;    /* N_MODULE */
    McScope *scope; /* SCOPE_MODULE */
    McVec imports;  /* const char* names of modules this one imports (.py beside it or builtin) */
} McModule;

/* Parse src into an AST. Syntax errors and unsupported constructs that are
 * visible in the syntax alone are added to diags; the returned tree is
 * always usable for further analysis (bad parts are dropped). */
McNode *mc_parse(McArena *a, McSource *src, MdList *diags);

/* Resolve scopes for a parsed module: builds McScope/McSymbol tables, sets
 * node->sym and node->scope, and reports name-based problems (eval/exec,
 * globals(), unsupported builtins, nonlocal errors, ...). */
void mc_resolve(McArena *a, McModule *m, MdList *diags);

/* Names of builtins molt provides (functions, types, exceptions, constants). */
int mc_is_builtin_name(const char *name);

#endif
