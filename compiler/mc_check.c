/* mc_check.c — `molt check`: parses and resolves every file given (and the
 * modules they import), checks imports against what molt can compile, and
 * prints the diagnostics sorted, with a summary. Exit status: 0 clean
 * (warnings alone are clean), 1 errors, 2 usage errors. */
#include "mc_check.h"
#include "mc_analysis.h"
#include "mc_caps.h"
#include "mc_guards.h"
#include "mc_program.h"
#include "mc_front.h"
#include "../runtime/mrt.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mc_manifest.h"

/* ---- molt's builtin modules ----------------------------------------------- */

/* What molt provides is asked of the runtime linked into molt itself (see
 * mc_builtin_module_has), so the checker and the runtime cannot disagree.
 * The CPython 3.11 tables below tell "molt lacks it" from "no such name". */
static const char *const cpython_math_attrs[] = {
    "pi",    "e",     "tau",       "inf",      "nan",       "sqrt",  "exp",   "exp2",     "expm1",
    "log",   "log2",  "log10",     "log1p",    "pow",       "sin",   "cos",   "tan",      "asin",
    "acos",  "atan",  "atan2",     "sinh",     "cosh",      "tanh",  "asinh", "acosh",    "atanh",
    "hypot", "dist",  "degrees",   "radians",  "floor",     "ceil",  "trunc", "fabs",     "fmod",
    "modf",  "frexp", "ldexp",     "copysign", "remainder", "isnan", "isinf", "isfinite", "isclose",
    "gcd",   "lcm",   "factorial", "comb",     "perm",      "isqrt", "prod",  "fsum",     "erf",
    "erfc",  "gamma", "lgamma",    "cbrt",     "nextafter", "ulp",   NULL};

/* CPython 3.11's public names, to tell "molt lacks it" from "no such name":
 * a read of math.nothing is a plain AttributeError at run time. */
static const char *const cpython_sys_attrs[] = {"abiflags",
                                                "addaudithook",
                                                "api_version",
                                                "argv",
                                                "audit",
                                                "base_exec_prefix",
                                                "base_prefix",
                                                "breakpointhook",
                                                "builtin_module_names",
                                                "byteorder",
                                                "call_tracing",
                                                "copyright",
                                                "displayhook",
                                                "dont_write_bytecode",
                                                "exc_info",
                                                "excepthook",
                                                "exception",
                                                "exec_prefix",
                                                "executable",
                                                "exit",
                                                "flags",
                                                "float_info",
                                                "float_repr_style",
                                                "get_asyncgen_hooks",
                                                "get_coroutine_origin_tracking_depth",
                                                "get_int_max_str_digits",
                                                "getallocatedblocks",
                                                "getdefaultencoding",
                                                "getdlopenflags",
                                                "getfilesystemencodeerrors",
                                                "getfilesystemencoding",
                                                "getprofile",
                                                "getrecursionlimit",
                                                "getrefcount",
                                                "getsizeof",
                                                "getswitchinterval",
                                                "gettrace",
                                                "hash_info",
                                                "hexversion",
                                                "implementation",
                                                "int_info",
                                                "intern",
                                                "is_finalizing",
                                                "maxsize",
                                                "maxunicode",
                                                "meta_path",
                                                "modules",
                                                "orig_argv",
                                                "path",
                                                "path_hooks",
                                                "path_importer_cache",
                                                "platform",
                                                "platlibdir",
                                                "prefix",
                                                "pycache_prefix",
                                                "set_asyncgen_hooks",
                                                "set_coroutine_origin_tracking_depth",
                                                "set_int_max_str_digits",
                                                "setdlopenflags",
                                                "setprofile",
                                                "setrecursionlimit",
                                                "setswitchinterval",
                                                "settrace",
                                                "stderr",
                                                "stdin",
                                                "stdlib_module_names",
                                                "stdout",
                                                "thread_info",
                                                "unraisablehook",
                                                "version",
                                                "version_info",
                                                "warnoptions",
                                                NULL};

