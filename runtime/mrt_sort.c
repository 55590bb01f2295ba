/* mrt_sort.c — the stable sort behind list.sort and sorted(): a natural merge
 * sort (runs found, short runs extended by binary insertion, then merged),
 * comparing with `<` only, with fast paths for all-int, all-float, all-str keys. */
#include "mrt_containers.h"

#define MIN_RUN 32

typedef struct SortItem {
    MrtValue k; /* what is compared: the key, or the value itself */
    MrtValue v;
} SortItem;

typedef int (*LtFn)(MrtValue a, MrtValue b); /* a < b: 1, 0, or -1 on error */

static int lt_generic(MrtValue a, MrtValue b) { return mrt_compare_bool(a, b, MRT_CMP_LT); }
static int lt_small(MrtValue a, MrtValue b) { return mrt_small_val(a) < mrt_small_val(b); }
static int lt_double(MrtValue a, MrtValue b) { return mrt_f64(a) < mrt_f64(b); }

/* UTF-8 byte order is code point order. */
static int lt_str(MrtValue a, MrtValue b)
{
    MrtStr *x = (MrtStr *)mrt_obj(a), *y = (MrtStr *)mrt_obj(b);
    int64_t n = x->size < y->size ? x->size : y->size;
    int c = memcmp(x->data, y->data, (size_t)n);
    return c < 0 || (c == 0 && x->size < y->size);
}

/* The cheapest comparison valid for every key. */
static LtFn pick_lt(const SortItem *a, int64_t n)
{
    int small = 1, dbl = 1, str = 1;
    for (int64_t i = 0; i < n && (small || dbl || str); i++) {
        MrtValue k = a[i].k;
        small &= mrt_is_small(k);
        dbl &= mrt_is_double(k);
        str &= mrt_is_str(k);
    }
    return small ? lt_small : dbl ? lt_double : str ? lt_str : lt_generic;
}

