/* mrt.h — the molt runtime's public interface: the NaN-boxed value encoding,
 * the object layouts generated code touches, and every runtime entry point.
 * Generated C includes only this header, so it must stay light: tcc parses it
 * on every dev build. Internal details (GMP, dict tables) live in mrt_internal.h.
 *
 * Error convention (as in CPython): a function returning MrtValue returns
 * MRT_ERR (0) with an exception pending in mrt_cur_exc; one returning int
 * returns -1. Iterators return MRT_STOP when exhausted (no exception). */
#ifndef MRT_H
#define MRT_H

#include <stddef.h>
#include <stdint.h>

typedef uint64_t MrtValue;

/* ---- Value encoding (see docs/runtime.md) --------------------------------
 *  top 16 bits
 *  0x0000           heap object pointer, stored as-is so Boehm GC sees it;
 *                   0 itself is MRT_ERR
 *  0x0002..0xFFF2   double: IEEE-754 bits + 2^49 (each new NaN: a positive quiet
 *                   NaN with a fresh payload, see mrt_float_nan)
 *  0xFFFC           small int: 48-bit two's-complement payload
 *  0xFFFD           singletons (None, False, True, ...) */
#define MRT_TAG_MASK      0xFFFF000000000000ULL
#define MRT_DOUBLE_OFFSET 0x0002000000000000ULL
#define MRT_DOUBLE_MAX    0xFFF2000000000000ULL
#define MRT_TAG_INT       0xFFFC000000000000ULL
#define MRT_TAG_SPECIAL   0xFFFD000000000000ULL
#define MRT_PAYLOAD_MASK  0x0000FFFFFFFFFFFFULL
#define MRT_SMALL_MIN     (-(INT64_C(1) << 47))
#define MRT_SMALL_MAX     ((INT64_C(1) << 47) - 1)

#define MRT_ERR      ((MrtValue)0)
#define MRT_NONE     (MRT_TAG_SPECIAL | 1)
#define MRT_FALSE    (MRT_TAG_SPECIAL | 2)
#define MRT_TRUE     (MRT_TAG_SPECIAL | 3)
#define MRT_NOTIMPL  (MRT_TAG_SPECIAL | 4)
#define MRT_ELLIPSIS (MRT_TAG_SPECIAL | 5)
#define MRT_STOP     (MRT_TAG_SPECIAL | 6) /* iterator exhausted; never user-visible */
#define MRT_UNBOUND  (MRT_TAG_SPECIAL | 7) /* unassigned variable; never user-visible */

#if defined(__GNUC__) && !defined(__TINYC__)
#define MRT_HOT         static inline __attribute__((always_inline)) /* the fast paths generated code relies on */
#define MRT_LIKELY(x)   __builtin_expect(!!(x), 1)
#define MRT_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define MRT_NORETURN    __attribute__((noreturn))
#else
#define MRT_HOT         static inline
#define MRT_LIKELY(x)   (x)
#define MRT_UNLIKELY(x) (x)
#define MRT_NORETURN
#endif

typedef struct MrtType MrtType;
typedef struct MrtObject {
    MrtType *type;
} MrtObject;

static inline int mrt_is_ptr(MrtValue v) { return (v & MRT_TAG_MASK) == 0 && v != 0; }
static inline int mrt_is_small(MrtValue v) { return (v & MRT_TAG_MASK) == MRT_TAG_INT; }
static inline int mrt_is_double(MrtValue v) { return v >= MRT_DOUBLE_OFFSET && v <= MRT_DOUBLE_MAX; }
static inline int mrt_is_bool(MrtValue v) { return v == MRT_TRUE || v == MRT_FALSE; }
static inline MrtObject *mrt_obj(MrtValue v) { return (MrtObject *)(uintptr_t)v; }
static inline MrtValue mrt_from_obj(const void *p) { return (MrtValue)(uintptr_t)p; }
static inline int64_t mrt_small_val(MrtValue v) { return ((int64_t)(v << 16)) >> 16; }
static inline MrtValue mrt_small(int64_t i) { return MRT_TAG_INT | ((uint64_t)i & MRT_PAYLOAD_MASK); }
static inline int mrt_fits_small(int64_t i) { return i >= MRT_SMALL_MIN && i <= MRT_SMALL_MAX; }
static inline MrtValue mrt_bool(int b) { return b ? MRT_TRUE : MRT_FALSE; }

MRT_HOT double mrt_f64(MrtValue v)
{
    union {
        uint64_t u;
        double d;
    } c;
    c.u = v - MRT_DOUBLE_OFFSET;
    return c.d;
}
MrtValue mrt_float_nan(void); /* a NaN distinct from every other one (mrt_float.c) */
MRT_HOT MrtValue mrt_float(double d)
{
    union {
        uint64_t u;
        double d;
    } c;
    c.d = d;
    if (MRT_UNLIKELY(d != d)) return mrt_float_nan();
    return c.u + MRT_DOUBLE_OFFSET;
}
/* Boxes a double that already is a Python float (unboxed by compiled code):
 * a NaN keeps its payload, and so its identity. */
MRT_HOT MrtValue mrt_float_keep(double d)
{
    union {
        uint64_t u;
        double d;
    } c;
    c.d = d;
    if (MRT_UNLIKELY(d != d) && (c.u >> 63 || !(c.u & MRT_PAYLOAD_MASK))) return mrt_float_nan();
    return c.u + MRT_DOUBLE_OFFSET;
}

/* ---- Operator codes shared by compiler and runtime ----------------------- */
enum {
    MRT_OP_ADD,
    MRT_OP_SUB,
    MRT_OP_MUL,
    MRT_OP_TRUEDIV,
    MRT_OP_FLOORDIV,
    MRT_OP_MOD,
    MRT_OP_POW,
    MRT_OP_LSHIFT,
    MRT_OP_RSHIFT,
    MRT_OP_AND,
    MRT_OP_OR,
    MRT_OP_XOR,
    MRT_OP_MATMUL,
    MRT_NBINOPS
};
enum { MRT_UOP_NEG, MRT_UOP_POS, MRT_UOP_INVERT, MRT_UOP_NOT };
enum { MRT_CMP_LT, MRT_CMP_LE, MRT_CMP_EQ, MRT_CMP_NE, MRT_CMP_GT, MRT_CMP_GE };

