/* mrt_io.c — standard streams: the stdout buffer (full when not a tty, line on a
 * tty, as CPython), prompt stderr writes, stdin lines, the TextIOWrapper objects
 * behind sys.stdout/stderr/stdin, and the builtins print(), input() and open(). */
#include "mrt_bi.h"
#include "mrt_caps.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* ---- raw output ------------------------------------------------------------ */

#define IO_BUFSIZE 8192 /* CPython's io.DEFAULT_BUFFER_SIZE */

static struct {
    char data[IO_BUFSIZE];
    size_t len;
    int line_buffered; /* stdout is a tty: flush at each line end */
} out;

static MrtValue raise_os_error(int err)
{
    return mrt_raise_fmt(&mrt_type_OSError, "[Errno %d] %s", err, strerror(err));
}

/* write(2) until done; -1 with errno set on failure. */
static int write_all(int fd, const char *s, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        s += w;
        n -= (size_t)w;
    }
    return 0;
}

/* Push the stdout buffer to fd 1. The buffer is emptied even on failure so a
 * broken pipe does not make every later write fail again with stale data. */
static int flush_out(void)
{
    size_t n = out.len;
    out.len = 0;
    return n ? write_all(1, out.data, n) : 0;
}

void mrt_io_init(void)
{
    out.len = 0;
    out.line_buffered = isatty(1);
}

int mrt_write_stdout(const char *s, size_t n)
{
    if (out.len + n > IO_BUFSIZE && flush_out() < 0) return (raise_os_error(errno), -1);
    if (n >= IO_BUFSIZE) {
        if (write_all(1, s, n) < 0) return (raise_os_error(errno), -1);
        return 0;
    }
    memcpy(out.data + out.len, s, n);
    out.len += n;
    if (out.line_buffered && (memchr(s, '\n', n) || memchr(s, '\r', n))) {
        if (flush_out() < 0) return (raise_os_error(errno), -1);
    }
    return 0;
}

/* stderr is not buffered here: tracebacks and warnings appear at once. */
int mrt_write_stderr(const char *s, size_t n)
{
    if (write_all(2, s, n) < 0) return (raise_os_error(errno), -1);
    return 0;
}

/* Called at exit and before a traceback: errors are ignored (nowhere to report). */
void mrt_flush_all(void) { (void)flush_out(); }

/* ---- raw input ------------------------------------------------------------- */

/* Length of the maximal valid prefix of the UTF-8 sequence starting at s[0]
 * (1..4), and whether it is complete. Follows the strict decoder's rules:
 * no overlongs, no surrogates, nothing above U+10FFFF. */
static int utf8_seq(const unsigned char *s, size_t avail, int *complete, const char **why)
{
    unsigned char c = s[0];
    int need;
    unsigned char lo = 0x80, hi = 0xBF;
    *complete = 0;
    if (c < 0x80) return (*complete = 1);
    if (c < 0xC2 || c > 0xF4) return (*why = "invalid start byte", 0);
    if (c < 0xE0)
        need = 1;
    else if (c < 0xF0) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else {
        need = 3;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    }
    for (int i = 1; i <= need; i++) {
        if ((size_t)i >= avail) return (*why = "unexpected end of data", i);
        /* only the second byte has a narrowed range */
        unsigned char l = i == 1 ? lo : 0x80, h = i == 1 ? hi : 0xBF;
        if (s[i] < l || s[i] > h) return (*why = "invalid continuation byte", i);
    }
    *complete = 1;
    return need + 1;
}

