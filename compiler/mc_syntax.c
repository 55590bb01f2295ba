/* mc_syntax.c — syntax errors, worded well. Tree-sitter marks where its
 * parse failed (ERROR and MISSING nodes) but not why, and it accepts some
 * invalid code (bad indentation, keywords as names). So a small Python
 * tokenizer finds what is certainly wrong — unclosed brackets, a missing
 * ':', bad indentation, Python 2 print, two operands in a row, ... — and
 * reports it; an ERROR or MISSING node that none of that explains gets a
 * diagnostic of its own (one per node). Also the checks made on the raw
 * text before parsing (NUL bytes, UTF-8, nesting depth). */
#include "mc_front.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- tokens --------------------------------------------------------------- */

typedef enum { T_NAME, T_NUMBER, T_STRING, T_OP, T_BADCHAR, T_BADSTRING } TokKind;

typedef struct Tok {
    TokKind kind;
    uint32_t start, end;
    int depth; /* bracket depth before the token */
    int line;  /* index of its logical line */
} Tok;

typedef struct LLine {
    int first, last; /* token indices, inclusive */
    int indent;      /* columns, tabs to multiples of 8 */
    int altindent;   /* columns with tabs as 1: the two must order lines alike */
    int unclosed;    /* contains an opener never closed before EOF */
} LLine;

typedef struct Problem {
    uint32_t start, end;
    MdCodeId id;
    char msg[160];
    const char *hint;
    int seq; /* order found: ties at one offset keep it */
} Problem;

typedef struct Lex {
    const McSource *src;
    const char *s;
    size_t n;
    Tok *toks;
    int ntoks, captoks;
    LLine *lines;
    int nlines, caplines;
    Problem *probs;
    int nprobs, capprobs;
    int max_depth;
    uint32_t deep_at; /* the opener that went past MC_MAX_PARENS */
    int depth;        /* bracket depth while tokenizing */
    char *bstk;       /* open brackets, and where they are */
    uint32_t *bstk_at;
    int nb, capb, capb_at;
} Lex;

static void *grow(void *p, int n, int *cap, size_t size)
{
    if (n < *cap) return p;
    int ncap = *cap ? *cap * 2 : 64;
    void *q = realloc(p, (size_t)ncap * size);
    if (!q) {
        fputs("molt: fatal error: out of memory\n", stderr);
        exit(2);
    }
    *cap = ncap;
    return q;
}

static void problem(Lex *lx, uint32_t start, uint32_t end, MdCodeId id, const char *hint, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
static void problem(Lex *lx, uint32_t start, uint32_t end, MdCodeId id, const char *hint, const char *fmt, ...)
{
    lx->probs = grow(lx->probs, lx->nprobs, &lx->capprobs, sizeof(Problem));
    Problem *p = &lx->probs[lx->nprobs++];
    memset(p, 0, sizeof *p);
    p->start = start;
    p->end = end;
    p->id = id;
    p->hint = hint;
    p->seq = lx->nprobs;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(p->msg, sizeof p->msg, fmt, ap);
    va_end(ap);
}

static int tok_is(Lex *lx, const Tok *t, const char *text)
{
    /* The first byte rules out most candidates without strlen (hot: the
     * language server runs this on every keystroke). */
    if (t->end == t->start || lx->s[t->start] != text[0]) return t->end == t->start && !text[0];
    size_t len = strlen(text);
    return t->end - t->start == len && memcmp(lx->s + t->start, text, len) == 0;
}

static const char *const keywords[] = {
    "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
    "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
    "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
    "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield",    NULL};

static int is_keyword(Lex *lx, const Tok *t)
{
    if (t->kind != T_NAME) return 0;
    for (int i = 0; keywords[i]; i++)
        if (tok_is(lx, t, keywords[i])) return 1;
    return 0;
}

/* Decodes one UTF-8 sequence at s[i]; returns its length (1 for a stray byte). */
static int utf8_decode(const char *s, size_t n, size_t i, uint32_t *cp)
{
    unsigned char c = (unsigned char)s[i];
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + (size_t)len > n) {
        *cp = c;
        return 1;
    }
    uint32_t v = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
    for (int k = 1; k < len; k++) {
        unsigned char cc = (unsigned char)s[i + (size_t)k];
        if ((cc & 0xC0) != 0x80) {
            *cp = c;
            return 1;
        }
        v = (v << 6) | (cc & 0x3F);
    }
    *cp = v;
    return len;
}

/* Characters tree-sitter-python skips like spaces. */
static int is_space_cp(uint32_t cp) { return cp == 0xFEFF || cp == 0x2060 || cp == 0x200B; }

/* Punctuation and symbols outside ASCII that cannot start or continue a
 * name (the usual culprits: curly quotes, dashes, arrows, NBSP). */
static int is_bad_cp(uint32_t cp)
{
    return (cp >= 0x80 && cp <= 0xBF && cp != 0xAA && cp != 0xB5 && cp != 0xBA) || cp == 0xD7 || cp == 0xF7 ||
           (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x2190 && cp <= 0x23FF) || (cp >= 0x2500 && cp <= 0x27BF) ||
           (cp >= 0x3000 && cp <= 0x3003) || (cp >= 0xFF01 && cp <= 0xFF0F);
}

static int is_name_start(unsigned char c)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static int is_name_char(unsigned char c) { return is_name_start(c) || (c >= '0' && c <= '9'); }

/* Length of a valid string prefix at s[i] followed by a quote, or -1:
 * one of r b u f, or r with b or f, in either order and case. */
static int string_prefix_len(const char *s, size_t n, size_t i)
{
    size_t k = 0;
    int r = 0, bf = 0, u = 0;
    for (; k < 3 && i + k < n; k++) {
        char c = s[i + k];
        if (c == 'r' || c == 'R')
            r++;
        else if (c == 'b' || c == 'B' || c == 'f' || c == 'F')
            bf++;
        else if (c == 'u' || c == 'U')
            u++;
        else
            break;
    }
    if (i + k >= n || (s[i + k] != '\'' && s[i + k] != '"')) return -1;
    if (k == 0 || (k == 1) || (k == 2 && r == 1 && bf == 1 && !u)) return (int)k;
    return -1;
}

/* Scans a string literal starting at its quote; returns the end offset, or
 * 0 if it is unterminated (then *end is where the scan stopped). */
static int scan_string(Lex *lx, size_t q, size_t *end)
{
    const char *s = lx->s;
    size_t n = lx->n;
    char quote = s[q];
    int triple = q + 2 < n && s[q + 1] == quote && s[q + 2] == quote;
    size_t i = q + (triple ? 3 : 1);
    while (i < n) {
        char c = s[i];
        if (c == '\\') {
            i += 2;
            continue;
        }
        if (!triple && (c == '\n' || c == '\r')) {
            *end = i;
            return 0;
        }
        if (c == quote) {
            if (!triple) {
                *end = i + 1;
                return 1;
            }
            if (i + 2 < n && s[i + 1] == quote && s[i + 2] == quote) {
                *end = i + 3;
                return 1;
            }
        }
        i++;
    }
    *end = n;
    return 0;
}

