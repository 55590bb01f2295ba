/* md_suppress.c — `# molt: ignore` comments. A trailing
 *   # molt: ignore[U201]          # or ignore[U201, W501], or bare: ignore
 * suppresses the diagnostics that start on its line. The comments are found
 * by a scan of the text that skips string literals, so a "# molt: ignore"
 * inside a string is not a directive, and no parse tree is needed: `molt
 * check` and the language server call md_suppress after any analysis. */
#include "md.h"

#include <string.h>

/* One directive: the line it is on and what it ignores. */
typedef struct Directive {
    uint32_t line;
    int all;     /* bare `# molt: ignore` */
    McVec codes; /* MdCodeId + 1, cast to a pointer */
} Directive;

typedef struct Scan {
    MdList *l;
    const McSource *src;
    const char *text;
    size_t len;
    uint32_t line, line_start; /* of the current position */
    McVec directives;          /* Directive* */
} Scan;

static McSpan span_at(const Scan *s, size_t start, size_t end)
{
    McSpan sp = {(uint32_t)start, (uint32_t)end,
                 s->line,         (uint32_t)(start - s->line_start),
                 s->line,         (uint32_t)(end - s->line_start)};
    return sp;
}

static void warn_malformed(Scan *s, size_t start, size_t end, const char *problem, const char *hint)
{
    const char *args[] = {problem};
    md_add_template(s->l, MD_BAD_DIRECTIVE, s->src, span_at(s, start, end), hint, args, 1);
}

static int is_blank(char c) { return c == ' ' || c == '\t'; }

/* Why `code` (not in the registry) is wrong, as a hint. */
static const char *unknown_code_hint(McArena *a, const char *code)
{
    char upper[16];
    size_t n = strlen(code);
    if (n < sizeof upper) {
        for (size_t i = 0; i <= n; i++) upper[i] = (char)(code[i] >= 'a' && code[i] <= 'z' ? code[i] - 32 : code[i]);
        if (strcmp(upper, code) && md_code_lookup(upper) >= 0)
            return mc_sprintf(a, "codes are upper case: write '%s'", upper);
    }
    if (md_prefix_known(code)) return "name whole codes such as U201 here; prefixes are for --select and --ignore";
    return "see docs/diagnostics.md for every code molt reports";
}

/* The codes of `ignore[...]`: p points after '['. Returns the position
 * after ']', or NULL (and a W502) when the list is not closed or empty. */
static const char *parse_code_list(Scan *s, Directive *d, const char *p, const char *end)
{
    const char *open = p - 1;
    const char *close = memchr(p, ']', (size_t)(end - p));
    if (!close) {
        warn_malformed(s, (size_t)(open - s->text), (size_t)(end - s->text), "'[' is not closed",
                       "write '# molt: ignore[CODE, ...]'");
        return NULL;
    }
    int items = 0;
    while (p < close) {
        while (p < close && (is_blank(*p) || *p == ',')) p++;
        const char *q = p;
        while (q < close && !is_blank(*q) && *q != ',') q++;
        if (q == p) break;
        items++;
        char *code = mc_strndup(s->l->arena, p, (size_t)(q - p));
        int id = md_code_lookup(code);
        if (id >= 0) {
            mc_vec_push(s->l->arena, &d->codes, (void *)(intptr_t)(id + 1));
        } else {
            const char *args[] = {code};
            md_add_template(s->l, MD_IGNORE_UNKNOWN_CODE, s->src,
                            span_at(s, (size_t)(p - s->text), (size_t)(q - s->text)),
                            unknown_code_hint(s->l->arena, code), args, 1);
        }
        p = q;
    }
    if (!items) {
        warn_malformed(s, (size_t)(open - s->text), (size_t)(close + 1 - s->text), "no codes between '[' and ']'",
                       "name the codes to ignore, or write '# molt: ignore' to ignore every code on the line");
        return NULL;
    }
    return close + 1;
}

