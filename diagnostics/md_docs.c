/* md_docs.c — each code's documentation, cut from docs/diagnostics.md, which
 * the build embeds in molt (md_docs_text, see cmake/EmbedText.cmake). The
 * page is the one source: check/codes keeps it in step with the registry,
 * and SARIF rules (and hovers) quote it rather than a second copy. */
#include "md.h"

#include <string.h>

extern const char md_docs_text[];
extern const size_t md_docs_text_len;

/* First occurrence of needle in [from, end), or NULL. */
static const char *find(const char *from, const char *end, const char *needle)
{
    size_t n = strlen(needle);
    for (const char *p = from; p + n <= end; p++)
        if (*p == *needle && !memcmp(p, needle, n)) return p;
    return NULL;
}

static void trim(const char **s, size_t *len)
{
    while (*len && strchr(" \n", **s)) (*s)++, (*len)--;
    while (*len && strchr(" \n", (*s)[*len - 1])) (*len)--;
}

int md_code_doc(MdCodeId id, MdCodeDoc *out)
{
    memset(out, 0, sizeof *out);
    const char *text = md_docs_text, *end = md_docs_text + md_docs_text_len;
    char heading[64];
    snprintf(heading, sizeof heading, "\n## %s %s\n", md_codes[id].code, md_codes[id].name);
    const char *h = find(text, end, heading);
    if (!h) return -1;
    const char *start = h + strlen(heading), *next = find(start, end, "\n## ");
    const char *stop = next ? next : end;
    out->section = start;
    out->section_len = (size_t)(stop - start);
    trim(&out->section, &out->section_len);
    /* The meaning: from after the "- Message:" list to "### Example". */
    const char *msg = find(start, stop, "\n- Message:");
    const char *para = msg ? find(msg + 1, stop, "\n\n") : NULL;
    const char *ex = find(start, stop, "\n### Example\n");
    const char *fix = find(start, stop, "\n### Fix\n");
    if (!para || !ex || !fix || ex < para) return -1;
    out->meaning = para;
    out->meaning_len = (size_t)(ex - para);
    trim(&out->meaning, &out->meaning_len);
    const char *code = find(ex, fix, "```python\n");
    const char *close = code ? find(code + 10, fix, "\n```") : NULL;
    if (code && close) {
        out->example = code + 10;
        out->example_len = (size_t)(close - out->example);
    }
    out->fix = fix + strlen("\n### Fix\n");
    out->fix_len = (size_t)(stop - out->fix);
    trim(&out->fix, &out->fix_len);
    return 0;
}