/* ---- Calling convention ---------------------------------------------------
 * Every callable implements MrtCFunc: args[0..nargs) are positional, followed
 * by one value per name in kwnames (a tuple of str, or 0 for none). For
 * methods of builtin types args[0] is self. */
typedef MrtValue (*MrtCFunc)(int nargs, const MrtValue *args, MrtValue kwnames);

typedef struct MrtMethodDef {
    const char *name;
    MrtCFunc fn;
    int flags; /* MRT_METH_* */
} MrtMethodDef;
#define MRT_METH_STATIC   1
#define MRT_METH_CLASS    2
#define MRT_METH_PROPERTY 4 /* fn(1, {self}, 0) computes an attribute */
#define MRT_METH_MEMBER   16 /* with PROPERTY: a read-only member (CPython's "readonly attribute") */
#define MRT_METH_DESCRIPTOR                                                                                            \
    8 /* set on methods of builtin types: they bind to the instance                                                    \
         (a plain builtin such as print stored in a class does not) */

/* ---- Types ---------------------------------------------------------------
 * A slot left NULL means "not supported"; user classes get trampolines that
 * call the Python-level dunder when the class (or a base) defines it. */
struct MrtType {
    MrtObject ob;
    const char *name;
    MrtType *base;
    MrtValue dict;  /* class namespace (dict), built from `methods` at init for builtins */
    uint32_t flags; /* MRT_TF_* */
    size_t basicsize;
    MrtValue (*repr)(MrtValue self);
    MrtValue (*str)(MrtValue self);                      /* NULL: use repr */
    int64_t (*hash)(MrtValue self);                      /* -1 with exception = error */
    MrtValue (*richcmp)(MrtValue a, MrtValue b, int op); /* MRT_NOTIMPL if unsupported */
    MrtValue (*binop)(MrtValue a, MrtValue b, int op);   /* called for either operand's type */
    MrtValue (*inplace)(MrtValue a, MrtValue b, int op); /* MRT_NOTIMPL to fall back to binop */
    MrtValue (*unop)(MrtValue a, int op);
    int (*truthy)(MrtValue self);
    int64_t (*len)(MrtValue self);
    MrtValue (*getitem)(MrtValue self, MrtValue key);
    int (*setitem)(MrtValue self, MrtValue key, MrtValue val); /* val == 0: delete */
    int (*contains)(MrtValue self, MrtValue item);
    MrtValue (*iter)(MrtValue self);
    MrtValue (*next)(MrtValue self);
    MrtValue (*call)(MrtValue self, int nargs, const MrtValue *args, MrtValue kwnames);
    MrtValue (*getattr)(MrtValue self, MrtValue name);          /* NULL: generic lookup */
    int (*setattr)(MrtValue self, MrtValue name, MrtValue val); /* val == 0: delete */
    /* type(...) as a constructor: args exclude the type itself */
    MrtValue (*tp_new)(MrtType *t, int nargs, const MrtValue *args, MrtValue kwnames);
    const MrtMethodDef *methods; /* NULL-name terminated */
    /* User classes: attributes stored inline in instances (MrtInstance.slots),
     * base class slots first; names are interned str in a tuple. */
    int64_t nslots;
    MrtValue slot_names;
    MrtValue subclasses; /* list of the user classes derived from this one, or 0 */
};
#define MRT_TF_USER       1 /* defined by a class statement */
#define MRT_TF_EXC        2 /* BaseException or a subclass */
#define MRT_TF_NOSUBCLASS 4
#define MRT_TF_HAS_PROPERTY                                                                                            \
    8                      /* a property is defined in the class or a base: instance dicts are not consulted first     \
                            */
#define MRT_TF_SHADOWED 16 /* some instance dict holds a name that is also a class attribute */

/* The builtin types. X(c_name, python_name) */
#define MRT_BUILTIN_TYPES(X)                                                                                           \
    X(type, "type")                                                                                                    \
    X(object, "object")                                                                                                \
    X(NoneType, "NoneType")                                                                                            \
    X(bool, "bool") X(int, "int") X(float, "float") X(str, "str") X(bytes, "bytes") X(list, "list") X(tuple, "tuple")  \
        X(dict, "dict") X(set, "set") X(frozenset, "frozenset") X(range, "range") X(slice, "slice")                    \
            X(function, "function") X(builtin_function, "builtin_function_or_method") X(method, "method")              \
                X(cell, "cell") X(generator, "generator") X(module, "module") X(property, "property")                  \
                    X(staticmethod, "staticmethod") X(classmethod, "classmethod") X(super, "super")                    \
                        X(dict_keys, "dict_keys") X(dict_values, "dict_values") X(dict_items, "dict_items")            \
                            X(enumerate, "enumerate") X(zip, "zip") X(map, "map") X(filter, "filter")                  \
                                X(reversed, "reversed") X(NotImplementedType, "NotImplementedType")                    \
                                    X(ellipsis, "ellipsis") X(textio, "TextIOWrapper")
#define MRT_DECLARE_TYPE(c, py) extern MrtType mrt_type_##c;
MRT_BUILTIN_TYPES(MRT_DECLARE_TYPE)