/* Decode a line read from stdin as strict UTF-8 (CPython's default). */
static MrtValue decode_input(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        int complete;
        const char *why = NULL;
        int k = utf8_seq(u + i, n - i, &complete, &why);
        if (!complete) {
            if (k <= 1) {
                char hex[3];
                snprintf(hex, sizeof hex, "%02x", u[i]);
                return mrt_raise_fmt(&mrt_type_UnicodeDecodeError,
                                     "'utf-8' codec can't decode byte 0x%s in position %ld: %s", hex, (int64_t)i, why);
            }
            return mrt_raise_fmt(&mrt_type_UnicodeDecodeError,
                                 "'utf-8' codec can't decode bytes in position %ld-%ld: %s", (int64_t)i,
                                 (int64_t)(i + (size_t)k - 1), why);
        }
        i += (size_t)k;
    }
    return mrt_str_new(s, (int64_t)n);
}

MrtValue mrt_io_readline(void)
{
    char *line = NULL;
    size_t cap = 0;
    errno = 0;
    ssize_t n = getline(&line, &cap, stdin);
    if (n < 0) {
        int err = errno, failed = ferror(stdin);
        free(line);
        clearerr(stdin); /* a tty may deliver more input after ^D */
        if (failed && err) return raise_os_error(err);
        return mrt_str_new("", 0);
    }
    MrtValue r = decode_input(line, (size_t)n);
    free(line);
    return r;
}

/* All remaining stdin. */
static MrtValue read_all_stdin(void)
{
    size_t len = 0, cap = 0;
    char *data = NULL;
    for (;;) {
        if (len == cap) {
            size_t ncap = cap ? cap * 2 : 65536;
            char *nd = ncap > cap ? realloc(data, ncap) : NULL;
            if (!nd) {
                free(data);
                return mrt_raise_msg(&mrt_type_MemoryError, "");
            }
            data = nd;
            cap = ncap;
        }
        size_t got = fread(data + len, 1, cap - len, stdin);
        len += got;
        if (got == 0) break;
    }
    int failed = ferror(stdin), err = errno;
    clearerr(stdin);
    if (failed) {
        free(data);
        return raise_os_error(err ? err : EIO);
    }
    MrtValue r = decode_input(data ? data : "", len);
    free(data);
    return r;
}

/* ---- TextIOWrapper --------------------------------------------------------- */

typedef struct MrtTextIO {
    MrtObject ob;
    int fd;
    const char *name, *mode;
} MrtTextIO;

/* Static objects: they exist before the GC or any init runs. */
static MrtTextIO io_stdin = {{&mrt_type_textio}, 0, "<stdin>", "r"};
static MrtTextIO io_stdout = {{&mrt_type_textio}, 1, "<stdout>", "w"};
static MrtTextIO io_stderr = {{&mrt_type_textio}, 2, "<stderr>", "w"};

MrtValue mrt_io_stdin(void) { return mrt_from_obj(&io_stdin); }
MrtValue mrt_io_stdout(void) { return mrt_from_obj(&io_stdout); }
MrtValue mrt_io_stderr(void) { return mrt_from_obj(&io_stderr); }

static int is_textio(MrtValue v) { return mrt_is_ptr(v) && mrt_obj(v)->type == &mrt_type_textio; }
static MrtTextIO *textio(MrtValue v) { return (MrtTextIO *)mrt_obj(v); }

/* CPython raises io.UnsupportedOperation (an OSError subclass); we have no io module yet. */
static MrtValue unsupported(const char *what) { return mrt_raise_msg(&mrt_type_OSError, what); }

static int textio_write_bytes(MrtTextIO *f, const char *s, size_t n)
{
    if (f->fd == 1) return mrt_write_stdout(s, n);
    if (f->fd == 2) return mrt_write_stderr(s, n);
    unsupported("not writable");
    return -1;
}

/* Write a str object (exact str or a subclass) to a TextIOWrapper. */
static int textio_write_str(MrtTextIO *f, MrtValue s)
{
    if (!mrt_is_str(s) && !(s = mrt_str(s))) return -1;
    return textio_write_bytes(f, mrt_str_data(s), (size_t)((MrtStr *)mrt_obj(s))->size);
}