static int is_digit_(char c) { return (c >= '0' && c <= '9') || c == '_'; }

/* A number literal's extent, as Python's tokenizer sees it ("2for" is the
 * number 2 and the keyword for). */
static size_t scan_number(const char *s, size_t n, size_t i)
{
    size_t j = i;
    if (s[j] == '0' && j + 1 < n && strchr("xXoObB", s[j + 1]) && s[j + 1]) {
        int hex = s[j + 1] == 'x' || s[j + 1] == 'X';
        j += 2;
        while (j < n && (is_digit_(s[j]) || (hex && strchr("abcdefABCDEF", s[j]) && s[j]))) j++;
    } else {
        while (j < n && is_digit_(s[j])) j++;
        if (j < n && s[j] == '.') {
            j++;
            while (j < n && is_digit_(s[j])) j++;
        }
        if (j < n && (s[j] == 'e' || s[j] == 'E')) {
            size_t k = j + 1;
            if (k < n && (s[k] == '+' || s[k] == '-')) k++;
            if (k < n && s[k] >= '0' && s[k] <= '9') {
                j = k;
                while (j < n && is_digit_(s[j])) j++;
            }
        }
    }
    if (j < n && strchr("jJlL", s[j]) && s[j]) j++;
    return j;
}

/* Braces of an f-string body: a lone '}' outside a replacement field, or
 * a field never closed, is an error tree-sitter reports poorly. */
static void check_fstring_braces(Lex *lx, size_t q, size_t end)
{
    const char *s = lx->s;
    int triple = q + 2 < end && s[q + 1] == s[q] && s[q + 2] == s[q];
    size_t from = q + (triple ? 3 : 1), to = end - (triple ? 3 : 1);
    int depth = 0;
    size_t open_at = from;
    for (size_t i = from; i < to; i++) {
        char c = s[i];
        if (c == '{') {
            if (depth == 0 && i + 1 < to && s[i + 1] == '{') {
                i++;
                continue;
            }
            if (depth == 0) open_at = i;
            depth++;
        } else if (c == '}') {
            if (depth > 0) {
                depth--;
            } else if (i + 1 < to && s[i + 1] == '}') {
                i++;
            } else {
                problem(lx, (uint32_t)i, (uint32_t)i + 1, MD_SYNTAX, "write '}}' for a literal brace",
                        "f-string: single '}' is not allowed");
                return;
            }
        }
    }
    if (depth > 0)
        problem(lx, (uint32_t)open_at, (uint32_t)open_at + 1, MD_SYNTAX, "close the replacement field with '}'",
                "f-string: expecting '}'");
}

static const char *const operators[] = {
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "==", "!=", "<=", ">=", "<>", "**", "//", "<<", ">>", "+=",
    "-=",  "*=",  "/=",  "%=",  "&=",  "|=", "^=", "@=", "+",  "-",  "*",  "/",  "%",  "@",  "&",  "|",  "^",
    "~",   "<",   ">",   "(",   ")",   "[",  "]",  "{",  "}",  ",",  ":",  ".",  ";",  "=",  "`",  NULL};

static void push_tok(Lex *lx, TokKind kind, size_t start, size_t end, int depth)
{
    lx->toks = grow(lx->toks, lx->ntoks, &lx->captoks, sizeof(Tok));
    lx->toks[lx->ntoks++] = (Tok){kind, (uint32_t)start, (uint32_t)end, depth, lx->nlines};
}

static void end_line(Lex *lx, int first, int indent, int altindent)
{
    if (lx->ntoks == first) return; /* blank or comment-only */
    lx->lines = grow(lx->lines, lx->nlines, &lx->caplines, sizeof(LLine));
    lx->lines[lx->nlines++] = (LLine){first, lx->ntoks - 1, indent, altindent, 0};
}

/* Splits the text into tokens and logical lines; bracket and string
 * problems are recorded on the way. */
static size_t lex_string(Lex *lx, size_t i)
{
    const char *s = lx->s;
    size_t q = i + (size_t)string_prefix_len(s, lx->n, i), end;
    int ok = scan_string(lx, q, &end);
    push_tok(lx, ok ? T_STRING : T_BADSTRING, i, end, lx->depth);
    if (ok && (memchr(s + i, 'f', q - i) || memchr(s + i, 'F', q - i))) check_fstring_braces(lx, q, end);
    if (!ok) {
        int triple = q + 2 < lx->n && s[q + 1] == s[q] && s[q + 2] == s[q];
        problem(lx, (uint32_t)i, (uint32_t)(triple ? q + 3 : end), MD_SYNTAX, "close the string with the same quote",
                "unterminated %sstring literal", triple ? "triple-quoted " : "");
    }
    return end;
}

/* A name, which may hold non-ASCII letters (but not punctuation). */
static size_t lex_name(Lex *lx, size_t i)
{
    size_t j = i;
    while (j < lx->n && is_name_char((unsigned char)lx->s[j])) {
        uint32_t cp = (unsigned char)lx->s[j];
        int len = cp < 0x80 ? 1 : utf8_decode(lx->s, lx->n, j, &cp);
        if (cp >= 0x80 && (is_bad_cp(cp) || is_space_cp(cp))) break;
        j += (size_t)len;
    }
    push_tok(lx, T_NAME, i, j, lx->depth);
    return j;
}

/* A non-ASCII character outside a string: space, name, or an error. */
static size_t lex_nonascii(Lex *lx, size_t i)
{
    uint32_t cp;
    int len = utf8_decode(lx->s, lx->n, i, &cp);
    if (is_space_cp(cp)) return i + (size_t)len;
    if (!is_bad_cp(cp)) return lex_name(lx, i);
    push_tok(lx, T_BADCHAR, i, i + (size_t)len, lx->depth);
    problem(lx, (uint32_t)i, (uint32_t)(i + (size_t)len), MD_SYNTAX, NULL, "invalid character '%.*s' (U+%04X)", len,
            lx->s + i, cp);
    return i + (size_t)len;
}

static void open_bracket(Lex *lx, size_t i)
{
    push_tok(lx, T_OP, i, i + 1, lx->depth);
    lx->bstk = grow(lx->bstk, lx->nb, &lx->capb, 1);
    lx->bstk_at = grow(lx->bstk_at, lx->nb, &lx->capb_at, sizeof(uint32_t));
    lx->bstk[lx->nb] = lx->s[i];
    lx->bstk_at[lx->nb++] = (uint32_t)i;
    if (++lx->depth > lx->max_depth) {
        lx->max_depth = lx->depth;
        if (lx->depth == MC_MAX_PARENS + 1) lx->deep_at = (uint32_t)i;
    }
}