static int cpython_has(const char *module, const char *name)
{
    const char *const *attrs = !strcmp(module, "sys") ? cpython_sys_attrs : cpython_math_attrs;
    for (int i = 0; attrs[i]; i++)
        if (!strcmp(attrs[i], name)) return 1;
    return 0;
}

int mc_is_builtin_module(const char *name) { return name && (!strcmp(name, "sys") || !strcmp(name, "math")); }

int mc_builtin_module_has(const char *module, const char *name)
{
    if (!mc_is_builtin_module(module)) return 0;
    if (!strcmp(name, "__name__")) return 1;
    mrt_init(0, NULL); /* idempotent: the runtime is part of molt */
    MrtValue m = mrt_import_builtin(module);
    if (!m) return 0;
    const MrtModule *mm = (const MrtModule *)mrt_obj(m);
    for (int i = 0; i < mm->n; i++)
        if (!strcmp(mm->names[i], name) && mm->slots[i] != MRT_UNBOUND) return 1;
    return 0;
}

/* The symbols that hold an imported builtin module ("import math as m"),
 * found first so that uses anywhere in the module can be checked. */
typedef struct ModUses {
    McArena *a;
    McModule *m;
    MdList *diags;
    McVec syms, names; /* parallel: McSymbol*, module name */
} ModUses;

static int cpython_has(const char *module, const char *name);

static void report_attr(ModUses *u, McSpan span, const char *module, const char *name)
{
    if (cpython_has(module, name))
        md_add(u->diags, MD_UNKNOWN_MODULE_ATTR, u->m->src, span,
               "see docs/builtins.md for what molt's modules provide", "'%s.%s' is not provided by molt", module, name);
    else
        md_add(u->diags, MD_UNKNOWN_MODULE_ATTR, u->m->src, span, NULL, "cannot import name '%s' from '%s'", name,
               module);
}

typedef void (*NodeFn)(ModUses *u, McNode *n);

/* Calls fn on every node of the tree (depth is bounded by the parser). */
static void walk(ModUses *u, McNode *n, NodeFn fn)
{
    if (!n) return;
    fn(u, n);
    walk(u, n->a, fn);
    walk(u, n->b, fn);
    walk(u, n->c, fn);
    McNodeList *lists[] = {&n->list, &n->list2, &n->params, &n->orelse, &n->finalbody};
    for (size_t k = 0; k < sizeof lists / sizeof lists[0]; k++)
        for (int i = 0; i < lists[k]->n; i++) walk(u, lists[k]->items[i], fn);
}

static void find_module_syms(ModUses *u, McNode *n)
{
    if (n->kind == N_IMPORT) {
        for (int i = 0; i < n->list.n; i++) {
            McNode *al = n->list.items[i];
            if (al->sym && mc_is_builtin_module(al->str)) {
                mc_vec_push(u->a, &u->syms, al->sym);
                mc_vec_push(u->a, &u->names, al->str);
            }
        }
    } else if (n->kind == N_IMPORTFROM && mc_is_builtin_module(n->str)) {
        for (int i = 0; i < n->list.n; i++) {
            McNode *al = n->list.items[i];
            if (!mc_builtin_module_has(n->str, al->str)) report_attr(u, al->span, n->str, al->str);
        }
    }
}

/* The symbol a name finally refers to (through free and global links). */
static McSymbol *root_sym(McSymbol *s)
{
    for (int guard = 0; s && s->outer && guard < 1000; guard++) s = s->outer;
    return s;
}

static void check_module_attrs(ModUses *u, McNode *n)
{
    if (n->kind != N_ATTR || !n->a || n->a->kind != N_NAME || !n->a->sym) return;
    McSymbol *s = root_sym(n->a->sym);
    for (int i = 0; i < u->syms.n; i++)
        if (root_sym(u->syms.items[i]) == s) {
            if (!mc_builtin_module_has(u->names.items[i], n->name) && cpython_has(u->names.items[i], n->name))
                report_attr(u, n->span, u->names.items[i], n->name);
            return;
        }
}

/* obj.__dict__: molt keeps attributes in fixed slots and class namespaces
 * are not read-only proxies, so the attribute is refused rather than
 * behaving differently at run time. */
