/* mc_scope.c — name resolution with Python's rules: builds the scope and
 * symbol tables of mc_ast.h (local, global, cell/free, class namespaces,
 * comprehensions, builtins), checks global/nonlocal declarations, and
 * reports the problems that depend on what a name means (eval, globals(),
 * builtins molt lacks, subclassing builtin types). */
#include "mc_front.h"
#include "mrt.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ---- builtins ------------------------------------------------------------- */

#define NAME_OF_FUNC(n)      #n,
#define NAME_OF_EXC(n, base) #n,
static const char *const provided_builtins[] = {MRT_BUILTIN_FUNCS(NAME_OF_FUNC) MRT_EXC_TYPES(NAME_OF_EXC) "type",
                                                "object",
                                                "bool",
                                                "int",
                                                "float",
                                                "str",
                                                "bytes",
                                                "list",
                                                "tuple",
                                                "dict",
                                                "set",
                                                "frozenset",
                                                "range",
                                                "slice",
                                                "property",
                                                "staticmethod",
                                                "classmethod",
                                                "super",
                                                "None",
                                                "True",
                                                "False",
                                                "NotImplemented",
                                                "Ellipsis",
                                                "__name__",
                                                "__file__",
                                                NULL};

/* Builtin types a class may not derive from (exceptions are fine). */
static const char *const builtin_types[] = {
    "type", "bool",      "int",    "float",    "str",       "bytes",        "list",        "tuple", "dict",
    "set",  "frozenset", "range",  "slice",    "property",  "staticmethod", "classmethod", "super", "enumerate",
    "zip",  "map",       "filter", "reversed", "bytearray", "complex",      "memoryview",  NULL};

/* CPython 3.11 builtins that molt does not provide (eval & co. and
 * globals() & co. have codes of their own). */
static const char *const missing_builtins[] = {"BaseExceptionGroup",
                                               "BufferError",
                                               "BytesWarning",
                                               "DeprecationWarning",
                                               "EncodingWarning",
                                               "EnvironmentError",
                                               "ExceptionGroup",
                                               "FloatingPointError",
                                               "FutureWarning",
                                               "IOError",
                                               "ImportWarning",
                                               "IndentationError",
                                               "PendingDeprecationWarning",
                                               "ReferenceError",
                                               "ResourceWarning",
                                               "RuntimeWarning",
                                               "StopAsyncIteration",
                                               "SyntaxError",
                                               "SyntaxWarning",
                                               "SystemError",
                                               "TabError",
                                               "UnicodeTranslateError",
                                               "UnicodeWarning",
                                               "UserWarning",
                                               "Warning",
                                               "__build_class__",
                                               "__debug__",
                                               "__doc__",
                                               "__import__",
                                               "__loader__",
                                               "__package__",
                                               "__spec__",
                                               "aiter",
                                               "anext",
                                               "breakpoint",
                                               "bytearray",
                                               "complex",
                                               "copyright",
                                               "credits",
                                               "delattr",
                                               "dir",
                                               "exit",
                                               "help",
                                               "license",
                                               "memoryview",
                                               "quit",
                                               NULL};

static int in_list(const char *const *list, const char *name)
{
    for (int i = 0; list[i]; i++)
        if (!strcmp(list[i], name)) return 1;
    return 0;
}

int mc_is_builtin_name(const char *name) { return in_list(provided_builtins, name); }

/* ---- scopes and symbols with their private bookkeeping -------------------- */

enum { DECL_NONE, DECL_GLOBAL, DECL_NONLOCAL };

typedef struct Sym {
    McSymbol pub; /* first: McSymbol* and Sym* convert both ways */
    int decl;     /* DECL_* */
    McNode *decl_node;
    int local; /* made local by a binding (or a bare annotation) */
    int nbind; /* binding sites, for MC_SYM_DEF_ONCE */
    int deleted;
    McNode *def; /* the module-level undecorated def/class binding it, if any */
    int used_before_def;
} Sym;

typedef struct Sc {
    McScope pub; /* first, as for Sym */
    Sym **table; /* open addressing on the interned name pointer */
    int table_cap, table_n;
    McVec children;
} Sc;

typedef struct Use {
    McNode *node;
    int called;
} Use;

