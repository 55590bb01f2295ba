/* mrt_range.c — range (int64 bounds; bigger values raise OverflowError), its
 * iterator, and slice objects with CPython's index resolution rules. */
#include "mrt_containers.h"

static const char SSIZE_OVERFLOW[] = "Python int too large to convert to C ssize_t";

static inline MrtRange *as_range(MrtValue v) { return (MrtRange *)mrt_obj(v); }
static inline MrtSlice *as_slice(MrtValue v) { return (MrtSlice *)mrt_obj(v); }

/* Number of values in range(start, stop, step); up to 2^64 - 1. */
static uint64_t range_count(int64_t start, int64_t stop, int64_t step)
{
    if (step > 0) return start < stop ? ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1 : 0;
    return start > stop ? ((uint64_t)start - (uint64_t)stop - 1) / ((uint64_t)0 - (uint64_t)step) + 1 : 0;
}

static inline uint64_t r_count(MrtRange *r) { return range_count(r->start, r->stop, r->step); }

static MrtValue range_make(int64_t start, int64_t stop, int64_t step)
{
    MrtRange *r = mrt_alloc(&mrt_type_range, sizeof(MrtRange));
    if (!r) return MRT_ERR;
    r->start = start;
    r->stop = stop;
    r->step = step;
    uint64_t n = range_count(start, stop, step);
    r->len = n > (uint64_t)INT64_MAX ? -1 : (int64_t)n; /* -1: len() overflows */
    return mrt_from_obj(r);
}

MrtValue mrt_range_new(int nargs, const MrtValue *args)
{
    if (mrt_arg_count(NULL, "range", nargs, 1, 3, 0) < 0) return MRT_ERR;
    int64_t v[3] = {0, 0, 1};
    for (int i = 0; i < nargs; i++)
        if (mrt_index_overflow(args[i], &v[nargs == 1 ? 1 : i], &mrt_type_OverflowError, SSIZE_OVERFLOW) < 0)
            return MRT_ERR;
    if (v[2] == 0) return mrt_raise_msg(&mrt_type_ValueError, "range() arg 3 must not be zero");
    return range_make(v[0], v[1], v[2]);
}

static MrtValue range_tp_new(MrtType *t, int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (mrt_arg_nokw("range", kwnames) < 0) return MRT_ERR;
    return mrt_range_new(nargs, args);
}

static MrtValue range_repr(MrtValue self)
{
    MrtRange *r = as_range(self);
    if (r->step == 1) return mrt_str_printf("range(%ld, %ld)", (long)r->start, (long)r->stop);
    return mrt_str_printf("range(%ld, %ld, %ld)", (long)r->start, (long)r->stop, (long)r->step);
}

static int64_t range_len(MrtValue self)
{
    MrtRange *r = as_range(self);
    if (r->len < 0) {
        mrt_raise_msg(&mrt_type_OverflowError, SSIZE_OVERFLOW);
        return -1;
    }
    return r->len;
}

static int range_truthy(MrtValue self) { return r_count(as_range(self)) != 0; }

/* Value at index i (0 <= i < count); always inside int64. */
static inline int64_t range_at(MrtRange *r, uint64_t i)
{
    return (int64_t)((uint64_t)r->start + i * (uint64_t)r->step);
}

