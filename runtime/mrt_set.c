/* mrt_set.c — set and frozenset: open addressing with CPython 3.11's table
 * algorithm (sizes, probing, dummies, resize points, the insertion order of
 * every operation), so iteration order matches CPython whenever hashes do. */
#include "mrt_containers.h"

#include <stdio.h>

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

static inline MrtSet *as_set(MrtValue v) { return (MrtSet *)mrt_obj(v); }
static inline int is_frozen_type(MrtType *t)
{
    return t == &mrt_type_frozenset || mrt_is_subtype(t, &mrt_type_frozenset);
}
static inline int is_set_exact_or_sub(MrtValue v)
{
    return mrt_is_ptr(v) && (mrt_obj(v)->type == &mrt_type_set || mrt_is_subtype(mrt_obj(v)->type, &mrt_type_set));
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

static inline int entry_live(const MrtSetEntry *e) { return e->key && e->key != MRT_SET_DUMMY; }

/* ---- the table --------------------------------------------------------------- */

static void set_init_empty(MrtSet *so)
{
    memset(so->smalltable, 0, sizeof(so->smalltable));
    so->table = so->smalltable;
    so->mask = MRT_SET_MINSIZE - 1;
    so->fill = so->used = 0;
}

static MrtSet *set_alloc(MrtType *t)
{
    size_t size = t->basicsize > sizeof(MrtSet) ? t->basicsize : sizeof(MrtSet);
    MrtSet *so = mrt_alloc(t, size);
    if (!so) return NULL;
    set_init_empty(so);
    so->hash = -1;
    return so;
}

/* Place key in the first free slot of a table known to hold no dummies and
 * no equal key: probe LINEAR_PROBES neighbours, then jump. */
static void insert_clean(MrtSetEntry *table, uint64_t mask, MrtValue key, int64_t hash)
{
    uint64_t perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        MrtSetEntry *e = &table[i];
        if (!e->key) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (!e->key) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

/* Rebuild with the smallest table size > minused, dropping dummies. */
static int set_table_resize(MrtSet *so, int64_t minused)
{
    int64_t newsize = MRT_SET_MINSIZE;
    while (newsize <= minused) newsize <<= 1;
    MrtSetEntry *oldtable = so->table, *newtable, small_copy[MRT_SET_MINSIZE];
    uint64_t oldmask = (uint64_t)so->mask;
    if (newsize == MRT_SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used) return 0; /* no dummies to purge */
            memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    } else {
        int64_t bytes;
        if (mrt_size_mul(newsize, (int64_t)sizeof(MrtSetEntry), &bytes) < 0) return -1;
        newtable = mrt_gc_malloc((size_t)bytes);
        if (!newtable) return -1;
    }
    memset(newtable, 0, (size_t)newsize * sizeof(MrtSetEntry));
    so->mask = newsize - 1;
    so->table = newtable;
    int keep_dummy_free = so->fill == so->used;
    so->fill = so->used;
    for (uint64_t i = 0; i <= oldmask; i++) {
        MrtSetEntry *e = &oldtable[i];
        if (keep_dummy_free ? e->key != 0 : entry_live(e)) insert_clean(newtable, (uint64_t)so->mask, e->key, e->hash);
    }
    return 0;
}

/* Keys equal (the caller checked identity); -1 error. */
static inline int key_eq(MrtValue a, MrtValue b)
{
    if (mrt_is_small(a) && mrt_is_small(b)) return 0;
    if (mrt_is_str(a) && mrt_is_str(b)) return mrt_str_eq(a, b);
    return mrt_eq(a, b);
}

/* The entry holding key, or the empty entry ending its probe; NULL on error.
 * A key's __eq__ may mutate the set: the probe restarts when it did. */
static MrtSetEntry *set_lookkey(MrtSet *so, MrtValue key, int64_t hash)
{
restart:;
    uint64_t mask = (uint64_t)so->mask, i = (uint64_t)hash & mask, perturb = (uint64_t)hash;
    for (;;) {
        MrtSetEntry *e = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key) return e;
            if (e->hash == hash) {
                MrtValue start = e->key;
                if (start == key) return e;
                MrtSetEntry *table = so->table;
                int c = key_eq(start, key);
                if (c < 0) return NULL;
                if (table != so->table || e->key != start) goto restart;
                if (c) return e;
                mask = (uint64_t)so->mask;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static int set_add_entry(MrtSet *so, MrtValue key, int64_t hash)
{
    MrtSetEntry *freeslot, *e;
    uint64_t mask, i, perturb;
restart:
    mask = (uint64_t)so->mask;
    i = (uint64_t)hash & mask;
    freeslot = NULL;
    perturb = (uint64_t)hash;
    for (;;) {
        e = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key) goto found_unused_or_dummy;
            if (e->hash == hash) {
                MrtValue start = e->key;
                if (start == key) return 0;
                MrtSetEntry *table = so->table;
                int c = key_eq(start, key);
                if (c > 0) return 0;
                if (c < 0) return -1;
                if (table != so->table || e->key != start) goto restart;
                mask = (uint64_t)so->mask;
            } else if (e->hash == -1) {
                freeslot = e; /* the last dummy passed is reused if the key is absent (as CPython 3.11) */
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    e->key = key;
    e->hash = hash;
    if ((uint64_t)so->fill * 5 < mask * 3) return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

/* 1 found, 0 absent, -1 error */
static int set_contains_entry(MrtSet *so, MrtValue key, int64_t hash)
{
    MrtSetEntry *e = set_lookkey(so, key, hash);
    if (!e) return -1;
    return e->key != 0;
}

/* 1 discarded, 0 absent, -1 error */
static int set_discard_entry(MrtSet *so, MrtValue key, int64_t hash)
{
    MrtSetEntry *e = set_lookkey(so, key, hash);
    if (!e) return -1;
    if (!e->key) return 0;
    e->key = MRT_SET_DUMMY;
    e->hash = -1;
    so->used--;
    return 1;
}

static int set_add_key(MrtSet *so, MrtValue key)
{
    int64_t h = key_hash(key);
    return h == -1 ? -1 : set_add_entry(so, key, h);
}

static int set_next_entry(MrtSet *so, int64_t *pos, MrtSetEntry **out)
{
    for (int64_t i = *pos; i <= so->mask; i++) {
        if (entry_live(&so->table[i])) {
            *pos = i + 1;
            *out = &so->table[i];
            return 1;
        }
    }
    *pos = so->mask + 1;
    return 0;
}

static void set_clear_internal(MrtSet *so)
{
    set_init_empty(so);
    so->hash = -1;
}

/* Exchange the contents of two sets (intersection_update keeps the new table as is). */
static void set_swap_bodies(MrtSet *a, MrtSet *b)
{
    int a_small = a->table == a->smalltable, b_small = b->table == b->smalltable;
    int64_t t;
    t = a->fill, a->fill = b->fill, b->fill = t;
    t = a->used, a->used = b->used, b->used = t;
    t = a->mask, a->mask = b->mask, b->mask = t;
    MrtSetEntry *tab = a->table;
    a->table = b_small ? a->smalltable : b->table;
    b->table = a_small ? b->smalltable : tab;
    if (a_small || b_small) {
        MrtSetEntry tmp[MRT_SET_MINSIZE];
        memcpy(tmp, a->smalltable, sizeof(tmp));
        memcpy(a->smalltable, b->smalltable, sizeof(tmp));
        memcpy(b->smalltable, tmp, sizeof(tmp));
    }
    if (is_frozen_type(a->ob.type) && is_frozen_type(b->ob.type)) {
        t = a->hash, a->hash = b->hash, b->hash = t;
    } else {
        a->hash = b->hash = -1;
    }
}

/* ---- bulk operations, in CPython's insertion orders ------------------------------ */

static int set_merge(MrtSet *so, MrtSet *other)
{
    if (so == other || other->used == 0) return 0;
    /* one big resize first, expecting few overlapping keys */
    if ((so->fill + other->used) * 5 >= so->mask * 3 && set_table_resize(so, (so->used + other->used) * 2) < 0)
        return -1;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        /* same size, no dummies: copy the table as is */
        for (int64_t i = 0; i <= other->mask; i++)
            if (other->table[i].key) so->table[i] = other->table[i];
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        for (int64_t i = 0; i <= other->mask; i++) {
            MrtSetEntry *e = &other->table[i];
            if (entry_live(e)) insert_clean(so->table, (uint64_t)so->mask, e->key, e->hash);
        }
        return 0;
    }
    for (int64_t i = 0; i <= other->mask; i++) {
        MrtSetEntry e = other->table[i];
        if (entry_live(&e) && set_add_entry(so, e.key, e.hash) < 0) return -1;
    }
    return 0;
}

int mrt_set_update_from(MrtValue set, MrtValue other)
{
    MrtSet *so = as_set(set);
    if (mrt_is_anyset(other)) return set_merge(so, as_set(other));
    if (mrt_is_ptr(other) && mrt_obj(other)->type == &mrt_type_dict) {
        int64_t n = mrt_dict_len(other);
        if ((so->fill + n) * 5 >= so->mask * 3 && set_table_resize(so, (so->used + n) * 2) < 0) return -1;
        int64_t pos = 0, h;
        MrtValue k;
        while (mrt_dict_next_hash(other, &pos, &k, NULL, &h))
            if (set_add_entry(so, k, h) < 0) return -1;
        return 0;
    }
    MrtValue it = mrt_iter(other);
    if (!it) return -1;
    for (;;) {
        MrtValue k = mrt_next(it);
        if (k == MRT_STOP) return 0;
        if (!k || set_add_key(so, k) < 0) return -1;
    }
}

MrtValue mrt_set_new_of(MrtType *t, MrtValue iterable)
{
    if (iterable && t == &mrt_type_frozenset && mrt_is_ptr(iterable) && mrt_obj(iterable)->type == t) return iterable;
    MrtSet *so = set_alloc(t);
    if (!so) return MRT_ERR;
    if (iterable && mrt_set_update_from(mrt_from_obj(so), iterable) < 0) return MRT_ERR;
    return mrt_from_obj(so);
}

/* set or frozenset: the builtin type results of operations take */
static MrtType *base_type(MrtValue v) { return is_frozen_type(mrt_obj(v)->type) ? &mrt_type_frozenset : &mrt_type_set; }

/* A new set or frozenset with v's keys (in v's table order). */
static MrtValue set_copy(MrtValue v)
{
    MrtSet *so = set_alloc(base_type(v));
    if (!so || set_merge(so, as_set(v)) < 0) return MRT_ERR;
    return mrt_from_obj(so);
}

MrtValue mrt_set_intersection_with(MrtValue set, MrtValue other)
{
    if (set == other) return set_copy(set);
    MrtSet *so = as_set(set);
    MrtSet *res = set_alloc(base_type(set));
    if (!res) return MRT_ERR;
    if (mrt_is_anyset(other)) {
        MrtSet *big = so, *small = as_set(other);
        if (small->used > big->used) { /* iterate over the smaller set */
            MrtSet *t = big;
            big = small;
            small = t;
        }
        for (int64_t i = 0; i <= small->mask; i++) {
            MrtSetEntry e = small->table[i];
            if (!entry_live(&e)) continue;
            int r = set_contains_entry(big, e.key, e.hash);
            if (r < 0 || (r && set_add_entry(res, e.key, e.hash) < 0)) return MRT_ERR;
        }
        return mrt_from_obj(res);
    }
    MrtValue it = mrt_iter(other);
    if (!it) return MRT_ERR;
    for (;;) {
        MrtValue k = mrt_next(it);
        if (k == MRT_STOP) return mrt_from_obj(res);
        if (!k) return MRT_ERR;
        int64_t h = key_hash(k);
        if (h == -1) return MRT_ERR;
        int r = set_contains_entry(so, k, h);
        if (r < 0 || (r && set_add_entry(res, k, h) < 0)) return MRT_ERR;
    }
}

static int set_intersection_update(MrtValue set, MrtValue other)
{
    MrtValue tmp = mrt_set_intersection_with(set, other);
    if (!tmp) return -1;
    set_swap_bodies(as_set(set), as_set(tmp));
    return 0;
}

int mrt_set_difference_update_from(MrtValue set, MrtValue other)
{
    MrtSet *so = as_set(set);
    if (set == other) {
        set_clear_internal(so);
        return 0;
    }
    if (mrt_is_anyset(other)) {
        MrtSet *o = as_set(other);
        for (int64_t i = 0; i <= o->mask; i++) {
            MrtSetEntry e = o->table[i];
            if (entry_live(&e) && set_discard_entry(so, e.key, e.hash) < 0) return -1;
        }
    } else {
        MrtValue it = mrt_iter(other);
        if (!it) return -1;
        for (;;) {
            MrtValue k = mrt_next(it);
            if (k == MRT_STOP) break;
            if (!k) return -1;
            int64_t h = key_hash(k);
            if (h == -1 || set_discard_entry(so, k, h) < 0) return -1;
        }
    }
    /* more than 1/4 dummies: resize them away */
    if ((uint64_t)(so->fill - so->used) <= (uint64_t)so->mask / 4) return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static MrtValue set_difference(MrtValue set, MrtValue other)
{
    MrtSet *so = as_set(set);
    int64_t other_size;
    int is_dict = mrt_is_ptr(other) && mrt_obj(other)->type == &mrt_type_dict;
    if (mrt_is_anyset(other))
        other_size = as_set(other)->used;
    else if (is_dict)
        other_size = mrt_dict_len(other);
    else
        other_size = -1;
    if (other_size < 0 || (so->used >> 2) > other_size) { /* copy, then remove other's keys */
        MrtValue res = set_copy(set);
        if (!res || mrt_set_difference_update_from(res, other) < 0) return MRT_ERR;
        return res;
    }
    MrtSet *res = set_alloc(base_type(set));
    if (!res) return MRT_ERR;
    for (int64_t i = 0; i <= so->mask; i++) {
        MrtSetEntry e = so->table[i];
        if (!entry_live(&e)) continue;
        MrtValue v;
        int r =
            is_dict ? mrt_dict_lookup_hash(other, e.key, e.hash, &v) : set_contains_entry(as_set(other), e.key, e.hash);
        if (r < 0 || (!r && set_add_entry(res, e.key, e.hash) < 0)) return MRT_ERR;
    }
    return mrt_from_obj(res);
}

int mrt_set_symdiff_update_from(MrtValue set, MrtValue other)
{
    MrtSet *so = as_set(set);
    if (set == other) {
        set_clear_internal(so);
        return 0;
    }
    if (mrt_is_ptr(other) && mrt_obj(other)->type == &mrt_type_dict) {
        int64_t pos = 0, h;
        MrtValue k;
        while (mrt_dict_next_hash(other, &pos, &k, NULL, &h)) {
            int r = set_discard_entry(so, k, h);
            if (r < 0 || (r == 0 && set_add_entry(so, k, h) < 0)) return -1;
        }
        return 0;
    }
    MrtValue os = other;
    if (!mrt_is_anyset(other)) {
        os = mrt_set_new_of(base_type(set), other);
        if (!os) return -1;
    }
    MrtSet *o = as_set(os);
    for (int64_t i = 0; i <= o->mask; i++) {
        MrtSetEntry e = o->table[i];
        if (!entry_live(&e)) continue;
        int r = set_discard_entry(so, e.key, e.hash);
        if (r < 0 || (r == 0 && set_add_entry(so, e.key, e.hash) < 0)) return -1;
    }
    return 0;
}

static MrtValue set_symmetric_difference(MrtValue set, MrtValue other)
{
    MrtSet *res = set_alloc(base_type(set));
    if (!res || mrt_set_update_from(mrt_from_obj(res), other) < 0) return MRT_ERR;
    if (mrt_set_symdiff_update_from(mrt_from_obj(res), set) < 0) return MRT_ERR;
    return mrt_from_obj(res);
}

static int set_issubset(MrtValue set, MrtValue other)
{
    if (!mrt_is_anyset(other)) {
        other = mrt_set_new_of(&mrt_type_set, other);
        if (!other) return -1;
    }
    MrtSet *so = as_set(set), *o = as_set(other);
    if (so->used > o->used) return 0;
    for (int64_t i = 0; i <= so->mask; i++) {
        MrtSetEntry e = so->table[i];
        if (!entry_live(&e)) continue;
        int r = set_contains_entry(o, e.key, e.hash);
        if (r <= 0) return r;
    }
    return 1;
}

/* key in set, retrying an unhashable set key as a frozenset (as CPython) */
static int set_contains_key(MrtSet *so, MrtValue key, int64_t *hash_out, MrtValue *key_out)
{
    int64_t h = key_hash(key);
    if (h == -1) {
        if (!is_set_exact_or_sub(key) || mrt_exc_matches(mrt_cur_exc, mrt_from_obj(&mrt_type_TypeError)) != 1)
            return -1;
        mrt_exc_fetch();
        key = mrt_set_new_of(&mrt_type_frozenset, key);
        if (!key) return -1;
        h = key_hash(key);
        if (h == -1) return -1;
    }
    if (hash_out) *hash_out = h;
    if (key_out) *key_out = key;
    return set_contains_entry(so, key, h);
}

static int set_issuperset(MrtValue set, MrtValue other)
{
    if (mrt_is_anyset(other)) return set_issubset(other, set);
    MrtValue it = mrt_iter(other);
    if (!it) return -1;
    for (;;) {
        MrtValue k = mrt_next(it);
        if (k == MRT_STOP) return 1;
        if (!k) return -1;
        int r = set_contains_key(as_set(set), k, NULL, NULL);
        if (r <= 0) return r;
    }
}

static int set_isdisjoint(MrtValue set, MrtValue other)
{
    MrtSet *so = as_set(set);
    if (set == other) return so->used == 0;
    if (mrt_is_anyset(other)) {
        MrtSet *a = so, *b = as_set(other);
        if (b->used > a->used) {
            MrtSet *t = a;
            a = b;
            b = t;
        }
        for (int64_t i = 0; i <= b->mask; i++) {
            MrtSetEntry e = b->table[i];
            if (!entry_live(&e)) continue;
            int r = set_contains_entry(a, e.key, e.hash);
            if (r) return r < 0 ? -1 : 0;
        }
        return 1;
    }
    MrtValue it = mrt_iter(other);
    if (!it) return -1;
    for (;;) {
        MrtValue k = mrt_next(it);
        if (k == MRT_STOP) return 1;
        if (!k) return -1;
        int64_t h = key_hash(k);
        if (h == -1) return -1;
        int r = set_contains_entry(so, k, h);
        if (r) return r < 0 ? -1 : 0;
    }
}

/* ---- public C API ------------------------------------------------------------------ */

MrtValue mrt_set_new(void) { return mrt_set_new_of(&mrt_type_set, 0); }
MrtValue mrt_frozenset_new(void) { return mrt_set_new_of(&mrt_type_frozenset, 0); }
MrtValue mrt_set_from_iter(MrtValue iterable) { return mrt_set_new_of(&mrt_type_set, iterable); }
int mrt_set_add(MrtValue s, MrtValue v) { return set_add_key(as_set(s), v); }
int mrt_set_contains(MrtValue s, MrtValue v) { return set_contains_key(as_set(s), v, NULL, NULL); }

int mrt_set_next(MrtValue s, int64_t *pos, MrtValue *key)
{
    MrtSetEntry *e;
    if (!set_next_entry(as_set(s), pos, &e)) return 0;
    *key = e->key;
    return 1;
}

/* ---- slots ---------------------------------------------------------------------------- */

static MrtValue set_repr(MrtValue self)
{
    MrtSet *so = as_set(self);
    const char *tn = mrt_type_cname(self);
    if (so->used == 0) return mrt_str_printf("%s()", tn);
    int r = mrt_repr_enter(self);
    if (r < 0) return MRT_ERR;
    if (r > 0) return mrt_str_printf("%s(...)", tn);
    MrtValue res = MRT_ERR;
    MrtValue keys = mrt_list_new(so->used, NULL);
    if (keys && mrt_enter() == 0) {
        MrtSetEntry *e;
        int64_t pos = 0;
        while (set_next_entry(so, &pos, &e)) mrt_list_append(keys, e->key);
        MrtList *L = (MrtList *)mrt_obj(keys);
        MrtValue body = mrt_seq_repr("{", "}", L->len, L->items);
        if (body) res = mrt_obj(self)->type == &mrt_type_set ? body : mrt_str_printf("%s(%S)", tn, body);
        mrt_leave();
    }
    mrt_repr_leave(self);
    return res;
}

static MrtValue set_richcmp(MrtValue a, MrtValue b, int op)
{
    if (!mrt_is_anyset(a) || !mrt_is_anyset(b)) return MRT_NOTIMPL;
    MrtSet *x = as_set(a), *y = as_set(b);
    int r;
    switch (op) {
    case MRT_CMP_EQ:
    case MRT_CMP_NE:
        if (x->used != y->used) {
            r = 0;
        } else if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) {
            r = 0;
        } else {
            r = set_issubset(a, b);
        }
        if (r < 0) return MRT_ERR;
        return mrt_bool(op == MRT_CMP_EQ ? r : !r);
    case MRT_CMP_LE:
        r = set_issubset(a, b);
        break;
    case MRT_CMP_GE:
        r = set_issubset(b, a);
        break;
    case MRT_CMP_LT:
        r = x->used < y->used ? set_issubset(a, b) : 0;
        break;
    default:
        r = x->used > y->used ? set_issubset(b, a) : 0;
        break;
    }
    return r < 0 ? MRT_ERR : mrt_bool(r);
}

static MrtValue set_binop(MrtValue a, MrtValue b, int op)
{
    if (!mrt_is_anyset(a) || !mrt_is_anyset(b)) return MRT_NOTIMPL;
    MrtValue res;
    switch (op) {
    case MRT_OP_OR:
        res = set_copy(a);
        if (!res || (a != b && mrt_set_update_from(res, b) < 0)) return MRT_ERR;
        return res;
    case MRT_OP_AND:
        return mrt_set_intersection_with(a, b);
    case MRT_OP_SUB:
        return set_difference(a, b);
    case MRT_OP_XOR:
        return set_symmetric_difference(a, b);
    default:
        return MRT_NOTIMPL;
    }
}

static MrtValue set_inplace(MrtValue a, MrtValue b, int op)
{
    if (!is_set_exact_or_sub(a) || !mrt_is_anyset(b)) return MRT_NOTIMPL;
    int r;
    switch (op) {
    case MRT_OP_OR:
        r = mrt_set_update_from(a, b);
        break;
    case MRT_OP_AND:
        r = set_intersection_update(a, b);
        break;
    case MRT_OP_SUB:
        r = mrt_set_difference_update_from(a, b);
        break;
    case MRT_OP_XOR:
        r = mrt_set_symdiff_update_from(a, b);
        break;
    default:
        return MRT_NOTIMPL;
    }
    return r < 0 ? MRT_ERR : a;
}

static int set_truthy(MrtValue self) { return as_set(self)->used != 0; }
static int64_t set_len(MrtValue self) { return as_set(self)->used; }
static int set_contains(MrtValue self, MrtValue key) { return set_contains_key(as_set(self), key, NULL, NULL); }

/* CPython's frozenset hash: xor of shuffled entry hashes, order independent. */
static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

static int64_t frozenset_hash(MrtValue self)
{
    MrtSet *so = as_set(self);
    if (so->hash != -1) return so->hash;
    uint64_t hash = 0;
    for (int64_t i = 0; i <= so->mask; i++) hash ^= shuffle_bits((uint64_t)so->table[i].hash);
    /* cancel the contribution of an odd number of empty / dummy entries */
    if ((so->mask + 1 - so->fill) & 1) hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1) hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)so->used + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == (uint64_t)-1) hash = 590923713ULL;
    so->hash = (int64_t)hash;
    return so->hash;
}

/* ---- iterator ------------------------------------------------------------------------------ */

typedef struct SetIter {
    MrtObject ob;
    MrtValue set; /* 0 once exhausted */
    int64_t pos;
    int64_t used; /* size at creation; -1 after a change (sticky) */
} SetIter;

static MrtValue iter_self(MrtValue self) { return self; }

static MrtValue setiter_next(MrtValue self)
{
    SetIter *it = (SetIter *)mrt_obj(self);
    if (!it->set) return MRT_STOP;
    MrtSet *so = as_set(it->set);
    if (it->used != so->used) {
        it->used = -1;
        return mrt_raise_msg(&mrt_type_RuntimeError, "Set changed size during iteration");
    }
    MrtSetEntry *e;
    if (!set_next_entry(so, &it->pos, &e)) {
        it->set = 0;
        return MRT_STOP;
    }
    return e->key;
}

MrtType mrt_type_set_iterator = {
    .ob = {&mrt_type_type},
    .name = "set_iterator",
    .base = &mrt_type_object,
    .flags = MRT_TF_NOSUBCLASS,
    .basicsize = sizeof(SetIter),
    .iter = iter_self,
    .next = setiter_next,
};

static MrtValue set_iter(MrtValue self)
{
    SetIter *it = mrt_alloc(&mrt_type_set_iterator, sizeof(SetIter));
    if (!it) return MRT_ERR;
    it->set = self;
    it->used = as_set(self)->used;
    return mrt_from_obj(it);
}

static MrtValue set_tp_new(MrtType *t, int nargs, const MrtValue *args, MrtValue kwnames)
{
    const char *name = is_frozen_type(t) ? "frozenset" : "set";
    if (mrt_arg_nokw(name, kwnames) < 0 || mrt_arg_count(NULL, name, nargs, 0, 1, 0) < 0) return MRT_ERR;
    return mrt_set_new_of(t, nargs ? args[0] : 0);
}

/* ---- methods --------------------------------------------------------------------------------- */

#define SELF as_set(args[0])

static MrtValue key_error(MrtValue key)
{
    MrtValue e = mrt_exc_new(&mrt_type_KeyError, 1, &key);
    return e ? mrt_raise(e) : MRT_ERR;
}

static MrtValue m_add(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_one("set.add", nargs - 1, kw) < 0) return MRT_ERR;
    return set_add_key(SELF, args[1]) < 0 ? MRT_ERR : MRT_NONE;
}

