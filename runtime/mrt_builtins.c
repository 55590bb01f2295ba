/* mrt_builtins.c — the general builtin functions (len, min/max, sum, any/all,
 * iter/next, isinstance/issubclass, hash, id, callable, getattr family), the
 * builtin function objects table, and mrt_parse_args. Number, string and
 * container builtins live with their types; print/input/open in mrt_io.c. */
#include "mrt_bi.h"

MrtValue mrt_builtin_objs[MRT_NBUILTINS];

static int64_t kw_count(MrtValue kwnames) { return kwnames ? ((MrtTuple *)mrt_obj(kwnames))->len : 0; }

int mrt_bi_exc_pending_is(MrtType *t) { return mrt_cur_exc && mrt_exc_matches(mrt_cur_exc, mrt_from_obj(t)) == 1; }

/* ---- argument parsing ------------------------------------------------------- */

/* Count errors for functions without keyword parameters, in CPython's wording:
 * METH_NOARGS / METH_O style for 0 or 1 argument, else _PyArg_CheckPositional. */
static int positional_count_error(const char *fname, int nargs, int min_pos, int max_pos)
{
    if (max_pos == 0)
        mrt_raise_fmt(&mrt_type_TypeError, "%s() takes no arguments (%d given)", fname, nargs);
    else if (min_pos == 1 && max_pos == 1)
        mrt_raise_fmt(&mrt_type_TypeError, "%s() takes exactly one argument (%d given)", fname, nargs);
    else {
        int n = nargs < min_pos ? min_pos : max_pos;
        const char *how = min_pos == max_pos ? "" : nargs < min_pos ? "at least " : "at most ";
        mrt_raise_fmt(&mrt_type_TypeError, "%s expected %s%d argument%s, got %d", fname, how, n, n == 1 ? "" : "s",
                      nargs);
    }
    return -1;
}

/* Count errors for functions with keyword parameters (_PyArg_UnpackKeywords). */
static int keyword_count_error(const char *fname, int nargs, int64_t nkw, int min_pos, int max_pos, int nkwlist)
{
    int maxargs = max_pos + nkwlist;
    if (nargs + nkw > maxargs)
        mrt_raise_fmt(&mrt_type_TypeError, "%s() takes at most %d %sargument%s (%ld given)", fname, maxargs,
                      nargs == 0 ? "keyword " : "", maxargs == 1 ? "" : "s", nargs + nkw);
    else if (nargs > max_pos && max_pos == 0)
        mrt_raise_fmt(&mrt_type_TypeError, "%s() takes no positional arguments", fname);
    else if (nargs > max_pos)
        mrt_raise_fmt(&mrt_type_TypeError, "%s() takes %s %d positional argument%s (%d given)", fname,
                      min_pos < max_pos ? "at most" : "exactly", max_pos, max_pos == 1 ? "" : "s", nargs);
    else
        mrt_raise_fmt(&mrt_type_TypeError, "%s() takes %s %d positional argument%s (%d given)", fname,
                      min_pos < max_pos ? "at least" : "exactly", min_pos, min_pos == 1 ? "" : "s", nargs);
    return -1;
}

int mrt_parse_args(const char *fname, int nargs, const MrtValue *args, MrtValue kwnames, int min_pos, int max_pos,
                   const char *const *kwlist, MrtValue *out)
{
    int nkwlist = 0;
    int64_t nkw = kw_count(kwnames);
    while (kwlist && kwlist[nkwlist]) nkwlist++;
    if (nkwlist == 0) {
        if (nkw > 0) {
            mrt_raise_fmt(&mrt_type_TypeError, "%s() takes no keyword arguments", fname);
            return -1;
        }
        if (nargs < min_pos || nargs > max_pos) return positional_count_error(fname, nargs, min_pos, max_pos);
    } else if (nargs < min_pos || nargs > max_pos || nargs + nkw > max_pos + nkwlist) {
        return keyword_count_error(fname, nargs, nkw, min_pos, max_pos, nkwlist);
    }
    for (int i = 0; i < max_pos + nkwlist; i++) out[i] = i < nargs ? args[i] : 0;
    for (int64_t j = 0; j < nkw; j++) {
        MrtValue name = ((MrtTuple *)mrt_obj(kwnames))->items[j];
        int k = 0;
        while (k < nkwlist && strcmp(kwlist[k], mrt_str_data(name)) != 0) k++;
        if (k == nkwlist) {
            mrt_raise_fmt(&mrt_type_TypeError, "'%S' is an invalid keyword argument for %s()", name, fname);
            return -1;
        }
        out[max_pos + k] = args[nargs + j];
    }
    return 0;
}