static MrtValue range_getitem(MrtValue self, MrtValue key)
{
    MrtRange *r = as_range(self);
    if (mrt_is_ptr(key) && mrt_obj(key)->type == &mrt_type_slice) {
        if (r->len < 0) return mrt_raise_msg(&mrt_type_OverflowError, SSIZE_OVERFLOW);
        int64_t sstart, sstop, sstep, n;
        if (mrt_slice_indices(key, r->len, &sstart, &sstop, &sstep, &n) < 0) return MRT_ERR;
        __int128 a = (__int128)r->start + (__int128)sstart * r->step;
        __int128 b = (__int128)r->start + (__int128)sstop * r->step;
        __int128 c = (__int128)r->step * sstep;
        if (a < INT64_MIN || a > INT64_MAX || b < INT64_MIN || b > INT64_MAX || c < INT64_MIN || c > INT64_MAX)
            return mrt_raise_msg(&mrt_type_OverflowError, SSIZE_OVERFLOW);
        return range_make((int64_t)a, (int64_t)b, (int64_t)c);
    }
    if (!mrt_is_index_like(key))
        return mrt_raise_fmt(&mrt_type_TypeError, "range indices must be integers or slices, not %s",
                             mrt_type_cname(key));
    int64_t i;
    /* any index beyond int64 is out of range for an int64 range */
    if (mrt_index_overflow(key, &i, &mrt_type_IndexError, "range object index out of range") < 0) return MRT_ERR;
    uint64_t n = r_count(r);
    __int128 k = i;
    if (k < 0) k += n;
    if (k < 0 || k >= (__int128)n) return mrt_raise_msg(&mrt_type_IndexError, "range object index out of range");
    return mrt_int_from_i64(range_at(r, (uint64_t)k));
}

/* For an int x: its index in r (1) or absent (0); 2 when x is not an int. */
static int range_int_index(MrtRange *r, MrtValue x, uint64_t *idx)
{
    int64_t v;
    if (mrt_is_small(x)) {
        v = mrt_small_val(x);
    } else if (mrt_is_bool(x)) {
        v = x == MRT_TRUE;
    } else if (mrt_is_ptr(x) && mrt_obj(x)->type == &mrt_type_int) {
        if (mrt_int_to_i64(x, &v) < 0) { /* beyond int64: never inside */
            mrt_exc_fetch();
            return 0;
        }
    } else {
        return 2;
    }
    if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return 0;
    __int128 d = (__int128)v - r->start;
    if (d % r->step != 0) return 0;
    *idx = (uint64_t)(d / r->step);
    return 1;
}

/* Linear search for non-int values (floats etc. compare equal to ints). */
static int range_scan(MrtRange *r, MrtValue x, int count_all, uint64_t *idx, int64_t *count)
{
    uint64_t n = r_count(r);
    *count = 0;
    for (uint64_t i = 0; i < n; i++) {
        MrtValue v = mrt_int_from_i64(range_at(r, i));
        if (!v) return -1;
        int e = mrt_eq(v, x);
        if (e < 0) return -1;
        if (e) {
            (*count)++;
            if (!count_all) {
                *idx = i;
                return 1;
            }
        }
    }
    return *count > 0;
}

static int range_contains(MrtValue self, MrtValue x)
{
    uint64_t idx;
    int64_t c;
    int r = range_int_index(as_range(self), x, &idx);
    if (r != 2) return r;
    return range_scan(as_range(self), x, 0, &idx, &c);
}

static MrtValue range_richcmp(MrtValue a, MrtValue b, int op)
{
    if (!mrt_is_ptr(a) || mrt_obj(a)->type != &mrt_type_range || !mrt_is_ptr(b) ||
        mrt_obj(b)->type != &mrt_type_range || (op != MRT_CMP_EQ && op != MRT_CMP_NE))
        return MRT_NOTIMPL;
    MrtRange *x = as_range(a), *y = as_range(b);
    uint64_t n = r_count(x);
    int eq = n == r_count(y) && (n == 0 || (x->start == y->start && (n == 1 || x->step == y->step)));
    return mrt_bool(op == MRT_CMP_EQ ? eq : !eq);
}

/* hash((len, start, step)) with None for the parts equality ignores, as CPython. */
static int64_t range_hash(MrtValue self)
{
    MrtRange *r = as_range(self);
    uint64_t n = r_count(r);
    MrtValue t[3];
    t[0] = mrt_int_from_u64(n);
    t[1] = n == 0 ? MRT_NONE : mrt_int_from_i64(r->start);
    t[2] = n <= 1 ? MRT_NONE : mrt_int_from_i64(r->step);
    if (!t[0] || !t[1] || !t[2]) return -1;
    MrtValue tup = mrt_tuple_new(3, t);
    return tup ? mrt_tuple_hash(tup) : -1;
}

