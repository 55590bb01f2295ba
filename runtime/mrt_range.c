/* mrt_range.c — range and its iterators, and slice objects with CPython's
 * index resolution rules. A range whose bounds and length fit int64 uses a
 * fast path; any other range keeps exact ints (as CPython's longs). */
#include "mrt_containers.h"

#include <stdlib.h>

static const char SSIZE_OVERFLOW[] = "Python int too large to convert to C ssize_t";

/* A range beyond int64: r.len == -1 marks this layout; the fields hold ints. */
typedef struct LongRange {
    MrtRange r;
    MrtValue start, stop, step, len;
} LongRange;

static inline MrtRange *as_range(MrtValue v) { return (MrtRange *)mrt_obj(v); }
static inline MrtSlice *as_slice(MrtValue v) { return (MrtSlice *)mrt_obj(v); }
static inline int is_long(MrtRange *r) { return r->len < 0; }
static inline LongRange *as_long(MrtRange *r) { return (LongRange *)r; }

/* ---- exact int arithmetic for long ranges (0 on error) --------------------- */

static MrtValue I(int64_t v) { return mrt_int_from_i64(v); }
static MrtValue iadd(MrtValue a, MrtValue b) { return a && b ? mrt_add(a, b) : MRT_ERR; }
static MrtValue isub(MrtValue a, MrtValue b) { return a && b ? mrt_sub(a, b) : MRT_ERR; }
static MrtValue imul(MrtValue a, MrtValue b) { return a && b ? mrt_mul(a, b) : MRT_ERR; }
static MrtValue ifloordiv(MrtValue a, MrtValue b) { return a && b ? mrt_binop(a, b, MRT_OP_FLOORDIV) : MRT_ERR; }
static MrtValue imod(MrtValue a, MrtValue b) { return a && b ? mrt_binop(a, b, MRT_OP_MOD) : MRT_ERR; }
static MrtValue ineg(MrtValue a) { return isub(mrt_small(0), a); }

/* len(range(start, stop, step)) for int objects, as CPython's compute_range_length */
static MrtValue long_count(MrtValue start, MrtValue stop, MrtValue step)
{
    MrtValue lo = start, hi = stop;
    if (mrt_int_sign(step) < 0) {
        lo = stop;
        hi = start;
        step = ineg(step);
        if (!step) return MRT_ERR;
    }
    if (mrt_int_cmp(lo, hi) >= 0) return mrt_small(0);
    return iadd(ifloordiv(isub(isub(hi, lo), mrt_small(1)), step), mrt_small(1));
}

/* ---- construction ------------------------------------------------------------ */

/* Number of values in range(start, stop, step) for int64 bounds; up to 2^64 - 1. */
static uint64_t range_count(int64_t start, int64_t stop, int64_t step)
{
    if (step > 0) return start < stop ? ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1 : 0;
    return start > stop ? ((uint64_t)start - (uint64_t)stop - 1) / ((uint64_t)0 - (uint64_t)step) + 1 : 0;
}

/* The range of the three int objects, fast when everything fits int64. */
static MrtValue range_of(MrtValue start, MrtValue stop, MrtValue step)
{
    int64_t a, b, c;
    if (!mrt_int_obj_to_i64(start, &a) && !mrt_int_obj_to_i64(stop, &b) && !mrt_int_obj_to_i64(step, &c)) {
        uint64_t n = range_count(a, b, c);
        if (n <= (uint64_t)INT64_MAX) {
            MrtRange *r = mrt_alloc(&mrt_type_range, sizeof(MrtRange));
            if (!r) return MRT_ERR;
            r->start = a;
            r->stop = b;
            r->step = c;
            r->len = (int64_t)n;
            return mrt_from_obj(r);
        }
    }
    MrtValue len = long_count(start, stop, step);
    LongRange *lr = len ? mrt_alloc(&mrt_type_range, sizeof(LongRange)) : NULL;
    if (!lr) return MRT_ERR;
    lr->r.len = -1;
    lr->start = start;
    lr->stop = stop;
    lr->step = step;
    lr->len = len;
    return mrt_from_obj(lr);
}