static MrtValue textio_write(int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtValue a[1];
    if (mrt_parse_args("TextIOWrapper.write", nargs - 1, args + 1, kwnames, 1, 1, NULL, a) < 0) return MRT_ERR;
    if (!mrt_isinstance_of(a[0], &mrt_type_str))
        return mrt_raise_fmt(&mrt_type_TypeError, "write() argument must be str, not %T", a[0]);
    MrtValue s = mrt_is_str(a[0]) ? a[0] : mrt_str(a[0]);
    if (!s || textio_write_str(textio(args[0]), s) < 0) return MRT_ERR;
    return mrt_int_from_i64(((MrtStr *)mrt_obj(s))->len);
}

static MrtValue textio_flush(int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (mrt_parse_args("TextIOWrapper.flush", nargs - 1, args + 1, kwnames, 0, 0, NULL, NULL) < 0) return MRT_ERR;
    if (textio(args[0])->fd == 1 && flush_out() < 0) return raise_os_error(errno);
    return MRT_NONE;
}

/* readline(size=-1): only the whole-line form is supported. */
static MrtValue textio_readline(int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtValue a[1];
    if (mrt_parse_args("readline", nargs - 1, args + 1, kwnames, 0, 1, NULL, a) < 0) return MRT_ERR;
    if (textio(args[0])->fd != 0) return unsupported("not readable");
    if (a[0] && a[0] != MRT_NONE) {
        int64_t size;
        if (mrt_as_index(a[0], &size) < 0) return MRT_ERR;
        if (size >= 0) return mrt_raise_msg(&mrt_type_NotImplementedError, "readline(size) is not supported");
    }
    return mrt_io_readline();
}

static MrtValue textio_read(int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtValue a[1];
    if (mrt_parse_args("read", nargs - 1, args + 1, kwnames, 0, 1, NULL, a) < 0) return MRT_ERR;
    if (textio(args[0])->fd != 0) return unsupported("not readable");
    if (a[0] && a[0] != MRT_NONE) {
        int64_t size;
        if (mrt_as_index(a[0], &size) < 0) return MRT_ERR;
        if (size >= 0) return mrt_raise_msg(&mrt_type_NotImplementedError, "read(size) is not supported");
    }
    return read_all_stdin();
}

static MrtValue textio_fileno(int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (mrt_parse_args("TextIOWrapper.fileno", nargs - 1, args + 1, kwnames, 0, 0, NULL, NULL) < 0) return MRT_ERR;
    return mrt_small(textio(args[0])->fd);
}

static MrtValue textio_isatty(int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (mrt_parse_args("TextIOWrapper.isatty", nargs - 1, args + 1, kwnames, 0, 0, NULL, NULL) < 0) return MRT_ERR;
    return mrt_bool(isatty(textio(args[0])->fd));
}

static MrtValue textio_name(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return mrt_str_from_cstr(textio(args[0])->name);
}

static MrtValue textio_mode(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return mrt_str_from_cstr(textio(args[0])->mode);
}

static MrtValue textio_encoding(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return mrt_str_from_cstr("utf-8");
}

static MrtValue textio_repr(MrtValue self)
{
    return mrt_str_printf("<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>", textio(self)->name,
                          textio(self)->mode);
}

static MrtValue textio_iter(MrtValue self) { return self; }

/* Hashed by identity, like every object without __eq__. */
static int64_t identity_hash(MrtValue self) { return (int64_t)(self >> 4); }

/* Iterating a text file yields its lines. */
static MrtValue textio_next(MrtValue self)
{
    if (textio(self)->fd != 0) return unsupported("not readable");
    MrtValue line = mrt_io_readline();
    if (!line) return MRT_ERR;
    return ((MrtStr *)mrt_obj(line))->size ? line : MRT_STOP;
}

