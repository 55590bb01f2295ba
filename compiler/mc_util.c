/* mc_util.c — the compiler's basic services declared in mc.h: the arena
 * allocator, interned names, growable vectors, and loading source files
 * with their line tables. */
#include "mc.h"
#include "mc_ast.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ---- arena ---------------------------------------------------------------- */

enum { CHUNK_SIZE = 64 * 1024, INTERN_INIT = 256 };

typedef struct Chunk {
    struct Chunk *next;
    size_t used, cap;
    _Alignas(16) unsigned char data[];
} Chunk;

typedef struct InternEntry {
    const char *s;
    size_t n;
    uint32_t hash;
} InternEntry;

struct McArena {
    Chunk *chunks;
    InternEntry *names; /* open addressing, power-of-two capacity */
    size_t nnames, cap_names;
};

/* The compiler may treat running out of memory as fatal (see mc.h). */
static void out_of_memory(void)
{
    fputs("molt: fatal error: out of memory\n", stderr);
    exit(2);
}

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n, size);
    if (!p) out_of_memory();
    return p;
}

McArena *mc_arena_new(void) { return xcalloc(1, sizeof(McArena)); }

void mc_arena_free(McArena *a)
{
    if (!a) return;
    for (Chunk *c = a->chunks, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    free(a->names);
    free(a);
}

void *mc_alloc(McArena *a, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    if (size == 0) size = 16;
    Chunk *c = a->chunks;
    if (!c || c->cap - c->used < size) {
        size_t cap = size > CHUNK_SIZE / 4 ? size : CHUNK_SIZE;
        if (cap > SIZE_MAX - sizeof(Chunk)) out_of_memory();
        Chunk *n = malloc(sizeof(Chunk) + cap);
        if (!n) out_of_memory();
        n->used = 0;
        n->cap = cap;
        if (c && size > CHUNK_SIZE / 4) {
            /* A big block gets its own chunk behind the current one, so the
             * current chunk's free space stays usable. */
            n->next = c->next;
            c->next = n;
        } else {
            n->next = c;
            a->chunks = n;
        }
        c = n;
    }
    void *p = c->data + c->used;
    c->used += size;
    memset(p, 0, size);
    return p;
}

char *mc_strndup(McArena *a, const char *s, size_t n)
{
    if (n == SIZE_MAX) out_of_memory();
    char *p = mc_alloc(a, n + 1);
    if (n) memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *mc_sprintf(McArena *a, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    if ((size_t)n < sizeof small) return mc_strndup(a, small, (size_t)n);
    char *p = mc_alloc(a, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

/* ---- interned names ------------------------------------------------------- */

static uint32_t hash_bytes(const char *s, size_t n)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static void intern_grow(McArena *a)
{
    size_t cap = a->cap_names ? a->cap_names * 2 : INTERN_INIT;
    InternEntry *t = xcalloc(cap, sizeof(InternEntry));
    for (size_t i = 0; i < a->cap_names; i++) {
        InternEntry *e = &a->names[i];
        if (!e->s) continue;
        size_t j = e->hash & (cap - 1);
        while (t[j].s) j = (j + 1) & (cap - 1);
        t[j] = *e;
    }
    free(a->names);
    a->names = t;
    a->cap_names = cap;
}

const char *mc_intern(McArena *a, const char *s, size_t n)
{
    if ((a->nnames + 1) * 2 > a->cap_names) intern_grow(a);
    uint32_t h = hash_bytes(s, n);
    size_t j = h & (a->cap_names - 1);
    for (;;) {
        InternEntry *e = &a->names[j];
        if (!e->s) {
            e->s = mc_strndup(a, s, n);
            e->n = n;
            e->hash = h;
            a->nnames++;
            return e->s;
        }
        if (e->hash == h && e->n == n && memcmp(e->s, s, n) == 0) return e->s;
        j = (j + 1) & (a->cap_names - 1);
    }
}

/* ---- growable arrays ------------------------------------------------------ */

/* Grows an arena array of pointers to hold one more item (old storage is
 * simply abandoned: the arena frees it all at once). */
static void **grow_ptrs(McArena *a, void **items, int n, int *cap)
{
    if (n < *cap) return items;
    if (*cap > INT32_MAX / 4) out_of_memory();
    int ncap = *cap ? *cap * 2 : 4;
    void **p = mc_alloc(a, (size_t)ncap * sizeof(void *));
    if (n) memcpy(p, items, (size_t)n * sizeof(void *));
    *cap = ncap;
    return p;
}

void mc_vec_push(McArena *a, McVec *v, void *item)
{
    v->items = grow_ptrs(a, v->items, v->n, &v->cap);
    v->items[v->n++] = item;
}

void mc_list_push(McArena *a, McNodeList *l, McNode *n)
{
    l->items = (McNode **)grow_ptrs(a, (void **)l->items, l->n, &l->cap);
    l->items[l->n++] = n;
}

/* ---- source files --------------------------------------------------------- */

/* Source offsets are 32-bit (McSpan); stay well below that. */
#define MC_MAX_SOURCE ((size_t)256 * 1024 * 1024)

/* Line starts: a line ends at "\n", "\r\n" or a lone "\r", as in Python. */
static void build_lines(McArena *a, McSource *s)
{
    int n = 1;
    for (size_t i = 0; i < s->len; i++) {
        char c = s->text[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= s->len || s->text[i + 1] != '\n'))) n++;
    }
    s->line_starts = mc_alloc(a, (size_t)n * sizeof(uint32_t));
    s->nlines = n;
    int k = 0;
    s->line_starts[k++] = 0;
    for (size_t i = 0; i < s->len; i++) {
        char c = s->text[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= s->len || s->text[i + 1] != '\n')))
            s->line_starts[k++] = (uint32_t)(i + 1);
    }
}