/* The builtin exception hierarchy. X(c_name, base_c_name) in base-first order. */
#define MRT_EXC_TYPES(X)                                                                                               \
    X(BaseException, object)                                                                                           \
    X(SystemExit, BaseException)                                                                                       \
    X(KeyboardInterrupt, BaseException)                                                                                \
    X(GeneratorExit, BaseException) X(Exception, BaseException) X(StopIteration, Exception)                            \
        X(ArithmeticError, Exception) X(ZeroDivisionError, ArithmeticError) X(OverflowError, ArithmeticError)          \
            X(AssertionError, Exception) X(AttributeError, Exception) X(LookupError, Exception)                        \
                X(IndexError, LookupError) X(KeyError, LookupError) X(NameError, Exception)                            \
                    X(UnboundLocalError, NameError) X(RuntimeError, Exception) X(RecursionError, RuntimeError)         \
                        X(NotImplementedError, RuntimeError) X(TypeError, Exception) X(ValueError, Exception)          \
                            X(UnicodeError, ValueError) X(UnicodeDecodeError, UnicodeError)                            \
                                X(UnicodeEncodeError, UnicodeError) X(OSError, Exception)                              \
                                    X(FileNotFoundError, OSError) X(PermissionError, OSError) X(EOFError, Exception)   \
    X(BlockingIOError, OSError) X(ChildProcessError, OSError) X(ConnectionError, OSError)                               \
    X(BrokenPipeError, ConnectionError) X(ConnectionAbortedError, ConnectionError)                                     \
    X(ConnectionRefusedError, ConnectionError) X(ConnectionResetError, ConnectionError)                                \
    X(FileExistsError, OSError) X(InterruptedError, OSError) X(IsADirectoryError, OSError)                             \
    X(NotADirectoryError, OSError) X(ProcessLookupError, OSError) X(TimeoutError, OSError)                             \
                                        X(MemoryError, Exception) X(ImportError, Exception)                            \
                                            X(ModuleNotFoundError, ImportError)
#define MRT_DECLARE_EXC(c, base) extern MrtType mrt_type_##c;
MRT_EXC_TYPES(MRT_DECLARE_EXC)

static inline MrtType *mrt_type_of(MrtValue v)
{
    if (mrt_is_ptr(v)) return mrt_obj(v)->type;
    if (mrt_is_small(v)) return &mrt_type_int;
    if (mrt_is_double(v)) return &mrt_type_float;
    if (mrt_is_bool(v)) return &mrt_type_bool;
    if (v == MRT_NONE) return &mrt_type_NoneType;
    if (v == MRT_NOTIMPL) return &mrt_type_NotImplementedType;
    return &mrt_type_ellipsis;
}
int mrt_is_subtype(const MrtType *t, const MrtType *base);
static inline int mrt_isinstance_of(MrtValue v, const MrtType *t) { return mrt_is_subtype(mrt_type_of(v), t); }

/* ---- Object layouts generated code may touch ------------------------------ */
typedef struct MrtStr {
    MrtObject ob;
    int64_t hash; /* -1: not computed yet */
    int64_t len;  /* code points */
    int64_t size; /* UTF-8 bytes, excluding the NUL */
    int ascii;    /* all code points < 128: byte index == code point index */
    char data[];  /* UTF-8, NUL-terminated */
} MrtStr;

typedef struct MrtBytes {
    MrtObject ob;
    int64_t hash;
    int64_t len;
    unsigned char data[]; /* NUL-terminated for convenience */
} MrtBytes;

typedef struct MrtList {
    MrtObject ob;
    int64_t len, cap;
    MrtValue *items;
} MrtList;

typedef struct MrtTuple {
    MrtObject ob;
    int64_t len;
    MrtValue items[];
} MrtTuple;

/* A dict: entries in insertion order plus an index table (mrt_dict.c). */
typedef struct MrtDictEntry {
    MrtValue key; /* 0: deleted */
    MrtValue value;
    int64_t hash;
} MrtDictEntry;

typedef struct MrtDict {
    MrtObject ob;
    int64_t used;     /* live entries */
    int64_t nentries; /* entries[0..nentries) in use, deleted ones included */
    int64_t usable;   /* entries that may still be appended before a resize */
    int log2size;     /* index table has 1 << log2size slots */
    void *indices;    /* int32_t or int64_t slots: -1 empty, -2 deleted, else entry index */
    MrtDictEntry *entries;
} MrtDict;

/* Instances of user classes (and of every exception type). Attributes the
 * class's methods assign to self live in slots[] (MRT_UNBOUND when unset);
 * any other attribute goes to the dict. Exception instances have no slots. */
typedef struct MrtInstance {
    MrtObject ob;
    MrtValue dict; /* attribute dict, created on first store */
    MrtValue slots[];
} MrtInstance;

typedef struct MrtCell {
    MrtObject ob;
    MrtValue v; /* MRT_UNBOUND until assigned */
} MrtCell;

/* Static description of one compiled Python function. */
typedef struct MrtFuncInfo {
    const char *name, *qualname, *file;
    int line;
    int nposargs;              /* positional parameters (including those with defaults) */
    int nkwonly;               /* keyword-only parameters */
    int flags;                 /* MRT_FI_* */
    const char *const *params; /* nposargs + nkwonly (+1 *args) (+1 **kwargs) names, in slot order:
                                  positional, [*args], keyword-only, [**kwargs] */
    MrtValue (*entry)(MrtValue fn, const MrtValue *slots); /* body; slots bound by mrt_bind_args */
    const char *doc;                                       /* the docstring (__doc__), or NULL */
} MrtFuncInfo;
#define MRT_FI_VARARGS   1
#define MRT_FI_VARKW     2
#define MRT_FI_GENERATOR 4
#define MRT_FI_METHOD    8 /* defined in a class body (for qualname only) */

typedef struct MrtFunc {
    MrtObject ob;
    const MrtFuncInfo *info;
    MrtValue defaults;   /* tuple for the last positional params, or 0 */
    MrtValue kwdefaults; /* dict name -> value, or 0 */
    MrtValue dict;       /* function attributes, lazily created, or 0 */
    MrtValue module;     /* the module object whose globals it uses (for __module__) */
    int ncells;
    MrtValue cells[]; /* captured MrtCell objects */
} MrtFunc;

typedef struct MrtGen MrtGen;
typedef MrtValue (*MrtGenResume)(MrtGen *g, MrtValue sent);
struct MrtGen {
    MrtObject ob;
    const MrtFuncInfo *info;
    MrtGenResume resume; /* returns a yielded value, MRT_STOP when the body returned, or MRT_ERR */
    void *frame;         /* GC-allocated frame struct of the compiled body */
    MrtValue fn;         /* the function object (cells) */
    int state;           /* resume point; -1 = finished */
    int running;
    MrtValue retval;    /* value of `return` (for yield from) */
    MrtValue throw_exc; /* set by throw()/close(): raised at the resume point */
};

typedef struct MrtModule {
    MrtObject ob;
    MrtValue name;
    int n;
    const char *const *names; /* global names, index == slot */
    MrtValue *slots;
    MrtValue dict; /* extra attributes set from outside, or 0 */
} MrtModule;

