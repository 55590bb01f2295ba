/* mrt_exc.c — exceptions: the builtin exception types, raising and matching,
 * the "currently handled" exception, tracebacks, and what happens to an
 * exception nobody caught (mrt_main_finish). */
#include "mrt_internal.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>
#include <stdlib.h>

/* One traceback frame; the list is kept outermost-first (frames are added
 * as the exception propagates outwards, each prepended). */
typedef struct MrtTbEntry {
    const MrtCodeInfo *ci;
    int line;
    struct MrtTbEntry *next;
} MrtTbEntry;

static MrtValue handled_exc; /* the exception of the innermost running except body */

/* A traceback object: what __exit__ and __traceback__ receive. molt keeps
 * frames as (function, line) pairs; this object exposes the innermost line. */
typedef struct MrtTraceback {
    MrtObject ob;
    int line;
} MrtTraceback;

static MrtValue tb_getattr(MrtValue v, MrtValue name)
{
    if (!strcmp(mrt_str_data(name), "tb_lineno")) return mrt_small(((MrtTraceback *)mrt_obj(v))->line);
    return mrt_generic_getattr(v, name);
}

static MrtType mrt_type_traceback = {
    .ob = {&mrt_type_type},
    .name = "traceback",
    .base = &mrt_type_object,
    .getattr = tb_getattr,
};

static MrtException *exc_of(MrtValue v) { return (MrtException *)mrt_obj(v); }
static int is_exc_instance(MrtValue v) { return mrt_is_ptr(v) && (mrt_obj(v)->type->flags & MRT_TF_EXC); }
static int is_exc_type(MrtValue v)
{
    return mrt_is_ptr(v) && mrt_obj(v)->type == &mrt_type_type && (((MrtType *)mrt_obj(v))->flags & MRT_TF_EXC);
}

/* ---- OSError's errno, strerror and filenames ---------------------------------------- */

/* OSError and its subclasses carry these fields (0 reads as None). */
typedef struct MrtOSError {
    MrtException exc;
    MrtValue myerrno, strerror, filename, filename2;
    int64_t written; /* BlockingIOError.characters_written; -1 when unset */
} MrtOSError;

static int is_oserror(MrtValue v) { return mrt_isinstance_of(v, &mrt_type_OSError); }
static MrtOSError *ose_of(MrtValue v) { return (MrtOSError *)mrt_obj(v); }

