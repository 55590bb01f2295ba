/* mrt_dict.c — the dict type: an insertion-ordered compact hash table (an
 * entries array in insertion order plus an index table, as CPython's design),
 * its key/value/item views and their iterators. */
#include "mrt_containers.h"

#define IX_EMPTY      (-1)
#define IX_DUMMY      (-2)
#define PERTURB_SHIFT 5
#define LOG2_MINSIZE  3
#define USABLE(size)  (((size) << 1) / 3)

static inline MrtDict *as_dict(MrtValue v) { return (MrtDict *)mrt_obj(v); }

/* ---- the index table -------------------------------------------------------
 * Held in an atomic (unscanned) block after an object header; 32-bit slots
 * unless the table is too big for them. */
static inline int wide(const MrtDict *d) { return d->log2size >= 31; }
static inline char *ix_base(const MrtDict *d) { return (char *)d->indices + sizeof(MrtObject); }
static inline int64_t ix_get(const MrtDict *d, uint64_t i)
{
    return wide(d) ? ((int64_t *)ix_base(d))[i] : ((int32_t *)ix_base(d))[i];
}
static inline void ix_set(MrtDict *d, uint64_t i, int64_t ix)
{
    if (wide(d))
        ((int64_t *)ix_base(d))[i] = ix;
    else
        ((int32_t *)ix_base(d))[i] = (int32_t)ix;
}

static inline int64_t key_hash(MrtValue k)
{
    if (mrt_is_small(k)) {
        int64_t i = mrt_small_val(k);
        return i == -1 ? -2 : i;
    }
    if (mrt_is_str(k)) {
        int64_t h = ((MrtStr *)mrt_obj(k))->hash;
        if (h != -1) return h;
    }
    return mrt_hash(k);
}

/* Keys equal? -1 error. Identity first, as mrt_eq (NaN included). */
static inline int key_eq(MrtValue a, MrtValue b)
{
    if (a == b) return 1;
    if (mrt_is_small(a) && mrt_is_small(b)) return 0;
    if (mrt_is_str(a) && mrt_is_str(b)) return mrt_str_eq(a, b);
    return mrt_eq(a, b);
}

