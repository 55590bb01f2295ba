/* md_render.c — human-readable diagnostics in the rustc/ruff style:
 *   path:line:col: CODE message
 *   3 | the source line
 *     |     ^^^^
 *     = hint: what to do
 * Columns are 1-based and counted in characters. */
#include "md.h"

#include <string.h>

#define C_RESET "\x1b[0m"
#define C_BOLD  "\x1b[1m"
#define C_BLUE  "\x1b[1;34m"
#define C_CYAN  "\x1b[1;36m"

static const char *severity_color(MdSeverity s)
{
    switch (s) {
    case MD_ERROR:
        return "\x1b[1;31m";
    case MD_WARNING:
        return "\x1b[1;33m";
    case MD_INFO:
        return "\x1b[1;34m";
    default:
        return "\x1b[1;36m";
    }
}

/* Characters (code points) in s[0..n); a stray byte counts as one. */
static size_t count_chars(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) k++;
    return k;
}

static int digits(uint32_t n)
{
    int d = 1;
    while (n >= 10) {
        n /= 10;
        d++;
    }
    return d;
}

static void render_snippet(FILE *out, const MdDiag *d, int color, int width)
{
    size_t len;
    const char *line = mc_source_line(d->src, d->span.line, &len);
    size_t col = d->span.col > len ? len : d->span.col;
    /* The caret runs to the span's end, clamped to its first line. */
    size_t end = d->span.end_line == d->span.line ? d->span.end_col : len;
    if (end > len) end = len;
    if (end < col) end = col;
    const char *gutter = color ? C_BLUE : "", *reset = color ? C_RESET : "";

    fprintf(out, "%s%*u |%s ", gutter, width, d->span.line, reset);
    fwrite(line, 1, len, out);
    fputc('\n', out);
    fprintf(out, "%s%*s |%s ", gutter, width, "", reset);
    for (size_t i = 0; i < col; i++) {
        unsigned char c = (unsigned char)line[i];
        if (c == '\t')
            fputc('\t', out); /* keeps the caret under the text whatever the tab width */
        else if ((c & 0xC0) != 0x80)
            fputc(' ', out);
    }
    size_t n = count_chars(line + col, end - col);
    if (n == 0) n = 1;
    if (color) fputs(severity_color(d->severity), out);
    for (size_t i = 0; i < n; i++) fputc('^', out);
    fprintf(out, "%s\n", reset);
}

uint32_t md_char_col(const McSource *src, uint32_t line, uint32_t col)
{
    size_t len;
    const char *text = mc_source_line(src, line, &len);
    return (uint32_t)count_chars(text, col > len ? len : col) + 1;
}

static void render_one(FILE *out, const MdDiag *d, int color)
{
    const char *path = d->src ? d->src->path : "<unknown>";
    uint32_t line = d->src ? d->span.line : 0;
    size_t col = d->src ? md_char_col(d->src, d->span.line, d->span.col) : 0;
    const MdCode *code = &md_codes[d->id];
    if (color)
        fprintf(out, C_BOLD "%s:%u:%zu:" C_RESET " %s%s" C_RESET " " C_BOLD "%s" C_RESET "\n", path, line, col,
                severity_color(d->severity), code->code, d->message);
    else
        fprintf(out, "%s:%u:%zu: %s %s\n", path, line, col, code->code, d->message);
    int width = digits(line);
    if (d->src) render_snippet(out, d, color, width);
    if (d->hint) {
        if (color)
            fprintf(out, "%*s " C_CYAN "= hint:" C_RESET " %s\n", width, "", d->hint);
        else
            fprintf(out, "%*s = hint: %s\n", width, "", d->hint);
    }
    fputc('\n', out);
}

void md_render_text(FILE *out, const MdList *l, int color)
{
    for (int i = 0; i < l->n; i++) render_one(out, &l->items[i], color);
}

static const char *plural(int n, const char *word, const char *words) { return n == 1 ? word : words; }

/* "2 errors", "1 warning", ... joined as "a, b and c". */
static void summary_counts(FILE *out, const int *counts, int from)
{
    static const char *const one[] = {"error", "warning", "info", "hint"};
    static const char *const many[] = {"errors", "warnings", "infos", "hints"};
    int parts = 0, left = 0;
    for (int s = from; s <= MD_HINT; s++) left += counts[s] > 0;
    for (int s = from; s <= MD_HINT; s++) {
        if (!counts[s]) continue;
        fprintf(out, "%s%d %s",
                parts == 0  ? ""
                : left == 1 ? " and "
                            : ", ",
                counts[s], plural(counts[s], one[s], many[s]));
        parts++;
        left--;
    }
}

void md_render_summary(FILE *out, const MdList *l)
{
    int counts[MD_HINT + 1] = {0}, files = 0;
    const McSource *last = NULL;
    for (int i = 0; i < l->n; i++) {
        const MdDiag *d = &l->items[i];
        counts[d->severity]++;
        if (d->src != last) files++;
        last = d->src;
    }
    if (!l->n) {
        fputs("All checks passed.\n", out);
        return;
    }
    fputs(counts[MD_ERROR] ? "Found " : "No errors; ", out);
    summary_counts(out, counts, counts[MD_ERROR] ? MD_ERROR : MD_WARNING);
    fprintf(out, " in %d %s.\n", files, plural(files, "file", "files"));
}
