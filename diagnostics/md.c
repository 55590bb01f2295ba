/* md.c — the diagnostic code registry (built from md_codes.def) and the
 * diagnostic list every analysis appends to. */
#include "md.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const MdCode md_codes[MD_NCODES] = {
#define MD_CODE(id, code, name, cat, sev, summary) [MD_##id] = {code, name, cat, sev, summary},
#include "md_codes.def"
#undef MD_CODE
};

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