/* Where a frame of a traceback is: set per compiled function. */
typedef struct MrtCodeInfo {
    const char *name, *file;
    const char *const *lines; /* source lines, 1-based (lines[0] unused), or NULL */
    int nlines;
} MrtCodeInfo;

/* ---- Runtime state -------------------------------------------------------- */
extern MrtValue mrt_cur_exc;  /* pending exception while MRT_ERR propagates */
extern int64_t mrt_depth;     /* current Python call depth */
extern int64_t mrt_max_depth; /* RecursionError threshold (sys.getrecursionlimit) */

void mrt_init(int argc, char **argv);            /* once, before any module init */
int mrt_main_finish(MrtValue result);            /* flush, print uncaught exception; returns exit status */
void mrt_register_roots(void *start, void *end); /* data the GC must scan (tcc modules) */

/* ---- Allocation ---------------------------------------------------------- */
void *mrt_alloc(MrtType *t, size_t size);        /* zeroed, scanned, header set */
void *mrt_alloc_atomic(MrtType *t, size_t size); /* no pointers inside besides the header */
void *mrt_gc_malloc(size_t size);                /* raw scanned memory (frames, arrays) */

/* ---- Exceptions ----------------------------------------------------------- */
MrtValue mrt_raise(MrtValue exc_or_type); /* always returns MRT_ERR */
MrtValue mrt_raise_from(MrtValue exc_or_type, MrtValue cause);
MrtValue mrt_raise_msg(MrtType *t, const char *msg);
/* printf-like; %s C string, %d int, %ld int64, %R repr of MrtValue, %S str of MrtValue, %T type name of MrtValue */
MrtValue mrt_raise_fmt(MrtType *t, const char *fmt, ...);
MrtValue mrt_reraise(MrtValue exc);                        /* bare `raise`: keeps the traceback */
MrtValue mrt_raise_current_handled(void);                  /* bare `raise` outside an except body */
int mrt_exc_matches(MrtValue exc, MrtValue type_or_tuple); /* -1 error (bad except clause) */
MrtValue mrt_exc_fetch(void);                              /* take the pending exception */
MrtValue mrt_exc_enter_handler(MrtValue exc);              /* returns the previous handled exc */
void mrt_exc_leave_handler(MrtValue prev);
void mrt_tb_add(const MrtCodeInfo *ci, int line); /* append a frame to the pending exc */
MrtValue mrt_exc_new(MrtType *t, int nargs, const MrtValue *args);
MrtValue mrt_name_error(const char *name);
MrtValue mrt_unbound_local(const char *name);
MrtValue mrt_recursion_error(void);
MrtValue mrt_exc_args(MrtValue exc);
MrtValue mrt_exc_traceback(MrtValue exc); /* a traceback object, or None */
static inline int mrt_enter(void) { return MRT_LIKELY(++mrt_depth <= mrt_max_depth) ? 0 : (mrt_recursion_error(), -1); }
static inline void mrt_leave(void) { mrt_depth--; }

/* ---- Generic object protocol -------------------------------------------- */
MrtValue mrt_repr(MrtValue v);                  /* -> str */
MrtValue mrt_str(MrtValue v);                   /* -> str */
MrtValue mrt_format(MrtValue v, MrtValue spec); /* format(v, spec) */
int64_t mrt_hash(MrtValue v);                   /* -1 error */
int mrt_truthy(MrtValue v);                     /* -1 error */
MrtValue mrt_binop(MrtValue a, MrtValue b, int op);
MrtValue mrt_inplace(MrtValue a, MrtValue b, int op);
MrtValue mrt_unop(MrtValue a, int op);
MrtValue mrt_compare(MrtValue a, MrtValue b, int op); /* any value, as __lt__ may return one */
int mrt_compare_bool(MrtValue a, MrtValue b, int op); /* -1 error */
int mrt_eq(MrtValue a, MrtValue b);                   /* a == b as C bool, -1 error */
int mrt_contains(MrtValue container, MrtValue item);  /* `item in container`, -1 error */
int64_t mrt_len(MrtValue v);                          /* -1 error */
MrtValue mrt_len_obj(MrtValue v);
MrtValue mrt_getitem(MrtValue obj, MrtValue key);
int mrt_setitem(MrtValue obj, MrtValue key, MrtValue val);
int mrt_delitem(MrtValue obj, MrtValue key);
MrtValue mrt_getattr(MrtValue obj, MrtValue name);                        /* name: interned str */
MrtValue mrt_getattr_default(MrtValue obj, MrtValue name, MrtValue dflt); /* 0 dflt: raise */
int mrt_setattr(MrtValue obj, MrtValue name, MrtValue val);
int mrt_delattr(MrtValue obj, MrtValue name);
/* `with mgr:` — checks the protocol as CPython 3.11 does (__enter__ first)
 * and returns the bound __exit__. */
MrtValue mrt_ctx_exit(MrtValue mgr);
MrtValue mrt_iter(MrtValue v);
MrtValue mrt_next(MrtValue it);           /* MRT_STOP when exhausted */
MrtValue mrt_stop_iteration(MrtValue it); /* raise the StopIteration for an iterator that returned MRT_STOP */
MrtValue mrt_call(MrtValue f, int nargs, const MrtValue *args, MrtValue kwnames);
MrtValue mrt_call_ex(MrtValue f, MrtValue argtuple, MrtValue kwdict); /* f(*a, **k) */
/* Building the arguments of f(*a, k=v, **m), with CPython's errors naming f:
 * a list extended by *a, a dict of keywords where a repeated name is an error. */
int mrt_star_extend(MrtValue list, MrtValue iterable, MrtValue f);
int mrt_kw_add(MrtValue kw, MrtValue name, MrtValue value, MrtValue f);
int mrt_kw_merge(MrtValue kw, MrtValue mapping, MrtValue f);
MrtValue mrt_call_method(MrtValue obj, MrtValue name, int nargs, const MrtValue *args, MrtValue kwnames);

/* Per-site inline caches (mrt_attrcache.c): generated code keeps one static
 * MrtAttrCache per attribute read or write and one MrtMethodCache per method
 * call. A hit costs a few compares; a miss takes the generic path above. */
