/* mrt_tuple.c — the tuple type: the empty-tuple singleton, CPython's xxHash-based
 * tuple hash (so hash((1, 2)) matches CPython), and the tuple iterator. */
#include "mrt_containers.h"

static MrtTuple empty_tuple = {{&mrt_type_tuple}, 0};

static inline MrtTuple *as_tuple(MrtValue v) { return (MrtTuple *)mrt_obj(v); }

/* A tuple of type t with n slots set to None (caller fills them). */
static MrtTuple *tuple_alloc(MrtType *t, int64_t n)
{
    if (n == 0 && t == &mrt_type_tuple) return &empty_tuple;
    int64_t bytes, size;
    if (mrt_size_mul(n, (int64_t)sizeof(MrtValue), &bytes) < 0) return NULL;
    /* subclasses may need room beyond the fixed part: keep it after the items */
    int64_t extra = t->basicsize > sizeof(MrtTuple) ? (int64_t)(t->basicsize - sizeof(MrtTuple)) : 0;
    if (mrt_size_add(bytes, (int64_t)sizeof(MrtTuple) + extra, &size) < 0) return NULL;
    MrtTuple *tp = mrt_alloc(t, (size_t)size);
    if (!tp) return NULL;
    tp->len = n;
    for (int64_t i = 0; i < n; i++) tp->items[i] = MRT_NONE;
    return tp;
}

MrtValue mrt_tuple_new(int64_t n, const MrtValue *items)
{
    if (n > 0 && n <= 16 && items) { /* pairs from zip/items(): no size checks, no None fill */
        MrtTuple *t = mrt_alloc(&mrt_type_tuple, sizeof(MrtTuple) + (size_t)n * sizeof(MrtValue));
        if (!t) return MRT_ERR;
        t->len = n;
        /* Plain stores: gcc turns a variable-length memcpy into rep movsq,
         * whose start-up cost dominated building a pair. */
        t->items[0] = items[0];
        for (int64_t i = 1; i < n; i++) t->items[i] = items[i];
        return mrt_from_obj(t);
    }
    MrtTuple *t = tuple_alloc(&mrt_type_tuple, n < 0 ? 0 : n);
    if (!t) return MRT_ERR;
    if (items && n > 0) memcpy(t->items, items, (size_t)n * sizeof(MrtValue));
    return mrt_from_obj(t);
}

static MrtValue tuple_of_type(MrtType *t, MrtValue iterable)
{
    int64_t n;
    MrtValue *items;
    if (mrt_seq_as_array(iterable, &n, &items) < 0) {
        MrtValue l = mrt_list_from_iter(iterable);
        if (!l) return MRT_ERR;
        n = ((MrtList *)mrt_obj(l))->len;
        items = ((MrtList *)mrt_obj(l))->items;
    }
    MrtTuple *tp = tuple_alloc(t, n);
    if (!tp) return MRT_ERR;
    if (n) memcpy(tp->items, items, (size_t)n * sizeof(MrtValue));
    return mrt_from_obj(tp);
}

MrtValue mrt_tuple_from_iter(MrtValue iterable)
{
    if (mrt_is_tuple(iterable)) return iterable;
    return tuple_of_type(&mrt_type_tuple, iterable);
}

/* ---- hash: CPython 3.11's tuplehash (an xxHash64 round per element) ------- */
#define XXPRIME_1   11400714785074694791ULL
#define XXPRIME_2   14029467366897019727ULL
#define XXPRIME_5   2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

