/* mc_manifest.c — parses molt.capabilities.json with cJSON. The shape:
 *   {"allow": [tokens/profiles], "deny": [...],
 *    "fs": {"read": [paths], "write": [paths]}, "env": {"read": [names], "write": [names]},
 *    "resources": {"max_memory": "64MB", "max_duration": "30s", "max_allocations": N,
 *                  "max_recursion_depth": N},
 *    "diagnostics": {"select": [codes], "ignore": [codes], "severity": {"CODE": "warning"}}}
 * Each value is checked as it is read; the first problem ends the parse with
 * a message naming the key path (`diagnostics.severity.G401`) and why. */
#include "mc_manifest.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ---- capability names ------------------------------------------------------ */

static const struct {
    const char *name;
    unsigned bits;
} cap_names[] = {
#define MRT_CAP(id, bit, token, what) {token, MRT_CAP_##id},
#define MRT_CAP_USE(module, name, cap)
#include "../runtime/mrt_caps.def"
#undef MRT_CAP
#undef MRT_CAP_USE
    /* profiles */
    {"fs", MRT_CAP_FS_READ | MRT_CAP_FS_WRITE},
    {"env", MRT_CAP_ENV_READ | MRT_CAP_ENV_WRITE},
    {"time", MRT_CAP_TIME_WALL},
    {"core", 0},
};

#define CAP_LIST                                                                                                       \
    "fs.read, fs.write, env.read, env.write, net, time.wall, random, or a profile: fs, env, net, time, core"

int mc_cap_parse(const char *name, unsigned *bits)
{
    for (size_t i = 0; i < sizeof cap_names / sizeof cap_names[0]; i++)
        if (!strcmp(cap_names[i].name, name)) {
            *bits = cap_names[i].bits;
            return 0;
        }
    return -1;
}

unsigned mc_manifest_granted(const McManifest *m) { return m->allow & ~m->deny; }

void mc_manifest_init(McManifest *m)
{
    memset(m, 0, sizeof *m);
    m->resources = (McResources){-1, -1, -1, -1};
}

/* ---- the parser ------------------------------------------------------------ */

typedef struct Parser {
    McArena *a;
    const char *path;
    McManifest *m;
    char *err;
} Parser;

/* Records the first error: "PATH: KEY: why". Returns -1 for `return fail(...)`. */
__attribute__((format(printf, 3, 4))) static int fail(Parser *p, const char *key, const char *fmt, ...)
{
    char why[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, sizeof why, fmt, ap);
    va_end(ap);
    p->err = key ? mc_sprintf(p->a, "%s: %s: %s", p->path, key, why) : mc_sprintf(p->a, "%s: %s", p->path, why);
    return -1;
}

static const char *json_type(const cJSON *v)
{
    if (cJSON_IsString(v)) return "a string";
    if (cJSON_IsNumber(v)) return "a number";
    if (cJSON_IsBool(v)) return "a boolean";
    if (cJSON_IsNull(v)) return "null";
    if (cJSON_IsArray(v)) return "an array";
    return "an object";
}

static const char *sub_key(Parser *p, const char *key, const char *name)
{
    return mc_sprintf(p->a, "%s.%s", key, name);
}

static const char *index_key(Parser *p, const char *key, int i) { return mc_sprintf(p->a, "%s[%d]", key, i); }

/* An object whose keys are all in `known` (NULL-terminated; NULL itself
 * allows any key) and appear once each. */
static int check_object(Parser *p, const cJSON *v, const char *key, const char *const *known, const char *expected)
{
    if (!cJSON_IsObject(v)) return fail(p, key, "expected an object, found %s", json_type(v));
    for (const cJSON *c = v->child; c; c = c->next) {
        const char *ck = key ? sub_key(p, key, c->string) : c->string;
        for (const cJSON *d = v->child; d != c; d = d->next)
            if (!strcmp(d->string, c->string)) return fail(p, ck, "the key appears more than once");
        if (!known) continue;
        int ok = 0;
        for (int i = 0; known[i] && !ok; i++) ok = !strcmp(known[i], c->string);
        if (!ok) return fail(p, ck, "unknown key (expected %s)", expected);
    }
    return 0;
}