/* OSError(errno, ...) builds the subclass CPython's errno map names. */
static MrtType *oserror_subclass(MrtValue err)
{
    static const struct {
        int err;
        MrtType *t;
    } map[] = {
        {EAGAIN, &mrt_type_BlockingIOError},
        {EALREADY, &mrt_type_BlockingIOError},
        {EWOULDBLOCK, &mrt_type_BlockingIOError},
        {EINPROGRESS, &mrt_type_BlockingIOError},
        {ECHILD, &mrt_type_ChildProcessError},
        {EPIPE, &mrt_type_BrokenPipeError},
        {ESHUTDOWN, &mrt_type_BrokenPipeError},
        {ECONNABORTED, &mrt_type_ConnectionAbortedError},
        {ECONNREFUSED, &mrt_type_ConnectionRefusedError},
        {ECONNRESET, &mrt_type_ConnectionResetError},
        {EEXIST, &mrt_type_FileExistsError},
        {ENOENT, &mrt_type_FileNotFoundError},
        {EISDIR, &mrt_type_IsADirectoryError},
        {ENOTDIR, &mrt_type_NotADirectoryError},
        {EINTR, &mrt_type_InterruptedError},
        {EACCES, &mrt_type_PermissionError},
        {EPERM, &mrt_type_PermissionError},
        {ESRCH, &mrt_type_ProcessLookupError},
        {ETIMEDOUT, &mrt_type_TimeoutError},
    };
    if (!mrt_is_small(err) && !mrt_is_bool(err)) return &mrt_type_OSError;
    int64_t e = mrt_is_bool(err) ? err == MRT_TRUE : mrt_small_val(err); /* True is errno 1 */
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (map[i].err == e) return map[i].t;
    return &mrt_type_OSError;
}

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]): with 2 to 5
 * arguments they fill the fields, and a filename cuts args to the first
 * two (CPython's oserror_init). -1 on error. */
static int oserror_parse(MrtValue self, int nargs, const MrtValue *args)
{
    MrtOSError *o = ose_of(self);
    o->myerrno = o->strerror = o->filename = o->filename2 = 0;
    o->written = -1;
    if (!(o->exc.args = mrt_tuple_new(nargs, args))) return -1;
    if (nargs < 2 || nargs > 5) return 0;
    o->myerrno = args[0];
    o->strerror = args[1];
    MrtValue fn = nargs >= 3 ? args[2] : MRT_NONE;
    if (fn == MRT_NONE) return 0;
    if (mrt_obj(self)->type == &mrt_type_BlockingIOError && (mrt_int_is(fn) || mrt_is_double(fn))) {
        /* BlockingIOError's third argument may be the characters written */
        if (mrt_is_double(fn))
            return mrt_raise_msg(&mrt_type_TypeError, "'float' object cannot be interpreted as an integer"), -1;
        return mrt_int_to_i64(fn, &o->written) < 0 ? -1 : 0;
    }
    o->filename = fn;
    if (nargs == 5 && args[4] != MRT_NONE) o->filename2 = args[4];
    return (o->exc.args = mrt_tuple_new(2, args)) ? 0 : -1;
}

/* A class whose own __init__ replaces OSError's parses in OSError.__init__
 * (if it calls it), as CPython's oserror_use_init. */
static MrtValue exc_init(int nargs, const MrtValue *args, MrtValue kwnames);
static int oserror_uses_init(MrtType *t)
{
    MrtValue init = mrt_type_lookup(t, mrt_name("__init__"));
    return !init || !mrt_is_ptr(init) || mrt_obj(init)->type != &mrt_type_builtin_function ||
           ((MrtBuiltin *)mrt_obj(init))->fn != exc_init;
}

static MrtValue exc_str(MrtValue v);

/* OSError.__str__ */
static MrtValue oserror_str(MrtValue v)
{
    MrtOSError *o = ose_of(v);
    if (o->filename && o->filename2)
        return mrt_str_printf("[Errno %S] %S: %R -> %R", o->myerrno ? o->myerrno : MRT_NONE,
                              o->strerror ? o->strerror : MRT_NONE, o->filename, o->filename2);
    if (o->filename)
        return mrt_str_printf("[Errno %S] %S: %R", o->myerrno ? o->myerrno : MRT_NONE,
                              o->strerror ? o->strerror : MRT_NONE, o->filename);
    if (o->myerrno && o->strerror) return mrt_str_printf("[Errno %S] %S", o->myerrno, o->strerror);
    return exc_str(v);
}

/* The field behind an OSError attribute name, or NULL. */
static MrtValue *oserror_field(MrtValue v, const char *n)
{
    MrtOSError *o = ose_of(v);
    if (!strcmp(n, "errno")) return &o->myerrno;
    if (!strcmp(n, "strerror")) return &o->strerror;
    if (!strcmp(n, "filename")) return &o->filename;
    if (!strcmp(n, "filename2")) return &o->filename2;
    return NULL;
}

static MrtValue oserror_written(MrtValue v)
{
    if (ose_of(v)->written < 0) return mrt_raise_msg(&mrt_type_AttributeError, "characters_written");
    return mrt_int_from_i64(ose_of(v)->written);
}

/* ---- the exception object ------------------------------------------------------- */

MrtValue mrt_exc_new(MrtType *t, int nargs, const MrtValue *args)
{
    if (t == &mrt_type_OSError && nargs >= 2 && nargs <= 5) t = oserror_subclass(args[0]);
    MrtException *e = mrt_alloc(t, t->basicsize > sizeof(MrtException) ? t->basicsize : sizeof(MrtException));
    if (!e) return MRT_ERR;
    MrtValue v = mrt_from_obj(e);
    if (mrt_is_subtype(t, &mrt_type_OSError)) {
        if (oserror_uses_init(t)) nargs = 0; /* OSError.__init__ parses them, if called */
        return oserror_parse(v, nargs, args) < 0 ? MRT_ERR : v;
    }
    e->args = mrt_tuple_new(nargs, args);
    if (!e->args) return MRT_ERR;
    return v;
}

MrtValue mrt_exc_args(MrtValue exc) { return exc_of(exc)->args; }

MrtValue mrt_exc_traceback(MrtValue exc)
{
    MrtTbEntry *t = (MrtTbEntry *)(uintptr_t)exc_of(exc)->tb;
    if (!t) return MRT_NONE;
    while (t->next) t = t->next;
    MrtTraceback *tb = mrt_alloc(&mrt_type_traceback, sizeof *tb);
    if (!tb) return MRT_ERR;
    tb->line = t->line;
    return mrt_from_obj(tb);
}

/* BaseException.__init__ and OSError.__new__ refuse keyword arguments. */
static MrtValue no_keywords(MrtType *t, MrtValue kwnames)
{
    if (!kwnames || ((MrtTuple *)mrt_obj(kwnames))->len == 0) return MRT_NONE;
    return mrt_raise_fmt(&mrt_type_TypeError, "%s() takes no keyword arguments", t->name);
}

static MrtValue exc_tp_new(MrtType *t, int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (!no_keywords(t, kwnames)) return MRT_ERR;
    return mrt_exc_new(t, nargs, args);
}

/* BaseException.__str__ */
static MrtValue exc_str(MrtValue v)
{
    MrtTuple *a = (MrtTuple *)mrt_obj(exc_of(v)->args);
    if (a->len == 0) return mrt_str_from_cstr("");
    if (a->len == 1) return mrt_str(a->items[0]);
    return mrt_repr(exc_of(v)->args);
}

/* KeyError.__str__: a single key shows as its repr */
static MrtValue keyerror_str(MrtValue v)
{
    MrtTuple *a = (MrtTuple *)mrt_obj(exc_of(v)->args);
    return a->len == 1 ? mrt_repr(a->items[0]) : exc_str(v);
}

static MrtValue exc_repr(MrtValue v)
{
    MrtTuple *a = (MrtTuple *)mrt_obj(exc_of(v)->args);
    const char *name = mrt_type_cname(v);
    if (a->len == 1) return mrt_str_printf("%s(%R)", name, a->items[0]);
    return mrt_str_printf("%s%R", name, exc_of(v)->args);
}

static MrtValue exc_getattr(MrtValue v, MrtValue name)
{
    const char *n = mrt_str_data(name);
    MrtException *e = exc_of(v);
    if (!strcmp(n, "args")) return e->args;
    if (!strcmp(n, "__cause__")) return e->cause ? e->cause : MRT_NONE;
    if (!strcmp(n, "__context__")) return e->context ? e->context : MRT_NONE;
    if (!strcmp(n, "__suppress_context__")) return mrt_bool(e->suppress_context);
    if (!strcmp(n, "__traceback__")) return mrt_exc_traceback(v);
    if (mrt_isinstance_of(v, &mrt_type_StopIteration) && !strcmp(n, "value")) {
        MrtTuple *a = (MrtTuple *)mrt_obj(e->args);
        return a->len ? a->items[0] : MRT_NONE;
    }
    if (mrt_isinstance_of(v, &mrt_type_SystemExit) && !strcmp(n, "code")) {
        MrtTuple *a = (MrtTuple *)mrt_obj(e->args);
        return a->len == 1 ? a->items[0] : a->len ? e->args : MRT_NONE;
    }
    if (is_oserror(v)) {
        MrtValue *f = oserror_field(v, n);
        if (f) return *f ? *f : MRT_NONE;
        if (mrt_obj(v)->type == &mrt_type_BlockingIOError && !strcmp(n, "characters_written"))
            return oserror_written(v);
    }
    return mrt_generic_getattr(v, name);
}

static int exc_setattr(MrtValue v, MrtValue name, MrtValue val)
{
    const char *n = mrt_str_data(name);
    MrtException *e = exc_of(v);
    if (!strcmp(n, "args") && val) {
        MrtValue t = mrt_tuple_from_iter(val);
        if (!t) return -1;
        e->args = t;
        return 0;
    }
    if (!strcmp(n, "__cause__") && val) {
        e->cause = val == MRT_NONE ? 0 : val;
        e->suppress_context = 1;
        return 0;
    }
    MrtValue *f = is_oserror(v) ? oserror_field(v, n) : NULL;
    if (f) {
        *f = val; /* an assigned None shows in str(), as CPython's members do; del unsets */
        return 0;
    }
    return mrt_generic_setattr(v, name, val);
}

/* BaseException.__init__: stores the arguments (user __init__ may call it via super()). */
static MrtValue exc_init(int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (!no_keywords(mrt_type_of(args[0]), kwnames)) return MRT_ERR;
    if (is_oserror(args[0])) { /* parsed at creation unless the class has its own __init__ */
        if (!oserror_uses_init(mrt_type_of(args[0]))) return MRT_NONE;
        return oserror_parse(args[0], nargs - 1, args + 1) < 0 ? MRT_ERR : MRT_NONE;
    }
    MrtValue t = mrt_tuple_new(nargs - 1, args + 1);
    if (!t) return MRT_ERR;
    exc_of(args[0])->args = t;
    return MRT_NONE;
}

static MrtValue exc_with_traceback(int nargs, const MrtValue *args, MrtValue kwnames) { return args[0]; }

/* add_note(note) (3.11): notes go to __notes__ and are printed after the
 * exception's message when it is not caught. */
static MrtValue exc_add_note(int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (nargs != 2 || kwnames)
        return mrt_raise_fmt(&mrt_type_TypeError, "BaseException.add_note() takes exactly one argument (%d given)",
                             nargs - 1);
    if (!mrt_is_str(args[1]))
        return mrt_raise_fmt(&mrt_type_TypeError, "note must be a str, not '%s'", mrt_type_cname(args[1]));
    MrtValue name = mrt_name("__notes__");
    MrtValue notes = mrt_getattr_default(args[0], name, MRT_NONE);
    if (!notes) return MRT_ERR;
    if (notes == MRT_NONE) {
        if (!(notes = mrt_list_new(0, NULL)) || mrt_setattr(args[0], name, notes) < 0) return MRT_ERR;
    } else if (!mrt_is_list(notes)) {
        return mrt_raise_msg(&mrt_type_TypeError, "Cannot add note: __notes__ is not a list");
    }
    return mrt_list_append(notes, args[1]) < 0 ? MRT_ERR : MRT_NONE;
}

static const MrtMethodDef exc_methods[] = {
    {"__init__", exc_init, 0},
    {"with_traceback", exc_with_traceback, 0},
    {"add_note", exc_add_note, 0},
    {NULL, NULL, 0},
};

static int64_t exc_hash(MrtValue v) { return (int64_t)((v >> 4) & INT64_MAX); }

#define DEFINE_EXC(c, basec)                                                                                           \
    MrtType mrt_type_##c = {                                                                                           \
        .ob = {&mrt_type_type},                                                                                        \
        .name = #c,                                                                                                    \
        .base = &mrt_type_##basec,                                                                                     \
        .flags = MRT_TF_EXC,                                                                                           \
        .basicsize = sizeof(MrtException),                                                                             \
        .repr = exc_repr,                                                                                              \
        .str = exc_str,                                                                                                \
        .hash = exc_hash,                                                                                              \
        .getattr = exc_getattr,                                                                                        \
        .setattr = exc_setattr,                                                                                        \
        .tp_new = exc_tp_new,                                                                                          \
        .methods = exc_methods,                                                                                        \
    };
