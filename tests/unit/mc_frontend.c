/* mc_frontend.c — unit tests of the compiler frontend: the AST built for
 * each construct (literal decoding included), scope resolution, diagnostic
 * codes and positions, source handling, rendering, and inputs that must not
 * crash the parser. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mc_ast.h"
#include "md.h"

/* ---- a compact printer: the AST as s-expressions -------------------------- */

static const char *const kind_names[] = {
    "int",    "float",      "str",       "bytes",    "true",   "false",    "none",      "ellipsis",  "name",
    "attr",   "subscript",  "slice",     "call",     "kw",     "star",     "dstar",     "binop",     "unary",
    "not",    "and",        "or",        "compare",  "ifexp",  "lambda",   "list",      "tuple",     "set",
    "dict",   "pair",       "listcomp",  "setcomp",  "genexp", "dictcomp", "compfor",   "compif",    "fstring",
    "fvalue", "yield",      "yieldfrom", "module",   "expr",   "assign",   "augassign", "annassign", "if",
    "while",  "for",        "break",     "continue", "pass",   "return",   "del",       "global",    "nonlocal",
    "assert", "with",       "withitem",  "raise",    "try",    "except",   "def",       "class",     "param",
    "import", "importfrom", "alias"};
_Static_assert(sizeof kind_names / sizeof kind_names[0] == N_NKINDS, "a node kind was added: name it here");

typedef struct Buf {
    char *p;
    size_t n, cap;
} Buf;

static void put(Buf *b, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if (b->n + (size_t)n + 1 > b->cap) {
        b->cap = (b->n + (size_t)n + 1) * 2;
        b->p = realloc(b->p, b->cap);
        assert_non_null(b->p);
    }
    memcpy(b->p + b->n, tmp, (size_t)n + 1);
    b->n += (size_t)n;
}

static void print_node(Buf *b, const McNode *n);

static void print_list(Buf *b, const char *tag, const McNodeList *l)
{
    put(b, " %s[", tag);
    for (int i = 0; i < l->n; i++) {
        if (i) put(b, " ");
        print_node(b, l->items[i]);
    }
    put(b, "]");
}

static void print_str(Buf *b, const McNode *n)
{
    put(b, n->kind == N_BYTES ? "b'" : "'");
    for (size_t i = 0; i < n->len; i++) {
        unsigned char c = (unsigned char)n->str[i];
        if (c == '\n')
            put(b, "\\n");
        else if (c == '\\' || c == '\'')
            put(b, "\\%c", c);
        else if (c < 0x20 || (n->kind == N_BYTES && c >= 0x7f))
            put(b, "\\x%02x", c);
        else
            put(b, "%c", c);
    }
    put(b, "'");
}

static void print_node(Buf *b, const McNode *n)
{
    if (!n) {
        put(b, "_");
        return;
    }
    switch (n->kind) {
    case N_INT:
        put(b, "%s", n->str);
        return;
    case N_FLOAT:
        put(b, "%.17g", n->fval);
        return;
    case N_NAME:
        put(b, "%s", n->name);
        return;
    case N_STR:
    case N_BYTES:
        print_str(b, n);
        return;
    case N_TRUE:
        put(b, "True");
        return;
    case N_FALSE:
        put(b, "False");
        return;
    case N_NONE:
        put(b, "None");
        return;
    case N_ELLIPSIS:
        put(b, "...");
        return;
    case N_PASS:
        put(b, "pass");
        return;
    case N_BREAK:
        put(b, "break");
        return;
    case N_CONTINUE:
        put(b, "continue");
        return;
    default:
        break;
    }
    put(b, "(%s", kind_names[n->kind]);
    if (n->kind == N_BINOP || n->kind == N_AUGASSIGN || n->kind == N_UNARY || n->kind == N_PARAM)
        put(b, " op%d", n->op);
    if (n->kind == N_FVALUE && n->op) put(b, " !%c", n->op);
    if (n->name) put(b, " %s", n->name);
    if (n->str) put(b, " \"%s\"", n->str);
    for (int i = 0; i < n->nnames; i++) put(b, " %s", n->names[i]);
    if (n->kind == N_COMPARE) {
        put(b, " ops");
        for (int i = 0; i + 1 < n->list.n; i++) put(b, "%s%d", i ? "," : "", n->ops[i]);
    }
    if (n->params.n) print_list(b, "params", &n->params);
    McNode *const kids[] = {n->a, n->b, n->c};
    for (int i = 0; i < 3; i++)
        if (kids[i]) {
            put(b, " ");
            print_node(b, kids[i]);
        }
    if (n->list.n) print_list(b, "", &n->list);
    if (n->list2.n) print_list(b, "l2", &n->list2);
    if (n->orelse.n) print_list(b, "else", &n->orelse);
    if (n->finalbody.n) print_list(b, "fin", &n->finalbody);
    if (n->docstring) put(b, " doc=\"%s\"", n->docstring);
    put(b, ")");
}

/* ---- helpers: one compilation of a snippet -------------------------------- */

