/* mc_analysis.c — the per-file analysis `molt check` and `molt lsp` share
 * (parse, resolve, import and module-attribute checks), and the questions an
 * editor asks of its result: what is the name at this offset, what type
 * did the compiler infer for it. */
#include "mc_analysis.h"
#include "mc_check.h"
#include "mc_front.h"

#include <string.h>
#include <sys/stat.h>

/* ---- imports ---------------------------------------------------------------- */

static const char *dir_of(McArena *a, const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? mc_strndup(a, path, (size_t)(slash - path)) : ".";
}

/* `import name` from module m: sys and math are molt's own, a name.py
 * beside the file is compiled too; anything else cannot be. */
static void check_import(McArena *a, McAnalysis *an, McNode *at, const char *name, MdList *diags)
{
    McModule *m = an->module;
    if (!name || mc_is_builtin_module(name)) return;
    if (strchr(name, '.')) {
        md_add(diags, MD_UNKNOWN_MODULE, m->src, at->span, "molt compiles sys, math and .py files beside the program",
               "cannot import '%s': packages are not supported", name);
        return;
    }
    const char *dir = dir_of(a, m->src->path);
    char *path = strcmp(dir, ".") ? mc_sprintf(a, "%s/%s.py", dir, name) : mc_sprintf(a, "%s.py", name);
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
        md_add(diags, MD_UNKNOWN_MODULE, m->src, at->span, "molt compiles sys, math and .py files beside the program",
               "no module named '%s' (there is no %s)", name, path);
        return;
    }
    McImport *imp = mc_alloc(a, sizeof *imp);
    imp->name = name;
    imp->path = path;
    mc_vec_push(a, &an->imports, imp);
}

/* Imports are statements: only statement lists need walking. */
static void check_imports(McArena *a, McAnalysis *an, McNode *n, MdList *diags)
{
    if (!n) return;
    if (n->kind == N_IMPORT) {
        for (int i = 0; i < n->list.n; i++) check_import(a, an, n->list.items[i], n->list.items[i]->str, diags);
        return;
    }
    if (n->kind == N_IMPORTFROM) {
        check_import(a, an, n, n->str, diags);
        return;
    }
    McNodeList *lists[] = {&n->list, &n->list2, &n->orelse, &n->finalbody};
    for (size_t k = 0; k < sizeof lists / sizeof lists[0]; k++)
        for (int i = 0; i < lists[k]->n; i++) check_imports(a, an, lists[k]->items[i], diags);
}

/* ---- the analysis ------------------------------------------------------------- */

void mc_analyze(McArena *a, McSource *src, const char *modname, McParseState *ps, MdList *diags, McAnalysis *out)
{
    memset(out, 0, sizeof *out);
    out->src = src;
    McModule *m = mc_alloc(a, sizeof *m);
    m->name = modname;
    m->src = src;
    out->module = m;
    if (ps) {
        if (!ps->parser) {
            ps->parser = ts_parser_new();
            ts_parser_set_language(ps->parser, tree_sitter_python());
        }
        m->ast = mc_parse_incremental(a, src, ps->parser, &ps->tree, diags);
    } else {
        m->ast = mc_parse(a, src, diags);
    }
    mc_resolve(a, m, diags);
    check_imports(a, out, m->ast, diags);
    mc_check_builtin_module_uses(m, diags);
}

/* The module lowered into a program of its own (lowering only reads the
 * AST, so each call gives an independent program). */
static McProgram *lowered(McArena *a, McAnalysis *an)
{
    McProgram *p = mc_alloc(a, sizeof *p);
    p->arena = a;
    p->diags = mc_alloc(a, sizeof(MdList));
    md_list_init(p->diags, a); /* lowering adds nothing for an error-free module; keep it apart anyway */
    mc_lower_module(p, an->module);
    return p;
}

