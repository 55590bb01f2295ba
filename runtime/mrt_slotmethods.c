/* mrt_slotmethods.c — the dunder methods of builtin types ("abc".__len__(),
 * super().__str__() in an exception subclass, int.__add__). A builtin type
 * implements its behaviour in slots; for each slot it fills, its dict gets a
 * method of the matching name that calls the slot of the nearest builtin
 * type in the receiver's bases — never a user class's override, which is
 * what super() needs. */
#include "mrt_internal.h"

/* The builtin type whose slot a dunder of a builtin type stands for. */
static MrtType *builtin_base(MrtValue self)
{
    MrtType *t = mrt_type_of(self);
    while (t && (t->flags & MRT_TF_USER)) t = t->base;
    return t ? t : &mrt_type_object;
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
    MrtType *t = builtin_base(a[0]);
    return t->repr ? t->repr(a[0]) : mrt_object_repr(a[0]);
}

/* object.__str__ calls type(self).__repr__ (the user's, if any). */
static MrtValue m_str(int n, const MrtValue *a, MrtValue k)
{
    if (arity(n, 1) < 0) return MRT_ERR;
    MrtType *t = builtin_base(a[0]);
    return t->str ? t->str(a[0]) : mrt_repr(a[0]);
}

static MrtValue m_hash(int n, const MrtValue *a, MrtValue k)
{
    if (arity(n, 1) < 0) return MRT_ERR;
    MrtType *t = builtin_base(a[0]);
    int64_t h = t->hash ? t->hash(a[0]) : mrt_hash(a[0]);
    return h == -1 ? MRT_ERR : mrt_int_from_i64(h);
}

static MrtValue m_len(int n, const MrtValue *a, MrtValue k)
{
    if (arity(n, 1) < 0) return MRT_ERR;
    int64_t len = builtin_base(a[0])->len(a[0]);
    return len < 0 ? MRT_ERR : mrt_int_from_i64(len);
}

static MrtValue m_bool(int n, const MrtValue *a, MrtValue k)
{
    if (arity(n, 1) < 0) return MRT_ERR;
    int b = builtin_base(a[0])->truthy(a[0]);
    return b < 0 ? MRT_ERR : mrt_bool(b);
}

static MrtValue m_getitem(int n, const MrtValue *a, MrtValue k)
{
    return arity(n, 2) < 0 ? MRT_ERR : builtin_base(a[0])->getitem(a[0], a[1]);
}

static MrtValue m_setitem(int n, const MrtValue *a, MrtValue k)
{
    if (arity(n, 3) < 0) return MRT_ERR;
    return builtin_base(a[0])->setitem(a[0], a[1], a[2]) < 0 ? MRT_ERR : MRT_NONE;
}

static MrtValue m_delitem(int n, const MrtValue *a, MrtValue k)
{
    if (arity(n, 2) < 0) return MRT_ERR;
    return builtin_base(a[0])->setitem(a[0], a[1], 0) < 0 ? MRT_ERR : MRT_NONE;
}

static MrtValue m_contains(int n, const MrtValue *a, MrtValue k)
{
    if (arity(n, 2) < 0) return MRT_ERR;
    int r = builtin_base(a[0])->contains(a[0], a[1]);
    return r < 0 ? MRT_ERR : mrt_bool(r);
}

static MrtValue m_iter(int n, const MrtValue *a, MrtValue k)
{
    return arity(n, 1) < 0 ? MRT_ERR : builtin_base(a[0])->iter(a[0]);
}

static MrtValue m_next(int n, const MrtValue *a, MrtValue k)
{
    if (arity(n, 1) < 0) return MRT_ERR;
    MrtValue v = builtin_base(a[0])->next(a[0]);
    return v == MRT_STOP ? mrt_stop_iteration(a[0]) : v;
}

static MrtValue m_call(int n, const MrtValue *a, MrtValue k) { return builtin_base(a[0])->call(a[0], n - 1, a + 1, k); }

/* Comparisons: object's are identity (or NotImplemented), as CPython's. */
#define CMP_METHOD(fname, op)                                                                                          \
    static MrtValue fname(int n, const MrtValue *a, MrtValue k)                                                        \
    {                                                                                                                  \
        if (arity(n, 2) < 0) return MRT_ERR;                                                                           \
        MrtType *t = builtin_base(a[0]);                                                                               \
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
        return arity(n, 2) < 0 ? MRT_ERR : builtin_base(a[0])->binop(a[0], a[1], op);                                  \
    }                                                                                                                  \
    static MrtValue m_r##name(int n, const MrtValue *a, MrtValue k)                                                    \
    {                                                                                                                  \
        return arity(n, 2) < 0 ? MRT_ERR : builtin_base(a[0])->binop(a[1], a[0], op);                                  \
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
    size_t slot; /* offset of the slot in MrtType that must be set, or 0: always */
} SlotMethod;

#define SLOT(f) offsetof(MrtType, f)
static const SlotMethod slot_methods[] = {
    {"__repr__", m_repr, 0},
    {"__str__", m_str, 0},
    {"__hash__", m_hash, SLOT(hash)},
    {"__len__", m_len, SLOT(len)},
    {"__bool__", m_bool, SLOT(truthy)},
    {"__getitem__", m_getitem, SLOT(getitem)},
    {"__setitem__", m_setitem, SLOT(setitem)},
    {"__delitem__", m_delitem, SLOT(setitem)},
    {"__contains__", m_contains, SLOT(contains)},
    {"__iter__", m_iter, SLOT(iter)},
    {"__next__", m_next, SLOT(next)},
    {"__call__", m_call, SLOT(call)},
    {"__lt__", m_lt, 0},
    {"__le__", m_le, 0},
    {"__eq__", m_eq, 0},
    {"__ne__", m_ne, 0},
    {"__gt__", m_gt, 0},
    {"__ge__", m_ge, 0},
#define BIN_ENTRIES(name) {"__" #name "__", m_##name, SLOT(binop)}, {"__r" #name "__", m_r##name, SLOT(binop)},
    BIN_ENTRIES(add) BIN_ENTRIES(sub) BIN_ENTRIES(mul) BIN_ENTRIES(truediv) BIN_ENTRIES(floordiv) BIN_ENTRIES(mod)
        BIN_ENTRIES(pow) BIN_ENTRIES(lshift) BIN_ENTRIES(rshift) BIN_ENTRIES(and) BIN_ENTRIES(or) BIN_ENTRIES(xor)};

/* Adds the slot methods to a builtin type's dict; a name the type's own
 * method table defines is left alone. Comparisons, __repr__ and __str__ go
 * on `object` (and every type inherits them); the others on the types
 * whose slot is set. */
void mrt_add_slot_methods(MrtType *t)
{
    for (size_t i = 0; i < sizeof slot_methods / sizeof slot_methods[0]; i++) {
        const SlotMethod *s = &slot_methods[i];
        if (s->slot ? !*(void **)((char *)t + s->slot) : t != &mrt_type_object) continue;
        MrtValue name = mrt_intern(s->name), old;
        if (mrt_dict_lookup(t->dict, name, &old) > 0) continue;
        MrtValue f = mrt_builtin_new(s->name, s->fn, 0);
        if (!f) return;
        ((MrtBuiltin *)mrt_obj(f))->flags = MRT_METH_DESCRIPTOR;
        ((MrtBuiltin *)mrt_obj(f))->owner = t;
        mrt_dict_set(t->dict, name, f);
    }
}