/* ---- iterator ------------------------------------------------------------------- */

typedef struct RangeIter {
    MrtObject ob;
    int64_t next;
    uint64_t step; /* two's complement: wrapping adds reach every value exactly */
    uint64_t left;
} RangeIter;

static MrtValue iter_self(MrtValue self) { return self; }

static MrtValue rangeiter_next(MrtValue self)
{
    RangeIter *it = (RangeIter *)mrt_obj(self);
    if (it->left == 0) return MRT_STOP;
    int64_t v = it->next;
    if (--it->left) it->next = (int64_t)((uint64_t)v + it->step);
    return mrt_fits_small(v) ? mrt_small(v) : mrt_int_from_i64(v);
}

MrtType mrt_type_range_iterator = {
    .ob = {&mrt_type_type},
    .name = "range_iterator",
    .base = &mrt_type_object,
    .flags = MRT_TF_NOSUBCLASS,
    .basicsize = sizeof(RangeIter),
    .iter = iter_self,
    .next = rangeiter_next,
};

static MrtValue rangeiter_new(int64_t first, uint64_t step, uint64_t n)
{
    RangeIter *it = mrt_alloc(&mrt_type_range_iterator, sizeof(RangeIter));
    if (!it) return MRT_ERR;
    it->next = first;
    it->step = step;
    it->left = n;
    return mrt_from_obj(it);
}

static MrtValue range_iter(MrtValue self)
{
    MrtRange *r = as_range(self);
    return rangeiter_new(r->start, (uint64_t)r->step, r_count(r));
}

/* ---- methods ----------------------------------------------------------------------- */

static MrtValue m_count(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_one("range.count", nargs - 1, kw) < 0) return MRT_ERR;
    uint64_t idx;
    int64_t c;
    int r = range_int_index(as_range(args[0]), args[1], &idx);
    if (r != 2) return mrt_small(r);
    if (range_scan(as_range(args[0]), args[1], 1, &idx, &c) < 0) return MRT_ERR;
    return mrt_int_from_i64(c);
}

static MrtValue m_index(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_one("range.index", nargs - 1, kw) < 0) return MRT_ERR;
    uint64_t idx;
    int64_t c;
    int r = range_int_index(as_range(args[0]), args[1], &idx);
    if (r == 0) return mrt_raise_fmt(&mrt_type_ValueError, "%R is not in range", args[1]);
    if (r == 2) {
        r = range_scan(as_range(args[0]), args[1], 0, &idx, &c);
        if (r < 0) return MRT_ERR;
        if (r == 0) return mrt_raise_msg(&mrt_type_ValueError, "sequence.index(x): x not in sequence");
    }
    return mrt_int_from_u64(idx);
}

static MrtValue m_reversed(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_none("range.__reversed__", nargs - 1, kw) < 0) return MRT_ERR;
    MrtRange *r = as_range(args[0]);
    uint64_t n = r_count(r);
    if (n == 0) return rangeiter_new(0, 0, 0);
    return rangeiter_new(range_at(r, n - 1), (uint64_t)0 - (uint64_t)r->step, n);
}

static MrtValue m_contains(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_one("range.__contains__", nargs - 1, kw) < 0) return MRT_ERR;
    int r = range_contains(args[0], args[1]);
    return r < 0 ? MRT_ERR : mrt_bool(r);
}

static MrtValue m_getitem(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_one("range.__getitem__", nargs - 1, kw) < 0) return MRT_ERR;
    return range_getitem(args[0], args[1]);
}

static MrtValue m_len(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_none("range.__len__", nargs - 1, kw) < 0) return MRT_ERR;
    int64_t n = range_len(args[0]);
    return n < 0 ? MRT_ERR : mrt_int_from_i64(n);
}

