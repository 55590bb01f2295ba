/* mrt_slotmethods.c — the dunder methods of builtin types ("abc".__len__(),
 * super().__str__() in an exception subclass, int.__add__). A builtin type
 * implements its behaviour in slots; for each slot it fills, its dict gets a
 * method of the matching name. Called on a receiver, the method uses the slot
 * of the nearest builtin type in the receiver's bases — never a user class's
 * override, which is what super() needs; called unbound from a class
 * (Exception.__str__(KeyError("k"))) it uses the slot of the type that
 * defines it, as CPython's slot wrappers do. */
#include "mrt_internal.h"

/* The builtin type whose slot a dunder of a builtin type stands for. */
static MrtType *builtin_base(MrtValue self)
{
    MrtType *t = mrt_type_of(self);
    while (t && (t->flags & MRT_TF_USER)) t = t->base;
    return t ? t : &mrt_type_object;
}

/* The owner of the unbound slot method being called (see
 * mrt_call_slot_method); each m_* function takes it on entry. */
static MrtType *unbound_owner;

/* The type whose slot a slot method call uses. */
static MrtType *slot_type(MrtValue self)
{
    MrtType *t = unbound_owner;
    unbound_owner = NULL;
    return t ? t : builtin_base(self);
}

MrtValue mrt_call_slot_method(MrtBuiltin *b, int nargs, const MrtValue *args, MrtValue kwnames)
{
    unbound_owner = b->owner;
    MrtValue r = b->fn(nargs, args, kwnames);
    unbound_owner = NULL; /* in case fn failed before taking it */
    return r;
}

static int arity(int nargs, int want)
{
    if (nargs == want) return 0;
    mrt_raise_fmt(&mrt_type_TypeError, "expected %d argument%s, got %d", want - 1, want == 2 ? "" : "s", nargs - 1);
    return -1;
}

static MrtValue m_repr(int n, const MrtValue *a, MrtValue k)
{
    if (arity(n, 1) < 0) return MRT_ERR;
    MrtType *t = slot_type(a[0]);
    return t->repr ? t->repr(a[0]) : mrt_object_repr(a[0]);
}

/* object.__str__ calls type(self).__repr__ (the user's, if any). */
static MrtValue m_str(int n, const MrtValue *a, MrtValue k)
{
    if (arity(n, 1) < 0) return MRT_ERR;
    MrtType *t = slot_type(a[0]);
    return t->str ? t->str(a[0]) : mrt_repr(a[0]);
}

static MrtValue m_hash(int n, const MrtValue *a, MrtValue k)
{
    if (arity(n, 1) < 0) return MRT_ERR;
    MrtType *t = slot_type(a[0]);
    int64_t h = t->hash ? t->hash(a[0]) : mrt_hash(a[0]);
    return h == -1 ? MRT_ERR : mrt_int_from_i64(h);
}

static MrtValue m_len(int n, const MrtValue *a, MrtValue k)
{
    if (arity(n, 1) < 0) return MRT_ERR;
    int64_t len = slot_type(a[0])->len(a[0]);
    return len < 0 ? MRT_ERR : mrt_int_from_i64(len);
}

static MrtValue m_bool(int n, const MrtValue *a, MrtValue k)
{
    if (arity(n, 1) < 0) return MRT_ERR;
    int b = slot_type(a[0])->truthy(a[0]);
    return b < 0 ? MRT_ERR : mrt_bool(b);
}

static MrtValue m_getitem(int n, const MrtValue *a, MrtValue k)
{
    return arity(n, 2) < 0 ? MRT_ERR : slot_type(a[0])->getitem(a[0], a[1]);
}

static MrtValue m_setitem(int n, const MrtValue *a, MrtValue k)
{
    if (arity(n, 3) < 0) return MRT_ERR;
    return slot_type(a[0])->setitem(a[0], a[1], a[2]) < 0 ? MRT_ERR : MRT_NONE;
}

static MrtValue m_delitem(int n, const MrtValue *a, MrtValue k)
{
    if (arity(n, 2) < 0) return MRT_ERR;
    return slot_type(a[0])->setitem(a[0], a[1], 0) < 0 ? MRT_ERR : MRT_NONE;
}

static MrtValue m_contains(int n, const MrtValue *a, MrtValue k)
{
    if (arity(n, 2) < 0) return MRT_ERR;
    int r = slot_type(a[0])->contains(a[0], a[1]);
    return r < 0 ? MRT_ERR : mrt_bool(r);
}

static MrtValue m_iter(int n, const MrtValue *a, MrtValue k)
{
    return arity(n, 1) < 0 ? MRT_ERR : slot_type(a[0])->iter(a[0]);
}

static MrtValue m_next(int n, const MrtValue *a, MrtValue k)
{
    if (arity(n, 1) < 0) return MRT_ERR;
    MrtValue v = slot_type(a[0])->next(a[0]);
    return v == MRT_STOP ? mrt_stop_iteration(a[0]) : v;
}

static MrtValue m_call(int n, const MrtValue *a, MrtValue k) { return slot_type(a[0])->call(a[0], n - 1, a + 1, k); }

/* Comparisons: object's are identity (or NotImplemented), as CPython's. */
#define CMP_METHOD(fname, op)                                                                                          \
    static MrtValue fname(int n, const MrtValue *a, MrtValue k)                                                        \
    {                                                                                                                  \
        if (arity(n, 2) < 0) return MRT_ERR;                                                                           \
        MrtType *t = slot_type(a[0]);                                                                                  \
        if (t->richcmp) return t->richcmp(a[0], a[1], op);                                                             \
        if (op == MRT_CMP_EQ || op == MRT_CMP_NE) return a[0] != a[1] ? MRT_NOTIMPL : mrt_bool(op == MRT_CMP_EQ);      \
        return MRT_NOTIMPL;                                                                                            \
    }
