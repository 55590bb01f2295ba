/* mc_parse.c — builds molt's AST (mc_ast.h) from tree-sitter-python's
 * concrete syntax tree, one small function per construct. Also reports what
 * the syntax alone shows to be wrong or unsupported: misplaced statements,
 * invalid targets, parameter and argument errors, async, match, walrus...
 * A statement that cannot be converted is dropped, so the tree stays usable. */
#include "mc_front.h"
#include "mrt.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

typedef struct P {
    McArena *a;
    const McSource *src;
    MdList *diags;
    int depth;
    int bad;           /* the statement being converted must be dropped */
    int deep_reported; /* "too deeply nested" is said once per file */
    /* Where we are, for the context checks. */
    int in_func;  /* inside a def body (also inside its lambdas/comprehensions) */
    int in_loop;  /* break/continue allowed */
    int in_class; /* directly in a class body */
    int in_lambda;
    const char *comp;     /* "list comprehension", ... while inside one */
    int fdepth;           /* f-string format-spec nesting */
    int syn_from, syn_to; /* the diagnostics mc_report_syntax_errors added */
    int strip_splat;      /* see hidden_splat() */
    int future_ok;        /* still at the top of the module: __future__ imports allowed */
} P;

/* ---- small helpers -------------------------------------------------------- */

static int is(TSNode n, const char *type) { return strcmp(ts_node_type(n), type) == 0; }

static McSpan span(P *p, TSNode n) { return mc_span_of(p->src, ts_node_start_byte(n), ts_node_end_byte(n)); }

static McSpan span2(P *p, TSNode from, TSNode to)
{
    return mc_span_of(p->src, ts_node_start_byte(from), ts_node_end_byte(to));
}

static McNode *mk(P *p, McKind k, TSNode n)
{
    McNode *x = mc_alloc(p->a, sizeof *x);
    x->kind = k;
    x->span = span(p, n);
    return x;
}

static const char *src_text(P *p, TSNode n, size_t *len)
{
    uint32_t s = ts_node_start_byte(n), e = ts_node_end_byte(n);
    *len = e - s;
    return p->src->text + s;
}

static const char *const hard_keywords[] = {
    "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
    "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
    "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
    "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield",    NULL};