McProgram *mc_analysis_program(McArena *a, McAnalysis *an, int has_errors)
{
    if (an->program_tried) return an->program;
    an->program_tried = 1;
    if (has_errors) return NULL;
    an->program = lowered(a, an);
    mc_infer_types(an->program);
    return an->program;
}

McProgram *mc_analysis_release(McArena *a, McAnalysis *an, int has_errors)
{
    if (an->release_tried) return an->release;
    an->release_tried = 1;
    if (has_errors) return NULL;
    an->release = lowered(a, an);
    mc_optimize(an->release);
    return an->release;
}

/* ---- the name at an offset ---------------------------------------------------- */

const char *mc_type_name(int type)
{
    static const char *const names[] = {
        [T_INT] = "int",   [T_FLOAT] = "float", [T_BOOL] = "bool", [T_STR] = "str", [T_NONE] = "None",
        [T_LIST] = "list", [T_TUPLE] = "tuple", [T_DICT] = "dict", [T_SET] = "set"};
    if (type <= T_ANY || type > T_SET) return NULL;
    return names[type];
}

static int is_ident_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || (c & 0x80);
}

/* Offset of the first whole-word occurrence of word in text[from, to), or
 * -1. Names are found in the source because the AST keeps only the span of
 * a whole definition. */
static long find_word(const McSource *src, uint32_t from, uint32_t to, const char *word)
{
    size_t n = strlen(word);
    if (to > src->len) to = (uint32_t)src->len;
    for (uint32_t i = from; i + n <= to; i++)
        if (!memcmp(src->text + i, word, n) && (i == 0 || !is_ident_char(src->text[i - 1])) &&
            (i + n >= src->len || !is_ident_char(src->text[i + n])))
            return (long)i;
    return -1;
}

McSpan mc_def_name_span(const McSource *src, const McNode *n)
{
    uint32_t from = n->span.start;
    if (n->kind == N_FUNCDEF || n->kind == N_CLASSDEF) {
        long kw = find_word(src, from, n->span.end, n->kind == N_FUNCDEF ? "def" : "class");
        if (kw < 0) return mc_span_of(src, from, from);
        from = (uint32_t)kw + (n->kind == N_FUNCDEF ? 3 : 5);
    }
    long at = n->name ? find_word(src, from, n->span.end, n->name) : -1;
    if (at < 0) return mc_span_of(src, from, from);
    return mc_span_of(src, (uint32_t)at, (uint32_t)(at + (long)strlen(n->name)));
}

static int contains(McSpan sp, uint32_t off) { return sp.end > sp.start && sp.start <= off && off <= sp.end; }

typedef struct Finder {
    McAnalysis *an;
    uint32_t off;
    const McNode *hit;    /* innermost naming node at off */
    const McNode *parent; /* its N_IMPORTFROM, for aliases */
    McSpan hit_span;
} Finder;

static void found(Finder *f, const McNode *n, const McNode *parent, McSpan sp)
{
    f->hit = n;
    f->parent = parent;
    f->hit_span = sp;
}

static void find(Finder *f, const McNode *n, const McNode *parent, int depth)
{
    if (!n || depth > MC_MAX_DEPTH + 50) return;
    int is_def = n->kind == N_FUNCDEF || n->kind == N_CLASSDEF;
    if (is_def) /* decorators (list2) come before the definition's span */
        for (int i = 0; i < n->list2.n; i++) find(f, n->list2.items[i], n, depth + 1);
    /* Other children lie inside their parent's span (a node without one,
     * such as a module, is looked into anyway). */
    if (n->span.end > n->span.start && !contains(n->span, f->off)) return;
    McSpan sp;
    switch (n->kind) {
    case N_NAME:
        found(f, n, parent, n->span);
        break;
    case N_FUNCDEF:
    case N_CLASSDEF:
    case N_PARAM:
        sp = mc_def_name_span(f->an->src, n);
        if (contains(sp, f->off)) found(f, n, parent, sp);
        break;
    case N_ALIAS:
        found(f, n, parent, n->span);
        break;
    case N_ATTR:
        if (n->name && n->span.end >= strlen(n->name)) {
            sp = mc_span_of(f->an->src, n->span.end - (uint32_t)strlen(n->name), n->span.end);
            if (contains(sp, f->off)) found(f, n, parent, sp);
        }
        break;
    default:
        break;
    }
    find(f, n->a, n, depth + 1);
    find(f, n->b, n, depth + 1);
    find(f, n->c, n, depth + 1);
    const McNodeList *lists[] = {&n->list, is_def ? NULL : &n->list2, &n->params, &n->orelse, &n->finalbody};
    for (size_t k = 0; k < sizeof lists / sizeof lists[0]; k++)
        for (int i = 0; lists[k] && i < lists[k]->n; i++) find(f, lists[k]->items[i], n, depth + 1);
}

