/* mrt_attrcache.c — inline caches for attribute access and method calls.
 * Instances of one class usually get their attributes in the same order
 * (in __init__), so an attribute sits at the same entry index of every
 * instance dict: the cache remembers (class, index) and checks the entry's
 * key by identity (attribute names are interned). Method lookups are cached
 * per (class, mrt_class_version). Every miss falls back to the generic
 * protocol in mrt_object.c, so behaviour never depends on the cache. */
#include "mrt_containers.h"

#define NOINLINE __attribute__((noinline))

uint64_t mrt_class_version = 1;
int mrt_classes_mutated;

/* Method caches assume unshadowed classes: losing that invalidates them. */
void mrt_note_instance_key(MrtType *t, MrtValue name)
{
    if (!(t->flags & MRT_TF_SHADOWED) && mrt_type_lookup(t, name)) {
        t->flags |= MRT_TF_SHADOWED;
        mrt_class_version++;
    }
}

/* No instance of t holds a key that hides a class attribute. */
static int unshadowed(MrtType *t) { return !(t->flags & MRT_TF_SHADOWED) && !mrt_classes_mutated; }

/* The instance dict of a plain user object whose class has no properties
 * (so the instance dict decides attribute reads), or 0. */
static MrtDict *plain_instance_dict(MrtValue obj, MrtType *t)
{
    if ((t->flags & (MRT_TF_USER | MRT_TF_HAS_PROPERTY)) != MRT_TF_USER || t->getattr) return NULL;
    MrtValue d = ((MrtInstance *)mrt_obj(obj))->dict;
    return d ? (MrtDict *)mrt_obj(d) : NULL;
}

static int64_t entry_index(MrtDict *d, MrtValue name)
{
    for (int64_t i = 0; i < d->nentries; i++)
        if (d->entries[i].key == name) return i;
    return -1;
}

/* Class attributes whose value read through an instance is the attribute
 * itself (constants) or a bound method: everything but descriptors. */
static int cacheable_class_attr(MrtValue a)
{
    if (!mrt_is_ptr(a)) return 1;
    MrtType *at = mrt_obj(a)->type;
    return at == &mrt_type_function || !(at == &mrt_type_builtin_function || at == &mrt_type_property ||
                                         at == &mrt_type_staticmethod || at == &mrt_type_classmethod);
}

static MrtValue class_attr(MrtValue obj, MrtValue a)
{
    if (!mrt_is_ptr(a) || mrt_obj(a)->type != &mrt_type_function) return a;
    MrtMethod *m = mrt_alloc(&mrt_type_method, sizeof(MrtMethod));
    if (!m) return MRT_ERR;
    m->func = a;
    m->self = obj;
    return mrt_from_obj(m);
}

/* The miss paths are separate functions so that the hit paths, which dev
 * builds (no inlining) take on every access, need no stack frame. */
static MrtValue NOINLINE getattr_miss(MrtValue obj, MrtValue name, MrtAttrCache *c)
{
    if (!mrt_is_ptr(obj)) return mrt_getattr(obj, name);
    MrtType *t = mrt_obj(obj)->type;
    if (t == &mrt_type_module) {
        MrtModule *m = (MrtModule *)mrt_obj(obj);
        if (c->owner == m && m->slots[c->index] != MRT_UNBOUND) return m->slots[c->index];
        MrtValue v = mrt_getattr(obj, name);
        for (int i = 0; v && i < m->n; i++)
            if (!strcmp(m->names[i], mrt_str_data(name))) c->owner = m, c->index = i;
        return v;
    }
    MrtDict *d = plain_instance_dict(obj, t);
    if (c->owner == t && !(t->flags & MRT_TF_HAS_PROPERTY)) {
        if (d && c->index >= 0 && c->index < d->nentries && d->entries[c->index].key == name)
            return d->entries[c->index].value;
        if (c->index == -1 && c->version == mrt_class_version && unshadowed(t)) return class_attr(obj, c->method);
    }
    MrtValue v = mrt_getattr(obj, name);
    if (!v || (t->flags & (MRT_TF_USER | MRT_TF_HAS_PROPERTY)) != MRT_TF_USER || t->getattr) return v;
    int64_t si = mrt_slot_index(t, name);
    if (si >= 0) {
        c->owner = t, c->index = -si - 2;
        return v;
    }
    int64_t i = d && d->nentries < 64 ? entry_index(d, name) : -1;
    if (i >= 0) {
        c->owner = t, c->index = i;
    } else if (unshadowed(t)) {
        MrtValue a = mrt_type_lookup(t, name);
        if (a && cacheable_class_attr(a)) c->owner = t, c->index = -1, c->method = a, c->version = mrt_class_version;
    }
    return v;
}