MrtValue mrt_range_new(int nargs, const MrtValue *args)
{
    if (mrt_arg_count(NULL, "range", nargs, 1, 3, 0) < 0) return MRT_ERR;
    MrtValue v[3] = {mrt_small(0), 0, mrt_small(1)};
    for (int i = 0; i < nargs; i++) {
        MrtValue *dst = &v[nargs == 1 ? 1 : i];
        int r = mrt_index_obj(args[i], dst);
        if (r < 0) return MRT_ERR;
        if (r == 0)
            return mrt_raise_fmt(&mrt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                                 mrt_type_cname(args[i]));
    }
    if (mrt_int_sign(v[2]) == 0) return mrt_raise_msg(&mrt_type_ValueError, "range() arg 3 must not be zero");
    return range_of(v[0], v[1], v[2]);
}

static MrtValue range_tp_new(MrtType *t, int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (mrt_arg_nokw("range", kwnames) < 0) return MRT_ERR;
    return mrt_range_new(nargs, args);
}

/* start, stop, step, len as int objects (0 on error) */
static int range_fields(MrtRange *r, MrtValue f[4])
{
    if (is_long(r)) {
        LongRange *lr = as_long(r);
        f[0] = lr->start, f[1] = lr->stop, f[2] = lr->step, f[3] = lr->len;
        return 0;
    }
    f[0] = I(r->start), f[1] = I(r->stop), f[2] = I(r->step), f[3] = I(r->len);
    return f[0] && f[1] && f[2] && f[3] ? 0 : -1;
}

/* start + i * step */
static MrtValue long_item(MrtValue f[4], MrtValue i) { return iadd(f[0], imul(i, f[2])); }

/* ---- slots -------------------------------------------------------------------- */

static MrtValue range_repr(MrtValue self)
{
    MrtValue f[4];
    if (range_fields(as_range(self), f) < 0) return MRT_ERR;
    if (f[2] == mrt_small(1)) return mrt_str_printf("range(%R, %R)", f[0], f[1]);
    return mrt_str_printf("range(%R, %R, %R)", f[0], f[1], f[2]);
}

static int64_t range_len(MrtValue self)
{
    MrtRange *r = as_range(self);
    if (!is_long(r)) return r->len;
    int64_t n;
    if (mrt_int_obj_to_i64(as_long(r)->len, &n) == 0) return n;
    mrt_raise_msg(&mrt_type_OverflowError, SSIZE_OVERFLOW);
    return -1;
}

static int range_truthy(MrtValue self)
{
    MrtRange *r = as_range(self);
    return is_long(r) ? mrt_int_sign(as_long(r)->len) != 0 : r->len != 0;
}

/* CPython's _PySlice_GetLongIndices: start/stop clamped into [lower, upper]. */
static int long_slice_indices(MrtValue slice, MrtValue len, MrtValue *start, MrtValue *stop, MrtValue *step)
{
    static const char msg[] = "slice indices must be integers or None or have an __index__ method";
    MrtSlice *s = as_slice(slice);
    MrtValue st = mrt_small(1), lower = mrt_small(0), upper = len;
    if (s->step != MRT_NONE) {
        int r = mrt_index_obj(s->step, &st);
        if (r <= 0) return r < 0 ? -1 : (mrt_raise_msg(&mrt_type_TypeError, msg), -1);
        if (mrt_int_sign(st) == 0) return mrt_raise_msg(&mrt_type_ValueError, "slice step cannot be zero"), -1;
    }
    int neg = mrt_int_sign(st) < 0;
    if (neg) {
        lower = mrt_small(-1);
        upper = iadd(len, lower);
        if (!upper) return -1;
    }
    MrtValue raw[2] = {s->start, s->stop}, *out[2] = {start, stop};
    for (int k = 0; k < 2; k++) {
        if (raw[k] == MRT_NONE) {
            *out[k] = (k == 0) == neg ? upper : lower;
            continue;
        }
        MrtValue v;
        int r = mrt_index_obj(raw[k], &v);
        if (r <= 0) return r < 0 ? -1 : (mrt_raise_msg(&mrt_type_TypeError, msg), -1);
        if (mrt_int_sign(v) < 0) {
            v = iadd(v, len);
            if (!v) return -1;
            if (mrt_int_cmp(v, lower) < 0) v = lower;
        } else if (mrt_int_cmp(v, upper) > 0) {
            v = upper;
        }
        *out[k] = v;
    }
    *step = st;
    return 0;
}

