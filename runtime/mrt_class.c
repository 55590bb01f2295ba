/* mrt_class.c — user-defined classes: creating the type object from a class
 * body's namespace, constructing instances (__init__), and the slot
 * trampolines through which the runtime reaches a class's dunder methods. */
#include "mrt_internal.h"

/* Calls a dunder that the slot's presence says exists. */
static MrtValue dunder(MrtValue self, const char *name, int nargs, const MrtValue *args)
{
    MrtValue r = mrt_call_dunder(self, name, nargs, args);
    if (!r && !mrt_cur_exc)
        return mrt_raise_fmt(&mrt_type_AttributeError, "'%s' object has no attribute '%s'", mrt_type_cname(self), name);
    return r;
}

static MrtValue str_result(MrtValue r, const char *name)
{
    if (r && !mrt_is_str(r))
        return mrt_raise_fmt(&mrt_type_TypeError, "%s returned non-string (type %s)", name, mrt_type_cname(r));
    return r;
}

static MrtValue user_repr(MrtValue v) { return str_result(dunder(v, "__repr__", 0, NULL), "__repr__"); }
static MrtValue user_str(MrtValue v) { return str_result(dunder(v, "__str__", 0, NULL), "__str__"); }

static int64_t user_hash(MrtValue v)
{
    MrtValue r = dunder(v, "__hash__", 0, NULL);
    if (!r) return -1;
    if (!mrt_int_is(r)) {
        mrt_raise_msg(&mrt_type_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    return mrt_hash(r);
}

static int64_t unhashable(MrtValue v)
{
    mrt_raise_fmt(&mrt_type_TypeError, "unhashable type: '%s'", mrt_type_cname(v));
    return -1;
}

static int64_t len_result(MrtValue r)
{
    if (!r) return -1;
    if (!mrt_int_is(r)) {
        mrt_raise_fmt(&mrt_type_TypeError, "'%s' object cannot be interpreted as an integer", mrt_type_cname(r));
        return -1;
    }
    int64_t n;
    if (mrt_int_to_i64(r, &n) < 0) return -1;
    if (n < 0) {
        mrt_raise_msg(&mrt_type_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static int64_t user_len(MrtValue v) { return len_result(dunder(v, "__len__", 0, NULL)); }

static int user_truthy(MrtValue v)
{
    MrtValue r = mrt_call_dunder(v, "__bool__", 0, NULL);
    if (r) {
        if (!mrt_is_bool(r)) {
            mrt_raise_fmt(&mrt_type_TypeError, "__bool__ should return bool, returned %s", mrt_type_cname(r));
            return -1;
        }
        return r == MRT_TRUE;
    }
    if (mrt_cur_exc) return -1;
    r = mrt_call_dunder(v, "__len__", 0, NULL);
    if (r) {
        int64_t n = len_result(r);
        return n < 0 ? -1 : n > 0;
    }
    return mrt_cur_exc ? -1 : 1;
}

static MrtValue user_getitem(MrtValue v, MrtValue k) { return dunder(v, "__getitem__", 1, &k); }

static int user_setitem(MrtValue v, MrtValue k, MrtValue val)
{
    MrtValue args[2] = {k, val};
    MrtValue r = val ? dunder(v, "__setitem__", 2, args) : dunder(v, "__delitem__", 1, args);
    return r ? 0 : -1;
}

static int user_contains(MrtValue v, MrtValue item)
{
    MrtValue r = mrt_call_dunder(v, "__contains__", 1, &item);
    if (r) return mrt_truthy(r);
    if (mrt_cur_exc) return -1;
    /* No __contains__: iterate, as CPython does. */
    MrtValue it = mrt_iter(v);
    if (!it) return -1;
    for (;;) {
        MrtValue x = mrt_next(it);
        if (x == MRT_STOP) return 0;
        if (!x) return -1;
        int eq = mrt_eq(x, item);
        if (eq) return eq;
    }
}

static MrtValue user_iter(MrtValue v)
{
    MrtValue r = dunder(v, "__iter__", 0, NULL);
    if (r && !mrt_type_of(r)->next)
        return mrt_raise_fmt(&mrt_type_TypeError, "iter() returned non-iterator of type '%s'", mrt_type_cname(r));
    return r;
}

/* The StopIteration a user __next__ raised, kept so that next() can raise
 * that very exception (with its value) once the iterator reports MRT_STOP. */
static MrtValue stop_iter, stop_exc;

static MrtValue user_next(MrtValue v)
{
    MrtValue r = dunder(v, "__next__", 0, NULL);
    if (!r && mrt_isinstance_of(mrt_cur_exc, &mrt_type_StopIteration)) {
        stop_exc = mrt_exc_fetch();
        stop_iter = v;
        return MRT_STOP;
    }
    return r;
}

MrtValue mrt_stop_iteration(MrtValue it)
{
    if (it == stop_iter && stop_exc) {
        MrtValue e = stop_exc;
        stop_iter = stop_exc = 0;
        return mrt_raise(e);
    }
    MrtValue ret = mrt_gen_yield_from_result(it);
    MrtValue e = mrt_exc_new(&mrt_type_StopIteration, ret == MRT_NONE ? 0 : 1, &ret);
    return e ? mrt_raise(e) : MRT_ERR;
}

/* Iteration through __getitem__(0), (1), ... until IndexError, for classes
 * that define __getitem__ but not __iter__ (the sequence protocol). */
typedef struct SeqIter {
    MrtObject ob;
    MrtValue seq;
    int64_t i;
} SeqIter;

static MrtValue seqiter_next(MrtValue v)
{
    SeqIter *s = (SeqIter *)mrt_obj(v);
    if (!s->seq) return MRT_STOP;
    MrtValue r = mrt_getitem(s->seq, mrt_small(s->i));
    if (!r && (mrt_isinstance_of(mrt_cur_exc, &mrt_type_IndexError) ||
               mrt_isinstance_of(mrt_cur_exc, &mrt_type_StopIteration))) {
        mrt_exc_fetch();
        s->seq = 0;
        return MRT_STOP;
    }
    s->i++;
    return r;
}

static MrtValue seqiter_iter(MrtValue v) { return v; }

static MrtType seqiter_type = {
    .ob = {&mrt_type_type},
    .name = "iterator",
    .base = &mrt_type_object,
    .basicsize = sizeof(SeqIter),
    .iter = seqiter_iter,
    .next = seqiter_next,
};

static MrtValue seq_iter(MrtValue v)
{
    SeqIter *s = mrt_alloc(&seqiter_type, sizeof(SeqIter));
    if (!s) return MRT_ERR;
    s->seq = v;
    return mrt_from_obj(s);
}

static MrtValue user_call(MrtValue self, int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtValue f = mrt_type_lookup(mrt_type_of(self), mrt_name("__call__"));
    if (!f) return mrt_raise_fmt(&mrt_type_TypeError, "'%s' object is not callable", mrt_type_cname(self));
    MrtValue m = mrt_getattr(self, mrt_name("__call__"));
    return m ? mrt_call(m, nargs, args, kwnames) : MRT_ERR;
}

/* A class's __init__ as found for the last instances constructed, valid
 * while mrt_class_version is unchanged (a new class bumps it, so a dead
 * class's address cannot be mistaken for a new one). */
static struct {
    const MrtType *type;
    uint64_t version;
    MrtValue init;
} init_cache[64];

static MrtValue lookup_init(MrtType *t)
{
    size_t h = ((uintptr_t)t >> 5) & 63;
    if (init_cache[h].type != t || init_cache[h].version != mrt_class_version) {
        init_cache[h].init = mrt_type_lookup(t, mrt_name("__init__"));
        init_cache[h].type = t;
        init_cache[h].version = mrt_class_version;
    }
    return init_cache[h].init;
}

/* Constructing an instance: allocate (exceptions keep their args), then __init__. */
static MrtValue user_new(MrtType *t, int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtValue self;
    if (t->flags & MRT_TF_EXC) {
        self = mrt_exc_new(t, nargs, args);
    } else {
        MrtInstance *o = mrt_alloc(t, t->basicsize);
        if (o)
            for (int64_t i = 0; i < t->nslots; i++) o->slots[i] = MRT_UNBOUND;
        self = o ? mrt_from_obj(o) : MRT_ERR;
    }
    if (!self) return MRT_ERR;
    MrtValue init = lookup_init(t);
    int builtin_init = !init || (mrt_is_ptr(init) && mrt_obj(init)->type == &mrt_type_builtin_function);
    if (builtin_init && !(t->flags & MRT_TF_EXC)) {
        if (nargs || kwnames) return mrt_raise_fmt(&mrt_type_TypeError, "%s() takes no arguments", t->name);
        return self;
    }
    MrtValue buf[MRT_SELF_BUF], *a = mrt_args_with_self(buf, self, nargs, args, kwnames);
    if (!a) return MRT_ERR;
    MrtEntry entry = mrt_exact_entry(init, nargs, kwnames);
    MrtValue r = entry ? entry(init, a) : mrt_call(init, nargs + 1, a, kwnames);
    if (!r) return MRT_ERR;
    if (r != MRT_NONE)
        return mrt_raise_fmt(&mrt_type_TypeError, "__init__() should return None, not '%s'", mrt_type_cname(r));
    return self;
}

static int defines(MrtValue ns, const char *name)
{
    MrtValue v;
    return mrt_dict_lookup(ns, mrt_intern(name), &v) > 0;
}

/* Points the slots at trampolines for every dunder the class body defines;
 * slots for dunders of user bases were inherited with the base's slots. */
static void install_slots(MrtType *t, MrtValue ns)
{
    if (defines(ns, "__repr__")) t->repr = user_repr;
    if (defines(ns, "__str__")) t->str = user_str;
    if (defines(ns, "__hash__")) {
        MrtValue h = mrt_dict_get(ns, mrt_name("__hash__"));
        t->hash = h == MRT_NONE ? unhashable : user_hash;
    } else if (defines(ns, "__eq__")) {
        t->hash = unhashable; /* defining __eq__ without __hash__ makes instances unhashable */
    }
    if (defines(ns, "__len__")) t->len = user_len;
    if (defines(ns, "__bool__") || defines(ns, "__len__")) t->truthy = user_truthy;
    if (defines(ns, "__getitem__")) t->getitem = user_getitem;
    if (defines(ns, "__setitem__") || defines(ns, "__delitem__")) t->setitem = user_setitem;
    if (defines(ns, "__contains__") || (defines(ns, "__iter__") && !t->contains)) t->contains = user_contains;
    if (defines(ns, "__iter__"))
        t->iter = user_iter;
    else if (defines(ns, "__getitem__") && !t->iter)
        t->iter = seq_iter;
    if (defines(ns, "__getitem__") && !t->contains) t->contains = user_contains;
    if (defines(ns, "__next__")) t->next = user_next;
    if (defines(ns, "__call__")) t->call = user_call;
}

/* A dunder assigned to a class after it was created (A.__len__ = f): point
 * the slots at the trampolines again. Subclasses created earlier keep the
 * slots they copied. */
void mrt_class_dunders_changed(MrtType *t)
{
    if (t->flags & MRT_TF_USER) install_slots(t, t->dict);
}

/* A property assigned to a class after creation also takes precedence over
 * the instance attributes of every class derived from it. */
void mrt_class_property_added(MrtType *t)
{
    t->flags |= MRT_TF_HAS_PROPERTY;
    MrtList *subs = t->subclasses ? (MrtList *)mrt_obj(t->subclasses) : NULL;
    for (int64_t i = 0; subs && i < subs->len; i++) mrt_class_property_added((MrtType *)mrt_obj(subs->items[i]));
}

static int ns_has_property(MrtValue ns)
{
    int64_t pos = 0;
    MrtValue k, v;
    while (mrt_dict_next(ns, &pos, &k, &v))
        if (mrt_is_ptr(v) && mrt_obj(v)->type == &mrt_type_property) return 1;
    return 0;
}

int64_t mrt_slot_index(const MrtType *t, MrtValue name)
{
    if (!t->nslots) return -1;
    MrtTuple *names = (MrtTuple *)mrt_obj(t->slot_names);
    for (int64_t i = 0; i < names->len; i++)
        if (names->items[i] == name) return i;
    for (int64_t i = 0; i < names->len; i++) /* a name built at run time, not interned */
        if (mrt_str_eq(names->items[i], name)) return i;
    return -1;
}

int mrt_instance_has(MrtValue obj, MrtValue name)
{
    MrtType *t = mrt_obj(obj)->type;
    int64_t i = mrt_slot_index(t, name);
    if (i >= 0 && ((MrtInstance *)mrt_obj(obj))->slots[i] != MRT_UNBOUND) return 1;
    MrtValue d = ((MrtInstance *)mrt_obj(obj))->dict, v;
    return d ? mrt_dict_lookup(d, name, &v) : 0;
}

/* Slots of a new class: its base's, then the names its methods assign to
 * self that the base lacks. Exception classes keep MrtException's layout. */
static int set_slots(MrtType *t, MrtType *b, MrtValue names)
{
    t->nslots = 0;
    t->slot_names = 0;
    if (t->flags & MRT_TF_EXC) return 0;
    MrtValue list = mrt_list_new(0, NULL);
    if (!list) return -1;
    if (b->nslots && mrt_list_extend(list, b->slot_names) < 0) return -1;
    MrtTuple *own = names ? (MrtTuple *)mrt_obj(names) : NULL;
    for (int64_t i = 0; own && i < own->len; i++)
        if (mrt_slot_index(b, own->items[i]) < 0 && mrt_list_append(list, own->items[i]) < 0) return -1;
    if (!(t->slot_names = mrt_tuple_from_iter(list))) return -1;
    t->nslots = ((MrtTuple *)mrt_obj(t->slot_names))->len;
    t->basicsize = sizeof(MrtInstance) + sizeof(MrtValue) * (size_t)t->nslots;
    /* A slot named like a class attribute hides it once set. */
    for (int64_t i = 0; i < t->nslots; i++) mrt_note_instance_key(t, ((MrtTuple *)mrt_obj(t->slot_names))->items[i]);
    return 0;
}

MrtValue mrt_class_new(MrtValue name, MrtValue base, MrtValue ns, MrtValue module)
{
    return mrt_class_new_slots(name, base, ns, module, 0);
}

MrtValue mrt_class_new_slots(MrtValue name, MrtValue base, MrtValue ns, MrtValue module, MrtValue slot_names)
{
    MrtType *b = base ? (MrtType *)mrt_obj(base) : &mrt_type_object;
    if (base && (!mrt_is_ptr(base) || mrt_obj(base)->type != &mrt_type_type))
        return mrt_raise_fmt(&mrt_type_TypeError, "bases must be types, not %s", mrt_type_cname(base));
    if (!(b->flags & (MRT_TF_USER | MRT_TF_EXC)) && b != &mrt_type_object)
        return mrt_raise_fmt(&mrt_type_TypeError, "molt does not support subclassing '%s'", b->name);
    MrtType *t = mrt_gc_malloc(sizeof(MrtType));
    if (!t) return MRT_ERR;
    *t = *b; /* inherit every slot */
    t->ob.type = &mrt_type_type;
    t->name = mrt_str_data(name);
    t->base = b;
    t->dict = ns;
    t->methods = NULL;
    t->flags = MRT_TF_USER | (b->flags & (MRT_TF_EXC | MRT_TF_HAS_PROPERTY));
    if (ns_has_property(ns)) t->flags |= MRT_TF_HAS_PROPERTY;
    if (b == &mrt_type_object) {
        t->basicsize = sizeof(MrtInstance);
        t->richcmp = NULL;
        t->hash = mrt_type_object.hash;
    }
    t->tp_new = user_new;
    if (module && !defines(ns, "__module__") && mrt_dict_set(ns, mrt_name("__module__"), module) < 0) return MRT_ERR;
    install_slots(t, ns);
    if (set_slots(t, b, slot_names) < 0) return MRT_ERR;
    t->subclasses = 0;
    if (!b->subclasses && !(b->subclasses = mrt_list_new(0, NULL))) return MRT_ERR;
    if (mrt_list_append(b->subclasses, mrt_from_obj(t)) < 0) return MRT_ERR;
    mrt_class_version++; /* a new type may reuse a dead one's address */
    return mrt_from_obj(t);
}
