/* mrt_iters.c — the lazy iterator types behind the builtins enumerate, zip,
 * map, filter and reversed. Each is its own iterator (iter returns self). */
#include "mrt_bi.h"

static int64_t kw_count(MrtValue kwnames) { return kwnames ? ((MrtTuple *)mrt_obj(kwnames))->len : 0; }

static MrtValue no_keywords(const char *fname)
{
    return mrt_raise_fmt(&mrt_type_TypeError, "%s() takes no keyword arguments", fname);
}

static MrtValue iter_self(MrtValue self) { return self; }

/* Hashed by identity, like every object without __eq__. */
static int64_t identity_hash(MrtValue self) { return (int64_t)(self >> 4); }

/* Items for a call with n arguments: a small stack buffer, else GC memory. */
#define SMALL_N 8

/* ---- enumerate ------------------------------------------------------------- */

typedef struct {
    MrtObject ob;
    MrtValue it, count;
} MrtEnumerate;

/* Follows CPython 3.11's argument handling, quirks included: a keyword
 * `iterable` next to a positional one, or `start` without an iterable, is
 * reported as an invalid keyword. */
static MrtValue enumerate_new(MrtType *t, int nargs, const MrtValue *args, MrtValue kwnames)
{
    int64_t nkw = kw_count(kwnames);
    MrtValue iterable = nargs > 0 ? args[0] : 0, start = nargs > 1 ? args[1] : 0;
    if (nargs + nkw > 2)
        return mrt_raise_fmt(&mrt_type_TypeError, "enumerate() takes at most 2 arguments (%ld given)", nargs + nkw);
    for (int64_t j = 0; j < nkw; j++) {
        MrtValue name = ((MrtTuple *)mrt_obj(kwnames))->items[j];
        const char *s = mrt_str_data(name);
        if (strcmp(s, "iterable") == 0 && nargs == 0)
            iterable = args[nargs + j];
        else if (strcmp(s, "start") == 0 && nargs < 2 && (nargs == 1 || nkw == 2))
            start = args[nargs + j];
        else
            return mrt_raise_fmt(&mrt_type_TypeError, "'%S' is an invalid keyword argument for enumerate()", name);
    }
    if (!iterable) return mrt_raise_msg(&mrt_type_TypeError, "enumerate() missing required argument 'iterable'");
    MrtValue it = mrt_iter(iterable); /* before start's type check, as CPython */
    if (!it) return MRT_ERR;
    MrtValue count = mrt_small(0);
    if (start) {
        if (mrt_int_is(start)) {
            count = mrt_is_bool(start) ? mrt_small(start == MRT_TRUE) : start;
        } else {
            int64_t n;
            if (mrt_as_index(start, &n) < 0) return MRT_ERR;
            count = mrt_int_from_i64(n);
        }
    }
    MrtEnumerate *e = mrt_alloc(&mrt_type_enumerate, sizeof(MrtEnumerate));
    if (!e) return MRT_ERR;
    e->it = it;
    e->count = count;
    return mrt_from_obj(e);
}

static MrtValue enumerate_next(MrtValue self)
{
    MrtEnumerate *e = (MrtEnumerate *)mrt_obj(self);
    MrtValue v = mrt_next(e->it);
    if (v == MRT_STOP || !v) return v;
    MrtValue pair[2] = {e->count, v};
    MrtValue next = mrt_add(e->count, mrt_small(1));
    if (!next) return MRT_ERR;
    e->count = next;
    return mrt_tuple_new(2, pair);
}

MrtType mrt_type_enumerate = {
    .ob = {&mrt_type_type},
    .base = &mrt_type_object,
    .name = "enumerate",
    .flags = MRT_TF_NOSUBCLASS,
    .basicsize = sizeof(MrtEnumerate),
    .hash = identity_hash,
    .iter = iter_self,
    .next = enumerate_next,
    .tp_new = enumerate_new,
};

/* ---- zip ------------------------------------------------------------------- */

typedef struct {
    MrtObject ob;
    int n;
    int strict;
    MrtValue its[];
} MrtZip;

/* Allocate an object whose flexible array holds n iterators of args. */
static void *alloc_with_iters(MrtType *t, size_t head, int n, const MrtValue *args, MrtValue **its)
{
    int64_t size;
    if (mrt_size_mul(n, (int64_t)sizeof(MrtValue), &size) < 0 || mrt_size_add(size, (int64_t)head, &size) < 0)
        return NULL;
    char *o = mrt_alloc(t, (size_t)size);
    if (!o) return NULL;
    *its = (MrtValue *)(o + head);
    for (int i = 0; i < n; i++)
        if (!((*its)[i] = mrt_iter(args[i]))) return NULL;
    return o;
}

