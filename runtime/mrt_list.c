/* mrt_list.c — the list type, its iterators, and the helpers every sequence
 * shares: index conversion, argument-count checks, repr recursion guard. */
#include "mrt_containers.h"

/* ---- argument-count checks with CPython's messages ------------------------ */

int mrt_arg_nokw(const char *qualname, MrtValue kwnames)
{
    if (mrt_kwcount(kwnames) == 0) return 0;
    mrt_raise_fmt(&mrt_type_TypeError, "%s() takes no keyword arguments", qualname);
    return -1;
}

int mrt_arg_none(const char *qualname, int n, MrtValue kwnames)
{
    if (mrt_arg_nokw(qualname, kwnames) < 0) return -1;
    if (n == 0) return 0;
    mrt_raise_fmt(&mrt_type_TypeError, "%s() takes no arguments (%d given)", qualname, n);
    return -1;
}

int mrt_arg_one(const char *qualname, int n, MrtValue kwnames)
{
    if (mrt_arg_nokw(qualname, kwnames) < 0) return -1;
    if (n == 1) return 0;
    mrt_raise_fmt(&mrt_type_TypeError, "%s() takes exactly one argument (%d given)", qualname, n);
    return -1;
}

int mrt_arg_count(const char *qualname, const char *name, int n, int min, int max, MrtValue kwnames)
{
    if (qualname && mrt_arg_nokw(qualname, kwnames) < 0) return -1;
    if (n >= min && n <= max) return 0;
    if (min == max)
        mrt_raise_fmt(&mrt_type_TypeError, "%s expected %d argument%s, got %d", name, min, min == 1 ? "" : "s", n);
    else if (n < min)
        mrt_raise_fmt(&mrt_type_TypeError, "%s expected at least %d argument%s, got %d", name, min, min == 1 ? "" : "s",
                      n);
    else
        mrt_raise_fmt(&mrt_type_TypeError, "%s expected at most %d argument%s, got %d", name, max, max == 1 ? "" : "s",
                      n);
    return -1;
}

/* ---- index conversion ------------------------------------------------------ */

/* v as an int object: 1 found, 0 not index-like (nothing raised), -1 error.
 * User classes may define __index__. */
int mrt_index_obj(MrtValue v, MrtValue *out)
{
    if (mrt_is_small(v) || (mrt_is_ptr(v) && mrt_obj(v)->type == &mrt_type_int)) {
        *out = v;
        return 1;
    }
    if (mrt_is_bool(v)) {
        *out = mrt_small(v == MRT_TRUE);
        return 1;
    }
    if (!mrt_is_ptr(v)) return 0;
    MrtType *t = mrt_obj(v)->type;
    if (!(t->flags & MRT_TF_USER)) return 0;
    if (mrt_is_subtype(t, &mrt_type_int)) {
        *out = v;
        return 1;
    }
    MrtValue f = mrt_type_lookup(t, mrt_name("__index__"));
    if (!f) return 0;
    MrtValue r = mrt_call1(f, v);
    if (!r) return -1;
    if (!mrt_int_is(r)) {
        mrt_raise_fmt(&mrt_type_TypeError, "__index__ returned non-int (type %T)", r);
        return -1;
    }
    *out = r;
    return 1;
}

/* An int object to int64: 0 fits, 1 too big (*out clamped to the int64 range). */
int mrt_int_obj_to_i64(MrtValue iv, int64_t *out)
{
    if (mrt_is_small(iv)) {
        *out = mrt_small_val(iv);
        return 0;
    }
    if (mrt_is_bool(iv)) {
        *out = iv == MRT_TRUE;
        return 0;
    }
    if (mrt_obj(iv)->type == &mrt_type_int) {
        MrtBigInt *b = (MrtBigInt *)mrt_obj(iv);
        if (mpz_fits_slong_p(b->z)) {
            *out = mpz_get_si(b->z);
            return 0;
        }
        *out = mpz_sgn(b->z) < 0 ? INT64_MIN : INT64_MAX;
        return 1;
    }
    /* an int subclass instance: go through the generic conversion */
    if (mrt_int_to_i64(iv, out) == 0) return 0;
    mrt_exc_fetch();
    int s = mrt_int_sign(iv);
    *out = s < 0 ? INT64_MIN : INT64_MAX;
    return 1;
}

int mrt_index_overflow(MrtValue v, int64_t *out, MrtType *exc, const char *msg)
{
    if (mrt_is_small(v)) {
        *out = mrt_small_val(v);
        return 0;
    }
    MrtValue iv;
    int r = mrt_index_obj(v, &iv);
    if (r < 0) return -1;
    if (r == 0) {
        mrt_raise_fmt(&mrt_type_TypeError, "'%s' object cannot be interpreted as an integer", mrt_type_cname(v));
        return -1;
    }
    r = mrt_int_obj_to_i64(iv, out);
    if (r == 0) return 0;
    if (r > 0) mrt_raise_msg(exc, msg);
    return -1;
}

const char mrt_index_overflow_msg[] = "cannot fit 'int' into an index-sized integer";