/* discard with the frozenset retry; 1 removed, 0 absent, -1 error */
static int discard_key(MrtSet *so, MrtValue key)
{
    int64_t h;
    MrtValue k;
    int r = set_contains_key(so, key, &h, &k);
    if (r <= 0) return r;
    return set_discard_entry(so, k, h);
}

static MrtValue m_remove(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_one("set.remove", nargs - 1, kw) < 0) return MRT_ERR;
    int r = discard_key(SELF, args[1]);
    if (r < 0) return MRT_ERR;
    return r ? MRT_NONE : key_error(args[1]);
}

static MrtValue m_discard(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_one("set.discard", nargs - 1, kw) < 0) return MRT_ERR;
    return discard_key(SELF, args[1]) < 0 ? MRT_ERR : MRT_NONE;
}

static MrtValue m_pop(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_none("set.pop", nargs - 1, kw) < 0) return MRT_ERR;
    MrtSet *so = SELF;
    if (so->used == 0) {
        MrtValue msg = mrt_str_from_cstr("pop from an empty set");
        return msg ? key_error(msg) : MRT_ERR;
    }
    /* resume from the finger so repeated pops stay O(1) amortised */
    MrtSetEntry *e = so->table + (so->finger & so->mask), *limit = so->table + so->mask;
    while (!entry_live(e)) {
        e++;
        if (e > limit) e = so->table;
    }
    MrtValue key = e->key;
    e->key = MRT_SET_DUMMY;
    e->hash = -1;
    so->used--;
    so->finger = (e - so->table) + 1;
    return key;
}