static MrtValue range_slice(MrtRange *r, MrtValue slice)
{
    MrtValue sst = as_slice(slice)->step;
    if (!is_long(r) && (sst == MRT_NONE || mrt_is_small(sst))) { /* the common case stays in int64 */
        int64_t a, b, st, n;
        if (mrt_slice_indices(slice, r->len, &a, &b, &st, &n) < 0) return MRT_ERR;
        __int128 x = (__int128)r->start + (__int128)a * r->step, y = (__int128)r->start + (__int128)b * r->step,
                 z = (__int128)r->step * st;
        if (x >= INT64_MIN && x <= INT64_MAX && y >= INT64_MIN && y <= INT64_MAX && z >= INT64_MIN && z <= INT64_MAX)
            return range_of(I((int64_t)x), I((int64_t)y), I((int64_t)z));
    }
    MrtValue f[4], a, b, st;
    if (range_fields(r, f) < 0 || long_slice_indices(slice, f[3], &a, &b, &st) < 0) return MRT_ERR;
    MrtValue x = long_item(f, a), y = long_item(f, b), z = imul(f[2], st);
    return x && y && z ? range_of(x, y, z) : MRT_ERR;
}

/* Value at index i (0 <= i < count) of an int64 range; always inside int64. */
static inline int64_t range_at(MrtRange *r, uint64_t i)
{
    return (int64_t)((uint64_t)r->start + i * (uint64_t)r->step);
}

static MrtValue range_getitem(MrtValue self, MrtValue key)
{
    MrtRange *r = as_range(self);
    if (mrt_is_ptr(key) && mrt_obj(key)->type == &mrt_type_slice) return range_slice(r, key);
    MrtValue k;
    int ok = mrt_index_obj(key, &k);
    if (ok < 0) return MRT_ERR;
    if (ok == 0)
        return mrt_raise_fmt(&mrt_type_TypeError, "range indices must be integers or slices, not %s",
                             mrt_type_cname(key));
    int64_t i;
    if (!is_long(r)) {
        /* any index beyond int64 is out of range for an int64-sized range */
        if (mrt_int_obj_to_i64(k, &i) == 0) {
            if (i < 0) i += r->len;
            if (i >= 0 && i < r->len) return I(range_at(r, (uint64_t)i));
        }
        return mrt_raise_msg(&mrt_type_IndexError, "range object index out of range");
    }
    MrtValue f[4];
    range_fields(r, f);
    if (mrt_int_sign(k) < 0 && !(k = iadd(k, f[3]))) return MRT_ERR;
    if (mrt_int_sign(k) < 0 || mrt_int_cmp(k, f[3]) >= 0)
        return mrt_raise_msg(&mrt_type_IndexError, "range object index out of range");
    return long_item(f, k);
}