int mrt_is_index_like(MrtValue v)
{
    if (mrt_is_small(v) || mrt_is_bool(v)) return 1;
    if (!mrt_is_ptr(v)) return 0;
    MrtType *t = mrt_obj(v)->type;
    if (t == &mrt_type_int) return 1;
    if (!(t->flags & MRT_TF_USER)) return 0;
    return mrt_is_subtype(t, &mrt_type_int) || mrt_type_lookup(t, mrt_name("__index__")) != 0;
}

int mrt_slice_index_clamped(MrtValue v, int64_t *out)
{
    if (mrt_is_small(v)) {
        *out = mrt_small_val(v);
        return 0;
    }
    MrtValue iv;
    int r = mrt_index_obj(v, &iv);
    if (r < 0) return -1;
    if (r == 0) {
        mrt_raise_msg(&mrt_type_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    return mrt_int_obj_to_i64(iv, out) < 0 ? -1 : 0;
}

MrtValue mrt_index_error(const char *what)
{
    return mrt_raise_fmt(&mrt_type_IndexError, "%s index out of range", what);
}

/* ---- repr recursion guard -------------------------------------------------- */

/* Objects whose repr is in progress; a short stack searched linearly, as
 * nesting is shallow in practice. Held in a GC-scanned array. */
static MrtValue *repr_stack;
static int64_t repr_len, repr_cap;

int mrt_repr_enter(MrtValue v)
{
    for (int64_t i = 0; i < repr_len; i++)
        if (repr_stack[i] == v) return 1;
    if (repr_len == repr_cap) {
        int64_t ncap = repr_cap ? repr_cap * 2 : 16;
        MrtValue *n = mrt_gc_malloc((size_t)ncap * sizeof(MrtValue));
        if (!n) {
            mrt_raise(mrt_from_obj(&mrt_type_MemoryError));
            return -1;
        }
        if (repr_len) memcpy(n, repr_stack, (size_t)repr_len * sizeof(MrtValue));
        repr_stack = n;
        repr_cap = ncap;
    }
    repr_stack[repr_len++] = v;
    return 0;
}

void mrt_repr_leave(MrtValue v)
{
    for (int64_t i = repr_len - 1; i >= 0; i--) {
        if (repr_stack[i] == v) {
            memmove(repr_stack + i, repr_stack + i + 1, (size_t)(repr_len - i - 1) * sizeof(MrtValue));
            repr_stack[--repr_len] = 0;
            return;
        }
    }
}

MrtValue mrt_seq_repr(const char *open, const char *close, int64_t n, const MrtValue *items)
{
    MrtBuf b;
    mrt_buf_init(&b, 16);
    if (mrt_buf_adds(&b, open) < 0) return MRT_ERR;
    for (int64_t i = 0; i < n; i++) {
        if (i > 0 && mrt_buf_adds(&b, ", ") < 0) return MRT_ERR;
        MrtValue s = mrt_repr(items[i]);
        if (!s || mrt_buf_addv(&b, s) < 0) return MRT_ERR;
    }
    if (mrt_buf_adds(&b, close) < 0) return MRT_ERR;
    return mrt_buf_finish(&b);
}

/* 0 with the items borrowed for a list or tuple; -1 (nothing raised) otherwise */
int mrt_seq_as_array(MrtValue v, int64_t *n, MrtValue **items)
{
    if (mrt_is_tuple(v)) { /* exact types first: unpacking a tuple is the hot case */
        *n = ((MrtTuple *)mrt_obj(v))->len;
        *items = ((MrtTuple *)mrt_obj(v))->items;
        return 0;
    }
    if (mrt_is_list_any(v)) {
        MrtList *L = (MrtList *)mrt_obj(v);
        *n = L->len;
        *items = L->items;
        return 0;
    }
    if (mrt_is_tuple_any(v)) {
        MrtTuple *t = (MrtTuple *)mrt_obj(v);
        *n = t->len;
        *items = t->items;
        return 0;
    }
    return -1;
}

/* ---- storage ---------------------------------------------------------------- */

static inline MrtList *as_list(MrtValue v) { return (MrtList *)mrt_obj(v); }

/* identity implies equality, as CPython's containers (and mrt_eq; NaN included) */
static inline int eq_id(MrtValue a, MrtValue b)
{
    if (a == b) return 1;
    if (mrt_is_small(a) && mrt_is_small(b)) return 0;
    return mrt_eq(a, b);
}

static MrtValue *alloc_items(int64_t n)
{
    int64_t bytes;
    if (mrt_size_mul(n, (int64_t)sizeof(MrtValue), &bytes) < 0) return NULL;
    MrtValue *p = mrt_gc_malloc((size_t)bytes);
    if (!p) mrt_raise(mrt_from_obj(&mrt_type_MemoryError));
    return p;
}

/* Set the length to newlen, reallocating with CPython's over-allocation
 * (~1/8 extra) so appends are amortised O(1); shrinks when under half full. */
static int list_resize(MrtList *L, int64_t newlen)
{
    if (newlen <= L->cap && newlen >= (L->cap >> 1)) {
        if (newlen < L->len) memset(L->items + newlen, 0, (size_t)(L->len - newlen) * sizeof(MrtValue));
        L->len = newlen;
        return 0;
    }
    int64_t newcap = 0;
    if (newlen > 0) {
        if (newlen > INT64_MAX / 2) {
            mrt_raise(mrt_from_obj(&mrt_type_MemoryError));
            return -1;
        }
        /* Grow by half, not CPython's eighth: CPython mostly reallocs in
         * place, while here every resize copies into a new array, so
         * append-built lists copied each item ~8 times. */
        newcap = (newlen + (newlen >> 1) + 6) & ~(int64_t)3;
        if (newlen - L->len > newcap - newlen) newcap = (newlen + 3) & ~(int64_t)3;
    }
    MrtValue *items = NULL;
    if (newcap > 0) {
        items = alloc_items(newcap);
        if (!items) return -1;
        int64_t keep = L->len < newlen ? L->len : newlen;
        if (keep) memcpy(items, L->items, (size_t)keep * sizeof(MrtValue));
    }
    L->items = items;
    L->cap = newcap;
    L->len = newlen;
    return 0;
}

static MrtList *list_alloc(MrtType *t, int64_t cap)
{
    size_t size = t->basicsize > sizeof(MrtList) ? t->basicsize : sizeof(MrtList);
    MrtList *L = mrt_alloc(t, size);
    if (!L) return NULL;
    if (cap > 0) {
        L->items = alloc_items(cap);
        if (!L->items) return NULL;
        L->cap = cap;
    }
    return L;
}

MrtValue mrt_list_with_capacity(int64_t cap)
{
    MrtList *L = list_alloc(&mrt_type_list, cap < 0 ? 0 : cap);
    return L ? mrt_from_obj(L) : MRT_ERR;
}

/* items NULL: an empty list with room for n. */
MrtValue mrt_list_new(int64_t n, const MrtValue *items)
{
    MrtList *L = list_alloc(&mrt_type_list, n < 0 ? 0 : n);
    if (!L) return MRT_ERR;
    if (items && n > 0) {
        memcpy(L->items, items, (size_t)n * sizeof(MrtValue));
        L->len = n;
    }
    return mrt_from_obj(L);
}

int mrt_list_append(MrtValue list, MrtValue v)
{
    MrtList *L = as_list(list);
    if (MRT_LIKELY(L->len < L->cap)) {
        L->items[L->len++] = v;
        return 0;
    }
    if (list_resize(L, L->len + 1) < 0) return -1;
    L->items[L->len - 1] = v;
    return 0;
}

/* Append n values (which may alias the list's own items). */
static int list_append_array(MrtList *L, int64_t n, const MrtValue *src)
{
    if (n == 0) return 0;
    int64_t old = L->len, newlen;
    if (mrt_size_add(old, n, &newlen) < 0) return -1;
    if (src == L->items) { /* L.extend(L): the array may move */
        MrtValue *copy = alloc_items(n);
        if (!copy) return -1;
        memcpy(copy, src, (size_t)n * sizeof(MrtValue));
        src = copy;
    }
    if (list_resize(L, newlen) < 0) return -1;
    memcpy(L->items + old, src, (size_t)n * sizeof(MrtValue));
    return 0;
}

int mrt_list_extend(MrtValue list, MrtValue iterable)
{
    MrtList *L = as_list(list);
    int64_t n;
    MrtValue *src;
    if (mrt_seq_as_array(iterable, &n, &src) == 0) return list_append_array(L, n, src);
    MrtValue it = mrt_iter(iterable);
    if (!it) return -1;
    for (;;) {
        MrtValue x = mrt_next(it);
        if (x == MRT_STOP) return 0;
        if (!x || mrt_list_append(list, x) < 0) return -1;
    }
}

MrtValue mrt_list_from_iter(MrtValue iterable)
{
    MrtValue l = mrt_list_new(0, NULL);
    if (!l || mrt_list_extend(l, iterable) < 0) return MRT_ERR;
    return l;
}

static MrtValue list_copy_range(MrtList *L, int64_t start, int64_t n)
{
    MrtValue r = mrt_list_new(n, NULL);
    if (!r) return MRT_ERR;
    if (n > 0) {
        memcpy(as_list(r)->items, L->items + start, (size_t)n * sizeof(MrtValue));
        as_list(r)->len = n;
    }
    return r;
}

/* v as a borrowed array for slice assignment; copies when v is the list itself.
 * msg replaces the TypeError of a non-iterable. */
static int seq_fast(MrtValue v, MrtList *self, const char *msg, int64_t *n, MrtValue **items)
{
    if (mrt_is_ptr(v) && mrt_obj(v) == &self->ob) {
        MrtValue c = list_copy_range(self, 0, self->len);
        if (!c) return -1;
        *n = as_list(c)->len;
        *items = as_list(c)->items;
        return 0;
    }
    if (mrt_seq_as_array(v, n, items) == 0) return 0;
    MrtValue it = mrt_iter(v);
    if (!it) {
        if (mrt_exc_matches(mrt_cur_exc, mrt_from_obj(&mrt_type_TypeError)) == 1) {
            mrt_exc_fetch();
            mrt_raise_msg(&mrt_type_TypeError, msg);
        }
        return -1;
    }
    MrtValue l = mrt_list_from_iter(it);
    if (!l) return -1;
    *n = as_list(l)->len;
    *items = as_list(l)->items;
    return 0;
}

/* ---- indexing ----------------------------------------------------------------- */

/* key as an index into a sequence of n items: 1 ok, 0 out of range, -1 error.
 * typename names the sequence in the TypeError for a non-int key. */
static int seq_index(MrtValue key, int64_t n, const char *typename, int64_t *out)
{
    int64_t i;
    if (mrt_is_small(key)) {
        i = mrt_small_val(key);
    } else {
        if (!mrt_is_index_like(key)) {
            mrt_raise_fmt(&mrt_type_TypeError, "%s indices must be integers or slices, not %s", typename,
                          mrt_type_cname(key));
            return -1;
        }
        if (mrt_index_overflow(key, &i, &mrt_type_IndexError, mrt_index_overflow_msg) < 0) return -1;
    }
    if (i < 0) i += n;
    if (i < 0 || i >= n) return 0;
    *out = i;
    return 1;
}

static MrtValue list_slice(MrtList *L, MrtValue slice)
{
    int64_t start, stop, step, count;
    if (mrt_slice_indices(slice, L->len, &start, &stop, &step, &count) < 0) return MRT_ERR;
    if (step == 1) return list_copy_range(L, start, count);
    MrtValue r = mrt_list_new(count, NULL);
    if (!r) return MRT_ERR;
    MrtValue *dst = as_list(r)->items;
    for (int64_t k = 0, i = start; k < count; k++, i += step) dst[k] = L->items[i];
    as_list(r)->len = count;
    return r;
}

MrtValue mrt_list_getitem(MrtValue list, MrtValue key)
{
    MrtList *L = as_list(list);
    if (mrt_is_ptr(key) && mrt_obj(key)->type == &mrt_type_slice) return list_slice(L, key);
    int64_t i;
    int r = seq_index(key, L->len, "list", &i);
    if (r < 0) return MRT_ERR;
    if (r == 0) return mrt_index_error("list");
    return L->items[i];
}

/* Replace items [lo, hi) with the n values src (step-1 slice assignment). */
static int list_replace(MrtList *L, int64_t lo, int64_t hi, int64_t n, const MrtValue *src)
{
    int64_t len = L->len, d = n - (hi - lo);
    if (d < 0) {
        memmove(L->items + hi + d, L->items + hi, (size_t)(len - hi) * sizeof(MrtValue));
        if (list_resize(L, len + d) < 0) return -1;
    } else if (d > 0) {
        int64_t newlen;
        if (mrt_size_add(len, d, &newlen) < 0 || list_resize(L, newlen) < 0) return -1;
        memmove(L->items + hi + d, L->items + hi, (size_t)(len - hi) * sizeof(MrtValue));
    }
    if (n) memcpy(L->items + lo, src, (size_t)n * sizeof(MrtValue));
    return 0;
}

/* Delete count items start, start+step, ... (step != 1). */
static int list_del_extended(MrtList *L, int64_t start, int64_t step, int64_t count)
{
    if (count <= 0) return 0;
    if (step < 0) { /* walk upwards from the lowest index instead */
        start = start + step * (count - 1);
        step = -step;
    }
    int64_t w = start, next = start, k = 0;
    for (int64_t r = start; r < L->len; r++) {
        if (k < count && r == next) {
            if (++k < count) next += step;
            continue;
        }
        L->items[w++] = L->items[r];
    }
    return list_resize(L, L->len - count);
}

static int list_ass_slice(MrtList *L, MrtValue slice, MrtValue val)
{
    int64_t start, stop, step, count;
    if (mrt_slice_indices(slice, L->len, &start, &stop, &step, &count) < 0) return -1;
    return mrt_list_ass_indices(mrt_from_obj(L), start, step, count, val);
}

static int list_setitem(MrtValue self, MrtValue key, MrtValue val)
{
    MrtList *L = as_list(self);
    if (mrt_is_ptr(key) && mrt_obj(key)->type == &mrt_type_slice) return list_ass_slice(L, key, val);
    int64_t i;
    int r = seq_index(key, L->len, "list", &i);
    if (r < 0) return -1;
    if (r == 0) {
        mrt_index_error("list assignment");
        return -1;
    }
    if (val) {
        L->items[i] = val;
        return 0;
    }
    return list_replace(L, i, i + 1, 0, NULL);
}

/* ---- slots ---------------------------------------------------------------------- */

static MrtValue list_repr(MrtValue self)
{
    MrtList *L = as_list(self);
    if (L->len == 0) return mrt_str_from_cstr("[]");
    int r = mrt_repr_enter(self);
    if (r < 0) return MRT_ERR;
    if (r > 0) return mrt_str_from_cstr("[...]");
    if (mrt_enter() < 0) {
        mrt_repr_leave(self);
        return MRT_ERR;
    }
    MrtBuf b;
    MrtValue res = MRT_ERR;
    mrt_buf_init(&b, 16);
    if (mrt_buf_adds(&b, "[") < 0) goto out;
    /* re-read len and items each time: an element's repr may mutate the list */
    for (int64_t i = 0; i < L->len; i++) {
        if (i > 0 && mrt_buf_adds(&b, ", ") < 0) goto out;
        MrtValue s = mrt_repr(L->items[i]);
        if (!s || mrt_buf_addv(&b, s) < 0) goto out;
    }
    if (mrt_buf_adds(&b, "]") < 0) goto out;
    res = mrt_buf_finish(&b);
out:
    mrt_leave();
    mrt_repr_leave(self);
    return res;
}

static MrtValue cmp_result(int64_t a, int64_t b, int op)
{
    switch (op) {
    case MRT_CMP_LT:
        return mrt_bool(a < b);
    case MRT_CMP_LE:
        return mrt_bool(a <= b);
    case MRT_CMP_EQ:
        return mrt_bool(a == b);
    case MRT_CMP_NE:
        return mrt_bool(a != b);
    case MRT_CMP_GT:
        return mrt_bool(a > b);
    default:
        return mrt_bool(a >= b);
    }
}

/* Lexicographic comparison shared by list and tuple. Arrays are re-read
 * through the pointers because element comparisons may mutate lists. */
MrtValue mrt_seq_richcmp(MrtValue *const *va, const int64_t *vn, MrtValue *const *wa, const int64_t *wn, int op)
{
    if (*vn != *wn && (op == MRT_CMP_EQ || op == MRT_CMP_NE)) return mrt_bool(op == MRT_CMP_NE);
    if (mrt_enter() < 0) return MRT_ERR;
    int64_t i;
    for (i = 0; i < *vn && i < *wn; i++) {
        MrtValue x = (*va)[i], y = (*wa)[i];
        if (x == y) continue;
        int k = eq_id(x, y);
        if (k < 0) {
            mrt_leave();
            return MRT_ERR;
        }
        if (!k) break;
    }
    mrt_leave();
    if (i >= *vn || i >= *wn) return cmp_result(*vn, *wn, op);
    if (op == MRT_CMP_EQ) return MRT_FALSE;
    if (op == MRT_CMP_NE) return MRT_TRUE;
    return mrt_compare((*va)[i], (*wa)[i], op);
}

static MrtValue list_richcmp(MrtValue a, MrtValue b, int op)
{
    if (!mrt_is_list_any(a) || !mrt_is_list_any(b)) return MRT_NOTIMPL;
    MrtList *x = as_list(a), *y = as_list(b);
    return mrt_seq_richcmp(&x->items, &x->len, &y->items, &y->len, op);
}

void mrt_fill_repeat(MrtValue *dst, int64_t n, int64_t total)
{
    /* dst[0..n) holds one copy; double the filled prefix until total */
    int64_t done = n;
    while (done < total) {
        int64_t c = done < total - done ? done : total - done;
        memcpy(dst + done, dst, (size_t)c * sizeof(MrtValue));
        done += c;
    }
}

static MrtValue list_repeat(MrtList *L, int64_t k)
{
    if (k <= 0 || L->len == 0) return mrt_list_new(0, NULL);
    int64_t total;
    if (mrt_size_mul(L->len, k, &total) < 0) return MRT_ERR;
    MrtValue r = mrt_list_new(total, NULL);
    if (!r) return MRT_ERR;
    memcpy(as_list(r)->items, L->items, (size_t)L->len * sizeof(MrtValue));
    mrt_fill_repeat(as_list(r)->items, L->len, total);
    as_list(r)->len = total;
    return r;
}

/* The repeat count of `seq * v`: 1 ok, 0 not applicable (NOTIMPL), -1 error. */
int mrt_seq_repeat_count(MrtValue v, int64_t *k)
{
    if (mrt_is_index_like(v))
        return mrt_index_overflow(v, k, &mrt_type_OverflowError, mrt_index_overflow_msg) < 0 ? -1 : 1;
    /* a user class may still answer through __rmul__/__mul__ */
    if (mrt_is_ptr(v) && (mrt_obj(v)->type->flags & MRT_TF_USER)) return 0;
    mrt_raise_fmt(&mrt_type_TypeError, "can't multiply sequence by non-int of type '%s'", mrt_type_cname(v));
    return -1;
}

static MrtValue list_binop(MrtValue a, MrtValue b, int op)
{
    if (op == MRT_OP_ADD) {
        if (!mrt_is_list_any(a)) return MRT_NOTIMPL;
        if (!mrt_is_list_any(b)) {
            if (mrt_is_ptr(b) && (mrt_obj(b)->type->flags & MRT_TF_USER)) return MRT_NOTIMPL;
            return mrt_raise_fmt(&mrt_type_TypeError, "can only concatenate list (not \"%s\") to list",
                                 mrt_type_cname(b));
        }
        MrtList *x = as_list(a), *y = as_list(b);
        int64_t n;
        if (mrt_size_add(x->len, y->len, &n) < 0) return MRT_ERR;
        MrtValue r = mrt_list_new(n, NULL);
        if (!r) return MRT_ERR;
        MrtList *R = as_list(r);
        if (x->len) memcpy(R->items, x->items, (size_t)x->len * sizeof(MrtValue));
        if (y->len) memcpy(R->items + x->len, y->items, (size_t)y->len * sizeof(MrtValue));
        R->len = n;
        return r;
    }
    if (op == MRT_OP_MUL) {
        MrtValue seq = mrt_is_list_any(a) ? a : b, other = seq == a ? b : a;
        int64_t k;
        int r = mrt_seq_repeat_count(other, &k);
        if (r <= 0) return r < 0 ? MRT_ERR : MRT_NOTIMPL;
        return list_repeat(as_list(seq), k);
    }
    return MRT_NOTIMPL;
}

static MrtValue list_inplace(MrtValue a, MrtValue b, int op)
{
    if (!mrt_is_list_any(a)) return MRT_NOTIMPL;
    MrtList *L = as_list(a);
    if (op == MRT_OP_ADD) return mrt_list_extend(a, b) < 0 ? MRT_ERR : a;
    if (op == MRT_OP_MUL) {
        int64_t k;
        int r = mrt_seq_repeat_count(b, &k);
        if (r <= 0) return r < 0 ? MRT_ERR : MRT_NOTIMPL;
        if (k <= 0 || L->len == 0) return list_resize(L, 0) < 0 ? MRT_ERR : a;
        int64_t n = L->len, total;
        if (mrt_size_mul(n, k, &total) < 0 || list_resize(L, total) < 0) return MRT_ERR;
        mrt_fill_repeat(L->items, n, total);
        return a;
    }
    return MRT_NOTIMPL;
}

static int list_truthy(MrtValue self) { return as_list(self)->len != 0; }
static int64_t list_len(MrtValue self) { return as_list(self)->len; }

static int list_contains(MrtValue self, MrtValue x)
{
    MrtList *L = as_list(self);
    for (int64_t i = 0; i < L->len; i++) {
        int r = eq_id(L->items[i], x);
        if (r) return r;
    }
    return 0;
}

/* ---- iterators ------------------------------------------------------------------ */

typedef struct ListIter {
    MrtObject ob;
    MrtValue seq; /* 0 once exhausted: later appends are not seen */
    int64_t index;
} ListIter;

static MrtValue iter_self(MrtValue self) { return self; }

static MrtValue listiter_next(MrtValue self)
{
    ListIter *it = (ListIter *)mrt_obj(self);
    if (!it->seq) return MRT_STOP;
    MrtList *L = as_list(it->seq);
    if (it->index < L->len) return L->items[it->index++];
    it->seq = 0;
    return MRT_STOP;
}

static MrtValue listreviter_next(MrtValue self)
{
    ListIter *it = (ListIter *)mrt_obj(self);
    if (!it->seq) return MRT_STOP;
    MrtList *L = as_list(it->seq);
    if (it->index >= 0 && it->index < L->len) return L->items[it->index--];
    it->seq = 0;
    return MRT_STOP;
}

MrtType mrt_type_list_iterator = {
    .ob = {&mrt_type_type},
    .name = "list_iterator",
    .base = &mrt_type_object,
    .flags = MRT_TF_NOSUBCLASS,
    .basicsize = sizeof(ListIter),
    .iter = iter_self,
    .next = listiter_next,
};

MrtType mrt_type_list_reverseiterator = {
    .ob = {&mrt_type_type},
    .name = "list_reverseiterator",
    .base = &mrt_type_object,
    .flags = MRT_TF_NOSUBCLASS,
    .basicsize = sizeof(ListIter),
    .iter = iter_self,
    .next = listreviter_next,
};

static MrtValue list_iter(MrtValue self)
{
    ListIter *it = mrt_alloc(&mrt_type_list_iterator, sizeof(ListIter));
    if (!it) return MRT_ERR;
    it->seq = self;
    return mrt_from_obj(it);
}

static MrtValue list_reversed_iter(MrtValue self)
{
    ListIter *it = mrt_alloc(&mrt_type_list_reverseiterator, sizeof(ListIter));
    if (!it) return MRT_ERR;
    it->seq = self;
    it->index = as_list(self)->len - 1;
    return mrt_from_obj(it);
}

int mrt_user_init_overrides(MrtType *t, MrtType *base)
{
    if (t == base || !(t->flags & MRT_TF_USER)) return 0;
    MrtValue name = mrt_name("__init__");
    return mrt_type_lookup(t, name) != mrt_type_lookup(base, name);
}

static MrtValue list_new(MrtType *t, int nargs, const MrtValue *args, MrtValue kwnames)
{
    /* a subclass with its own __init__ receives the arguments there */
    int own_init = mrt_user_init_overrides(t, &mrt_type_list);
    if (!own_init && (mrt_arg_nokw("list", kwnames) < 0 || mrt_arg_count(NULL, "list", nargs, 0, 1, 0) < 0))
        return MRT_ERR;
    MrtList *L = list_alloc(t, 0);
    if (!L) return MRT_ERR;
    if (!own_init && nargs == 1 && mrt_list_extend(mrt_from_obj(L), args[0]) < 0) return MRT_ERR;
    return mrt_from_obj(L);
}

/* ---- methods --------------------------------------------------------------------- */

#define SELF as_list(args[0])

static MrtValue m_append(int nargs, const MrtValue *args, MrtValue kw)
{
    if ((nargs != 2 || kw) && mrt_arg_one("list.append", nargs - 1, kw) < 0) return MRT_ERR;
    return mrt_list_append(args[0], args[1]) < 0 ? MRT_ERR : MRT_NONE;
}

static MrtValue m_extend(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_one("list.extend", nargs - 1, kw) < 0) return MRT_ERR;
    return mrt_list_extend(args[0], args[1]) < 0 ? MRT_ERR : MRT_NONE;
}

static const char SSIZE_OVERFLOW[] = "Python int too large to convert to C ssize_t";

static MrtValue m_insert(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_count("list.insert", "insert", nargs - 1, 2, 2, kw) < 0) return MRT_ERR;
    int64_t i;
    if (mrt_index_overflow(args[1], &i, &mrt_type_OverflowError, SSIZE_OVERFLOW) < 0) return MRT_ERR;
    MrtList *L = SELF;
    int64_t n = L->len;
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    } else if (i > n) {
        i = n;
    }
    MrtValue v = args[2];
    return list_replace(L, i, i, 1, &v) < 0 ? MRT_ERR : MRT_NONE;
}