typedef struct MrtAttrCache {
    const void *owner; /* the type (instances) or the module object the entry is for */
    int64_t index;     /* instance-dict entry index, module slot, or -2 - inline slot */
    MrtValue method;   /* for class attributes: the value found on the type */
    uint64_t version;  /* mrt_class_version when `method` was cached */
} MrtAttrCache;
/* o.m(...): call sites are often polymorphic (t.run() over several Task
 * subclasses), so a site remembers the function for a few receiver types. */
#define MRT_METHOD_PIC 4
typedef MrtValue (*MrtEntry)(MrtValue fn, const MrtValue *args);
typedef struct MrtMethodCache {
    uint64_t version; /* mrt_class_version the entries were found under */
    struct {
        const MrtType *type;
        MrtValue func;  /* a user function, or a builtin type's method */
        MrtEntry entry; /* the user function's body when the site's arguments bind exactly, else NULL */
        MrtCFunc cfn;   /* the builtin method's C function, else NULL */
    } e[MRT_METHOD_PIC];
    MrtAttrCache attr; /* mod.f(...): the module slot */
} MrtMethodCache;
extern uint64_t mrt_class_version; /* bumped whenever a class attribute changes or an instance first shadows one */
extern int mrt_classes_mutated;    /* a class attribute was assigned after class creation */
MrtValue mrt_getattr_ic(MrtValue obj, MrtValue name, MrtAttrCache *c);
int mrt_setattr_ic(MrtValue obj, MrtValue name, MrtValue val, MrtAttrCache *c);
/* sa[0] is the receiver, followed by the call's arguments: a method of a
 * user class receives sa itself as self + arguments, without a copy. */
MrtValue mrt_call_method_ic(MrtValue name, int nargs, const MrtValue *sa, MrtValue kwnames, MrtMethodCache *c);
#ifdef __TINYC__
#define mrt_getattr_cached     mrt_getattr_ic
#define mrt_setattr_cached     mrt_setattr_ic
#define mrt_call_method_cached mrt_call_method_ic
#else
/* The cache hit, inline: the entry at the cached index holds this name. */
MRT_HOT MrtDictEntry *mrt_cached_entry(MrtValue obj, MrtValue name, const MrtAttrCache *c)
{
    if (!mrt_is_ptr(obj) || (const void *)mrt_obj(obj)->type != c->owner || c->index < 0 ||
        (mrt_obj(obj)->type->flags & MRT_TF_HAS_PROPERTY))
        return 0;
    MrtValue d = ((MrtInstance *)mrt_obj(obj))->dict;
    if (!d) return 0;
    MrtDict *D = (MrtDict *)mrt_obj(d);
    if (c->index >= D->nentries || D->entries[c->index].key != name) return 0;
    return &D->entries[c->index];
}
/* A cached inline slot: index <= -2 encodes slot -index-2 of the owner
 * type (other classes sharing the layout are checked out of line). */
MRT_HOT MrtValue *mrt_cached_slot(MrtValue obj, const MrtAttrCache *c)
{
    if (c->index > -2 || !mrt_is_ptr(obj) || (const void *)mrt_obj(obj)->type != c->owner ||
        (mrt_obj(obj)->type->flags & MRT_TF_HAS_PROPERTY))
        return 0;
    return &((MrtInstance *)mrt_obj(obj))->slots[-c->index - 2];
}
MRT_HOT MrtValue mrt_getattr_cached(MrtValue obj, MrtValue name, MrtAttrCache *c)
{
    MrtValue *s = mrt_cached_slot(obj, c);
    if (MRT_LIKELY(s != 0) && MRT_LIKELY(*s != MRT_UNBOUND)) return *s;
    MrtDictEntry *e = mrt_cached_entry(obj, name, c);
    return MRT_LIKELY(e != 0) ? e->value : mrt_getattr_ic(obj, name, c);
}
MRT_HOT int mrt_setattr_cached(MrtValue obj, MrtValue name, MrtValue val, MrtAttrCache *c)
{
    MrtValue *s = mrt_cached_slot(obj, c);
    if (MRT_LIKELY(s != 0)) {
        *s = val;
        return 0;
    }
    MrtDictEntry *e = mrt_cached_entry(obj, name, c);
    if (MRT_LIKELY(e != 0)) {
        e->value = val;
        return 0;
    }
    return mrt_setattr_ic(obj, name, val, c);
}
/* The first receiver type inline; the rest out of line. */
MRT_HOT MrtValue mrt_call_method_cached(MrtValue name, int nargs, const MrtValue *sa, MrtValue kwnames,
                                        MrtMethodCache *c)
{
    if (MRT_LIKELY(mrt_is_ptr(sa[0]) && c->version == mrt_class_version)) {
        const MrtType *t = mrt_obj(sa[0])->type;
        if (t == c->e[0].type && c->e[0].entry) return c->e[0].entry(c->e[0].func, sa);
    }
    return mrt_call_method_ic(name, nargs, sa, kwnames, c);
}
#endif
static inline MrtValue mrt_call0(MrtValue f) { return mrt_call(f, 0, 0, 0); }
static inline MrtValue mrt_call1(MrtValue f, MrtValue a) { return mrt_call(f, 1, &a, 0); }
MrtValue mrt_call2(MrtValue f, MrtValue a, MrtValue b);
int mrt_unpack(MrtValue seq, int n, MrtValue *out);                    /* exactly n items */
int mrt_unpack_ex(MrtValue seq, int before, int after, MrtValue *out); /* out[before] = list */
MrtValue mrt_is_type(MrtValue v, MrtValue type_or_tuple);              /* isinstance() as bool value */
int mrt_isinstance(MrtValue v, MrtValue type_or_tuple);                /* -1 error */
MrtValue mrt_type_name(MrtValue v);                                    /* str */

/* Arithmetic with inline fast paths for small ints and floats. libtcc does
 * not inline, so under tcc these names call the runtime's copies, which the
 * system compiler optimised (mrt_fast.c). */