static MrtValue zip_new(MrtType *t, int nargs, const MrtValue *args, MrtValue kwnames)
{
    static const char *const kwlist[] = {"strict", NULL};
    MrtValue kw[1];
    /* zip(*iterables, strict=False): parse only the keywords after the positionals */
    if (mrt_parse_args("zip", 0, args + nargs, kwnames, 0, 0, kwlist, kw) < 0) return MRT_ERR;
    int strict = 0;
    if (kw[0] && (strict = mrt_truthy(kw[0])) < 0) return MRT_ERR;
    MrtValue *its;
    MrtZip *z = alloc_with_iters(&mrt_type_zip, sizeof(MrtZip), nargs, args, &its);
    if (!z) return MRT_ERR;
    z->n = nargs;
    z->strict = strict;
    return mrt_from_obj(z);
}

/* strict=True and iterator i ran out: the others must be exhausted too. */
static MrtValue zip_strict_end(MrtZip *z, int i)
{
    if (i > 0)
        return mrt_raise_fmt(&mrt_type_ValueError, "zip() argument %d is shorter than argument%s%d", i + 1,
                             i == 1 ? " " : "s 1-", i);
    for (i = 1; i < z->n; i++) {
        MrtValue v = mrt_next(z->its[i]);
        if (!v) return MRT_ERR;
        if (v != MRT_STOP)
            return mrt_raise_fmt(&mrt_type_ValueError, "zip() argument %d is longer than argument%s%d", i + 1,
                                 i == 1 ? " " : "s 1-", i);
    }
    return MRT_STOP;
}

static MrtValue zip_next(MrtValue self)
{
    MrtZip *z = (MrtZip *)mrt_obj(self);
    if (z->n == 0) return MRT_STOP;
    MrtValue small[SMALL_N], *items = small;
    if (z->n > SMALL_N && !(items = mrt_gc_malloc((size_t)z->n * sizeof(MrtValue))))
        return mrt_raise_msg(&mrt_type_MemoryError, "");
    for (int i = 0; i < z->n; i++) {
        MrtValue v = mrt_next(z->its[i]);
        if (!v) return MRT_ERR;
        if (v == MRT_STOP) return z->strict ? zip_strict_end(z, i) : MRT_STOP;
        items[i] = v;
    }
    return mrt_tuple_new(z->n, items);
}

MrtType mrt_type_zip = {
    .ob = {&mrt_type_type},
    .base = &mrt_type_object,
    .name = "zip",
    .flags = MRT_TF_NOSUBCLASS,
    .basicsize = sizeof(MrtZip),
    .hash = identity_hash,
    .iter = iter_self,
    .next = zip_next,
    .tp_new = zip_new,
};

/* ---- map ------------------------------------------------------------------- */

typedef struct {
    MrtObject ob;
    MrtValue fn;
    int n;
    MrtValue its[];
} MrtMap;

static MrtValue map_new(MrtType *t, int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (kw_count(kwnames)) return no_keywords("map");
    if (nargs < 2) return mrt_raise_msg(&mrt_type_TypeError, "map() must have at least two arguments.");
    MrtValue *its;
    MrtMap *m = alloc_with_iters(&mrt_type_map, sizeof(MrtMap), nargs - 1, args + 1, &its);
    if (!m) return MRT_ERR;
    m->fn = args[0];
    m->n = nargs - 1;
    return mrt_from_obj(m);
}

/* A StopIteration escaping the function called by map() or filter() ends
 * the iteration, as it does in CPython (the consumer sees it from __next__). */
static MrtValue stop_is_end(MrtValue r)
{
    if (!r && mrt_isinstance_of(mrt_cur_exc, &mrt_type_StopIteration)) {
        mrt_exc_fetch();
        return MRT_STOP;
    }
    return r;
}

static MrtValue map_next(MrtValue self)
{
    MrtMap *m = (MrtMap *)mrt_obj(self);
    MrtValue small[SMALL_N], *items = small;
    if (m->n > SMALL_N && !(items = mrt_gc_malloc((size_t)m->n * sizeof(MrtValue))))
        return mrt_raise_msg(&mrt_type_MemoryError, "");
    for (int i = 0; i < m->n; i++) {
        MrtValue v = mrt_next(m->its[i]);
        if (v == MRT_STOP || !v) return v;
        items[i] = v;
    }
    return stop_is_end(mrt_call(m->fn, m->n, items, 0));
}

MrtType mrt_type_map = {
    .ob = {&mrt_type_type},
    .base = &mrt_type_object,
    .name = "map",
    .flags = MRT_TF_NOSUBCLASS,
    .basicsize = sizeof(MrtMap),
    .hash = identity_hash,
    .iter = iter_self,
    .next = map_next,
    .tp_new = map_new,
};

/* ---- filter ---------------------------------------------------------------- */

typedef struct {
    MrtObject ob;
    MrtValue fn; /* MRT_NONE: keep truthy items */
    MrtValue it;
} MrtFilter;