typedef struct Unit {
    McArena *a;
    McSource *src;
    MdList diags;
    McModule mod;
    Buf out;
} Unit;

static Unit *compile(const char *text)
{
    Unit *u = calloc(1, sizeof *u);
    assert_non_null(u);
    u->a = mc_arena_new();
    u->src = mc_source_from_text(u->a, "t.py", text, strlen(text));
    md_list_init(&u->diags, u->a);
    u->mod.name = "__main__";
    u->mod.src = u->src;
    u->mod.ast = mc_parse(u->a, u->src, &u->diags);
    assert_non_null(u->mod.ast);
    assert_int_equal(u->mod.ast->kind, N_MODULE);
    mc_resolve(u->a, &u->mod, &u->diags);
    return u;
}

static void unit_free(Unit *u)
{
    mc_arena_free(u->a);
    free(u->out.p);
    free(u);
}

/* The statements of the module, one per line. */
static const char *ast_of(Unit *u)
{
    u->out.n = 0;
    put(&u->out, "");
    for (int i = 0; i < u->mod.ast->list.n; i++) {
        if (i) put(&u->out, "\n");
        print_node(&u->out, u->mod.ast->list.items[i]);
    }
    return u->out.p;
}

/* "CODE line:col; ..." with 1-based byte columns, sorted. */
static const char *diags_of(Unit *u)
{
    md_sort(&u->diags);
    u->out.n = 0;
    put(&u->out, "");
    for (int i = 0; i < u->diags.n; i++) {
        MdDiag *d = &u->diags.items[i];
        put(&u->out, "%s%s %u:%u", i ? "; " : "", md_codes[d->id].code, d->span.line, d->span.col + 1);
    }
    return u->out.p;
}

static const char *const scope_kinds[] = {"module", "function", "lambda", "class", "comprehension", "genexp"};
static const char *const sym_kinds[] = {"local", "cell", "free", "global", "builtin", "class"};

static void print_scope(Buf *b, const McScope *s)
{
    put(b, "%s %s%s%s%s:", scope_kinds[s->kind], s->qualname, s->is_generator ? " gen" : "",
        s->needs_class_cell ? " needs_class_cell" : "", s->class_cell ? " class_cell" : "");
    for (int i = 0; i < s->syms.n; i++) {
        const McSymbol *x = s->syms.items[i];
        put(b, " %s=%s%d%s%s", x->name, sym_kinds[x->kind], x->index, x->flags & MC_SYM_PARAM ? "p" : "",
            x->flags & MC_SYM_DEF_ONCE ? "!" : "");
    }
    put(b, "\n");
}

static void walk_scopes(Buf *b, const McNode *n)
{
    if (!n) return;
    if (n->scope) print_scope(b, n->scope);
    for (int i = 0; i < n->params.n; i++) walk_scopes(b, n->params.items[i]->a);
    walk_scopes(b, n->a);
    walk_scopes(b, n->b);
    walk_scopes(b, n->c);
    const McNodeList *lists[] = {&n->list, &n->list2, &n->orelse, &n->finalbody};
    for (int k = 0; k < 4; k++)
        for (int i = 0; i < lists[k]->n; i++) walk_scopes(b, lists[k]->items[i]);
}

/* Every scope (module first, then in source order), one per line. */
static const char *scopes_of(Unit *u)
{
    u->out.n = 0;
    put(&u->out, "");
    walk_scopes(&u->out, u->mod.ast);
    return u->out.p;
}

static void expect(const char *what, const char *src, const char *got, const char *want)
{
    if (strcmp(got, want) != 0) print_error("%s of:\n%s\n--- want:\n%s\n--- got:\n%s\n", what, src, want, got);
    assert_string_equal(got, want);
}

/* ---- parsing: every node kind --------------------------------------------- */