static void report(P *p, MdCodeId id, TSNode n, const char *hint, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* An identifier's name. Tree-sitter's error recovery sometimes reads a
 * keyword as a name ("else: pass" as an annotation); that is an error. */
static const char *ident(P *p, TSNode n)
{
    size_t len;
    const char *s = src_text(p, n, &len);
    for (int i = 0; len <= 8 && len && hard_keywords[i]; i++)
        if (hard_keywords[i][0] == s[0] && strlen(hard_keywords[i]) == len && !memcmp(hard_keywords[i], s, len)) {
            report(p, MD_SYNTAX, n, NULL, "invalid syntax: unexpected keyword '%s'", hard_keywords[i]);
            p->bad = 1;
            break;
        }
    return mc_intern(p->a, s, len);
}

/* Field ids are looked up once per name: ts_node_child_by_field_name
 * searches the grammar's field names on every call. Names are literals,
 * so their addresses identify them. */
static TSNode field(TSNode n, const char *name)
{
    static const char *names[64];
    static TSFieldId ids[64];
    static int nnames;
    for (int i = 0; i < nnames; i++)
        if (names[i] == name) return ts_node_child_by_field_id(n, ids[i]);
    TSFieldId id = ts_language_field_id_for_name(tree_sitter_python(), name, (uint32_t)strlen(name));
    if (nnames < 64) {
        names[nnames] = name;
        ids[nnames++] = id;
    }
    return ts_node_child_by_field_id(n, id);
}

static int is_skippable(TSNode n) { return ts_node_is_extra(n) || is(n, "comment") || is(n, "line_continuation"); }

/* The children of a node, extras (comments) left out. Iterated with a tree
 * cursor: ts_node_child(n, i) is linear in i. */
typedef struct Kids {
    TSNode *n;
    int count;
} Kids;

static Kids kids(P *p, TSNode node)
{
    Kids k = {0};
    uint32_t total = ts_node_child_count(node);
    if (!total) return k;
    k.n = mc_alloc(p->a, total * sizeof(TSNode));
    TSTreeCursor c = ts_tree_cursor_new(node);
    if (ts_tree_cursor_goto_first_child(&c)) {
        do {
            TSNode ch = ts_tree_cursor_current_node(&c);
            if (!is_skippable(ch)) k.n[k.count++] = ch;
        } while (ts_tree_cursor_goto_next_sibling(&c));
    }
    ts_tree_cursor_delete(&c);
    return k;
}

/* Index of the first anonymous child with the given text, or -1. */
static int find_token(Kids k, const char *tok)
{
    for (int i = 0; i < k.count; i++)
        if (!ts_node_is_named(k.n[i]) && is(k.n[i], tok)) return i;
    return -1;
}

/* A line the token checks already reported a syntax error on: a second
 * syntax diagnostic there would only be an echo of the first. */
static int line_has_syntax_error(P *p, uint32_t line)
{
    for (int i = p->syn_from; i < p->syn_to && i < p->diags->n; i++)
        if (p->diags->items[i].span.line == line) return 1;
    return 0;
}

static void vreport(P *p, MdCodeId id, McSpan sp, const char *hint, const char *fmt, va_list ap)
{
    if (md_codes[id].category == MD_CAT_SYNTAX && line_has_syntax_error(p, sp.line)) return;
    char buf[512];
    vsnprintf(buf, sizeof buf, fmt, ap);
    md_add(p->diags, id, p->src, sp, hint, "%s", buf);
}

static void report(P *p, MdCodeId id, TSNode n, const char *hint, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport(p, id, span(p, n), hint, fmt, ap);
    va_end(ap);
}

static void report_span(P *p, MdCodeId id, McSpan sp, const char *hint, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static void report_span(P *p, MdCodeId id, McSpan sp, const char *hint, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport(p, id, sp, hint, fmt, ap);
    va_end(ap);
}

/* Marks the current statement as unusable. */
static McNode *fail(P *p)
{
    p->bad = 1;
    return NULL;
}

/* The depth guard every recursive conversion goes through. */
static int enter(P *p, TSNode n)
{
    if (p->depth >= MC_MAX_DEPTH) {
        if (!p->deep_reported)
            report(p, MD_FEATURE, n, "split the expression or statement into smaller parts",
                   "too deeply nested: more than %d levels", MC_MAX_DEPTH);
        p->deep_reported = 1;
        p->bad = 1;
        return 0;
    }
    p->depth++;
    return 1;
}

static void leave(P *p) { p->depth--; }

static McNode *expr(P *p, TSNode n);
static McNode *star(P *p, TSNode n);
static McNode *target(P *p, TSNode n, const char *ctx);
static void block(P *p, TSNode n, McNodeList *out);
static McNode *stmt(P *p, TSNode n);

/* ---- literals ------------------------------------------------------------- */

static McNode *e_name(P *p, TSNode n)
{
    McNode *x = mk(p, N_NAME, n);
    x->name = ident(p, n);
    return x;
}

static McNode *e_int(P *p, TSNode n)
{
    size_t len;
    const char *s = src_text(p, n, &len);
    char *digits = mc_int_literal(p->a, p->src, ts_node_start_byte(n), s, len, p->diags);
    if (!digits) return fail(p);
    McNode *x = mk(p, N_INT, n);
    x->str = digits;
    x->len = strlen(digits);
    return x;
}

static McNode *e_float(P *p, TSNode n)
{
    size_t len;
    const char *s = src_text(p, n, &len);
    double v;
    if (mc_float_literal(p->a, p->src, ts_node_start_byte(n), s, len, &v, p->diags) < 0) return fail(p);
    McNode *x = mk(p, N_FLOAT, n);
    x->fval = v;
    return x;
}

static McNode *e_const(P *p, TSNode n)
{
    const char *t = ts_node_type(n);
    McKind k = !strcmp(t, "true") ? N_TRUE : !strcmp(t, "false") ? N_FALSE : !strcmp(t, "none") ? N_NONE : N_ELLIPSIS;
    return mk(p, k, n);
}

/* ---- strings and f-strings ------------------------------------------------ */

/* Adjacent literals are gathered here: literal text accumulates in `text`
 * until a replacement field forces it out as an N_STR part. */
typedef struct StrAcc {
    McBuf text;
    uint32_t text_start, text_end; /* source range of the pending text */
    McNodeList parts;
    int nvalues, saw_bytes, saw_str, failed;
} StrAcc;

static void acc_flush(P *p, StrAcc *acc)
{
    if (acc->text.n == 0) return;
    McNode *s = mc_alloc(p->a, sizeof *s);
    s->kind = N_STR;
    s->span = mc_span_of(p->src, acc->text_start, acc->text_end);
    s->str = acc->text.p;
    s->len = acc->text.n;
    mc_list_push(p->a, &acc->parts, s);
    acc->text = (McBuf){0};
}

static void acc_text(P *p, StrAcc *acc, uint32_t start, uint32_t end, int flags)
{
    if (end <= start) return;
    if (acc->text.n == 0) acc->text_start = start;
    acc->text_end = end;
    if (mc_decode_string(p->a, &acc->text, p->src, start, p->src->text + start, end - start, flags, p->diags) < 0)
        acc->failed = 1;
}

static McNode *fstring_field(P *p, TSNode n, StrAcc *acc, int flags);

/* The format spec after ':' — literal text and nested replacement fields —
 * as an N_FSTRING of its own. */
static McNode *format_spec(P *p, TSNode spec, int flags)
{
    StrAcc acc = {0};
    Kids k = kids(p, spec);
    uint32_t pos = ts_node_start_byte(spec);
    int colon = find_token(k, ":");
    if (colon >= 0) pos = ts_node_end_byte(k.n[colon]);
    for (int i = colon + 1; i < k.count; i++) {
        if (!is(k.n[i], "format_expression")) continue;
        if (p->fdepth >= 2) {
            report(p, MD_SYNTAX, k.n[i], NULL, "f-string: expressions nested too deeply");
            return NULL;
        }
        acc_text(p, &acc, pos, ts_node_start_byte(k.n[i]), flags | MC_STR_F);
        acc_flush(p, &acc);
        McNode *v = fstring_field(p, k.n[i], &acc, flags);
        if (!v) return NULL;
        mc_list_push(p->a, &acc.parts, v);
        pos = ts_node_end_byte(k.n[i]);
    }
    acc_text(p, &acc, pos, ts_node_end_byte(spec), flags | MC_STR_F);
    acc_flush(p, &acc);
    if (acc.failed) return NULL;
    McNode *x = mk(p, N_FSTRING, spec);
    x->list = acc.parts;
    return x;
}

/* "{n:=>10}": tree-sitter saw n := ...; the field is n with the format
 * spec "=>10" (a spec holding nested fields is not rebuilt). */
static McNode *walrus_field(P *p, TSNode n, TSNode walrus)
{
    TSNode name = field(walrus, "name");
    Kids k = kids(p, walrus);
    int op = find_token(k, ":=");
    uint32_t end = ts_node_end_byte(n) - 1; /* the closing '}' */
    if (ts_node_is_null(name) || op < 0 || end <= ts_node_end_byte(k.n[op]) - 1 || p->src->text[end] != '}')
        return fail(p);
    uint32_t from = ts_node_start_byte(k.n[op]) + 1; /* after ':' */
    if (memchr(p->src->text + from, '{', end - from)) {
        report(p, MD_FEATURE, n, "put the format spec in a variable: f\"{n:{spec}}\"",
               "an f-string format spec that starts with '=' and holds replacement fields is not supported");
        return fail(p);
    }
    McNode *x = mk(p, N_FVALUE, n);
    x->a = e_name(p, name);
    StrAcc acc = {0};
    acc_text(p, &acc, from, end, MC_STR_F);
    acc_flush(p, &acc);
    if (acc.failed) return fail(p);
    x->b = mk(p, N_FSTRING, n);
    x->b->list = acc.parts;
    return x;
}

/* One {expression!conv:spec} field; the `{x=}` form first adds its source
 * text ("x=") to the pending literal text. */
static McNode *fstring_field(P *p, TSNode n, StrAcc *acc, int flags)
{
    Kids k = kids(p, n);
    TSNode e = field(n, "expression"), conv = field(n, "type_conversion"), spec = field(n, "format_specifier");
    if (ts_node_is_null(e) || ts_node_is_missing(e)) {
        report(p, MD_SYNTAX, n, NULL, "f-string: empty expression not allowed");
        return NULL;
    }
    if (mc_fstring_walrus_quirk(n)) return walrus_field(p, n, mc_fstring_walrus(n));
    int eq = find_token(k, "=");
    if (eq >= 0) {
        uint32_t from = ts_node_start_byte(k.n[0]) + 1; /* after '{' */
        uint32_t to = !ts_node_is_null(conv)   ? ts_node_start_byte(conv)
                      : !ts_node_is_null(spec) ? ts_node_start_byte(spec)
                                               : ts_node_end_byte(k.n[eq]);
        if (ts_node_is_null(conv) && ts_node_is_null(spec)) {
            /* keep the whitespace after '=' ("{x = }" shows "x = ") */
            int close = find_token(k, "}");
            if (close >= 0) to = ts_node_start_byte(k.n[close]);
        }
        if (acc->text.n == 0) acc->text_start = from;
        acc->text_end = to;
        mc_buf_add(p->a, &acc->text, p->src->text + from, to - from);
        acc_flush(p, acc);
    }
    McNode *x = mk(p, N_FVALUE, n);
    x->a = expr(p, e);
    if (!x->a) return NULL;
    if (!ts_node_is_null(conv)) {
        size_t len;
        const char *s = src_text(p, conv, &len);
        char c = len >= 2 ? s[1] : 0;
        if (len != 2 || (c != 'r' && c != 's' && c != 'a')) {
            report(p, MD_SYNTAX, conv, NULL, "f-string: invalid conversion character '%.*s': expected 's', 'r', or 'a'",
                   (int)(len > 1 ? len - 1 : 0), s + 1);
            return NULL;
        }
        x->op = c;
    } else if (eq >= 0 && ts_node_is_null(spec)) {
        x->op = 'r'; /* "{x=}" shows repr(x) unless a format spec is given */
    }
    if (!ts_node_is_null(spec)) {
        p->fdepth++;
        x->b = format_spec(p, spec, flags);
        p->fdepth--;
        if (!x->b) return NULL;
    }
    return x;
}

/* Reads the prefix letters of a string_start token ("rb'", 'f"""'). */
static int string_flags(P *p, TSNode start, int *quote)
{
    size_t len;
    const char *s = src_text(p, start, &len);
    int flags = 0;
    *quote = 0;
    for (size_t i = 0; i < len; i++) {
        switch (s[i]) {
        case 'r':
        case 'R':
            flags |= MC_STR_RAW;
            break;
        case 'b':
        case 'B':
            flags |= MC_STR_BYTES;
            break;
        case 'f':
        case 'F':
            flags |= MC_STR_F;
            break;
        case 'u':
        case 'U':
            break;
        default:
            *quote = (unsigned char)s[i];
            return flags;
        }
    }
    return flags;
}

static void add_string(P *p, StrAcc *acc, TSNode n)
{
    Kids k = kids(p, n);
    if (k.count == 0 || !is(k.n[0], "string_start")) {
        acc->failed = 1;
        return;
    }
    int quote;
    int flags = string_flags(p, k.n[0], &quote);
    if (quote == '`') {
        report(p, MD_PY2_SYNTAX, n, "use repr(...)", "backquotes are Python 2 syntax");
        acc->failed = 1;
        return;
    }
    if (flags & MC_STR_BYTES)
        acc->saw_bytes = 1;
    else
        acc->saw_str = 1;
    uint32_t pos = ts_node_end_byte(k.n[0]);
    uint32_t end = ts_node_end_byte(n);
    /* The body ends before the closing quotes. (Not at string_end's start:
     * tree-sitter's scanner makes R"\"" end with a three-byte string_end.) */
    size_t slen;
    const char *st = src_text(p, k.n[0], &slen);
    uint32_t qlen = slen >= 3 && st[slen - 1] == st[slen - 2] && st[slen - 2] == st[slen - 3] ? 3 : 1;
    const char *text = p->src->text;
    if (end >= pos + qlen && memcmp(text + end - qlen, st + slen - qlen, qlen) == 0)
        end -= qlen;
    else if (is(k.n[k.count - 1], "string_end"))
        end = ts_node_start_byte(k.n[k.count - 1]);
    for (int i = 1; i < k.count && !acc->failed; i++) {
        if (!is(k.n[i], "interpolation")) continue;
        acc_text(p, acc, pos, ts_node_start_byte(k.n[i]), flags);
        McNode *v = fstring_field(p, k.n[i], acc, flags);
        if (!v) {
            acc->failed = 1;
            return;
        }
        acc_flush(p, acc);
        mc_list_push(p->a, &acc->parts, v);
        acc->nvalues++;
        pos = ts_node_end_byte(k.n[i]);
    }
    acc_text(p, acc, pos, end, flags);
}

static McNode *e_string(P *p, TSNode n)
{
    StrAcc acc = {0};
    if (is(n, "concatenated_string")) {
        Kids k = kids(p, n);
        for (int i = 0; i < k.count && !acc.failed; i++)
            if (is(k.n[i], "string")) add_string(p, &acc, k.n[i]);
    } else {
        add_string(p, &acc, n);
    }
    if (acc.failed) return fail(p);
    if (acc.saw_bytes && acc.saw_str) {
        report(p, MD_SYNTAX, n, NULL, "cannot mix bytes and nonbytes literals");
        return fail(p);
    }
    if (acc.nvalues == 0) {
        McNode *x = mk(p, acc.saw_bytes ? N_BYTES : N_STR, n);
        x->str = acc.text.p ? acc.text.p : mc_strndup(p->a, "", 0);
        x->len = acc.text.n;
        return x;
    }
    acc_flush(p, &acc);
    McNode *x = mk(p, N_FSTRING, n);
    x->list = acc.parts;
    return x;
}

/* ---- operators ------------------------------------------------------------ */

static int binop_code(const char *op)
{
    static const struct {
        const char *s;
        int op;
    } ops[] = {
        {"+", MRT_OP_ADD}, {"-", MRT_OP_SUB},  {"*", MRT_OP_MUL},     {"/", MRT_OP_TRUEDIV}, {"//", MRT_OP_FLOORDIV},
        {"%", MRT_OP_MOD}, {"**", MRT_OP_POW}, {"<<", MRT_OP_LSHIFT}, {">>", MRT_OP_RSHIFT}, {"&", MRT_OP_AND},
        {"|", MRT_OP_OR},  {"^", MRT_OP_XOR},  {"@", MRT_OP_MATMUL},
    };
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (!strcmp(ops[i].s, op)) return ops[i].op;
    return -1;
}

/* tree-sitter-python 0.23 ranks `^` above `&`; Python ranks `&` above `^`.
 * An unparenthesised chain of the two is flattened here and rebuilt with
 * Python's precedence (both left-associative). */
static int bit_op_of(TSNode n)
{
    if (strcmp(ts_node_type(n), "binary_operator")) return -1;
    TSNode op = field(n, "operator");
    int code = ts_node_is_null(op) ? -1 : binop_code(ts_node_type(op));
    return code == MRT_OP_AND || code == MRT_OP_XOR ? code : -1;
}

/* The operands and operators of a chain, left to right: an in-order walk
 * of the connected '&'/'^' nodes (tree-sitter puts '^' subtrees on either
 * side), with explicit stacks since chains can be long. Returns the number
 * of operands; the arrays are in the arena. */
static int flatten_bits(P *p, TSNode n, TSNode **operands, int **ops)
{
    int cap = 16, k = 0, nops = 0, sp = 0, scap = 16;
    *operands = mc_alloc(p->a, (size_t)cap * sizeof(TSNode));
    *ops = mc_alloc(p->a, (size_t)cap * sizeof(int));
    TSNode *stack = mc_alloc(p->a, (size_t)scap * sizeof(TSNode));
    TSNode cur = n;
    for (;;) {
        while (bit_op_of(cur) >= 0) {
            if (sp == scap) {
                TSNode *bigger = mc_alloc(p->a, (size_t)scap * 2 * sizeof(TSNode));
                memcpy(bigger, stack, (size_t)scap * sizeof(TSNode));
                stack = bigger;
                scap *= 2;
            }
            stack[sp++] = cur;
            cur = field(cur, "left");
        }
        if (k == cap) {
            TSNode *o = mc_alloc(p->a, (size_t)cap * 2 * sizeof(TSNode));
            int *q = mc_alloc(p->a, (size_t)cap * 2 * sizeof(int));
            memcpy(o, *operands, (size_t)cap * sizeof(TSNode));
            memcpy(q, *ops, (size_t)cap * sizeof(int));
            *operands = o;
            *ops = q;
            cap *= 2;
        }
        (*operands)[k++] = cur;
        if (sp == 0) break;
        TSNode op = stack[--sp];
        (*ops)[nops++] = bit_op_of(op);
        cur = field(op, "right");
    }
    return k;
}

static McNode *bit_node(P *p, TSNode at, int op, McNode *a, McNode *b)
{
    McNode *x = mk(p, N_BINOP, at);
    x->op = op;
    x->a = a;
    x->b = b;
    x->span.start = a->span.start;
    x->span.line = a->span.line;
    x->span.col = a->span.col;
    x->span.end = b->span.end;
    x->span.end_line = b->span.end_line;
    x->span.end_col = b->span.end_col;
    return x;
}

static McNode *e_bitchain(P *p, TSNode n)
{
    TSNode *operands;
    int *ops;
    int k = flatten_bits(p, n, &operands, &ops);
    /* The rebuilt tree is a left-deep '^' chain of left-deep '&' chains. */
    int nxor = 0, run = 0, longest = 0;
    for (int i = 0; i + 1 < k; i++) {
        run = ops[i] == MRT_OP_AND ? run + 1 : 0;
        nxor += ops[i] == MRT_OP_XOR;
        longest = run > longest ? run : longest;
    }
    if (p->depth + nxor + longest + 1 > MC_MAX_DEPTH) {
        if (!p->deep_reported)
            report(p, MD_FEATURE, n, "split the expression into smaller parts",
                   "too deeply nested: more than %d levels", MC_MAX_DEPTH);
        p->deep_reported = 1;
        return fail(p);
    }
    McNode *result = NULL, *term = NULL;
    for (int i = 0; i < k; i++) {
        McNode *v = expr(p, operands[i]);
        if (!v) return fail(p);
        term = term ? bit_node(p, n, MRT_OP_AND, term, v) : v;
        if (i == k - 1 || ops[i] == MRT_OP_XOR) {
            result = result ? bit_node(p, n, MRT_OP_XOR, result, term) : term;
            term = NULL;
        }
    }
    return result;
}

static McNode *e_binop(P *p, TSNode n)
{
    TSNode op = field(n, "operator");
    int code = ts_node_is_null(op) ? -1 : binop_code(ts_node_type(op));
    if (code < 0) return fail(p);
    if (code == MRT_OP_AND || code == MRT_OP_XOR) return e_bitchain(p, n);
    McNode *x = mk(p, N_BINOP, n);
    x->op = code;
    x->a = expr(p, field(n, "left"));
    x->b = expr(p, field(n, "right"));
    return x->a && x->b ? x : fail(p);
}

static McNode *e_unary(P *p, TSNode n)
{
    TSNode op = field(n, "operator");
    const char *t = ts_node_is_null(op) ? "" : ts_node_type(op);
    McNode *x = mk(p, N_UNARY, n);
    x->op = !strcmp(t, "-") ? MRT_UOP_NEG : !strcmp(t, "+") ? MRT_UOP_POS : MRT_UOP_INVERT;
    x->a = expr(p, field(n, "argument"));
    return x->a ? x : fail(p);
}

static McNode *e_not(P *p, TSNode n)
{
    McNode *x = mk(p, N_NOT, n);
    x->a = expr(p, field(n, "argument"));
    return x->a ? x : fail(p);
}

static McNode *e_boolop(P *p, TSNode n)
{
    TSNode op = field(n, "operator");
    McNode *x = mk(p, !ts_node_is_null(op) && is(op, "and") ? N_AND : N_OR, n);
    x->a = expr(p, field(n, "left"));
    x->b = expr(p, field(n, "right"));
    return x->a && x->b ? x : fail(p);
}

static int cmp_code(const char *op)
{
    static const struct {
        const char *s;
        int op;
    } ops[] = {
        {"<", MC_CMP_LT},  {"<=", MC_CMP_LE}, {"==", MC_CMP_EQ},         {"!=", MC_CMP_NE}, {">", MC_CMP_GT},
        {">=", MC_CMP_GE}, {"is", MC_CMP_IS}, {"is not", MC_CMP_IS_NOT}, {"in", MC_CMP_IN}, {"not in", MC_CMP_NOT_IN},
    };
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (!strcmp(ops[i].s, op)) return ops[i].op;
    return -1;
}

static McNode *e_compare(P *p, TSNode n)
{
    Kids k = kids(p, n);
    McNode *x = mk(p, N_COMPARE, n);
    x->ops = mc_alloc(p->a, (size_t)k.count * sizeof(int));
    int nops = 0;
    for (int i = 0; i < k.count; i++) {
        TSNode c = k.n[i];
        if (ts_node_is_named(c)) {
            McNode *e = expr(p, c);
            if (!e) return fail(p);
            mc_list_push(p->a, &x->list, e);
        } else if (is(c, "<>")) {
            report(p, MD_PY2_SYNTAX, c, "use '!='", "'<>' is Python 2 syntax");
            return fail(p);
        } else {
            int code = cmp_code(ts_node_type(c));
            if (code < 0) return fail(p);
            x->ops[nops++] = code;
        }
    }
    if (x->list.n < 2 || nops != x->list.n - 1) return fail(p);
    return x;
}

static McNode *e_ifexp(P *p, TSNode n)
{
    Kids k = kids(p, n);
    TSNode parts[3];
    int np = 0;
    for (int i = 0; i < k.count && np < 3; i++)
        if (ts_node_is_named(k.n[i])) parts[np++] = k.n[i];
    if (np != 3) return fail(p);
    McNode *x = mk(p, N_IFEXP, n);
    x->b = expr(p, parts[0]);
    x->a = expr(p, parts[1]);
    x->c = expr(p, parts[2]);
    return x->a && x->b && x->c ? x : fail(p);
}

/* ---- attribute, subscript, call ------------------------------------------- */

/* The head of a call/attribute/subscript chain: its function, object or
 * value child. */
static TSNode chain_head(TSNode n)
{
    if (is(n, "call")) return field(n, "function");
    if (is(n, "attribute")) return field(n, "object");
    if (is(n, "subscript")) return field(n, "value");
    return (TSNode){0};
}

/* Tree-sitter reads "*a.f()" as a call of "*a.f": the star sits at the head
 * of the chain instead of around it. */
static int hidden_splat(TSNode n)
{
    for (TSNode h = chain_head(n); !ts_node_is_null(h); h = chain_head(h))
        if (is(h, "list_splat")) return 1;
    return 0;
}

static int is_star_node(TSNode n) { return is(n, "list_splat") || is(n, "list_splat_pattern") || hidden_splat(n); }

/* Converts the head of a chain, dropping the misplaced star when the
 * chain as a whole is the starred operand. */
static McNode *head_expr(P *p, TSNode h)
{
    if (p->strip_splat && !ts_node_is_null(h) && is(h, "list_splat")) {
        p->strip_splat = 0;
        TSNode inner = ts_node_named_child(h, 0);
        while (!ts_node_is_null(inner) && is_skippable(inner)) inner = ts_node_next_named_sibling(inner);
        return expr(p, inner);
    }
    return expr(p, h);
}

static McNode *e_attr(P *p, TSNode n)
{
    TSNode obj = field(n, "object"), attr = field(n, "attribute");
    if (ts_node_is_null(attr) || ts_node_is_missing(attr)) return fail(p);
    McNode *x = mk(p, N_ATTR, n);
    x->a = head_expr(p, obj);
    x->name = ident(p, attr);
    return x->a ? x : fail(p);
}

static McNode *e_slice(P *p, TSNode n)
{
    Kids k = kids(p, n);
    McNode *x = mk(p, N_SLICE, n);
    McNode **slot[3] = {&x->a, &x->b, &x->c};
    int part = 0;
    for (int i = 0; i < k.count; i++) {
        if (!ts_node_is_named(k.n[i])) {
            if (is(k.n[i], ":") && part < 2) part++;
            continue;
        }
        *slot[part] = expr(p, k.n[i]);
        if (!*slot[part]) return fail(p);
    }
    return x;
}

static McNode *subscript_item(P *p, TSNode n)
{
    if (is(n, "slice")) return e_slice(p, n);
    if (is(n, "list_splat")) {
        report(p, MD_STARRED_CONTEXT, n, NULL, "starred expressions in subscripts are not supported");
        return fail(p);
    }
    return expr(p, n);
}

static McNode *e_subscript(P *p, TSNode n)
{
    Kids k = kids(p, n);
    int open = find_token(k, "[");
    if (open < 0) return fail(p);
    McNode *x = mk(p, N_SUBSCRIPT, n);
    x->a = head_expr(p, field(n, "value"));
    if (!x->a) return NULL;
    McNodeList items = {0};
    int comma = 0, first = -1, last = -1;
    for (int i = open + 1; i < k.count; i++) {
        if (!ts_node_is_named(k.n[i])) {
            comma |= is(k.n[i], ",");
            continue;
        }
        McNode *e = subscript_item(p, k.n[i]);
        if (!e) return NULL;
        mc_list_push(p->a, &items, e);
        if (first < 0) first = i;
        last = i;
    }
    if (items.n == 0) return fail(p);
    if (items.n == 1 && !comma) {
        x->b = items.items[0];
    } else {
        McNode *t = mc_alloc(p->a, sizeof *t);
        t->kind = N_TUPLE;
        t->span = span2(p, k.n[first], k.n[last]);
        t->list = items;
        x->b = t;
    }
    return x;
}

/* Argument list of a call: order and duplicate checks as CPython makes. */
static int call_args(P *p, TSNode n, McNodeList *out)
{
    Kids k = kids(p, n);
    int seen_kw = 0, seen_dstar = 0;
    McNodeList names = {0};
    for (int i = 0; i < k.count; i++) {
        TSNode c = k.n[i];
        if (!ts_node_is_named(c)) continue;
        McNode *arg;
        if (is(c, "keyword_argument")) {
            TSNode name = field(c, "name");
            if (ts_node_is_null(name)) return -1;
            arg = mk(p, N_KEYWORD, c);
            arg->name = ident(p, name);
            for (int j = 0; j < names.n; j++)
                if (names.items[j]->name == arg->name) {
                    report(p, MD_BAD_PARAMS, c, NULL, "keyword argument repeated: %s", arg->name);
                    return -1;
                }
            mc_list_push(p->a, &names, arg);
            arg->a = expr(p, field(c, "value"));
            seen_kw = 1;
        } else if (is(c, "dictionary_splat")) {
            Kids d = kids(p, c);
            arg = mk(p, N_DSTAR, c);
            arg->a = d.count >= 2 ? expr(p, d.n[d.count - 1]) : NULL;
            seen_dstar = 1;
        } else if (is_star_node(c)) {
            if (seen_dstar) {
                report(p, MD_BAD_PARAMS, c, NULL, "iterable argument unpacking follows keyword argument unpacking");
                return -1;
            }
            arg = star(p, c);
        } else {
            if (seen_kw || seen_dstar) {
                report(p, MD_BAD_PARAMS, c, "move positional arguments before keyword arguments",
                       "positional argument follows keyword argument%s", seen_dstar ? " unpacking" : "");
                return -1;
            }
            arg = expr(p, c);
        }
        if (!arg || ((arg->kind == N_KEYWORD || arg->kind == N_DSTAR) && !arg->a)) return -1;
        mc_list_push(p->a, out, arg);
    }
    return 0;
}

static McNode *e_call(P *p, TSNode n)
{
    TSNode fn = field(n, "function"), args = field(n, "arguments");
    if (ts_node_is_null(fn) || ts_node_is_null(args)) return fail(p);
    McNode *x = mk(p, N_CALL, n);
    x->a = head_expr(p, fn);
    if (!x->a) return NULL;
    if (is(args, "generator_expression")) {
        McNode *g = expr(p, args);
        if (!g) return NULL;
        mc_list_push(p->a, &x->list, g);
    } else if (call_args(p, args, &x->list) < 0) {
        return fail(p);
    }
    return x;
}

/* ---- displays and comprehensions ------------------------------------------ */

/* *x where a star is allowed (displays, calls, targets); the callers that
 * allow it call this directly, everything else reaches e_star below. */
static McNode *star(P *p, TSNode n)
{
    if (hidden_splat(n)) {
        McNode *x = mk(p, N_STAR, n);
        p->strip_splat = 1;
        x->a = expr(p, n);
        p->strip_splat = 0;
        return x->a ? x : fail(p);
    }
    Kids k = kids(p, n);
    TSNode inner = {0};
    for (int i = 0; i < k.count; i++)
        if (ts_node_is_named(k.n[i])) inner = k.n[i];
    if (ts_node_is_null(inner)) return fail(p);
    McNode *x = mk(p, N_STAR, n);
    x->a = expr(p, inner);
    return x->a ? x : fail(p);
}

static McNode *e_star(P *p, TSNode n)
{
    report(p, MD_SYNTAX, n, NULL, "can't use starred expression here");
    return fail(p);
}

static McNode *e_seq(P *p, TSNode n, McKind kind)
{
    Kids k = kids(p, n);
    if (is(n, "tuple_pattern") && find_token(k, ",") < 0) {
        /* "(x)" as a target is just x in parentheses */
        for (int i = 0; i < k.count; i++)
            if (ts_node_is_named(k.n[i])) return expr(p, k.n[i]);
    }
    McNode *x = mk(p, kind, n);
    for (int i = 0; i < k.count; i++) {
        TSNode c = k.n[i];
        if (!ts_node_is_named(c)) continue;
        if (is(c, "parenthesized_list_splat")) {
            report(p, MD_SYNTAX, c, "remove the parentheses", "cannot use starred expression here");
            return fail(p);
        }
        McNode *e = is_star_node(c) ? star(p, c) : expr(p, c);
        if (!e) return fail(p);
        mc_list_push(p->a, &x->list, e);
    }
    return x;
}

static McNode *e_list(P *p, TSNode n) { return e_seq(p, n, N_LIST); }
static McNode *e_tuple(P *p, TSNode n) { return e_seq(p, n, N_TUPLE); }
static McNode *e_set(P *p, TSNode n) { return e_seq(p, n, N_SET); }

static McNode *e_pair(P *p, TSNode n)
{
    McNode *x = mk(p, N_PAIR, n);
    x->a = expr(p, field(n, "key"));
    x->b = expr(p, field(n, "value"));
    return x->a && x->b ? x : fail(p);
}

static McNode *e_dict(P *p, TSNode n)
{
    Kids k = kids(p, n);
    McNode *x = mk(p, N_DICT, n);
    for (int i = 0; i < k.count; i++) {
        TSNode c = k.n[i];
        McNode *e;
        if (!ts_node_is_named(c)) continue;
        if (is(c, "pair")) {
            e = e_pair(p, c);
        } else if (is(c, "dictionary_splat")) {
            e = star(p, c);
            if (e) e->kind = N_DSTAR;
        } else {
            return fail(p);
        }
        if (!e) return fail(p);
        mc_list_push(p->a, &x->list, e);
    }
    return x;
}

static McNode *comp_for(P *p, TSNode n, int first)
{
    Kids k = kids(p, n);
    if (find_token(k, "async") >= 0) {
        report(p, MD_ASYNC, k.n[find_token(k, "async")], NULL, "asynchronous comprehensions are not supported");
        return fail(p);
    }
    int in = find_token(k, "in");
    if (in < 0) return fail(p);
    McNode *x = mk(p, N_COMPFOR, n);
    TSNode iter = {0};
    int niter = 0;
    for (int i = in + 1; i < k.count; i++)
        if (ts_node_is_named(k.n[i]) && niter++ == 0) iter = k.n[i];
    if (niter != 1) {
        report(p, MD_SYNTAX, n, "put parentheses around the tuple",
               "a tuple after 'in' in a comprehension must be parenthesized");
        return fail(p);
    }
    x->a = target(p, field(n, "left"), "for");
    if (first) {
        /* The first iterable is evaluated in the enclosing scope: it takes
         * the enclosing context (a yield there is the outer function's). */
        const char *comp = p->comp;
        p->comp = NULL;
        x->b = expr(p, iter);
        p->comp = comp;
    } else {
        x->b = expr(p, iter);
    }
    return x->a && x->b ? x : fail(p);
}

static McNode *e_comp(P *p, TSNode n)
{
    const char *t = ts_node_type(n);
    McKind kind;
    const char *what;
    if (!strcmp(t, "list_comprehension"))
        kind = N_LISTCOMP, what = "list comprehension";
    else if (!strcmp(t, "set_comprehension"))
        kind = N_SETCOMP, what = "set comprehension";
    else if (!strcmp(t, "dictionary_comprehension"))
        kind = N_DICTCOMP, what = "dict comprehension";
    else
        kind = N_GENEXP, what = "generator expression";
    McNode *x = mk(p, kind, n);
    Kids k = kids(p, n);
    const char *saved = p->comp;
    int first = 1;
    for (int i = 0; i < k.count; i++) {
        TSNode c = k.n[i];
        McNode *clause = NULL;
        if (is(c, "for_in_clause")) {
            p->comp = what;
            clause = comp_for(p, c, first);
            first = 0;
        } else if (is(c, "if_clause")) {
            Kids ck = kids(p, c);
            clause = mk(p, N_COMPIF, c);
            for (int j = 0; j < ck.count; j++)
                if (ts_node_is_named(ck.n[j])) clause->a = expr(p, ck.n[j]);
            if (!clause->a) clause = NULL;
        } else {
            continue;
        }
        if (!clause) {
            p->comp = saved;
            return fail(p);
        }
        mc_list_push(p->a, &x->list, clause);
    }
    TSNode body = field(n, "body");
    p->comp = what;
    if (kind == N_DICTCOMP) {
        McNode *pair = ts_node_is_null(body) || !is(body, "pair") ? NULL : e_pair(p, body);
        if (pair) {
            x->a = pair->a;
            x->b = pair->b;
        }
    } else {
        x->a = ts_node_is_null(body) ? NULL : expr(p, body);
    }
    p->comp = saved;
    if (!x->a || x->list.n == 0) return fail(p);
    return x;
}

/* ---- lambda, yield, and the unsupported expressions ----------------------- */

static int params(P *p, TSNode n, McNodeList *out, int is_lambda);

static McNode *e_lambda(P *p, TSNode n)
{
    McNode *x = mk(p, N_LAMBDA, n);
    TSNode ps = field(n, "parameters");
    if (!ts_node_is_null(ps) && params(p, ps, &x->params, 1) < 0) return fail(p);
    int in_lambda = p->in_lambda;
    const char *comp = p->comp;
    p->in_lambda = 1;
    p->comp = NULL;
    x->a = expr(p, field(n, "body"));
    p->in_lambda = in_lambda;
    p->comp = comp;
    return x->a ? x : fail(p);
}

static McNode *e_yield(P *p, TSNode n)
{
    Kids k = kids(p, n);
    int from = find_token(k, "from") >= 0;
    if (p->comp) {
        report(p, MD_BAD_STMT_CONTEXT, n, NULL, "'yield' inside %s", p->comp);
        return fail(p);
    }
    if (p->in_lambda) {
        report(p, MD_YIELD_CONTEXT, n, "write a generator function with def instead",
               "'yield' inside a lambda is not supported");
        return fail(p);
    }
    if (!p->in_func) {
        report(p, MD_BAD_STMT_CONTEXT, n, NULL, "'yield' outside function");
        return fail(p);
    }
    McNode *x = mk(p, from ? N_YIELDFROM : N_YIELD, n);
    for (int i = 0; i < k.count; i++)
        if (ts_node_is_named(k.n[i])) {
            x->a = expr(p, k.n[i]);
            if (!x->a) return fail(p);
        }
    if (from && !x->a) return fail(p);
    return x;
}

static McNode *e_await(P *p, TSNode n)
{
    report(p, MD_ASYNC, n, NULL, "'await' is not supported");
    return fail(p);
}

static McNode *e_walrus(P *p, TSNode n)
{
    report(p, MD_WALRUS, n, "assign in a separate statement first", "assignment expressions (:=) are not supported");
    return fail(p);
}

static McNode *e_paren(P *p, TSNode n)
{
    Kids k = kids(p, n);
    for (int i = 0; i < k.count; i++) {
        TSNode c = k.n[i];
        if (!ts_node_is_named(c)) continue;
        if (is(c, "list_splat")) {
            report(p, MD_SYNTAX, c, "add a comma to make a tuple: (*x,)", "cannot use starred expression here");
            return fail(p);
        }
        return expr(p, c);
    }
    return fail(p);
}

static McNode *e_misplaced(P *p, TSNode n)
{
    if (is(n, "as_pattern"))
        report(p, MD_SYNTAX, n, NULL, "invalid syntax: 'as' is only allowed in import, with and except");
    else if (is(n, "keyword_argument"))
        report(p, MD_SYNTAX, n, NULL, "invalid syntax: a keyword argument is only allowed in a call");
    else if (is(n, "dictionary_splat"))
        report(p, MD_SYNTAX, n, NULL, "invalid syntax: '**' unpacking is only allowed in calls and dict displays");
    return fail(p);
}

typedef McNode *(*ExprFn)(P *, TSNode);
static const struct {
    const char *type;
    ExprFn fn;
} expr_table[] = {
    {"identifier", e_name},
    {"integer", e_int},
    {"float", e_float},
    {"string", e_string},
    {"concatenated_string", e_string},
    {"true", e_const},
    {"false", e_const},
    {"none", e_const},
    {"ellipsis", e_const},
    {"attribute", e_attr},
    {"subscript", e_subscript},
    {"call", e_call},
    {"binary_operator", e_binop},
    {"unary_operator", e_unary},
    {"not_operator", e_not},
    {"boolean_operator", e_boolop},
    {"comparison_operator", e_compare},
    {"conditional_expression", e_ifexp},
    {"lambda", e_lambda},
    {"list", e_list},
    {"list_pattern", e_list},
    {"tuple", e_tuple},
    {"tuple_pattern", e_tuple},
    {"expression_list", e_tuple},
    {"pattern_list", e_tuple},
    {"set", e_set},
    {"dictionary", e_dict},
    {"list_comprehension", e_comp},
    {"set_comprehension", e_comp},
    {"dictionary_comprehension", e_comp},
    {"generator_expression", e_comp},
    {"parenthesized_expression", e_paren},
    {"list_splat", e_star},
    {"list_splat_pattern", e_star},
    {"yield", e_yield},
    {"await", e_await},
    {"named_expression", e_walrus},
    {"as_pattern", e_misplaced},
    {"keyword_argument", e_misplaced},
    {"dictionary_splat", e_misplaced},
};

static McNode *expr(P *p, TSNode n)
{
    if (ts_node_is_null(n) || ts_node_is_missing(n) || is(n, "ERROR"))
        return fail(p); /* already reported by mc_report_syntax_errors */
    if (!enter(p, n)) return NULL;
    const char *t = ts_node_type(n);
    McNode *x = NULL;
    size_t i;
    for (i = 0; i < sizeof expr_table / sizeof expr_table[0]; i++)
        if (!strcmp(expr_table[i].type, t)) {
            x = expr_table[i].fn(p, n);
            break;
        }
    if (i == sizeof expr_table / sizeof expr_table[0]) {
        report(p, MD_FEATURE, n, NULL, "this syntax (%s) is not supported", t);
        x = fail(p);
    }
    leave(p);
    if (!x) p->bad = 1;
    return x;
}

/* ---- assignment targets --------------------------------------------------- */

/* What a non-target expression is called in CPython's messages. */
static const char *expr_desc(const McNode *e)
{
    switch (e->kind) {
    case N_CALL:
        return "function call";
    case N_INT:
    case N_FLOAT:
    case N_STR:
    case N_BYTES:
        return "literal";
    case N_TRUE:
        return "True";
    case N_FALSE:
        return "False";
    case N_NONE:
        return "None";
    case N_ELLIPSIS:
        return "ellipsis";
    case N_COMPARE:
        return "comparison";
    case N_IFEXP:
        return "conditional expression";
    case N_LAMBDA:
        return "lambda";
    case N_DICT:
        return "dict literal";
    case N_SET:
        return "set display";
    case N_LISTCOMP:
        return "list comprehension";
    case N_SETCOMP:
        return "set comprehension";
    case N_DICTCOMP:
        return "dict comprehension";
    case N_GENEXP:
        return "generator expression";
    case N_FSTRING:
        return "f-string expression";
    case N_YIELD:
    case N_YIELDFROM:
        return "yield expression";
    case N_STAR:
        return "starred";
    case N_TUPLE:
        return "tuple";
    case N_LIST:
        return "list";
    default:
        return "expression";
    }
}

/* Checks that e can be assigned to (ctx "assign", "for", "with", "del",
 * "aug", "annotated"); reports and returns -1 if not. */
static int check_target(P *p, McNode *e, const char *ctx, int nested)
{
    int del = !strcmp(ctx, "del"), aug = !strcmp(ctx, "aug"), ann = !strcmp(ctx, "annotated");
    switch (e->kind) {
    case N_NAME:
        if (e->name == mc_intern(p->a, "__debug__", 9)) {
            report_span(p, MD_BAD_ASSIGN_TARGET, e->span, NULL, "cannot %s __debug__", del ? "delete" : "assign to");
            return -1;
        }
        return 0;
    case N_ATTR:
    case N_SUBSCRIPT:
        return 0;
    case N_TUPLE:
    case N_LIST:
        if (aug || ann) break;
        {
            int stars = 0;
            for (int i = 0; i < e->list.n; i++) {
                McNode *el = e->list.items[i];
                if (el->kind == N_STAR) {
                    if (del) {
                        report_span(p, MD_BAD_ASSIGN_TARGET, el->span, NULL, "cannot delete starred");
                        return -1;
                    }
                    if (++stars > 1) {
                        report_span(p, MD_BAD_ASSIGN_TARGET, el->span, NULL,
                                    "multiple starred expressions in assignment");
                        return -1;
                    }
                    if (check_target(p, el->a, ctx, 1) < 0) return -1;
                } else if (check_target(p, el, ctx, 1) < 0) {
                    return -1;
                }
            }
        }
        return 0;
    case N_STAR:
        if (!aug && !ann && !del) {
            report_span(p, MD_BAD_ASSIGN_TARGET, e->span, "add a comma to make a tuple: *x, = ...",
                        "starred assignment target must be in a list or tuple");
            return -1;
        }
        break;
    default:
        break;
    }
    const char *what = expr_desc(e);
    if (aug)
        report_span(p, MD_BAD_ASSIGN_TARGET, e->span, NULL, "'%s' is an illegal expression for augmented assignment",
                    what);
    else if (ann)
        report_span(p, MD_BAD_ASSIGN_TARGET, e->span, NULL, "only single target (not %s) can be annotated", what);
    else if (del)
        report_span(p, MD_BAD_ASSIGN_TARGET, e->span, NULL, "cannot delete %s", what);
    else
        report_span(p, MD_BAD_ASSIGN_TARGET, e->span, nested || strcmp(ctx, "assign") ? NULL : "use '==' to compare",
                    "cannot assign to %s", what);
    return -1;
}

static McNode *target(P *p, TSNode n, const char *ctx)
{
    int starred = !ts_node_is_null(n) && is_star_node(n);
    McNode *e = starred ? star(p, n) : expr(p, n);
    if (!e) return NULL;
    if (check_target(p, e, ctx, 0) < 0) return fail(p);
    return e;
}

/* ---- parameters ----------------------------------------------------------- */

static McNode *param_node(P *p, TSNode n, TSNode name, int kind)
{
    McNode *x = mk(p, N_PARAM, n);
    x->name = ident(p, name);
    x->op = kind;
    return x;
}

/* The identifier inside `*args` / `**kw` (also when annotated). */
static TSNode splat_name(P *p, TSNode n)
{
    Kids k = kids(p, n);
    for (int i = 0; i < k.count; i++)
        if (is(k.n[i], "identifier")) return k.n[i];
    return (TSNode){0};
}

/* One parameter: sets *x, or returns -1 after reporting. `state` is
 * 0 before any star, 1 after * or *args; *bare is set by a lone '*'. */
static int param_one(P *p, TSNode c, McNode **x, int *state, int *bare)
{
    const char *t = ts_node_type(c);
    TSNode inner = c;
    *x = NULL;
    if (!strcmp(t, "typed_parameter")) {
        Kids k = kids(p, c);
        for (int i = 0; i < k.count; i++)
            if (ts_node_is_named(k.n[i]) && !is(k.n[i], "type")) {
                inner = k.n[i];
                break;
            }
        t = ts_node_type(inner);
    }
    if (!strcmp(t, "identifier")) {
        *x = param_node(p, c, inner, *state ? MC_PARAM_KWONLY : MC_PARAM_POS);
    } else if (!strcmp(t, "default_parameter") || !strcmp(t, "typed_default_parameter")) {
        TSNode name = field(c, "name");
        if (ts_node_is_null(name) || !is(name, "identifier")) {
            report(p, MD_PY2_SYNTAX, c, "take one parameter and unpack it in the body",
                   "tuple parameter unpacking is Python 2 syntax");
            return -1;
        }
        *x = param_node(p, c, name, *state ? MC_PARAM_KWONLY : MC_PARAM_POS);
        (*x)->a = expr(p, field(c, "value"));
        if (!(*x)->a) return -1;
    } else if (!strcmp(t, "list_splat_pattern") || !strcmp(t, "dictionary_splat_pattern")) {
        TSNode name = splat_name(p, inner);
        if (ts_node_is_null(name)) return -1;
        int star = t[0] == 'l';
        if (star && *state) {
            report(p, MD_BAD_PARAMS, c, NULL, "* argument may appear only once");
            return -1;
        }
        if (star) *state = 1;
        *x = param_node(p, c, name, star ? MC_PARAM_VARARGS : MC_PARAM_VARKW);
    } else if (!strcmp(t, "keyword_separator")) {
        if (*state) {
            report(p, MD_BAD_PARAMS, c, NULL, "* argument may appear only once");
            return -1;
        }
        *state = 1;
        *bare = 1;
    } else if (!strcmp(t, "positional_separator")) {
        report(p, MD_FEATURE, c, "remove the '/'", "positional-only parameters ('/') are not supported");
    } else if (!strcmp(t, "tuple_pattern")) {
        report(p, MD_PY2_SYNTAX, c, "take one parameter and unpack it in the body",
               "tuple parameter unpacking is Python 2 syntax");
        return -1;
    } else {
        return -1; /* ERROR and the like, reported elsewhere */
    }
    return 0;
}

static int params(P *p, TSNode n, McNodeList *out, int is_lambda)
{
    Kids k = kids(p, n);
    int state = 0, bare = 0, seen_default = 0, after_varkw = 0;
    TSNode bare_node = {0};
    const char *what = is_lambda ? "lambda" : "function definition";
    for (int i = 0; i < k.count; i++) {
        TSNode c = k.n[i];
        if (!ts_node_is_named(c)) continue;
        if (after_varkw) {
            report(p, MD_BAD_PARAMS, c, NULL, "arguments cannot follow var-keyword argument");
            return -1;
        }
        McNode *x;
        int was_bare = bare;
        if (param_one(p, c, &x, &state, &bare) < 0) return -1;
        if (bare && !was_bare) bare_node = c;
        if (!x) continue;
        if (x->op == MC_PARAM_VARKW) after_varkw = 1;
        if (x->op == MC_PARAM_KWONLY || x->op == MC_PARAM_VARARGS)
            bare = 0; /* the bare '*' got its keyword-only parameter */
        if (x->op == MC_PARAM_POS) {
            if (x->a)
                seen_default = 1;
            else if (seen_default) {
                report(p, MD_BAD_PARAMS, c, "give this parameter a default too, or move it before the defaults",
                       "non-default argument follows default argument");
                return -1;
            }
        }
        for (int j = 0; j < out->n; j++)
            if (out->items[j]->name == x->name) {
                report(p, MD_BAD_PARAMS, c, NULL, "duplicate argument '%s' in %s", x->name, what);
                return -1;
            }
        mc_list_push(p->a, out, x);
    }
    if (bare) {
        report(p, MD_BAD_PARAMS, bare_node, NULL, "named arguments must follow bare *");
        return -1;
    }
    return 0;
}

/* ---- simple statements ---------------------------------------------------- */

static McNode *s_assign(P *p, TSNode n)
{
    McNode *x = mk(p, N_ASSIGN, n);
    TSNode cur = n;
    int annotated = !ts_node_is_null(field(n, "type"));
    for (;;) {
        TSNode left = field(cur, "left"), right = field(cur, "right");
        if (cur.id != n.id && !ts_node_is_null(field(cur, "type"))) {
            report(p, MD_SYNTAX, cur, NULL, "invalid syntax: an annotation is only allowed on the first target");
            return fail(p);
        }
        McNode *t = target(p, left, annotated ? "annotated" : "assign");
        if (!t) return NULL;
        mc_list_push(p->a, &x->list, t);
        if (ts_node_is_null(right)) {
            if (!annotated) return fail(p);
            break;
        }
        if (is(right, "assignment")) {
            if (annotated) {
                report(p, MD_SYNTAX, right, NULL, "invalid syntax: an annotated assignment has a single target");
                return fail(p);
            }
            cur = right;
            continue;
        }
        if (is(right, "augmented_assignment")) {
            report(p, MD_SYNTAX, right, NULL, "invalid syntax: augmented assignment cannot be chained");
            return fail(p);
        }
        x->b = expr(p, right);
        if (!x->b) return NULL;
        break;
    }
    if (annotated) {
        x->kind = N_ANNASSIGN;
        x->a = x->list.items[0];
        x->list = (McNodeList){0};
    }
    return x;
}

static McNode *s_augassign(P *p, TSNode n)
{
    TSNode op = field(n, "operator");
    if (ts_node_is_null(op)) return fail(p);
    char opname[4] = {0};
    size_t len;
    const char *s = src_text(p, op, &len);
    if (len < 2 || len > 4) return fail(p);
    memcpy(opname, s, len - 1); /* "+=" -> "+" */
    McNode *x = mk(p, N_AUGASSIGN, n);
    x->op = binop_code(opname);
    if (x->op < 0) return fail(p);
    x->a = target(p, field(n, "left"), "aug");
    if (!x->a) return NULL;
    TSNode right = field(n, "right");
    if (!ts_node_is_null(right) && (is(right, "assignment") || is(right, "augmented_assignment"))) {
        report(p, MD_SYNTAX, right, NULL, "invalid syntax: augmented assignment cannot be chained");
        return fail(p);
    }
    x->b = expr(p, right);
    return x->b ? x : NULL;
}

static McNode *s_expr(P *p, TSNode n)
{
    Kids k = kids(p, n);
    McNodeList items = {0};
    int comma = find_token(k, ",") >= 0;
    for (int i = 0; i < k.count; i++) {
        TSNode c = k.n[i];
        if (!ts_node_is_named(c)) continue;
        if (is(c, "assignment")) return s_assign(p, c);
        if (is(c, "augmented_assignment")) return s_augassign(p, c);
        McNode *e = comma && is_star_node(c) ? star(p, c) : expr(p, c);
        if (!e) return NULL;
        mc_list_push(p->a, &items, e);
    }
    if (items.n == 0) return fail(p);
    McNode *x = mk(p, N_EXPR_STMT, n);
    if (items.n == 1 && !comma) {
        x->a = items.items[0];
        if (x->a->kind == N_STAR) {
            report_span(p, MD_SYNTAX, x->a->span, "add a comma to make a tuple: *x,",
                        "can't use starred expression here");
            return fail(p);
        }
    } else {
        McNode *t = mk(p, N_TUPLE, n);
        t->list = items;
        x->a = t;
    }
    return x;
}

/* The single optional operand of return/raise-like statements. */
static TSNode first_named(P *p, TSNode n, const char *skip_field)
{
    Kids k = kids(p, n);
    TSNode skip = skip_field ? field(n, skip_field) : (TSNode){0};
    for (int i = 0; i < k.count; i++)
        if (ts_node_is_named(k.n[i]) && (ts_node_is_null(skip) || k.n[i].id != skip.id)) return k.n[i];
    return (TSNode){0};
}

static McNode *s_return(P *p, TSNode n)
{
    if (!p->in_func) {
        report(p, MD_BAD_STMT_CONTEXT, n, NULL, "'return' outside function");
        return fail(p);
    }
    McNode *x = mk(p, N_RETURN, n);
    TSNode v = first_named(p, n, NULL);
    if (!ts_node_is_null(v) && !(x->a = expr(p, v))) return NULL;
    return x;
}

static McNode *s_delete(P *p, TSNode n)
{
    McNode *x = mk(p, N_DEL, n);
    TSNode v = first_named(p, n, NULL);
    if (ts_node_is_null(v)) return fail(p);
    if (is(v, "expression_list")) {
        Kids k = kids(p, v);
        for (int i = 0; i < k.count; i++)
            if (ts_node_is_named(k.n[i])) {
                McNode *t = target(p, k.n[i], "del");
                if (!t) return NULL;
                mc_list_push(p->a, &x->list, t);
            }
    } else {
        McNode *t = target(p, v, "del");
        if (!t) return NULL;
        mc_list_push(p->a, &x->list, t);
    }
    return x;
}

static McNode *s_raise(P *p, TSNode n)
{
    McNode *x = mk(p, N_RAISE, n);
    TSNode v = first_named(p, n, "cause"), cause = field(n, "cause");
    if (!ts_node_is_null(v)) {
        if (is(v, "expression_list")) {
            report(p, MD_PY2_SYNTAX, v, "use raise E(value)", "'raise E, value' is Python 2 syntax");
            return fail(p);
        }
        if (!(x->a = expr(p, v))) return NULL;
    }
    if (!ts_node_is_null(cause) && !(x->b = expr(p, cause))) return NULL;
    return x;
}

static McNode *s_simple(P *p, TSNode n)
{
    const char *t = ts_node_type(n);
    if (!strcmp(t, "pass_statement")) return mk(p, N_PASS, n);
    int brk = !strcmp(t, "break_statement");
    if (!p->in_loop) {
        report(p, MD_BAD_STMT_CONTEXT, n, NULL, "'%s' outside loop", brk ? "break" : "continue");
        return fail(p);
    }
    return mk(p, brk ? N_BREAK : N_CONTINUE, n);
}

static McNode *s_global(P *p, TSNode n)
{
    int nonlocal = is(n, "nonlocal_statement");
    if (p->in_class) {
        report(p, MD_GLOBAL_IN_CLASS, n, "move the declaration into a method", "'%s' in a class body is not supported",
               nonlocal ? "nonlocal" : "global");
        return fail(p);
    }
    if (nonlocal && !p->in_func) {
        report(p, MD_BAD_SCOPE_DECL, n, NULL, "nonlocal declaration not allowed at module level");
        return fail(p);
    }
    Kids k = kids(p, n);
    McNode *x = mk(p, nonlocal ? N_NONLOCAL : N_GLOBAL, n);
    x->names = mc_alloc(p->a, (size_t)k.count * sizeof(char *) + 1);
    for (int i = 0; i < k.count; i++)
        if (is(k.n[i], "identifier")) x->names[x->nnames++] = ident(p, k.n[i]);
    return x->nnames ? x : fail(p);
}

static McNode *s_assert(P *p, TSNode n)
{
    Kids k = kids(p, n);
    McNode *x = mk(p, N_ASSERT, n);
    for (int i = 0; i < k.count; i++) {
        if (!ts_node_is_named(k.n[i])) continue;
        McNode *e = expr(p, k.n[i]);
        if (!e) return NULL;
        if (!x->a)
            x->a = e;
        else
            x->b = e;
    }
    return x->a ? x : fail(p);
}

/* "a.b.c" from a dotted_name node, without any spaces the source had. */
static char *dotted(P *p, TSNode n, const char **first)
{
    Kids k = kids(p, n);
    McBuf b = {0};
    *first = NULL;
    for (int i = 0; i < k.count; i++) {
        if (!is(k.n[i], "identifier")) continue;
        size_t len;
        const char *s = src_text(p, k.n[i], &len);
        if (b.n) mc_buf_addc(p->a, &b, '.');
        mc_buf_add(p->a, &b, s, len);
        if (!*first) *first = mc_intern(p->a, s, len);
    }
    return b.p;
}

/* One imported name: `dotted` or `dotted as alias`. */
static McNode *import_alias(P *p, TSNode n, int from)
{
    McNode *x = mk(p, N_ALIAS, n);
    TSNode name = n, alias = {0};
    if (is(n, "aliased_import")) {
        name = field(n, "name");
        alias = field(n, "alias");
        if (ts_node_is_null(name)) return fail(p);
    }
    const char *first;
    x->str = dotted(p, name, &first);
    if (!x->str || !first) return fail(p);
    x->len = strlen(x->str);
    if (from && strchr(x->str, '.')) {
        report(p, MD_SYNTAX, name, NULL,
               "invalid syntax: the names after 'import' in 'from ... import' cannot be dotted");
        return fail(p);
    }
    x->name = !ts_node_is_null(alias) ? ident(p, alias) : from ? mc_intern(p->a, x->str, x->len) : first;
    return x;
}

static McNode *s_import(P *p, TSNode n)
{
    Kids k = kids(p, n);
    McNode *x = mk(p, N_IMPORT, n);
    for (int i = 0; i < k.count; i++)
        if (is(k.n[i], "dotted_name") || is(k.n[i], "aliased_import")) {
            McNode *al = import_alias(p, k.n[i], 0);
            if (!al) return NULL;
            mc_list_push(p->a, &x->list, al);
        }
    return x->list.n ? x : fail(p);
}

static McNode *s_importfrom(P *p, TSNode n)
{
    TSNode mod = field(n, "module_name");
    if (ts_node_is_null(mod)) return fail(p);
    if (is(mod, "relative_import")) {
        report(p, MD_RELATIVE_IMPORT, mod, "import the module by its name: modules live beside the program",
               "relative imports are not supported");
        return fail(p);
    }
    Kids k = kids(p, n);
    int imp = find_token(k, "import");
    McNode *x = mk(p, N_IMPORTFROM, n);
    const char *first;
    x->str = dotted(p, mod, &first);
    if (!x->str) return fail(p);
    x->len = strlen(x->str);
    for (int i = imp + 1; imp >= 0 && i < k.count; i++) {
        if (is(k.n[i], "wildcard_import")) {
            report(p, MD_STAR_IMPORT, k.n[i], "import the names you use: from m import a, b",
                   "'from %s import *' is not supported", x->str);
            return fail(p);
        }
        if (is(k.n[i], "dotted_name") || is(k.n[i], "aliased_import")) {
            McNode *al = import_alias(p, k.n[i], 1);
            if (!al) return NULL;
            mc_list_push(p->a, &x->list, al);
        }
    }
    return x->list.n ? x : fail(p);
}

/* `from __future__ import x`: every feature is already on in Python 3.11
 * (annotations only changes how annotations are kept, and molt drops them). */
static McNode *s_future(P *p, TSNode n)
{
    static const char *const known[] = {"nested_scopes",  "generators",     "division",         "absolute_import",
                                        "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
                                        "generator_stop", "annotations"};
    if (!p->future_ok) {
        report(p, MD_SYNTAX, n, "move it to the top of the file",
               "from __future__ imports must occur at the beginning of the file");
        return NULL;
    }
    Kids k = kids(p, n);
    for (int i = 0; i < k.count; i++) {
        TSNode name = k.n[i];
        if (is(name, "aliased_import")) name = field(name, "name");
        if (ts_node_is_null(name) || !is(name, "dotted_name")) continue;
        const char *first;
        char *feat = dotted(p, name, &first);
        int ok = 0;
        for (size_t j = 0; feat && j < sizeof known / sizeof known[0]; j++) ok |= !strcmp(feat, known[j]);
        if (feat && !strcmp(feat, "braces"))
            report(p, MD_SYNTAX, name, NULL, "not a chance");
        else if (!ok)
            report(p, MD_SYNTAX, name, NULL, "future feature %s is not defined", feat ? feat : "?");
    }
    return NULL;
}

/* print/exec statements: the token checks report them (S103). */
static McNode *s_py2(P *p, TSNode n) { return fail(p); }

static McNode *s_unsupported(P *p, TSNode n)
{
    if (is(n, "match_statement"))
        report(p, MD_MATCH, n, "use if/elif chains", "the match statement is not supported");
    else if (is(n, "type_alias_statement"))
        report(p, MD_TYPE_PARAMS, n, "assign the type to a name instead: X = int",
               "type alias statements are not supported");
    return fail(p);
}

/* ---- compound statements -------------------------------------------------- */

/* Compound statements are kept when their header is intact; their bodies
 * are converted statement by statement, dropping only the bad ones. */
static int header_ok(P *p, TSNode n)
{
    Kids k = kids(p, n);
    for (int i = 0; i < k.count; i++) {
        TSNode c = k.n[i];
        const char *t = ts_node_type(c);
        if (!strcmp(t, "block") || !strcmp(t, "elif_clause") || !strcmp(t, "else_clause") ||
            !strcmp(t, "except_clause") || !strcmp(t, "except_group_clause") || !strcmp(t, "finally_clause") ||
            !strcmp(t, "function_definition") || !strcmp(t, "class_definition"))
            continue;
        if (ts_node_is_missing(c) || !strcmp(t, "ERROR") || mc_has_syntax_error(c)) return 0;
    }
    return 1;
}

/* The block child of a clause node (else_clause, finally_clause, ...). */
static TSNode child_block(P *p, TSNode n)
{
    TSNode b = field(n, "body");
    if (!ts_node_is_null(b)) return b;
    Kids k = kids(p, n);
    for (int i = 0; i < k.count; i++)
        if (is(k.n[i], "block")) return k.n[i];
    return (TSNode){0};
}

static void body_of(P *p, TSNode clause, McNodeList *out)
{
    TSNode b = is(clause, "block") ? clause : child_block(p, clause);
    if (!ts_node_is_null(b)) block(p, b, out);
    if (out->n == 0) { /* everything in it was dropped: keep the tree well formed */
        McNode *pass = mk(p, N_PASS, ts_node_is_null(b) ? clause : b);
        mc_list_push(p->a, out, pass);
    }
}

static void loop_body(P *p, TSNode b, McNodeList *out)
{
    int in_loop = p->in_loop;
    p->in_loop = 1;
    body_of(p, b, out);
    p->in_loop = in_loop;
}

static McNode *s_if(P *p, TSNode n)
{
    McNode *x = mk(p, N_IF, n);
    x->a = expr(p, field(n, "condition"));
    if (!x->a) return NULL;
    body_of(p, field(n, "consequence"), &x->list);
    Kids k = kids(p, n);
    McNode *tail = x;
    for (int i = 0; i < k.count; i++) {
        TSNode c = k.n[i];
        if (is(c, "elif_clause")) {
            if (!header_ok(p, c)) return fail(p);
            McNode *e = mk(p, N_IF, c);
            e->a = expr(p, field(c, "condition"));
            if (!e->a) return NULL;
            body_of(p, field(c, "consequence"), &e->list);
            mc_list_push(p->a, &tail->list2, e);
            tail = e;
        } else if (is(c, "else_clause")) {
            body_of(p, c, &tail->list2);
        }
    }
    return x;
}

static void else_of(P *p, TSNode n, McNodeList *out)
{
    Kids k = kids(p, n);
    for (int i = 0; i < k.count; i++)
        if (is(k.n[i], "else_clause")) body_of(p, k.n[i], out);
}

static McNode *s_while(P *p, TSNode n)
{
    McNode *x = mk(p, N_WHILE, n);
    x->a = expr(p, field(n, "condition"));
    if (!x->a) return NULL;
    loop_body(p, field(n, "body"), &x->list);
    else_of(p, n, &x->list2);
    return x;
}

static void report_async(P *p, TSNode n, const char *what)
{
    Kids k = kids(p, n);
    int i = find_token(k, "async");
    if (i >= 0) report(p, MD_ASYNC, k.n[i], NULL, "%s is not supported", what);
}

static McNode *s_for(P *p, TSNode n)
{
    report_async(p, n, "'async for'");
    McNode *x = mk(p, N_FOR, n);
    x->a = target(p, field(n, "left"), "for");
    x->b = x->a ? expr(p, field(n, "right")) : NULL;
    if (!x->b) return NULL;
    loop_body(p, field(n, "body"), &x->list);
    else_of(p, n, &x->list2);
    return x;
}

static McNode *except_clause(P *p, TSNode c)
{
    if (!header_ok(p, c)) return fail(p);
    McNode *x = mk(p, N_EXCEPT, c);
    Kids k = kids(p, c);
    if (find_token(k, ",") >= 0) {
        report(p, MD_PY2_SYNTAX, c, "write 'except E as name:'", "'except E, name:' is Python 2 syntax");
        return fail(p);
    }
    TSNode v = field(c, "value");
    if (!ts_node_is_null(v)) {
        if (is(v, "list_splat")) {
            report(p, MD_EXCEPT_STAR, c, NULL, "'except*' (exception groups) is not supported");
            return fail(p);
        }
        if (is(v, "as_pattern")) {
            Kids ak = kids(p, v);
            TSNode alias = field(v, "alias");
            TSNode type = ak.count ? ak.n[0] : (TSNode){0};
            TSNode name = ts_node_is_null(alias) ? alias : ts_node_named_child(alias, 0);
            if (ts_node_is_null(type) || ts_node_is_null(name)) return fail(p);
            if (!is(name, "identifier")) {
                McNode *t = expr(p, name);
                if (t)
                    report_span(p, MD_BAD_ASSIGN_TARGET, t->span, NULL, "cannot use %s as an 'except ... as' name",
                                expr_desc(t));
                return fail(p);
            }
            x->a = expr(p, type);
            x->name = ident(p, name);
        } else {
            x->a = expr(p, v);
        }
        if (!x->a) return NULL;
    }
    body_of(p, c, &x->list);
    return x;
}

static McNode *s_try(P *p, TSNode n)
{
    McNode *x = mk(p, N_TRY, n);
    body_of(p, field(n, "body"), &x->list);
    Kids k = kids(p, n);
    for (int i = 0; i < k.count; i++) {
        TSNode c = k.n[i];
        if (is(c, "except_clause")) {
            McNode *h = except_clause(p, c);
            if (!h) return NULL;
            if (x->list2.n && !x->list2.items[x->list2.n - 1]->a) {
                report_span(p, MD_SYNTAX, x->list2.items[x->list2.n - 1]->span, "move the bare 'except:' to the end",
                            "default 'except:' must be last");
                return fail(p);
            }
            mc_list_push(p->a, &x->list2, h);
        } else if (is(c, "except_group_clause")) {
            report(p, MD_EXCEPT_STAR, c, NULL, "'except*' (exception groups) is not supported");
            return fail(p);
        } else if (is(c, "else_clause")) {
            body_of(p, c, &x->orelse);
        } else if (is(c, "finally_clause")) {
            body_of(p, c, &x->finalbody);
        }
    }
    if (!x->list2.n && !x->finalbody.n) return fail(p);
    return x;
}

static McNode *with_item(P *p, TSNode c)
{
    McNode *x = mk(p, N_WITHITEM, c);
    TSNode v = field(c, "value");
    if (ts_node_is_null(v)) return fail(p);
    if (is(v, "as_pattern")) {
        Kids ak = kids(p, v);
        TSNode alias = field(v, "alias");
        TSNode name = ts_node_is_null(alias) ? alias : ts_node_named_child(alias, 0);
        if (!ak.count || ts_node_is_null(name)) return fail(p);
        x->a = expr(p, ak.n[0]);
        x->b = x->a ? target(p, name, "with") : NULL;
        if (!x->b) return NULL;
    } else {
        x->a = expr(p, v);
    }
    return x->a ? x : NULL;
}

static McNode *s_with(P *p, TSNode n)
{
    report_async(p, n, "'async with'");
    McNode *x = mk(p, N_WITH, n);
    Kids k = kids(p, n);
    for (int i = 0; i < k.count; i++) {
        if (!is(k.n[i], "with_clause")) continue;
        Kids items = kids(p, k.n[i]);
        for (int j = 0; j < items.count; j++)
            if (is(items.n[j], "with_item")) {
                McNode *it = with_item(p, items.n[j]);
                if (!it) return NULL;
                mc_list_push(p->a, &x->list, it);
            }
    }
    if (!x->list.n) return fail(p);
    body_of(p, field(n, "body"), &x->list2);
    return x;
}

/* The docstring: a first statement that is a plain string literal. */
static const char *docstring_of(P *p, TSNode blk, McNodeList *body)
{
    if (!body->n || body->items[0]->kind != N_EXPR_STMT || body->items[0]->a->kind != N_STR) return NULL;
    /* f-strings are never docstrings, even without replacement fields */
    uint32_t at = body->items[0]->a->span.start;
    for (uint32_t i = at; i < p->src->len && i < at + 3; i++) {
        char c = p->src->text[i];
        if (c == 'f' || c == 'F') return NULL;
        if (c == '\'' || c == '"') break;
    }
    return body->items[0]->a->str;
}

/* Runs fn on a new function/class body context and restores the old one. */
typedef struct Ctx {
    int in_func, in_loop, in_class, in_lambda;
    const char *comp;
} Ctx;

static Ctx ctx_enter(P *p, int func, int cls)
{
    Ctx saved = {p->in_func, p->in_loop, p->in_class, p->in_lambda, p->comp};
    p->future_ok = 0;
    p->in_func = func;
    p->in_loop = 0;
    p->in_class = cls;
    p->in_lambda = 0;
    p->comp = NULL;
    return saved;
}

static void ctx_leave(P *p, Ctx c)
{
    p->in_func = c.in_func;
    p->in_loop = c.in_loop;
    p->in_class = c.in_class;
    p->in_lambda = c.in_lambda;
    p->comp = c.comp;
}

/* Special methods and attributes whose meaning molt's object model lacks. */
static const char *const unsupported_dunders[] = {
    "__slots__",         "__getattr__",  "__getattribute__", "__setattr__",
    "__delattr__",       "__del__",      "__new__",          "__init_subclass__",
    "__class_getitem__", "__set_name__", "__get__",          "__set__",
    "__delete__",        "__prepare__",  "__mro_entries__",  NULL};

static void check_dunder(P *p, const char *name, TSNode at)
{
    if (!p->in_class || !name) return;
    for (int i = 0; unsupported_dunders[i]; i++)
        if (!strcmp(name, unsupported_dunders[i])) {
            report(p, MD_UNSUPPORTED_DUNDER, at, NULL, "'%s' in a class body is not supported", name);
            return;
        }
}

static McNode *s_funcdef(P *p, TSNode n)
{
    TSNode name = field(n, "name"), ps = field(n, "parameters");
    if (ts_node_is_null(name) || ts_node_is_null(ps)) return fail(p);
    report_async(p, n, "'async def'");
    TSNode tp = field(n, "type_parameters");
    if (!ts_node_is_null(tp))
        report(p, MD_TYPE_PARAMS, tp, "remove the type parameters", "generic type parameters are not supported");
    McNode *x = mk(p, N_FUNCDEF, n);
    x->name = ident(p, name);
    check_dunder(p, x->name, name);
    if (params(p, ps, &x->params, 0) < 0) return fail(p);
    Ctx saved = ctx_enter(p, 1, 0);
    TSNode body = field(n, "body");
    body_of(p, ts_node_is_null(body) ? n : body, &x->list);
    ctx_leave(p, saved);
    x->docstring = docstring_of(p, body, &x->list);
    return x;
}

/* The parts of `class C(...)` molt can express: one positional base. */
static void class_bases(P *p, TSNode args, McNode *x)
{
    Kids k = kids(p, args);
    int nbases = 0;
    for (int i = 0; i < k.count; i++) {
        TSNode c = k.n[i];
        if (!ts_node_is_named(c)) continue;
        if (is(c, "keyword_argument")) {
            TSNode kw = field(c, "name");
            size_t len = 0;
            const char *s = ts_node_is_null(kw) ? "" : src_text(p, kw, &len);
            report(p, MD_METACLASS, c, NULL, "class keyword arguments ('%.*s=') are not supported", (int)len, s);
        } else if (is(c, "list_splat") || is(c, "dictionary_splat")) {
            report(p, MD_STARRED_CONTEXT, c, "name the base class directly",
                   "unpacking in a class's bases is not supported");
        } else if (nbases++ == 0) {
            x->a = expr(p, c);
        } else if (nbases == 2) {
            report(p, MD_MULTI_INHERIT, c, "use a single base class (composition instead of mixins)",
                   "multiple inheritance is not supported (class '%s' has more than one base)", x->name);
        }
    }
}

static McNode *s_classdef(P *p, TSNode n)
{
    TSNode name = field(n, "name");
    if (ts_node_is_null(name)) return fail(p);
    McNode *x = mk(p, N_CLASSDEF, n);
    x->name = ident(p, name);
    TSNode tp = field(n, "type_parameters");
    if (!ts_node_is_null(tp))
        report(p, MD_TYPE_PARAMS, tp, "remove the type parameters", "generic type parameters are not supported");
    TSNode args = field(n, "superclasses");
    if (!ts_node_is_null(args)) class_bases(p, args, x);
    if (p->bad) return NULL;
    Ctx saved = ctx_enter(p, 0, 1);
    TSNode body = field(n, "body");
    body_of(p, ts_node_is_null(body) ? n : body, &x->list);
    ctx_leave(p, saved);
    x->docstring = docstring_of(p, body, &x->list);
    return x;
}

static McNode *s_decorated(P *p, TSNode n)
{
    Kids k = kids(p, n);
    McNodeList decos = {0};
    TSNode def = field(n, "definition");
    if (ts_node_is_null(def)) return fail(p);
    for (int i = 0; i < k.count; i++) {
        if (!is(k.n[i], "decorator")) continue;
        if (is(def, "class_definition"))
            report(p, MD_CLASS_DECORATOR, k.n[i], "call the decorator after the class: C = deco(C)",
                   "class decorators are not supported");
        TSNode e = ts_node_named_child(k.n[i], 0);
        while (!ts_node_is_null(e) && is_skippable(e)) e = ts_node_next_named_sibling(e);
        McNode *d = expr(p, e);
        if (!d) return NULL;
        mc_list_push(p->a, &decos, d);
    }
    if (!header_ok(p, def)) return fail(p);
    McNode *x = stmt(p, def);
    if (x) x->list2 = decos;
    return x;
}

/* ---- statement dispatch --------------------------------------------------- */

typedef McNode *(*StmtFn)(P *, TSNode);
static const struct {
    const char *type;
    StmtFn fn;
    int compound;
} stmt_table[] = {
    {"expression_statement", s_expr, 0},
    {"return_statement", s_return, 0},
    {"delete_statement", s_delete, 0},
    {"raise_statement", s_raise, 0},
    {"pass_statement", s_simple, 0},
    {"break_statement", s_simple, 0},
    {"continue_statement", s_simple, 0},
    {"global_statement", s_global, 0},
    {"nonlocal_statement", s_global, 0},
    {"assert_statement", s_assert, 0},
    {"import_statement", s_import, 0},
    {"import_from_statement", s_importfrom, 0},
    {"future_import_statement", s_future, 0},
    {"print_statement", s_py2, 0},
    {"exec_statement", s_py2, 0},
    {"type_alias_statement", s_unsupported, 0},
    {"match_statement", s_unsupported, 1},
    {"if_statement", s_if, 1},
    {"while_statement", s_while, 1},
    {"for_statement", s_for, 1},
    {"try_statement", s_try, 1},
    {"with_statement", s_with, 1},
    {"function_definition", s_funcdef, 1},
    {"class_definition", s_classdef, 1},
    {"decorated_definition", s_decorated, 1},
};

static McNode *stmt(P *p, TSNode n)
{
    const char *t = ts_node_type(n);
    for (size_t i = 0; i < sizeof stmt_table / sizeof stmt_table[0]; i++) {
        if (strcmp(stmt_table[i].type, t)) continue;
        /* Syntax errors were reported from the tree already: a simple
         * statement containing one, or a compound one whose header does, is
         * dropped whole. */
        if (stmt_table[i].compound ? !header_ok(p, n) : mc_has_syntax_error(n)) return fail(p);
        if (!enter(p, n)) return NULL;
        McNode *x = stmt_table[i].fn(p, n);
        leave(p);
        return x;
    }
    if (strcmp(t, "ERROR") != 0 && !ts_node_is_missing(n))
        report(p, MD_FEATURE, n, NULL, "this statement (%s) is not supported", t);
    return fail(p);
}

/* Names bound directly in a class body that molt's classes cannot honour. */
static void check_class_assign(P *p, McNode *s)
{
    if (!p->in_class || !s) return;
    McNodeList *targets = &s->list;
    McNode *single = s->kind == N_ANNASSIGN || s->kind == N_AUGASSIGN ? s->a : NULL;
    if (s->kind != N_ASSIGN && !single) return;
    for (int i = 0; i < (single ? 1 : targets->n); i++) {
        McNode *t = single ? single : targets->items[i];
        if (t->kind != N_NAME) continue;
        for (int j = 0; unsupported_dunders[j]; j++)
            if (!strcmp(t->name, unsupported_dunders[j]))
                report_span(p, MD_UNSUPPORTED_DUNDER, t->span, NULL, "'%s' in a class body is not supported", t->name);
    }
}

/* Class bodies hold definitions: assignments, defs, nested classes, if,
 * expressions. Loops, try, with, imports and del there are refused. */
static int class_stmt_ok(P *p, McNode *s)
{
    const char *what = NULL;
    switch (s->kind) {
    case N_FOR:
        what = "a 'for' loop";
        break;
    case N_WHILE:
        what = "a 'while' loop";
        break;
    case N_TRY:
        what = "a 'try' statement";
        break;
    case N_WITH:
        what = "a 'with' statement";
        break;
    case N_IMPORT:
    case N_IMPORTFROM:
        what = "an import";
        break;
    case N_DEL:
        what = "'del'";
        break;
    default:
        return 1;
    }
    report_span(p, MD_GLOBAL_IN_CLASS, s->span, "move it into a method or to module level",
                "%s in a class body is not supported (class bodies may only define names)", what);
    return 0;
}

/* A statement is never dropped without a word: unless a syntax error was
 * reported on or next to its lines, say that it cannot be compiled (a
 * silently missing statement would be a miscompile). */
static void dropped_silently(P *p, TSNode s)
{
    McSpan sp = span(p, s);
    for (int i = p->syn_from; i < p->syn_to && i < p->diags->n; i++) {
        uint32_t line = p->diags->items[i].span.line;
        if (line + 1 >= sp.line && line <= sp.end_line + 1) return;
    }
    report(p, MD_FEATURE, s, NULL, "molt could not read this statement");
}

static void block(P *p, TSNode n, McNodeList *out)
{
    TSTreeCursor c = ts_tree_cursor_new(n);
    if (ts_tree_cursor_goto_first_child(&c)) {
        do {
            TSNode s = ts_tree_cursor_current_node(&c);
            if (!ts_node_is_named(s) || is_skippable(s)) continue;
            int saved = p->bad;
            p->bad = 0;
            if (p->future_ok && !is(s, "future_import_statement") &&
                !(out->n == 0 && is(s, "expression_statement") && ts_node_named_child_count(s) == 1 &&
                  (is(ts_node_named_child(s, 0), "string") || is(ts_node_named_child(s, 0), "concatenated_string"))))
                p->future_ok = 0; /* only a docstring may come before __future__ imports */
            int ndiags = p->diags->n;
            McNode *x = stmt(p, s);
            if (p->bad && p->diags->n == ndiags) dropped_silently(p, s);
            if (x && !p->bad && (!p->in_class || class_stmt_ok(p, x))) {
                check_class_assign(p, x);
                mc_list_push(p->a, out, x);
            }
            p->bad = saved;
        } while (ts_tree_cursor_goto_next_sibling(&c));
    }
    ts_tree_cursor_delete(&c);
}

/* ---- entry points --------------------------------------------------------- */

McSpan mc_span_of(const McSource *src, uint32_t start, uint32_t end)
{
    McSpan sp = {start, end, 1, 0, 1, 0};
    if (end < start) sp.end = end = start;
    /* Binary search the line table for both ends. */
    for (int which = 0; which < 2; which++) {
        uint32_t off = which ? end : start;
        int lo = 0, hi = src->nlines - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (src->line_starts[mid] <= off)
                lo = mid;
            else
                hi = mid - 1;
        }
        if (which) {
            sp.end_line = (uint32_t)lo + 1;
            sp.end_col = off - src->line_starts[lo];
        } else {
            sp.line = (uint32_t)lo + 1;
            sp.col = off - src->line_starts[lo];
        }
    }
    return sp;
}

/* Converts an already parsed tree (the language server keeps its own). */
McNode *mc_parse_tree(McArena *a, McSource *src, TSNode root, MdList *diags)
{
    McNode *mod = mc_alloc(a, sizeof *mod);
    mod->kind = N_MODULE;
    mod->span = mc_span_of(src, 0, (uint32_t)src->len);
    P p = {.a = a, .src = src, .diags = diags, .future_ok = 1};
    p.syn_from = diags->n;
    mc_report_syntax_errors(a, src, root, diags);
    p.syn_to = diags->n;
    block(&p, root, &mod->list);
    mod->docstring = docstring_of(&p, root, &mod->list);
    return mod;
}

static McNode *empty_module(McArena *a, McSource *src)
{
    McNode *mod = mc_alloc(a, sizeof *mod);
    mod->kind = N_MODULE;
    mod->span = mc_span_of(src, 0, (uint32_t)src->len);
    return mod;
}

McNode *mc_parse_incremental(McArena *a, McSource *src, TSParser *parser, TSTree **tree, MdList *diags)
{
    if (mc_precheck_source(src, diags) < 0) {
        if (*tree) ts_tree_delete(*tree); /* it no longer matches any text we parse */
        *tree = NULL;
        return empty_module(a, src);
    }
    TSTree *old = *tree;
    *tree = ts_parser_parse_string(parser, old, src->text, (uint32_t)src->len);
    if (old) ts_tree_delete(old);
    if (!*tree) {
        md_add(diags, MD_SYNTAX, src, mc_span_of(src, 0, 0), NULL, "the parser could not process this file");
        return empty_module(a, src);
    }
    return mc_parse_tree(a, src, ts_tree_root_node(*tree), diags);
}

McNode *mc_parse(McArena *a, McSource *src, MdList *diags)
{
    TSParser *parser = ts_parser_new();
    ts_parser_set_language(parser, tree_sitter_python());
    TSTree *tree = NULL;
    McNode *mod = mc_parse_incremental(a, src, parser, &tree, diags);
    if (tree) ts_tree_delete(tree);
    ts_parser_delete(parser);
    return mod;
}
