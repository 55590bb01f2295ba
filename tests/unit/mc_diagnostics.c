/* mc_diagnostics.c — unit tests of the diagnostics engine's library API, as
 * the language server uses it without `molt check`: the registry, message
 * templates, md_suppress on in-memory text, settings, and the manifest
 * parser. (tests/check_cli_run.py tests the same through the command line.) */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "mc_manifest.h"
#include "md.h"

static McSpan line_span(uint32_t line, uint32_t col, uint32_t len)
{
    McSpan sp = {0, 0, line, col, line, col + len};
    return sp;
}

static void test_registry(void **state)
{
    (void)state;
    assert_int_equal(md_code_lookup("U201"), MD_DYNAMIC_CODE);
    assert_int_equal(md_code_lookup("U2"), -1);
    assert_true(md_prefix_known("U2"));
    assert_true(md_prefix_known("W"));
    assert_false(md_prefix_known(""));
    assert_false(md_prefix_known("X"));
    /* Every code's letter is its category's. */
    for (int i = 0; i < MD_NCODES; i++)
        assert_int_equal(md_codes[i].code[0], md_categories[md_codes[i].category].letter);
    MdSeverity s;
    assert_int_equal(md_severity_parse("information", &s), 0);
    assert_int_equal(s, MD_INFO);
    assert_int_equal(md_severity_parse("warn", &s), -1);
}

static void test_docs(void **state)
{
    (void)state;
    /* Every code's section is embedded and cut into its parts. */
    for (int i = 0; i < MD_NCODES; i++) {
        MdCodeDoc doc;
        assert_int_equal(md_code_doc((MdCodeId)i, &doc), 0);
        assert_true(doc.meaning_len > 0 && doc.example_len > 0 && doc.fix_len > 0);
        assert_true(doc.meaning > doc.section && doc.fix > doc.example);
    }
    MdCodeDoc doc;
    md_code_doc(MD_DYNAMIC_CODE, &doc);
    assert_memory_equal(doc.example, "x = eval(", 9);
    assert_memory_equal(doc.fix, "Write the code directly", 23);
}

static void test_template(void **state)
{
    (void)state;
    McArena *a = mc_arena_new();
    const char *args[] = {"X999"};
    assert_string_equal(md_format_template(a, MD_IGNORE_UNKNOWN_CODE, args, 1),
                        "unknown code 'X999' in '# molt: ignore[...]'");
    /* A missing argument leaves the placeholder visible rather than crash. */
    assert_string_equal(md_format_template(a, MD_BAD_DIRECTIVE, NULL, 0), "malformed molt comment: {problem}");
    mc_arena_free(a);
}

/* The codes left in l, as "U201@1 W501@2". */
static const char *codes_left(McArena *a, const MdList *l)
{
    char *out = mc_sprintf(a, "%s", "");
    for (int i = 0; i < l->n; i++)
        out = mc_sprintf(a, "%s%s%s@%u", out, i ? " " : "", md_codes[l->items[i].id].code, l->items[i].span.line);
    return out;
}

static void test_suppress(void **state)
{
    (void)state;
    McArena *a = mc_arena_new();
    const char *text = "x = eval(s)  # molt: ignore[U201]\n"
                       "y = eval(s)  # molt: ignore[U217, NOPE]\n"
                       "s = '''\n# molt: ignore\n'''\n";
    McSource *src = mc_source_from_text(a, "t.py", text, strlen(text));
    McSource *other = mc_source_from_text(a, "u.py", text, strlen(text));
    MdList l;
    md_list_init(&l, a);
    md_add(&l, MD_DYNAMIC_CODE, src, line_span(1, 4, 4), NULL, "eval");
    md_add(&l, MD_DYNAMIC_CODE, src, line_span(2, 4, 4), NULL, "eval");
    md_add(&l, MD_DYNAMIC_CODE, src, line_span(4, 0, 1), NULL, "inside the string");
    md_add(&l, MD_DYNAMIC_CODE, other, line_span(1, 4, 4), NULL, "another file");
    md_suppress(&l, src);
    md_sort(&l);
    assert_string_equal(codes_left(a, &l), "U201@2 W501@2 U201@4 U201@1");
    mc_arena_free(a);
}

static void test_settings(void **state)
{
    (void)state;
    McArena *a = mc_arena_new();
    MdSettings manifest = {0}, cli = {0}, s;
    mc_vec_push(a, &manifest.ignore, "U2");
    MdSeverityRule rule = {"W501", MD_ERROR};
    mc_vec_push(a, &manifest.severity, &rule);
    cli.has_select = 1;
    mc_vec_push(a, &cli.select, "U201");
    mc_vec_push(a, &cli.select, "W");
    md_settings_combine(a, &manifest, &cli, &s);
    MdDiag u201 = {.id = MD_DYNAMIC_CODE}, u217 = {.id = MD_COMPLEX}, w501 = {.id = MD_IGNORE_UNKNOWN_CODE};
    assert_true(md_settings_apply(&s, &u201)); /* select U201 is more specific than ignore U2 */
    assert_false(md_settings_apply(&s, &u217));
    assert_true(md_settings_apply(&s, &w501));
    assert_int_equal(w501.severity, MD_ERROR);
    assert_null(md_severity_allowed(a, "W5", MD_HINT));
    assert_non_null(md_severity_allowed(a, "U", MD_WARNING));
    assert_null(md_severity_allowed(a, "U201", MD_ERROR));
    mc_arena_free(a);
}

static void test_manifest(void **state)
{
    (void)state;
    McArena *a = mc_arena_new();
    McManifest m;
    char *err = NULL;
    const char *ok = "{\"allow\": [\"fs\", \"time\"], \"deny\": [\"fs.write\"],"
                     " \"resources\": {\"max_memory\": \"64MB\", \"max_duration\": 2},"
                     " \"diagnostics\": {\"severity\": {\"W5\": \"hint\"}}}";
    assert_int_equal(mc_manifest_parse(a, "m.json", ok, strlen(ok), &m, &err), 0);
    assert_int_equal(mc_manifest_granted(&m), MRT_CAP_FS_READ | MRT_CAP_TIME_WALL);
    assert_int_equal(m.resources.max_memory, 64 << 20);
    assert_int_equal(m.resources.max_duration_ms, 2000);
    assert_int_equal(m.resources.max_recursion_depth, -1);
    assert_int_equal(m.diagnostics.severity.n, 1);

    const char *bad = "{\"diagnostics\": {\"severity\": {\"U201\": \"hint\"}}}";
    assert_int_equal(mc_manifest_parse(a, "m.json", bad, strlen(bad), &m, &err), -1);
    assert_non_null(strstr(err, "m.json: diagnostics.severity.U201: "));
    assert_int_equal(m.diagnostics.severity.n, 0); /* nothing half-read survives */

    assert_int_equal(mc_manifest_parse_tokens(a, "net,env", &m, &err), 0);
    assert_int_equal(mc_manifest_granted(&m), MRT_CAP_NET | MRT_CAP_ENV_READ | MRT_CAP_ENV_WRITE);
    assert_int_equal(mc_manifest_parse_tokens(a, "net,,fs", &m, &err), -1);
    assert_string_equal(mrt_cap_token(MRT_CAP_TIME_WALL), "time.wall");
    mc_arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_registry), cmocka_unit_test(test_docs), cmocka_unit_test(test_template), cmocka_unit_test(test_suppress),
        cmocka_unit_test(test_settings), cmocka_unit_test(test_manifest),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