int64_t mrt_tuple_hash(MrtValue t)
{
    MrtTuple *tp = as_tuple(t);
    uint64_t acc = XXPRIME_5;
    if (mrt_enter() < 0) return -1;
    for (int64_t i = 0; i < tp->len; i++) {
        int64_t h = mrt_hash(tp->items[i]);
        if (h == -1) {
            mrt_leave();
            return -1;
        }
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    mrt_leave();
    acc += (uint64_t)tp->len ^ (XXPRIME_5 ^ 3527539ULL);
    if (acc == (uint64_t)-1) return 1546275796;
    return (int64_t)acc;
}

/* ---- slots ---------------------------------------------------------------------- */

static MrtValue tuple_repr(MrtValue self)
{
    MrtTuple *tp = as_tuple(self);
    if (tp->len == 0) return mrt_str_from_cstr("()");
    int r = mrt_repr_enter(self);
    if (r < 0) return MRT_ERR;
    if (r > 0) return mrt_str_from_cstr("(...)");
    MrtValue res = MRT_ERR;
    if (mrt_enter() == 0) {
        res = mrt_seq_repr("(", tp->len == 1 ? ",)" : ")", tp->len, tp->items);
        mrt_leave();
    }
    mrt_repr_leave(self);
    return res;
}

static MrtValue tuple_richcmp(MrtValue a, MrtValue b, int op)
{
    if (!mrt_is_tuple_any(a) || !mrt_is_tuple_any(b)) return MRT_NOTIMPL;
    /* tuples never change: pointers to fixed arrays are fine */
    MrtValue *va = as_tuple(a)->items, *wa = as_tuple(b)->items;
    return mrt_seq_richcmp(&va, &as_tuple(a)->len, &wa, &as_tuple(b)->len, op);
}

static MrtValue tuple_binop(MrtValue a, MrtValue b, int op)
{
    if (op == MRT_OP_ADD) {
        if (!mrt_is_tuple_any(a)) return MRT_NOTIMPL;
        if (!mrt_is_tuple_any(b)) {
            if (mrt_is_ptr(b) && (mrt_obj(b)->type->flags & MRT_TF_USER)) return MRT_NOTIMPL;
            return mrt_raise_fmt(&mrt_type_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                                 mrt_type_cname(b));
        }
        MrtTuple *x = as_tuple(a), *y = as_tuple(b);
        if (y->len == 0 && mrt_is_tuple(a)) return a;
        if (x->len == 0 && mrt_is_tuple(b)) return b;
        int64_t n;
        if (mrt_size_add(x->len, y->len, &n) < 0) return MRT_ERR;
        MrtTuple *r = tuple_alloc(&mrt_type_tuple, n);
        if (!r) return MRT_ERR;
        memcpy(r->items, x->items, (size_t)x->len * sizeof(MrtValue));
        memcpy(r->items + x->len, y->items, (size_t)y->len * sizeof(MrtValue));
        return mrt_from_obj(r);
    }
    if (op == MRT_OP_MUL) {
        MrtValue seq = mrt_is_tuple_any(a) ? a : b, other = seq == a ? b : a;
        int64_t k;
        int rc = mrt_seq_repeat_count(other, &k);
        if (rc <= 0) return rc < 0 ? MRT_ERR : MRT_NOTIMPL;
        MrtTuple *x = as_tuple(seq);
        if (k <= 0 || x->len == 0) return mrt_from_obj(&empty_tuple);
        if (k == 1 && mrt_is_tuple(seq)) return seq;
        int64_t total;
        if (mrt_size_mul(x->len, k, &total) < 0) return MRT_ERR;
        MrtTuple *r = tuple_alloc(&mrt_type_tuple, total);
        if (!r) return MRT_ERR;
        memcpy(r->items, x->items, (size_t)x->len * sizeof(MrtValue));
        mrt_fill_repeat(r->items, x->len, total);
        return mrt_from_obj(r);
    }
    return MRT_NOTIMPL;
}

static int tuple_truthy(MrtValue self) { return as_tuple(self)->len != 0; }
static int64_t tuple_len(MrtValue self) { return as_tuple(self)->len; }

/* identity implies equality, as CPython's containers (and mrt_eq; NaN included) */
static inline int eq_id(MrtValue a, MrtValue b)
{
    if (a == b) return 1;
    if (mrt_is_small(a) && mrt_is_small(b)) return 0;
    return mrt_eq(a, b);
}

static MrtValue tuple_getitem(MrtValue self, MrtValue key)
{
    MrtTuple *tp = as_tuple(self);
    int64_t i;
    if (mrt_is_small(key)) {
        i = mrt_small_val(key);
    } else if (mrt_is_ptr(key) && mrt_obj(key)->type == &mrt_type_slice) {
        int64_t start, stop, step, count;
        if (mrt_slice_indices(key, tp->len, &start, &stop, &step, &count) < 0) return MRT_ERR;
        if (count == tp->len && step == 1 && mrt_is_tuple(self)) return self;
        MrtTuple *r = tuple_alloc(&mrt_type_tuple, count);
        if (!r) return MRT_ERR;
        for (int64_t k = 0, j = start; k < count; k++, j += step) r->items[k] = tp->items[j];
        return mrt_from_obj(r);
    } else if (mrt_is_index_like(key)) {
        if (mrt_index_overflow(key, &i, &mrt_type_IndexError, mrt_index_overflow_msg) < 0) return MRT_ERR;
    } else {
        return mrt_raise_fmt(&mrt_type_TypeError, "tuple indices must be integers or slices, not %s",
                             mrt_type_cname(key));
    }
    if (i < 0) i += tp->len;
    if (i < 0 || i >= tp->len) return mrt_index_error("tuple");
    return tp->items[i];
}

static int tuple_contains(MrtValue self, MrtValue x)
{
    MrtTuple *tp = as_tuple(self);
    for (int64_t i = 0; i < tp->len; i++) {
        int r = eq_id(tp->items[i], x);
        if (r) return r;
    }
    return 0;
}

typedef struct TupleIter {
    MrtObject ob;
    MrtValue seq; /* 0 once exhausted */
    int64_t index;
} TupleIter;

static MrtValue iter_self(MrtValue self) { return self; }

static MrtValue tupleiter_next(MrtValue self)
{
    TupleIter *it = (TupleIter *)mrt_obj(self);
    if (!it->seq) return MRT_STOP;
    MrtTuple *tp = as_tuple(it->seq);
    if (it->index < tp->len) return tp->items[it->index++];
    it->seq = 0;
    return MRT_STOP;
}

MrtType mrt_type_tuple_iterator = {
    .ob = {&mrt_type_type},
    .name = "tuple_iterator",
    .base = &mrt_type_object,
    .flags = MRT_TF_NOSUBCLASS,
    .basicsize = sizeof(TupleIter),
    .iter = iter_self,
    .next = tupleiter_next,
};

static MrtValue tuple_iter(MrtValue self)
{
    TupleIter *it = mrt_alloc(&mrt_type_tuple_iterator, sizeof(TupleIter));
    if (!it) return MRT_ERR;
    it->seq = self;
    return mrt_from_obj(it);
}

static MrtValue tuple_tp_new(MrtType *t, int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (mrt_arg_nokw("tuple", kwnames) < 0 || mrt_arg_count(NULL, "tuple", nargs, 0, 1, 0) < 0) return MRT_ERR;
    if (nargs == 0) {
        MrtTuple *tp = tuple_alloc(t, 0);
        return tp ? mrt_from_obj(tp) : MRT_ERR;
    }
    if (t == &mrt_type_tuple) return mrt_tuple_from_iter(args[0]);
    return tuple_of_type(t, args[0]);
}

/* ---- methods --------------------------------------------------------------------- */

static MrtValue m_index(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_count("tuple.index", "index", nargs - 1, 1, 3, kw) < 0) return MRT_ERR;
    MrtTuple *tp = as_tuple(args[0]);
    int64_t start, stop;
    if (mrt_seq_index_bounds(nargs - 2, args + 2, tp->len, &start, &stop) < 0) return MRT_ERR;
    for (int64_t i = start; i < stop && i < tp->len; i++) {
        int r = eq_id(tp->items[i], args[1]);
        if (r < 0) return MRT_ERR;
        if (r) return mrt_int_from_i64(i);
    }
    return mrt_raise_msg(&mrt_type_ValueError, "tuple.index(x): x not in tuple");
}

