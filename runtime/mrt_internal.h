/* mrt_internal.h — declarations shared by the runtime's own files only:
 * heap layouts generated code never touches, per-file init hooks, and
 * helpers for writing builtin types. Generated C never includes this. */
#ifndef MRT_INTERNAL_H
#define MRT_INTERNAL_H

#include "mrt.h"

#include <gmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <string.h>

/* An int outside the 48-bit small range. Always normalised: a value that fits
 * the small range is never boxed as MrtBigInt. One whose magnitude fits one
 * limb (|x| < 2^64) is usually a single pointer-free allocation whose z is a
 * read-only view of `limb` (mrt_int.c); every reader just sees an mpz. */
typedef struct MrtBigInt {
    MrtObject ob;
    mpz_t z;
    mp_limb_t limb;
} MrtBigInt;

typedef struct MrtException {
    MrtInstance inst;
    MrtValue args;    /* tuple */
    MrtValue tb;      /* list of frames (see mrt_exc.c), innermost last */
    MrtValue cause;   /* __cause__ or 0 */
    MrtValue context; /* __context__ or 0 */
    int suppress_context;
} MrtException;

typedef struct MrtBuiltin {
    MrtObject ob;
    const char *name;
    MrtCFunc fn;
    MrtValue self;  /* bound receiver (prepended as args[0]) or 0 */
    int flags;      /* MRT_METH_* from the method def */
    MrtType *owner; /* for methods of builtin types: the type whose instances they take as self */
} MrtBuiltin;
#define MRT_METH_SLOT 32 /* MrtBuiltin.flags: a dunder from mrt_slotmethods.c */

typedef struct MrtMethod { /* a Python function bound to self */
    MrtObject ob;
    MrtValue func, self;
} MrtMethod;

typedef struct MrtWrapper { /* property, staticmethod, classmethod */
    MrtObject ob;
    MrtValue fget, fset, fdel;
} MrtWrapper;

typedef struct MrtSuper {
    MrtObject ob;
    MrtType *cls;
    MrtValue self;
} MrtSuper;

typedef struct MrtRange {
    MrtObject ob;
    int64_t start, stop, step, len;
} MrtRange;

typedef struct MrtSlice {
    MrtObject ob;
    MrtValue start, stop, step; /* MRT_NONE when omitted */
} MrtSlice;

/* Per-file init hooks, called by mrt_init in this order. */
void mrt_int_init(void);   /* GMP memory functions -> GC */
void mrt_str_init(void);   /* intern table, hash key */
void mrt_types_init(void); /* builds every builtin type's dict from its methods */
void mrt_io_init(void);    /* stdout/stderr buffers */
void mrt_exc_types_init(void);
void mrt_containers_init(void);               /* private iterator types (mrt_containers.c files) */
void mrt_builtins_init(void);                 /* mrt_builtin_objs[] (mrt_builtins.c) */
void mrt_sys_set_argv(int argc, char **argv); /* sys.argv (mrt_sys.c) */
int mrt_sys_exit_status(MrtValue exc);        /* exit status for an uncaught SystemExit (mrt_sys.c) */

/* self followed by the call's arguments (positional, then keyword values),
 * in buf when `MRT_SELF_BUF` values fit, else in GC memory; NULL on OOM. */
#define MRT_SELF_BUF 8
MrtValue *mrt_args_with_self(MrtValue *buf, MrtValue self, int nargs, const MrtValue *args, MrtValue kwnames);

/* Calls the dunder `name` found on v's type with v prepended; returns 0 with
 * no exception pending when the type does not define it (mrt_object.c). */
MrtValue mrt_call_dunder(MrtValue v, const char *name, int nargs, const MrtValue *args);

/* Re-derives a user class's slots after a dunder was assigned to it (mrt_class.c). */
void mrt_class_dunders_changed(MrtType *t);
void mrt_class_property_added(MrtType *t); /* flags t and the classes derived from it */