/* An array of non-empty strings; calls each(p, key[i], string) per item. */
static int each_string(Parser *p, const cJSON *v, const char *key,
                       int (*each)(Parser *, const char *, const char *, void *), void *ctx)
{
    if (!cJSON_IsArray(v)) return fail(p, key, "expected an array of strings, found %s", json_type(v));
    int i = 0;
    for (const cJSON *c = v->child; c; c = c->next, i++) {
        const char *ik = index_key(p, key, i);
        if (!cJSON_IsString(c)) return fail(p, ik, "expected a string, found %s", json_type(c));
        if (!c->valuestring[0]) return fail(p, ik, "the string is empty");
        if (each(p, ik, c->valuestring, ctx) < 0) return -1;
    }
    return 0;
}

static int add_cap(Parser *p, const char *key, const char *s, void *ctx)
{
    unsigned bits;
    if (mc_cap_parse(s, &bits) < 0) return fail(p, key, "unknown capability '%s' (use " CAP_LIST ")", s);
    *(unsigned *)ctx |= bits;
    return 0;
}

static int add_string(Parser *p, const char *key, const char *s, void *ctx)
{
    mc_vec_push(p->a, ctx, mc_strndup(p->a, s, strlen(s)));
    return 0;
}

static int add_env_name(Parser *p, const char *key, const char *s, void *ctx)
{
    if (strchr(s, '=')) return fail(p, key, "'%s' is not a variable name (it contains '=')", s);
    return add_string(p, key, s, ctx);
}

static int add_code(Parser *p, const char *key, const char *s, void *ctx)
{
    if (!md_prefix_known(s))
        return fail(p, key, "unknown code '%s' (name codes or prefixes such as U201, U2 or S; see docs/diagnostics.md)",
                    s);
    return add_string(p, key, s, ctx);
}

/* "fs": {"read": [...], "write": [...]} and "env" alike. */
static int parse_lists(Parser *p, const cJSON *v, const char *key, McVec *read, McVec *write,
                       int (*each)(Parser *, const char *, const char *, void *))
{
    static const char *const keys[] = {"read", "write", NULL};
    if (check_object(p, v, key, keys, "read or write") < 0) return -1;
    for (const cJSON *c = v->child; c; c = c->next)
        if (each_string(p, c, sub_key(p, key, c->string), each, !strcmp(c->string, "read") ? read : write) < 0)
            return -1;
    return 0;
}

/* ---- resources ------------------------------------------------------------- */

/* A positive whole JSON number. */
static int whole_number(Parser *p, const cJSON *v, const char *key, int64_t *out)
{
    double d = v->valuedouble;
    if (!cJSON_IsNumber(v) || d != floor(d) || d < 1 || d > 9.0e15)
        return fail(p, key, "expected a positive whole number, found %s",
                    cJSON_IsNumber(v) ? "a fraction or a number "
                                        "out of range"
                                      : json_type(v));
    *out = (int64_t)d;
    return 0;
}

typedef struct Unit {
    const char *suffix;
    int64_t scale;
} Unit;

static const Unit size_units[] = {{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"B", 1}, {NULL, 0}};
static const Unit time_units[] = {{"ms", 1}, {"s", 1000}, {"m", 60000}, {"h", 3600000}, {NULL, 0}};

/* "64MB" / "30s": digits then one of units; a bare number is in base units
 * (bytes, seconds: base_scale). */
static int quantity(Parser *p, const cJSON *v, const char *key, const Unit *units, int64_t base_scale,
                    const char *example, int64_t *out)
{
    if (cJSON_IsNumber(v)) {
        if (whole_number(p, v, key, out) < 0) return -1;
        *out *= base_scale;
        return 0;
    }
    if (!cJSON_IsString(v)) return fail(p, key, "expected a string such as \"%s\", found %s", example, json_type(v));
    const char *s = v->valuestring;
    char *end;
    errno = 0;
    long long n = strtoll(s, &end, 10);
    if (end == s || *s < '0' || *s > '9' || errno || n < 1)
        return fail(p, key, "'%s' is not a positive amount such as \"%s\"", s, example);
    for (const Unit *u = units; u->suffix; u++)
        if (!strcmp(end, u->suffix)) {
            if (n > INT64_MAX / u->scale) return fail(p, key, "'%s' is too large", s);
            *out = n * u->scale;
            return 0;
        }
    return fail(p, key, "'%s' has an unknown unit (use %s)", s,
                units == size_units ? "B, KB, MB or GB" : "ms, s, m or h");
}