CMP_METHOD(m_lt, MRT_CMP_LT)
CMP_METHOD(m_le, MRT_CMP_LE)
CMP_METHOD(m_eq, MRT_CMP_EQ)
CMP_METHOD(m_ne, MRT_CMP_NE)
CMP_METHOD(m_gt, MRT_CMP_GT)
CMP_METHOD(m_ge, MRT_CMP_GE)

/* Binary operators: __add__(self, o) and the reflected __radd__(self, o). */
#define BIN_METHODS(name, op)                                                                                          \
    static MrtValue m_##name(int n, const MrtValue *a, MrtValue k)                                                     \
    {                                                                                                                  \
        return arity(n, 2) < 0 ? MRT_ERR : slot_type(a[0])->binop(a[0], a[1], op);                                     \
    }                                                                                                                  \
    static MrtValue m_r##name(int n, const MrtValue *a, MrtValue k)                                                    \
    {                                                                                                                  \
        return arity(n, 2) < 0 ? MRT_ERR : slot_type(a[0])->binop(a[1], a[0], op);                                     \
    }
BIN_METHODS(add, MRT_OP_ADD)
BIN_METHODS(sub, MRT_OP_SUB)
BIN_METHODS(mul, MRT_OP_MUL)
BIN_METHODS(truediv, MRT_OP_TRUEDIV)
BIN_METHODS(floordiv, MRT_OP_FLOORDIV)
BIN_METHODS(mod, MRT_OP_MOD)
BIN_METHODS(pow, MRT_OP_POW)
BIN_METHODS(lshift, MRT_OP_LSHIFT)
BIN_METHODS(rshift, MRT_OP_RSHIFT)
BIN_METHODS(and, MRT_OP_AND)
BIN_METHODS(or, MRT_OP_OR)
BIN_METHODS(xor, MRT_OP_XOR)

typedef struct SlotMethod {
    const char *name;
    MrtCFunc fn;
    size_t slot; /* offset of the slot in MrtType that must be set */
    int own;     /* only where the slot differs from the base's (always on object) */
} SlotMethod;

#define SLOT(f) offsetof(MrtType, f)
static const SlotMethod slot_methods[] = {
    {"__repr__", m_repr, SLOT(repr), 1},
    {"__str__", m_str, SLOT(str), 1},
    {"__hash__", m_hash, SLOT(hash), 0},
    {"__len__", m_len, SLOT(len), 0},
    {"__bool__", m_bool, SLOT(truthy), 0},
    {"__getitem__", m_getitem, SLOT(getitem), 0},
    {"__setitem__", m_setitem, SLOT(setitem), 0},
    {"__delitem__", m_delitem, SLOT(setitem), 0},
    {"__contains__", m_contains, SLOT(contains), 0},
    {"__iter__", m_iter, SLOT(iter), 0},
    {"__next__", m_next, SLOT(next), 0},
    {"__call__", m_call, SLOT(call), 0},
    {"__lt__", m_lt, SLOT(richcmp), 1},
    {"__le__", m_le, SLOT(richcmp), 1},
    {"__eq__", m_eq, SLOT(richcmp), 1},
    {"__ne__", m_ne, SLOT(richcmp), 1},
    {"__gt__", m_gt, SLOT(richcmp), 1},
    {"__ge__", m_ge, SLOT(richcmp), 1},
#define BIN_ENTRIES(name) {"__" #name "__", m_##name, SLOT(binop), 0}, {"__r" #name "__", m_r##name, SLOT(binop), 0},
    BIN_ENTRIES(add) BIN_ENTRIES(sub) BIN_ENTRIES(mul) BIN_ENTRIES(truediv) BIN_ENTRIES(floordiv) BIN_ENTRIES(mod)
        BIN_ENTRIES(pow) BIN_ENTRIES(lshift) BIN_ENTRIES(rshift) BIN_ENTRIES(and) BIN_ENTRIES(or) BIN_ENTRIES(xor)};

static void *slot_of(const MrtType *t, size_t slot) { return *(void *const *)((const char *)t + slot); }

/* Whether type t gets its own method for slot method s. */
static int wants(const MrtType *t, const SlotMethod *s)
{
    if (s->own && t == &mrt_type_object) return 1; /* comparisons, __repr__, __str__: every type inherits them */
    void *own = slot_of(t, s->slot);
    if (!own) return 0;
    if (!s->own) return 1;
    const MrtType *b = t->base ? t->base : &mrt_type_object;
    return own != slot_of(b, s->slot); /* KeyError's __str__ is not BaseException's */
}

/* Adds the slot methods to a builtin type's dict; a name the type's own
 * method table defines is left alone. */
void mrt_add_slot_methods(MrtType *t)
{
    for (size_t i = 0; i < sizeof slot_methods / sizeof slot_methods[0]; i++) {
        const SlotMethod *s = &slot_methods[i];
        if (!wants(t, s)) continue;
        MrtValue name = mrt_intern(s->name), old;
        if (mrt_dict_lookup(t->dict, name, &old) > 0) continue;
        MrtValue f = mrt_builtin_new(s->name, s->fn, 0);
        if (!f) return;
        ((MrtBuiltin *)mrt_obj(f))->flags = MRT_METH_DESCRIPTOR | MRT_METH_SLOT;
        ((MrtBuiltin *)mrt_obj(f))->owner = t;
        mrt_dict_set(t->dict, name, f);
    }
}