MRT_EXC_TYPES(DEFINE_EXC)

/* OSError and its subclasses have the larger MrtOSError layout and their
 * own __str__, as KeyError has. */
#define READY_EXC(c, basec)                                                                                            \
    if (mrt_is_subtype(&mrt_type_##c, &mrt_type_OSError)) {                                                            \
        mrt_type_##c.basicsize = sizeof(MrtOSError);                                                                   \
        mrt_type_##c.str = oserror_str;                                                                                \
    }                                                                                                                  \
    mrt_type_ready(&mrt_type_##c);
void mrt_exc_types_init(void)
{
    mrt_type_KeyError.str = keyerror_str;
    MRT_EXC_TYPES(READY_EXC)
}

/* ---- raising ----------------------------------------------------------------------- */

static MrtValue instantiate(MrtValue exc_or_type)
{
    if (is_exc_instance(exc_or_type)) return exc_or_type;
    if (is_exc_type(exc_or_type)) {
        MrtValue e = mrt_call0(exc_or_type);
        if (!e) return MRT_ERR;
        if (!is_exc_instance(e))
            return mrt_raise_fmt(&mrt_type_TypeError,
                                 "calling %R should have returned an instance of BaseException, not %s", exc_or_type,
                                 mrt_type_cname(e));
        return e;
    }
    return mrt_raise_msg(&mrt_type_TypeError, "exceptions must derive from BaseException");
}

static MrtValue set_pending(MrtValue e)
{
    MrtException *x = exc_of(e);
    if (handled_exc && handled_exc != e && !x->context) {
        /* Avoid cycles: the handled exception must not already chain to e. */
        MrtValue c = handled_exc;
        int cycle = 0;
        for (int guard = 0; c && guard < 1000; guard++, c = exc_of(c)->context)
            if (c == e) cycle = 1;
        if (!cycle) x->context = handled_exc;
    }
    mrt_cur_exc = e;
    return MRT_ERR;
}

MrtValue mrt_raise(MrtValue exc_or_type)
{
    MrtValue e = instantiate(exc_or_type);
    if (!e) return MRT_ERR;
    exc_of(e)->tb = 0;
    return set_pending(e);
}

MrtValue mrt_raise_from(MrtValue exc_or_type, MrtValue cause)
{
    MrtValue e = instantiate(exc_or_type);
    if (!e) return MRT_ERR;
    MrtValue c = 0;
    if (cause != MRT_NONE) {
        c = instantiate(cause);
        if (!c) {
            mrt_exc_fetch();
            return mrt_raise_msg(&mrt_type_TypeError, "exception causes must derive from BaseException");
        }
    }
    exc_of(e)->cause = c;
    exc_of(e)->suppress_context = 1;
    exc_of(e)->tb = 0;
    return set_pending(e);
}

MrtValue mrt_reraise(MrtValue exc)
{
    mrt_cur_exc = exc;
    return MRT_ERR;
}

MrtValue mrt_raise_current_handled(void)
{
    if (!handled_exc) return mrt_raise_msg(&mrt_type_RuntimeError, "No active exception to reraise");
    return mrt_reraise(handled_exc);
}

MrtValue mrt_raise_msg(MrtType *t, const char *msg)
{
    MrtValue m = mrt_str_from_cstr(msg);
    MrtValue e = m ? mrt_exc_new(t, *msg ? 1 : 0, &m) : 0;
    if (!e) {
        /* Out of memory while raising: fall back to a preallocated MemoryError. */
        static MrtException oom;
        static MrtTuple empty = {{&mrt_type_tuple}, 0};
        oom.inst.ob.type = &mrt_type_MemoryError;
        oom.args = mrt_from_obj(&empty);
        e = mrt_from_obj(&oom);
    }
    return set_pending(e);
}

MrtValue mrt_raise_fmt(MrtType *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    MrtValue saved = mrt_cur_exc;
    MrtValue m = mrt_str_vprintf(fmt, ap);
    va_end(ap);
    if (!m) return MRT_ERR;
    mrt_cur_exc = saved;
    MrtValue e = mrt_exc_new(t, 1, &m);
    return e ? set_pending(e) : MRT_ERR;
}

MrtValue mrt_name_error(const char *name)
{
    return mrt_raise_fmt(&mrt_type_NameError, "name '%s' is not defined", name);
}

MrtValue mrt_unbound_local(const char *name)
{
    return mrt_raise_fmt(&mrt_type_UnboundLocalError,
                         "cannot access local variable '%s' where it is not associated with a value", name);
}

MrtValue mrt_recursion_error(void)
{
    mrt_depth--; /* the failed call never ran */
    return mrt_raise_msg(&mrt_type_RecursionError, "maximum recursion depth exceeded");
}

/* ---- catching ------------------------------------------------------------------------ */

int mrt_exc_matches(MrtValue exc, MrtValue type_or_tuple)
{
    if (mrt_is_tuple(type_or_tuple)) {
        MrtTuple *t = (MrtTuple *)mrt_obj(type_or_tuple);
        for (int64_t i = 0; i < t->len; i++) {
            int r = mrt_exc_matches(exc, t->items[i]);
            if (r) return r;
        }
        return 0;
    }
    if (!is_exc_type(type_or_tuple)) {
        mrt_raise_msg(&mrt_type_TypeError, "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return mrt_isinstance_of(exc, (MrtType *)mrt_obj(type_or_tuple));
}

MrtValue mrt_exc_fetch(void)
{
    MrtValue e = mrt_cur_exc;
    mrt_cur_exc = 0;
    return e;
}

MrtValue mrt_exc_enter_handler(MrtValue exc)
{
    MrtValue prev = handled_exc;
    handled_exc = exc;
    return prev;
}

void mrt_exc_leave_handler(MrtValue prev) { handled_exc = prev; }

void mrt_tb_add(const MrtCodeInfo *ci, int line)
{
    if (!mrt_cur_exc) return;
    MrtTbEntry *t = mrt_gc_malloc(sizeof *t);
    if (!t) return;
    MrtException *e = exc_of(mrt_cur_exc);
    t->ci = ci;
    t->line = line;
    t->next = (MrtTbEntry *)(uintptr_t)e->tb;
    e->tb = (MrtValue)(uintptr_t)t;
}

/* ---- reporting an uncaught exception ------------------------------------------------------- */

static void err_puts(const char *s) { mrt_write_stderr(s, strlen(s)); }

static void print_tb(MrtValue exc)
{
    MrtTbEntry *t = (MrtTbEntry *)(uintptr_t)exc_of(exc)->tb;
    if (!t) return;
    err_puts("Traceback (most recent call last):\n");
    char buf[512];
    for (; t; t = t->next) {
        snprintf(buf, sizeof buf, "  File \"%s\", line %d, in %s\n", t->ci->file, t->line, t->ci->name);
        err_puts(buf);
        if (t->ci->lines && t->line > 0 && t->line < t->ci->nlines) {
            const char *src = t->ci->lines[t->line];
            while (*src == ' ' || *src == '\t') src++;
            if (*src) {
                err_puts("    ");
                err_puts(src);
                err_puts("\n");
            }
        }
    }
}

static void print_exc_line(MrtValue exc)
{
    MrtType *t = mrt_type_of(exc);
    MrtValue s = mrt_str(exc);
    if (!s) {
        mrt_exc_fetch();
        s = mrt_str_from_cstr("<exception str() failed>");
    }
    MrtValue mod = 0;
    if ((t->flags & MRT_TF_USER) && mrt_dict_lookup(t->dict, mrt_name("__module__"), &mod) > 0 && mrt_is_str(mod) &&
        strcmp(mrt_str_data(mod), "__main__") != 0) {
        err_puts(mrt_str_data(mod));
        err_puts(".");
    }
    err_puts(mrt_type_qualname(t));
    if (s && ((MrtStr *)mrt_obj(s))->size) {
        err_puts(": ");
        err_puts(mrt_str_data(s));
    }
    err_puts("\n");
    MrtValue notes = mrt_getattr_default(exc, mrt_name("__notes__"), MRT_NONE);
    if (!notes) mrt_exc_fetch();
    if (notes && mrt_is_list(notes)) {
        MrtList *l = (MrtList *)mrt_obj(notes);
        for (int64_t k = 0; k < l->len; k++) {
            MrtValue line = mrt_str(l->items[k]);
            if (!line) {
                mrt_exc_fetch();
                continue;
            }
            err_puts(mrt_str_data(line));
            err_puts("\n");
        }
    }
}

static void print_chain(MrtValue exc, int depth)
{
    MrtException *e = exc_of(exc);
    if (depth < 100) {
        if (e->cause) {
            print_chain(e->cause, depth + 1);
            err_puts("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e->context && !e->suppress_context) {
            print_chain(e->context, depth + 1);
            err_puts("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    print_tb(exc);
    print_exc_line(exc);
}

int mrt_main_finish(MrtValue result)
{
    if (result) {
        mrt_flush_all();
        return 0;
    }
    MrtValue exc = mrt_exc_fetch();
    if (mrt_isinstance_of(exc, &mrt_type_SystemExit)) {
        int status = mrt_sys_exit_status(exc);
        mrt_flush_all();
        return status;
    }
    mrt_flush_all();
    print_chain(exc, 0);
    mrt_flush_all();
    if (mrt_isinstance_of(exc, &mrt_type_KeyboardInterrupt)) {
        /* as CPython: end by the signal itself, so the parent sees SIGINT */
        signal(SIGINT, SIG_DFL);
        kill(getpid(), SIGINT);
        return 130;
    }
    return 1;
}