/* First slot whose index is free (empty or dummy) for hash. */
static uint64_t find_free_slot(MrtDict *d, int64_t hash)
{
    uint64_t mask = ((uint64_t)1 << d->log2size) - 1, i = (uint64_t)hash & mask, perturb = (uint64_t)hash;
    while (ix_get(d, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Smallest table (log2) with at least minsize slots. */
static int log2_for(int64_t minsize)
{
    int lg = LOG2_MINSIZE;
    while (((int64_t)1 << lg) < minsize) lg++;
    return lg;
}

/* Rebuild with 1 << lg index slots, compacting the live entries in order. */
static int dict_resize(MrtDict *d, int lg)
{
    int64_t size = (int64_t)1 << lg, cap = USABLE(size);
    int64_t ibytes, ebytes;
    if (mrt_size_mul(size, lg >= 31 ? 8 : 4, &ibytes) < 0 ||
        mrt_size_mul(cap, (int64_t)sizeof(MrtDictEntry), &ebytes) < 0)
        return -1;
    void *indices = mrt_alloc_atomic(&mrt_type_dict, sizeof(MrtObject) + (size_t)ibytes);
    MrtDictEntry *entries = mrt_gc_malloc((size_t)ebytes);
    if (!indices || !entries) return -1;
    MrtDictEntry *old = d->entries;
    int64_t n = 0;
    for (int64_t i = 0; i < d->nentries; i++)
        if (old[i].key) entries[n++] = old[i];
    d->indices = indices;
    d->log2size = lg;
    memset(ix_base(d), 0xFF, (size_t)ibytes); /* all IX_EMPTY */
    d->entries = entries;
    d->nentries = n;
    d->usable = cap - n;
    for (int64_t i = 0; i < n; i++) ix_set(d, find_free_slot(d, entries[i].hash), i);
    return 0;
}

/* Room for n more insertions without further resizes. */
static int dict_presize(MrtDict *d, int64_t extra)
{
    if (d->usable >= extra) return 0;
    int64_t want;
    if (mrt_size_add(d->used, extra, &want) < 0 || mrt_size_mul(want, 3, &want) < 0) return -1;
    return dict_resize(d, log2_for((want + 1) / 2));
}

/* The entry index the last d.get(k) or d[k] found, in whichever dict: a
 * guess for the next d[k] = v. `d[k] = d.get(k, 0) + 1` and `d[k] += 1`
 * then store without a second hash and probe. Only a hint: the store uses
 * it when the entry at that index of its own dict holds the very key
 * object, which is exactly when that entry is the key's (a dict holds a key
 * once); so it needs no invalidation and keeps nothing alive. Attribute and
 * global lookups leave it alone. */
static int64_t last_hit;

/* Entry index of key (>= 0), IX_EMPTY if absent, or -3 on error. A key's
 * __eq__ may mutate the dict: the probe restarts when it did. */
#define LOOKUP_ERR (-3)
static int64_t dict_lookup_ix(MrtDict *d, MrtValue key, int64_t hash, uint64_t *slot)
{
restart:
    if (!d->indices) return IX_EMPTY;
    uint64_t mask = ((uint64_t)1 << d->log2size) - 1, i = (uint64_t)hash & mask, perturb = (uint64_t)hash;
    for (;;) {
        int64_t ix = ix_get(d, i);
        if (ix == IX_EMPTY) return IX_EMPTY;
        if (ix >= 0) {
            MrtDictEntry *e = &d->entries[ix];
            MrtValue k = e->key;
            if (k == key) {
                if (slot) *slot = i;
                return ix;
            }
            if (e->hash == hash) {
                MrtDictEntry *ents = d->entries;
                int c = key_eq(k, key);
                if (c < 0) return LOOKUP_ERR;
                if (d->entries != ents || ents[ix].key != k) goto restart;
                if (c) {
                    if (slot) *slot = i;
                    return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static int dict_insert(MrtDict *d, MrtValue key, int64_t hash, MrtValue value)
{
    int64_t ix = dict_lookup_ix(d, key, hash, NULL);
    if (ix == LOOKUP_ERR) return -1;
    if (ix >= 0) {
        d->entries[ix].value = value;
        return 0;
    }
    if (d->usable <= 0) {
        int64_t want;
        if (mrt_size_mul(d->used, 3, &want) < 0 || dict_resize(d, log2_for(want)) < 0) return -1;
    }
    int64_t n = d->nentries;
    d->entries[n].key = key;
    d->entries[n].value = value;
    d->entries[n].hash = hash;
    ix_set(d, find_free_slot(d, hash), n);
    d->nentries = n + 1;
    d->used++;
    d->usable--;
    return 0;
}

static void dict_delete_at(MrtDict *d, int64_t ix, uint64_t slot)
{
    ix_set(d, slot, IX_DUMMY);
    d->entries[ix].key = 0;
    d->entries[ix].value = 0;
    d->used--;
}

static void dict_clear(MrtDict *d)
{
    d->indices = NULL;
    d->entries = NULL;
    d->log2size = 0;
    d->used = d->nentries = d->usable = 0;
}

static MrtValue key_error(MrtValue key)
{
    MrtValue e = mrt_exc_new(&mrt_type_KeyError, 1, &key);
    return e ? mrt_raise(e) : MRT_ERR;
}

/* ---- public C API --------------------------------------------------------------- */

static MrtDict *dict_alloc(MrtType *t)
{
    size_t size = t->basicsize > sizeof(MrtDict) ? t->basicsize : sizeof(MrtDict);
    return mrt_alloc(t, size);
}

MrtValue mrt_dict_new(void)
{
    MrtDict *d = dict_alloc(&mrt_type_dict);
    return d ? mrt_from_obj(d) : MRT_ERR;
}

int mrt_dict_lookup_hash(MrtValue d, MrtValue key, int64_t hash, MrtValue *out)
{
    int64_t ix = dict_lookup_ix(as_dict(d), key, hash, NULL);
    if (ix == LOOKUP_ERR) return -1;
    if (ix < 0) return 0;
    *out = as_dict(d)->entries[ix].value;
    return 1;
}

int mrt_dict_lookup(MrtValue d, MrtValue key, MrtValue *out)
{
    int64_t h = key_hash(key);
    if (h == -1) return -1;
    return mrt_dict_lookup_hash(d, key, h, out);
}

MrtValue mrt_dict_get(MrtValue d, MrtValue key)
{
    MrtValue v;
    return mrt_dict_lookup(d, key, &v) > 0 ? v : 0;
}

int mrt_dict_set(MrtValue d, MrtValue key, MrtValue v)
{
    int64_t h = key_hash(key);
    if (h == -1) return -1;
    return dict_insert(as_dict(d), key, h, v);
}

int mrt_dict_del(MrtValue d, MrtValue key)
{
    int64_t h = key_hash(key);
    if (h == -1) return -1;
    uint64_t slot;
    int64_t ix = dict_lookup_ix(as_dict(d), key, h, &slot);
    if (ix == LOOKUP_ERR) return -1;
    if (ix < 0) return 1;
    dict_delete_at(as_dict(d), ix, slot);
    return 0;
}

int64_t mrt_dict_len(MrtValue d) { return as_dict(d)->used; }

int mrt_dict_next_hash(MrtValue d, int64_t *pos, MrtValue *key, MrtValue *val, int64_t *hash)
{
    MrtDict *D = as_dict(d);
    while (*pos < D->nentries) {
        MrtDictEntry *e = &D->entries[(*pos)++];
        if (e->key) {
            if (key) *key = e->key;
            if (val) *val = e->value;
            if (hash) *hash = e->hash;
            return 1;
        }
    }
    return 0;
}

int mrt_dict_next(MrtValue d, int64_t *pos, MrtValue *key, MrtValue *val)
{
    return mrt_dict_next_hash(d, pos, key, val, NULL);
}

/* Insert every entry of dict src (reusing stored hashes). */
static int merge_dict(MrtDict *d, MrtValue src)
{
    if (&d->ob == mrt_obj(src)) return 0;
    MrtDict *s = as_dict(src);
    if (dict_presize(d, s->used) < 0) return -1;
    for (int64_t i = 0; i < s->nentries; i++) { /* re-read: __eq__ may mutate src */
        MrtDictEntry e = s->entries[i];
        if (e.key && dict_insert(d, e.key, e.hash, e.value) < 0) return -1;
    }
    return 0;
}

/* A mapping that is not a dict: for k in m.keys(): d[k] = m[k]. */
static int merge_mapping(MrtDict *d, MrtValue m, MrtValue keysfn)
{
    MrtValue keys = mrt_call0(keysfn);
    if (!keys) return -1;
    MrtValue it = mrt_iter(keys);
    if (!it) return -1;
    for (;;) {
        MrtValue k = mrt_next(it);
        if (k == MRT_STOP) return 0;
        if (!k) return -1;
        MrtValue v = mrt_getitem(m, k);
        if (!v || mrt_dict_set(mrt_from_obj(d), k, v) < 0) return -1;
    }
}

/* An iterable of key/value pairs, with CPython's messages for bad elements. */
static int merge_pairs(MrtDict *d, MrtValue seq)
{
    MrtValue it = mrt_iter(seq);
    if (!it) return -1;
    for (int64_t idx = 0;; idx++) {
        MrtValue item = mrt_next(it);
        if (item == MRT_STOP) return 0;
        if (!item) return -1;
        int64_t n;
        MrtValue *kv;
        if (mrt_seq_as_array(item, &n, &kv) < 0) {
            MrtValue iit = mrt_iter(item);
            if (!iit) {
                if (mrt_exc_matches(mrt_cur_exc, mrt_from_obj(&mrt_type_TypeError)) == 1) {
                    mrt_exc_fetch();
                    mrt_raise_fmt(&mrt_type_TypeError,
                                  "cannot convert dictionary update sequence element #%ld to a sequence", (long)idx);
                }
                return -1;
            }
            MrtValue l = mrt_list_from_iter(iit);
            if (!l) return -1;
            mrt_seq_as_array(l, &n, &kv);
        }
        if (n != 2) {
            mrt_raise_fmt(&mrt_type_ValueError, "dictionary update sequence element #%ld has length %ld; 2 is required",
                          (long)idx, (long)n);
            return -1;
        }
        if (mrt_dict_set(mrt_from_obj(d), kv[0], kv[1]) < 0) return -1;
    }
}

static int dict_update_arg(MrtDict *d, MrtValue other)
{
    if (mrt_is_dict_any(other)) return merge_dict(d, other);
    if (!mrt_is_list_any(other) && !mrt_is_tuple_any(other)) {
        MrtValue keys = mrt_getattr_default(other, mrt_name("keys"), MRT_UNBOUND);
        if (!keys) return -1;
        if (keys != MRT_UNBOUND) return merge_mapping(d, other, keys);
    }
    return merge_pairs(d, other);
}

int mrt_dict_update(MrtValue d, MrtValue other) { return dict_update_arg(as_dict(d), other); }

/* The keyword arguments of a call: names in kwnames, values in kwvals. */
static int update_kwargs(MrtDict *d, MrtValue kwnames, const MrtValue *kwvals)
{
    int64_t n = mrt_kwcount(kwnames);
    MrtTuple *names = n ? (MrtTuple *)mrt_obj(kwnames) : NULL;
    for (int64_t i = 0; i < n; i++)
        if (mrt_dict_set(mrt_from_obj(d), names->items[i], kwvals[i]) < 0) return -1;
    return 0;
}

MrtValue mrt_dict_copy(MrtValue src)
{
    MrtValue r = mrt_dict_new();
    if (!r || merge_dict(as_dict(r), src) < 0) return MRT_ERR;
    return r;
}

/* ---- slots ------------------------------------------------------------------------ */

static MrtValue dict_repr(MrtValue self)
{
    MrtDict *d = as_dict(self);
    if (d->used == 0) return mrt_str_from_cstr("{}");
    int r = mrt_repr_enter(self);
    if (r < 0) return MRT_ERR;
    if (r > 0) return mrt_str_from_cstr("{...}");
    MrtValue res = MRT_ERR;
    if (mrt_enter() < 0) goto leave;
    MrtBuf b;
    mrt_buf_init(&b, 16);
    if (mrt_buf_adds(&b, "{") < 0) goto out;
    int64_t pos = 0;
    MrtValue k, v;
    for (int first = 1; mrt_dict_next(self, &pos, &k, &v); first = 0) {
        if (!first && mrt_buf_adds(&b, ", ") < 0) goto out;
        MrtValue ks = mrt_repr(k);
        if (!ks || mrt_buf_addv(&b, ks) < 0 || mrt_buf_adds(&b, ": ") < 0) goto out;
        MrtValue vs = mrt_repr(v);
        if (!vs || mrt_buf_addv(&b, vs) < 0) goto out;
    }
    if (mrt_buf_adds(&b, "}") < 0) goto out;
    res = mrt_buf_finish(&b);
out:
    mrt_leave();
leave:
    mrt_repr_leave(self);
    return res;
}

/* a == b for two dicts: same size and every key maps to an equal value. */
static int dict_equal(MrtDict *a, MrtDict *b)
{
    if (a->used != b->used) return 0;
    if (mrt_enter() < 0) return -1;
    int res = 1;
    for (int64_t i = 0; i < a->nentries && res == 1; i++) {
        MrtDictEntry e = a->entries[i];
        if (!e.key) continue;
        MrtValue bv;
        int found = mrt_dict_lookup_hash(mrt_from_obj(b), e.key, e.hash, &bv);
        if (found <= 0) {
            res = found;
            break;
        }
        if (bv == e.value) continue;
        res = mrt_eq(e.value, bv);
    }
    mrt_leave();
    return res;
}

static MrtValue dict_richcmp(MrtValue a, MrtValue b, int op)
{
    if (!mrt_is_dict_any(a) || !mrt_is_dict_any(b) || (op != MRT_CMP_EQ && op != MRT_CMP_NE)) return MRT_NOTIMPL;
    int r = dict_equal(as_dict(a), as_dict(b));
    if (r < 0) return MRT_ERR;
    return mrt_bool(op == MRT_CMP_EQ ? r : !r);
}

static MrtValue dict_binop(MrtValue a, MrtValue b, int op)
{
    if (op != MRT_OP_OR || !mrt_is_dict_any(a) || !mrt_is_dict_any(b)) return MRT_NOTIMPL;
    MrtValue r = mrt_dict_copy(a);
    if (!r || merge_dict(as_dict(r), b) < 0) return MRT_ERR;
    return r;
}

static MrtValue dict_inplace(MrtValue a, MrtValue b, int op)
{
    if (op != MRT_OP_OR || !mrt_is_dict_any(a)) return MRT_NOTIMPL;
    return dict_update_arg(as_dict(a), b) < 0 ? MRT_ERR : a;
}

static int dict_truthy(MrtValue self) { return as_dict(self)->used != 0; }
static int64_t dict_len(MrtValue self) { return as_dict(self)->used; }

static MrtValue dict_getitem(MrtValue self, MrtValue key)
{
    int64_t h = key_hash(key);
    if (h == -1) return MRT_ERR;
    int64_t ix = dict_lookup_ix(as_dict(self), key, h, NULL);
    if (ix >= 0) return as_dict(self)->entries[last_hit = ix].value;
    return ix == LOOKUP_ERR ? MRT_ERR : key_error(key);
}

static int dict_setitem(MrtValue self, MrtValue key, MrtValue val)
{
    MrtDict *d = as_dict(self);
    if (val && last_hit < d->nentries && d->entries[last_hit].key == key) { /* see last_hit */
        d->entries[last_hit].value = val;
        return 0;
    }
    if (val) return mrt_dict_set(self, key, val);
    int r = mrt_dict_del(self, key);
    if (r == 1) key_error(key);
    return r ? -1 : 0;
}

static int dict_contains(MrtValue self, MrtValue key)
{
    MrtValue v;
    return mrt_dict_lookup(self, key, &v);
}

/* ---- iterators ------------------------------------------------------------------- */

typedef struct DictIter {
    MrtObject ob;
    MrtValue dict; /* 0 once exhausted */
    int64_t pos;   /* next entry (forward) or this entry (reverse) */
    int64_t used;  /* dict size when created; -1 after a size change (sticky) */
    int64_t left;  /* entries still expected */
} DictIter;

static MrtValue iter_self(MrtValue self) { return self; }

/* The next live entry, NULL when exhausted or on error (mrt_cur_exc set). */
static MrtDictEntry *diter_step(DictIter *it, int *err)
{
    *err = 0;
    if (!it->dict) return NULL;
    MrtDict *d = as_dict(it->dict);
    if (it->used != d->used) {
        mrt_raise_msg(&mrt_type_RuntimeError, "dictionary changed size during iteration");
        it->used = -1;
        *err = 1;
        return NULL;
    }
    int64_t i = it->pos;
    while (i < d->nentries && !d->entries[i].key) i++;
    if (i >= d->nentries) {
        it->dict = 0;
        return NULL;
    }
    if (it->left == 0) { /* a deleted key was replaced by a new one */
        mrt_raise_msg(&mrt_type_RuntimeError, "dictionary keys changed during iteration");
        it->dict = 0;
        *err = 1;
        return NULL;
    }
    it->pos = i + 1;
    it->left--;
    return &d->entries[i];
}

static MrtDictEntry *diter_step_rev(DictIter *it, int *err)
{
    *err = 0;
    if (!it->dict) return NULL;
    MrtDict *d = as_dict(it->dict);
    if (it->used != d->used) {
        mrt_raise_msg(&mrt_type_RuntimeError, "dictionary changed size during iteration");
        it->used = -1;
        *err = 1;
        return NULL;
    }
    int64_t i = it->pos < d->nentries ? it->pos : d->nentries - 1;
    while (i >= 0 && !d->entries[i].key) i--;
    if (i < 0) {
        it->dict = 0;
        return NULL;
    }
    it->pos = i - 1;
    it->left--;
    return &d->entries[i];
}

static MrtValue item_tuple(MrtDictEntry *e)
{
    MrtValue kv[2] = {e->key, e->value};
    return mrt_tuple_new(2, kv);
}

#define ITER_NEXT(fname, step, expr)                                                                                   \
    static MrtValue fname(MrtValue self)                                                                               \
    {                                                                                                                  \
        int err;                                                                                                       \
        MrtDictEntry *e = step((DictIter *)mrt_obj(self), &err);                                                       \
        if (!e) return err ? MRT_ERR : MRT_STOP;                                                                       \
        return expr;                                                                                                   \
    }
ITER_NEXT(keyiter_next, diter_step, e->key)
ITER_NEXT(valueiter_next, diter_step, e->value)
ITER_NEXT(itemiter_next, diter_step, item_tuple(e))
ITER_NEXT(revkeyiter_next, diter_step_rev, e->key)
ITER_NEXT(revvalueiter_next, diter_step_rev, e->value)
ITER_NEXT(revitemiter_next, diter_step_rev, item_tuple(e))

#define ITER_TYPE(cname, pyname, nextfn)                                                                               \
    MrtType cname = {                                                                                                  \
        .ob = {&mrt_type_type},                                                                                        \
        .name = pyname,                                                                                                \
        .base = &mrt_type_object,                                                                                      \
        .flags = MRT_TF_NOSUBCLASS,                                                                                    \
        .basicsize = sizeof(DictIter),                                                                                 \
        .iter = iter_self,                                                                                             \
        .next = nextfn,                                                                                                \
    };
ITER_TYPE(mrt_type_dict_keyiterator, "dict_keyiterator", keyiter_next)
ITER_TYPE(mrt_type_dict_valueiterator, "dict_valueiterator", valueiter_next)
ITER_TYPE(mrt_type_dict_itemiterator, "dict_itemiterator", itemiter_next)
ITER_TYPE(mrt_type_dict_reversekeyiterator, "dict_reversekeyiterator", revkeyiter_next)
ITER_TYPE(mrt_type_dict_reversevalueiterator, "dict_reversevalueiterator", revvalueiter_next)
ITER_TYPE(mrt_type_dict_reverseitemiterator, "dict_reverseitemiterator", revitemiter_next)

static MrtValue dict_iter_new(MrtValue dict, MrtType *t, int reverse)
{
    DictIter *it = mrt_alloc(t, sizeof(DictIter));
    if (!it) return MRT_ERR;
    MrtDict *d = as_dict(dict);
    it->dict = dict;
    it->used = d->used;
    it->left = d->used;
    it->pos = reverse ? d->nentries - 1 : 0;
    return mrt_from_obj(it);
}

static MrtValue dict_iter(MrtValue self) { return dict_iter_new(self, &mrt_type_dict_keyiterator, 0); }

/* ---- views ---------------------------------------------------------------------------- */

static MrtValue view_new(MrtValue dict, MrtType *t)
{
    MrtDictView *v = mrt_alloc(t, sizeof(MrtDictView));
    if (!v) return MRT_ERR;
    v->dict = dict;
    return mrt_from_obj(v);
}

static inline MrtValue view_dict(MrtValue v) { return ((MrtDictView *)mrt_obj(v))->dict; }
static inline int is_view(MrtValue v, MrtType *t) { return mrt_is_ptr(v) && mrt_obj(v)->type == t; }
static inline int is_setlike_view(MrtValue v)
{
    return is_view(v, &mrt_type_dict_keys) || is_view(v, &mrt_type_dict_items);
}

static int64_t view_len(MrtValue self) { return as_dict(view_dict(self))->used; }
static int view_truthy(MrtValue self) { return as_dict(view_dict(self))->used != 0; }

static MrtValue keys_iter(MrtValue self) { return dict_iter_new(view_dict(self), &mrt_type_dict_keyiterator, 0); }
static MrtValue values_iter(MrtValue self) { return dict_iter_new(view_dict(self), &mrt_type_dict_valueiterator, 0); }
static MrtValue items_iter(MrtValue self) { return dict_iter_new(view_dict(self), &mrt_type_dict_itemiterator, 0); }

static int keys_contains(MrtValue self, MrtValue key) { return dict_contains(view_dict(self), key); }

static int items_contains(MrtValue self, MrtValue item)
{
    if (!mrt_is_tuple_any(item) || ((MrtTuple *)mrt_obj(item))->len != 2) return 0;
    MrtTuple *t = (MrtTuple *)mrt_obj(item);
    MrtValue v;
    int r = mrt_dict_lookup(view_dict(self), t->items[0], &v);
    if (r <= 0) return r;
    if (v == t->items[1]) return 1;
    return mrt_eq(v, t->items[1]);
}

/* "dict_keys([...])": the type name around the repr of list(view). */
static MrtValue view_repr(MrtValue self)
{
    int r = mrt_repr_enter(self);
    if (r < 0) return MRT_ERR;
    if (r > 0) return mrt_str_from_cstr("...");
    MrtValue res = MRT_ERR, l = mrt_list_from_iter(self);
    if (l) {
        MrtValue s = mrt_repr(l);
        if (s) res = mrt_str_printf("%s(%S)", mrt_type_cname(self), s);
    }
    mrt_repr_leave(self);
    return res;
}

/* every item of a is in b */
static int all_contained_in(MrtValue a, MrtValue b)
{
    MrtValue it = mrt_iter(a);
    if (!it) return -1;
    for (;;) {
        MrtValue x = mrt_next(it);
        if (x == MRT_STOP) return 1;
        if (!x) return -1;
        int r = mrt_contains(b, x);
        if (r <= 0) return r;
    }
}

static MrtValue view_richcmp(MrtValue a, MrtValue b, int op)
{
    if (!is_setlike_view(a) || !(mrt_is_anyset(b) || is_setlike_view(b))) return MRT_NOTIMPL;
    int64_t la = mrt_len(a), lb = mrt_len(b);
    if (la < 0 || lb < 0) return MRT_ERR;
    int ok = 0;
    switch (op) {
    case MRT_CMP_EQ:
    case MRT_CMP_NE:
        if (la == lb) ok = all_contained_in(a, b);
        if (ok < 0) return MRT_ERR;
        if (op == MRT_CMP_NE) ok = !ok;
        break;
    case MRT_CMP_LT:
        if (la < lb) ok = all_contained_in(a, b);
        break;
    case MRT_CMP_LE:
        if (la <= lb) ok = all_contained_in(a, b);
        break;
    case MRT_CMP_GT:
        if (la > lb) ok = all_contained_in(b, a);
        break;
    default:
        if (la >= lb) ok = all_contained_in(b, a);
        break;
    }
    if (ok < 0) return MRT_ERR;
    return mrt_bool(ok);
}

/* A new set holding the left operand (a view or any iterable). */
static MrtValue view_to_set(MrtValue v)
{
    if (is_view(v, &mrt_type_dict_keys)) v = view_dict(v);
    return mrt_set_new_of(&mrt_type_set, v);
}

/* Symmetric difference of two items views, as CPython's dictitems_xor. */
static MrtValue items_xor(MrtValue a, MrtValue b)
{
    MrtValue tmp = mrt_dict_copy(view_dict(a));
    MrtValue res = mrt_set_new_of(&mrt_type_set, 0);
    if (!tmp || !res) return MRT_ERR;
    MrtValue d2 = view_dict(b), k, v2;
    int64_t pos = 0, h;
    while (mrt_dict_next_hash(d2, &pos, &k, &v2, &h)) {
        MrtValue v1;
        int found = mrt_dict_lookup_hash(tmp, k, h, &v1);
        if (found < 0) return MRT_ERR;
        int same = 0;
        if (found) {
            same = (v1 == v2) ? 1 : mrt_eq(v1, v2);
            if (same < 0) return MRT_ERR;
        }
        if (same) {
            uint64_t slot;
            int64_t ix = dict_lookup_ix(as_dict(tmp), k, h, &slot);
            if (ix == LOOKUP_ERR) return MRT_ERR;
            if (ix >= 0) dict_delete_at(as_dict(tmp), ix, slot);
        } else {
            MrtValue kv[2] = {k, v2};
            MrtValue pair = mrt_tuple_new(2, kv);
            if (!pair || mrt_set_add(res, pair) < 0) return MRT_ERR;
        }
    }
    MrtValue rest = view_new(tmp, &mrt_type_dict_items);
    if (!rest || mrt_set_update_from(res, rest) < 0) return MRT_ERR;
    return res;
}

/* a & b where one side is a keys/items view (CPython's _PyDictView_Intersect). */
static MrtValue view_and(MrtValue a, MrtValue b)
{
    if (!is_setlike_view(a)) {
        MrtValue t = a;
        a = b;
        b = t;
    }
    int64_t la = view_len(a);
    if (mrt_is_ptr(b) && mrt_obj(b)->type == &mrt_type_set) {
        int64_t lb = mrt_len(b);
        if (lb < 0) return MRT_ERR;
        if (la <= lb) return mrt_set_intersection_with(b, a);
    }
    if (is_setlike_view(b) && view_len(b) > la) {
        MrtValue t = a;
        a = b;
        b = t;
    }
    MrtValue res = mrt_set_new_of(&mrt_type_set, 0);
    MrtValue it = res ? mrt_iter(b) : MRT_ERR;
    if (!it) return MRT_ERR;
    int keys = is_view(a, &mrt_type_dict_keys);
    for (;;) {
        MrtValue x = mrt_next(it);
        if (x == MRT_STOP) return res;
        if (!x) return MRT_ERR;
        int r = keys ? keys_contains(a, x) : items_contains(a, x);
        if (r < 0 || (r && mrt_set_add(res, x) < 0)) return MRT_ERR;
    }
}

static MrtValue view_binop(MrtValue a, MrtValue b, int op)
{
    MrtValue res;
    switch (op) {
    case MRT_OP_AND:
        return view_and(a, b);
    case MRT_OP_OR:
        res = view_to_set(a);
        if (!res || mrt_set_update_from(res, b) < 0) return MRT_ERR;
        return res;
    case MRT_OP_SUB:
        res = view_to_set(a);
        if (!res || mrt_set_difference_update_from(res, b) < 0) return MRT_ERR;
        return res;
    case MRT_OP_XOR:
        if (is_view(a, &mrt_type_dict_items) && is_view(b, &mrt_type_dict_items)) return items_xor(a, b);
        res = view_to_set(a);
        if (!res || mrt_set_symdiff_update_from(res, b) < 0) return MRT_ERR;
        return res;
    default:
        return MRT_NOTIMPL;
    }
}

static MrtValue v_isdisjoint(int nargs, const MrtValue *args, MrtValue kw)
{
    const char *q = is_view(args[0], &mrt_type_dict_keys) ? "dict_keys.isdisjoint" : "dict_items.isdisjoint";
    if (mrt_arg_one(q, nargs - 1, kw) < 0) return MRT_ERR;
    MrtValue self = args[0], other = args[1];
    if (self == other) return mrt_bool(view_len(self) == 0);
    /* iterate the shorter side when containment is cheap on both */
    if (mrt_is_anyset(other) || is_setlike_view(other)) {
        int64_t lo = mrt_len(other);
        if (lo < 0) return MRT_ERR;
        if (lo > view_len(self)) {
            MrtValue t = self;
            self = other;
            other = t;
        }
    }
    MrtValue it = mrt_iter(other);
    if (!it) return MRT_ERR;
    for (;;) {
        MrtValue x = mrt_next(it);
        if (x == MRT_STOP) return MRT_TRUE;
        if (!x) return MRT_ERR;
        int r = mrt_contains(self, x);
        if (r < 0) return MRT_ERR;
        if (r) return MRT_FALSE;
    }
}

static MrtValue v_reversed(int nargs, const MrtValue *args, MrtValue kw)
{
    MrtType *vt = mrt_obj(args[0])->type;
    MrtType *it = vt == &mrt_type_dict_keys     ? &mrt_type_dict_reversekeyiterator
                  : vt == &mrt_type_dict_values ? &mrt_type_dict_reversevalueiterator
                                                : &mrt_type_dict_reverseitemiterator;
    if (mrt_arg_none(vt == &mrt_type_dict_keys     ? "dict_keys.__reversed__"
                     : vt == &mrt_type_dict_values ? "dict_values.__reversed__"
                                                   : "dict_items.__reversed__",
                     nargs - 1, kw) < 0)
        return MRT_ERR;
    return dict_iter_new(view_dict(args[0]), it, 1);
}

static const MrtMethodDef setview_methods[] = {
    {"isdisjoint", v_isdisjoint, 0},
    {"__reversed__", v_reversed, 0},
    {NULL, NULL, 0},
};
static const MrtMethodDef values_methods[] = {
    {"__reversed__", v_reversed, 0},
    {NULL, NULL, 0},
};

MrtType mrt_type_dict_keys = {
    .ob = {&mrt_type_type},
    .name = "dict_keys",
    .base = &mrt_type_object,
    .flags = MRT_TF_NOSUBCLASS,
    .basicsize = sizeof(MrtDictView),
    .repr = view_repr,
    .richcmp = view_richcmp,
    .binop = view_binop,
    .truthy = view_truthy,
    .len = view_len,
    .contains = keys_contains,
    .iter = keys_iter,
    .methods = setview_methods,
};

MrtType mrt_type_dict_items = {
    .ob = {&mrt_type_type},
    .name = "dict_items",
    .base = &mrt_type_object,
    .flags = MRT_TF_NOSUBCLASS,
    .basicsize = sizeof(MrtDictView),
    .repr = view_repr,
    .richcmp = view_richcmp,
    .binop = view_binop,
    .truthy = view_truthy,
    .len = view_len,
    .contains = items_contains,
    .iter = items_iter,
    .methods = setview_methods,
};

MrtType mrt_type_dict_values = {
    .ob = {&mrt_type_type},
    .name = "dict_values",
    .base = &mrt_type_object,
    .flags = MRT_TF_NOSUBCLASS,
    .basicsize = sizeof(MrtDictView),
    .repr = view_repr,
    .truthy = view_truthy,
    .len = view_len,
    .iter = values_iter,
    .methods = values_methods,
};

/* ---- constructor and methods ------------------------------------------------------------ */

static MrtValue dict_tp_new(MrtType *t, int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (mrt_arg_count(NULL, "dict", nargs, 0, 1, 0) < 0) return MRT_ERR;
    MrtDict *d = dict_alloc(t);
    if (!d) return MRT_ERR;
    if (nargs == 1 && dict_update_arg(d, args[0]) < 0) return MRT_ERR;
    if (update_kwargs(d, kwnames, args + nargs) < 0) return MRT_ERR;
    return mrt_from_obj(d);
}

#define SELF as_dict(args[0])

static MrtValue m_get(int nargs, const MrtValue *args, MrtValue kw)
{
    if ((kw || nargs < 2 || nargs > 3) && mrt_arg_count("dict.get", "get", nargs - 1, 1, 2, kw) < 0) return MRT_ERR;
    int64_t h = key_hash(args[1]);
    if (h == -1) return MRT_ERR;
    int64_t ix = dict_lookup_ix(SELF, args[1], h, NULL);
    if (ix >= 0) return SELF->entries[last_hit = ix].value;
    if (ix == LOOKUP_ERR) return MRT_ERR;
    return nargs > 2 ? args[2] : MRT_NONE;
}

static MrtValue m_setdefault(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_count("dict.setdefault", "setdefault", nargs - 1, 1, 2, kw) < 0) return MRT_ERR;
    MrtValue v, dflt = nargs > 2 ? args[2] : MRT_NONE;
    int64_t h = key_hash(args[1]);
    if (h == -1) return MRT_ERR;
    int r = mrt_dict_lookup_hash(args[0], args[1], h, &v);
    if (r < 0) return MRT_ERR;
    if (r) return v;
    return dict_insert(SELF, args[1], h, dflt) < 0 ? MRT_ERR : dflt;
}

static MrtValue m_pop(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_count("dict.pop", "pop", nargs - 1, 1, 2, kw) < 0) return MRT_ERR;
    int64_t h = key_hash(args[1]);
    if (h == -1) return MRT_ERR;
    uint64_t slot;
    int64_t ix = dict_lookup_ix(SELF, args[1], h, &slot);
    if (ix == LOOKUP_ERR) return MRT_ERR;
    if (ix < 0) return nargs > 2 ? args[2] : key_error(args[1]);
    MrtValue v = SELF->entries[ix].value;
    dict_delete_at(SELF, ix, slot);
    return v;
}

static MrtValue m_popitem(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_none("dict.popitem", nargs - 1, kw) < 0) return MRT_ERR;
    MrtDict *d = SELF;
    if (d->used == 0) {
        MrtValue msg = mrt_str_from_cstr("popitem(): dictionary is empty");
        return msg ? key_error(msg) : MRT_ERR;
    }
    int64_t i = d->nentries - 1;
    while (i >= 0 && !d->entries[i].key) i--;
    MrtDictEntry *e = &d->entries[i];
    MrtValue pair = item_tuple(e);
    if (!pair) return MRT_ERR;
    /* find the index slot that points at entry i */
    uint64_t mask = ((uint64_t)1 << d->log2size) - 1, j = (uint64_t)e->hash & mask, perturb = (uint64_t)e->hash;
    while (ix_get(d, j) != i) {
        perturb >>= PERTURB_SHIFT;
        j = (j * 5 + perturb + 1) & mask;
    }
    dict_delete_at(d, i, j);
    d->nentries = i; /* LIFO: the slot is reused by the next insertion */
    return pair;
}

static MrtValue m_update(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_count(NULL, "update", nargs - 1, 0, 1, 0) < 0) return MRT_ERR;
    if (nargs == 2 && dict_update_arg(SELF, args[1]) < 0) return MRT_ERR;
    return update_kwargs(SELF, kw, args + nargs) < 0 ? MRT_ERR : MRT_NONE;
}

static MrtValue m_keys(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_none("dict.keys", nargs - 1, kw) < 0) return MRT_ERR;
    return view_new(args[0], &mrt_type_dict_keys);
}

static MrtValue m_values(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_none("dict.values", nargs - 1, kw) < 0) return MRT_ERR;
    return view_new(args[0], &mrt_type_dict_values);
}

static MrtValue m_items(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_none("dict.items", nargs - 1, kw) < 0) return MRT_ERR;
    return view_new(args[0], &mrt_type_dict_items);
}

static MrtValue m_copy(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_none("dict.copy", nargs - 1, kw) < 0) return MRT_ERR;
    return mrt_dict_copy(args[0]);
}