static const struct {
    const char *src, *ast;
} ast_cases[] = {
    {"x = 0x_ff + 0o17 + 0b101 + 1_000_000 + 00 + 12345678901234567890123",
     "(assign (binop op0 (binop op0 (binop op0 (binop op0 (binop op0 255 15) 5) 1000000) 0) "
     "12345678901234567890123) [x])"},
    {"y = 1.5e3, .5, 1_0.0_1, 1e400", "(assign (tuple [1500 0.5 10.01 inf]) [y])"},
    {"True, False, None, ...", "(expr (tuple [True False None ...]))"},
    {"a.b[1:2, ::3](*c, k=1, **d)",
     "(expr (call (subscript (attr b a) (tuple [(slice 1 2) (slice 3)])) [(star c) (kw k 1) (dstar d)]))"},
    {"a[1,]", "(expr (subscript a (tuple [1])))"},
    {"a[:]", "(expr (subscript a (slice)))"},
    {"-x + +y * ~z ** 2 // 3 % 4 @ m << 1 >> 2 & 3 | 4 ^ 5",
     "(expr (binop op10 (binop op9 (binop op8 (binop op7 (binop op0 (unary op0 x) (binop op12 (binop op5 "
     "(binop op4 (binop op2 (unary op1 y) (unary op2 (binop op6 z 2))) 3) 4) m)) 1) 2) 3) (binop op11 4 5)))"},
    /* & binds tighter than ^ (tree-sitter-python has them the other way round) */
    {"x = 1 ^ 2 & 3 | 4 ^ 5 & 6",
     "(assign (binop op10 (binop op11 1 (binop op9 2 3)) (binop op11 4 (binop op9 5 6))) [x])"},
    {"x = a & b ^ c & d ^ e", "(assign (binop op11 (binop op11 (binop op9 a b) (binop op9 c d)) e) [x])"},
    {"not a and b or c and d", "(expr (or (and (not a) b) (and c d)))"},
    {"a and b and c", "(expr (and (and a b) c))"},
    {"a < b <= c == d != e > f >= g is h is not i in j not in k",
     "(expr (compare ops0,1,2,3,4,5,6,7,8,9 [a b c d e f g h i j k]))"},
    {"a if b else c", "(expr (ifexp b a c))"},
    {"lambda x, y=1, *args, z, w=2, **kw: x",
     "(expr (lambda params[(param op0 x) (param op0 y 1) (param op1 args) (param op2 z) (param op2 w 2) "
     "(param op3 kw)] x))"},
    {"[1, *a], (1,), (), {1, *s}, {1: 2, **d}",
     "(expr (tuple [(list [1 (star a)]) (tuple [1]) (tuple) (set [1 (star s)]) (dict [(pair 1 2) (dstar d)])]))"},
    {"[x for x in y if x for z in x], {x for x in y}, {k: v for k, v in d}, (x for x in y)",
     "(expr (tuple [(listcomp x [(compfor x y) (compif x) (compfor z x)]) (setcomp x [(compfor x y)]) "
     "(dictcomp k v [(compfor (tuple [k v]) d)]) (genexp x [(compfor x y)])]))"},
    {"def f():\n    yield\n    yield 1\n    yield from g()\n    return",
     "(def f [(expr (yield)) (expr (yield 1)) (expr (yieldfrom (call g))) (return)])"},
    {"x = y = z", "(assign z [x y])"},
    {"a, *b = c", "(assign c [(tuple [a (star b)])])"},
    {"[a, (b, c)] = d", "(assign d [(list [a (tuple [b c])])])"},
    {"(a) = 1", "(assign 1 [a])"},
    {"x += 1\nx //= 2", "(augassign op0 x 1)\n(augassign op4 x 2)"},
    {"x: int = 5\ny: int", "(annassign x 5)\n(annassign y)"},
    {"if a:\n    pass\nelif b:\n    pass\nelse:\n    x = 1", "(if a [pass] l2[(if b [pass] l2[(assign 1 [x])])])"},
    {"while a:\n    break\nelse:\n    b = 1", "(while a [break] l2[(assign 1 [b])])"},
    {"for i, j in x:\n    continue", "(for (tuple [i j]) x [continue])"},
    {"for x in 1, 2:\n    pass", "(for x (tuple [1 2]) [pass])"},
    {"del a, b[0], c.d", "(del [a (subscript b 0) (attr d c)])"},
    {"def f():\n    global a, b\n    def g():\n        nonlocal a", "(def f [(global a b) (def g [(nonlocal a)])])"},
    {"assert x, 'm'", "(assert x 'm')"},
    {"with a as b, c:\n    pass", "(with [(withitem a b) (withitem c)] l2[pass])"},
    {"with (a as b, c as d):\n    pass", "(with [(withitem a b) (withitem c d)] l2[pass])"},
    {"raise\nraise E from c", "(raise)\n(raise E c)"},
    {"try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    "
     "pass\nfinally:\n    pass",
     "(try [pass] l2[(except e E [pass]) (except (tuple [A B]) [pass]) (except [pass])] else[pass] fin[pass])"},
    {"@d1\n@d2(x)\ndef f(a, b=1, *c, d, e=2, **f):\n    \"doc\"",
     "(def f params[(param op0 a) (param op0 b 1) (param op1 c) (param op2 d) (param op2 e 2) (param op3 f)] "
     "[(expr 'doc')] l2[d1 (call d2 [x])] doc=\"doc\")"},
    {"def f(a, *, b):\n    pass", "(def f params[(param op0 a) (param op2 b)] [pass])"},
    {"def f(x: int = 1, *a: str, **k: int) -> None:\n    pass",
     "(def f params[(param op0 x 1) (param op1 a) (param op3 k)] [pass])"},
    {"class C(B):\n    \"doc\"\n    x = 1", "(class C B [(expr 'doc') (assign 1 [x])] doc=\"doc\")"},
    {"class C:\n    pass", "(class C [pass])"},
    {"import a.b.c, d as e", "(import [(alias a \"a.b.c\") (alias e \"d\")])"},
    {"from m import x, y as z", "(importfrom \"m\" [(alias x \"x\") (alias z \"y\")])"},
    {"from m import (x,\n    y)", "(importfrom \"m\" [(alias x \"x\") (alias y \"y\")])"},
    {"from __future__ import annotations\nx = 1", "(assign 1 [x])"},
    {"f(x for x in y)", "(expr (call f [(genexp x [(compfor x y)])]))"},
    /* tree-sitter reads "*a.f()" as a call of "*a.f"; the star must wrap the call */
    {"print(*sys.version.split())", "(expr (call print [(star (call (attr split (attr version sys))))]))"},
    {"x = *a.b, c", "(assign (tuple [(star (attr b a)) c]) [x])"},
    {"x = 1; y = 2", "(assign 1 [x])\n(assign 2 [y])"},
    {"1, 2", "(expr (tuple [1 2]))"},
    {"x = (yield)", ""}, /* S104 at module level: dropped */
};

