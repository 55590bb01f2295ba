/* mc_program.c — whole-program compilation: the main file and the modules
 * it imports (a `.py` beside it, found by name) are parsed and resolved,
 * import problems become diagnostics, and only an error-free program is
 * lowered to IR (molt refuses what it cannot compile correctly). */
#include "mc_program.h"
#include "mc_caps.h"
#include "mc_check.h"

#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct Loader {
    McCompileResult *r;
    const char *dir; /* the main file's directory: where imports are found */
    McVec modules;   /* McModule*, [0] = __main__ */
} Loader;

static McModule *find_module(Loader *ld, const char *name)
{
    for (int i = 0; i < ld->modules.n; i++) {
        McModule *m = ld->modules.items[i];
        if (!strcmp(m->name, name)) return m;
    }
    return NULL;
}

static McModule *load_module(Loader *ld, const char *path, const char *name);

static void import_name(Loader *ld, McModule *from, McNode *at, const char *name)
{
    if (mc_is_builtin_module(name) || find_module(ld, name)) return;
    McArena *a = ld->r->arena;
    char *path = mc_sprintf(a, "%s/%s.py", ld->dir, name);
    struct stat st;
    if (strchr(name, '.') || stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
        md_add(&ld->r->diags, MD_UNKNOWN_MODULE, from->src, at->span,
               "molt compiles `sys`, `math` and .py files in the program's directory",
               "no module named '%s' (looked for %s)", name, path);
        return;
    }
    load_module(ld, path, name);
}

/* Imports may appear anywhere a statement can. */
static void walk_imports(Loader *ld, McModule *m, McNodeList *body)
{
    for (int i = 0; i < body->n; i++) {
        McNode *s = body->items[i];
        if (!s) continue;
        if (s->kind == N_IMPORT) {
            for (int k = 0; k < s->list.n; k++) import_name(ld, m, s->list.items[k], s->list.items[k]->str);
        } else if (s->kind == N_IMPORTFROM && s->str) {
            import_name(ld, m, s, s->str);
        }
        walk_imports(ld, m, &s->list);
        walk_imports(ld, m, &s->list2);
        walk_imports(ld, m, &s->orelse);
        walk_imports(ld, m, &s->finalbody);
    }
}

static McModule *load_module(Loader *ld, const char *path, const char *name)
{
    McArena *a = ld->r->arena;
    char *err = NULL;
    McSource *src = mc_source_load(a, path, &err);
    if (!src) {
        fprintf(stderr, "molt: error: cannot read '%s': %s\n", path, err ? err : "unreadable");
        ld->r->ok = 0;
        ld->r->io_error = 1;
        return NULL;
    }
    McModule *m = mc_alloc(a, sizeof *m);
    m->name = name;
    m->src = src;
    mc_vec_push(a, &ld->modules, m);
    m->ast = mc_parse(a, src, &ld->r->diags);
    mc_resolve(a, m, &ld->r->diags);
    mc_check_builtin_module_uses(m, &ld->r->diags);
    walk_imports(ld, m, &m->ast->list);
    return m;
}

/* A call that needs a capability the manifest beside the program does not
 * grant is a compile error (C301), as `molt check` reports it. */
static int check_capabilities(McCompileResult *r, const char *path, McVec *modules)
{
    unsigned granted;
    const char *manifest;
    char *err = NULL;
    if (mc_program_grants(r->arena, path, &granted, &manifest, &err) < 0) {
        fprintf(stderr, "molt: error: %s\n", err ? err : "unusable manifest");
        r->ok = 0;
        r->io_error = 1;
        return -1;
    }
    for (int i = 0; i < modules->n; i++) mc_check_capabilities(modules->items[i], granted, manifest, &r->diags);
    return 0;
}

void mc_compile(McCompileResult *r, const char *path, McProfile profile)
{
    memset(r, 0, sizeof *r);
    r->arena = mc_arena_new();
    md_list_init(&r->diags, r->arena);
    r->ok = 1;
    Loader ld = {r, NULL, {0}};
    char *copy = mc_strndup(r->arena, path, strlen(path));
    ld.dir = dirname(copy); /* dirname may modify `copy` and return it */
    if (!load_module(&ld, path, "__main__")) {
        r->ok = 0;
        return;
    }
    if (check_capabilities(r, path, &ld.modules) < 0) return;
    md_sort(&r->diags);
    if (md_count_errors(&r->diags)) {
        r->ok = 0;
        return;
    }
    McProgram *p = mc_alloc(r->arena, sizeof *p);
    p->arena = r->arena;
    p->diags = &r->diags;
    for (int i = 0; i < ld.modules.n; i++) mc_lower_module(p, ld.modules.items[i]);
    if (profile == MC_PROFILE_RELEASE) mc_optimize(p);
    r->prog = p;
}

void mc_compile_free(McCompileResult *r)
{
    if (r->arena) mc_arena_free(r->arena);
    memset(r, 0, sizeof *r);
}
