/* md_report.c — machine-readable reports of a sorted diagnostic list:
 * JSON (molt's own array of objects), GitHub Actions workflow commands, and
 * SARIF 2.1.0 for GitHub code scanning. All JSON is built with cJSON.
 * Columns are 1-based and count characters, as in the text output; SARIF
 * says so with columnKind "unicodeCodePoints". */
#include "md.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#ifndef MOLT_VERSION
#define MOLT_VERSION "0.0.0"
#endif
#ifndef MOLT_HOMEPAGE
#define MOLT_HOMEPAGE "https://github.com/molt-lang/molt"
#endif

static const char *category_name(MdCodeId id) { return md_categories[md_codes[id].category].name; }

static uint32_t start_col(const MdDiag *d) { return md_char_col(d->src, d->span.line, d->span.col); }

static uint32_t end_col(const MdDiag *d) { return md_char_col(d->src, d->span.end_line, d->span.end_col); }

/* Prints and frees a cJSON tree (cJSON_Print fails only for lack of memory). */
static void print_json_tree(FILE *out, cJSON *root)
{
    char *s = cJSON_Print(root);
    if (s) {
        fputs(s, out);
        fputc('\n', out);
        free(s);
    }
    cJSON_Delete(root);
}

/* ---- JSON ------------------------------------------------------------------ */

void md_report_json(FILE *out, const MdList *l)
{
    cJSON *arr = cJSON_CreateArray();
    for (int i = 0; i < l->n; i++) {
        const MdDiag *d = &l->items[i];
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "path", d->src->path);
        cJSON_AddNumberToObject(o, "line", d->span.line);
        cJSON_AddNumberToObject(o, "column", start_col(d));
        cJSON_AddNumberToObject(o, "end_line", d->span.end_line);
        cJSON_AddNumberToObject(o, "end_column", end_col(d));
        cJSON_AddStringToObject(o, "code", md_codes[d->id].code);
        cJSON_AddStringToObject(o, "name", md_codes[d->id].name);
        cJSON_AddStringToObject(o, "category", category_name(d->id));
        cJSON_AddStringToObject(o, "severity", md_severity_name(d->severity));
        cJSON_AddStringToObject(o, "message", d->message);
        if (d->hint) cJSON_AddStringToObject(o, "hint", d->hint);
        cJSON_AddItemToArray(arr, o);
    }
    print_json_tree(out, arr);
}

/* ---- paths ----------------------------------------------------------------- */

/* path relative to base_dir when the file lies beneath it (both resolved),
 * else NULL. Allocated in a. */
static const char *relative_to(McArena *a, const char *path, const char *base_dir)
{
    if (!base_dir) return NULL;
    char *real = realpath(path, NULL), *base = realpath(base_dir, NULL);
    const char *rel = NULL;
    if (real && base) {
        size_t n = strlen(base);
        if (n == 1) n = 0; /* base "/" */
        if (!strncmp(real, base, n) && real[n] == '/') rel = mc_strndup(a, real + n + 1, strlen(real + n + 1));
    }
    free(real);
    free(base);
    return rel;
}

/* RFC 3986: everything but unreserved characters and '/' is %-encoded. */
static char *uri_encode(McArena *a, const char *prefix, const char *path)
{
    size_t pn = strlen(prefix), n = strlen(path);
    char *out = mc_alloc(a, pn + 3 * n + 1), *o = out;
    memcpy(o, prefix, pn);
    o += pn;
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || strchr("-._~/", *p)) {
            *o++ = (char)*p;
        } else {
            static const char hex[] = "0123456789ABCDEF";
            *o++ = '%';
            *o++ = hex[*p >> 4];
            *o++ = hex[*p & 15];
        }
    }
    *o = 0;
    return out;
}

/* ---- GitHub workflow commands ----------------------------------------------
 * `::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=CODE::message`.
 * Escaping as GitHub's runner reads it: in the message % CR LF become %25
 * %0D %0A; in property values ':' and ',' also become %3A and %2C. */

static void put_escaped(FILE *out, const char *s, int property)
{
    for (; *s; s++) {
        switch (*s) {
        case '%':
            fputs("%25", out);
            break;
        case '\r':
            fputs("%0D", out);
            break;
        case '\n':
            fputs("%0A", out);
            break;
        case ':':
            fputs(property ? "%3A" : ":", out);
            break;
        case ',':
            fputs(property ? "%2C" : ",", out);
            break;
        default:
            fputc(*s, out);
        }
    }
}