/* Dunder methods for the slots a builtin type fills (mrt_slotmethods.c). */
void mrt_add_slot_methods(MrtType *t);
/* Calls a slot method taken unbound from a class, with that class's slot. */
MrtValue mrt_call_slot_method(MrtBuiltin *b, int nargs, const MrtValue *args, MrtValue kwnames);

/* Type helpers (mrt_object.c). */
void mrt_type_ready(MrtType *t);                     /* idempotent */
MrtValue mrt_type_lookup(MrtType *t, MrtValue name); /* MRO walk, 0 if absent; no exception */
MrtValue mrt_generic_getattr(MrtValue obj, MrtValue name);
int mrt_generic_setattr(MrtValue obj, MrtValue name, MrtValue val);
MrtValue mrt_object_repr(MrtValue v); /* <mod.T object at 0x...> */
MrtValue mrt_type_error_unsupported(const char *opname, MrtValue a, MrtValue b);
const char *mrt_op_symbol(int op);         /* "+", "//", ... */
const char *mrt_type_cname(MrtValue v);    /* type name as C string */
const char *mrt_type_qualname(MrtType *t); /* __qualname__ of a user class ("Outer.Inner"), else the name */

/* The interned str for a C string literal, cached by address (mrt_object.c):
 * for the runtime's fixed attribute names such as "__init__". */
MrtValue mrt_name(const char *literal);

/* Index of `name` among t's inline instance slots, or -1 (mrt_class.c). */
int64_t mrt_slot_index(const MrtType *t, MrtValue name);
/* Whether obj's own storage (slots or dict) holds `name`: -1 error. */
int mrt_instance_has(MrtValue obj, MrtValue name);

/* Records that `name` was added to an instance dict of type t: marks the
 * type MRT_TF_SHADOWED when a class attribute of that name exists
 * (mrt_attrcache.c). Every path that adds instance-dict keys calls it. */
void mrt_note_instance_key(MrtType *t, MrtValue name);
/* The body of user function f when self + nargs positional arguments and no
 * keywords bind to its parameters one to one, else NULL (mrt_attrcache.c). */
MrtEntry mrt_exact_entry(MrtValue f, int nargs, MrtValue kwnames);

/* Strings from C (mrt_str.c). */
MrtValue mrt_str_printf(const char *fmt, ...); /* same % codes as mrt_raise_fmt */
MrtValue mrt_str_vprintf(const char *fmt, va_list ap);
const char *mrt_cstr(MrtValue s); /* UTF-8 data of a str */

/* A growable UTF-8 buffer for building strings (mrt_str.c). */
typedef struct MrtBuf {
    char *data;
    int64_t len, cap;
} MrtBuf;
void mrt_buf_init(MrtBuf *b, int64_t cap);
int mrt_buf_add(MrtBuf *b, const char *s, int64_t n); /* -1: MemoryError raised */
int mrt_buf_adds(MrtBuf *b, const char *s);
int mrt_buf_addv(MrtBuf *b, MrtValue str); /* append a str object */
MrtValue mrt_buf_finish(MrtBuf *b);        /* -> str */

/* Sequence helpers (mrt_list.c / mrt_tuple.c). */
MrtValue mrt_seq_repr(const char *open, const char *close, int64_t n, const MrtValue *items);
int mrt_seq_as_array(MrtValue v, int64_t *n, MrtValue **items); /* list/tuple: borrow items */
int64_t mrt_tuple_hash(MrtValue t);

/* Checked size arithmetic: -1 with MemoryError/OverflowError raised. */
int mrt_size_mul(int64_t a, int64_t b, int64_t *out);
int mrt_size_add(int64_t a, int64_t b, int64_t *out);

/* Recursion guard for repr of nested containers and other C-level recursion. */
int mrt_repr_enter(MrtValue v); /* 1: already being printed (use "[...]") */
void mrt_repr_leave(MrtValue v);

/* Convert an int-like value to an index (int or bool, or __index__ later). */
int mrt_as_index(MrtValue v, int64_t *out); /* -1 TypeError/IndexError raised */

#endif