static MrtValue m_remove(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_one("list.remove", nargs - 1, kw) < 0) return MRT_ERR;
    MrtList *L = SELF;
    for (int64_t i = 0; i < L->len; i++) {
        int r = eq_id(L->items[i], args[1]);
        if (r < 0) return MRT_ERR;
        if (r) return list_replace(L, i, i + 1, 0, NULL) < 0 ? MRT_ERR : MRT_NONE;
    }
    return mrt_raise_msg(&mrt_type_ValueError, "list.remove(x): x not in list");
}

static MrtValue m_pop(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_count("list.pop", "pop", nargs - 1, 0, 1, kw) < 0) return MRT_ERR;
    int64_t i = -1;
    if (nargs > 1 && mrt_index_overflow(args[1], &i, &mrt_type_OverflowError, SSIZE_OVERFLOW) < 0) return MRT_ERR;
    MrtList *L = SELF;
    if (L->len == 0) return mrt_raise_msg(&mrt_type_IndexError, "pop from empty list");
    if (i < 0) i += L->len;
    if (i < 0 || i >= L->len) return mrt_raise_msg(&mrt_type_IndexError, "pop index out of range");
    MrtValue v = L->items[i];
    if (i == L->len - 1) return list_resize(L, L->len - 1) < 0 ? MRT_ERR : v;
    return list_replace(L, i, i + 1, 0, NULL) < 0 ? MRT_ERR : v;
}