static const char *github_command(MdSeverity s)
{
    return s == MD_ERROR ? "error" : s == MD_WARNING ? "warning" : "notice";
}

void md_report_github(FILE *out, const MdList *l, const char *base_dir)
{
    McArena *a = mc_arena_new();
    for (int i = 0; i < l->n; i++) {
        const MdDiag *d = &l->items[i];
        const char *rel = relative_to(a, d->src->path, base_dir);
        fprintf(out, "::%s file=", github_command(d->severity));
        put_escaped(out, rel ? rel : d->src->path, 1);
        fprintf(out, ",line=%u,col=%u,endLine=%u,endColumn=%u,title=", d->span.line, start_col(d), d->span.end_line,
                end_col(d));
        put_escaped(out, md_codes[d->id].code, 1);
        fputs("::", out);
        put_escaped(out, d->message, 0);
        if (d->hint) {
            put_escaped(out, "\nhint: ", 0);
            put_escaped(out, d->hint, 0);
        }
        fputc('\n', out);
    }
    mc_arena_free(a);
}

/* ---- SARIF 2.1.0 ----------------------------------------------------------- */

static const char *sarif_level(MdSeverity s) { return s == MD_ERROR ? "error" : s == MD_WARNING ? "warning" : "note"; }

static cJSON *text_object(const char *text)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "text", text);
    return o;
}

const char *md_help_uri(McArena *a, MdCodeId id)
{
    /* GitHub's anchor for "## U201 dynamic-code" is "u201-dynamic-code". */
    char anchor[64];
    snprintf(anchor, sizeof anchor, "%s-%s", md_codes[id].code, md_codes[id].name);
    for (char *p = anchor; *p; p++)
        if (*p >= 'A' && *p <= 'Z') *p = (char)(*p + 32);
    return mc_sprintf(a, "%s/blob/main/docs/diagnostics.md#%s", MOLT_HOMEPAGE, anchor);
}

/* Markdown paragraphs as plain text: a single newline (line wrapping)
 * becomes a space, paragraph breaks stay. */
static char *unwrap(McArena *a, const char *s, size_t n)
{
    char *out = mc_alloc(a, n + 1);
    for (size_t i = 0; i < n; i++) {
        int lone = s[i] == '\n' && (i == 0 || s[i - 1] != '\n') && (i + 1 == n || s[i + 1] != '\n');
        out[i] = lone ? ' ' : s[i];
    }
    out[n] = 0;
    return out;
}

/* A rule's descriptions come from its docs section when there is one; the
 * registry's summary otherwise. */
static void add_rule_docs(McArena *a, cJSON *r, MdCodeId id, const char *uri)
{
    const MdCode *c = &md_codes[id];
    MdCodeDoc doc;
    if (md_code_doc(id, &doc) < 0) {
        cJSON_AddItemToObject(r, "fullDescription", text_object(c->summary));
        cJSON *help = cJSON_AddObjectToObject(r, "help");
        cJSON_AddStringToObject(help, "text", mc_sprintf(a, "%s. See %s", c->summary, uri));
        return;
    }
    const char *meaning = unwrap(a, doc.meaning, doc.meaning_len);
    cJSON_AddItemToObject(r, "fullDescription", text_object(meaning));
    cJSON *help = cJSON_AddObjectToObject(r, "help");
    cJSON_AddStringToObject(help, "text",
                            mc_sprintf(a, "%s\n\nExample:\n%.*s\n\nFix: %s\n\nMessage: %s\n\n%s", meaning,
                                       (int)doc.example_len, doc.example, unwrap(a, doc.fix, doc.fix_len), c->message,
                                       uri));
    cJSON_AddStringToObject(
        help, "markdown",
        mc_sprintf(a, "%.*s\n\n[%s %s](%s)", (int)doc.section_len, doc.section, c->code, c->name, uri));
}