static void test_ast_kinds(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof ast_cases / sizeof ast_cases[0]; i++) {
        Unit *u = compile(ast_cases[i].src);
        expect("AST", ast_cases[i].src, ast_of(u), ast_cases[i].ast);
        unit_free(u);
    }
}

static void test_docstrings(void **state)
{
    (void)state;
    Unit *u = compile("'''Module.'''\ndef f():\n    f'not a doc'\nclass C:\n    'C doc'\n");
    assert_string_equal(u->mod.ast->docstring, "Module.");
    assert_null(u->mod.ast->list.items[1]->docstring);
    assert_string_equal(u->mod.ast->list.items[2]->docstring, "C doc");
    unit_free(u);
}

/* ---- literals ------------------------------------------------------------- */

static const McNode *first_value(Unit *u)
{
    const McNode *s = u->mod.ast->list.items[0];
    assert_int_equal(s->kind, N_ASSIGN);
    return s->b;
}

static void test_int_literals(void **state)
{
    (void)state;
    static const struct {
        const char *src, *digits;
    } cases[] = {
        {"x = 0", "0"},
        {"x = 00", "0"},
        {"x = 0_0", "0"},
        {"x = 0b0", "0"},
        {"x = 007"[0] ? "x = 0o7" : "", "7"},
        {"x = 0xFFFFFFFFFFFFFFFFFFFF", "1208925819614629174706175"},
        {"x = 0B1010_1010", "170"},
        {"x = 0o777", "511"},
        {"x = 1_2_3", "123"},
        {"x = 000100"[0] ? "x = 100" : "", "100"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Unit *u = compile(cases[i].src);
        expect("diagnostics", cases[i].src, diags_of(u), "");
        const McNode *v = first_value(u);
        assert_int_equal(v->kind, N_INT);
        assert_string_equal(v->str, cases[i].digits);
        assert_int_equal(v->len, strlen(cases[i].digits));
        unit_free(u);
    }
}

static void test_float_literals(void **state)
{
    (void)state;
    Unit *u = compile("x = 1_000.000_5e-3");
    const McNode *v = first_value(u);
    assert_int_equal(v->kind, N_FLOAT);
    assert_true(v->fval == 1000.0005e-3);
    unit_free(u);
}

static void expect_str(const char *src, McKind kind, const char *bytes, size_t len)
{
    Unit *u = compile(src);
    expect("diagnostics", src, diags_of(u), "");
    const McNode *v = first_value(u);
    assert_int_equal(v->kind, kind);
    assert_int_equal(v->len, len);
    assert_memory_equal(v->str, bytes, len);
    unit_free(u);
}

static void test_string_escapes(void **state)
{
    (void)state;
    expect_str("x = 'a\\tb\\x41\\u00e9\\U0001F600\\101\\q'", N_STR,
               "a\tbA\xc3\xa9\xf0\x9f\x98\x80"
               "A\\q",
               13);
    expect_str("x = '\\0\\n\\\\\\'\\\"\\a\\b\\f\\r\\v'", N_STR, "\0\n\\'\"\a\b\f\r\v", 10);
    expect_str("x = b'\\xff\\x00\\777' rb'\\d'", N_BYTES, "\xff\0\xff\\d", 5);
    expect_str("x = r'\\d\\n' R\"\\\"\"", N_STR, "\\d\\n\\\"", 6);
    expect_str("x = '''a''' \"\"\"\"\"\" ''", N_STR, "a", 1);
    expect_str("x = 'a\\\nb'", N_STR, "ab", 2);                   /* line continuation */
    expect_str("x = '''l1\r\nl2\rl3'''", N_STR, "l1\nl2\nl3", 8); /* newlines normalised */
    expect_str("x = u'x' 'y' \"z\"", N_STR, "xyz", 3);
    expect_str("x = f'no fields' 'plain'", N_STR, "no fieldsplain", 14);
    expect_str("x = rf'{{\\d}}'", N_STR, "{\\d}", 4);
}

static void test_fstrings(void **state)
{
    (void)state;
    static const struct {
        const char *src, *ast;
    } cases[] = {
        {"t = f\"a{{b}}{x!r:>{w}.3f}c{y=}d{z = !s}e{q=:>5}\" 'tail'",
         "(assign (fstring ['a{b}' (fvalue !r x (fstring ['>' (fvalue w) '.3f'])) 'cy=' (fvalue !r y) "
         "'dz = ' (fvalue !s z) 'eq=' (fvalue q (fstring ['>5'])) 'tail']) [t])"},
        {"t = 'a' f'{b!a}' 'c'", "(assign (fstring ['a' (fvalue !a b) 'c']) [t])"},
        {"t = f'{a, b}'", "(assign (fstring [(fvalue (tuple [a b]))]) [t])"},
        {"t = f'{x:{y}}'", "(assign (fstring [(fvalue x (fstring [(fvalue y)]))]) [t])"},
        {"t = f'\\n{x}\\t'", "(assign (fstring ['\\n' (fvalue x) '\\x09']) [t])"},
        /* tree-sitter reads "{n:=^10}" as n := ...; it is n formatted with "=^10" */
        {"t = f\"{n:=,.2f}{m:=^10}\"",
         "(assign (fstring [(fvalue n (fstring ['=,.2f'])) (fvalue m (fstring ['=^10']))]) [t])"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Unit *u = compile(cases[i].src);
        expect("AST", cases[i].src, ast_of(u), cases[i].ast);
        unit_free(u);
    }
}

/* ---- diagnostics: codes and exact positions ------------------------------- */

static const struct {
    const char *src, *diags;
} diag_cases[] = {
    {"if x\n    pass", "S102 1:4"},
    {"print \"hi\"", "S103 1:1"},
    {"foo(1, 2\ny = 3", "S101 1:4"},
    {"x = (1, 2]", "S101 1:10"},
    {"x = 1)", "S101 1:6"},
    {"s = 'abc", "S101 1:5"},
    {"def f():\nreturn 1", "S101 2:1"},
    {"  x = 1", "S101 1:1"},
    {"if x:\n    a = 1\n  b = 2", "S101 3:1"},
    {"else:\n    pass", "S101 1:1"},
    {"try:\n    pass\nx = 1", "S101 3:1"},
    {"x = 1 +", "S102 1:7"},
    {"x = \xe2\x80\x9chi\xe2\x80\x9d", "S101 1:5"},
    {"x = 1 if y", "S101 1:7"},
    {"x = 1 2", "S101 1:7"},
    {"1 = x", "S105 1:1"},
    {"None = 1", "S105 1:1"},
    {"a, b += 1", "S105 1:1"},
    {"del f()", "S105 1:5"},
    {"for f() in x: pass", "S105 1:5"},
    {"return 1", "S104 1:1"},
    {"while 1:\n    pass\nelse:\n    break", "S104 4:5"},
    {"class A:\n    yield 1", "S104 2:5"},
    {"[(yield) for x in y]", "S104 1:3"},
    {"def f(a, a): pass", "S108 1:10"},
    {"def f(a=1, b): pass", "S108 1:12"},
    {"def f(*, **k): pass", "S108 1:7"},
    {"f(a=1, 2)", "S108 1:8"},
    {"f(a=1, a=2)", "S108 1:8"},
    {"f(**k, *a)", "S108 1:8"},
    {"nonlocal x", "S107 1:1"},
    {"def f():\n    x = 1\n    global x", "S107 3:5"},
    {"def f():\n    nonlocal q", "S107 2:5"},
    {"x = 0777", "S106 1:5"},
    {"x = 1_", "S106 1:6"},
    {"x = 10L", "S103 1:5"},
    {"x = 3j", "U217 1:5"},
    {"x = '\\x4'", "S106 1:6"},
    {"x = b'\xc3\xa9'", "S106 1:7"},
    {"x = '\\N{DASH}'", "U299 1:6"},
    {"x = f'{x!z}'", "S101 1:9"},
    {"x = f'}'", "S101 1:7"},
    {"x = f'{x:{y:{z}}}'", "S101 1:13"},
    {"x = 'a' b'b'", "S101 1:5"},
    {"x = bb'b'", "S101 1:7"},
    {"if a: b:\n    pass", "S101 1:8"},
    {"elsi:\n    pass", "S101 1:1"},
    {"if x:\n        a = 1\n\tb = 2", "S101 3:1"},
    {"x = \x01", "S101 1:5"},
    {"x = '\xff'", "S101 1:6"},
    {"async def f(): await g()", "U203 1:1; U203 1:16"},
    {"class A(B, C, metaclass=M): pass", "U205 1:12; U204 1:15"},
    {"@dec\nclass A: pass", "U209 1:1"},
    {"from . import x", "U211 1:6"},
    {"from m import *", "U210 1:15"},
    {"from __future__ import braces", "S101 1:24"},
    {"(y := 1)", "U208 1:2"},
    {"f = lambda: (yield)", "U212 1:14"},
    {"try:\n    pass\nexcept* E:\n    pass", "U213 3:1"},
    {"type X = int", "U214 1:1"},
    {"def f[T](x): pass", "U214 1:6"},
    {"class L(list): pass", "U215 1:9"},
    {"class E(ValueError): pass\nclass O(object): pass", ""},
    {"class A:\n    __slots__ = ()\n    def __getattr__(self, n): pass", "U216 2:5; U216 3:9"},
    {"x = eval('1') + len(globals()) + bytearray()", "U201 1:5; U202 1:21; U218 1:34"},
    {"def eval(s): return s\nx = eval('1')", ""}, /* a user's own eval is fine */
    {"def f():\n    x = 1\n    def g(): return x\n    del x", "U220 4:9"},
    {"a[*b]", "U221 1:3"},
    {"class A:\n    global x", "U222 2:5"},
    {"class A:\n    for i in range(3): pass", "U222 2:5"},
    {"def f(a, /): pass", "U299 1:10"},
    {"*a", "S101 1:1"},
    {"print(*a, *b, **c)\nx = a[1:2]\nmatch = 1\ntype = 2\nprint(match, type)", ""},
    {"x = "
     "(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((("
     "(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((("
     "((((((((((1",
     "U299 1:205"},
};

static void test_diagnostic_positions(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof diag_cases / sizeof diag_cases[0]; i++) {
        Unit *u = compile(diag_cases[i].src);
        expect("diagnostics", diag_cases[i].src, diags_of(u), diag_cases[i].diags);
        unit_free(u);
    }
}

static void test_messages(void **state)
{
    (void)state;
    Unit *u = compile("foo(1,\n  2\nprint 'x'\n");
    assert_true(u->diags.n >= 1);
    assert_string_equal(u->diags.items[0].message, "'(' was never closed");
    unit_free(u);
    u = compile("def f(x)\n    return x\n");
    assert_int_equal(u->diags.n, 1);
    assert_string_equal(u->diags.items[0].message, "expected ':' after the function signature");
    assert_int_equal(u->diags.items[0].id, MD_MISSING);
    unit_free(u);
    u = compile("x = [1, 2\n");
    assert_string_equal(u->diags.items[0].message, "'[' was never closed");
    unit_free(u);
}

/* ---- scopes --------------------------------------------------------------- */

static const struct {
    const char *src, *scopes;
} scope_cases[] = {
    {"x = 1\ndef f(a):\n    b = a\n    return b + x + len", "module : x=global0 f=global1!\n"
                                                            "function f: a=local0p b=local1 x=global0 len=builtin-1\n"},
    /* a captured local becomes a cell; the inner function sees it free */
    {"def f():\n    c = 1\n    def g():\n        return c\n    return g", "module : f=global0!\n"
                                                                          "function f: c=cell0 g=local1\n"
                                                                          "function f.<locals>.g: c=free0\n"},
    /* free variables are threaded through the scopes in between */
    {"def f():\n    c = 1\n    def g():\n        def h():\n            return c\n        return h\n    return g",
     "module : f=global0!\n"
     "function f: c=cell0 g=local1\n"
     "function f.<locals>.g: h=local0 c=free0\n"
     "function f.<locals>.g.<locals>.h: c=free0\n"},
    /* methods skip the class scope: v is the function's, not the class's */
    {"def f():\n    v = 1\n    class K:\n        v = 2\n        def m(self):\n            return v\n    return K",
     "module : f=global0!\n"
     "function f: v=cell0 K=local1\n"
     "class f.<locals>.K: v=class0 m=class1\n"
     "function f.<locals>.K.m: self=local0p v=free0\n"},
    /* a class body is lowered inline too: reading w does not make it a cell */
    {"def f():\n    w = 1\n    class K:\n        y = w\n    return K", "module : f=global0!\n"
                                                                       "function f: w=local0 K=local1\n"
                                                                       "class f.<locals>.K: y=class0 w=free0\n"},
    /* an inline comprehension reads k without making it a cell */
    {"def f(xs):\n    k = 2\n    return [x * k for x in xs]",
     "module : f=global0!\n"
     "function f: xs=local0p k=local1\n"
     "comprehension f.<locals>.<listcomp>: x=local0 k=free0\n"},
    /* the first iterable is evaluated in the enclosing (class) scope */
    {"class C:\n    a = [1]\n    b = [x for x in a]\n    c = [a for _ in range(3)]",
     "module : C=global0!\n"
     "class C: a=class0 b=class1 c=class2 range=builtin-1\n"
     "comprehension C.<listcomp>: x=local0\n"
     "comprehension C.<listcomp>: _=local0 a=builtin-1\n"},
    /* a generator inside inline comprehensions still captures k: k is a cell */
    {"def f(s, k):\n    return [[(x + k for x in b) for b in a] for a in s]",
     "module : f=global0!\n"
     "function f: s=local0p k=cell1p\n"
     "comprehension f.<locals>.<listcomp>: a=local0 k=free0\n"
     "comprehension f.<locals>.<listcomp>.<locals>.<listcomp>: b=local0 k=free0\n"
     "genexp f.<locals>.<listcomp>.<locals>.<listcomp>.<locals>.<genexpr> gen: x=local0 k=free0\n"},
    {"def f():\n    k = 1\n    return (x + k for x in range(3))",
     "module : f=global0!\n"
     "function f: k=cell0 range=builtin-1\n"
     "genexp f.<locals>.<genexpr> gen: x=local0 k=free0\n"},
    {"class C:\n    def m(self):\n        return super().m()",
     "module : C=global0!\n"
     "class C class_cell: m=class0\n"
     "function C.m needs_class_cell: self=local0p super=builtin-1 __class__=free0\n"},
    {"def f():\n    global g\n    g = 1\ndef h():\n    return g", "module : f=global0! h=global1! g=global2\n"
                                                                  "function f: g=global2\n"
                                                                  "function h: g=global2\n"},
    /* bound once by an undecorated module-level def or class */
    {"def d(): pass\nclass K: pass\n@dec\ndef e(): pass\ndef r(): pass\nr = 1\nif 1:\n    def s(): pass\n"
     "u()\ndef u(): pass\ndef w(): pass\ndef z():\n    global w",
     "module : d=global0! K=global1! dec=builtin-1 e=global2 r=global3 s=global4 u=global5 w=global6 z=global7!\n"
     "function d:\nclass K:\nfunction e:\nfunction r:\nfunction s:\nfunction u:\nfunction w:\nfunction z: w=global6\n"},
    {"def f():\n    x: int\n    return x", "module : f=global0!\nfunction f: x=local0\n"},
    {"def f():\n    def g():\n        nonlocal y\n        y = 2\n    y = 1\n    return g",
     "module : f=global0!\n"
     "function f: g=local0 y=cell1\n"
     "function f.<locals>.g: y=free0\n"},
    {"lst = [lambda: i for i in range(3)]", "module : lst=global0 range=builtin-1\n"
                                            "comprehension <listcomp>: i=cell0\n"
                                            "lambda <listcomp>.<locals>.<lambda>: i=free0\n"},
    {"def f(a, *b, c=1, **d):\n    for i in a:\n        with b as (e, g):\n            try:\n                pass\n"
     "            except E as h:\n                import m\n                from n import o as p",
     "module : f=global0!\n"
     "function f: a=local0p b=local1p c=local2p d=local3p i=local4 e=local5 g=local6 E=builtin-1 h=local7 "
     "m=local8 p=local9\n"},
};

static void test_scopes(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof scope_cases / sizeof scope_cases[0]; i++) {
        Unit *u = compile(scope_cases[i].src);
        expect("scopes", scope_cases[i].src, scopes_of(u), scope_cases[i].scopes);
        unit_free(u);
    }
}