static MrtValue m_clear(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_none("set.clear", nargs - 1, kw) < 0) return MRT_ERR;
    set_clear_internal(SELF);
    return MRT_NONE;
}

static const char *qual(MrtValue self, const char *meth)
{
    /* "set.copy" / "frozenset.copy" for the argument messages */
    static char buf[64];
    snprintf(buf, sizeof buf, "%s.%s", is_frozen_type(mrt_obj(self)->type) ? "frozenset" : "set", meth);
    return buf;
}

static MrtValue m_copy(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_none(qual(args[0], "copy"), nargs - 1, kw) < 0) return MRT_ERR;
    if (mrt_obj(args[0])->type == &mrt_type_frozenset) return args[0]; /* immutable: no need to copy */
    return set_copy(args[0]);
}

static MrtValue m_update(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_nokw("set.update", kw) < 0) return MRT_ERR;
    for (int i = 1; i < nargs; i++)
        if (mrt_set_update_from(args[0], args[i]) < 0) return MRT_ERR;
    return MRT_NONE;
}

static MrtValue m_union(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_nokw(qual(args[0], "union"), kw) < 0) return MRT_ERR;
    MrtValue res = set_copy(args[0]);
    if (!res) return MRT_ERR;
    for (int i = 1; i < nargs; i++) {
        if (args[i] == args[0]) continue;
        if (mrt_set_update_from(res, args[i]) < 0) return MRT_ERR;
    }
    return res;
}

