/* md_settings.c — which diagnostics to show, and at what severity: the
 * select/ignore/severity settings of a manifest's "diagnostics" object
 * combined with `molt check --select/--ignore`. Pure policy: parsing the
 * manifest is mc_manifest.c's job. */
#include "md.h"

#include <string.h>

/* Length of the longest prefix in `prefixes` that starts `code`, or -1. */
static int longest_match(const McVec *prefixes, const char *code)
{
    int best = -1;
    for (int i = 0; i < prefixes->n; i++) {
        const char *p = prefixes->items[i];
        int n = (int)strlen(p);
        if (n > best && !strncmp(code, p, (size_t)n)) best = n;
    }
    return best;
}

const char *md_severity_allowed(McArena *a, const char *prefix, MdSeverity sev)
{
    size_t n = strlen(prefix);
    for (int i = 0; i < MD_NCODES; i++) {
        const MdCode *c = &md_codes[i];
        if (strncmp(c->code, prefix, n) || c->severity != MD_ERROR || sev == MD_ERROR) continue;
        return mc_sprintf(a,
                          "%s is an error that stops `molt build`; its severity cannot be lowered (use \"ignore\" "
                          "to hide it)",
                          c->code);
    }
    return NULL;
}

static void append_all(McArena *a, McVec *to, const McVec *from)
{
    for (int i = 0; i < from->n; i++) mc_vec_push(a, to, from->items[i]);
}

void md_settings_combine(McArena *a, const MdSettings *manifest, const MdSettings *cli, MdSettings *out)
{
    memset(out, 0, sizeof *out);
    const MdSettings *sel = cli && cli->has_select ? cli : manifest && manifest->has_select ? manifest : NULL;
    if (sel) {
        out->has_select = 1;
        append_all(a, &out->select, &sel->select);
    }
    if (manifest) append_all(a, &out->ignore, &manifest->ignore);
    if (cli) append_all(a, &out->ignore, &cli->ignore);
    if (manifest) append_all(a, &out->severity, &manifest->severity);
}

/* The severity the most specific rule gives `code`, or its default. */
static MdSeverity severity_for(const MdSettings *s, MdCodeId id)
{
    const char *code = md_codes[id].code;
    MdSeverity sev = md_codes[id].severity;
    int best = -1;
    for (int i = 0; i < s->severity.n; i++) {
        const MdSeverityRule *r = s->severity.items[i];
        int n = (int)strlen(r->prefix);
        if (n > best && !strncmp(code, r->prefix, (size_t)n)) {
            best = n;
            sev = r->severity;
        }
    }
    return sev;
}

int md_settings_apply(const MdSettings *s, MdDiag *d)
{
    const char *code = md_codes[d->id].code;
    /* Without a select list every code is selected, by the empty prefix. */
    int sel = s->has_select ? longest_match(&s->select, code) : 0;
    int ign = longest_match(&s->ignore, code);
    if (sel < 0 || ign >= sel) return 0;
    /* Guard costs are opt-in: only a select that names them shows them. */
    if (md_codes[d->id].category == MD_CAT_GUARD && sel == 0) return 0;
    d->severity = severity_for(s, d->id);
    return 1;
}

typedef struct ApplyCtx {
    const McSource *src;
    const MdSettings *settings;
} ApplyCtx;

static int keep_selected(void *ctx, MdDiag *d)
{
    const ApplyCtx *c = ctx;
    return d->src != c->src || md_settings_apply(c->settings, d);
}

void md_apply(MdList *l, const McSource *src, const MdSettings *s)
{
    md_suppress(l, src);
    if (s) {
        ApplyCtx ctx = {src, s};
        md_filter(l, keep_selected, &ctx);
    }
}

int md_settings_selects_category(const MdSettings *s, MdCategory cat)
{
    for (int i = 0; i < MD_NCODES; i++) {
        if (md_codes[i].category != cat) continue;
        MdDiag d = {.id = (MdCodeId)i};
        if (s->has_select && longest_match(&s->select, md_codes[i].code) > 0 && md_settings_apply(s, &d)) return 1;
    }
    return 0;
}
