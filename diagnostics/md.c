/* md.c — the diagnostic code registry (built from md_codes.def and
 * md_categories.def) and the diagnostic list every analysis appends to. */
#include "md.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const MdCategoryInfo md_categories[MD_NCATEGORIES] = {
#define MD_CATEGORY(id, name, letter, sev, what) [MD_CAT_##id] = {name, letter, sev, what},
#include "md_categories.def"
#undef MD_CATEGORY
};

const MdCode md_codes[MD_NCODES] = {
#define MD_CODE(id, code, name, cat, sev, summary, message) [MD_##id] = {code, name, cat, sev, summary, message},
#include "md_codes.def"
#undef MD_CODE
};

int md_code_lookup(const char *code)
{
    for (int i = 0; i < MD_NCODES; i++)
        if (!strcmp(md_codes[i].code, code)) return i;
    return -1;
}

int md_prefix_known(const char *prefix)
{
    size_t n = strlen(prefix);
    if (n == 0) return 0; /* "" would select everything by accident */
    for (int i = 0; i < MD_NCODES; i++)
        if (!strncmp(md_codes[i].code, prefix, n)) return 1;
    return 0;
}

static const char *const severity_names[] = {"error", "warning", "info", "hint"};

const char *md_severity_name(MdSeverity s) { return (unsigned)s <= MD_HINT ? severity_names[s] : "error"; }

int md_severity_parse(const char *name, MdSeverity *out)
{
    for (int s = MD_ERROR; s <= MD_HINT; s++)
        if (!strcmp(name, severity_names[s])) {
            *out = (MdSeverity)s;
            return 0;
        }
    if (!strcmp(name, "information")) {
        *out = MD_INFO;
        return 0;
    }
    return -1;
}

void md_list_init(MdList *l, McArena *a)
{
    memset(l, 0, sizeof *l);
    l->arena = a;
}

static char *vformat(McArena *a, const char *fmt, va_list ap)
{
    char small[256];
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap2);
    va_end(ap2);
    if (n < 0) n = 0;
    if ((size_t)n < sizeof small) return mc_strndup(a, small, (size_t)n);
    char *p = mc_alloc(a, (size_t)n + 1);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    return p;
}

void md_add(MdList *l, MdCodeId id, const McSource *src, McSpan span, const char *hint, const char *fmt, ...)
{
    if (l->n == l->cap) {
        int cap = l->cap ? l->cap * 2 : 16;
        MdDiag *items = mc_alloc(l->arena, (size_t)cap * sizeof(MdDiag));
        if (l->n) memcpy(items, l->items, (size_t)l->n * sizeof(MdDiag));
        l->items = items;
        l->cap = cap;
    }
    MdDiag *d = &l->items[l->n++];
    d->id = id;
    d->severity = md_codes[id].severity;
    d->src = src;
    d->span = span;
    va_list ap;
    va_start(ap, fmt);
    d->message = vformat(l->arena, fmt, ap);
    va_end(ap);
    d->hint = hint ? mc_strndup(l->arena, hint, strlen(hint)) : NULL;
}

/* The template with its {placeholders} replaced in order; a placeholder
 * with no argument left stays as written, so a mistake shows in the text. */
char *md_format_template(McArena *a, MdCodeId id, const char *const *args, int nargs)
{
    const char *t = md_codes[id].message;
    size_t cap = strlen(t) + 1;
    for (int i = 0; i < nargs; i++) cap += strlen(args[i]);
    char *out = mc_alloc(a, cap), *o = out;
    int k = 0;
    for (const char *p = t; *p;) {
        const char *close = *p == '{' ? strchr(p, '}') : NULL;
        if (close && k < nargs) {
            size_t n = strlen(args[k]);
            memcpy(o, args[k++], n);
            o += n;
            p = close + 1;
        } else {
            *o++ = *p++;
        }
    }
    *o = 0;
    return out;
}

void md_add_template(MdList *l, MdCodeId id, const McSource *src, McSpan span, const char *hint,
                     const char *const *args, int nargs)
{
    md_add(l, id, src, span, hint, "%s", md_format_template(l->arena, id, args, nargs));
}

void md_filter(MdList *l, int (*keep)(void *ctx, MdDiag *d), void *ctx)
{
    int n = 0;
    for (int i = 0; i < l->n; i++)
        if (keep(ctx, &l->items[i])) l->items[n++] = l->items[i];
    l->n = n;
}

int md_count_errors(const MdList *l)
{
    int n = 0;
    for (int i = 0; i < l->n; i++) n += l->items[i].severity == MD_ERROR;
    return n;
}

/* qsort is not stable: the original index breaks remaining ties. */
typedef struct {
    const MdDiag *d;
    int index;
} SortItem;

static int cmp_diag(const void *pa, const void *pb)
{
    const SortItem *x = pa, *y = pb;
    const MdDiag *a = x->d, *b = y->d;
    const char *pa_path = a->src ? a->src->path : "", *pb_path = b->src ? b->src->path : "";
    int c = strcmp(pa_path, pb_path);
    if (c) return c;
    if (a->span.line != b->span.line) return a->span.line < b->span.line ? -1 : 1;
    if (a->span.col != b->span.col) return a->span.col < b->span.col ? -1 : 1;
    c = strcmp(md_codes[a->id].code, md_codes[b->id].code);
    if (c) return c;
    return x->index < y->index ? -1 : x->index > y->index;
}

void md_sort(MdList *l)
{
    if (l->n < 2) return;
    SortItem *tmp = malloc((size_t)l->n * sizeof(SortItem));
    MdDiag *copy = malloc((size_t)l->n * sizeof(MdDiag));
    if (!tmp || !copy) {
        free(tmp);
        free(copy);
        return; /* leave the order as it is rather than fail */
    }
    memcpy(copy, l->items, (size_t)l->n * sizeof(MdDiag));
    for (int i = 0; i < l->n; i++) tmp[i] = (SortItem){&copy[i], i};
    qsort(tmp, (size_t)l->n, sizeof(SortItem), cmp_diag);
    for (int i = 0; i < l->n; i++) l->items[i] = *tmp[i].d;
    free(tmp);
    free(copy);
}