static void check_dict_attr(ModUses *u, McNode *n)
{
    if (n->kind == N_ATTR && n->name && !strcmp(n->name, "__dict__"))
        md_add(u->diags, MD_UNSUPPORTED_DUNDER, u->m->src, n->span,
               "use explicit attributes, or keep the data in a dict attribute of your own",
               "'__dict__' is not supported: molt stores attributes in fixed slots, not a dict");
}

void mc_check_builtin_module_uses(McModule *m, MdList *diags)
{
    ModUses u = {.a = diags->arena, .m = m, .diags = diags};
    walk(&u, m->ast, find_module_syms);
    if (u.syms.n) walk(&u, m->ast, check_module_attrs);
    walk(&u, m->ast, check_dict_attr);
}

/* ---- options -------------------------------------------------------------- */

typedef enum { FMT_TEXT, FMT_JSON, FMT_SARIF, FMT_GITHUB } Format;

typedef struct Opts {
    Format format;
    int color;
    MdSettings cli;           /* --select / --ignore */
    const char *capabilities; /* --capabilities FILE or TOKENS, or NULL: the manifest beside each file */
    const char *output;       /* -o FILE, or NULL for stdout */
    McVec paths;
} Opts;

static const char usage[] = "usage: molt check [--format text|json|sarif|github] [--select CODES] [--ignore CODES]\n"
                            "                  [--capabilities FILE|TOKENS] [-o FILE] [--no-color] PATH...\n"
                            "\n"
                            "Reports what molt cannot compile in each PATH (a .py file, or a directory\n"
                            "searched for .py files), and in the modules they import.\n"
                            "CODES is a comma-separated list of codes or prefixes (U201, U2, S); the most\n"
                            "specific of --select and --ignore wins. Settings also come from the\n"
                            "\"diagnostics\" object of molt.capabilities.json beside each file, or of the\n"
                            "manifest given by --capabilities (a file, or tokens such as net,fs.read).\n"
                            "-o FILE writes the report to FILE instead of standard output.\n"
                            "Exit status: 0 no errors, 1 errors found, 2 usage error or unusable manifest.\n";

static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "molt check: error: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n\n%s", usage);
    return 2;
}

/* Splits "U201,S1" into prefixes, each of which must match some code. */
static int parse_codes(McArena *a, const char *arg, McVec *out, const char *opt)
{
    const char *p = arg;
    if (!*p) {
        fprintf(stderr, "molt check: error: %s needs codes, such as U201 or U2\n", opt);
        return -1;
    }
    while (*p) {
        size_t n = strcspn(p, ",");
        char *code = mc_strndup(a, p, n);
        if (!md_prefix_known(code)) {
            fprintf(stderr, "molt check: error: unknown code '%s' in %s\n", code, opt);
            return -1;
        }
        mc_vec_push(a, out, code);
        p += n;
        if (*p == ',') p++;
    }
    return 0;
}

static int parse_format(const char *val, Format *f)
{
    static const char *const names[] = {"text", "json", "sarif", "github"};
    for (int i = 0; i < 4; i++)
        if (!strcmp(val, names[i])) {
            *f = (Format)i;
            return 0;
        }
    return usage_error("unknown format '%s' (use text, json, sarif or github)", val), -1;
}

/* Options that take a value: as "--opt VALUE" or "--opt=VALUE". */
static const char *const value_opts[] = {"--format", "--select", "--ignore", "--capabilities", "--output", "-o", NULL};

/* If argv[*i] is a value option, sets *opt and *val (advancing *i past a
 * separate value) and returns 1; -1 when the value is missing; 0 otherwise. */
static int value_option(int argc, char **argv, int *i, const char **opt, const char **val)
{
    const char *arg = argv[*i];
    for (int k = 0; value_opts[k]; k++) {
        size_t n = strlen(value_opts[k]);
        if (strncmp(arg, value_opts[k], n) || (arg[n] != 0 && arg[n] != '=')) continue;
        *opt = value_opts[k];
        if (arg[n] == '=') {
            *val = arg + n + 1;
        } else if (*i + 1 < argc) {
            *val = argv[++*i];
        } else {
            usage_error("%s needs a value", arg);
            return -1;
        }
        return 1;
    }
    return 0;
}