static MrtValue m_clear(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_none("dict.clear", nargs - 1, kw) < 0) return MRT_ERR;
    dict_clear(SELF);
    return MRT_NONE;
}

/* dict.fromkeys(iterable, value=None): a classmethod, args[0] is the class. */
static MrtValue m_fromkeys(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_count("dict.fromkeys", "fromkeys", nargs - 1, 1, 2, kw) < 0) return MRT_ERR;
    MrtValue cls = args[0], val = nargs > 2 ? args[2] : MRT_NONE;
    MrtValue d = mrt_call0(cls);
    if (!d) return MRT_ERR;
    int fast = mrt_is_dict_any(d);
    if (fast && mrt_is_dict_any(args[1])) { /* reuse the stored hashes */
        MrtValue k;
        int64_t pos = 0, h;
        if (dict_presize(as_dict(d), as_dict(args[1])->used) < 0) return MRT_ERR;
        while (mrt_dict_next_hash(args[1], &pos, &k, NULL, &h))
            if (dict_insert(as_dict(d), k, h, val) < 0) return MRT_ERR;
        return d;
    }
    MrtValue it = mrt_iter(args[1]);
    if (!it) return MRT_ERR;
    for (;;) {
        MrtValue k = mrt_next(it);
        if (k == MRT_STOP) return d;
        if (!k) return MRT_ERR;
        if ((fast ? mrt_dict_set(d, k, val) : mrt_setitem(d, k, val)) < 0) return MRT_ERR;
    }
}