/* For an int x: 1 and its index in r, or 0 if absent; 2 when x is no int; -1 error. */
static int range_int_index(MrtRange *r, MrtValue x, MrtValue *idx)
{
    if (!(mrt_is_small(x) || mrt_is_bool(x) || (mrt_is_ptr(x) && mrt_obj(x)->type == &mrt_type_int))) return 2;
    if (mrt_is_bool(x)) x = mrt_small(x == MRT_TRUE);
    if (!is_long(r)) {
        int64_t v;
        if (mrt_int_obj_to_i64(x, &v)) return 0; /* beyond int64: never inside */
        if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return 0;
        __int128 d = (__int128)v - r->start;
        if (d % r->step != 0) return 0;
        *idx = mrt_int_from_i64((int64_t)(d / r->step));
        return *idx ? 1 : -1;
    }
    LongRange *lr = as_long(r);
    int inside = mrt_int_sign(lr->step) > 0 ? mrt_int_cmp(lr->start, x) <= 0 && mrt_int_cmp(x, lr->stop) < 0
                                            : mrt_int_cmp(lr->stop, x) < 0 && mrt_int_cmp(x, lr->start) <= 0;
    if (!inside) return 0;
    MrtValue d = isub(x, lr->start), m = imod(d, lr->step);
    if (!m) return -1;
    if (mrt_int_sign(m) != 0) return 0;
    *idx = ifloordiv(d, lr->step);
    return *idx ? 1 : -1;
}

/* Linear search for non-int values (floats etc. compare equal to ints). */
static int range_scan(MrtValue self, MrtValue x, int count_all, MrtValue *idx, int64_t *count)
{
    MrtValue it = mrt_iter(self);
    if (!it) return -1;
    *count = 0;
    for (int64_t i = 0;; i++) {
        MrtValue v = mrt_next(it);
        if (v == MRT_STOP) return *count > 0;
        if (!v) return -1;
        int e = mrt_eq(v, x);
        if (e < 0) return -1;
        if (e) {
            (*count)++;
            if (!count_all) {
                *idx = I(i);
                return 1;
            }
        }
    }
}

static int range_contains(MrtValue self, MrtValue x)
{
    MrtValue idx;
    int64_t c;
    int r = range_int_index(as_range(self), x, &idx);
    if (r != 2) return r;
    return range_scan(self, x, 0, &idx, &c);
}

static MrtValue range_richcmp(MrtValue a, MrtValue b, int op)
{
    if (!mrt_is_ptr(a) || mrt_obj(a)->type != &mrt_type_range || !mrt_is_ptr(b) ||
        mrt_obj(b)->type != &mrt_type_range || (op != MRT_CMP_EQ && op != MRT_CMP_NE))
        return MRT_NOTIMPL;
    MrtValue x[4], y[4];
    if (range_fields(as_range(a), x) < 0 || range_fields(as_range(b), y) < 0) return MRT_ERR;
    /* equal when they produce the same values */
    int eq = mrt_int_cmp(x[3], y[3]) == 0 &&
             (mrt_int_sign(x[3]) == 0 ||
              (mrt_int_cmp(x[0], y[0]) == 0 && (x[3] == mrt_small(1) || mrt_int_cmp(x[2], y[2]) == 0)));
    return mrt_bool(op == MRT_CMP_EQ ? eq : !eq);
}

/* hash((len, start, step)) with None for the parts equality ignores, as CPython. */
static int64_t range_hash(MrtValue self)
{
    MrtValue f[4];
    if (range_fields(as_range(self), f) < 0) return -1;
    MrtValue t[3] = {f[3], f[0], f[2]};
    if (mrt_int_sign(f[3]) == 0) t[1] = MRT_NONE;
    if (mrt_int_sign(f[3]) == 0 || f[3] == mrt_small(1)) t[2] = MRT_NONE;
    MrtValue tup = mrt_tuple_new(3, t);
    return tup ? mrt_tuple_hash(tup) : -1;
}

/* ---- iterators -------------------------------------------------------------------- */

typedef struct RangeIter {
    MrtObject ob;
    int64_t next;
    uint64_t step; /* two's complement: wrapping adds reach every value exactly */
    uint64_t left;
} RangeIter;

typedef struct LongRangeIter {
    MrtObject ob;
    MrtValue next, step, left; /* ints */
} LongRangeIter;

static MrtValue iter_self(MrtValue self) { return self; }

