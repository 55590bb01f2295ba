/* mrt_attrcache.c — inline caches for attribute access and method calls.
 * Instances of one class usually get their attributes in the same order
 * (in __init__), so an attribute sits at the same entry index of every
 * instance dict: the cache remembers (class, index) and checks the entry's
 * key by identity (attribute names are interned). Method lookups are cached
 * per (class, mrt_class_version). Every miss falls back to the generic
 * protocol in mrt_object.c, so behaviour never depends on the cache. */
#include "mrt_containers.h"

uint64_t mrt_class_version = 1;

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
    if (d && c->owner == t && c->index < d->nentries && d->entries[c->index].key == name)
        return d->entries[c->index].value;
    MrtValue v = mrt_getattr(obj, name);
    if (v && d && d->nentries < 64) {
        int64_t i = entry_index(d, name);
        if (i >= 0) c->owner = t, c->index = i;
    }
    return v;
}

int mrt_setattr_ic(MrtValue obj, MrtValue name, MrtValue val, MrtAttrCache *c)
{
    if (mrt_is_ptr(obj)) {
        MrtType *t = mrt_obj(obj)->type;
        MrtDict *d = plain_instance_dict(obj, t);
        if (d && c->owner == t && c->index < d->nentries && d->entries[c->index].key == name) {
            d->entries[c->index].value = val;
            return 0;
        }
        if ((t->flags & (MRT_TF_USER | MRT_TF_HAS_PROPERTY)) == MRT_TF_USER && !t->setattr) {
            /* No property can intercept: the store goes to the instance dict. */
            MrtValue *slot = &((MrtInstance *)mrt_obj(obj))->dict;
            if (!*slot && !(*slot = mrt_dict_new())) return -1;
            if (mrt_dict_set(*slot, name, val) < 0) return -1;
            d = (MrtDict *)mrt_obj(*slot);
            if (d->nentries < 64) {
                int64_t i = entry_index(d, name);
                if (i >= 0) c->owner = t, c->index = i;
            }
            return 0;
        }
    }
    return mrt_setattr(obj, name, val);
}

MrtValue mrt_call_method_ic(MrtValue obj, MrtValue name, int nargs, const MrtValue *args, MrtValue kwnames,
                            MrtAttrCache *c)
{
    if (!mrt_is_ptr(obj)) return mrt_call_method(obj, name, nargs, args, kwnames);
    MrtType *t = mrt_obj(obj)->type;
    if (!(t->flags & MRT_TF_USER) || t->getattr) return mrt_call_method(obj, name, nargs, args, kwnames);
    if (c->owner != t || c->version != mrt_class_version) {
        MrtValue f = mrt_type_lookup(t, name);
        if (!f || !mrt_is_ptr(f) || mrt_obj(f)->type != &mrt_type_function)
            return mrt_call_method(obj, name, nargs, args, kwnames);
        c->owner = t;
        c->version = mrt_class_version;
        c->method = f;
    }
    /* An instance attribute of the same name shadows the method. */
    MrtValue d = ((MrtInstance *)mrt_obj(obj))->dict, shadow;
    if (d) {
        int r = mrt_dict_lookup(d, name, &shadow);
        if (r < 0) return MRT_ERR;
        if (r > 0) return mrt_call_method(obj, name, nargs, args, kwnames);
    }
    int total = nargs + (kwnames ? (int)((MrtTuple *)mrt_obj(kwnames))->len : 0);
    MrtValue buf[8];
    MrtValue *a = total + 1 <= 8 ? buf : mrt_gc_malloc(sizeof(MrtValue) * (size_t)(total + 1));
    if (!a) return MRT_ERR;
    a[0] = obj;
    if (total) memcpy(a + 1, args, sizeof(MrtValue) * (size_t)total);
    return mrt_call(c->method, nargs + 1, a, kwnames);
}