static void reverse_items(SortItem *a, int64_t n)
{
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
        SortItem t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

/* a[lo..start) is sorted: insert a[start..hi) one by one (stable: after equals). */
static int binary_insertion(SortItem *a, int64_t lo, int64_t start, int64_t hi, LtFn lt)
{
    for (int64_t i = start; i < hi; i++) {
        SortItem pivot = a[i];
        int64_t l = lo, r = i;
        while (l < r) {
            int64_t m = l + (r - l) / 2;
            int c = lt(pivot.k, a[m].k);
            if (c < 0) return -1; /* nothing moved yet: still a permutation */
            if (c)
                r = m;
            else
                l = m + 1;
        }
        memmove(a + l + 1, a + l, (size_t)(i - l) * sizeof(SortItem));
        a[l] = pivot;
    }
    return 0;
}

/* Length of the run starting at lo; a strictly descending run is reversed
 * in place (strictness keeps equal items in order). -1 on error. */
static int64_t count_run(SortItem *a, int64_t lo, int64_t hi, LtFn lt)
{
    int64_t i = lo + 1;
    if (i >= hi) return 1;
    int c = lt(a[i].k, a[lo].k);
    if (c < 0) return -1;
    if (c) {
        while (i + 1 < hi) {
            c = lt(a[i + 1].k, a[i].k);
            if (c < 0) return -1;
            if (!c) break;
            i++;
        }
        reverse_items(a + lo, i + 1 - lo);
    } else {
        while (i + 1 < hi) {
            c = lt(a[i + 1].k, a[i].k);
            if (c < 0) return -1;
            if (c) break;
            i++;
        }
    }
    return i + 1 - lo;
}

/* Merge sorted a[lo..mid) and a[mid..hi) through tmp (room for mid - lo). On
 * error the unmerged rest of the left run is copied back: still a permutation. */
static int merge(SortItem *a, int64_t lo, int64_t mid, int64_t hi, SortItem *tmp, LtFn lt)
{
    int c = lt(a[mid].k, a[mid - 1].k);
    if (c <= 0) return c; /* already in order (or error, nothing moved) */
    int64_t na = mid - lo;
    memcpy(tmp, a + lo, (size_t)na * sizeof(SortItem));
    int64_t i = 0, j = mid, k = lo;
    while (i < na && j < hi) {
        c = lt(a[j].k, tmp[i].k);
        if (c < 0) break;
        a[k++] = c ? a[j++] : tmp[i++]; /* take the right item only when strictly smaller */
    }
    memcpy(a + k, tmp + i, (size_t)(na - i) * sizeof(SortItem));
    return c < 0 ? -1 : 0;
}

static int merge_sort(SortItem *a, int64_t n, LtFn lt)
{
    if (n < 2) return 0;
    int64_t nruns = 0, *runs = mrt_gc_malloc((size_t)(n / MIN_RUN + 2) * sizeof(int64_t));
    if (!runs) return -1;
    /* split into runs of at least MIN_RUN items (except the last) */
    for (int64_t lo = 0; lo < n;) {
        int64_t len = count_run(a, lo, n, lt);
        if (len < 0) return -1;
        if (len < MIN_RUN) {
            int64_t end = lo + MIN_RUN < n ? lo + MIN_RUN : n;
            if (binary_insertion(a, lo, lo + len, end, lt) < 0) return -1;
            len = end - lo;
        }
        runs[nruns++] = lo;
        lo += len;
    }
    runs[nruns] = n;
    int64_t tmp_cap = n / 2 + 1;
    SortItem *tmp = mrt_gc_malloc((size_t)tmp_cap * sizeof(SortItem));
    if (!tmp) return -1;
    /* merge neighbouring runs pairwise until one is left; tmp holds the smaller half */
    while (nruns > 1) {
        int64_t w = 0;
        for (int64_t r = 0; r < nruns; r += 2) {
            if (r + 1 < nruns) {
                int64_t lo = runs[r], mid = runs[r + 1], hi = runs[r + 2];
                if (mid - lo > tmp_cap) { /* left run too big for tmp: grow it */
                    tmp_cap = mid - lo;
                    tmp = mrt_gc_malloc((size_t)tmp_cap * sizeof(SortItem));
                    if (!tmp) return -1;
                }
                if (merge(a, lo, mid, hi, tmp, lt) < 0) return -1;
            }
            runs[w++] = runs[r];
        }
        runs[w] = n;
        nruns = w;
    }
    return 0;
}

int mrt_sort_values(MrtValue *items, int64_t n, MrtValue key, int reverse)
{
    if (n < 2 && (!key || key == MRT_NONE)) return 0;
    int64_t bytes;
    if (mrt_size_mul(n, (int64_t)sizeof(SortItem), &bytes) < 0) return -1;
    SortItem *a = mrt_gc_malloc((size_t)bytes);
    if (!a) return -1;
    for (int64_t i = 0; i < n; i++) {
        a[i].v = items[i];
        if (key && key != MRT_NONE) {
            a[i].k = mrt_call1(key, items[i]);
            if (!a[i].k) return -1; /* items untouched */
        } else {
            a[i].k = items[i];
        }
    }
    /* reverse, sort, reverse: stable for equal keys, as CPython */
    if (reverse) reverse_items(a, n);
    int r = merge_sort(a, n, pick_lt(a, n));
    if (reverse) reverse_items(a, n);
    for (int64_t i = 0; i < n; i++) items[i] = a[i].v;
    return r;
}

int mrt_list_sort(MrtValue list, MrtValue key, int reverse)
{
    MrtList *L = (MrtList *)mrt_obj(list);
    MrtValue *items = L->items;
    int64_t n = L->len, cap = L->cap;
    /* the list looks empty while sorting; cap -1 marks "untouched" so that
     * a key function or __lt__ mutating it is detected */
    L->items = NULL;
    L->len = 0;
    L->cap = -1;
    int r = mrt_sort_values(items, n, key, reverse);
    int modified = L->cap != -1 || L->len != 0 || L->items != NULL;
    L->items = items;
    L->len = n;
    L->cap = cap;
    if (r == 0 && modified) {
        mrt_raise_msg(&mrt_type_ValueError, "list modified during sort");
        return -1;
    }
    return r;
}

/* key= and reverse= (keyword-only) of list.sort and sorted. */
static int sort_kwargs(MrtValue kwnames, const MrtValue *kwvals, MrtValue *key, int *reverse)
{
    *key = 0;
    *reverse = 0;
    int64_t nkw = mrt_kwcount(kwnames);
    MrtTuple *names = nkw ? (MrtTuple *)mrt_obj(kwnames) : NULL;
    for (int64_t i = 0; i < nkw; i++) {
        const char *nm = mrt_str_data(names->items[i]);
        if (!strcmp(nm, "key")) {
            *key = kwvals[i] == MRT_NONE ? 0 : kwvals[i];
        } else if (!strcmp(nm, "reverse")) {
            int64_t rv;
            if (mrt_index_overflow(kwvals[i], &rv, &mrt_type_OverflowError,
                                   "Python int too large to convert to C int") < 0)
                return -1;
            *reverse = rv != 0;
        } else {
            mrt_raise_fmt(&mrt_type_TypeError, "'%s' is an invalid keyword argument for sort()", nm);
            return -1;
        }
    }
    return 0;
}

MrtValue mrt_list_sort_method(int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (nargs > 1) return mrt_raise_msg(&mrt_type_TypeError, "sort() takes no positional arguments");
    MrtValue key;
    int reverse;
    if (sort_kwargs(kwnames, args + nargs, &key, &reverse) < 0) return MRT_ERR;
    return mrt_list_sort(args[0], key, reverse) < 0 ? MRT_ERR : MRT_NONE;
}

/* sorted(iterable, /, *, key=None, reverse=False) */
MrtValue mrt_bi_sorted(int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (nargs != 1) return mrt_raise_fmt(&mrt_type_TypeError, "sorted expected 1 argument, got %d", nargs);
    MrtValue key;
    int reverse;
    if (sort_kwargs(kwnames, args + nargs, &key, &reverse) < 0) return MRT_ERR;
    MrtValue l = mrt_list_new(0, NULL);
    if (!l || mrt_list_extend(l, args[0]) < 0) return MRT_ERR;
    return mrt_list_sort(l, key, reverse) < 0 ? MRT_ERR : l;
}