static MrtValue intersection_multi(int nargs, const MrtValue *args)
{
    if (nargs == 1) return set_copy(args[0]);
    MrtValue res = args[0];
    for (int i = 1; i < nargs; i++) {
        res = mrt_set_intersection_with(res, args[i]);
        if (!res) return MRT_ERR;
    }
    return res;
}

static MrtValue m_intersection(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_nokw(qual(args[0], "intersection"), kw) < 0) return MRT_ERR;
    return intersection_multi(nargs, args);
}

static MrtValue m_intersection_update(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_nokw("set.intersection_update", kw) < 0) return MRT_ERR;
    MrtValue tmp = intersection_multi(nargs, args);
    if (!tmp) return MRT_ERR;
    set_swap_bodies(SELF, as_set(tmp));
    return MRT_NONE;
}

static MrtValue m_difference(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_nokw(qual(args[0], "difference"), kw) < 0) return MRT_ERR;
    if (nargs == 1) return set_copy(args[0]);
    MrtValue res = set_difference(args[0], args[1]);
    if (!res) return MRT_ERR;
    for (int i = 2; i < nargs; i++)
        if (mrt_set_difference_update_from(res, args[i]) < 0) return MRT_ERR;
    return res;
}

static MrtValue m_difference_update(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_nokw("set.difference_update", kw) < 0) return MRT_ERR;
    for (int i = 1; i < nargs; i++)
        if (mrt_set_difference_update_from(args[0], args[i]) < 0) return MRT_ERR;
    return MRT_NONE;
}