/* ---- helpers ------------------------------------------------------------------ */

/* Builtin types answer by their slot; user classes by their dunder, so a
 * generic trampoline in the slot cannot make every instance look capable. */
static int type_has(MrtType *t, int has_slot, const char *dunder)
{
    if (t->flags & MRT_TF_USER) return mrt_type_lookup(t, mrt_intern(dunder)) != 0;
    return has_slot;
}

static int is_type_obj(MrtValue v) { return mrt_isinstance_of(v, &mrt_type_type); }

/* What mrt_call accepts: builtins and bound methods directly, else the call slot. */
static int is_callable(MrtValue v)
{
    MrtType *t = mrt_type_of(v);
    if (t == &mrt_type_builtin_function || t == &mrt_type_method || is_type_obj(v)) return 1;
    return type_has(t, t->call != NULL, "__call__");
}

/* ---- len, hash, id, callable ------------------------------------------------ */

MrtValue mrt_bi_len(int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (nargs == 1 && !kwnames) { /* len(s), len(xs): no argument parsing */
        if (mrt_is_str(args[0])) return mrt_small(((MrtStr *)mrt_obj(args[0]))->len);
        return mrt_len_obj(args[0]);
    }
    MrtValue a[1];
    if (mrt_parse_args("len", nargs, args, kwnames, 1, 1, NULL, a) < 0) return MRT_ERR;
    return mrt_len_obj(a[0]);
}

MrtValue mrt_bi_hash(int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtValue a[1];
    if (mrt_parse_args("hash", nargs, args, kwnames, 1, 1, NULL, a) < 0) return MRT_ERR;
    int64_t h = mrt_hash(a[0]);
    return h == -1 ? MRT_ERR : mrt_int_from_i64(h);
}

/* Objects: their address. Immediates (small ints, floats, singletons): their
 * NaN-boxed bits, which are stable and never collide with an address. */
MrtValue mrt_bi_id(int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtValue a[1];
    if (mrt_parse_args("id", nargs, args, kwnames, 1, 1, NULL, a) < 0) return MRT_ERR;
    return mrt_int_from_u64(a[0]);
}

MrtValue mrt_bi_callable(int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtValue a[1];
    if (mrt_parse_args("callable", nargs, args, kwnames, 1, 1, NULL, a) < 0) return MRT_ERR;
    return mrt_bool(is_callable(a[0]));
}

/* ---- min / max ------------------------------------------------------------------ */

/* min(iterable, *, key=None, default=...) or min(a, b, *rest, key=None); the
 * first of equal extremes wins, as in CPython. */
static MrtValue min_max(int nargs, const MrtValue *args, MrtValue kwnames, int op)
{
    static const char *const kwlist[] = {"key", "default", NULL};
    const char *name = op == MRT_CMP_LT ? "min" : "max";
    MrtValue kw[2];
    if (nargs == 0) return mrt_raise_fmt(&mrt_type_TypeError, "%s expected at least 1 argument, got 0", name);
    if (mrt_parse_args(name, 0, args + nargs, kwnames, 0, 0, kwlist, kw) < 0) return MRT_ERR;
    MrtValue key = kw[0] == MRT_NONE ? 0 : kw[0], dflt = kw[1];
    if (nargs > 1 && dflt)
        return mrt_raise_fmt(&mrt_type_TypeError,
                             "Cannot specify a default for %s() with multiple positional arguments", name);
    MrtValue it = 0, best = 0, bestkey = 0;
    int i = 0;
    if (nargs == 1 && !(it = mrt_iter(args[0]))) return MRT_ERR;
    for (;;) {
        MrtValue item = it ? mrt_next(it) : i < nargs ? args[i++] : MRT_STOP;
        if (!item) return MRT_ERR;
        if (item == MRT_STOP) break;
        MrtValue k = key ? mrt_call1(key, item) : item;
        if (!k) return MRT_ERR;
        if (!best) {
            best = item;
            bestkey = k;
            continue;
        }
        int better = mrt_cmp_fast(k, bestkey, op);
        if (better < 0) return MRT_ERR;
        if (better) {
            best = item;
            bestkey = k;
        }
    }
    if (best) return best;
    if (dflt) return dflt;
    return mrt_raise_fmt(&mrt_type_ValueError, "%s() arg is an empty sequence", name);
}