static int parse_resources(Parser *p, const cJSON *v, const char *key)
{
    static const char *const keys[] = {"max_memory", "max_allocations", "max_recursion_depth", "max_duration", NULL};
    if (check_object(p, v, key, keys, "max_memory, max_allocations, max_recursion_depth or max_duration") < 0)
        return -1;
    McResources *r = &p->m->resources;
    for (const cJSON *c = v->child; c; c = c->next) {
        const char *ck = sub_key(p, key, c->string);
        int rc;
        if (!strcmp(c->string, "max_memory"))
            rc = quantity(p, c, ck, size_units, 1, "64MB", &r->max_memory);
        else if (!strcmp(c->string, "max_duration"))
            rc = quantity(p, c, ck, time_units, 1000, "30s", &r->max_duration_ms);
        else if (!strcmp(c->string, "max_allocations"))
            rc = whole_number(p, c, ck, &r->max_allocations);
        else
            rc = whole_number(p, c, ck, &r->max_recursion_depth);
        if (rc < 0) return -1;
    }
    return 0;
}

/* ---- diagnostics ----------------------------------------------------------- */

static int parse_severities(Parser *p, const cJSON *v, const char *key)
{
    if (check_object(p, v, key, NULL, NULL) < 0) return -1;
    for (const cJSON *c = v->child; c; c = c->next) {
        const char *ck = sub_key(p, key, c->string);
        if (!md_prefix_known(c->string))
            return fail(p, ck, "unknown code '%s' (name codes or prefixes such as G401 or G4)", c->string);
        MdSeverity sev;
        if (!cJSON_IsString(c) || md_severity_parse(c->valuestring, &sev) < 0)
            return fail(p, ck, "expected \"error\", \"warning\", \"info\" or \"hint\", found %s",
                        cJSON_IsString(c) ? mc_sprintf(p->a, "\"%s\"", c->valuestring) : json_type(c));
        const char *why = md_severity_allowed(p->a, c->string, sev);
        if (why) return fail(p, ck, "%s", why);
        MdSeverityRule *r = mc_alloc(p->a, sizeof *r);
        r->prefix = mc_strndup(p->a, c->string, strlen(c->string));
        r->severity = sev;
        mc_vec_push(p->a, &p->m->diagnostics.severity, r);
    }
    return 0;
}

static int parse_diagnostics(Parser *p, const cJSON *v, const char *key)
{
    static const char *const keys[] = {"select", "ignore", "severity", NULL};
    if (check_object(p, v, key, keys, "select, ignore or severity") < 0) return -1;
    MdSettings *s = &p->m->diagnostics;
    for (const cJSON *c = v->child; c; c = c->next) {
        const char *ck = sub_key(p, key, c->string);
        int rc;
        if (!strcmp(c->string, "select")) {
            s->has_select = 1;
            rc = each_string(p, c, ck, add_code, &s->select);
        } else if (!strcmp(c->string, "ignore")) {
            rc = each_string(p, c, ck, add_code, &s->ignore);
        } else {
            rc = parse_severities(p, c, ck);
        }
        if (rc < 0) return -1;
    }
    return 0;
}

/* ---- the whole file -------------------------------------------------------- */