static void close_bracket(Lex *lx, size_t i)
{
    char c = lx->s[i], want = c == ')' ? '(' : c == ']' ? '[' : '{';
    if (lx->nb == 0) {
        problem(lx, (uint32_t)i, (uint32_t)i + 1, MD_SYNTAX, "remove it, or add the opening bracket", "unmatched '%c'",
                c);
    } else if (lx->bstk[lx->nb - 1] != want) {
        McSpan o = mc_span_of(lx->src, lx->bstk_at[lx->nb - 1], lx->bstk_at[lx->nb - 1] + 1);
        problem(lx, (uint32_t)i, (uint32_t)i + 1, MD_SYNTAX, NULL, "closing '%c' does not match '%c' opened at %u:%u",
                c, lx->bstk[lx->nb - 1], o.line, o.col + 1);
    }
    if (lx->nb > 0) lx->nb--;
    if (lx->depth > 0) lx->depth--;
    push_tok(lx, T_OP, i, i + 1, lx->depth);
}

/* An operator or bracket (longest match), or a character Python rejects. */
static size_t lex_operator(Lex *lx, size_t i)
{
    unsigned char c = (unsigned char)lx->s[i];
    size_t len = 0;
    for (int k = 0; operators[k] && !len; k++) {
        if (operators[k][0] != (char)c) continue; /* cheap, and most candidates fail here */
        size_t l = strlen(operators[k]);
        if (i + l <= lx->n && memcmp(lx->s + i, operators[k], l) == 0) len = l;
    }
    if (len == 1 && strchr("([{", c))
        open_bracket(lx, i);
    else if (len == 1 && strchr(")]}", c))
        close_bracket(lx, i);
    else if (len)
        push_tok(lx, T_OP, i, i + len, lx->depth);
    if (len) return i + len;
    push_tok(lx, T_BADCHAR, i, i + 1, lx->depth);
    if (c == '\\')
        problem(lx, (uint32_t)i, (uint32_t)i + 1, MD_SYNTAX, "a '\\' outside a string must end its line",
                "unexpected character after line continuation character");
    else if (c >= 0x20 && c < 0x7F)
        problem(lx, (uint32_t)i, (uint32_t)i + 1, MD_SYNTAX, NULL, "invalid character '%c' in source", c);
    else
        problem(lx, (uint32_t)i, (uint32_t)i + 1, MD_SYNTAX, NULL, "invalid control character U+%04X in source", c);
    return i + 1;
}

/* Indentation at the start of a physical line, two ways (see LLine). */
static size_t lex_indent(Lex *lx, size_t i, int *indent, int *altindent)
{
    *indent = *altindent = 0;
    for (; i < lx->n && (lx->s[i] == ' ' || lx->s[i] == '\t' || lx->s[i] == '\f'); i++) {
        char c = lx->s[i];
        *indent = c == '\t' ? (*indent / 8 + 1) * 8 : c == '\f' ? 0 : *indent + 1;
        *altindent = c == '\f' ? 0 : *altindent + 1;
    }
    return i;
}

/* Splits the text into tokens and logical lines; bracket, string and
 * character problems are recorded on the way. */
static void tokenize(Lex *lx)
{
    const char *s = lx->s;
    size_t n = lx->n;
    int indent = 0, altindent = 0, line_first = 0;
    size_t i = lex_indent(lx, 0, &indent, &altindent);
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t' || c == '\f') {
            i++;
        } else if (c == '#') {
            while (i < n && s[i] != '\n' && s[i] != '\r') i++;
        } else if (c == '\n' || c == '\r') {
            i += c == '\r' && i + 1 < n && s[i + 1] == '\n' ? 2 : 1;
            if (lx->depth == 0) { /* inside brackets, newlines do not end lines */
                end_line(lx, line_first, indent, altindent);
                line_first = lx->ntoks;
                i = lex_indent(lx, i, &indent, &altindent);
            }
        } else if (c == '\\' && i + 1 < n && (s[i + 1] == '\n' || s[i + 1] == '\r')) {
            i += s[i + 1] == '\r' && i + 2 < n && s[i + 2] == '\n' ? 3 : 2;
        } else if (string_prefix_len(s, n, i) >= 0) {
            i = lex_string(lx, i);
        } else if ((c >= '0' && c <= '9') || (c == '.' && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9')) {
            size_t j = scan_number(s, n, i);
            push_tok(lx, T_NUMBER, i, j, lx->depth);
            i = j;
        } else if (c >= 0x80) {
            i = lex_nonascii(lx, i);
        } else if (is_name_start(c)) {
            i = lex_name(lx, i);
        } else {
            i = lex_operator(lx, i);
        }
    }
    end_line(lx, line_first, indent, altindent);
    for (int k = 0; k < lx->nb; k++) {
        problem(lx, lx->bstk_at[k], lx->bstk_at[k] + 1, MD_SYNTAX, "add the closing bracket", "'%c' was never closed",
                lx->bstk[k]);
        for (int l = 0; l < lx->nlines; l++)
            if (lx->toks[lx->lines[l].first].start <= lx->bstk_at[k] &&
                lx->toks[lx->lines[l].last].end > lx->bstk_at[k])
                lx->lines[l].unclosed = 1;
    }
}

/* ---- problems found line by line ------------------------------------------ */

static const char *compound_keywords[] = {"if",    "elif", "else",   "while",   "for",  "def",
                                          "class", "try",  "except", "finally", "with", NULL};

static const char *header_what(Lex *lx, const Tok *kw)
{
    if (tok_is(lx, kw, "if")) return "after 'if' condition";
    if (tok_is(lx, kw, "elif")) return "after 'elif' condition";
    if (tok_is(lx, kw, "while")) return "after 'while' condition";
    if (tok_is(lx, kw, "for")) return "at the end of the 'for' statement";
    if (tok_is(lx, kw, "def")) return "after the function signature";
    if (tok_is(lx, kw, "class")) return "after the class header";
    if (tok_is(lx, kw, "with")) return "at the end of the 'with' statement";
    if (tok_is(lx, kw, "except")) return "at the end of the 'except' clause";
    if (tok_is(lx, kw, "else")) return "after 'else'";
    if (tok_is(lx, kw, "try")) return "after 'try'";
    return "after 'finally'";
}

static int is_compound(Lex *lx, const Tok *t)
{
    for (int i = 0; compound_keywords[i]; i++)
        if (tok_is(lx, t, compound_keywords[i])) return 1;
    return 0;
}

