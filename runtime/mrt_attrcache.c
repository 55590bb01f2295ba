/* mrt_attrcache.c — inline caches for attribute access and method calls.
 * Instances of one class usually get their attributes in the same order
 * (in __init__), so an attribute sits at the same entry index of every
 * instance dict: the cache remembers (class, index) and checks the entry's
 * key by identity (attribute names are interned). Method lookups are cached
 * per (class, mrt_class_version). Every miss falls back to the generic
 * protocol in mrt_object.c, so behaviour never depends on the cache. */
#include "mrt_containers.h"

uint64_t mrt_class_version = 1;
int mrt_classes_mutated;

void mrt_note_instance_key(MrtType *t, MrtValue name)
{
    if (!(t->flags & MRT_TF_SHADOWED) && mrt_type_lookup(t, name)) t->flags |= MRT_TF_SHADOWED;
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

MrtValue mrt_getattr_ic(MrtValue obj, MrtValue name, MrtAttrCache *c)
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
        if (c->index <= -2 && ((MrtInstance *)mrt_obj(obj))->slots[-c->index - 2] != MRT_UNBOUND)
            return ((MrtInstance *)mrt_obj(obj))->slots[-c->index - 2];
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

int mrt_setattr_ic(MrtValue obj, MrtValue name, MrtValue val, MrtAttrCache *c)
{
    if (mrt_is_ptr(obj)) {
        MrtType *t = mrt_obj(obj)->type;
        MrtDict *d = plain_instance_dict(obj, t);
        if (c->owner == t && c->index <= -2 && !(t->flags & MRT_TF_HAS_PROPERTY)) {
            ((MrtInstance *)mrt_obj(obj))->slots[-c->index - 2] = val;
            return 0;
        }
        if (d && c->owner == t && c->index >= 0 && c->index < d->nentries && d->entries[c->index].key == name) {
            d->entries[c->index].value = val;
            return 0;
        }
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

/* s.split(), lst.append(x): builtin types' method tables never change, so
 * the C function found once per (site, type) is called directly. */
static MrtValue builtin_method(MrtValue obj, MrtType *t, MrtValue name, int nargs, const MrtValue *args,
                               MrtValue kwnames, MrtAttrCache *c)
{
    if (c->owner != t) {
        /* Class objects take attributes from their own MRO, not from `type`. */
        MrtValue f = t->getattr || t == &mrt_type_type ? 0 : mrt_type_lookup(t, name);
        if (!f || !mrt_is_ptr(f) || mrt_obj(f)->type != &mrt_type_builtin_function ||
            ((MrtBuiltin *)mrt_obj(f))->flags != MRT_METH_DESCRIPTOR || ((MrtBuiltin *)mrt_obj(f))->self)
            return mrt_call_method(obj, name, nargs, args, kwnames);
        c->owner = t;
        c->method = f;
    }
    MrtValue buf[MRT_SELF_BUF], *a = mrt_args_with_self(buf, obj, nargs, args, kwnames);
    if (!a) return MRT_ERR;
    return ((MrtBuiltin *)mrt_obj(c->method))->fn(nargs + 1, a, kwnames);
}

MrtValue mrt_call_method_ic(MrtValue obj, MrtValue name, int nargs, const MrtValue *args, MrtValue kwnames,
                            MrtAttrCache *c)
{
    if (!mrt_is_ptr(obj)) return mrt_call_method(obj, name, nargs, args, kwnames);
    MrtType *t = mrt_obj(obj)->type;
    if (t == &mrt_type_module) { /* math.sqrt(x): a cached module slot */
        MrtValue f = mrt_getattr_ic(obj, name, c);
        return f ? mrt_call(f, nargs, args, kwnames) : MRT_ERR;
    }
    if (!(t->flags & MRT_TF_USER)) return builtin_method(obj, t, name, nargs, args, kwnames, c);
    if (t->getattr) return mrt_call_method(obj, name, nargs, args, kwnames);
    if (c->owner != t || c->version != mrt_class_version) {
        MrtValue f = mrt_type_lookup(t, name);
        if (!f || !mrt_is_ptr(f) || mrt_obj(f)->type != &mrt_type_function)
            return mrt_call_method(obj, name, nargs, args, kwnames);
        c->owner = t;
        c->version = mrt_class_version;
        c->method = f;
    }
    /* An instance attribute of the same name shadows the method. */
    if (!unshadowed(t)) {
        int r = mrt_instance_has(obj, name);
        if (r < 0) return MRT_ERR;
        if (r > 0) return mrt_call_method(obj, name, nargs, args, kwnames);
    }
    MrtValue buf[MRT_SELF_BUF], *a = mrt_args_with_self(buf, obj, nargs, args, kwnames);
    if (!a) return MRT_ERR;
    const MrtFuncInfo *fi = ((MrtFunc *)mrt_obj(c->method))->info;
    if (!kwnames && fi->nposargs == nargs + 1 && !fi->nkwonly && !(fi->flags & (MRT_FI_VARARGS | MRT_FI_VARKW)))
        return fi->entry(c->method, a); /* exact positional call: no binding needed */
    return mrt_call(c->method, nargs + 1, a, kwnames);
}