static void test_symbol_links(void **state)
{
    (void)state;
    Unit *u = compile("def f():\n    c = 1\n    def g():\n        return c\n    return g\n");
    McScope *mod = u->mod.scope;
    McSymbol *f = mc_scope_lookup(mod, "f");
    assert_non_null(f);
    assert_true(f->flags & MC_SYM_DEF_ONCE);
    assert_ptr_equal(f->def, u->mod.ast->list.items[0]);
    McNode *fdef = u->mod.ast->list.items[0];
    assert_ptr_equal(fdef->sym, f);
    McScope *fs = fdef->scope;
    McNode *gdef = fdef->list.items[1];
    McNode *ret = gdef->list.items[0];
    McSymbol *c_inner = ret->a->sym;
    assert_int_equal(c_inner->kind, SYM_FREE);
    assert_ptr_equal(c_inner->outer, mc_scope_lookup(fs, "c"));
    assert_int_equal(c_inner->outer->kind, SYM_CELL);
    assert_ptr_equal(gdef->scope->parent, fs);
    assert_int_equal(gdef->scope->frees.n, 1);
    assert_int_equal(fs->nlocals, 2);
    assert_null(mc_scope_lookup(fs, "nothing"));
    unit_free(u);

    /* a class body runs inline: its read of w is the function's own w */
    u = compile("def f():\n    w = 1\n    class K:\n        y = w\n    return K\n");
    fdef = u->mod.ast->list.items[0];
    McNode *kdef = fdef->list.items[1];
    McNode *read = kdef->list.items[0]->b;
    assert_ptr_equal(read->sym, mc_scope_lookup(fdef->scope, "w"));
    assert_int_equal(read->sym->kind, SYM_LOCAL);
    assert_int_equal(mc_scope_lookup(kdef->scope, "w")->kind, SYM_FREE);
    unit_free(u);
}