static void check_header(Lex *lx, LLine *ln)
{
    Tok *t = lx->toks;
    int k = ln->first;
    if (tok_is(lx, &t[k], "async") && k < ln->last) k++;
    if (!is_compound(lx, &t[k])) return;
    Tok *kw = &t[k];
    if (tok_is(lx, kw, "else") && k < ln->last && tok_is(lx, &t[k + 1], "if")) {
        problem(lx, kw->start, t[k + 1].end, MD_SYNTAX, "write 'elif'",
                "invalid syntax: 'else if' is written 'elif' in Python");
        return;
    }
    int lambdas = 0;
    for (int j = k + 1; j <= ln->last; j++) {
        if (t[j].depth != 0) continue;
        if (tok_is(lx, &t[j], "lambda"))
            lambdas++;
        else if (tok_is(lx, &t[j], ":") && lambdas > 0)
            lambdas--;
        else if (tok_is(lx, &t[j], ":"))
            return;
        else if (tok_is(lx, &t[j], "=") &&
                 (tok_is(lx, kw, "if") || tok_is(lx, kw, "elif") || tok_is(lx, kw, "while"))) {
            problem(lx, t[j].start, t[j].end, MD_SYNTAX, "use '==' to compare",
                    "invalid syntax: '=' assigns; a condition needs '=='");
            return;
        }
    }
    const Tok *last = &t[ln->last];
    char kwname[16];
    snprintf(kwname, sizeof kwname, "%.*s", (int)(kw->end - kw->start), lx->s + kw->start);
    problem(lx, last->start, last->end, MD_MISSING, "add ':' at the end of the line", "expected ':' %s",
            header_what(lx, kw));
}

static int is_operand_end(Lex *lx, const Tok *t)
{
    if (t->kind == T_NUMBER || t->kind == T_STRING) return 1;
    if (t->kind == T_NAME)
        return !is_keyword(lx, t) || tok_is(lx, t, "True") || tok_is(lx, t, "False") || tok_is(lx, t, "None");
    return tok_is(lx, t, ")") || tok_is(lx, t, "]") || tok_is(lx, t, "}");
}

static int is_operand_start(Lex *lx, const Tok *t)
{
    if (t->kind == T_NUMBER || t->kind == T_STRING) return 1;
    if (t->kind == T_NAME)
        return !is_keyword(lx, t) || tok_is(lx, t, "True") || tok_is(lx, t, "False") || tok_is(lx, t, "None");
    return 0;
}

/* "print x" / "exec code" where a statement starts: at the start of the
 * line, or after a compound header's ':' or a ';'. */
static void check_py2(Lex *lx, LLine *ln)
{
    Tok *t = lx->toks;
    for (int k = ln->first; k < ln->last; k++) {
        if (t[k].kind != T_NAME ||
            (k > ln->first && !(t[k - 1].depth == 0 && (tok_is(lx, &t[k - 1], ":") || tok_is(lx, &t[k - 1], ";")))))
            continue;
        Tok *next = &t[k + 1];
        if (tok_is(lx, &t[k], "print") && (is_operand_start(lx, next) || tok_is(lx, next, ">>"))) {
            problem(lx, t[k].start, t[ln->last].end, MD_PY2_SYNTAX, "use print(...)",
                    "invalid syntax: 'print' statement is Python 2 (use print(...))");
            return;
        }
        if (tok_is(lx, &t[k], "exec") && (next->kind == T_STRING || next->kind == T_NAME)) {
            problem(lx, t[k].start, t[ln->last].end, MD_PY2_SYNTAX, NULL,
                    "invalid syntax: 'exec' statement is Python 2");
            return;
        }
    }
}

static void check_assign_keyword(Lex *lx, LLine *ln)
{
    Tok *t = lx->toks;
    int k = ln->first;
    if (k < ln->last && is_keyword(lx, &t[k]) && tok_is(lx, &t[k + 1], "=")) {
        int constant = tok_is(lx, &t[k], "None") || tok_is(lx, &t[k], "True") || tok_is(lx, &t[k], "False");
        problem(lx, t[k].start, t[k].end, MD_BAD_ASSIGN_TARGET, NULL,
                constant ? "cannot assign to %.*s" : "cannot assign to keyword '%.*s'", (int)(t[k].end - t[k].start),
                lx->s + t[k].start);
    }
}

/* Two operands in a row ("x y", "f(a b)") — almost always a lost comma or
 * operator. Soft keywords (match, case, type) may start a line that way. */
static void check_adjacent(Lex *lx, LLine *ln)
{
    Tok *t = lx->toks;
    for (int j = ln->first; j < ln->last; j++) {
        Tok *a = &t[j], *b = &t[j + 1];
        if (!is_operand_end(lx, a) || !is_operand_start(lx, b)) continue;
        if (a->kind == T_STRING && b->kind == T_STRING) continue; /* implicit concatenation */
        if (j == ln->first && a->kind == T_NAME &&
            (tok_is(lx, a, "match") || tok_is(lx, a, "case") || tok_is(lx, a, "type")))
            continue;
        problem(lx, b->start, b->end, MD_SYNTAX, "add the missing comma or operator",
                "invalid syntax: '%.*s' cannot follow '%.*s' here (missing comma or operator?)",
                (int)(b->end - b->start), lx->s + b->start, (int)(a->end - a->start), lx->s + a->start);
        return;
    }
}

static void check_trailing_operator(Lex *lx, LLine *ln)
{
    static const char *const binops[] = {
        "+",   "-",  "*",  "/",  "//", "%",  "**", "<<",  ">>", "&",   "|",   "^",  "@",   "<",
        ">",   "<=", ">=", "==", "!=", "=",  "+=", "-=",  "*=", "/=",  "//=", "%=", "**=", "<<=",
        ">>=", "&=", "|=", "^=", "@=", "->", ":=", "and", "or", "not", "in",  "is", ".",   NULL};
    Tok *t = lx->toks;
    Tok *last = &t[ln->last];
    if (tok_is(lx, last, "*") && ln->last > ln->first && tok_is(lx, &t[ln->last - 1], "import")) return;
    for (int i = 0; binops[i]; i++)
        if (tok_is(lx, last, binops[i])) {
            const char *thing = !strcmp(binops[i], ".") ? "an attribute name" : "an expression";
            problem(lx, last->start, last->end, MD_MISSING, NULL, "expected %s after '%s'", thing, binops[i]);
            return;
        }
}

/* A compound statement's header with no ':' at all (check_header reports
 * it; the indented body after it is then expected, not an error). */
static int header_without_colon(Lex *lx, LLine *ln)
{
    Tok *t = lx->toks;
    int k = ln->first;
    if (tok_is(lx, &t[k], "async") && k < ln->last) k++;
    if (!is_compound(lx, &t[k])) return 0;
    for (int j = k + 1; j <= ln->last; j++)
        if (t[j].depth == 0 && tok_is(lx, &t[j], ":")) return 0;
    return 1;
}

/* What the last statement at one indentation level was, for matching
 * else/elif/except/finally with their statement. */