static MrtValue m_clear(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_none("list.clear", nargs - 1, kw) < 0) return MRT_ERR;
    MrtList *L = SELF;
    L->items = NULL;
    L->len = L->cap = 0;
    return MRT_NONE;
}

/* start/stop arguments of index(): clamped, then made relative to n. */
int mrt_seq_index_bounds(int nargs, const MrtValue *args, int64_t n, int64_t *start, int64_t *stop)
{
    *start = 0;
    *stop = INT64_MAX;
    for (int k = 0; k < 2 && k < nargs; k++) {
        int64_t *dst = k == 0 ? start : stop;
        if (!mrt_is_index_like(args[k])) {
            mrt_raise_msg(&mrt_type_TypeError, "slice indices must be integers or have an __index__ method");
            return -1;
        }
        if (mrt_slice_index_clamped(args[k], dst) < 0) return -1;
        if (*dst < 0) {
            *dst += n;
            if (*dst < 0) *dst = 0;
        }
    }
    return 0;
}

static MrtValue m_index(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_count("list.index", "index", nargs - 1, 1, 3, kw) < 0) return MRT_ERR;
    MrtList *L = SELF;
    int64_t start, stop;
    if (mrt_seq_index_bounds(nargs - 2, args + 2, L->len, &start, &stop) < 0) return MRT_ERR;
    for (int64_t i = start; i < stop && i < L->len; i++) {
        int r = eq_id(L->items[i], args[1]);
        if (r < 0) return MRT_ERR;
        if (r) return mrt_int_from_i64(i);
    }
    return mrt_raise_fmt(&mrt_type_ValueError, "%R is not in list", args[1]);
}