static MrtValue rangeiter_next(MrtValue self)
{
    RangeIter *it = (RangeIter *)mrt_obj(self);
    if (it->left == 0) return MRT_STOP;
    int64_t v = it->next;
    if (--it->left) it->next = (int64_t)((uint64_t)v + it->step);
    return mrt_fits_small(v) ? mrt_small(v) : mrt_int_from_i64(v);
}

static MrtValue longrangeiter_next(MrtValue self)
{
    LongRangeIter *it = (LongRangeIter *)mrt_obj(self);
    if (mrt_int_sign(it->left) <= 0) return MRT_STOP;
    MrtValue v = it->next, n = iadd(v, it->step), left = isub(it->left, mrt_small(1));
    if (!n || !left) return MRT_ERR;
    it->next = n;
    it->left = left;
    return v;
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

static MrtType mrt_type_longrange_iterator = {
    .ob = {&mrt_type_type},
    .name = "longrange_iterator",
    .base = &mrt_type_object,
    .flags = MRT_TF_NOSUBCLASS,
    .basicsize = sizeof(LongRangeIter),
    .iter = iter_self,
    .next = longrangeiter_next,
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

static MrtValue longrangeiter_new(MrtValue first, MrtValue step, MrtValue n)
{
    LongRangeIter *it = first && step ? mrt_alloc(&mrt_type_longrange_iterator, sizeof(LongRangeIter)) : NULL;
    if (!it) return MRT_ERR;
    it->next = first;
    it->step = step;
    it->left = n;
    return mrt_from_obj(it);
}

static MrtValue range_iter(MrtValue self)
{
    MrtRange *r = as_range(self);
    if (is_long(r)) return longrangeiter_new(as_long(r)->start, as_long(r)->step, as_long(r)->len);
    return rangeiter_new(r->start, (uint64_t)r->step, (uint64_t)r->len);
}

/* ---- methods ------------------------------------------------------------------------ */

static MrtValue m_count(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_one("range.count", nargs - 1, kw) < 0) return MRT_ERR;
    MrtValue idx;
    int64_t c;
    int r = range_int_index(as_range(args[0]), args[1], &idx);
    if (r < 0) return MRT_ERR;
    if (r != 2) return mrt_small(r);
    if (range_scan(args[0], args[1], 1, &idx, &c) < 0) return MRT_ERR;
    return I(c);
}

static MrtValue m_index(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_one("range.index", nargs - 1, kw) < 0) return MRT_ERR;
    MrtValue idx;
    int64_t c;
    int r = range_int_index(as_range(args[0]), args[1], &idx);
    if (r < 0) return MRT_ERR;
    if (r == 0) return mrt_raise_fmt(&mrt_type_ValueError, "%R is not in range", args[1]);
    if (r == 2) {
        r = range_scan(args[0], args[1], 0, &idx, &c);
        if (r < 0) return MRT_ERR;
        if (r == 0) return mrt_raise_msg(&mrt_type_ValueError, "sequence.index(x): x not in sequence");
    }
    return idx;
}

static MrtValue m_reversed(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_none("range.__reversed__", nargs - 1, kw) < 0) return MRT_ERR;
    MrtRange *r = as_range(args[0]);
    if (!is_long(r)) {
        if (r->len == 0) return rangeiter_new(0, 0, 0);
        return rangeiter_new(range_at(r, (uint64_t)r->len - 1), (uint64_t)0 - (uint64_t)r->step, (uint64_t)r->len);
    }
    MrtValue f[4];
    range_fields(r, f);
    return longrangeiter_new(long_item(f, isub(f[3], mrt_small(1))), ineg(f[2]), f[3]);
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
    return n < 0 ? MRT_ERR : I(n);
}

static MrtValue m_iter(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_none("range.__iter__", nargs - 1, kw) < 0) return MRT_ERR;
    return range_iter(args[0]);
}