/* The symbol a name finally refers to (through free and global links). */
static McSymbol *root_sym(McSymbol *s)
{
    for (int guard = 0; s && s->outer && guard < 1000; guard++) s = s->outer;
    return s;
}

/* The first def, class, import alias or parameter that binds sym. */
static const McNode *binder(const McNode *n, McSymbol *sym, int depth)
{
    if (!n || depth > MC_MAX_DEPTH + 50) return NULL;
    if ((n->kind == N_FUNCDEF || n->kind == N_CLASSDEF || n->kind == N_ALIAS || n->kind == N_PARAM) && n->sym &&
        root_sym(n->sym) == sym)
        return n;
    const McNode *kids[] = {n->a, n->b, n->c};
    for (int k = 0; k < 3; k++) {
        const McNode *r = binder(kids[k], sym, depth + 1);
        if (r) return r;
    }
    const McNodeList *lists[] = {&n->list, &n->list2, &n->params, &n->orelse, &n->finalbody};
    for (size_t k = 0; k < sizeof lists / sizeof lists[0]; k++)
        for (int i = 0; i < lists[k]->n; i++) {
            const McNode *r = binder(lists[k]->items[i], sym, depth + 1);
            if (r) return r;
        }
    return NULL;
}

/* The import that binds alias al: "math" or "math.pi". */
static const char *imported_name(McArena *a, const McNode *al, const McNode *from)
{
    if (from && from->kind == N_IMPORTFROM && from->str) return mc_sprintf(a, "%s.%s", from->str, al->str);
    return al->str;
}

static int join_type(int a, int b) { return a < 0 ? b : a == b ? a : T_ANY; }

/* The proven type of sym from the IR: a local's variable, or the values
 * every read of a global gets (the join of all its stores). */
static int ir_type(McProgram *p, McSymbol *sym)
{
    int t = -1;
    for (int i = 0; i < p->funcs.n; i++) {
        McFunc *f = p->funcs.items[i];
        if (sym->kind == SYM_GLOBAL) {
            for (int k = 0; k < f->ncode; k++) {
                const McInstr *in = &f->code[k];
                if (in->op == OP_LOAD_GLOBAL && in->name && !strcmp(in->name, sym->name))
                    t = join_type(t, ((McVar *)f->vars.items[in->dst])->type);
                else if (in->op == OP_STORE_GLOBAL && in->a >= 0 && in->name && !strcmp(in->name, sym->name))
                    t = join_type(t, ((McVar *)f->vars.items[in->a])->type);
            }
        } else {
            for (int v = 0; v < f->vars.n; v++) {
                McVar *var = f->vars.items[v];
                if (var->sym && root_sym(var->sym) == sym && !var->is_cell) t = join_type(t, var->type);
            }
        }
    }
    return t < 0 ? T_ANY : t;
}

