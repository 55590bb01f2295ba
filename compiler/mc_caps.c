/* mc_caps.c — capability diagnostics: each call of a library function that
 * needs a capability (runtime/mrt_caps.def) is checked against what the
 * manifest grants. Only builtins are looked up so far: the modules that
 * need capabilities (os, time, socket) come with the hardened runtime, and
 * the table already lists them. */
#include "mc_caps.h"

#include <stdio.h>
#include <string.h>

typedef struct CapCheck {
    const McModule *m;
    unsigned granted;
    const char *manifest;
    MdList *diags;
} CapCheck;

/* The capability a builtin function needs by the table, or 0. */
static unsigned builtin_caps(const char *name)
{
#define MRT_CAP(id, bit, token, what)
#define MRT_CAP_USE(module, fn, cap)                                                                                   \
    if (!strcmp(module, "builtins") && !strcmp(name, fn)) return MRT_CAP_##cap;
#include "../runtime/mrt_caps.def"
#undef MRT_CAP
#undef MRT_CAP_USE
    return 0;
}

/* open()'s mode: the second positional argument or mode=, else NULL. */
static const McNode *open_mode(const McNode *call)
{
    int pos = 0;
    for (int i = 0; i < call->list.n; i++) {
        const McNode *arg = call->list.items[i];
        if (arg->kind == N_KEYWORD && arg->name && !strcmp(arg->name, "mode")) return arg->a;
        if (arg->kind != N_KEYWORD && arg->kind != N_STAR && arg->kind != N_DSTAR && pos++ == 1) return arg;
    }
    return NULL;
}

static unsigned call_caps(const McNode *call)
{
    const McNode *f = call->a;
    if (!f || f->kind != N_NAME || (f->sym && f->sym->kind != SYM_BUILTIN)) return 0;
    unsigned caps = builtin_caps(f->name);
    if (!caps || strcmp(f->name, "open")) return caps;
    const McNode *mode = open_mode(call);
    if (!mode) return mrt_open_caps(NULL);
    char text[16]; /* modes are short: a longer one is not a valid mode anyway */
    if (mode->kind != N_STR || !mode->str || mode->len >= sizeof text)
        return MRT_CAP_FS_READ | MRT_CAP_FS_WRITE; /* known only at run time: may read or write */
    memcpy(text, mode->str, mode->len);
    text[mode->len] = 0;
    return mrt_open_caps(text);
}

static void report(CapCheck *c, const McNode *call, unsigned missing)
{
    for (unsigned bit = 1; bit && bit <= missing; bit <<= 1) {
        if (!(missing & bit)) continue;
        const char *token = mrt_cap_token(bit);
        char consulted[512];
        if (c->manifest)
            snprintf(consulted, sizeof consulted, "%s does not grant", c->manifest);
        else
            snprintf(consulted, sizeof consulted, "no manifest grants (there is no %s beside the program)",
                     MC_MANIFEST_NAME);
        const char *args[] = {call->a->name, token, consulted};
        char hint[160];
        snprintf(hint, sizeof hint, "grant it: add \"%s\" to \"allow\" in %s", token, MC_MANIFEST_NAME);
        md_add_template(c->diags, MD_MISSING_CAPABILITY, c->m->src, call->a->span, hint, args, 3);
    }
}

static void walk(CapCheck *c, const McNode *n)
{
    if (!n) return;
    if (n->kind == N_CALL) {
        unsigned missing = call_caps(n) & ~c->granted;
        if (missing) report(c, n, missing);
    }
    walk(c, n->a);
    walk(c, n->b);
    walk(c, n->c);
    const McNodeList *lists[] = {&n->list, &n->list2, &n->params, &n->orelse, &n->finalbody};
    for (size_t k = 0; k < sizeof lists / sizeof lists[0]; k++)
        for (int i = 0; i < lists[k]->n; i++) walk(c, lists[k]->items[i]);
}

void mc_check_capabilities(const McModule *m, unsigned granted, const char *manifest, MdList *diags)
{
    CapCheck c = {m, granted, manifest, diags};
    walk(&c, m->ast);
}

int mc_program_grants(McArena *a, const char *program, unsigned *granted, const char **path, char **err)
{
    *granted = 0;
    *path = mc_manifest_beside(a, program);
    if (!*path) return 0;
    McManifest m;
    if (mc_manifest_load(a, *path, &m, err) < 0) return -1;
    *granted = mc_manifest_granted(&m);
    return 0;
}