MrtValue mrt_int_add_slow(MrtValue a, MrtValue b);
MrtValue mrt_arith_slow(MrtValue a, MrtValue b, int op); /* mrt_binop; ints, float/int mixes direct (mrt_int.c) */
#ifdef __TINYC__
MrtValue mrt_add_rt(MrtValue a, MrtValue b);
MrtValue mrt_sub_rt(MrtValue a, MrtValue b);
MrtValue mrt_mul_rt(MrtValue a, MrtValue b);
int mrt_lt_bool_rt(MrtValue a, MrtValue b);
int mrt_truthy_fast_rt(MrtValue v);
int mrt_cmp_fast_rt(MrtValue a, MrtValue b, int op);
MrtValue mrt_arith_rt(MrtValue a, MrtValue b, int op);
#define mrt_arith       mrt_arith_rt
#define mrt_add         mrt_add_rt
#define mrt_sub         mrt_sub_rt
#define mrt_mul         mrt_mul_rt
#define mrt_lt_bool     mrt_lt_bool_rt
#define mrt_truthy_fast mrt_truthy_fast_rt
#define mrt_cmp_fast    mrt_cmp_fast_rt
#else
MRT_HOT MrtValue mrt_add(MrtValue a, MrtValue b)
{
    if (MRT_LIKELY(mrt_is_small(a) && mrt_is_small(b))) {
        int64_t r = mrt_small_val(a) + mrt_small_val(b);
        if (MRT_LIKELY(mrt_fits_small(r))) return mrt_small(r);
    } else if (mrt_is_double(a) && mrt_is_double(b)) {
        return mrt_float(mrt_f64(a) + mrt_f64(b));
    }
    return mrt_arith_slow(a, b, MRT_OP_ADD);
}
MRT_HOT MrtValue mrt_sub(MrtValue a, MrtValue b)
{
    if (MRT_LIKELY(mrt_is_small(a) && mrt_is_small(b))) {
        int64_t r = mrt_small_val(a) - mrt_small_val(b);
        if (MRT_LIKELY(mrt_fits_small(r))) return mrt_small(r);
    } else if (mrt_is_double(a) && mrt_is_double(b)) {
        return mrt_float(mrt_f64(a) - mrt_f64(b));
    }
    return mrt_arith_slow(a, b, MRT_OP_SUB);
}
MRT_HOT MrtValue mrt_mul(MrtValue a, MrtValue b)
{
    if (MRT_LIKELY(mrt_is_small(a) && mrt_is_small(b))) {
        int64_t x = mrt_small_val(a), y = mrt_small_val(b);
        /* both |x|,|y| < 2^47: the product fits in int64 when both are < 2^31 */
        if ((x < 0x80000000LL && x > -0x80000000LL && y < 0x80000000LL && y > -0x80000000LL)) {
            int64_t r = x * y;
            if (mrt_fits_small(r)) return mrt_small(r);
        }
    } else if (mrt_is_double(a) && mrt_is_double(b)) {
        return mrt_float(mrt_f64(a) * mrt_f64(b));
    }
    return mrt_arith_slow(a, b, MRT_OP_MUL);
}
/* a // b, a % b and a / b, with Python's flooring for small ints. */
MRT_HOT MrtValue mrt_arith(MrtValue a, MrtValue b, int op)
{
    if (MRT_LIKELY(mrt_is_small(a) && mrt_is_small(b))) {
        int64_t x = mrt_small_val(a), y = mrt_small_val(b);
        if (y != 0) {
            int64_t q, r;
            if (((uint64_t)x | (uint64_t)y) <= 0xFFFFFFFFu) { /* both in [0, 2^32): a much cheaper divide */
                q = (uint32_t)x / (uint32_t)y, r = (uint32_t)x % (uint32_t)y;
            } else {
                q = x / y, r = x % y;
                if (r != 0 && ((r < 0) != (y < 0))) q--, r += y;
            }
            switch (op) {
            case MRT_OP_FLOORDIV:
                if (MRT_UNLIKELY(!mrt_fits_small(q))) break; /* -2**47 // -1 */
                return mrt_small(q);
            case MRT_OP_MOD:
                return mrt_small(r);
            case MRT_OP_AND:
                return mrt_small(x & y);
            case MRT_OP_OR:
                return mrt_small(x | y);
            case MRT_OP_XOR:
                return mrt_small(x ^ y);
            default:
                break;
            }
        } else if (op == MRT_OP_AND || op == MRT_OP_OR || op == MRT_OP_XOR) {
            return mrt_small(op == MRT_OP_AND ? 0 : x);
        }
    } else if (mrt_is_double(a) && mrt_is_double(b) && op == MRT_OP_TRUEDIV && mrt_f64(b) != 0.0) {
        return mrt_float(mrt_f64(a) / mrt_f64(b));
    }
    return mrt_arith_slow(a, b, op);
}
static inline int mrt_lt_bool(MrtValue a, MrtValue b)
{
    if (MRT_LIKELY(mrt_is_small(a) && mrt_is_small(b))) return mrt_small_val(a) < mrt_small_val(b);
    if (mrt_is_double(a) && mrt_is_double(b)) return mrt_f64(a) < mrt_f64(b);
    return mrt_compare_bool(a, b, MRT_CMP_LT);
}
/* Fast truth test: the common cases inline. */
MRT_HOT int mrt_truthy_fast(MrtValue v)
{
    if (v == MRT_TRUE) return 1;
    if (v == MRT_FALSE || v == MRT_NONE) return 0;
    if (mrt_is_small(v)) return mrt_small_val(v) != 0;
    return mrt_truthy(v);
}
MRT_HOT int mrt_cmp_fast(MrtValue a, MrtValue b, int op)
{
    if (MRT_LIKELY(mrt_is_small(a) && mrt_is_small(b))) {
        int64_t x = mrt_small_val(a), y = mrt_small_val(b);
        switch (op) {
        case MRT_CMP_LT:
            return x < y;
        case MRT_CMP_LE:
            return x <= y;
        case MRT_CMP_EQ:
            return x == y;
        case MRT_CMP_NE:
            return x != y;
        case MRT_CMP_GT:
            return x > y;
        default:
            return x >= y;
        }
    }
    return mrt_compare_bool(a, b, op);
}
#endif