static MrtValue m_count(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_one("list.count", nargs - 1, kw) < 0) return MRT_ERR;
    MrtList *L = SELF;
    int64_t c = 0;
    for (int64_t i = 0; i < L->len; i++) {
        int r = eq_id(L->items[i], args[1]);
        if (r < 0) return MRT_ERR;
        c += r;
    }
    return mrt_int_from_i64(c);
}

static MrtValue m_reverse(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_none("list.reverse", nargs - 1, kw) < 0) return MRT_ERR;
    MrtList *L = SELF;
    for (int64_t i = 0, j = L->len - 1; i < j; i++, j--) {
        MrtValue t = L->items[i];
        L->items[i] = L->items[j];
        L->items[j] = t;
    }
    return MRT_NONE;
}

static MrtValue m_copy(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_none("list.copy", nargs - 1, kw) < 0) return MRT_ERR;
    return list_copy_range(SELF, 0, SELF->len);
}

/* list.__init__(self, iterable=()): what a subclass's super().__init__() reaches. */
static MrtValue m_init(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_nokw("list", kw) < 0 || mrt_arg_count(NULL, "list", nargs - 1, 0, 1, 0) < 0) return MRT_ERR;
    if (list_resize(SELF, 0) < 0) return MRT_ERR;
    if (nargs == 2 && mrt_list_extend(args[0], args[1]) < 0) return MRT_ERR;
    return MRT_NONE;
}