static void test_builtin_names(void **state)
{
    (void)state;
    assert_true(mc_is_builtin_name("print"));
    assert_true(mc_is_builtin_name("ZeroDivisionError"));
    assert_true(mc_is_builtin_name("frozenset"));
    assert_true(mc_is_builtin_name("__name__"));
    assert_false(mc_is_builtin_name("bytearray"));
    assert_false(mc_is_builtin_name("eval"));
    assert_false(mc_is_builtin_name("x"));
}

/* ---- sources and rendering ------------------------------------------------ */

static void test_source_lines(void **state)
{
    (void)state;
    McArena *a = mc_arena_new();
    const char *text = "a\r\nbc\rd\n\nlast";
    McSource *s = mc_source_from_text(a, "t.py", text, strlen(text));
    assert_int_equal(s->nlines, 5);
    size_t len;
    const char *l = mc_source_line(s, 2, &len);
    assert_int_equal(len, 2);
    assert_memory_equal(l, "bc", 2);
    l = mc_source_line(s, 1, &len);
    assert_int_equal(len, 1);
    l = mc_source_line(s, 4, &len);
    assert_int_equal(len, 0);
    l = mc_source_line(s, 5, &len);
    assert_int_equal(len, 4);
    mc_source_line(s, 99, &len);
    assert_int_equal(len, 0);
    char *err = NULL;
    assert_null(mc_source_load(a, "/nonexistent/file.py", &err));
    assert_string_equal(err, "No such file or directory");
    assert_null(mc_source_load(a, "/", &err));
    assert_string_equal(err, "Is a directory");
    assert_ptr_equal(mc_intern(a, "abc", 3), mc_intern(a, "abcd", 3));
    assert_ptr_not_equal(mc_intern(a, "abc", 3), mc_intern(a, "abd", 3));
    mc_arena_free(a);
}