MrtValue mrt_bi_min(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return min_max(nargs, args, kwnames, MRT_CMP_LT);
}

MrtValue mrt_bi_max(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return min_max(nargs, args, kwnames, MRT_CMP_GT);
}

/* ---- sum -------------------------------------------------------------------------- */

/* Left-to-right `acc + item`, as CPython 3.11 (no fsum for floats). Runs of
 * small ints accumulate in an int64 and runs of floats (with small ints mixed
 * in) in a double; both give exactly what repeated `+` would. */
static MrtValue sum_iter(MrtValue it, MrtValue acc)
{
    MrtValue item = 0;
    for (;;) {
        if (mrt_is_small(acc)) {
            int64_t i = mrt_small_val(acc), r;
            while ((item = mrt_next(it)) && mrt_is_small(item) && !__builtin_add_overflow(i, mrt_small_val(item), &r))
                i = r;
            if (!(acc = mrt_int_from_i64(i))) return MRT_ERR;
        } else if (mrt_is_double(acc)) {
            double d = mrt_f64(acc);
            while ((item = mrt_next(it)) && (mrt_is_double(item) || mrt_is_small(item)))
                d += mrt_is_double(item) ? mrt_f64(item) : (double)mrt_small_val(item);
            acc = mrt_float(d);
        } else {
            item = mrt_next(it);
        }
        if (!item) return MRT_ERR;
        if (item == MRT_STOP) return acc;
        if (!(acc = mrt_add(acc, item))) return MRT_ERR;
    }
}