/* ---- int (mrt_int.c) ------------------------------------------------------ */
MrtValue mrt_int_from_i64(int64_t i); /* small or big */
MrtValue mrt_int_from_u64(uint64_t u);
MrtValue mrt_int_from_str(const char *s, int64_t len, int base); /* int(str, base) semantics */
MrtValue mrt_int_from_double(double d);                          /* truncates; errors for inf/nan */
int mrt_int_to_i64(MrtValue v, int64_t *out);                    /* 0 ok, -1 OverflowError raised */
int mrt_int_is(MrtValue v);                                      /* int or bool */
double mrt_int_to_double(MrtValue v, int *overflow);
MrtValue mrt_int_binop(MrtValue a, MrtValue b, int op); /* both int/bool; NOTIMPL otherwise */
MrtValue mrt_int_repr(MrtValue v);
MrtValue mrt_int_to_base(MrtValue v, int base, int with_prefix); /* hex/oct/bin */
int64_t mrt_int_hash(MrtValue v);
int mrt_int_cmp(MrtValue a, MrtValue b); /* -1, 0, 1; both int */
int mrt_int_sign(MrtValue v);
size_t mrt_int_bit_length(MrtValue v);

/* ---- float (mrt_float.c) -------------------------------------------------- */
MrtValue mrt_float_repr(MrtValue v); /* shortest round-trip, as CPython */
int mrt_float_repr_buf(double d, char *buf, size_t n);
MrtValue mrt_float_binop(MrtValue a, MrtValue b, int op); /* float with float/int */
MrtValue mrt_float_from_str(const char *s, int64_t len);  /* float(str) semantics */
int64_t mrt_float_hash(double d);
int mrt_to_double(MrtValue v, double *out);           /* int/bool/float -> double; -1 TypeError/OverflowError */
MrtValue mrt_float_round(double d, MrtValue ndigits); /* round(); ndigits 0 = None */

/* ---- str (mrt_str.c) ------------------------------------------------------ */
MrtValue mrt_str_new(const char *utf8, int64_t size); /* validates nothing: caller gives UTF-8 */
MrtValue mrt_str_from_cstr(const char *s);
MrtValue mrt_intern(const char *s); /* unique str object per content */
MrtValue mrt_str_concat(MrtValue a, MrtValue b);
MrtValue mrt_str_join_n(int n, const MrtValue *parts); /* parts are str; f-strings */
MrtValue mrt_str_from_codepoint(uint32_t cp);
int mrt_str_eq(MrtValue a, MrtValue b);
int64_t mrt_str_hash(MrtValue s);
MrtValue mrt_str_getitem(MrtValue s, MrtValue key);
MrtValue mrt_str_repr(MrtValue s);
static inline const char *mrt_str_data(MrtValue s) { return ((MrtStr *)mrt_obj(s))->data; }
static inline int mrt_is_str(MrtValue v) { return mrt_is_ptr(v) && mrt_obj(v)->type == &mrt_type_str; }
MrtValue mrt_str_mod(MrtValue fmt, MrtValue args);   /* '%' formatting */
MrtValue mrt_format_spec(MrtValue v, MrtValue spec); /* builtin format mini-language for int/float/str */

/* ---- bytes (mrt_bytes.c) -------------------------------------------------- */
MrtValue mrt_bytes_new(const void *data, int64_t len);

/* ---- list / tuple (mrt_list.c, mrt_tuple.c) -------------------------------- */
MrtValue mrt_list_new(int64_t n, const MrtValue *items); /* items may be NULL: n Nones... no: empty */
MrtValue mrt_list_with_capacity(int64_t cap);
int mrt_list_append(MrtValue list, MrtValue v);
int mrt_list_extend(MrtValue list, MrtValue iterable);
MrtValue mrt_list_from_iter(MrtValue iterable);
MrtValue mrt_list_getitem(MrtValue list, MrtValue key);
int mrt_list_sort(MrtValue list, MrtValue key, int reverse); /* stable; key 0 = none */
MrtValue mrt_tuple_new(int64_t n, const MrtValue *items);
MrtValue mrt_tuple_from_iter(MrtValue iterable);
static inline int mrt_is_list(MrtValue v) { return mrt_is_ptr(v) && mrt_obj(v)->type == &mrt_type_list; }
static inline int mrt_is_tuple(MrtValue v) { return mrt_is_ptr(v) && mrt_obj(v)->type == &mrt_type_tuple; }
MrtValue mrt_index_error(const char *what); /* "<what> index out of range" */
/* lst[i] for a small int i, bounds-checked */
#ifdef __TINYC__
MrtValue mrt_list_get_fast_rt(MrtValue l, MrtValue i);
int mrt_list_set_fast_rt(MrtValue l, MrtValue i, MrtValue v);
#define mrt_list_get_fast mrt_list_get_fast_rt
#define mrt_list_set_fast mrt_list_set_fast_rt
#else
MRT_HOT MrtValue mrt_list_get_fast(MrtValue l, MrtValue i)
{
    if (mrt_is_list(l) && mrt_is_small(i)) {
        MrtList *L = (MrtList *)mrt_obj(l);
        int64_t k = mrt_small_val(i);
        if (k < 0) k += L->len;
        if ((uint64_t)k < (uint64_t)L->len) return L->items[k];
    }
    return mrt_getitem(l, i);
}
/* lst[i] = v for a small int i, bounds-checked; anything else as obj[key] = v */
MRT_HOT int mrt_list_set_fast(MrtValue l, MrtValue i, MrtValue v)
{
    if (mrt_is_list(l) && mrt_is_small(i)) {
        MrtList *L = (MrtList *)mrt_obj(l);
        int64_t k = mrt_small_val(i);
        if (k < 0) k += L->len;
        if ((uint64_t)k < (uint64_t)L->len) {
            L->items[k] = v;
            return 0;
        }
    }
    return mrt_setitem(l, i, v);
}
#endif