static MrtValue m_contains(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_one("dict.__contains__", nargs - 1, kw) < 0) return MRT_ERR;
    int r = dict_contains(args[0], args[1]);
    return r < 0 ? MRT_ERR : mrt_bool(r);
}

static MrtValue m_getitem(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_one("dict.__getitem__", nargs - 1, kw) < 0) return MRT_ERR;
    return dict_getitem(args[0], args[1]);
}

static MrtValue m_setitem(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_count("dict.__setitem__", "__setitem__", nargs - 1, 2, 2, kw) < 0) return MRT_ERR;
    return mrt_dict_set(args[0], args[1], args[2]) < 0 ? MRT_ERR : MRT_NONE;
}

static MrtValue m_delitem(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_one("dict.__delitem__", nargs - 1, kw) < 0) return MRT_ERR;
    return dict_setitem(args[0], args[1], 0) < 0 ? MRT_ERR : MRT_NONE;
}

static MrtValue m_len(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_none("dict.__len__", nargs - 1, kw) < 0) return MRT_ERR;
    return mrt_int_from_i64(SELF->used);
}

static MrtValue m_iter(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_none("dict.__iter__", nargs - 1, kw) < 0) return MRT_ERR;
    return dict_iter(args[0]);
}

static MrtValue m_reversed(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_none("dict.__reversed__", nargs - 1, kw) < 0) return MRT_ERR;
    return dict_iter_new(args[0], &mrt_type_dict_reversekeyiterator, 1);
}