MrtValue mrt_bi_sum(int nargs, const MrtValue *args, MrtValue kwnames)
{
    static const char *const kwlist[] = {"start", NULL};
    MrtValue a[3];
    int64_t nkw = kw_count(kwnames);
    /* `start` is positional-or-keyword: count it once */
    if (nargs + nkw > 2)
        return mrt_raise_fmt(&mrt_type_TypeError, "sum() takes at most 2 arguments (%ld given)", nargs + nkw);
    if (mrt_parse_args("sum", nargs, args, kwnames, 1, 2, kwlist, a) < 0) return MRT_ERR;
    if (a[1] && a[2])
        return mrt_raise_msg(&mrt_type_TypeError, "argument for sum() given by name ('start') and position (2)");
    MrtValue start = a[1] ? a[1] : a[2] ? a[2] : mrt_small(0);
    if (mrt_isinstance_of(start, &mrt_type_str))
        return mrt_raise_msg(&mrt_type_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (mrt_isinstance_of(start, &mrt_type_bytes))
        return mrt_raise_msg(&mrt_type_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    MrtValue it = mrt_iter(a[0]);
    return it ? sum_iter(it, start) : MRT_ERR;
}

/* ---- any / all ------------------------------------------------------------------- */

/* Stops at the first item whose truth equals `stop_on`. */
static MrtValue any_all(const char *name, int nargs, const MrtValue *args, MrtValue kwnames, int stop_on)
{
    MrtValue a[1];
    if (mrt_parse_args(name, nargs, args, kwnames, 1, 1, NULL, a) < 0) return MRT_ERR;
    MrtValue it = mrt_iter(a[0]);
    if (!it) return MRT_ERR;
    for (;;) {
        MrtValue v = mrt_next(it);
        if (!v) return MRT_ERR;
        if (v == MRT_STOP) return mrt_bool(!stop_on);
        int t = mrt_truthy_fast(v);
        if (t < 0) return MRT_ERR;
        if (t == stop_on) return mrt_bool(stop_on);
    }
}

MrtValue mrt_bi_any(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return any_all("any", nargs, args, kwnames, 1);
}

MrtValue mrt_bi_all(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return any_all("all", nargs, args, kwnames, 0);
}

/* ---- iter / next ------------------------------------------------------------------ */

/* iter(callable, sentinel): calls until the result equals the sentinel. */
typedef struct {
    MrtObject ob;
    MrtValue fn, sentinel; /* fn 0 once exhausted */
} MrtCallIter;

static MrtValue calliter_iter(MrtValue self) { return self; }

/* Hashed by identity, like every object without __eq__. */
static int64_t identity_hash(MrtValue self) { return (int64_t)(self >> 4); }

static MrtValue calliter_next(MrtValue self)
{
    MrtCallIter *c = (MrtCallIter *)mrt_obj(self);
    if (!c->fn) return MRT_STOP;
    MrtValue v = mrt_call0(c->fn);
    if (!v) {
        /* a StopIteration from the callable also ends the iteration */
        if (!mrt_bi_exc_pending_is(&mrt_type_StopIteration)) return MRT_ERR;
        mrt_exc_fetch();
        c->fn = 0;
        return MRT_STOP;
    }
    int eq = v == c->sentinel ? 1 : mrt_eq(c->sentinel, v);
    if (eq < 0) return MRT_ERR;
    if (eq) {
        c->fn = 0;
        return MRT_STOP;
    }
    return v;
}

static MrtType callable_iterator_type = {
    .ob = {&mrt_type_type},
    .base = &mrt_type_object,
    .name = "callable_iterator",
    .flags = MRT_TF_NOSUBCLASS,
    .basicsize = sizeof(MrtCallIter),
    .hash = identity_hash,
    .iter = calliter_iter,
    .next = calliter_next,
};

MrtValue mrt_bi_iter(int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtValue a[2];
    if (mrt_parse_args("iter", nargs, args, kwnames, 1, 2, NULL, a) < 0) return MRT_ERR;
    if (!a[1]) return mrt_iter(a[0]);
    if (!is_callable(a[0])) return mrt_raise_msg(&mrt_type_TypeError, "iter(v, w): v must be callable");
    MrtCallIter *c = mrt_alloc(&callable_iterator_type, sizeof(MrtCallIter));
    if (!c) return MRT_ERR;
    c->fn = a[0];
    c->sentinel = a[1];
    return mrt_from_obj(c);
}

MrtValue mrt_bi_next(int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtValue a[2];
    if (mrt_parse_args("next", nargs, args, kwnames, 1, 2, NULL, a) < 0) return MRT_ERR;
    MrtType *t = mrt_type_of(a[0]);
    if (!type_has(t, t->next != NULL, "__next__"))
        return mrt_raise_fmt(&mrt_type_TypeError, "'%T' object is not an iterator", a[0]);
    MrtValue v = mrt_next(a[0]);
    if (v == MRT_STOP) return a[1] ? a[1] : mrt_stop_iteration(a[0]);
    if (!v && a[1] && mrt_bi_exc_pending_is(&mrt_type_StopIteration)) {
        mrt_exc_fetch();
        return a[1];
    }
    return v;
}

/* ---- the iterator types, called as functions ------------------------------------ */

MrtValue mrt_bi_reversed(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return mrt_type_reversed.tp_new(&mrt_type_reversed, nargs, args, kwnames);
}

MrtValue mrt_bi_enumerate(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return mrt_type_enumerate.tp_new(&mrt_type_enumerate, nargs, args, kwnames);
}

MrtValue mrt_bi_zip(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return mrt_type_zip.tp_new(&mrt_type_zip, nargs, args, kwnames);
}

MrtValue mrt_bi_map(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return mrt_type_map.tp_new(&mrt_type_map, nargs, args, kwnames);
}

MrtValue mrt_bi_filter(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return mrt_type_filter.tp_new(&mrt_type_filter, nargs, args, kwnames);
}

/* ---- isinstance / issubclass ------------------------------------------------------ */

/* Is type `t` a subclass of cls, where cls is a type or a (nested) tuple of
 * types? Checked lazily like CPython: (int, 5) is fine for an int. */
static int subclass_of(MrtType *t, MrtValue cls, const char *err)
{
    if (is_type_obj(cls)) return mrt_is_subtype(t, (MrtType *)mrt_obj(cls));
    if (!mrt_isinstance_of(cls, &mrt_type_tuple)) {
        mrt_raise_msg(&mrt_type_TypeError, err);
        return -1;
    }
    if (mrt_enter() < 0) return -1; /* deeply nested tuples */
    MrtTuple *tup = (MrtTuple *)mrt_obj(cls);
    int r = 0;
    for (int64_t i = 0; i < tup->len && r == 0; i++) r = subclass_of(t, tup->items[i], err);
    mrt_leave();
    return r;
}

MrtValue mrt_bi_isinstance(int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtValue a[2];
    if (mrt_parse_args("isinstance", nargs, args, kwnames, 2, 2, NULL, a) < 0) return MRT_ERR;
    int r = subclass_of(mrt_type_of(a[0]), a[1], "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return r < 0 ? MRT_ERR : mrt_bool(r);
}

/* issubclass checks arg 1 per candidate class, so issubclass(1, ()) is False. */
static int issubclass_rec(MrtValue derived, MrtValue cls)
{
    if (is_type_obj(cls)) {
        if (!is_type_obj(derived)) {
            mrt_raise_msg(&mrt_type_TypeError, "issubclass() arg 1 must be a class");
            return -1;
        }
        return mrt_is_subtype((MrtType *)mrt_obj(derived), (MrtType *)mrt_obj(cls));
    }
    if (!mrt_isinstance_of(cls, &mrt_type_tuple)) {
        if (!is_type_obj(derived))
            mrt_raise_msg(&mrt_type_TypeError, "issubclass() arg 1 must be a class");
        else
            mrt_raise_msg(&mrt_type_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    if (mrt_enter() < 0) return -1;
    MrtTuple *tup = (MrtTuple *)mrt_obj(cls);
    int r = 0;
    for (int64_t i = 0; i < tup->len && r == 0; i++) r = issubclass_rec(derived, tup->items[i]);
    mrt_leave();
    return r;
}

MrtValue mrt_bi_issubclass(int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtValue a[2];
    if (mrt_parse_args("issubclass", nargs, args, kwnames, 2, 2, NULL, a) < 0) return MRT_ERR;
    int r = issubclass_rec(a[0], a[1]);
    return r < 0 ? MRT_ERR : mrt_bool(r);
}

/* ---- getattr / setattr / hasattr -------------------------------------------------- */

/* The interned form of an attribute name given as a value. A name holding a
 * NUL cannot be interned faithfully; no attribute can have it, so report
 * it missing. */
static MrtValue attr_name(MrtValue obj, MrtValue name)
{
    if (!mrt_isinstance_of(name, &mrt_type_str))
        return mrt_raise_fmt(&mrt_type_TypeError, "attribute name must be string, not '%T'", name);
    if (!mrt_is_str(name) && !(name = mrt_str(name))) return MRT_ERR;
    MrtStr *s = (MrtStr *)mrt_obj(name);
    if ((int64_t)strlen(s->data) != s->size)
        return mrt_raise_fmt(&mrt_type_AttributeError, "'%T' object has no attribute %R", obj, name);
    return mrt_intern(s->data);
}

MrtValue mrt_bi_getattr(int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtValue a[3];
    if (mrt_parse_args("getattr", nargs, args, kwnames, 2, 3, NULL, a) < 0) return MRT_ERR;
    MrtValue name = attr_name(a[0], a[1]);
    MrtValue v = name ? mrt_getattr(a[0], name) : MRT_ERR;
    if (!v && a[2] && mrt_bi_exc_pending_is(&mrt_type_AttributeError)) {
        mrt_exc_fetch();
        return a[2];
    }
    return v;
}

MrtValue mrt_bi_setattr(int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtValue a[3];
    if (mrt_parse_args("setattr", nargs, args, kwnames, 3, 3, NULL, a) < 0) return MRT_ERR;
    MrtValue name = attr_name(a[0], a[1]);
    if (!name || mrt_setattr(a[0], name, a[2]) < 0) return MRT_ERR;
    return MRT_NONE;
}

MrtValue mrt_bi_hasattr(int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtValue a[2];
    if (mrt_parse_args("hasattr", nargs, args, kwnames, 2, 2, NULL, a) < 0) return MRT_ERR;
    MrtValue name = attr_name(a[0], a[1]);
    MrtValue v = name ? mrt_getattr(a[0], name) : MRT_ERR;
    if (v) return MRT_TRUE;
    if (!mrt_bi_exc_pending_is(&mrt_type_AttributeError)) return MRT_ERR;
    mrt_exc_fetch();
    return MRT_FALSE;
}

/* ---- the builtin function objects -------------------------------------------------- */

void mrt_builtins_init(void)
{
    mrt_type_ready(&callable_iterator_type);
#define MRT_BI_MAKE(n) mrt_builtin_objs[MRT_BI_##n] = mrt_builtin_new(#n, mrt_bi_##n, 0);
    MRT_BUILTIN_FUNCS(MRT_BI_MAKE)
#undef MRT_BI_MAKE
}