typedef enum { K_OTHER, K_IF, K_LOOP, K_TRY, K_EXCEPT, K_TRY_ELSE } LastKw;

static const char *line_keyword(Lex *lx, LLine *ln)
{
    static const char *const kws[] = {"if", "elif", "else", "for", "while", "try", "except", "finally", NULL};
    Tok *t = &lx->toks[ln->first];
    if (tok_is(lx, t, "async") && ln->first < ln->last) t++;
    for (int i = 0; kws[i]; i++)
        if (tok_is(lx, t, kws[i])) return kws[i];
    return "";
}

/* Checks a clause keyword against the statement before it at the same
 * level, and returns what that level's last statement now is. */
static LastKw match_clause(Lex *lx, LLine *ln, LastKw prev, int *pending_try)
{
    const char *kw = line_keyword(lx, ln);
    Tok *t = &lx->toks[ln->first];
    int is_except = !strcmp(kw, "except"), is_finally = !strcmp(kw, "finally");
    if (*pending_try && !is_except && !is_finally) {
        problem(lx, t->start, t->end, MD_SYNTAX, "add an 'except' or 'finally' clause to the 'try'",
                "expected 'except' or 'finally' block");
        *pending_try = 0;
        return K_OTHER;
    }
    *pending_try = 0;
    if (!strcmp(kw, "if")) return K_IF;
    if (!strcmp(kw, "for") || !strcmp(kw, "while")) return K_LOOP;
    if (!strcmp(kw, "try")) {
        *pending_try = 1;
        return K_TRY;
    }
    if (!strcmp(kw, "elif")) {
        if (prev != K_IF)
            problem(lx, t->start, t->end, MD_SYNTAX, NULL, "invalid syntax: 'elif' without a matching 'if'");
        return K_IF;
    }
    if (!strcmp(kw, "else")) {
        if (prev == K_OTHER || prev == K_TRY_ELSE)
            problem(lx, t->start, t->end, MD_SYNTAX, NULL,
                    "invalid syntax: 'else' without a matching 'if', 'for', 'while' or 'try'");
        return prev == K_EXCEPT ? K_TRY_ELSE : K_OTHER;
    }
    if (is_except) {
        if (prev != K_TRY && prev != K_EXCEPT)
            problem(lx, t->start, t->end, MD_SYNTAX, NULL, "invalid syntax: 'except' without a matching 'try'");
        return K_EXCEPT;
    }
    if (is_finally) {
        if (prev != K_TRY && prev != K_EXCEPT && prev != K_TRY_ELSE)
            problem(lx, t->start, t->end, MD_SYNTAX, NULL, "invalid syntax: 'finally' without a matching 'try'");
        return K_OTHER;
    }
    return K_OTHER;
}

static void expected_block(Lex *lx, LLine *opener, uint32_t start, uint32_t end)
{
    Tok *kw = &lx->toks[opener->first];
    McSpan ps = mc_span_of(lx->src, kw->start, kw->end);
    problem(lx, start, end, MD_SYNTAX, "indent the body, or write 'pass'",
            "expected an indented block after '%.*s' on line %u", (int)(kw->end - kw->start), lx->s + kw->start,
            ps.line);
}

/* Indentation, as Python's tokenizer checks it, and the pairing of
 * else/elif/except/finally with their statements. */
static void check_indentation(Lex *lx)
{
    enum { MAXLEV = 128 };
    int stack[MAXLEV], alt[MAXLEV], nstack = 1, pending_try[MAXLEV] = {0};
    LastKw last[MAXLEV] = {K_OTHER};
    stack[0] = alt[0] = 0;
    Tok *t = lx->toks;
    for (int l = 0; l < lx->nlines; l++) {
        LLine *ln = &lx->lines[l];
        if (ln->unclosed) return; /* the rest of the file is inside the bracket */
        int tab_error = 0;
        LLine *prev = l > 0 ? &lx->lines[l - 1] : NULL;
        int opens = prev && tok_is(lx, &t[prev->last], ":") && t[prev->last].depth == 0;
        /* a header missing its ':' (reported by check_header) still opens */
        int may_open = opens || (prev && header_without_colon(lx, prev));
        Tok *first = &t[ln->first];
        uint32_t line_start = first->start - (uint32_t)mc_span_of(lx->src, first->start, first->start).col;
        if (opens && ln->indent <= stack[nstack - 1])
            expected_block(lx, prev, first->start, first->end);
        else if (!may_open && ln->indent > stack[nstack - 1])
            problem(lx, line_start, first->start, MD_SYNTAX, "remove the extra indentation", "unexpected indent");
        if (ln->indent > stack[nstack - 1]) {
            tab_error = ln->altindent <= alt[nstack - 1];
            /* tree-sitter-python's scanner loses track beyond ~63 levels
             * (CPython allows 99): refuse clearly instead of misparsing. */
            if (nstack == MC_MAX_BLOCKS + 1)
                problem(lx, line_start, first->start, MD_FEATURE, "move the inner blocks into a function",
                        "more than %d nested blocks: molt's parser supports at most %d levels of indentation",
                        MC_MAX_BLOCKS, MC_MAX_BLOCKS);
            if (nstack < MAXLEV) {
                alt[nstack] = ln->altindent;
                stack[nstack] = ln->indent;
                last[nstack] = K_OTHER;
                pending_try[nstack] = 0;
                nstack++;
            }
        } else {
            while (nstack > 1 && ln->indent < stack[nstack - 1]) nstack--;
            if (ln->indent != stack[nstack - 1])
                problem(lx, line_start, first->start, MD_SYNTAX, "line it up with an enclosing block",
                        "unindent does not match any outer indentation level");
            else
                tab_error = ln->altindent != alt[nstack - 1];
        }
        if (tab_error)
            problem(lx, line_start, first->start, MD_SYNTAX, "indent with spaces only",
                    "inconsistent use of tabs and spaces in indentation");
        last[nstack - 1] = match_clause(lx, ln, last[nstack - 1], &pending_try[nstack - 1]);
    }
    if (lx->nlines > 0) {
        LLine *ln = &lx->lines[lx->nlines - 1];
        if (!ln->unclosed && tok_is(lx, &t[ln->last], ":") && t[ln->last].depth == 0)
            expected_block(lx, ln, (uint32_t)lx->n, (uint32_t)lx->n);
        for (int k = 0; k < nstack && !ln->unclosed; k++)
            if (pending_try[k])
                problem(lx, (uint32_t)lx->n, (uint32_t)lx->n, MD_SYNTAX,
                        "add an 'except' or 'finally' clause to the 'try'", "expected 'except' or 'finally' block");
    }
}

/* "x = a if b" — a conditional expression needs its 'else' (an 'if' after
 * a 'for' in the same brackets is a comprehension filter). */