static MrtValue m_count(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_one("tuple.count", nargs - 1, kw) < 0) return MRT_ERR;
    MrtTuple *tp = as_tuple(args[0]);
    int64_t c = 0;
    for (int64_t i = 0; i < tp->len; i++) {
        int r = eq_id(tp->items[i], args[1]);
        if (r < 0) return MRT_ERR;
        c += r;
    }
    return mrt_int_from_i64(c);
}

static MrtValue m_getitem(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_one("tuple.__getitem__", nargs - 1, kw) < 0) return MRT_ERR;
    return tuple_getitem(args[0], args[1]);
}

static MrtValue m_len(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_none("tuple.__len__", nargs - 1, kw) < 0) return MRT_ERR;
    return mrt_int_from_i64(as_tuple(args[0])->len);
}

static MrtValue m_contains(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_one("tuple.__contains__", nargs - 1, kw) < 0) return MRT_ERR;
    int r = tuple_contains(args[0], args[1]);
    return r < 0 ? MRT_ERR : mrt_bool(r);
}

static MrtValue m_iter(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_none("tuple.__iter__", nargs - 1, kw) < 0) return MRT_ERR;
    return tuple_iter(args[0]);
}

static const MrtMethodDef tuple_methods[] = {
    {"index", m_index, 0}, {"count", m_count, 0},           {"__getitem__", m_getitem, 0},
    {"__len__", m_len, 0}, {"__contains__", m_contains, 0}, {"__iter__", m_iter, 0},
    {NULL, NULL, 0},
};

MrtType mrt_type_tuple = {
    .ob = {&mrt_type_type},
    .name = "tuple",
    .base = &mrt_type_object,
    .basicsize = sizeof(MrtTuple),
    .repr = tuple_repr,
    .hash = mrt_tuple_hash,
    .richcmp = tuple_richcmp,
    .binop = tuple_binop,
    .truthy = tuple_truthy,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .iter = tuple_iter,
    .tp_new = tuple_tp_new,
    .methods = tuple_methods,
};