static MrtValue m_reversed(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_none("list.__reversed__", nargs - 1, kw) < 0) return MRT_ERR;
    return list_reversed_iter(args[0]);
}

/* Dunders a subclass may call explicitly (list.__getitem__(self, i)). */
static MrtValue m_getitem(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_one("list.__getitem__", nargs - 1, kw) < 0) return MRT_ERR;
    return mrt_list_getitem(args[0], args[1]);
}

static MrtValue m_setitem(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_count("list.__setitem__", "__setitem__", nargs - 1, 2, 2, kw) < 0) return MRT_ERR;
    return list_setitem(args[0], args[1], args[2]) < 0 ? MRT_ERR : MRT_NONE;
}

static MrtValue m_delitem(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_one("list.__delitem__", nargs - 1, kw) < 0) return MRT_ERR;
    return list_setitem(args[0], args[1], 0) < 0 ? MRT_ERR : MRT_NONE;
}

static MrtValue m_len(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_none("list.__len__", nargs - 1, kw) < 0) return MRT_ERR;
    return mrt_int_from_i64(SELF->len);
}

static MrtValue m_contains(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_one("list.__contains__", nargs - 1, kw) < 0) return MRT_ERR;
    int r = list_contains(args[0], args[1]);
    return r < 0 ? MRT_ERR : mrt_bool(r);
}