static MrtValue m_symmetric_difference(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_one(qual(args[0], "symmetric_difference"), nargs - 1, kw) < 0) return MRT_ERR;
    return set_symmetric_difference(args[0], args[1]);
}

static MrtValue m_symmetric_difference_update(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_one("set.symmetric_difference_update", nargs - 1, kw) < 0) return MRT_ERR;
    return mrt_set_symdiff_update_from(args[0], args[1]) < 0 ? MRT_ERR : MRT_NONE;
}

static MrtValue m_issubset(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_one(qual(args[0], "issubset"), nargs - 1, kw) < 0) return MRT_ERR;
    int r = set_issubset(args[0], args[1]);
    return r < 0 ? MRT_ERR : mrt_bool(r);
}

static MrtValue m_issuperset(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_one(qual(args[0], "issuperset"), nargs - 1, kw) < 0) return MRT_ERR;
    int r = set_issuperset(args[0], args[1]);
    return r < 0 ? MRT_ERR : mrt_bool(r);
}

static MrtValue m_isdisjoint(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_one(qual(args[0], "isdisjoint"), nargs - 1, kw) < 0) return MRT_ERR;
    int r = set_isdisjoint(args[0], args[1]);
    return r < 0 ? MRT_ERR : mrt_bool(r);
}