static void check_ifexp(Lex *lx, LLine *ln)
{
    Tok *t = lx->toks;
    if (tok_is(lx, &t[ln->first], "case")) return; /* "case x if guard:" */
    for (int j = ln->first + 1; j <= ln->last; j++) {
        if (!tok_is(lx, &t[j], "if")) continue;
        int d = t[j].depth, ok = 0;
        for (int k = j + 1; k <= ln->last && t[k].depth >= d && !ok; k++)
            ok = t[k].depth == d && tok_is(lx, &t[k], "else");
        for (int k = j - 1; k >= ln->first && t[k].depth >= d && !ok; k--)
            ok = t[k].depth == d && (tok_is(lx, &t[k], "for") || tok_is(lx, &t[k], "if"));
        if (!ok) {
            problem(lx, t[j].start, t[j].end, MD_SYNTAX, "add 'else' and the value when the condition is false",
                    "expected 'else' after 'if' expression");
            return;
        }
    }
}

/* A statement keyword with nothing after it ("import", "from m import"). */
static void check_trailing_keyword(Lex *lx, LLine *ln)
{
    static const struct {
        const char *kw, *what;
    } table[] = {
        {"import", "a module name"}, {"from", "a module name"},   {"as", "a name"},
        {"del", "a target"},         {"assert", "an expression"}, {"global", "a name"},
        {"nonlocal", "a name"},      {"await", "an expression"},  {"lambda", "':' and an expression"},
        {"if", "an expression"},     {"else", "an expression"},
    };
    Tok *last = &lx->toks[ln->last];
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (tok_is(lx, last, table[i].kw)) {
            if ((!strcmp(table[i].kw, "else") || !strcmp(table[i].kw, "if")) && ln->last == ln->first)
                return; /* "else" alone: the missing ':' is reported instead */
            problem(lx, last->start, last->end, MD_MISSING, NULL, "expected %s after '%s'", table[i].what, table[i].kw);
            return;
        }
}

/* A line ending with ':' must be a compound statement's header ("elsi:"
 * is an annotation without a type to tree-sitter). */
static void check_block_opener(Lex *lx, LLine *ln)
{
    Tok *t = lx->toks, *first = &t[ln->first];
    if (!tok_is(lx, &t[ln->last], ":") || t[ln->last].depth != 0 || ln->first == ln->last) return;
    if (is_compound(lx, first) || tok_is(lx, first, "async") || tok_is(lx, first, "match") ||
        tok_is(lx, first, "case")) {
        /* "if a: b:" — a second block cannot start on the header's line */
        int colons = 0, lambdas = 0;
        for (int j = ln->first; j < ln->last; j++)
            if (t[j].depth == 0 && tok_is(lx, &t[j], "lambda"))
                lambdas++;
            else if (t[j].depth == 0 && tok_is(lx, &t[j], ":"))
                lambdas > 0 ? lambdas-- : colons++;
        if (colons > 0)
            problem(lx, t[ln->last].start, t[ln->last].end, MD_SYNTAX, "start the inner block on a new line",
                    "invalid syntax: unexpected ':'");
        return;
    }
    if (ln->last == ln->first + 1 && first->kind == T_NAME)
        problem(lx, first->start, first->end, MD_SYNTAX, NULL,
                "invalid syntax: '%.*s' is not a statement keyword (misspelled?)", (int)(first->end - first->start),
                lx->s + first->start);
    else
        problem(lx, t[ln->last].start, t[ln->last].end, MD_SYNTAX, "an annotation needs a type after ':'",
                "invalid syntax: only compound statements (if, for, def, ...) end with ':'");
}

/* "{1: }" and "{1:, 2: 3}". */
static void check_dict_value(Lex *lx, LLine *ln)
{
    Tok *t = lx->toks;
    for (int j = ln->first; j < ln->last; j++)
        if (t[j].depth > 0 && tok_is(lx, &t[j], ":") && (tok_is(lx, &t[j + 1], "}") || tok_is(lx, &t[j + 1], ","))) {
            int k = j;
            while (k > ln->first && t[k].depth >= t[j].depth) k--;
            if (tok_is(lx, &t[k], "{")) {
                problem(lx, t[j].start, t[j].end, MD_MISSING, NULL, "expected a value after ':' in the dict");
                return;
            }
        }
}

static int cmp_problem(const void *a, const void *b)
{
    const Problem *x = a, *y = b;
    if (x->start != y->start) return x->start < y->start ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void find_problems(Lex *lx)
{
    tokenize(lx);
    check_indentation(lx);
    for (int l = 0; l < lx->nlines; l++) {
        LLine *ln = &lx->lines[l];
        if (ln->unclosed) continue; /* everything after an unclosed bracket is noise */
        int before = lx->nprobs;
        check_py2(lx, ln);
        if (lx->nprobs == before) check_header(lx, ln);
        if (lx->nprobs == before) check_block_opener(lx, ln);
        if (lx->nprobs == before) check_assign_keyword(lx, ln);
        if (lx->nprobs == before) check_adjacent(lx, ln);
        if (lx->nprobs == before) check_ifexp(lx, ln);
        if (lx->nprobs == before) check_dict_value(lx, ln);
        if (lx->nprobs == before) check_trailing_operator(lx, ln);
        if (lx->nprobs == before) check_trailing_keyword(lx, ln);
    }
    if (lx->nprobs > 1) qsort(lx->probs, (size_t)lx->nprobs, sizeof(Problem), cmp_problem);
}

static void lex_free(Lex *lx)
{
    free(lx->bstk);
    free(lx->bstk_at);
    free(lx->toks);
    free(lx->lines);
    free(lx->probs);
}

/* ---- before parsing ------------------------------------------------------- */

int mc_precheck_source(const McSource *src, MdList *diags)
{
    const char *s = src->text;
    size_t n = src->len;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0) {
            md_add(diags, MD_SYNTAX, src, mc_span_of(src, (uint32_t)i, (uint32_t)i + 1), "remove the NUL bytes",
                   "source code cannot contain null bytes");
            return -1;
        }
        uint32_t cp;
        int len = utf8_decode(s, n, i, &cp);
        int bad = c >= 0x80 && (len == 1 || (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) ||
                                (len == 4 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF));
        if (bad) {
            md_add(diags, MD_SYNTAX, src, mc_span_of(src, (uint32_t)i, (uint32_t)i + 1), "save the file as UTF-8",
                   "invalid UTF-8: byte 0x%02x cannot appear here (source files must be UTF-8)", c);
            return -1;
        }
        i += (size_t)len;
    }
    /* Bracket depth: tree-sitter's error recovery is very slow on thousands
     * of unclosed brackets, and CPython refuses more than 200 anyway. */
    Lex lx = {.src = src, .s = s, .n = n};
    tokenize(&lx);
    int deep = lx.max_depth > MC_MAX_PARENS;
    if (deep)
        md_add(diags, MD_FEATURE, src, mc_span_of(src, lx.deep_at, lx.deep_at + 1),
               "split the expression into smaller parts", "too deeply nested: more than %d nested brackets",
               MC_MAX_PARENS);
    lex_free(&lx);
    return deep ? -1 : 0;
}