/* The cached inline slot for obj. A subclass's slots extend its base's, so
 * the slot also serves instances of any class whose layout has the name at
 * that index (methods inherited by subclasses, polymorphic sites). Only
 * user classes have slots. */
static MrtValue *layout_slot(MrtValue obj, MrtValue name, const MrtAttrCache *c)
{
    if (c->index > -2 || !mrt_is_ptr(obj)) return 0;
    const MrtType *t = mrt_obj(obj)->type;
    int64_t i = -c->index - 2;
    if ((const void *)t != c->owner && (i >= t->nslots || ((MrtTuple *)mrt_obj(t->slot_names))->items[i] != name))
        return 0;
    if (t->flags & MRT_TF_HAS_PROPERTY) return 0;
    return &((MrtInstance *)mrt_obj(obj))->slots[i];
}

MrtValue mrt_getattr_ic(MrtValue obj, MrtValue name, MrtAttrCache *c)
{
    MrtValue *s = layout_slot(obj, name, c);
    if (s && *s != MRT_UNBOUND) return *s;
    MrtDictEntry *e = mrt_cached_entry(obj, name, c);
    return e ? e->value : getattr_miss(obj, name, c);
}

static int NOINLINE setattr_miss(MrtValue obj, MrtValue name, MrtValue val, MrtAttrCache *c)
{
    if (mrt_is_ptr(obj)) {
        MrtType *t = mrt_obj(obj)->type;
        MrtDict *d = plain_instance_dict(obj, t);
        int64_t si = mrt_slot_index(t, name);
        if (si >= 0 && (t->flags & (MRT_TF_USER | MRT_TF_HAS_PROPERTY)) == MRT_TF_USER && !t->setattr) {
            ((MrtInstance *)mrt_obj(obj))->slots[si] = val;
            c->owner = t, c->index = -si - 2;
            return 0;
        }
        if ((t->flags & (MRT_TF_USER | MRT_TF_HAS_PROPERTY)) == MRT_TF_USER && !t->setattr) {
            /* No property can intercept: the store goes to the instance dict. */
            MrtValue *slot = &((MrtInstance *)mrt_obj(obj))->dict;
            if (!*slot && !(*slot = mrt_dict_new())) return -1;
            d = (MrtDict *)mrt_obj(*slot);
            int64_t before = d->used;
            if (mrt_dict_set(*slot, name, val) < 0) return -1;
            d = (MrtDict *)mrt_obj(*slot);
            /* A new key: check once per site and class version whether it hides a class attribute. */
            if (d->used != before && !(c->method == MRT_TRUE && c->owner == t && c->version == mrt_class_version)) {
                mrt_note_instance_key(t, name);
                c->method = MRT_TRUE;
                c->version = mrt_class_version;
            }
            if (d->nentries < 64) {
                int64_t i = entry_index(d, name);
                if (i >= 0) c->owner = t, c->index = i;
            }
            return 0;
        }
    }
    return mrt_setattr(obj, name, val);
}

int mrt_setattr_ic(MrtValue obj, MrtValue name, MrtValue val, MrtAttrCache *c)
{
    MrtValue *s = layout_slot(obj, name, c);
    MrtDictEntry *e = s ? NULL : mrt_cached_entry(obj, name, c);
    if (s || e) {
        *(s ? s : &e->value) = val;
        return 0;
    }
    return setattr_miss(obj, name, val, c);
}

/* The function a method call on an instance of t finds on the type: a
 * user function, a builtin type's method (taking self), or 0 when the call
 * needs the generic protocol (descriptors, instance attributes that shadow
 * class attributes, classes as receivers, __getattr__). */