typedef struct R {
    McArena *a;
    McModule *m;
    MdList *diags;
    Sc *module;
    McVec scopes;       /* Sc*, in creation order (parents first) */
    McVec uses;         /* Use*, every N_NAME read */
    McVec deletes;      /* N_NAME nodes of del statements */
    McVec global_names; /* names declared global in some function */
    int at_module_code; /* visiting code that runs at module level (not in a def) */
    McNode *toplevel;   /* the module body statement being visited */
} R;

static Sc *sc_of(McScope *s) { return (Sc *)s; }
static Sym *sym_of(McSymbol *s) { return (Sym *)s; }

static uint32_t ptr_hash(const void *p)
{
    uintptr_t v = (uintptr_t)p;
    return (uint32_t)((v >> 4) * 2654435761u);
}

static void table_put(McArena *a, Sc *s, Sym *sym)
{
    if ((s->table_n + 1) * 2 > s->table_cap) {
        int cap = s->table_cap ? s->table_cap * 2 : 16;
        Sym **t = mc_alloc(a, (size_t)cap * sizeof(Sym *));
        for (int i = 0; i < s->table_cap; i++) {
            Sym *e = s->table[i];
            if (!e) continue;
            uint32_t j = ptr_hash(e->pub.name) & (uint32_t)(cap - 1);
            while (t[j]) j = (j + 1) & (uint32_t)(cap - 1);
            t[j] = e;
        }
        s->table = t;
        s->table_cap = cap;
    }
    uint32_t j = ptr_hash(sym->pub.name) & (uint32_t)(s->table_cap - 1);
    while (s->table[j]) j = (j + 1) & (uint32_t)(s->table_cap - 1);
    s->table[j] = sym;
    s->table_n++;
}

static Sym *table_get(Sc *s, const char *name)
{
    if (!s->table_cap) return NULL;
    uint32_t j = ptr_hash(name) & (uint32_t)(s->table_cap - 1);
    while (s->table[j]) {
        if (s->table[j]->pub.name == name) return s->table[j];
        j = (j + 1) & (uint32_t)(s->table_cap - 1);
    }
    return NULL;
}

McSymbol *mc_scope_lookup(McScope *s, const char *name)
{
    /* Names are interned per arena; compare by content for callers that
     * hold a name from elsewhere. */
    Sym *sym = table_get(sc_of(s), name);
    if (sym) return &sym->pub;
    for (int i = 0; i < s->syms.n; i++) {
        McSymbol *x = s->syms.items[i];
        if (!strcmp(x->name, name)) return x;
    }
    return NULL;
}

/* A new symbol of s; a hidden one (the class cell) is in no table. */
static Sym *new_sym(R *r, Sc *s, const char *name, int hidden)
{
    Sym *sym = mc_alloc(r->a, sizeof *sym);
    sym->pub.name = name;
    sym->pub.kind = SYM_LOCAL;
    sym->pub.index = -1;
    sym->pub.scope = &s->pub;
    if (!hidden) {
        table_put(r->a, s, sym);
        mc_vec_push(r->a, &s->pub.syms, sym);
    }
    return sym;
}

static Sym *get_sym(R *r, Sc *s, const char *name)
{
    Sym *sym = table_get(s, name);
    return sym ? sym : new_sym(r, s, name, 0);
}

static int is_function_like(Sc *s)
{
    McScopeKind k = s->pub.kind;
    return k == SCOPE_FUNCTION || k == SCOPE_LAMBDA || k == SCOPE_COMPREHENSION || k == SCOPE_GENEXP;
}

static Sc *new_scope(R *r, Sc *parent, McScopeKind kind, McNode *node, const char *name)
{
    Sc *s = mc_alloc(r->a, sizeof *s);
    s->pub.kind = kind;
    s->pub.parent = parent ? &parent->pub : NULL;
    s->pub.node = node;
    s->pub.name = name;
    if (!parent || parent->pub.kind == SCOPE_MODULE)
        s->pub.qualname = name;
    else if (parent->pub.kind == SCOPE_CLASS)
        s->pub.qualname = mc_sprintf(r->a, "%s.%s", parent->pub.qualname, name);
    else
        s->pub.qualname = mc_sprintf(r->a, "%s.<locals>.%s", parent->pub.qualname, name);
    if (kind == SCOPE_MODULE) s->pub.qualname = "";
    s->pub.is_generator = kind == SCOPE_GENEXP;
    if (parent) mc_vec_push(r->a, &parent->children, s);
    mc_vec_push(r->a, &r->scopes, s);
    if (node) node->scope = &s->pub;
    return s;
}