static MrtValue field(MrtValue self, int k)
{
    MrtValue f[4];
    return range_fields(as_range(self), f) < 0 ? MRT_ERR : f[k];
}
static MrtValue p_start(int nargs, const MrtValue *args, MrtValue kw) { return field(args[0], 0); }
static MrtValue p_stop(int nargs, const MrtValue *args, MrtValue kw) { return field(args[0], 1); }
static MrtValue p_step(int nargs, const MrtValue *args, MrtValue kw) { return field(args[0], 2); }

static const MrtMethodDef range_methods[] = {
    {"count", m_count, 0},
    {"index", m_index, 0},
    {"__reversed__", m_reversed, 0},
    {"__contains__", m_contains, 0},
    {"__getitem__", m_getitem, 0},
    {"__len__", m_len, 0},
    {"__iter__", m_iter, 0},
    {"start", p_start, MRT_METH_PROPERTY | MRT_METH_MEMBER},
    {"stop", p_stop, MRT_METH_PROPERTY | MRT_METH_MEMBER},
    {"step", p_step, MRT_METH_PROPERTY | MRT_METH_MEMBER},
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
    return mrt_slice_indices_of(s->start, s->stop, s->step, len, start, stop, step, count);
}

/* A slice bound or step as int64: small ints without a call. */
static inline int bound_value(MrtValue v, int64_t *out)
{
    if (MRT_LIKELY(mrt_is_small(v))) {
        *out = mrt_small_val(v);
        return 0;
    }
    return mrt_slice_index_clamped(v, out);
}

/* A bound resolved against len: negative counts from the end, then clamped. */
static inline int64_t clamp_bound(int64_t x, int64_t len, int64_t st)
{
    if (x < 0) {
        x += len;
        if (x < 0) x = st < 0 ? -1 : 0;
    } else if (x >= len) {
        x = st < 0 ? len - 1 : len;
    }
    return x;
}