static McNameKind kind_of(McSymbol *sym, const McNode *bind, const char *name)
{
    if (sym->kind == SYM_BUILTIN) return mc_is_builtin_name(name) ? MC_NAME_BUILTIN : MC_NAME_UNDEFINED;
    if (bind && bind->kind == N_FUNCDEF) return MC_NAME_FUNCTION;
    if (bind && bind->kind == N_CLASSDEF) return MC_NAME_CLASS;
    if (bind && bind->kind == N_ALIAS) return MC_NAME_IMPORT;
    if ((bind && bind->kind == N_PARAM) || (sym->flags & MC_SYM_PARAM)) return MC_NAME_PARAM;
    if (sym->kind == SYM_CLASS) return MC_NAME_CLASS_ATTR;
    return sym->kind == SYM_GLOBAL ? MC_NAME_GLOBAL : MC_NAME_LOCAL;
}

const char *mc_def_header(McArena *a, const McSource *src, const McNode *def)
{
    long kw = find_word(src, def->span.start, def->span.end, def->kind == N_FUNCDEF ? "def" : "class");
    if (kw < 0) return NULL;
    McBuf b = {0};
    int depth = 0, blank = 0;
    char quote = 0;
    for (uint32_t i = (uint32_t)kw; i < def->span.end && b.n < 400; i++) {
        char c = src->text[i];
        if (quote) {
            mc_buf_addc(a, &b, c);
            if (c == '\\' && i + 1 < def->span.end)
                mc_buf_addc(a, &b, src->text[++i]);
            else if (c == quote)
                quote = 0;
            continue;
        }
        if (c == ':' && depth <= 0) break;
        if (c == '#') { /* a comment inside the parentheses */
            while (i + 1 < def->span.end && src->text[i + 1] != '\n') i++;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\\') { /* \\: a line continuation */
            blank = b.n > 0;
            continue;
        }
        if (c == '\'' || c == '"') quote = c;
        depth += (c == '(' || c == '[' || c == '{') - (c == ')' || c == ']' || c == '}');
        if (blank && b.p[b.n - 1] != '(' && c != ')' && c != ',') mc_buf_addc(a, &b, ' ');
        blank = 0;
        mc_buf_addc(a, &b, c);
    }
    mc_buf_addc(a, &b, 0);
    return b.p;
}

int mc_name_at(McArena *a, McAnalysis *an, McProgram *prog, uint32_t offset, McNameInfo *out)
{
    memset(out, 0, sizeof *out);
    Finder f = {.an = an, .off = offset};
    find(&f, an->module->ast, NULL, 0);
    if (!f.hit) return 0;
    const McNode *n = f.hit;
    out->name = n->name;
    out->span = f.hit_span;
    if (n->kind == N_ATTR) {
        out->kind = MC_NAME_ATTRIBUTE;
        return out->name != NULL;
    }
    McSymbol *sym = root_sym(n->sym);
    if (!sym || !out->name) return 0;
    const McNode *bind = sym->kind == SYM_BUILTIN ? NULL : binder(an->module->ast, sym, 0);
    out->kind = kind_of(sym, bind, out->name);
    out->scope = sym->scope ? sym->scope->qualname : NULL;
    if (out->kind == MC_NAME_FUNCTION || out->kind == MC_NAME_CLASS) {
        out->def = bind;
        out->signature = mc_def_header(a, an->src, bind);
    }
    if (out->kind == MC_NAME_IMPORT) {
        /* The alias may be this very node (hover on the import) or elsewhere. */
        const McNode *al = bind;
        const McNode *from = n == bind ? f.parent : NULL;
        if (n != bind) {
            Finder g = {.an = an, .off = bind->span.start};
            find(&g, an->module->ast, NULL, 0);
            if (g.hit == bind) from = g.parent;
        }
        out->module = imported_name(a, al, from);
    }
    if (prog && out->kind != MC_NAME_BUILTIN && out->kind != MC_NAME_UNDEFINED && out->kind != MC_NAME_FUNCTION &&
        out->kind != MC_NAME_CLASS && out->kind != MC_NAME_IMPORT)
        out->type = mc_type_name(ir_type(prog, sym));
    return 1;
}