static MrtValue m_iter(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_none("range.__iter__", nargs - 1, kw) < 0) return MRT_ERR;
    return range_iter(args[0]);
}

static MrtValue p_start(int nargs, const MrtValue *args, MrtValue kw)
{
    return mrt_int_from_i64(as_range(args[0])->start);
}
static MrtValue p_stop(int nargs, const MrtValue *args, MrtValue kw)
{
    return mrt_int_from_i64(as_range(args[0])->stop);
}
static MrtValue p_step(int nargs, const MrtValue *args, MrtValue kw)
{
    return mrt_int_from_i64(as_range(args[0])->step);
}

static const MrtMethodDef range_methods[] = {
    {"count", m_count, 0},
    {"index", m_index, 0},
    {"__reversed__", m_reversed, 0},
    {"__contains__", m_contains, 0},
    {"__getitem__", m_getitem, 0},
    {"__len__", m_len, 0},
    {"__iter__", m_iter, 0},
    {"start", p_start, MRT_METH_PROPERTY},
    {"stop", p_stop, MRT_METH_PROPERTY},
    {"step", p_step, MRT_METH_PROPERTY},
    {NULL, NULL, 0},
};

MrtType mrt_type_range = {
    .ob = {&mrt_type_type},
    .name = "range",
    .base = &mrt_type_object,
    .flags = MRT_TF_NOSUBCLASS,
    .basicsize = sizeof(MrtRange),
    .repr = range_repr,
    .hash = range_hash,
    .richcmp = range_richcmp,
    .truthy = range_truthy,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .iter = range_iter,
    .tp_new = range_tp_new,
    .methods = range_methods,
};

/* ---- slice ----------------------------------------------------------------------------- */

MrtValue mrt_slice_new(MrtValue start, MrtValue stop, MrtValue step)
{
    MrtSlice *s = mrt_alloc(&mrt_type_slice, sizeof(MrtSlice));
    if (!s) return MRT_ERR;
    s->start = start ? start : MRT_NONE;
    s->stop = stop ? stop : MRT_NONE;
    s->step = step ? step : MRT_NONE;
    return mrt_from_obj(s);
}

/* CPython's PySlice_Unpack + PySlice_AdjustIndices: bounds beyond int64 clamp,
 * negative bounds count from the end, results clamp into [0, len] (or
 * [-1, len - 1] for negative steps). */