static MrtValue cacheable_method(MrtType *t, MrtValue name)
{
    if (t->getattr || t == &mrt_type_type || t == &mrt_type_module) return 0;
    MrtValue f = mrt_type_lookup(t, name);
    if (!f || !mrt_is_ptr(f)) return 0;
    if (t->flags & MRT_TF_USER) return mrt_obj(f)->type == &mrt_type_function && unshadowed(t) ? f : 0;
    /* Builtin types' method tables never change. */
    MrtBuiltin *b = (MrtBuiltin *)mrt_obj(f);
    return mrt_obj(f)->type == &mrt_type_builtin_function && b->flags == MRT_METH_DESCRIPTOR && !b->self ? f : 0;
}

/* The body of user function f when a site passing self + nargs positional
 * arguments and no keywords binds them to parameters one to one. */
MrtEntry mrt_exact_entry(MrtValue f, int nargs, MrtValue kwnames)
{
    if (!mrt_is_ptr(f) || mrt_obj(f)->type != &mrt_type_function || kwnames) return NULL;
    const MrtFuncInfo *fi = ((MrtFunc *)mrt_obj(f))->info;
    if (fi->nposargs != nargs + 1 || fi->nkwonly || (fi->flags & (MRT_FI_VARARGS | MRT_FI_VARKW))) return NULL;
    return fi->entry;
}

/* The cache entry for t, filled on first use (func 0: not cacheable), or
 * -1 when every entry is taken by other types. */
static int method_slot(MrtMethodCache *c, MrtType *t, MrtValue name, int nargs, MrtValue kwnames)
{
    if (c->version != mrt_class_version) {
        memset(c->e, 0, sizeof c->e);
        c->version = mrt_class_version;
    }
    int k = 0;
    while (k < MRT_METHOD_PIC && c->e[k].type && c->e[k].type != t) k++;
    if (k == MRT_METHOD_PIC) return -1;
    if (c->e[k].type == t) return k;
    MrtValue f = cacheable_method(t, name);
    c->e[k].type = t;
    c->e[k].func = f;
    c->e[k].entry = f ? mrt_exact_entry(f, nargs, kwnames) : NULL;
    c->e[k].cfn = f && mrt_obj(f)->type == &mrt_type_builtin_function ? ((MrtBuiltin *)mrt_obj(f))->fn : NULL;
    return k;
}

static MrtValue NOINLINE call_method_miss(MrtValue name, int nargs, const MrtValue *sa, MrtValue kwnames,
                                          MrtMethodCache *c)
{
    MrtValue obj = sa[0];
    if (!mrt_is_ptr(obj)) return mrt_call_method(obj, name, nargs, sa + 1, kwnames);
    MrtType *t = mrt_obj(obj)->type;
    if (t == &mrt_type_module) { /* math.sqrt(x): a cached module slot */
        MrtValue f = mrt_getattr_ic(obj, name, &c->attr);
        return f ? mrt_call(f, nargs, sa + 1, kwnames) : MRT_ERR;
    }
    int k = method_slot(c, t, name, nargs, kwnames);
    if (k < 0 || !c->e[k].func) return mrt_call_method(obj, name, nargs, sa + 1, kwnames);
    if (c->e[k].entry) return c->e[k].entry(c->e[k].func, sa);
    if (c->e[k].cfn) return c->e[k].cfn(nargs + 1, sa, kwnames);
    return mrt_call(c->e[k].func, nargs + 1, sa, kwnames);
}

MrtValue mrt_call_method_ic(MrtValue name, int nargs, const MrtValue *sa, MrtValue kwnames, MrtMethodCache *c)
{
    /* Hits on the other receiver types of polymorphic sites (and every hit in dev builds). */
    if (MRT_LIKELY(mrt_is_ptr(sa[0]) && c->version == mrt_class_version)) {
        const MrtType *t = mrt_obj(sa[0])->type;
        for (int k = 0; k < MRT_METHOD_PIC && c->e[k].type; k++)
            if (c->e[k].type == t && c->e[k].entry) return c->e[k].entry(c->e[k].func, sa);
    }
    return call_method_miss(name, nargs, sa, kwnames, c);
}
