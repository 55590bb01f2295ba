/* mrt_containers.h — private to the container files (list, tuple, dict, set,
 * range, sort): the dict and set layouts, argument-count checks with CPython's
 * exact messages, and the C-level set/dict operations dict views build on. */
#ifndef MRT_CONTAINERS_H
#define MRT_CONTAINERS_H

#include "mrt_internal.h"

/* ---- dict: MrtDict and MrtDictEntry are in mrt.h (inline caches read them) ---- */
typedef struct MrtDictView { /* dict_keys, dict_values, dict_items */
    MrtObject ob;
    MrtValue dict;
} MrtDictView;

/* ---- set / frozenset: open addressing as CPython's setobject.c ----------- */
#define MRT_SET_MINSIZE 8
typedef struct MrtSetEntry {
    MrtValue key; /* 0: empty; MRT_SET_DUMMY: deleted */
    int64_t hash;
} MrtSetEntry;
#define MRT_SET_DUMMY (MRT_TAG_SPECIAL | 0x7FFF) /* never a user value */

typedef struct MrtSet {
    MrtObject ob;
    int64_t fill;   /* active + dummy entries */
    int64_t used;   /* active entries */
    int64_t mask;   /* table size - 1 */
    int64_t finger; /* where pop() continues searching */
    int64_t hash;   /* frozenset: cached hash, -1 until computed */
    MrtSetEntry *table;
    MrtSetEntry smalltable[MRT_SET_MINSIZE];
} MrtSet;

static inline int mrt_is_anyset(MrtValue v)
{
    return mrt_is_ptr(v) &&
           (mrt_obj(v)->type == &mrt_type_set || mrt_obj(v)->type == &mrt_type_frozenset ||
            mrt_is_subtype(mrt_obj(v)->type, &mrt_type_set) || mrt_is_subtype(mrt_obj(v)->type, &mrt_type_frozenset));
}
static inline int mrt_is_dict_any(MrtValue v)
{
    return mrt_is_ptr(v) && (mrt_obj(v)->type == &mrt_type_dict || mrt_is_subtype(mrt_obj(v)->type, &mrt_type_dict));
}
static inline int mrt_is_list_any(MrtValue v)
{
    return mrt_is_ptr(v) && (mrt_obj(v)->type == &mrt_type_list || mrt_is_subtype(mrt_obj(v)->type, &mrt_type_list));
}
static inline int mrt_is_tuple_any(MrtValue v)
{
    return mrt_is_ptr(v) && (mrt_obj(v)->type == &mrt_type_tuple || mrt_is_subtype(mrt_obj(v)->type, &mrt_type_tuple));
}

/* Set operations used by dict views and frozenset/set constructors (mrt_set.c). */
MrtValue mrt_set_new_of(MrtType *t, MrtValue iterable); /* iterable 0: empty */
int mrt_set_update_from(MrtValue set, MrtValue other);  /* set |= iterable */
int mrt_set_difference_update_from(MrtValue set, MrtValue other);
int mrt_set_symdiff_update_from(MrtValue set, MrtValue other);
MrtValue mrt_set_intersection_with(MrtValue set, MrtValue other); /* new set */

/* Constant set displays, built in CPython 3.11's order (mrt_set.c). They
 * belong in mrt.h for generated code: `{1, 2, 3}` -> mrt_set_display_const;
 * `for x in {1, 2}` / `x in {1, 2}` -> mrt_frozenset_const. */

/* dict iteration with the stored hash (mrt_dict.c). */
int mrt_dict_next_hash(MrtValue d, int64_t *pos, MrtValue *key, MrtValue *val, int64_t *hash);
int mrt_dict_lookup_hash(MrtValue d, MrtValue key, int64_t hash, MrtValue *out);
MrtValue mrt_dict_copy(MrtValue d);