static MrtValue m_contains(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_one(qual(args[0], "__contains__"), nargs - 1, kw) < 0) return MRT_ERR;
    int r = set_contains(args[0], args[1]);
    return r < 0 ? MRT_ERR : mrt_bool(r);
}

static MrtValue m_len(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_none(qual(args[0], "__len__"), nargs - 1, kw) < 0) return MRT_ERR;
    return mrt_int_from_i64(SELF->used);
}

static MrtValue m_iter(int nargs, const MrtValue *args, MrtValue kw)
{
    if (mrt_arg_none(qual(args[0], "__iter__"), nargs - 1, kw) < 0) return MRT_ERR;
    return set_iter(args[0]);
}

static const MrtMethodDef set_methods[] = {
    {"add", m_add, 0},
    {"remove", m_remove, 0},
    {"discard", m_discard, 0},
    {"pop", m_pop, 0},
    {"clear", m_clear, 0},
    {"copy", m_copy, 0},
    {"update", m_update, 0},
    {"union", m_union, 0},
    {"intersection", m_intersection, 0},
    {"intersection_update", m_intersection_update, 0},
    {"difference", m_difference, 0},
    {"difference_update", m_difference_update, 0},
    {"symmetric_difference", m_symmetric_difference, 0},
    {"symmetric_difference_update", m_symmetric_difference_update, 0},
    {"issubset", m_issubset, 0},
    {"issuperset", m_issuperset, 0},
    {"isdisjoint", m_isdisjoint, 0},
    {"__contains__", m_contains, 0},
    {"__len__", m_len, 0},
    {"__iter__", m_iter, 0},
    {NULL, NULL, 0},
};