static const MrtMethodDef dict_methods[] = {
    {"get", m_get, 0},
    {"keys", m_keys, 0},
    {"values", m_values, 0},
    {"items", m_items, 0},
    {"setdefault", m_setdefault, 0},
    {"pop", m_pop, 0},
    {"popitem", m_popitem, 0},
    {"update", m_update, 0},
    {"copy", m_copy, 0},
    {"clear", m_clear, 0},
    {"fromkeys", m_fromkeys, MRT_METH_CLASS},
    {"__contains__", m_contains, 0},
    {"__getitem__", m_getitem, 0},
    {"__setitem__", m_setitem, 0},
    {"__delitem__", m_delitem, 0},
    {"__len__", m_len, 0},
    {"__iter__", m_iter, 0},
    {"__reversed__", m_reversed, 0},
    {NULL, NULL, 0},
};

MrtType mrt_type_dict = {
    .ob = {&mrt_type_type},
    .name = "dict",
    .base = &mrt_type_object,
    .basicsize = sizeof(MrtDict),
    .repr = dict_repr,
    .richcmp = dict_richcmp,
    .binop = dict_binop,
    .inplace = dict_inplace,
    .truthy = dict_truthy,
    .len = dict_len,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
    .iter = dict_iter,
    .tp_new = dict_tp_new,
    .methods = dict_methods,
};
