/* lsp_text.c — unit tests of the language server's text handling: LSP
 * positions in UTF-16 and UTF-8 against byte offsets (accents, CJK,
 * astral characters, CRLF and lone CR), clamping of positions outside the
 * text, range replacement and the edit it describes for tree-sitter, and
 * the mc_analysis name lookup hover uses. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "lsp_text.h"
#include "mc_analysis.h"

static LspText text_of(const char *s)
{
    LspText t = {0};
    lsp_text_set(&t, s, strlen(s));
    return t;
}

static uint32_t off(const LspText *t, uint32_t line, uint32_t ch, LspEncoding enc, int *clamped)
{
    return lsp_offset_of(t, (LspPos){line, ch}, enc, clamped);
}

/* "aé中😀b": bytes a=0 é=1..2 中=3..5 😀=6..9 b=10; UTF-16 units a=0 é=1 中=2 😀=3..4 b=5. */
static void test_utf16_and_utf8_columns(void **state)
{
    LspText t = text_of("a\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80"
                        "b\n");
    int c;
    const uint32_t units[] = {0, 1, 2, 3, 5, 6}, bytes[] = {0, 1, 3, 6, 10, 11};
    for (int i = 0; i < 6; i++) {
        assert_int_equal(off(&t, 0, units[i], LSP_UTF16, &c), bytes[i]);
        assert_int_equal(c, 0);
        assert_int_equal(lsp_pos_of(&t, bytes[i], LSP_UTF16).character, units[i]);
        assert_int_equal(off(&t, 0, bytes[i], LSP_UTF8, &c), bytes[i]);
        assert_int_equal(lsp_pos_of(&t, bytes[i], LSP_UTF8).character, bytes[i]);
    }
    /* Between the halves of the surrogate pair: the emoji's start. */
    assert_int_equal(off(&t, 0, 4, LSP_UTF16, &c), 6);
    assert_int_equal(c, 1);
    /* Inside a UTF-8 sequence: the character's start. */
    assert_int_equal(off(&t, 0, 8, LSP_UTF8, &c), 6);
    assert_int_equal(c, 1);
    assert_int_equal(lsp_pos_of(&t, 8, LSP_UTF16).character, 3);
    lsp_text_free(&t);
}

static void test_line_endings(void **state)
{
    LspText t = text_of("ab\r\ncd\ref\ngh");
    assert_int_equal(t.nlines, 4);
    assert_int_equal(off(&t, 1, 0, LSP_UTF16, NULL), 4);
    assert_int_equal(off(&t, 2, 1, LSP_UTF16, NULL), 8);
    assert_int_equal(off(&t, 3, 2, LSP_UTF16, NULL), 12);
    LspPos p = lsp_pos_of(&t, 3, LSP_UTF16); /* the '\n' of "\r\n": end of line 0 */
    assert_int_equal(p.line, 0);
    assert_int_equal(p.character, 2);
    uint32_t s, e;
    lsp_text_line(&t, 0, &s, &e);
    assert_int_equal(e - s, 2);
    lsp_text_free(&t);
}

static void test_clamping(void **state)
{
    LspText t = text_of("abc\nde\n");
    int c;
    assert_int_equal(off(&t, 0, 99, LSP_UTF16, &c), 3); /* past the line: its end */
    assert_int_equal(c, 1);
    assert_int_equal(off(&t, 9, 0, LSP_UTF16, &c), 7); /* past the last line: the end */
    assert_int_equal(c, 1);
    assert_int_equal(off(&t, 2, 0, LSP_UTF16, &c), 7); /* the empty last line exists */
    assert_int_equal(c, 0);
    assert_int_equal(lsp_pos_of(&t, 1000, LSP_UTF16).line, 2);
    lsp_text_free(&t);
}

static void test_replace_and_tree_edit(void **state)
{
    LspText t = text_of("x = 1\ny = 2\n");
    TSInputEdit e;
    lsp_text_replace(&t, 4, 8, "10\nz\n  w", 8, &e); /* "1\ny " -> "10\nz\n  w" */
    assert_string_equal(t.s, "x = 10\nz\n  w= 2\n");
    assert_int_equal(t.nlines, 4);
    assert_int_equal(e.start_byte, 4);
    assert_int_equal(e.old_end_byte, 8);
    assert_int_equal(e.new_end_byte, 12);
    assert_int_equal(e.start_point.row, 0);
    assert_int_equal(e.start_point.column, 4);
    assert_int_equal(e.old_end_point.row, 1);
    assert_int_equal(e.old_end_point.column, 2);
    assert_int_equal(e.new_end_point.row, 2);
    assert_int_equal(e.new_end_point.column, 3);
    lsp_text_replace(&t, 99, 99, "!", 1, &e); /* past the end: appended */
    assert_string_equal(t.s, "x = 10\nz\n  w= 2\n!");
    lsp_text_free(&t);
}

/* What hover asks the analysis core. */
static void test_name_at(void **state)
{
    const char *src = "x = 1\ndef f(a):\n    t = a + x\n    return t\nprint(f(2), len)\n";
    McArena *a = mc_arena_new();
    McSource *s = mc_source_from_text(a, "t.py", src, strlen(src));
    MdList diags;
    md_list_init(&diags, a);
    McAnalysis an;
    mc_analyze(a, s, "__main__", NULL, &diags, &an);
    assert_int_equal(diags.n, 0);
    McProgram *p = mc_analysis_program(a, &an, 0);
    assert_non_null(p);
    McNameInfo ni;
    assert_true(mc_name_at(a, &an, p, 0, &ni)); /* x */
    assert_int_equal(ni.kind, MC_NAME_GLOBAL);
    assert_string_equal(ni.type, "int");
    assert_true(mc_name_at(a, &an, p, 10, &ni)); /* f in "def f" */
    assert_int_equal(ni.kind, MC_NAME_FUNCTION);
    assert_string_equal(ni.signature, "def f(a)");
    assert_true(mc_name_at(a, &an, p, 12, &ni)); /* the parameter a */
    assert_int_equal(ni.kind, MC_NAME_PARAM);
    assert_string_equal(ni.type, "int");
    assert_true(mc_name_at(a, &an, p, 20, &ni)); /* t */
    assert_int_equal(ni.kind, MC_NAME_LOCAL);
    assert_string_equal(ni.scope, "f");
    assert_true(mc_name_at(a, &an, p, 55, &ni)); /* len */
    assert_int_equal(ni.kind, MC_NAME_BUILTIN);
    assert_false(mc_name_at(a, &an, p, 17, &ni)); /* indentation */
    mc_arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_utf16_and_utf8_columns),
        cmocka_unit_test(test_line_endings),
        cmocka_unit_test(test_clamping),
        cmocka_unit_test(test_replace_and_tree_edit),
        cmocka_unit_test(test_name_at),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