static void test_render(void **state)
{
    (void)state;
    Unit *u = compile("\xc3\xa9 =\teval('x')\n");
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    md_render_text(f, &u->diags, 0);
    fclose(f);
    /* the column counts characters; the tab is kept in the caret line */
    const char *want = "t.py:1:5: U201 eval() is not supported: it runs code that does not exist at compile time\n"
                       "1 | \xc3\xa9 =\teval('x')\n"
                       "  |    \t^^^^\n"
                       "  = hint: molt compiles the whole program ahead of time; write the code directly\n\n";
    assert_string_equal(text, want);
    free(text);
    unit_free(u);
}

/* ---- robustness ----------------------------------------------------------- */

static void test_no_crash(void **state)
{
    (void)state;
    /* deep nesting is refused, not a stack overflow */
    size_t n = 10000;
    char *deep = malloc(2 * n + 8);
    assert_non_null(deep);
    memcpy(deep, "x = ", 4);
    memset(deep + 4, '(', n);
    deep[4 + n] = '1';
    memset(deep + 5 + n, ')', n);
    deep[5 + 2 * n] = 0;
    Unit *u = compile(deep);
    assert_true(u->diags.n >= 1);
    assert_int_equal(u->diags.items[0].id, MD_FEATURE);
    unit_free(u);
    /* a long operator chain nests the AST deeply too */
    size_t terms = 3000;
    char *chain = malloc(terms * 2 + 8);
    assert_non_null(chain);
    strcpy(chain, "x = a");
    for (size_t i = 1; i < terms; i++) strcat(chain + strlen(chain) - 1, "+a");
    u = compile(chain);
    assert_true(u->diags.n >= 1);
    unit_free(u);
    free(chain);
    /* unclosed brackets, by the thousand */
    memset(deep, '[', 2 * n);
    deep[2 * n] = 0;
    u = compile(deep);
    assert_true(u->diags.n >= 1);
    unit_free(u);
    free(deep);
    /* a NUL byte and invalid UTF-8 are refused before parsing */
    McArena *a = mc_arena_new();
    MdList d;
    md_list_init(&d, a);
    McSource *src = mc_source_from_text(a, "t.py", "x = 1\0", 6);
    McNode *m = mc_parse(a, src, &d);
    assert_int_equal(m->list.n, 0);
    assert_int_equal(d.n, 1);
    assert_string_equal(d.items[0].message, "source code cannot contain null bytes");
    assert_int_equal(d.items[0].span.col, 5);
    mc_arena_free(a);
    /* random bytes, deterministic */
    static const char alphabet[] = " \n\t()[]{}:=+-*/'\"#\\abcdefif else def class 0123456789.,";
    unsigned seed = 12345;
    char junk[4096];
    for (int round = 0; round < 50; round++) {
        for (size_t i = 0; i < sizeof junk - 1; i++) {
            seed = seed * 1103515245u + 12345u;
            junk[i] = round % 2 ? alphabet[(seed >> 16) % (sizeof alphabet - 1)] : (char)((seed >> 16) % 255 + 1);
        }
        junk[sizeof junk - 1] = 0;
        u = compile(junk);
        unit_free(u);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ast_kinds),
        cmocka_unit_test(test_docstrings),
        cmocka_unit_test(test_int_literals),
        cmocka_unit_test(test_float_literals),
        cmocka_unit_test(test_string_escapes),
        cmocka_unit_test(test_fstrings),
        cmocka_unit_test(test_diagnostic_positions),
        cmocka_unit_test(test_messages),
        cmocka_unit_test(test_scopes),
        cmocka_unit_test(test_symbol_links),
        cmocka_unit_test(test_builtin_names),
        cmocka_unit_test(test_source_lines),
        cmocka_unit_test(test_render),
        cmocka_unit_test(test_no_crash),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