/* ---- reporting ERROR and MISSING nodes ------------------------------------ */

const char *mc_cst_target_problem(TSNode n)
{
    static const struct {
        const char *type, *what;
    } table[] = {
        {"integer", "literal"},
        {"float", "literal"},
        {"string", "literal"},
        {"concatenated_string", "literal"},
        {"true", "True"},
        {"false", "False"},
        {"none", "None"},
        {"ellipsis", "ellipsis"},
        {"call", "function call"},
        {"binary_operator", "expression"},
        {"unary_operator", "expression"},
        {"boolean_operator", "expression"},
        {"not_operator", "expression"},
        {"comparison_operator", "comparison"},
        {"conditional_expression", "conditional expression"},
        {"lambda", "lambda"},
        {"dictionary", "dict literal"},
        {"set", "set display"},
        {"list_comprehension", "list comprehension"},
        {"set_comprehension", "set comprehension"},
        {"dictionary_comprehension", "dict comprehension"},
        {"generator_expression", "generator expression"},
        {"await", "await expression"},
        {"named_expression", "named expression"},
        {"yield", "yield expression"},
    };
    const char *t = ts_node_type(n);
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (!strcmp(t, table[i].type)) return table[i].what;
    if (!strcmp(t, "tuple") || !strcmp(t, "list") || !strcmp(t, "parenthesized_expression") ||
        !strcmp(t, "list_splat")) {
        uint32_t k = ts_node_named_child_count(n);
        for (uint32_t i = 0; i < k; i++) {
            const char *w = mc_cst_target_problem(ts_node_named_child(n, i));
            if (w) return w;
        }
    }
    return NULL;
}

typedef struct Rep {
    McArena *a;
    const McSource *src;
    MdList *diags;
    Lex lx;
} Rep;

static void rep_add(Rep *r, MdCodeId id, uint32_t start, uint32_t end, const char *hint, const char *msg)
{
    md_add(r->diags, id, r->src, mc_span_of(r->src, start, end), hint, "%s", msg);
}

/* Was a problem reported in [start, end]? */
static int covered(Rep *r, uint32_t start, uint32_t end)
{
    for (int i = 0; i < r->lx.nprobs; i++)
        if (r->lx.probs[i].start >= start && r->lx.probs[i].start <= end) return 1;
    return 0;
}

/* Known bad shapes inside an ERROR node: "1 = x", "for f() in x". */
static int error_shape(Rep *r, TSNode err)
{
    uint32_t k = ts_node_child_count(err);
    for (uint32_t i = 1; i < k && i < 64; i++) {
        TSNode c = ts_node_child(err, i);
        if (ts_node_is_named(c) || strcmp(ts_node_type(c), "=") != 0) continue;
        TSNode t = ts_node_child(err, i - 1);
        const char *what = ts_node_is_named(t) ? mc_cst_target_problem(t) : NULL;
        if (what) {
            char msg[96];
            snprintf(msg, sizeof msg, "cannot assign to %s", what);
            rep_add(r, MD_BAD_ASSIGN_TARGET, ts_node_start_byte(t), ts_node_end_byte(t),
                    strcmp(what, "literal") && strcmp(what, "function call") ? NULL : "use '==' to compare", msg);
            return 1;
        }
    }
    if (k >= 3 && !strcmp(ts_node_type(ts_node_child(err, 0)), "for") &&
        !strcmp(ts_node_type(ts_node_child(err, 2)), "in")) {
        TSNode t = ts_node_child(err, 1);
        const char *what = mc_cst_target_problem(t);
        if (what) {
            char msg[96];
            snprintf(msg, sizeof msg, "cannot assign to %s", what);
            rep_add(r, MD_BAD_ASSIGN_TARGET, ts_node_start_byte(t), ts_node_end_byte(t), NULL, msg);
            return 1;
        }
    }
    return 0;
}