static const MrtMethodDef textio_methods[] = {
    {"write", textio_write, 0},
    {"flush", textio_flush, 0},
    {"readline", textio_readline, 0},
    {"read", textio_read, 0},
    {"fileno", textio_fileno, 0},
    {"isatty", textio_isatty, 0},
    {"name", textio_name, MRT_METH_PROPERTY},
    {"mode", textio_mode, MRT_METH_PROPERTY},
    {"encoding", textio_encoding, MRT_METH_PROPERTY},
    {NULL, NULL, 0},
};

MrtType mrt_type_textio = {
    .ob = {&mrt_type_type},
    .base = &mrt_type_object,
    .name = "TextIOWrapper",
    .flags = MRT_TF_NOSUBCLASS,
    .basicsize = sizeof(MrtTextIO),
    .repr = textio_repr,
    .hash = identity_hash,
    .iter = textio_iter,
    .next = textio_next,
    .methods = textio_methods,
};

/* ---- print / input / open ---------------------------------------------------- */

/* file.write(s) for any file-like object, with a direct path for the std streams. */
static int file_write(MrtValue file, MrtValue s)
{
    if (is_textio(file)) return textio_write_str(textio(file), s);
    MrtValue r = mrt_call_method(file, mrt_name("write"), 1, &s, 0);
    return r ? 0 : -1;
}

static int file_flush(MrtValue file)
{
    if (is_textio(file)) {
        if (textio(file)->fd == 1 && flush_out() < 0) return (raise_os_error(errno), -1);
        return 0;
    }
    return mrt_call_method(file, mrt_name("flush"), 0, NULL, 0) ? 0 : -1;
}

/* sep/end: None (or absent) means the default, otherwise it must be a str. */
static int print_str_opt(const char *what, MrtValue v, MrtValue *out, const char *dflt)
{
    if (!v || v == MRT_NONE) {
        *out = mrt_str_from_cstr(dflt);
        return *out ? 0 : -1;
    }
    if (!mrt_isinstance_of(v, &mrt_type_str)) {
        mrt_raise_fmt(&mrt_type_TypeError, "%s must be None or a string, not %T", what, v);
        return -1;
    }
    *out = v;
    return 0;
}

MrtValue mrt_bi_print(int nargs, const MrtValue *args, MrtValue kwnames)
{
    static const char *const kwlist[] = {"sep", "end", "file", "flush", NULL};
    MrtValue kw[4];
    /* Positionals are *args: parse only the keyword values that follow them. */
    if (mrt_parse_args("print", 0, args + nargs, kwnames, 0, 0, kwlist, kw) < 0) return MRT_ERR;
    MrtValue file = kw[2], sep, end;
    if (!file || file == MRT_NONE) {
        file = mrt_sys_stdout();
        if (!file) return MRT_ERR;
        if (file == MRT_NONE) return MRT_NONE; /* no stdout at all: print is a no-op, as in CPython */
    }
    if (print_str_opt("sep", kw[0], &sep, " ") < 0 || print_str_opt("end", kw[1], &end, "\n") < 0) return MRT_ERR;
    for (int i = 0; i < nargs; i++) {
        if (i > 0 && file_write(file, sep) < 0) return MRT_ERR;
        MrtValue s = mrt_is_str(args[i]) ? args[i] : mrt_str(args[i]);
        if (!s || file_write(file, s) < 0) return MRT_ERR;
    }
    if (file_write(file, end) < 0) return MRT_ERR;
    if (kw[3]) {
        int fl = mrt_truthy(kw[3]);
        if (fl < 0 || (fl && file_flush(file) < 0)) return MRT_ERR;
    }
    return MRT_NONE;
}

/* Strip one trailing '\n' from a line; "" means EOF. */
static MrtValue input_finish(MrtValue line)
{
    if (!mrt_isinstance_of(line, &mrt_type_str))
        return mrt_raise_fmt(&mrt_type_TypeError, "object.readline() returned non-string");
    if (!mrt_is_str(line) && !(line = mrt_str(line))) return MRT_ERR;
    MrtStr *s = (MrtStr *)mrt_obj(line);
    if (s->size == 0) return mrt_raise_msg(&mrt_type_EOFError, "EOF when reading a line");
    if (s->data[s->size - 1] == '\n') return mrt_str_new(s->data, s->size - 1);
    return line;
}