/* One `molt:` directive; p points after "molt:". */
static void parse_directive(Scan *s, const char *p, const char *end)
{
    while (p < end && is_blank(*p)) p++;
    const char *word = p;
    if ((size_t)(end - p) < 6 || strncmp(p, "ignore", 6) ||
        (p + 6 < end && !is_blank(p[6]) && p[6] != '[' && p[6] != '#')) {
        const char *q = p;
        while (q < end && !is_blank(*q)) q++;
        warn_malformed(s, (size_t)(word - s->text), (size_t)((q > word ? q : end) - s->text),
                       "expected 'ignore' after '# molt:'",
                       "write '# molt: ignore[CODE, ...]', or '# molt: ignore' for every code on the line");
        return;
    }
    Directive *d = mc_alloc(s->l->arena, sizeof *d);
    d->line = s->line;
    p += 6;
    if (p < end && *p == '[') {
        if (!parse_code_list(s, d, p + 1, end)) return;
    } else {
        d->all = 1;
    }
    mc_vec_push(s->l->arena, &s->directives, d);
}

/* A comment from '#' to the end of its line: a '#' that starts it or follows
 * a blank may start a directive, so `# type: ignore  # molt: ignore[U201]`
 * works while prose that quotes '# molt: ignore' is left alone. */
static void scan_comment(Scan *s, const char *start, const char *end)
{
    for (const char *p = start; p < end; p++) {
        if (*p != '#' || (p > start && !is_blank(p[-1]))) continue;
        const char *q = p + 1;
        while (q < end && is_blank(*q)) q++;
        if ((size_t)(end - q) >= 5 && !strncmp(q, "molt:", 5)) {
            parse_directive(s, q + 5, end);
            return; /* one directive per line */
        }
    }
}

static void newline(Scan *s, size_t at)
{
    s->line++;
    s->line_start = (uint32_t)(at + 1);
}

/* Skips a string literal opened at text[i] (a quote); returns the index
 * after it. Prefixes (r, b, f) need no care: a backslash keeps the quote it
 * precedes from ending the literal even in raw strings. */
static size_t skip_string(Scan *s, size_t i)
{
    const char *t = s->text;
    char q = t[i];
    int triple = i + 2 < s->len && t[i + 1] == q && t[i + 2] == q;
    i += triple ? 3 : 1;
    while (i < s->len) {
        char c = t[i];
        if (c == '\\' && i + 1 < s->len) {
            if (t[i + 1] == '\n') newline(s, i + 1);
            i += 2;
            continue;
        }
        if (c == '\n') {
            if (!triple) return i; /* unterminated: the line ends it */
            newline(s, i);
        } else if (c == q && (!triple || (i + 2 < s->len && t[i + 1] == q && t[i + 2] == q))) {
            return i + (triple ? 3 : 1);
        }
        i++;
    }
    return i;
}

static void scan(Scan *s)
{
    const char *t = s->text;
    size_t i = 0;
    while (i < s->len) {
        char c = t[i];
        if (c == '\n') {
            newline(s, i);
            i++;
        } else if (c == '\'' || c == '"') {
            i = skip_string(s, i);
        } else if (c == '#') {
            size_t e = i;
            while (e < s->len && t[e] != '\n' && t[e] != '\r') e++;
            scan_comment(s, t + i, t + e);
            i = e;
        } else {
            i++;
        }
    }
}

static int directive_covers(const Directive *d, const MdDiag *diag)
{
    if (d->all) return 1;
    for (int i = 0; i < d->codes.n; i++)
        if ((intptr_t)d->codes.items[i] == (intptr_t)diag->id + 1) return 1;
    return 0;
}

static int keep_unsuppressed(void *ctx, MdDiag *d)
{
    const Scan *s = ctx;
    if (d->src != s->src) return 1;
    for (int i = 0; i < s->directives.n; i++) {
        const Directive *dir = s->directives.items[i];
        if (dir->line == d->span.line && directive_covers(dir, d)) return 0;
    }
    return 1;
}

void md_suppress(MdList *l, const McSource *src)
{
    if (!src || !src->text || !strstr(src->text, "molt:")) return; /* the common case, at the cost of a strstr */
    Scan s = {.l = l, .src = src, .text = src->text, .len = src->len, .line = 1};
    scan(&s);
    if (s.directives.n) md_filter(l, keep_unsuppressed, &s);
}