McSource *mc_source_from_text(McArena *a, const char *path, const char *text, size_t len)
{
    McSource *s = mc_alloc(a, sizeof(McSource));
    s->path = mc_strndup(a, path, strlen(path));
    if (len > MC_MAX_SOURCE) len = MC_MAX_SOURCE; /* callers that care check first (mc_source_load does) */
    s->text = mc_strndup(a, text, len);
    s->len = len;
    build_lines(a, s);
    return s;
}

McSource *mc_source_load(McArena *a, const char *path, char **err)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        *err = mc_strndup(a, strerror(errno), strlen(strerror(errno)));
        return NULL;
    }
    if (S_ISDIR(st.st_mode)) {
        *err = mc_sprintf(a, "Is a directory");
        return NULL;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        *err = mc_strndup(a, strerror(errno), strlen(strerror(errno)));
        return NULL;
    }
    /* Read in pieces: the size from stat may be wrong (pipes, /proc). */
    size_t cap = S_ISREG(st.st_mode) && st.st_size > 0 ? (size_t)st.st_size + 1 : 4096;
    if (cap > MC_MAX_SOURCE + 1) cap = MC_MAX_SOURCE + 1;
    char *buf = malloc(cap);
    size_t len = 0;
    if (!buf) out_of_memory();
    for (;;) {
        if (len == cap) {
            if (cap > MC_MAX_SOURCE) break;
            cap = cap * 2 > MC_MAX_SOURCE + 1 ? MC_MAX_SOURCE + 1 : cap * 2;
            char *nb = realloc(buf, cap);
            if (!nb) out_of_memory();
            buf = nb;
        }
        size_t got = fread(buf + len, 1, cap - len, f);
        len += got;
        if (got == 0) break;
    }
    int failed = ferror(f);
    int saved = errno;
    fclose(f);
    if (failed) {
        free(buf);
        *err = mc_strndup(a, strerror(saved), strlen(strerror(saved)));
        return NULL;
    }
    if (len > MC_MAX_SOURCE) {
        free(buf);
        *err = mc_sprintf(a, "file is too large (the limit is %zu MiB)", MC_MAX_SOURCE >> 20);
        return NULL;
    }
    McSource *s = mc_source_from_text(a, path, buf, len);
    free(buf);
    return s;
}

const char *mc_source_line(const McSource *s, uint32_t line, size_t *len)
{
    if (line < 1 || line > (uint32_t)s->nlines) {
        *len = 0;
        return "";
    }
    size_t start = s->line_starts[line - 1];
    size_t end = line < (uint32_t)s->nlines ? s->line_starts[line] : s->len;
    /* Drop the line terminator. */
    if (end > start && s->text[end - 1] == '\n') end--;
    if (end > start && s->text[end - 1] == '\r') end--;
    *len = end - start;
    return s->text + start;
}