static int apply_value(McArena *a, Opts *o, const char *opt, const char *val)
{
    if (!strcmp(opt, "--format")) return parse_format(val, &o->format);
    if (!strcmp(opt, "--select")) {
        o->cli.has_select = 1;
        return parse_codes(a, val, &o->cli.select, "--select");
    }
    if (!strcmp(opt, "--ignore")) return parse_codes(a, val, &o->cli.ignore, "--ignore");
    if (!strcmp(opt, "--capabilities"))
        o->capabilities = val;
    else
        o->output = val;
    return 0;
}

static int parse_opts(McArena *a, int argc, char **argv, Opts *o)
{
    o->color = isatty(1) && !getenv("NO_COLOR");
    for (int i = 0; i < argc; i++) {
        const char *arg = argv[i];
        const char *opt = NULL, *val = NULL;
        if (!strcmp(arg, "--")) {
            for (i++; i < argc; i++) mc_vec_push(a, &o->paths, argv[i]);
            break;
        }
        if (!strcmp(arg, "-h") || !strcmp(arg, "--help")) {
            fputs(usage, stdout);
            return 1;
        }
        if (!strcmp(arg, "--no-color") || !strcmp(arg, "--color")) {
            o->color = arg[2] == 'c';
            continue;
        }
        int v = value_option(argc, argv, &i, &opt, &val);
        if (v < 0) return -1;
        if (v > 0) {
            if (apply_value(a, o, opt, val) < 0) return -1;
        } else if (arg[0] == '-' && arg[1]) {
            return usage_error("unknown option '%s'", arg), -1;
        } else {
            mc_vec_push(a, &o->paths, (void *)arg);
        }
    }
    if (o->paths.n == 0) return usage_error("%s", "no paths given"), -1;
    if (o->output && o->format == FMT_TEXT) o->color = 0; /* a file gets no escape codes */
    return 0;
}