static cJSON *sarif_rule(McArena *a, MdCodeId id)
{
    const MdCode *c = &md_codes[id];
    const char *uri = md_help_uri(a, id);
    cJSON *r = cJSON_CreateObject();
    cJSON_AddStringToObject(r, "id", c->code);
    cJSON_AddStringToObject(r, "name", c->name);
    cJSON_AddItemToObject(r, "shortDescription", text_object(c->summary));
    add_rule_docs(a, r, id, uri);
    cJSON_AddStringToObject(r, "helpUri", uri);
    cJSON *conf = cJSON_AddObjectToObject(r, "defaultConfiguration");
    cJSON_AddStringToObject(conf, "level", sarif_level(c->severity));
    cJSON *props = cJSON_AddObjectToObject(r, "properties");
    cJSON *tags = cJSON_AddArrayToObject(props, "tags");
    cJSON_AddItemToArray(tags, cJSON_CreateString("molt"));
    cJSON_AddItemToArray(tags, cJSON_CreateString(category_name(id)));
    return r;
}

static cJSON *sarif_location(McArena *a, const MdDiag *d, const char *base_dir)
{
    cJSON *loc = cJSON_CreateObject();
    cJSON *phys = cJSON_AddObjectToObject(loc, "physicalLocation");
    cJSON *art = cJSON_AddObjectToObject(phys, "artifactLocation");
    const char *rel = relative_to(a, d->src->path, base_dir);
    if (rel) {
        cJSON_AddStringToObject(art, "uri", uri_encode(a, "", rel));
        cJSON_AddStringToObject(art, "uriBaseId", "%SRCROOT%");
    } else {
        char *real = realpath(d->src->path, NULL);
        cJSON_AddStringToObject(art, "uri", uri_encode(a, "file://", real ? real : d->src->path));
        free(real);
    }
    cJSON *region = cJSON_AddObjectToObject(phys, "region");
    cJSON_AddNumberToObject(region, "startLine", d->span.line);
    cJSON_AddNumberToObject(region, "startColumn", start_col(d));
    cJSON_AddNumberToObject(region, "endLine", d->span.end_line);
    cJSON_AddNumberToObject(region, "endColumn", end_col(d));
    return loc;
}

static cJSON *sarif_result(McArena *a, const MdDiag *d, const char *base_dir)
{
    cJSON *r = cJSON_CreateObject();
    cJSON_AddStringToObject(r, "ruleId", md_codes[d->id].code);
    cJSON_AddNumberToObject(r, "ruleIndex", d->id);
    cJSON_AddStringToObject(r, "level", sarif_level(d->severity));
    const char *text = d->hint ? mc_sprintf(a, "%s\nhint: %s", d->message, d->hint) : d->message;
    cJSON_AddItemToObject(r, "message", text_object(text));
    cJSON *locs = cJSON_AddArrayToObject(r, "locations");
    cJSON_AddItemToArray(locs, sarif_location(a, d, base_dir));
    return r;
}

void md_report_sarif(FILE *out, const MdList *l, const char *base_dir)
{
    McArena *a = mc_arena_new();
    cJSON *root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    cJSON_AddStringToObject(root, "version", "2.1.0");
    cJSON *run = cJSON_CreateObject();
    cJSON_AddItemToArray(cJSON_AddArrayToObject(root, "runs"), run);
    cJSON *driver = cJSON_AddObjectToObject(cJSON_AddObjectToObject(run, "tool"), "driver");
    cJSON_AddStringToObject(driver, "name", "molt");
    cJSON_AddStringToObject(driver, "informationUri", MOLT_HOMEPAGE);
    cJSON_AddStringToObject(driver, "version", MOLT_VERSION);
    cJSON_AddStringToObject(driver, "semanticVersion", MOLT_VERSION);
    /* Every rule, in registry order, so ruleIndex is the code's id. */
    cJSON *rules = cJSON_AddArrayToObject(driver, "rules");
    for (int i = 0; i < MD_NCODES; i++) cJSON_AddItemToArray(rules, sarif_rule(a, (MdCodeId)i));
    cJSON_AddStringToObject(run, "columnKind", "unicodeCodePoints");
    cJSON *results = cJSON_AddArrayToObject(run, "results");
    for (int i = 0; i < l->n; i++) cJSON_AddItemToArray(results, sarif_result(a, &l->items[i], base_dir));
    print_json_tree(out, root);
    mc_arena_free(a);
}
