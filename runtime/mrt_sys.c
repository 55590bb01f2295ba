/* mrt_sys.c — the builtin `sys` module (argv, std streams, exit, recursion
 * limit, platform facts), the exit status of an uncaught SystemExit, and
 * mrt_import_builtin. */
#include "mrt_bi.h"

static int saved_argc;
static char **saved_argv;
static MrtValue sys_module; /* built once by mrt_module_sys() */
static MrtValue *sys_slots;

/* Slot order of the module's globals; names[] below must match. */
enum {
    SYS_ARGV,
    SYS_STDOUT,
    SYS_STDERR,
    SYS_STDIN,
    SYS_EXIT,
    SYS_MAXSIZE,
    SYS_GETRECURSIONLIMIT,
    SYS_SETRECURSIONLIMIT,
    SYS_VERSION,
    SYS_PLATFORM,
    SYS_BYTEORDER,
    SYS_NSLOTS
};
static const char *const sys_names[SYS_NSLOTS] = {
    "argv",    "stdout",   "stderr",    "stdin", "exit", "maxsize", "getrecursionlimit", "setrecursionlimit",
    "version", "platform", "byteorder",
};

static MrtValue make_argv(void);

/* Called by mrt_init (possibly again, by a host running several programs). */
void mrt_sys_set_argv(int argc, char **argv)
{
    saved_argc = argv ? argc : 0;
    saved_argv = argv;
    if (sys_slots) {
        MrtValue l = make_argv();
        if (l)
            sys_slots[SYS_ARGV] = l;
        else
            mrt_exc_fetch();
    }
}

/* argv bytes as str; invalid UTF-8 bytes become U+FFFD (CPython would use
 * surrogateescape, which our UTF-8 strings cannot hold). */
static MrtValue argv_str(const char *s)
{
    MrtBuf b;
    mrt_buf_init(&b, (int64_t)strlen(s));
    const unsigned char *u = (const unsigned char *)s;
    while (*u) {
        unsigned char c = u[0];
        int need = c < 0x80                 ? 0
                   : c >= 0xC2 && c < 0xE0  ? 1
                   : c >= 0xE0 && c < 0xF0  ? 2
                   : c >= 0xF0 && c <= 0xF4 ? 3
                                            : -1;
        int ok = need >= 0;
        for (int i = 1; ok && i <= need; i++) ok = (u[i] & 0xC0) == 0x80;
        /* overlong three/four-byte forms, surrogates and > U+10FFFF */
        if (ok && need == 2 && ((c == 0xE0 && u[1] < 0xA0) || (c == 0xED && u[1] > 0x9F))) ok = 0;
        if (ok && need == 3 && ((c == 0xF0 && u[1] < 0x90) || (c == 0xF4 && u[1] > 0x8F))) ok = 0;
        int r = ok ? mrt_buf_add(&b, (const char *)u, need + 1) : mrt_buf_add(&b, "\xEF\xBF\xBD", 3);
        if (r < 0) return MRT_ERR;
        u += ok ? need + 1 : 1;
    }
    return mrt_buf_finish(&b);
}

static MrtValue make_argv(void)
{
    MrtValue list = mrt_list_with_capacity(saved_argc);
    if (!list) return MRT_ERR;
    for (int i = 0; i < saved_argc; i++) {
        MrtValue s = argv_str(saved_argv[i] ? saved_argv[i] : "");
        if (!s || mrt_list_append(list, s) < 0) return MRT_ERR;
    }
    return list;
}

/* sys.exit([status]): SystemExit carrying the status (none for None/absent). */
static MrtValue sys_exit(int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtValue a[1];
    /* CPython says "sys.exit() takes no keyword arguments" but "exit expected ..." */
    if (kwnames && ((MrtTuple *)mrt_obj(kwnames))->len)
        return mrt_raise_msg(&mrt_type_TypeError, "sys.exit() takes no keyword arguments");
    if (mrt_parse_args("exit", nargs, args, 0, 0, 1, NULL, a) < 0) return MRT_ERR;
    MrtValue exc = mrt_exc_new(&mrt_type_SystemExit, a[0] && a[0] != MRT_NONE ? 1 : 0, a);
    return exc ? mrt_raise(exc) : MRT_ERR;
}

static MrtValue sys_getrecursionlimit(int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (mrt_parse_args("sys.getrecursionlimit", nargs, args, kwnames, 0, 0, NULL, NULL) < 0) return MRT_ERR;
    return mrt_int_from_i64(mrt_max_depth);
}