/* ---- files ---------------------------------------------------------------- */

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Every *.py under dir, sorted, skipping hidden directories and caches. */
static void collect_dir(McArena *a, const char *dir, McVec *out, int depth)
{
    DIR *d = opendir(dir);
    if (!d || depth > 64) {
        if (d) closedir(d);
        return;
    }
    McVec names = {0};
    struct dirent *e;
    while ((e = readdir(d)))
        if (e->d_name[0] != '.' && strcmp(e->d_name, "__pycache__"))
            mc_vec_push(a, &names, mc_strndup(a, e->d_name, strlen(e->d_name)));
    closedir(d);
    if (names.n > 1) qsort(names.items, (size_t)names.n, sizeof(void *), cmp_str);
    for (int i = 0; i < names.n; i++) {
        const char *name = names.items[i];
        char *path = mc_sprintf(a, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", name);
        struct stat st;
        if (stat(path, &st) != 0) continue;
        size_t len = strlen(name);
        if (S_ISDIR(st.st_mode))
            collect_dir(a, path, out, depth + 1);
        else if (S_ISREG(st.st_mode) && len > 3 && !strcmp(name + len - 3, ".py"))
            mc_vec_push(a, out, path);
    }
}

/* ---- checking ------------------------------------------------------------- */

typedef struct Checker {
    McArena *a;
    MdList diags;
    McVec done;  /* canonical paths already checked */
    McVec queue; /* paths (as displayed) still to check, with module names */
    McVec qnames;
    McVec sources; /* McSource* of every checked file */
    McVec modules; /* McModule* of each, parallel to sources */
    int read_errors;
} Checker;

static const char *canonical(Checker *ck, const char *path)
{
    char *real = realpath(path, NULL);
    if (!real) return path;
    const char *r = mc_strndup(ck->a, real, strlen(real));
    free(real);
    return r;
}

static void enqueue(Checker *ck, const char *path, const char *modname)
{
    const char *canon = canonical(ck, path);
    for (int i = 0; i < ck->done.n; i++)
        if (!strcmp(ck->done.items[i], canon)) return;
    mc_vec_push(ck->a, &ck->done, (void *)canon);
    mc_vec_push(ck->a, &ck->queue, (void *)path);
    mc_vec_push(ck->a, &ck->qnames, (void *)modname);
}

static void check_file(Checker *ck, const char *path, const char *modname)
{
    char *err = NULL;
    McSource *src = mc_source_load(ck->a, path, &err);
    if (!src) {
        fprintf(stderr, "molt check: error: cannot read '%s': %s\n", path, err);
        ck->read_errors++;
        return;
    }
    mc_vec_push(ck->a, &ck->sources, src);
    McAnalysis an; /* the same analysis the language server runs */
    mc_analyze(ck->a, src, modname, NULL, &ck->diags, &an);
    mc_vec_push(ck->a, &ck->modules, an.module);
    for (int i = 0; i < an.imports.n; i++) {
        McImport *imp = an.imports.items[i];
        enqueue(ck, imp->path, imp->name);
    }
}

/* ---- settings --------------------------------------------------------------
 * Each file is checked with the manifest beside it (or the one given by
 * --capabilities), combined with --select/--ignore. Manifests are read once
 * per directory; one that cannot be used stops the check (exit 2). */

/* What applies to the files of one directory. */
typedef struct FileScope {
    MdSettings *settings;
    unsigned granted;     /* MRT_CAP_* bits its manifest grants */
    const char *manifest; /* the manifest consulted, or NULL: none (zero authority) */
} FileScope;

typedef struct Settings {
    McVec dirs;       /* const char*: a checked file's directory */
    McVec scopes;     /* FileScope*: what applies there */
    FileScope *fixed; /* from --capabilities, for every file */
} Settings;

static MdSettings *combined(McArena *a, const McManifest *m, const Opts *o)
{
    MdSettings *s = mc_alloc(a, sizeof *s);
    md_settings_combine(a, m ? &m->diagnostics : NULL, &o->cli, s);
    return s;
}

static FileScope *scope_of(McArena *a, const McManifest *m, const Opts *o)
{
    FileScope *f = mc_alloc(a, sizeof *f);
    f->settings = combined(a, m, o);
    f->granted = m ? mc_manifest_granted(m) : 0;
    f->manifest = !m ? NULL : m->path ? m->path : "the --capabilities list";
    return f;
}

static int load_capabilities(McArena *a, const Opts *o, Settings *st)
{
    McManifest *m = mc_alloc(a, sizeof *m);
    char *err = NULL;
    const char *arg = o->capabilities;
    /* A name with '/' or ending in .json is a file; otherwise a token list. */
    size_t n = strlen(arg);
    int is_file = strchr(arg, '/') || (n > 5 && !strcmp(arg + n - 5, ".json"));
    int rc = is_file ? mc_manifest_load(a, arg, m, &err) : mc_manifest_parse_tokens(a, arg, m, &err);
    if (rc < 0) {
        fprintf(stderr, "molt check: error: %s\n", err);
        return -1;
    }
    st->fixed = scope_of(a, m, o);
    return 0;
}

static const char *dir_of_path(McArena *a, const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? mc_strndup(a, path, (size_t)(slash - path + (slash == path))) : ".";
}

/* What applies to the file at path; NULL if its manifest is unusable. */
static FileScope *scope_for(McArena *a, const Opts *o, Settings *st, const char *path)
{
    if (st->fixed) return st->fixed;
    const char *dir = dir_of_path(a, path);
    for (int i = 0; i < st->dirs.n; i++)
        if (!strcmp(st->dirs.items[i], dir)) return st->scopes.items[i];
    const char *mpath = mc_manifest_beside(a, path);
    McManifest *m = NULL;
    if (mpath) {
        char *err = NULL;
        m = mc_alloc(a, sizeof *m);
        if (mc_manifest_load(a, mpath, m, &err) < 0) {
            fprintf(stderr, "molt check: error: %s\n", err);
            return NULL;
        }
    }
    FileScope *f = scope_of(a, m, o);
    mc_vec_push(a, &st->dirs, (void *)dir);
    mc_vec_push(a, &st->scopes, f);
    return f;
}

/* Guard costs come from the release IR: the file is compiled as a program's
 * main module (when it has no errors) and its guard sites are reported
 * (the diagnostics copy what they need out of the compilation). */
static void add_guard_costs(const McSource *src, MdList *diags)
{
    McCompileResult r;
    mc_compile(&r, src->path, MC_PROFILE_RELEASE);
    if (r.ok) mc_guard_report(r.prog, src, diags);
    mc_compile_free(&r);
}

/* The diagnostics that depend on each file's manifest (capabilities, and
 * guard costs when selected), then its suppression comments and settings.
 * Returns -1 when a manifest cannot be used. */
static int filter_diagnostics(McArena *a, const Opts *o, Checker *ck)
{
    Settings st = {0};
    if (o->capabilities && load_capabilities(a, o, &st) < 0) return -1;
    for (int i = 0; i < ck->sources.n; i++) {
        const McSource *src = ck->sources.items[i];
        FileScope *f = scope_for(a, o, &st, src->path);
        if (!f) return -1;
        mc_check_capabilities(ck->modules.items[i], f->granted, f->manifest, &ck->diags);
        if (md_settings_selects_category(f->settings, MD_CAT_GUARD)) add_guard_costs(src, &ck->diags);
        md_apply(&ck->diags, src, f->settings);
    }
    return 0;
}

/* ---- output --------------------------------------------------------------- */

static int write_report(const Opts *o, const MdList *l)
{
    FILE *out = stdout;
    if (o->output && !(out = fopen(o->output, "w"))) {
        fprintf(stderr, "molt check: error: cannot write '%s': %s\n", o->output, strerror(errno));
        return -1;
    }
    char cwd[4096];
    const char *base = getcwd(cwd, sizeof cwd) ? cwd : NULL;
    if (o->format == FMT_JSON) {
        md_report_json(out, l);
    } else if (o->format == FMT_SARIF) {
        md_report_sarif(out, l, base);
    } else if (o->format == FMT_GITHUB) {
        md_report_github(out, l, base);
    } else {
        md_render_text(out, l, o->color);
        md_render_summary(out, l);
    }
    int failed = ferror(out);
    if (out != stdout)
        failed |= fclose(out) != 0;
    else
        failed |= fflush(out) != 0;
    if (failed) fprintf(stderr, "molt check: error: cannot write the report: %s\n", strerror(errno));
    return failed ? -1 : 0;
}

int mc_check_main(int argc, char **argv)
{
    McArena *a = mc_arena_new();
    Opts o = {0};
    int rc = parse_opts(a, argc, argv, &o);
    if (rc != 0) {
        mc_arena_free(a);
        return rc > 0 ? 0 : 2;
    }
    Checker ck = {.a = a};
    md_list_init(&ck.diags, a);
    for (int i = 0; i < o.paths.n; i++) {
        const char *path = o.paths.items[i];
        struct stat st;
        if (stat(path, &st) != 0) {
            fprintf(stderr, "molt check: error: cannot read '%s': %s\n", path, strerror(errno));
            mc_arena_free(a);
            return 2;
        }
        if (S_ISDIR(st.st_mode)) {
            McVec files = {0};
            collect_dir(a, path, &files, 0);
            for (int k = 0; k < files.n; k++) enqueue(&ck, files.items[k], "__main__");
        } else {
            enqueue(&ck, path, "__main__");
        }
    }
    for (int i = 0; i < ck.queue.n; i++) /* the queue grows with imported modules */
        check_file(&ck, ck.queue.items[i], ck.qnames.items[i]);

    int status = 2;
    if (filter_diagnostics(a, &o, &ck) == 0) {
        md_sort(&ck.diags);
        if (write_report(&o, &ck.diags) == 0) status = ck.read_errors ? 2 : md_count_errors(&ck.diags) ? 1 : 0;
    }
    mc_arena_free(a);
    return status;
}