static const MrtMethodDef frozenset_methods[] = {
    {"copy", m_copy, 0},
    {"union", m_union, 0},
    {"intersection", m_intersection, 0},
    {"difference", m_difference, 0},
    {"symmetric_difference", m_symmetric_difference, 0},
    {"issubset", m_issubset, 0},
    {"issuperset", m_issuperset, 0},
    {"isdisjoint", m_isdisjoint, 0},
    {"__contains__", m_contains, 0},
    {"__len__", m_len, 0},
    {"__iter__", m_iter, 0},
    {NULL, NULL, 0},
};

MrtType mrt_type_set = {
    .ob = {&mrt_type_type},
    .name = "set",
    .base = &mrt_type_object,
    .basicsize = sizeof(MrtSet),
    .repr = set_repr,
    .richcmp = set_richcmp,
    .binop = set_binop,
    .inplace = set_inplace,
    .truthy = set_truthy,
    .len = set_len,
    .contains = set_contains,
    .iter = set_iter,
    .tp_new = set_tp_new,
    .methods = set_methods,
};

MrtType mrt_type_frozenset = {
    .ob = {&mrt_type_type},
    .name = "frozenset",
    .base = &mrt_type_object,
    .basicsize = sizeof(MrtSet),
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcmp = set_richcmp,
    .binop = set_binop,
    .truthy = set_truthy,
    .len = set_len,
    .contains = set_contains,
    .iter = set_iter,
    .tp_new = set_tp_new,
    .methods = frozenset_methods,
};