/* ---- argument checks: CPython's messages; n excludes self (mrt_list.c) ---- */
static inline int64_t mrt_kwcount(MrtValue kwnames) { return kwnames ? ((MrtTuple *)mrt_obj(kwnames))->len : 0; }
int mrt_arg_nokw(const char *qualname, MrtValue kwnames);        /* "X() takes no keyword arguments" */
int mrt_arg_none(const char *qualname, int n, MrtValue kwnames); /* "X() takes no arguments (1 given)" */
int mrt_arg_one(const char *qualname, int n, MrtValue kwnames);  /* "X() takes exactly one argument (0 given)" */
/* "name expected at least 1 argument, got 0" style; qualname for the keyword message */
int mrt_arg_count(const char *qualname, const char *name, int n, int min, int max, MrtValue kwnames);

/* Index conversion with CPython's per-site messages (mrt_list.c). */
/* v as an int object (int, bool, or a user __index__): 1 ok, 0 not index-like (nothing raised), -1 error */
int mrt_index_obj(MrtValue v, MrtValue *out);
int mrt_int_obj_to_i64(MrtValue iv, int64_t *out); /* an int: 0 fits, 1 too big (*out clamped); never raises */
extern const char mrt_index_overflow_msg[];        /* "cannot fit 'int' into an index-sized integer" */
int mrt_index_overflow(MrtValue v, int64_t *out, MrtType *exc, const char *msg); /* big ints raise exc(msg) */
int mrt_is_index_like(MrtValue v);                                               /* int, bool or has __index__ */
int mrt_slice_index_clamped(MrtValue v, int64_t *out);                           /* slice bound: big ints clamp */
/* mrt_slice_indices for a slice's parts (0 = None), mrt_range.c */
int mrt_slice_indices_of(MrtValue lo, MrtValue hi, MrtValue by, int64_t len, int64_t *start, int64_t *stop,
                         int64_t *step, int64_t *count);
/* list[slice] = val (val 0: del) once the slice is resolved against the length (mrt_list.c) */
int mrt_list_ass_indices(MrtValue list, int64_t start, int64_t step, int64_t count, MrtValue val);

/* Sequence helpers shared by list and tuple (mrt_list.c). */
/* Lexicographic comparison; arrays re-read through the pointers because
 * element comparisons may mutate a list. */
MrtValue mrt_seq_richcmp(MrtValue *const *va, const int64_t *vn, MrtValue *const *wa, const int64_t *wn, int op);
int mrt_seq_repeat_count(MrtValue v, int64_t *k);              /* `seq * v`: 1 ok, 0 NOTIMPL, -1 error */
void mrt_fill_repeat(MrtValue *dst, int64_t n, int64_t total); /* dst[0..n) repeated up to total */
/* index()'s optional start/stop (args[0..nargs)), clamped and made relative to n */
int mrt_seq_index_bounds(int nargs, const MrtValue *args, int64_t n, int64_t *start, int64_t *stop);
/* 1 if t is a user subclass of base whose __init__ is its own (then tp_new leaves args to it) */
int mrt_user_init_overrides(MrtType *t, MrtType *base);
MrtValue mrt_list_sort_method(int nargs, const MrtValue *args, MrtValue kwnames); /* list.sort (mrt_sort.c) */

/* Stable sort of n values in place (mrt_sort.c); key 0 or None compares the values themselves. */
int mrt_sort_values(MrtValue *items, int64_t n, MrtValue key, int reverse);

/* Private iterator types, readied by mrt_containers_init. */
extern MrtType mrt_type_list_iterator, mrt_type_list_reverseiterator, mrt_type_tuple_iterator;
extern MrtType mrt_type_dict_keyiterator, mrt_type_dict_valueiterator, mrt_type_dict_itemiterator;
extern MrtType mrt_type_dict_reversekeyiterator, mrt_type_dict_reversevalueiterator, mrt_type_dict_reverseitemiterator;
extern MrtType mrt_type_set_iterator, mrt_type_range_iterator;
void mrt_containers_init(void); /* call from mrt_init after mrt_types_init */

#endif