static MrtValue m_iter(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_none("list.__iter__", nargs - 1, kw) < 0) return MRT_ERR;
    return list_iter(args[0]);
}

static const MrtMethodDef list_methods[] = {
    {"append", m_append, 0},
    {"extend", m_extend, 0},
    {"insert", m_insert, 0},
    {"remove", m_remove, 0},
    {"pop", m_pop, 0},
    {"clear", m_clear, 0},
    {"index", m_index, 0},
    {"count", m_count, 0},
    {"sort", mrt_list_sort_method, 0},
    {"reverse", m_reverse, 0},
    {"copy", m_copy, 0},
    {"__reversed__", m_reversed, 0},
    {"__init__", m_init, 0},
    {"__getitem__", m_getitem, 0},
    {"__setitem__", m_setitem, 0},
    {"__delitem__", m_delitem, 0},
    {"__len__", m_len, 0},
    {"__contains__", m_contains, 0},
    {"__iter__", m_iter, 0},
    {NULL, NULL, 0},
};

MrtType mrt_type_list = {
    .ob = {&mrt_type_type},
    .name = "list",
    .base = &mrt_type_object,
    .basicsize = sizeof(MrtList),
    .repr = list_repr,
    .richcmp = list_richcmp,
    .binop = list_binop,
    .inplace = list_inplace,
    .truthy = list_truthy,
    .len = list_len,
    .getitem = mrt_list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .iter = list_iter,
    .tp_new = list_new,
    .methods = list_methods,
};

/* ---- slice assignment without a slice object (mrt_setslice) ------------------- */

/* a[start:...:step] = val (val 0: del) for resolved indices; list_ass_slice
 * and the compiler's slice ops without slice objects both end here. */
int mrt_list_ass_indices(MrtValue list, int64_t start, int64_t step, int64_t count, MrtValue val)
{
    MrtList *L = as_list(list);
    int64_t n = 0;
    MrtValue *src = NULL;
    if (step == 1) {
        if (val && seq_fast(val, L, "can only assign an iterable", &n, &src) < 0) return -1;
        /* s[5:2] = x inserts before 5 */
        return list_replace(L, start, start + count, n, src);
    }
    if (!val) return list_del_extended(L, start, step, count);
    if (seq_fast(val, L, "must assign iterable to extended slice", &n, &src) < 0) return -1;
    if (n != count) {
        mrt_raise_fmt(&mrt_type_ValueError, "attempt to assign sequence of size %ld to extended slice of size %ld",
                      (long)n, (long)count);
        return -1;
    }
    for (int64_t k = 0, i = start; k < count; k++, i += step) L->items[i] = src[k];
    return 0;
}