int mrt_slice_indices(MrtValue slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step, int64_t *count)
{
    MrtSlice *s = as_slice(slice);
    int64_t st = 1, a, b;
    if (s->step != MRT_NONE) {
        if (mrt_slice_index_clamped(s->step, &st) < 0) return -1;
        if (st == 0) {
            mrt_raise_msg(&mrt_type_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (st < -INT64_MAX) st = -INT64_MAX; /* so that -step cannot overflow */
    }
    if (s->start == MRT_NONE)
        a = st < 0 ? INT64_MAX : 0;
    else if (mrt_slice_index_clamped(s->start, &a) < 0)
        return -1;
    if (s->stop == MRT_NONE)
        b = st < 0 ? INT64_MIN : INT64_MAX;
    else if (mrt_slice_index_clamped(s->stop, &b) < 0)
        return -1;
    if (a < 0) {
        a += len;
        if (a < 0) a = st < 0 ? -1 : 0;
    } else if (a >= len) {
        a = st < 0 ? len - 1 : len;
    }
    if (b < 0) {
        b += len;
        if (b < 0) b = st < 0 ? -1 : 0;
    } else if (b >= len) {
        b = st < 0 ? len - 1 : len;
    }
    int64_t n = 0;
    if (st < 0) {
        if (b < a) n = (a - b - 1) / (-st) + 1;
    } else if (a < b) {
        n = (b - a - 1) / st + 1;
    }
    *start = a;
    *stop = b;
    *step = st;
    *count = n;
    return 0;
}

static MrtValue slice_repr(MrtValue self)
{
    MrtSlice *s = as_slice(self);
    return mrt_str_printf("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

/* Slices compare as the tuples (start, stop, step). */
static MrtValue slice_richcmp(MrtValue a, MrtValue b, int op)
{
    if (!mrt_is_ptr(a) || mrt_obj(a)->type != &mrt_type_slice || !mrt_is_ptr(b) || mrt_obj(b)->type != &mrt_type_slice)
        return MRT_NOTIMPL;
    if (a == b && (op == MRT_CMP_EQ || op == MRT_CMP_NE)) return mrt_bool(op == MRT_CMP_EQ);
    MrtValue *x = &as_slice(a)->start, *y = &as_slice(b)->start;
    int64_t n = 3;
    return mrt_seq_richcmp(&x, &n, &y, &n, op);
}

static MrtValue slice_tp_new(MrtType *t, int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (mrt_arg_nokw("slice", kwnames) < 0 || mrt_arg_count(NULL, "slice", nargs, 1, 3, 0) < 0) return MRT_ERR;
    if (nargs == 1) return mrt_slice_new(MRT_NONE, args[0], MRT_NONE);
    return mrt_slice_new(args[0], args[1], nargs == 3 ? args[2] : MRT_NONE);
}

static MrtValue m_indices(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_one("slice.indices", nargs - 1, kw) < 0) return MRT_ERR;
    int64_t len, a, b, st, n;
    if (mrt_index_overflow(args[1], &len, &mrt_type_OverflowError, SSIZE_OVERFLOW) < 0) return MRT_ERR;
    if (len < 0) return mrt_raise_msg(&mrt_type_ValueError, "length should not be negative");
    if (mrt_slice_indices(args[0], len, &a, &b, &st, &n) < 0) return MRT_ERR;
    MrtValue step = as_slice(args[0])->step;
    MrtValue t[3] = {mrt_int_from_i64(a), mrt_int_from_i64(b), 0};
    /* an int step is returned as given: a huge one is not clamped */
    t[2] =
        mrt_is_small(step) || (mrt_is_ptr(step) && mrt_obj(step)->type == &mrt_type_int) ? step : mrt_int_from_i64(st);
    if (!t[0] || !t[1] || !t[2]) return MRT_ERR;
    return mrt_tuple_new(3, t);
}

static MrtValue p_sstart(int nargs, const MrtValue *args, MrtValue kw) { return as_slice(args[0])->start; }
static MrtValue p_sstop(int nargs, const MrtValue *args, MrtValue kw) { return as_slice(args[0])->stop; }
static MrtValue p_sstep(int nargs, const MrtValue *args, MrtValue kw) { return as_slice(args[0])->step; }

static const MrtMethodDef slice_methods[] = {
    {"indices", m_indices, 0},
    {"start", p_sstart, MRT_METH_PROPERTY},
    {"stop", p_sstop, MRT_METH_PROPERTY},
    {"step", p_sstep, MRT_METH_PROPERTY},
    {NULL, NULL, 0},
};

MrtType mrt_type_slice = {
    .ob = {&mrt_type_type},
    .name = "slice",
    .base = &mrt_type_object,
    .flags = MRT_TF_NOSUBCLASS,
    .basicsize = sizeof(MrtSlice),
    .repr = slice_repr,
    .richcmp = slice_richcmp,
    .tp_new = slice_tp_new,
    .methods = slice_methods,
};

/* ---- init ------------------------------------------------------------------------------------ */

void mrt_containers_init(void)
{
    MrtType *types[] = {
        &mrt_type_list_iterator,
        &mrt_type_list_reverseiterator,
        &mrt_type_tuple_iterator,
        &mrt_type_dict_keyiterator,
        &mrt_type_dict_valueiterator,
        &mrt_type_dict_itemiterator,
        &mrt_type_dict_reversekeyiterator,
        &mrt_type_dict_reversevalueiterator,
        &mrt_type_dict_reverseitemiterator,
        &mrt_type_set_iterator,
        &mrt_type_range_iterator,
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) mrt_type_ready(types[i]);
}