/* The first token ending after offset. */
static int tok_at(Lex *lx, uint32_t off)
{
    int lo = 0, hi = lx->ntoks;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (lx->toks[mid].end <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* [start, end) widened to whole logical lines, plus the first token of the
 * next line (a missing ':' or indent shows up there). */
static void widen(Lex *lx, uint32_t *start, uint32_t *end)
{
    int ft = tok_at(lx, *start);
    if (ft < lx->ntoks && lx->toks[ft].line < lx->nlines) {
        LLine *ln = &lx->lines[lx->toks[ft].line];
        if (lx->toks[ln->first].start < *start) *start = lx->toks[ln->first].start;
    }
    int lt = tok_at(lx, *end > 0 ? *end - 1 : 0);
    if (lt < lx->ntoks && lx->toks[lt].line < lx->nlines) {
        int li = lx->toks[lt].line;
        LLine *ln = &lx->lines[li];
        if (lx->toks[ln->last].end > *end) *end = lx->toks[ln->last].end;
        if (li + 1 < lx->nlines && lx->toks[lx->lines[li + 1].first].end > *end)
            *end = lx->toks[lx->lines[li + 1].first].end;
        else if (li + 1 >= lx->nlines)
            *end = (uint32_t)lx->n; /* problems found at the end of the file */
    } else {
        *end = (uint32_t)lx->n; /* at the end of the file */
    }
}

static void report_error(Rep *r, TSNode err)
{
    Lex *lx = &r->lx;
    uint32_t start = ts_node_start_byte(err), end = ts_node_end_byte(err);
    widen(lx, &start, &end);
    if (covered(r, start, end) || error_shape(r, err)) return;
    /* No known cause: name the first token tree-sitter could not place. */
    int k = tok_at(lx, ts_node_start_byte(err));
    if (k >= lx->ntoks) {
        rep_add(r, MD_SYNTAX, (uint32_t)lx->n, (uint32_t)lx->n, NULL, "invalid syntax: unexpected end of file");
        return;
    }
    Tok *t = &lx->toks[k];
    char msg[160];
    snprintf(msg, sizeof msg, "invalid syntax: unexpected %s'%.*s'", is_keyword(lx, t) ? "keyword " : "",
             (int)(t->end - t->start > 40 ? 40 : t->end - t->start), lx->s + t->start);
    rep_add(r, MD_SYNTAX, t->start, t->end, NULL, msg);
}

static const char *missing_context(TSNode parent)
{
    static const struct {
        const char *type, *what;
    } table[] = {
        {"if_statement", " after 'if' condition"},
        {"elif_clause", " after 'elif' condition"},
        {"while_statement", " after 'while' condition"},
        {"for_statement", " in the 'for' statement"},
        {"function_definition", " in the function definition"},
        {"class_definition", " in the class definition"},
        {"else_clause", " after 'else'"},
        {"try_statement", " after 'try'"},
        {"except_clause", " in the 'except' clause"},
        {"finally_clause", " after 'finally'"},
        {"with_statement", " in the 'with' statement"},
        {"lambda", " in the lambda"},
        {"pair", " between the key and the value"},
        {"import_statement", " after 'import'"},
        {"import_from_statement", " in the import"},
        {"attribute", " after '.'"},
        {"keyword_argument", " in the keyword argument"},
    };
    if (ts_node_is_null(parent)) return "";
    const char *t = ts_node_type(parent);
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (!strcmp(t, table[i].type)) return table[i].what;
    return "";
}

static void report_missing(Rep *r, TSNode n, TSNode parent)
{
    const char *t = ts_node_type(n);
    /* Place it right after the token before it, not at the next line. */
    uint32_t at = ts_node_start_byte(n);
    TSNode prev = {0};
    uint32_t k = ts_node_is_null(parent) ? 0 : ts_node_child_count(parent);
    for (uint32_t i = 0; i < k; i++) {
        TSNode c = ts_node_child(parent, i);
        if (ts_node_eq(c, n)) break;
        prev = c;
    }
    if (!ts_node_is_null(prev)) at = ts_node_end_byte(prev);
    uint32_t start = ts_node_is_null(parent) ? at : ts_node_start_byte(parent), end = at;
    widen(&r->lx, &start, &end);
    if (covered(r, start, end)) return; /* an echo of a problem already reported */
    char msg[160];
    const char *open = !strcmp(t, ")") ? "(" : !strcmp(t, "]") ? "[" : !strcmp(t, "}") ? "{" : NULL;
    for (uint32_t i = 0; open && i < k; i++) {
        TSNode c = ts_node_child(parent, i);
        if (!ts_node_is_missing(c) && !strcmp(ts_node_type(c), open)) {
            McSpan o = mc_span_of(r->src, ts_node_start_byte(c), ts_node_end_byte(c));
            snprintf(msg, sizeof msg, "unclosed '%s' opened at %u:%u", open, o.line, o.col + 1);
            rep_add(r, MD_MISSING, at, at, "add the closing bracket", msg);
            return;
        }
    }
    if (!strcmp(t, "identifier"))
        snprintf(msg, sizeof msg, "expected a name%s", missing_context(parent));
    else if (ts_node_is_named(n))
        snprintf(msg, sizeof msg, "expected %s%s", t, missing_context(parent));
    else
        snprintf(msg, sizeof msg, "expected '%s'%s", t, missing_context(parent));
    rep_add(r, MD_MISSING, at, at, NULL, msg);
}

/* Tree-sitter reads f"{n:=>10}" as an assignment expression n := ...
 * (often with an ERROR inside); CPython reads ':' as the start of the
 * format spec. mc_parse.c rebuilds such fields, so they are not errors. */
TSNode mc_fstring_walrus(TSNode n)
{
    const char *t = ts_node_type(n);
    TSNode none = {0};
    if (strcmp(t, "interpolation") != 0 && strcmp(t, "format_expression") != 0) return none;
    TSNode e = ts_node_child_by_field_name(n, "expression", 10);
    if (ts_node_is_null(e)) return none;
    /* f"{n:=,}" comes as the expression list `n := <missing>, ...` */
    if (!strcmp(ts_node_type(e), "expression_list") && ts_node_named_child_count(e) > 0) e = ts_node_named_child(e, 0);
    return !strcmp(ts_node_type(e), "named_expression") ? e : none;
}

int mc_fstring_walrus_quirk(TSNode n) { return !ts_node_is_null(mc_fstring_walrus(n)); }

int mc_has_syntax_error(TSNode root)
{
    if (!ts_node_has_error(root)) return 0;
    if (ts_node_is_missing(root) || !strcmp(ts_node_type(root), "ERROR")) return 1;
    TSTreeCursor c = ts_tree_cursor_new(root);
    int found = 0;
    if (ts_tree_cursor_goto_first_child(&c)) {
        for (;;) {
            TSNode n = ts_tree_cursor_current_node(&c);
            if (ts_node_is_missing(n) || !strcmp(ts_node_type(n), "ERROR")) {
                found = 1;
                break;
            }
            if (ts_node_has_error(n) && !mc_fstring_walrus_quirk(n) && ts_tree_cursor_goto_first_child(&c)) continue;
            int done = 0;
            while (!ts_tree_cursor_goto_next_sibling(&c)) {
                if (!ts_tree_cursor_goto_parent(&c) || ts_node_eq(ts_tree_cursor_current_node(&c), root)) {
                    done = 1;
                    break;
                }
            }
            if (done) break;
        }
    }
    ts_tree_cursor_delete(&c);
    return found;
}

void mc_report_syntax_errors(McArena *a, const McSource *src, TSNode root, MdList *diags)
{
    Rep r = {.a = a, .src = src, .diags = diags};
    r.lx = (Lex){.src = src, .s = src->text, .n = src->len};
    find_problems(&r.lx);
    /* What the tokens show is certain: report it all, one per line. */
    uint32_t last_line = 0;
    for (int i = 0; i < r.lx.nprobs; i++) {
        Problem *p = &r.lx.probs[i];
        McSpan sp = mc_span_of(src, p->start, p->end);
        if (sp.line == last_line) continue;
        last_line = sp.line;
        md_add(diags, p->id, src, sp, p->hint, "%s", p->msg);
    }
    /* Then every ERROR/MISSING node the tokens did not explain. The walk is
     * iterative with an explicit path: trees can be thousands deep. */
    if (ts_node_has_error(root)) {
        TSNode *path = NULL;
        int depth = 0, cap = 0;
        TSTreeCursor c = ts_tree_cursor_new(root);
        for (;;) {
            TSNode n = ts_tree_cursor_current_node(&c);
            int descend = 0;
            if (ts_node_is_missing(n))
                report_missing(&r, n, depth ? path[depth - 1] : (TSNode){0});
            else if (!strcmp(ts_node_type(n), "ERROR"))
                report_error(&r, n);
            else
                descend = ts_node_has_error(n) && !mc_fstring_walrus_quirk(n);
            if (descend && ts_tree_cursor_goto_first_child(&c)) {
                path = grow(path, depth, &cap, sizeof(TSNode));
                path[depth++] = n;
                continue;
            }
            int done = 0;
            while (!ts_tree_cursor_goto_next_sibling(&c)) {
                if (!ts_tree_cursor_goto_parent(&c)) {
                    done = 1;
                    break;
                }
                depth--;
            }
            if (done) break;
        }
        ts_tree_cursor_delete(&c);
        free(path);
    }
    lex_free(&r.lx);
}