MrtValue mrt_bi_input(int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtValue a[1];
    if (mrt_parse_args("input", nargs, args, kwnames, 0, 1, NULL, a) < 0) return MRT_ERR;
    MrtValue fin = mrt_sys_stdin(), fout = mrt_sys_stdout();
    if (!fin || !fout) return MRT_ERR;
    if (fin == MRT_NONE) return mrt_raise_msg(&mrt_type_RuntimeError, "input(): lost sys.stdin");
    if (fout == MRT_NONE) return mrt_raise_msg(&mrt_type_RuntimeError, "input(): lost sys.stdout");
    if (a[0]) {
        MrtValue p = mrt_is_str(a[0]) ? a[0] : mrt_str(a[0]);
        if (!p || file_write(fout, p) < 0) return MRT_ERR;
    }
    /* The prompt (and anything printed before it) must be visible before we block. */
    if (file_flush(fout) < 0) return MRT_ERR;
    MrtValue line;
    if (is_textio(fin) && textio(fin)->fd == 0)
        line = mrt_io_readline();
    else
        line = mrt_call_method(fin, mrt_name("readline"), 0, NULL, 0);
    if (!line) return MRT_ERR;
    return input_finish(line);
}

/* STUB: open() until the capability system exists. Parses CPython's signature
 * so argument errors match, then denies every path. */
MrtValue mrt_bi_open(int nargs, const MrtValue *args, MrtValue kwnames)
{
    static const char *const names[] = {"file",    "mode",    "buffering", "encoding", "errors",
                                        "newline", "closefd", "opener",    NULL};
    enum { N = 8 };
    MrtValue a[2 * N];
    int64_t nkw = kwnames ? ((MrtTuple *)mrt_obj(kwnames))->len : 0;
    if (nargs + nkw > N)
        return mrt_raise_fmt(&mrt_type_TypeError, "open() takes at most 8 arguments (%ld given)", (int64_t)nargs + nkw);
    if (mrt_parse_args("open", nargs, args, kwnames, 0, N, names, a) < 0) return MRT_ERR;
    for (int i = 0; i < N; i++) {
        if (a[i] && a[N + i])
            return mrt_raise_fmt(&mrt_type_TypeError, "argument for open() given by name ('%s') and position (%d)",
                                 names[i], i + 1);
        if (!a[i]) a[i] = a[N + i];
    }
    if (!a[0]) return mrt_raise_msg(&mrt_type_TypeError, "open() missing required argument 'file' (pos 1)");
    if (!mrt_isinstance_of(a[0], &mrt_type_str))
        return mrt_raise_fmt(&mrt_type_TypeError, "expected str, bytes or os.PathLike object, not %T", a[0]);
    unsigned caps = mrt_open_caps(NULL);
    if (a[1]) {
        if (!mrt_isinstance_of(a[1], &mrt_type_str))
            return mrt_raise_fmt(&mrt_type_TypeError, "open() argument 'mode' must be str, not %T", a[1]);
        MrtValue mode = mrt_is_str(a[1]) ? a[1] : mrt_str(a[1]);
        if (!mode) return MRT_ERR;
        caps = mrt_open_caps(mrt_str_data(mode));
    }
    /* Zero authority until grants are baked in (issue 4): name what is missing, writing first. */
    const char *cap = mrt_cap_token(caps & MRT_CAP_FS_WRITE ? MRT_CAP_FS_WRITE : MRT_CAP_FS_READ);
    return mrt_raise_fmt(&mrt_type_PermissionError, "%s denied for %R", cap, a[0]);
}