static void report(R *r, MdCodeId id, McSpan sp, const char *hint, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

static void report(R *r, MdCodeId id, McSpan sp, const char *hint, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    md_add(r->diags, id, r->m->src, sp, hint, "%s", buf);
}

/* ---- pass 1: who binds and who uses what ---------------------------------- */

static void visit_expr(R *r, Sc *s, McNode *n);
static void visit_body(R *r, Sc *s, McNodeList *body);

static void bind(R *r, Sc *s, const char *name, McNode *at)
{
    Sym *sym = get_sym(r, s, name);
    sym->pub.flags |= MC_SYM_ASSIGNED;
    sym->local = 1;
    sym->nbind++;
    if (at) at->sym = &sym->pub;
}

static void use(R *r, Sc *s, McNode *n, int called)
{
    Sym *sym = get_sym(r, s, n->name);
    sym->pub.flags |= MC_SYM_USED;
    n->sym = &sym->pub;
    if (s == r->module && r->at_module_code && !sym->nbind) sym->used_before_def = 1;
    Use *u = mc_alloc(r->a, sizeof *u);
    u->node = n;
    u->called = called;
    mc_vec_push(r->a, &r->uses, u);
}

/* Assignment targets: names are bound, everything inside is read. */
static void visit_target(R *r, Sc *s, McNode *t)
{
    if (!t) return;
    switch (t->kind) {
    case N_NAME:
        bind(r, s, t->name, t);
        break;
    case N_TUPLE:
    case N_LIST:
        for (int i = 0; i < t->list.n; i++) visit_target(r, s, t->list.items[i]);
        break;
    case N_STAR:
        visit_target(r, s, t->a);
        break;
    default:
        visit_expr(r, s, t); /* attribute/subscript: the object is read */
        break;
    }
}

static void visit_list(R *r, Sc *s, McNodeList *l)
{
    for (int i = 0; i < l->n; i++) visit_expr(r, s, l->items[i]);
}

/* Parameters: defaults are evaluated outside, names bound inside. */
static void visit_params(R *r, Sc *outer, Sc *inner, McNodeList *params)
{
    for (int i = 0; i < params->n; i++) visit_expr(r, outer, params->items[i]->a);
    for (int i = 0; i < params->n; i++) {
        McNode *p = params->items[i];
        Sym *sym = get_sym(r, inner, p->name);
        sym->pub.flags |= MC_SYM_ASSIGNED | MC_SYM_PARAM;
        sym->local = 1;
        sym->nbind++;
        p->sym = &sym->pub;
    }
}

static const char *comp_name(McKind k)
{
    switch (k) {
    case N_LISTCOMP:
        return "<listcomp>";
    case N_SETCOMP:
        return "<setcomp>";
    case N_DICTCOMP:
        return "<dictcomp>";
    default:
        return "<genexpr>";
    }
}

static void visit_comprehension(R *r, Sc *s, McNode *n)
{
    if (n->list.n == 0) return;
    /* The first iterable is evaluated in the enclosing scope. */
    McNode *first = n->list.items[0];
    visit_expr(r, s, first->b);
    int at_module = r->at_module_code;
    Sc *c = new_scope(r, s, n->kind == N_GENEXP ? SCOPE_GENEXP : SCOPE_COMPREHENSION, n,
                      mc_intern(r->a, comp_name(n->kind), strlen(comp_name(n->kind))));
    if (n->kind == N_GENEXP) r->at_module_code = 0; /* runs later, when iterated */
    for (int i = 0; i < n->list.n; i++) {
        McNode *cl = n->list.items[i];
        if (cl->kind == N_COMPFOR) {
            if (i > 0) visit_expr(r, c, cl->b);
            visit_target(r, c, cl->a);
        } else {
            visit_expr(r, c, cl->a);
        }
    }
    visit_expr(r, c, n->a);
    visit_expr(r, c, n->b);
    r->at_module_code = at_module;
}

static void visit_lambda(R *r, Sc *s, McNode *n)
{
    Sc *f = new_scope(r, s, SCOPE_LAMBDA, n, mc_intern(r->a, "<lambda>", 8));
    visit_params(r, s, f, &n->params);
    int at_module = r->at_module_code;
    r->at_module_code = 0;
    visit_expr(r, f, n->a);
    r->at_module_code = at_module;
}

static void visit_expr(R *r, Sc *s, McNode *n)
{
    if (!n) return;
    switch (n->kind) {
    case N_NAME:
        use(r, s, n, 0);
        return;
    case N_CALL:
        if (n->a && n->a->kind == N_NAME)
            use(r, s, n->a, 1);
        else
            visit_expr(r, s, n->a);
        visit_list(r, s, &n->list);
        return;
    case N_LAMBDA:
        visit_lambda(r, s, n);
        return;
    case N_LISTCOMP:
    case N_SETCOMP:
    case N_DICTCOMP:
    case N_GENEXP:
        visit_comprehension(r, s, n);
        return;
    case N_YIELD:
    case N_YIELDFROM:
        s->pub.is_generator = 1;
        break;
    default:
        break;
    }
    visit_expr(r, s, n->a);
    visit_expr(r, s, n->b);
    visit_expr(r, s, n->c);
    visit_list(r, s, &n->list);
    visit_list(r, s, &n->list2);
}

static void declare(R *r, Sc *s, McNode *n)
{
    int nonlocal = n->kind == N_NONLOCAL;
    const char *what = nonlocal ? "nonlocal" : "global";
    for (int i = 0; i < n->nnames; i++) {
        const char *name = n->names[i];
        Sym *sym = table_get(s, name);
        if (sym && sym->decl && sym->decl != (nonlocal ? DECL_NONLOCAL : DECL_GLOBAL)) {
            report(r, MD_BAD_SCOPE_DECL, n->span, NULL, "name '%s' is nonlocal and global", name);
            continue;
        }
        if (sym && (sym->pub.flags & MC_SYM_PARAM)) {
            report(r, MD_BAD_SCOPE_DECL, n->span, NULL, "name '%s' is parameter and %s", name, what);
            continue;
        }
        if (sym && !sym->decl && (sym->pub.flags & MC_SYM_USED)) {
            report(r, MD_BAD_SCOPE_DECL, n->span, NULL, "name '%s' is used prior to %s declaration", name, what);
            continue;
        }
        if (sym && !sym->decl && (sym->pub.flags & MC_SYM_ASSIGNED || sym->local)) {
            report(r, MD_BAD_SCOPE_DECL, n->span, NULL, "name '%s' is assigned to before %s declaration", name, what);
            continue;
        }
        if (s->pub.kind == SCOPE_MODULE) continue; /* "global x" at module level changes nothing */
        sym = get_sym(r, s, name);
        sym->decl = nonlocal ? DECL_NONLOCAL : DECL_GLOBAL;
        sym->decl_node = n;
        if (!nonlocal) mc_vec_push(r->a, &r->global_names, (void *)name);
    }
}

static void visit_funcdef(R *r, Sc *s, McNode *n)
{
    visit_list(r, s, &n->list2); /* decorators */
    Sc *f = new_scope(r, s, SCOPE_FUNCTION, n, n->name);
    visit_params(r, s, f, &n->params);
    bind(r, s, n->name, NULL);
    n->sym = &get_sym(r, s, n->name)->pub;
    if (r->toplevel == n && n->list2.n == 0) sym_of(n->sym)->def = n;
    int at_module = r->at_module_code;
    r->at_module_code = 0;
    visit_body(r, f, &n->list);
    r->at_module_code = at_module;
}

static void visit_classdef(R *r, Sc *s, McNode *n)
{
    visit_list(r, s, &n->list2);
    visit_expr(r, s, n->a);
    Sc *c = new_scope(r, s, SCOPE_CLASS, n, n->name);
    visit_body(r, c, &n->list); /* class bodies run right away */
    bind(r, s, n->name, NULL);
    n->sym = &get_sym(r, s, n->name)->pub;
    if (r->toplevel == n && n->list2.n == 0) sym_of(n->sym)->def = n;
}

/* McModule.imports: each imported module name once, in order. */
static void note_import(R *r, const char *name)
{
    if (!name) return;
    const char *in = mc_intern(r->a, name, strlen(name));
    for (int i = 0; i < r->m->imports.n; i++)
        if (r->m->imports.items[i] == in) return;
    mc_vec_push(r->a, &r->m->imports, (void *)in);
}

static void visit_stmt(R *r, Sc *s, McNode *n)
{
    switch (n->kind) {
    case N_FUNCDEF:
        visit_funcdef(r, s, n);
        return;
    case N_CLASSDEF:
        visit_classdef(r, s, n);
        return;
    case N_ASSIGN: /* targets first: symbols are listed in textual order */
        for (int i = 0; i < n->list.n; i++) visit_target(r, s, n->list.items[i]);
        visit_expr(r, s, n->b);
        return;
    case N_AUGASSIGN:
        visit_expr(r, s, n->b);
        if (n->a->kind == N_NAME) {
            use(r, s, n->a, 0);
            bind(r, s, n->a->name, n->a);
        } else {
            visit_expr(r, s, n->a);
        }
        return;
    case N_ANNASSIGN:
        visit_expr(r, s, n->b);
        if (n->a->kind != N_NAME)
            visit_expr(r, s, n->a);
        else if (n->b)
            bind(r, s, n->a->name, n->a);
        else if (is_function_like(s)) {
            /* "x: int" alone makes x local to a function, unbound */
            Sym *sym = get_sym(r, s, n->a->name);
            sym->local = 1;
            n->a->sym = &sym->pub;
        } else {
            n->a->sym = &get_sym(r, s, n->a->name)->pub;
        }
        return;
    case N_FOR:
        visit_expr(r, s, n->b);
        visit_target(r, s, n->a);
        visit_body(r, s, &n->list);
        visit_body(r, s, &n->list2);
        return;
    case N_WITH:
        for (int i = 0; i < n->list.n; i++) {
            McNode *it = n->list.items[i];
            visit_expr(r, s, it->a);
            visit_target(r, s, it->b);
        }
        visit_body(r, s, &n->list2);
        return;
    case N_TRY:
        visit_body(r, s, &n->list);
        for (int i = 0; i < n->list2.n; i++) {
            McNode *h = n->list2.items[i];
            visit_expr(r, s, h->a);
            if (h->name) {
                bind(r, s, h->name, NULL);
                h->sym = &get_sym(r, s, h->name)->pub;
            }
            visit_body(r, s, &h->list);
        }
        visit_body(r, s, &n->orelse);
        visit_body(r, s, &n->finalbody);
        return;
    case N_DEL:
        for (int i = 0; i < n->list.n; i++) {
            McNode *t = n->list.items[i];
            visit_target(r, s, t);
            if (t->kind == N_NAME) {
                sym_of(t->sym)->deleted = 1;
                mc_vec_push(r->a, &r->deletes, t);
            }
        }
        return;
    case N_IMPORT:
    case N_IMPORTFROM:
        for (int i = 0; i < n->list.n; i++) {
            McNode *al = n->list.items[i];
            bind(r, s, al->name, al);
            if (n->kind == N_IMPORT) note_import(r, al->str);
        }
        if (n->kind == N_IMPORTFROM) note_import(r, n->str);
        return;
    case N_GLOBAL:
    case N_NONLOCAL:
        declare(r, s, n);
        return;
    case N_IF:
    case N_WHILE:
        visit_expr(r, s, n->a);
        visit_body(r, s, &n->list);
        visit_body(r, s, &n->list2);
        return;
    default:
        visit_expr(r, s, n->a);
        visit_expr(r, s, n->b);
        visit_list(r, s, &n->list);
        return;
    }
}

static void visit_body(R *r, Sc *s, McNodeList *body)
{
    for (int i = 0; i < body->n; i++) visit_stmt(r, s, body->items[i]);
}

/* ---- pass 2: what each name is -------------------------------------------- */

/* The module-level binding of name, created if a function declares it
 * global before the module binds it. */
static Sym *module_sym(R *r, const char *name)
{
    Sym *g = table_get(r->module, name);
    if (!g) {
        g = new_sym(r, r->module, name, 0);
        g->pub.kind = SYM_GLOBAL; /* the module scope is resolved already */
    }
    return g;
}

static int declared_global_somewhere(R *r, const char *name)
{
    for (int i = 0; i < r->global_names.n; i++)
        if (r->global_names.items[i] == name) return 1;
    return 0;
}

static void make_global(R *r, Sym *sym)
{
    Sym *g = module_sym(r, sym->pub.name);
    sym->pub.kind = SYM_GLOBAL;
    if (g != sym) {
        sym->pub.outer = &g->pub; /* the module's symbol: its slot is the index */
        g->pub.flags |= sym->pub.flags & (MC_SYM_ASSIGNED | MC_SYM_USED);
        if (sym->pub.flags & MC_SYM_ASSIGNED) g->pub.kind = SYM_GLOBAL; /* bound through "global x" */
    }
}

/* A free variable's symbol in function-like scope s, created when a name
 * is threaded through s to an inner scope. */
static Sym *free_in(R *r, Sc *s, const char *name, Sym *outer)
{
    Sym *sym = table_get(s, name);
    if (sym && sym->pub.kind == SYM_FREE) return sym;
    if (!sym) sym = new_sym(r, s, name, 0);
    sym->pub.kind = SYM_FREE;
    sym->pub.outer = &outer->pub;
    mc_vec_push(r->a, &s->pub.frees, sym);
    return sym;
}

/* Scopes that run as part of their enclosing function (mc_lower.c lowers
 * them inline): a free variable there is just the enclosing variable. */
static int is_inline(Sc *s) { return s->pub.kind == SCOPE_COMPREHENSION || s->pub.kind == SCOPE_CLASS; }

/* Where an unbound name of scope s comes from: an enclosing function's
 * variable (-> free, threaded through the functions in between) or the
 * module (-> global or builtin). Class scopes are skipped: their names are
 * not visible to nested scopes, and they are not threaded either, being
 * lowered inline in their enclosing function. */
static void resolve_outward(R *r, Sc *s, Sym *sym)
{
    const char *name = sym->pub.name;
    Sc *path[256];
    int npath = 0, closure = !is_inline(s);
    for (Sc *up = sc_of(s->pub.parent); up; up = sc_of(up->pub.parent)) {
        if (up->pub.kind == SCOPE_MODULE) break;
        if (up->pub.kind == SCOPE_CLASS) continue;
        Sym *def = table_get(up, name);
        if (def && def->pub.kind == SYM_GLOBAL) break;
        if (def && (def->pub.kind == SYM_LOCAL || def->pub.kind == SYM_CELL || def->pub.kind == SYM_FREE) &&
            (def->local || def->pub.kind == SYM_FREE)) {
            /* Captured by a real closure: the variable must live in a cell.
             * Inline scopes alone (comprehensions, class bodies) read it
             * directly. The variable that holds the value may sit behind the
             * free names of inline comprehensions: that one becomes the cell. */
            Sym *holder = def;
            while (holder->pub.kind == SYM_FREE && holder->pub.outer && holder->pub.scope &&
                   holder->pub.scope->kind == SCOPE_COMPREHENSION)
                holder = sym_of(holder->pub.outer);
            if (closure && holder->pub.kind == SYM_LOCAL) holder->pub.kind = SYM_CELL;
            Sym *outer = def;
            for (int i = npath - 1; i >= 0; i--) outer = free_in(r, path[i], name, outer);
            sym->pub.kind = SYM_FREE;
            sym->pub.outer = &outer->pub;
            mc_vec_push(r->a, &s->pub.frees, sym);
            return;
        }
        if (npath < 256) path[npath++] = up;
        closure |= !is_inline(up);
    }
    Sym *g = table_get(r->module, name);
    if ((g && g->local) || declared_global_somewhere(r, name))
        make_global(r, sym);
    else
        sym->pub.kind = SYM_BUILTIN;
}

static void resolve_nonlocal(R *r, Sc *s, Sym *sym)
{
    for (Sc *up = sc_of(s->pub.parent); up && up->pub.kind != SCOPE_MODULE; up = sc_of(up->pub.parent)) {
        if (up->pub.kind == SCOPE_CLASS) continue;
        Sym *def = table_get(up, sym->pub.name);
        if (def && def->pub.kind != SYM_GLOBAL && (def->local || def->decl == DECL_NONLOCAL)) {
            resolve_outward(r, s, sym);
            return;
        }
    }
    report(r, MD_BAD_SCOPE_DECL, sym->decl_node->span, NULL, "no binding for nonlocal '%s' found", sym->pub.name);
    sym->pub.kind = SYM_BUILTIN;
}

static void resolve_scope(R *r, Sc *s)
{
    for (int i = 0; i < s->pub.syms.n; i++) {
        Sym *sym = sym_of(s->pub.syms.items[i]);
        if (sym->pub.kind == SYM_FREE) continue; /* threaded through already */
        switch (s->pub.kind) {
        case SCOPE_MODULE:
            if (sym->local || declared_global_somewhere(r, sym->pub.name))
                sym->pub.kind = SYM_GLOBAL;
            else
                sym->pub.kind = SYM_BUILTIN;
            break;
        case SCOPE_CLASS:
            if (sym->local)
                sym->pub.kind = SYM_CLASS;
            else
                resolve_outward(r, s, sym);
            break;
        default:
            if (sym->decl == DECL_GLOBAL)
                make_global(r, sym);
            else if (sym->decl == DECL_NONLOCAL)
                resolve_nonlocal(r, s, sym);
            else if (sym->local)
                sym->pub.kind = SYM_LOCAL;
            else
                resolve_outward(r, s, sym);
            break;
        }
    }
}

/* super() and __class__ in a method need the class's hidden cell: it is a
 * free variable "__class__" of every function between the use and the class. */
static void class_cells(R *r)
{
    const char *super_name = mc_intern(r->a, "super", 5), *cls_name = mc_intern(r->a, "__class__", 9);
    for (int i = 0; i < r->scopes.n; i++) {
        Sc *s = r->scopes.items[i];
        if (s->pub.kind == SCOPE_CLASS || s->pub.kind == SCOPE_MODULE) continue;
        Sym *u = table_get(s, super_name), *c = table_get(s, cls_name);
        int wants = (u && u->pub.kind == SYM_BUILTIN) || (c && c->pub.kind != SYM_LOCAL && c->pub.kind != SYM_CELL);
        if (!wants) continue;
        Sc *path[256];
        int npath = 0;
        Sc *cls = NULL;
        for (Sc *up = s; up; up = sc_of(up->pub.parent)) {
            if (up->pub.kind == SCOPE_CLASS) {
                cls = up;
                break;
            }
            if (up->pub.kind == SCOPE_MODULE || npath == 256) break;
            path[npath++] = up;
        }
        if (!cls) continue;
        if (!cls->pub.class_cell) {
            Sym *cell = new_sym(r, cls, cls_name, 1);
            cell->pub.kind = SYM_CELL;
            cls->pub.class_cell = &cell->pub;
        }
        Sym *outer = sym_of(cls->pub.class_cell);
        for (int k = npath - 1; k >= 0; k--) {
            Sc *f = path[k];
            f->pub.needs_class_cell = 1;
            Sym *fs = table_get(f, cls_name);
            if (!fs || fs->pub.kind != SYM_FREE || fs->pub.outer != &outer->pub) {
                if (fs && fs->pub.kind != SYM_FREE) {
                    /* a read of __class__ that was resolved as a global */
                    fs->pub.kind = SYM_FREE;
                    fs->pub.outer = &outer->pub;
                    mc_vec_push(r->a, &f->pub.frees, fs);
                } else if (!fs) {
                    fs = free_in(r, f, cls_name, outer);
                }
            }
            outer = fs;
        }
    }
}

static void number_slots(R *r)
{
    int nglobals = 0;
    for (int i = 0; i < r->module->pub.syms.n; i++) {
        McSymbol *g = r->module->pub.syms.items[i];
        g->index = g->kind == SYM_GLOBAL ? nglobals++ : -1;
    }
    for (int i = 0; i < r->scopes.n; i++) {
        Sc *s = r->scopes.items[i];
        if (s == r->module) continue;
        int nlocals = 0, nclass = 0;
        for (int j = 0; j < s->pub.syms.n; j++) {
            McSymbol *x = s->pub.syms.items[j];
            switch (x->kind) {
            case SYM_LOCAL:
            case SYM_CELL:
                x->index = nlocals++;
                break;
            case SYM_CLASS:
                x->index = nclass++;
                break;
            case SYM_GLOBAL:
                x->index = x->outer ? x->outer->index : -1;
                break;
            default:
                x->index = -1;
                break;
            }
        }
        for (int j = 0; j < s->pub.frees.n; j++) ((McSymbol *)s->pub.frees.items[j])->index = j;
        s->pub.nlocals = nlocals;
    }
}

/* Module-level functions and classes bound once and never rebound: their
 * calls may be bound statically. */
static void mark_def_once(R *r)
{
    for (int i = 0; i < r->module->pub.syms.n; i++) {
        Sym *g = sym_of(r->module->pub.syms.items[i]);
        if (g->pub.kind == SYM_GLOBAL && g->def && g->nbind == 1 && !g->deleted && !g->used_before_def &&
            !declared_global_somewhere(r, g->pub.name)) {
            g->pub.flags |= MC_SYM_DEF_ONCE;
            g->pub.def = g->def;
        }
    }
}

/* ---- pass 3: diagnostics that depend on what names mean ------------------- */

static void check_uses(R *r)
{
    for (int i = 0; i < r->uses.n; i++) {
        Use *u = r->uses.items[i];
        McSymbol *sym = u->node->sym;
        if (!sym || sym->kind != SYM_BUILTIN) continue;
        const char *name = sym->name;
        if (!strcmp(name, "eval") || !strcmp(name, "exec") || !strcmp(name, "compile")) {
            report(r, MD_DYNAMIC_CODE, u->node->span,
                   "molt compiles the whole program ahead of time; write the code directly",
                   u->called ? "%s() is not supported: it runs code that does not exist at compile time"
                             : "'%s' is not supported: it runs code that does not exist at compile time",
                   name);
        } else if (!strcmp(name, "globals") || !strcmp(name, "locals") || !strcmp(name, "vars")) {
            report(r, MD_INTROSPECT_SCOPE, u->node->span, "keep the values you need in a dict of your own",
                   "%s()%s is not supported: molt does not keep scopes as dicts", name,
                   u->called ? "" : " (as a value)");
        } else if (in_list(missing_builtins, name)) {
            report(r, MD_UNKNOWN_BUILTIN, u->node->span, NULL, "the builtin '%s' is not provided by molt", name);
        }
    }
}

static void check_classes(R *r)
{
    for (int i = 0; i < r->scopes.n; i++) {
        Sc *s = r->scopes.items[i];
        if (s->pub.kind != SCOPE_CLASS) continue;
        McNode *base = s->pub.node->a;
        if (base && base->kind == N_NAME && base->sym && base->sym->kind == SYM_BUILTIN &&
            in_list(builtin_types, base->name) && !in_list(missing_builtins, base->name))
            report(r, MD_BUILTIN_SUBCLASS, base->span, "keep a value of that type in an attribute instead",
                   "subclassing the builtin type '%s' is not supported", base->name);
    }
}

static void check_deletes(R *r)
{
    for (int i = 0; i < r->deletes.n; i++) {
        McNode *t = r->deletes.items[i];
        if (t->sym && (t->sym->kind == SYM_CELL || t->sym->kind == SYM_FREE))
            report(r, MD_DEL_UNSUPPORTED, t->span, "assign None instead",
                   "deleting '%s', a variable shared with a nested function, is not supported", t->name);
    }
}

/* A class body runs inline in its enclosing function (mc_lower.c), so a
 * name it reads from that function refers to the function's own symbol:
 * node->sym skips the class's free alias (which stays in the class's table). */
static void link_class_reads(R *r)
{
    for (int i = 0; i < r->uses.n; i++) {
        McNode *n = ((Use *)r->uses.items[i])->node;
        McSymbol *s = n->sym;
        while (s && s->kind == SYM_FREE && s->outer && s->scope && s->scope->kind == SCOPE_CLASS) s = s->outer;
        n->sym = s;
    }
}

void mc_resolve(McArena *a, McModule *m, MdList *diags)
{
    R r = {.a = a, .m = m, .diags = diags};
    r.module = new_scope(&r, NULL, SCOPE_MODULE, m->ast, mc_intern(a, "<module>", 8));
    m->scope = &r.module->pub;
    r.at_module_code = 1;
    for (int i = 0; m->ast && i < m->ast->list.n; i++) {
        r.toplevel = m->ast->list.items[i]; /* only these may be MC_SYM_DEF_ONCE */
        visit_stmt(&r, r.module, r.toplevel);
    }
    for (int i = 0; i < r.scopes.n; i++) resolve_scope(&r, r.scopes.items[i]);
    class_cells(&r);
    link_class_reads(&r);
    number_slots(&r);
    mark_def_once(&r);
    check_uses(&r);
    check_classes(&r);
    check_deletes(&r);
}