/* ---- constant displays ------------------------------------------------------------------------------------ */

/* CPython 3.11 folds a display of constants into a frozenset constant, and its
 * compiler rebuilds that frozenset from its own iteration order. */
MrtValue mrt_frozenset_const(int64_t n, const MrtValue *items)
{
    MrtValue l = mrt_list_new(n, items);
    MrtValue f = l ? mrt_set_new_of(&mrt_type_frozenset, l) : MRT_ERR;
    MrtValue l2 = f ? mrt_list_from_iter(f) : MRT_ERR;
    return l2 ? mrt_set_new_of(&mrt_type_frozenset, l2) : MRT_ERR;
}

/* `{c1, c2, c3, ...}` (three or more constants) runs as set().update(folded
 * frozenset) in CPython, which gives a different order than adding one by one. */
MrtValue mrt_set_display_const(int64_t n, const MrtValue *items)
{
    if (n < 3) {
        MrtValue s = mrt_set_new();
        for (int64_t i = 0; s && i < n; i++)
            if (mrt_set_add(s, items[i]) < 0) return MRT_ERR;
        return s;
    }
    MrtValue f = mrt_frozenset_const(n, items);
    MrtValue s = f ? mrt_set_new() : MRT_ERR;
    if (!s || set_merge(as_set(s), as_set(f)) < 0) return MRT_ERR;
    return s;
}