int mrt_slice_indices_of(MrtValue lo, MrtValue hi, MrtValue by, int64_t len, int64_t *start, int64_t *stop,
                         int64_t *step, int64_t *count)
{
    int64_t st = 1, a, b;
    if (by && by != MRT_NONE) {
        if (bound_value(by, &st) < 0) return -1;
        if (st == 0) {
            mrt_raise_msg(&mrt_type_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (st < -INT64_MAX) st = -INT64_MAX; /* so that -step cannot overflow */
    }
    if (!lo || lo == MRT_NONE)
        a = st < 0 ? INT64_MAX : 0;
    else if (bound_value(lo, &a) < 0)
        return -1;
    if (!hi || hi == MRT_NONE)
        b = st < 0 ? INT64_MIN : INT64_MAX;
    else if (bound_value(hi, &b) < 0)
        return -1;
    a = clamp_bound(a, len, st);
    b = clamp_bound(b, len, st);
    int64_t n = 0; /* no division for the common steps 1 and -1 */
    if (st < 0) {
        if (b < a) n = st == -1 ? a - b : (a - b - 1) / (-st) + 1;
    } else if (a < b) {
        n = st == 1 ? b - a : (b - a - 1) / st + 1;
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
    MrtValue len, t[3];
    int r = mrt_index_obj(args[1], &len);
    if (r <= 0)
        return r < 0 ? MRT_ERR
                     : mrt_raise_fmt(&mrt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                                     mrt_type_cname(args[1]));
    if (mrt_int_sign(len) < 0) return mrt_raise_msg(&mrt_type_ValueError, "length should not be negative");
    if (long_slice_indices(args[0], len, &t[0], &t[1], &t[2]) < 0) return MRT_ERR;
    return mrt_tuple_new(3, t);
}

static MrtValue p_sstart(int nargs, const MrtValue *args, MrtValue kw) { return as_slice(args[0])->start; }
static MrtValue p_sstop(int nargs, const MrtValue *args, MrtValue kw) { return as_slice(args[0])->stop; }
static MrtValue p_sstep(int nargs, const MrtValue *args, MrtValue kw) { return as_slice(args[0])->step; }

static const MrtMethodDef slice_methods[] = {
    {"indices", m_indices, 0},
    {"start", p_sstart, MRT_METH_PROPERTY | MRT_METH_MEMBER},
    {"stop", p_sstop, MRT_METH_PROPERTY | MRT_METH_MEMBER},
    {"step", p_sstep, MRT_METH_PROPERTY | MRT_METH_MEMBER},
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
        &mrt_type_longrange_iterator,
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) mrt_type_ready(types[i]);
}

/* A bound that converts without calling user code (__index__ could mutate
 * the sequence between the length check and the copy). */
static int plain_bound(MrtValue v) { return !v || v == MRT_NONE || mrt_is_small(v); }

/* The items start, start+step, ... (count of them) of a list, tuple or
 * ASCII str of length len, as a new object of its type. */
static MrtValue take_items(MrtValue obj, int64_t len, int64_t start, int64_t step, int64_t count)
{
    MrtType *t = mrt_obj(obj)->type;
    if (t == &mrt_type_list) {
        MrtValue *src = ((MrtList *)mrt_obj(obj))->items;
        if (step == 1) return mrt_list_new(count, src + start);
        MrtValue r = mrt_list_new(count, NULL); /* capacity count, empty */
        if (!r) return MRT_ERR;
        MrtList *R = (MrtList *)mrt_obj(r);
        for (int64_t k = 0; k < count; k++) R->items[k] = src[start + k * step];
        R->len = count;
        return r;
    }
    if (count == len && step == 1) return obj; /* t[:] is t, s[:] is s */
    if (t == &mrt_type_tuple) {
        MrtValue r = mrt_tuple_new(count, NULL);
        for (int64_t k = 0; r && k < count; k++)
            ((MrtTuple *)mrt_obj(r))->items[k] = ((MrtTuple *)mrt_obj(obj))->items[start + k * step];
        return r;
    }
    const char *src = ((MrtStr *)mrt_obj(obj))->data;
    if (step == 1) return mrt_str_new(src + start, count);
    char small[256], *buf = count <= (int64_t)sizeof small ? small : malloc((size_t)count);
    if (!buf) return mrt_raise(mrt_from_obj(&mrt_type_MemoryError));
    for (int64_t k = 0; k < count; k++) buf[k] = src[start + k * step];
    MrtValue r = mrt_str_new(buf, count);
    if (buf != small) free(buf);
    return r;
}

/* The length of obj when it is a list, tuple or ASCII str, else -1. */
static int64_t sliceable_len(MrtValue obj)
{
    if (!mrt_is_ptr(obj)) return -1;
    MrtType *t = mrt_obj(obj)->type;
    if (t == &mrt_type_list) return ((MrtList *)mrt_obj(obj))->len;
    if (t == &mrt_type_tuple) return ((MrtTuple *)mrt_obj(obj))->len;
    if (t == &mrt_type_str && ((MrtStr *)mrt_obj(obj))->ascii) return ((MrtStr *)mrt_obj(obj))->len;
    return -1;
}

MrtValue mrt_getslice(MrtValue obj, MrtValue start, MrtValue stop) { return mrt_getslice3(obj, start, stop, 0); }

MrtValue mrt_getslice3(MrtValue obj, MrtValue start, MrtValue stop, MrtValue step)
{
    int64_t len = sliceable_len(obj);
    if (len >= 0 && plain_bound(start) && plain_bound(stop) && plain_bound(step)) {
        int64_t a, b, st, n;
        if (mrt_slice_indices_of(start, stop, step, len, &a, &b, &st, &n) < 0) return MRT_ERR;
        return take_items(obj, len, a, st, n);
    }
    MrtValue sl = mrt_slice_new(start, stop, step);
    return sl ? mrt_getitem(obj, sl) : MRT_ERR;
}

/* ---- x[i:j] = y[k:l:m] through a scratch list --------------------------------- */

/* A list that only carries items from y[k:l:m] to the slice assignment
 * that follows. It is taken out of its site's slot while in use, so a site
 * re-entered meanwhile (recursion while evaluating x, i or j) gets a new
 * one, and one lost to an exception is simply replaced. */
typedef struct Scratch {
    MrtList l;
    MrtValue *home; /* the site's slot it goes back to */
} Scratch;

static MrtType scratch_type = {
    .ob = {&mrt_type_type},
    .name = "list",
    .base = &mrt_type_list, /* so that list code takes its items as a list's */
    .basicsize = sizeof(Scratch),
};

static Scratch *as_scratch(MrtValue v)
{
    return mrt_is_ptr(v) && mrt_obj(v)->type == &scratch_type ? (Scratch *)mrt_obj(v) : NULL;
}

static Scratch *take_scratch(MrtValue *slot, int64_t n)
{
    Scratch *s = *slot ? (Scratch *)mrt_obj(*slot) : mrt_alloc(&scratch_type, sizeof(Scratch));
    if (!s) return NULL;
    *slot = 0;
    s->home = slot;
    if (s->l.cap < n) {
        MrtValue *items = mrt_gc_malloc(sizeof(MrtValue) * (size_t)n);
        if (!items) return NULL;
        s->l.items = items;
        s->l.cap = n;
    }
    return s;
}

/* Back to its slot, holding no references; a large item array is dropped
 * rather than kept alive for the site's next use. */
static void release_scratch(Scratch *s)
{
    if (s->l.cap > 256) {
        s->l.items = NULL;
        s->l.cap = 0;
    } else if (s->l.len) {
        memset(s->l.items, 0, sizeof(MrtValue) * (size_t)s->l.len);
    }
    s->l.len = 0;
    *s->home = mrt_from_obj(s);
}

MrtValue mrt_getslice_scratch(MrtValue obj, MrtValue start, MrtValue stop, MrtValue step, MrtValue *slot)
{
    if (!mrt_is_list(obj) || !plain_bound(start) || !plain_bound(stop) || !plain_bound(step))
        return mrt_getslice3(obj, start, stop, step);
    MrtList *L = (MrtList *)mrt_obj(obj);
    int64_t a, b, st, n;
    if (mrt_slice_indices_of(start, stop, step, L->len, &a, &b, &st, &n) < 0) return MRT_ERR;
    Scratch *s = take_scratch(slot, n);
    if (!s) return MRT_ERR;
    for (int64_t k = 0; k < n; k++) s->l.items[k] = L->items[a + k * st];
    s->l.len = n;
    return mrt_from_obj(s);
}

int mrt_setslice(MrtValue obj, MrtValue start, MrtValue stop, MrtValue step, MrtValue val)
{
    Scratch *s = as_scratch(val);
    if (mrt_is_list(obj) && plain_bound(start) && plain_bound(stop) && plain_bound(step)) {
        int64_t a, b, st, n;
        int r = mrt_slice_indices_of(start, stop, step, ((MrtList *)mrt_obj(obj))->len, &a, &b, &st, &n);
        if (r == 0 && s && s->l.len == n) { /* same size: overwrite in place (perm[:k] = perm[k-1::-1]) */
            MrtValue *dst = ((MrtList *)mrt_obj(obj))->items;
            for (int64_t k = 0; k < n; k++) dst[a + k * st] = s->l.items[k];
        } else if (r == 0) {
            r = mrt_list_ass_indices(obj, a, st, n, val);
        }
        if (s) release_scratch(s);
        return r;
    }
    if (s) { /* the target's __setitem__ may keep the value: give it a list of its own */
        val = mrt_list_new(s->l.len, s->l.items);
        release_scratch(s);
        if (!val) return -1;
    }
    MrtValue sl = mrt_slice_new(start, stop, step);
    return sl ? mrt_setitem(obj, sl, val) : -1;
}