static int parse_top(Parser *p, const cJSON *root)
{
    static const char *const keys[] = {"allow", "deny", "fs", "env", "resources", "diagnostics", NULL};
    if (!cJSON_IsObject(root)) return fail(p, NULL, "the manifest must be a JSON object, found %s", json_type(root));
    if (check_object(p, root, NULL, keys, "allow, deny, fs, env, resources or diagnostics") < 0) return -1;
    McManifest *m = p->m;
    for (const cJSON *c = root->child; c; c = c->next) {
        const char *k = c->string;
        int rc;
        if (!strcmp(k, "allow") || !strcmp(k, "deny"))
            rc = each_string(p, c, k, add_cap, !strcmp(k, "allow") ? &m->allow : &m->deny);
        else if (!strcmp(k, "fs"))
            rc = parse_lists(p, c, k, &m->fs_read, &m->fs_write, add_string);
        else if (!strcmp(k, "env"))
            rc = parse_lists(p, c, k, &m->env_read, &m->env_write, add_env_name);
        else if (!strcmp(k, "resources"))
            rc = parse_resources(p, c, k);
        else
            rc = parse_diagnostics(p, c, k);
        if (rc < 0) return -1;
    }
    return 0;
}

/* "line L, column C" of byte offset `at` in text, for JSON syntax errors. */
static const char *position_of(McArena *a, const char *text, size_t len, size_t at)
{
    int line = 1, col = 1;
    for (size_t i = 0; i < at && i < len; i++) {
        if (text[i] == '\n') {
            line++;
            col = 1;
        } else if (((unsigned char)text[i] & 0xC0) != 0x80) {
            col++;
        }
    }
    return mc_sprintf(a, "%d:%d", line, col);
}

int mc_manifest_parse(McArena *a, const char *path, const char *text, size_t len, McManifest *m, char **err)
{
    mc_manifest_init(m);
    m->path = path;
    Parser p = {.a = a, .path = path, .m = m};
    if (memchr(text, 0, len)) {
        *err = mc_sprintf(a, "%s: the file contains a NUL byte: it is not JSON text", path);
        return -1;
    }
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(text, len, &end, 0);
    /* Text after the value (`{} x`) is an error too: skip trailing blanks. */
    while (root && end < text + len && strchr(" \t\r\n", *end)) end++;
    if (root && end < text + len) {
        cJSON_Delete(root);
        root = NULL;
    }
    if (!root) {
        size_t at = end && end >= text ? (size_t)(end - text) : 0;
        *err = mc_sprintf(a, "%s:%s: invalid JSON (a missing comma or quote, a trailing comma, or a comment?)", path,
                          position_of(a, text, len, at));
        return -1;
    }
    int rc = parse_top(&p, root);
    cJSON_Delete(root);
    if (rc < 0) {
        mc_manifest_init(m); /* a half-read manifest must not be used by mistake */
        *err = p.err;
    }
    return rc;
}

int mc_manifest_load(McArena *a, const char *path, McManifest *m, char **err)
{
    char *why = NULL;
    McSource *src = mc_source_load(a, path, &why);
    if (!src) {
        mc_manifest_init(m);
        *err = mc_sprintf(a, "cannot read manifest '%s': %s", path, why ? why : "unknown error");
        return -1;
    }
    return mc_manifest_parse(a, path, src->text, src->len, m, err);
}

int mc_manifest_parse_tokens(McArena *a, const char *list, McManifest *m, char **err)
{
    mc_manifest_init(m);
    for (const char *p = list; *p;) {
        size_t n = strcspn(p, ",");
        char *tok = mc_strndup(a, p, n);
        unsigned bits;
        if (mc_cap_parse(tok, &bits) < 0) {
            *err = mc_sprintf(a, "--capabilities: unknown capability '%s' (use " CAP_LIST ")", tok);
            return -1;
        }
        m->allow |= bits;
        p += n;
        if (*p == ',') p++;
    }
    return 0;
}

const char *mc_manifest_beside(McArena *a, const char *program)
{
    struct stat st;
    const char *dir;
    if (stat(program, &st) == 0 && S_ISDIR(st.st_mode)) {
        dir = program;
    } else {
        const char *slash = strrchr(program, '/');
        dir = slash ? mc_strndup(a, program, (size_t)(slash - program + (slash == program))) : ".";
    }
    const char *path = !strcmp(dir, ".")
                           ? MC_MANIFEST_NAME
                           : mc_sprintf(a, "%s%s" MC_MANIFEST_NAME, dir, dir[strlen(dir) - 1] == '/' ? "" : "/");
    return stat(path, &st) == 0 ? path : NULL;
}