/* ---- dict / set (mrt_dict.c, mrt_set.c) ------------------------------------ */
MrtValue mrt_dict_new(void);
MrtValue mrt_dict_get(MrtValue d, MrtValue key); /* 0 (no exception) if missing; MRT_ERR also 0: check mrt_cur_exc */
int mrt_dict_lookup(MrtValue d, MrtValue key, MrtValue *out); /* 1 found, 0 missing, -1 error */
int mrt_dict_set(MrtValue d, MrtValue key, MrtValue v);
int mrt_dict_del(MrtValue d, MrtValue key);      /* 0 ok, 1 missing (no exc), -1 error */
int mrt_dict_update(MrtValue d, MrtValue other); /* dict or iterable of pairs */
int64_t mrt_dict_len(MrtValue d);
/* iterate: *pos starts at 0; returns 1 and sets key/val while entries remain */
int mrt_dict_next(MrtValue d, int64_t *pos, MrtValue *key, MrtValue *val);
MrtValue mrt_set_new(void);
MrtValue mrt_frozenset_new(void);
int mrt_set_add(MrtValue s, MrtValue v);
int mrt_set_contains(MrtValue s, MrtValue v);
MrtValue mrt_set_from_iter(MrtValue iterable);
/* A set display of constants, built as CPython does (it folds the constants
 * into a frozenset first, which decides the iteration order). */
MrtValue mrt_set_display_const(int64_t n, const MrtValue *items);
MrtValue mrt_frozenset_const(int64_t n, const MrtValue *items);
int mrt_set_next(MrtValue s, int64_t *pos, MrtValue *key);

/* ---- range / slice (mrt_range.c) ------------------------------------------ */
MrtValue mrt_range_new(int nargs, const MrtValue *args);
MrtValue mrt_slice_new(MrtValue start, MrtValue stop, MrtValue step); /* 0 = None */
/* obj[start:stop] (0 = omitted) without building a slice object for lists,
 * tuples and ASCII strings with int bounds; anything else goes through
 * obj[slice(...)]. */
MrtValue mrt_getslice(MrtValue obj, MrtValue start, MrtValue stop);
MrtValue mrt_getslice3(MrtValue obj, MrtValue start, MrtValue stop, MrtValue step); /* obj[start:stop:step] */
/* obj[start:stop:step] = val (0 = omitted), without a slice object for lists */
int mrt_setslice(MrtValue obj, MrtValue start, MrtValue stop, MrtValue step, MrtValue val);
/* obj[start:stop:step] as the value of x[i:j] = obj[start:stop:step]: for a
 * list, the items go to a scratch list kept in *slot that mrt_setslice
 * copies from and gives back (never seen by Python code). */
MrtValue mrt_getslice_scratch(MrtValue obj, MrtValue start, MrtValue stop, MrtValue step, MrtValue *slot);
/* Resolve a slice against a length (CPython's PySlice_GetIndicesEx). */
int mrt_slice_indices(MrtValue slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step, int64_t *count);

/* ---- functions, classes, generators, modules (mrt_func.c, mrt_class.c, mrt_gen.c, mrt_module.c) */
MrtValue mrt_func_new(const MrtFuncInfo *fi, MrtValue defaults, MrtValue kwdefaults, MrtValue module, int ncells,
                      const MrtValue *cells);
/* Bind call arguments to parameter slots per fi; fills slots[0..nslots). */
int mrt_bind_args(MrtValue fn, int nargs, const MrtValue *args, MrtValue kwnames, MrtValue *slots);
MrtValue mrt_cell_new(MrtValue v);
MrtValue mrt_class_new(MrtValue name, MrtValue base, MrtValue ns, MrtValue module); /* base 0 = object */
/* The same, with the attribute names the class body assigns to self (a tuple
 * of interned str, or 0): they become inline slots of the instances. */
MrtValue mrt_class_new_slots(MrtValue name, MrtValue base, MrtValue ns, MrtValue module, MrtValue slot_names);
MrtValue mrt_super(MrtValue cls, MrtValue self);
MrtValue mrt_gen_new(MrtValue fn, MrtGenResume resume, size_t frame_size);
MrtValue mrt_gen_yield_from_result(MrtValue it); /* after delegation ended: the sub-generator's return value */
/* yield from: the next value of the sub-iterator after sending `sent` into
 * it, or after throwing exc into it. MRT_STOP when it finished. */
MrtValue mrt_yf_send(MrtValue it, MrtValue sent);
MrtValue mrt_yf_throw(MrtValue it, MrtValue exc);
MrtValue mrt_module_new(const char *name, int n, const char *const *names, MrtValue *slots);
MrtValue mrt_module_sys(void);
MrtValue mrt_module_math(void);
MrtValue mrt_import_builtin(const char *name); /* sys, math; 0 if unknown */

/* ---- builtins (mrt_builtins.c): one MrtCFunc per builtin function --------- */
#define MRT_BUILTIN_FUNCS(X)                                                                                           \
    X(print)                                                                                                           \
    X(len)                                                                                                             \
    X(repr)                                                                                                            \
    X(abs) X(min) X(max) X(sum) X(sorted) X(reversed) X(enumerate) X(zip) X(map) X(filter) X(any) X(all) X(iter)       \
        X(next) X(round) X(divmod) X(pow) X(isinstance) X(issubclass) X(hash) X(ord) X(chr) X(hex) X(bin) X(oct)       \
            X(input) X(format) X(callable) X(id) X(getattr) X(setattr) X(hasattr) X(ascii) X(open)
#define MRT_DECLARE_BUILTIN(n) MrtValue mrt_bi_##n(int nargs, const MrtValue *args, MrtValue kwnames);
MRT_BUILTIN_FUNCS(MRT_DECLARE_BUILTIN)
/* The builtin function objects, indexed by MRT_BI_<name>. */
enum {
#define MRT_BI_ENUM(n) MRT_BI_##n,
    MRT_BUILTIN_FUNCS(MRT_BI_ENUM) MRT_NBUILTINS
};
extern MrtValue mrt_builtin_objs[MRT_NBUILTINS];
MrtValue mrt_builtin_new(const char *name, MrtCFunc fn, MrtValue self);

/* Argument parsing helper for MrtCFunc implementations: checks the count
 * and pulls keyword arguments by name. */
int mrt_parse_args(const char *fname, int nargs, const MrtValue *args, MrtValue kwnames, int min_pos, int max_pos,
                   const char *const *kwlist, MrtValue *out);

/* ---- output (mrt_io.c) ---------------------------------------------------- */
int mrt_write_stdout(const char *s, size_t n);
int mrt_write_stderr(const char *s, size_t n);
void mrt_flush_all(void);

#endif