static MrtValue filter_new(MrtType *t, int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (kw_count(kwnames)) return no_keywords("filter");
    if (nargs != 2) return mrt_raise_fmt(&mrt_type_TypeError, "filter expected 2 arguments, got %d", nargs);
    MrtValue it = mrt_iter(args[1]);
    if (!it) return MRT_ERR;
    MrtFilter *f = mrt_alloc(&mrt_type_filter, sizeof(MrtFilter));
    if (!f) return MRT_ERR;
    /* filter(bool, xs) is filter(None, xs) */
    f->fn = args[0] == mrt_from_obj(&mrt_type_bool) ? MRT_NONE : args[0];
    f->it = it;
    return mrt_from_obj(f);
}

static MrtValue filter_next(MrtValue self)
{
    MrtFilter *f = (MrtFilter *)mrt_obj(self);
    for (;;) {
        MrtValue v = mrt_next(f->it);
        if (v == MRT_STOP || !v) return v;
        MrtValue test = v;
        if (f->fn != MRT_NONE && !(test = mrt_call1(f->fn, v))) return stop_is_end(MRT_ERR);
        int ok = mrt_truthy_fast(test);
        if (ok < 0) return MRT_ERR;
        if (ok) return v;
    }
}

MrtType mrt_type_filter = {
    .ob = {&mrt_type_type},
    .base = &mrt_type_object,
    .name = "filter",
    .flags = MRT_TF_NOSUBCLASS,
    .basicsize = sizeof(MrtFilter),
    .hash = identity_hash,
    .iter = iter_self,
    .next = filter_next,
    .tp_new = filter_new,
};

/* ---- reversed -------------------------------------------------------------- */

typedef struct {
    MrtObject ob;
    MrtValue seq;  /* 0 once exhausted */
    int64_t index; /* next index to yield; -1 when done */
} MrtReversed;

/* Does v support the sequence protocol (len + integer getitem)? Mappings and
 * sets do not, even when they have getitem. */
static int is_sequence(MrtValue v)
{
    MrtType *t = mrt_type_of(v);
    if (t == &mrt_type_list || t == &mrt_type_tuple || t == &mrt_type_str || t == &mrt_type_range ||
        t == &mrt_type_bytes)
        return 1;
    if (mrt_is_subtype(t, &mrt_type_dict)) return 0;
    if (t->flags & MRT_TF_USER)
        return mrt_type_lookup(t, mrt_name("__getitem__")) && mrt_type_lookup(t, mrt_name("__len__"));
    return t->getitem && t->len && !mrt_is_subtype(t, &mrt_type_set) && !mrt_is_subtype(t, &mrt_type_frozenset);
}

static MrtValue reversed_new(MrtType *t, int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (kw_count(kwnames)) return no_keywords("reversed");
    if (nargs != 1) return mrt_raise_fmt(&mrt_type_TypeError, "reversed expected 1 argument, got %d", nargs);
    MrtValue seq = args[0];
    MrtValue rev = mrt_type_lookup(mrt_type_of(seq), mrt_name("__reversed__"));
    if (rev && rev != MRT_NONE) return mrt_call_method(seq, mrt_name("__reversed__"), 0, NULL, 0);
    if (rev == MRT_NONE || !is_sequence(seq))
        return mrt_raise_fmt(&mrt_type_TypeError, "'%T' object is not reversible", seq);
    int64_t n = mrt_len(seq);
    if (n < 0) return MRT_ERR;
    MrtReversed *r = mrt_alloc(&mrt_type_reversed, sizeof(MrtReversed));
    if (!r) return MRT_ERR;
    r->seq = n ? seq : 0;
    r->index = n - 1;
    return mrt_from_obj(r);
}

static MrtValue reversed_next(MrtValue self)
{
    MrtReversed *r = (MrtReversed *)mrt_obj(self);
    if (!r->seq || r->index < 0) return MRT_STOP;
    MrtValue v;
    if (mrt_is_tuple(r->seq)) {
        /* a tuple cannot shrink, so the index is always valid */
        v = ((MrtTuple *)mrt_obj(r->seq))->items[r->index];
    } else {
        v = mrt_getitem(r->seq, mrt_int_from_i64(r->index));
        if (!v) {
            /* the sequence shrank under us: stop, as CPython does */
            if (mrt_bi_exc_pending_is(&mrt_type_IndexError) || mrt_bi_exc_pending_is(&mrt_type_StopIteration)) {
                mrt_exc_fetch();
                r->seq = 0;
                return MRT_STOP;
            }
            return MRT_ERR;
        }
    }
    if (--r->index < 0) r->seq = 0;
    return v;
}

MrtType mrt_type_reversed = {
    .ob = {&mrt_type_type},
    .base = &mrt_type_object,
    .name = "reversed",
    .flags = MRT_TF_NOSUBCLASS,
    .basicsize = sizeof(MrtReversed),
    .hash = identity_hash,
    .iter = iter_self,
    .next = reversed_next,
    .tp_new = reversed_new,
};