static MrtValue sys_setrecursionlimit(int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtValue a[1];
    int64_t n;
    if (mrt_parse_args("sys.setrecursionlimit", nargs, args, kwnames, 1, 1, NULL, a) < 0) return MRT_ERR;
    if (!mrt_int_is(a[0])) {
        if (mrt_as_index(a[0], &n) < 0) return MRT_ERR;
    } else if (mrt_int_to_i64(a[0], &n) < 0) {
        mrt_exc_fetch();
        n = INT64_MAX;
    }
    /* the limit is a C int in CPython */
    if (n > INT32_MAX || n < INT32_MIN)
        return mrt_raise_msg(&mrt_type_OverflowError, "Python int too large to convert to C int");
    if (n < 1) return mrt_raise_msg(&mrt_type_ValueError, "recursion limit must be greater or equal than 1");
    if (mrt_depth >= n)
        return mrt_raise_fmt(&mrt_type_RecursionError,
                             "cannot set the recursion limit to %ld at the recursion depth %ld: the limit is too low",
                             n, mrt_depth);
    mrt_max_depth = n;
    return MRT_NONE;
}

MrtValue mrt_module_sys(void)
{
    if (sys_module) return sys_module;
    MrtValue *slots = mrt_gc_malloc(SYS_NSLOTS * sizeof(MrtValue));
    if (!slots) return mrt_raise_msg(&mrt_type_MemoryError, "");
    slots[SYS_ARGV] = make_argv();
    slots[SYS_STDOUT] = mrt_io_stdout();
    slots[SYS_STDERR] = mrt_io_stderr();
    slots[SYS_STDIN] = mrt_io_stdin();
    slots[SYS_EXIT] = mrt_builtin_new("exit", sys_exit, 0);
    slots[SYS_MAXSIZE] = mrt_int_from_i64(INT64_MAX);
    slots[SYS_GETRECURSIONLIMIT] = mrt_builtin_new("getrecursionlimit", sys_getrecursionlimit, 0);
    slots[SYS_SETRECURSIONLIMIT] = mrt_builtin_new("setrecursionlimit", sys_setrecursionlimit, 0);
    slots[SYS_VERSION] = mrt_str_from_cstr("3.11.0 (molt)");
    slots[SYS_PLATFORM] = mrt_str_from_cstr("linux");
    slots[SYS_BYTEORDER] = mrt_str_from_cstr("little");
    for (int i = 0; i < SYS_NSLOTS; i++)
        if (!slots[i]) return MRT_ERR;
    MrtValue m = mrt_module_new("sys", SYS_NSLOTS, sys_names, slots);
    if (!m) return MRT_ERR;
    sys_slots = slots;
    sys_module = m;
    return m;
}

/* The streams print()/input() use: the module's current value once sys
 * exists (the program may have replaced them), else the real ones. */
static MrtValue sys_stream(int slot, MrtValue dflt)
{
    if (!sys_slots) return dflt;
    MrtValue v = sys_slots[slot];
    if (v == MRT_UNBOUND || v == 0) return mrt_raise_fmt(&mrt_type_RuntimeError, "lost sys.%s", sys_names[slot]);
    return v;
}

MrtValue mrt_sys_stdout(void) { return sys_stream(SYS_STDOUT, mrt_io_stdout()); }
MrtValue mrt_sys_stderr(void) { return sys_stream(SYS_STDERR, mrt_io_stderr()); }
MrtValue mrt_sys_stdin(void) { return sys_stream(SYS_STDIN, mrt_io_stdin()); }

/* SystemExit.code: the `code` attribute when the exception has one, else
 * derived from args as CPython does (none -> None, one -> it, more -> the tuple). */
static MrtValue exit_code(MrtValue exc)
{
    MrtValue code = mrt_getattr(exc, mrt_name("code"));
    if (code) return code;
    mrt_exc_fetch();
    MrtValue args = mrt_exc_args(exc);
    if (!args || !mrt_is_tuple(args)) {
        if (!args) mrt_exc_fetch();
        return MRT_NONE;
    }
    MrtTuple *t = (MrtTuple *)mrt_obj(args);
    return t->len == 0 ? MRT_NONE : t->len == 1 ? t->items[0] : args;
}

int mrt_sys_exit_status(MrtValue exc)
{
    MrtValue code = exit_code(exc);
    if (code == MRT_NONE) return 0;
    if (mrt_int_is(code)) {
        int64_t v;
        if (mrt_int_to_i64(code, &v) < 0) {
            mrt_exc_fetch();
            v = -1; /* CPython: the overflow becomes -1 */
        }
        return (int)(v & 0xFF);
    }
    /* Anything else is a message: str(code) on stderr, status 1. */
    mrt_flush_all();
    MrtValue s = mrt_str(code);
    if (s) {
        MrtStr *p = (MrtStr *)mrt_obj(s);
        if (mrt_write_stderr(p->data, (size_t)p->size) < 0 || mrt_write_stderr("\n", 1) < 0) mrt_exc_fetch();
    } else {
        mrt_exc_fetch();
    }
    return 1;
}

MrtValue mrt_import_builtin(const char *name)
{
    if (strcmp(name, "sys") == 0) return mrt_module_sys();
    if (strcmp(name, "math") == 0) return mrt_module_math();
    return 0;
}
