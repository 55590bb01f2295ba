/* mrt_object.c — the runtime core: start-up, allocation, the type/object
 * types, and the generic object protocol (attributes, operators, calls,
 * iteration) that dispatches to each type's slots or a user class's dunders. */
#include "mrt_internal.h"

#include <gc.h>
#include <stdio.h>
#include <stdlib.h>

MrtValue mrt_cur_exc;
int64_t mrt_depth;
int64_t mrt_max_depth = 1000;

/* ---- start-up and allocation ---------------------------------------------- */

void mrt_init(int argc, char **argv)
{
    static int done;
    if (done) {
        mrt_sys_set_argv(argc, argv);
        return;
    }
    done = 1;
    GC_INIT();
    /* Start with an 8 MiB heap and collect less eagerly: most programs are
     * short-lived and allocation-heavy. A bigger start (64 MiB) was slower:
     * each cycle then reuses memory last touched a whole heap earlier, which
     * is out of cache (measured in docs/performance.md). */
    GC_expand_hp(8 << 20);
    GC_set_free_space_divisor(2);
    mrt_int_init();
    mrt_str_init();
    mrt_io_init();
    mrt_types_init();
    mrt_containers_init();
    mrt_builtins_init();
    mrt_sys_set_argv(argc, argv);
}

void mrt_register_roots(void *start, void *end) { GC_add_roots(start, end); }

static void *oom(void)
{
    mrt_raise_msg(&mrt_type_MemoryError, "");
    return NULL;
}

void *mrt_alloc(MrtType *t, size_t size)
{
    MrtObject *o = GC_MALLOC(size);
    if (!o) return oom();
    o->type = t;
    return o;
}

void *mrt_alloc_atomic(MrtType *t, size_t size)
{
    MrtObject *o = GC_MALLOC_ATOMIC(size);
    if (!o) return oom();
    memset(o, 0, size);
    o->type = t;
    return o;
}

void *mrt_gc_malloc(size_t size)
{
    void *p = GC_MALLOC(size);
    return p ? p : oom();
}

int mrt_size_mul(int64_t a, int64_t b, int64_t *out)
{
    if (a < 0 || b < 0 || __builtin_mul_overflow(a, b, out) || *out > ((int64_t)1 << 48)) {
        mrt_raise_msg(&mrt_type_MemoryError, "");
        return -1;
    }
    return 0;
}

int mrt_size_add(int64_t a, int64_t b, int64_t *out)
{
    if (a < 0 || b < 0 || __builtin_add_overflow(a, b, out) || *out > ((int64_t)1 << 48)) {
        mrt_raise_msg(&mrt_type_MemoryError, "");
        return -1;
    }
    return 0;
}

MrtValue mrt_name(const char *literal)
{
    static struct {
        const char *key;
        MrtValue name;
    } cache[256];
    size_t h = ((uintptr_t)literal >> 3) & 255;
    if (cache[h].key == literal && !strcmp(mrt_str_data(cache[h].name), literal)) return cache[h].name;
    MrtValue v = mrt_intern(literal);
    if (v) {
        cache[h].key = literal;
        cache[h].name = v;
    }
    return v;
}

/* ---- types ------------------------------------------------------------------ */

int mrt_is_subtype(const MrtType *t, const MrtType *base)
{
    for (; t; t = t->base)
        if (t == base) return 1;
    return base == &mrt_type_object;
}

const char *mrt_type_cname(MrtValue v) { return mrt_type_of(v)->name; }

const char *mrt_type_qualname(MrtType *t)
{
    MrtValue q;
    if ((t->flags & MRT_TF_USER) && t->dict && mrt_dict_lookup(t->dict, mrt_name("__qualname__"), &q) > 0 &&
        mrt_is_str(q))
        return mrt_str_data(q);
    return t->name;
}

MrtValue mrt_type_name(MrtValue v) { return mrt_str_from_cstr(mrt_type_cname(v)); }

static MrtValue wrap_method_def(const MrtMethodDef *m, MrtType *owner)
{
    MrtValue f = mrt_builtin_new(m->name, m->fn, 0);
    ((MrtBuiltin *)mrt_obj(f))->flags = m->flags | MRT_METH_DESCRIPTOR;
    ((MrtBuiltin *)mrt_obj(f))->owner = owner;
    return f;
}

void mrt_type_ready(MrtType *t)
{
    if (t->dict) return;
    t->dict = mrt_dict_new();
    if (t->base && t->base != t) mrt_type_ready(t->base);
    for (const MrtMethodDef *m = t->methods; m && m->name; m++)
        mrt_dict_set(t->dict, mrt_intern(m->name), wrap_method_def(m, t));
    if (!(t->flags & MRT_TF_USER)) mrt_add_slot_methods(t);
}

#define READY_TYPE(c, py) mrt_type_ready(&mrt_type_##c);
void mrt_types_init(void)
{
    MRT_BUILTIN_TYPES(READY_TYPE)
    mrt_exc_types_init();
}

MrtValue mrt_type_lookup(MrtType *t, MrtValue name)
{
    for (; t; t = t->base) {
        MrtValue v;
        if (t->dict && mrt_dict_lookup(t->dict, name, &v) > 0) return v;
    }
    MrtValue v;
    if (mrt_type_object.dict && mrt_dict_lookup(mrt_type_object.dict, name, &v) > 0) return v;
    return 0;
}

/* ---- attributes -------------------------------------------------------------- */

static int is_type(MrtValue v) { return mrt_is_ptr(v) && mrt_obj(v)->type == &mrt_type_type; }
static int has_type(MrtValue v, MrtType *t) { return mrt_is_ptr(v) && mrt_obj(v)->type == t; }

static MrtValue *instance_dict_slot(MrtValue obj)
{
    if (!mrt_is_ptr(obj)) return NULL;
    MrtType *t = mrt_obj(obj)->type;
    if (t->flags & (MRT_TF_USER | MRT_TF_EXC)) return &((MrtInstance *)mrt_obj(obj))->dict;
    if (t == &mrt_type_function) return &((MrtFunc *)mrt_obj(obj))->dict;
    return NULL;
}

/* Binds a class attribute found by lookup to the instance it was read from. */
static MrtValue bind_attr(MrtValue attr, MrtValue obj, MrtType *t)
{
    if (!mrt_is_ptr(attr)) return attr;
    MrtType *at = mrt_obj(attr)->type;
    if (at == &mrt_type_function) {
        MrtMethod *m = mrt_alloc(&mrt_type_method, sizeof(MrtMethod));
        if (!m) return MRT_ERR;
        m->func = attr;
        m->self = obj;
        return mrt_from_obj(m);
    }
    if (at == &mrt_type_builtin_function) {
        MrtBuiltin *b = (MrtBuiltin *)mrt_obj(attr);
        if (b->self) return attr;
        if (!(b->flags & MRT_METH_DESCRIPTOR)) return attr; /* e.g. `out = print` in a class body */
        if (b->flags & MRT_METH_PROPERTY) return b->fn(1, &obj, 0);
        if (b->flags & MRT_METH_STATIC) return attr;
        MrtValue recv = (b->flags & MRT_METH_CLASS) ? mrt_from_obj(t) : obj;
        MrtValue nb = mrt_builtin_new(b->name, b->fn, recv);
        return nb;
    }
    if (at == &mrt_type_staticmethod) return ((MrtWrapper *)mrt_obj(attr))->fget;
    if (at == &mrt_type_classmethod) {
        MrtMethod *m = mrt_alloc(&mrt_type_method, sizeof(MrtMethod));
        if (!m) return MRT_ERR;
        m->func = ((MrtWrapper *)mrt_obj(attr))->fget;
        m->self = mrt_from_obj(t);
        return mrt_from_obj(m);
    }
    if (at == &mrt_type_property) {
        MrtValue g = ((MrtWrapper *)mrt_obj(attr))->fget;
        if (!g) return mrt_raise_fmt(&mrt_type_AttributeError, "property object has no getter");
        return mrt_call1(g, obj);
    }
    return attr;
}

static MrtValue attr_error(MrtValue obj, MrtValue name)
{
    if (is_type(obj))
        return mrt_raise_fmt(&mrt_type_AttributeError, "type object '%s' has no attribute '%S'",
                             ((MrtType *)mrt_obj(obj))->name, name);
    return mrt_raise_fmt(&mrt_type_AttributeError, "'%s' object has no attribute '%S'", mrt_type_cname(obj), name);
}

/* cls.__subclasses__(): the classes created with cls as their base. */
static MrtValue type_subclasses(int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (nargs != 1 || kwnames) return mrt_raise_msg(&mrt_type_TypeError, "__subclasses__() takes no arguments");
    MrtValue subs = ((MrtType *)mrt_obj(args[0]))->subclasses;
    return subs ? mrt_list_from_iter(subs) : mrt_list_new(0, NULL);
}

static MrtValue special_attr(MrtValue obj, MrtValue name)
{
    const char *n = mrt_str_data(name);
    if (n[0] != '_' || n[1] != '_') return 0;
    if (!strcmp(n, "__class__")) return mrt_from_obj(mrt_type_of(obj));
    if (is_type(obj)) {
        MrtType *t = (MrtType *)mrt_obj(obj);
        if (!strcmp(n, "__name__") || !strcmp(n, "__qualname__")) return mrt_str_from_cstr(t->name);
        if (!strcmp(n, "__base__")) return t->base ? mrt_from_obj(t->base) : MRT_NONE;
        if (!strcmp(n, "__subclasses__")) return mrt_builtin_new("__subclasses__", type_subclasses, obj);
        if (!strcmp(n, "__bases__") || !strcmp(n, "__mro__")) {
            /* single inheritance: the MRO is the chain of bases, then object */
            MrtValue items[64];
            int k = 0, mro = n[2] == 'm';
            if (mro) items[k++] = obj;
            for (MrtType *b = t->base; b && k < 63; b = mro ? b->base : NULL) items[k++] = mrt_from_obj(b);
            if (mro && items[k - 1] != mrt_from_obj(&mrt_type_object) && t != &mrt_type_object)
                items[k++] = mrt_from_obj(&mrt_type_object);
            return mrt_tuple_new(k, items);
        }
        if (!strcmp(n, "__dict__")) return t->dict;
        if (!strcmp(n, "__module__")) return (t->flags & MRT_TF_USER) ? 0 : mrt_str_from_cstr("builtins");
    }
    if (has_type(obj, &mrt_type_function)) {
        const MrtFuncInfo *fi = ((MrtFunc *)mrt_obj(obj))->info;
        if (!strcmp(n, "__name__")) return mrt_str_from_cstr(fi->name);
        if (!strcmp(n, "__qualname__")) return mrt_str_from_cstr(fi->qualname);
        if (!strcmp(n, "__doc__")) return fi->doc ? mrt_str_from_cstr(fi->doc) : MRT_NONE;
        if (!strcmp(n, "__module__")) {
            MrtValue m = ((MrtFunc *)mrt_obj(obj))->module;
            return m ? m : MRT_NONE;
        }
        if (!strcmp(n, "__defaults__") || !strcmp(n, "__kwdefaults__")) {
            MrtFunc *f = (MrtFunc *)mrt_obj(obj);
            MrtValue d = n[2] == 'd' ? f->defaults : f->kwdefaults;
            return d ? d : MRT_NONE;
        }
    }
    if (has_type(obj, &mrt_type_builtin_function) && !strcmp(n, "__name__"))
        return mrt_str_from_cstr(((MrtBuiltin *)mrt_obj(obj))->name);
    return 0;
}

MrtValue mrt_generic_getattr(MrtValue obj, MrtValue name)
{
    MrtType *t = mrt_type_of(obj);
    if (is_type(obj)) {
        /* Attribute of a class: look in its own MRO first. */
        MrtType *cls = (MrtType *)mrt_obj(obj);
        MrtValue attr = mrt_type_lookup(cls, name);
        if (attr) {
            if (has_type(attr, &mrt_type_classmethod) || has_type(attr, &mrt_type_staticmethod))
                return bind_attr(attr, obj, cls);
            if (has_type(attr, &mrt_type_builtin_function) &&
                (((MrtBuiltin *)mrt_obj(attr))->flags & (MRT_METH_CLASS | MRT_METH_STATIC)))
                return bind_attr(attr, obj, cls);
            return attr;
        }
        MrtValue s = special_attr(obj, name);
        return s ? s : attr_error(obj, name);
    }
    MrtValue *dslot = instance_dict_slot(obj);
    if (t->nslots && !(t->flags & MRT_TF_HAS_PROPERTY)) {
        int64_t i = mrt_slot_index(t, name);
        if (i >= 0 && ((MrtInstance *)mrt_obj(obj))->slots[i] != MRT_UNBOUND)
            return ((MrtInstance *)mrt_obj(obj))->slots[i];
    }
    if ((t->flags & (MRT_TF_USER | MRT_TF_HAS_PROPERTY)) == MRT_TF_USER && dslot && *dslot) {
        /* No property anywhere in the class chain: the instance dict wins. */
        MrtValue v;
        int r = mrt_dict_lookup(*dslot, name, &v);
        if (r) return r < 0 ? MRT_ERR : v;
    }
    MrtValue attr = mrt_type_lookup(t, name);
    if (attr && has_type(attr, &mrt_type_property)) return bind_attr(attr, obj, t);
    if (t->nslots && (t->flags & MRT_TF_HAS_PROPERTY)) { /* slots come after properties */
        int64_t i = mrt_slot_index(t, name);
        if (i >= 0 && ((MrtInstance *)mrt_obj(obj))->slots[i] != MRT_UNBOUND)
            return ((MrtInstance *)mrt_obj(obj))->slots[i];
    }
    if (dslot && *dslot) {
        MrtValue v;
        int r = mrt_dict_lookup(*dslot, name, &v);
        if (r < 0) return MRT_ERR;
        if (r > 0) return v;
    }
    if (attr) return bind_attr(attr, obj, t);
    MrtValue s = special_attr(obj, name);
    return s ? s : attr_error(obj, name);
}

MrtValue mrt_getattr(MrtValue obj, MrtValue name)
{
    MrtType *t = mrt_type_of(obj);
    if (t->getattr) return t->getattr(obj, name);
    return mrt_generic_getattr(obj, name);
}

MrtValue mrt_getattr_default(MrtValue obj, MrtValue name, MrtValue dflt)
{
    MrtValue v = mrt_getattr(obj, name);
    if (v || !dflt) return v;
    if (!mrt_isinstance_of(mrt_cur_exc, &mrt_type_AttributeError)) return MRT_ERR;
    mrt_exc_fetch();
    return dflt;
}

/* Attributes computed by special_attr that CPython does not let a program
 * set: getset descriptors without a setter, or read-only members. */
static const struct {
    MrtType *type;
    const char *name;
    int member;
} readonly_specials[] = {
    {&mrt_type_builtin_function, "__name__", 0}, {&mrt_type_builtin_function, "__qualname__", 0},
    {&mrt_type_builtin_function, "__self__", 1}, {&mrt_type_method, "__func__", 1},
    {&mrt_type_method, "__self__", 1},
};

/* The error for assigning or deleting a read-only attribute of a builtin
 * type, in CPython's words; 0 when `name` is not one. */
static int readonly_error(MrtType *t, MrtValue name, MrtValue attr)
{
    const char *n = mrt_str_data(name);
    int member = -1;
    for (size_t i = 0; i < sizeof readonly_specials / sizeof readonly_specials[0]; i++)
        if (readonly_specials[i].type == t && !strcmp(readonly_specials[i].name, n))
            member = readonly_specials[i].member;
    if (member < 0 && attr && has_type(attr, &mrt_type_builtin_function)) {
        int fl = ((MrtBuiltin *)mrt_obj(attr))->flags;
        if ((fl & (MRT_METH_PROPERTY | MRT_METH_DESCRIPTOR)) == (MRT_METH_PROPERTY | MRT_METH_DESCRIPTOR))
            member = (fl & MRT_METH_MEMBER) != 0;
        /* the message names the type that defines it (bool's real is int's) */
        MrtValue v;
        while (member >= 0 && t->base && !(t->dict && mrt_dict_lookup(t->dict, name, &v) > 0)) t = t->base;
    }
    if (member < 0) return 0;
    if (member)
        mrt_raise_msg(&mrt_type_AttributeError, "readonly attribute");
    else
        mrt_raise_fmt(&mrt_type_AttributeError, "attribute '%S' of '%s' objects is not writable", name, t->name);
    return -1;
}

/* C.__name__ = v and C.__qualname__ = v on a user class: -1 error, 0 done,
 * 1 for any other name. */
static int set_class_name(MrtType *cls, MrtValue name, MrtValue val)
{
    const char *n = mrt_str_data(name);
    int qual = !strcmp(n, "__qualname__");
    if (!qual && strcmp(n, "__name__")) return 1;
    if (!val) {
        mrt_raise_fmt(&mrt_type_TypeError, "cannot delete '%s' attribute of immutable type '%s'", n, cls->name);
        return -1;
    }
    if (!mrt_is_str(val)) {
        mrt_raise_fmt(&mrt_type_TypeError, "can only assign string to %s.%s, not '%s'", cls->name, n,
                      mrt_type_cname(val));
        return -1;
    }
    if (qual) return 1; /* kept in the class dict, where __qualname__ is read */
    if (memchr(mrt_str_data(val), 0, (size_t)((MrtStr *)mrt_obj(val))->size)) {
        mrt_raise_msg(&mrt_type_ValueError, "type name must not contain null characters");
        return -1;
    }
    cls->name = mrt_str_data(val); /* the str stays reachable from this pointer */
    return 0;
}

int mrt_generic_setattr(MrtValue obj, MrtValue name, MrtValue val)
{
    if (is_type(obj)) {
        MrtType *cls = (MrtType *)mrt_obj(obj);
        if (!(cls->flags & MRT_TF_USER)) {
            mrt_raise_fmt(&mrt_type_TypeError, "cannot set '%S' attribute of immutable type '%s'", name, cls->name);
            return -1;
        }
        int rc = set_class_name(cls, name, val);
        if (rc < 1) return rc;
        if (!val) {
            mrt_class_version++;
            if (mrt_dict_del(cls->dict, name) == 0) return 0;
            attr_error(obj, name);
            return -1;
        }
        if (has_type(val, &mrt_type_property)) mrt_class_property_added(cls);
        mrt_class_version++;     /* invalidates cached method lookups */
        mrt_classes_mutated = 1; /* existing instances may now shadow it */
        if (mrt_dict_set(cls->dict, name, val) < 0) return -1;
        const char *n = mrt_str_data(name);
        size_t len = strlen(n);
        if (len > 4 && n[0] == '_' && n[1] == '_' && n[len - 1] == '_' && n[len - 2] == '_')
            mrt_class_dunders_changed(cls);
        return 0;
    }
    MrtType *t = mrt_type_of(obj);
    MrtValue attr = mrt_type_lookup(t, name);
    if (!(t->flags & MRT_TF_USER) && readonly_error(t, name, attr)) return -1;
    if (attr && has_type(attr, &mrt_type_property)) {
        MrtWrapper *p = (MrtWrapper *)mrt_obj(attr);
        MrtValue f = val ? p->fset : p->fdel;
        if (!f) {
            mrt_raise_fmt(&mrt_type_AttributeError, "property '%S' of '%s' object has no %s", name, t->name,
                          val ? "setter" : "deleter");
            return -1;
        }
        MrtValue args[2] = {obj, val};
        return mrt_call(f, val ? 2 : 1, args, 0) ? 0 : -1;
    }
    int64_t si = mrt_slot_index(t, name);
    if (si >= 0) {
        MrtValue *slot = &((MrtInstance *)mrt_obj(obj))->slots[si];
        if (!val && *slot == MRT_UNBOUND) {
            attr_error(obj, name);
            return -1;
        }
        *slot = val ? val : MRT_UNBOUND;
        return 0;
    }
    MrtValue *dslot = instance_dict_slot(obj);
    if (!dslot) {
        if (attr)
            mrt_raise_fmt(&mrt_type_AttributeError, "'%s' object attribute '%S' is read-only", t->name, name);
        else
            attr_error(obj, name);
        return -1;
    }
    if (!val) {
        if (*dslot && mrt_dict_del(*dslot, name) == 0) return 0;
        attr_error(obj, name);
        return -1;
    }
    if (!*dslot && !(*dslot = mrt_dict_new())) return -1;
    int64_t before = mrt_dict_len(*dslot);
    if (mrt_dict_set(*dslot, name, val) < 0) return -1;
    if (mrt_dict_len(*dslot) != before) mrt_note_instance_key(t, name);
    return 0;
}

int mrt_setattr(MrtValue obj, MrtValue name, MrtValue val)
{
    MrtType *t = mrt_type_of(obj);
    if (t->setattr) return t->setattr(obj, name, val);
    return mrt_generic_setattr(obj, name, val);
}

int mrt_delattr(MrtValue obj, MrtValue name) { return mrt_setattr(obj, name, 0); }

/* ---- calls ------------------------------------------------------------------- */

static int kw_count(MrtValue kwnames) { return kwnames ? (int)((MrtTuple *)mrt_obj(kwnames))->len : 0; }

MrtValue *mrt_args_with_self(MrtValue *buf, MrtValue self, int nargs, const MrtValue *args, MrtValue kwnames)
{
    int total = nargs + kw_count(kwnames);
    MrtValue *a = total + 1 <= MRT_SELF_BUF ? buf : mrt_gc_malloc(sizeof(MrtValue) * (size_t)(total + 1));
    if (!a) return NULL;
    a[0] = self;
    if (total) memcpy(a + 1, args, sizeof(MrtValue) * (size_t)total);
    return a;
}

/* Builds self + args (+ keyword values) and hands them to `fn` (or to f). */
static MrtValue call_with_self_fn(MrtCFunc fn, MrtValue f, MrtValue self, int nargs, const MrtValue *args,
                                  MrtValue kwnames)
{
    MrtValue buf[MRT_SELF_BUF], *a = mrt_args_with_self(buf, self, nargs, args, kwnames);
    if (!a) return MRT_ERR;
    return fn ? fn(nargs + 1, a, kwnames) : mrt_call(f, nargs + 1, a, kwnames);
}

/* Calls f with `self` prepended to the arguments. */
static MrtValue call_with_self(MrtValue f, MrtValue self, int nargs, const MrtValue *args, MrtValue kwnames)
{
    return call_with_self_fn(NULL, f, self, nargs, args, kwnames);
}

/* Dunders CPython implements as ordinary methods (not slot wrappers), which
 * changes the wording of the error below. */
static int plain_method_dunder(const MrtBuiltin *b)
{
    int container = b->owner == &mrt_type_set || b->owner == &mrt_type_frozenset || b->owner == &mrt_type_dict;
    return container && (!strcmp(b->name, "__contains__") || !strcmp(b->name, "__getitem__"));
}

/* str.lower(5): a builtin type's method called unbound must get an
 * instance of that type as self (the C code relies on its layout). */
static int bad_self(const MrtBuiltin *b, int nargs, const MrtValue *args)
{
    if (nargs >= 1 && (mrt_isinstance_of(args[0], b->owner) || (b->owner == &mrt_type_int && mrt_is_bool(args[0]))))
        return 0;
    if (nargs < 1)
        mrt_raise_fmt(&mrt_type_TypeError, "unbound method %s.%s() needs an argument", b->owner->name, b->name);
    else if (b->name[0] == '_' && b->name[1] == '_' && !plain_method_dunder(b)) /* CPython's slot wrappers */
        mrt_raise_fmt(&mrt_type_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", b->name,
                      b->owner->name, mrt_type_cname(args[0]));
    else
        mrt_raise_fmt(&mrt_type_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", b->name,
                      b->owner->name, mrt_type_cname(args[0]));
    return 1;
}

MrtValue mrt_call(MrtValue f, int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (MRT_LIKELY(mrt_is_ptr(f))) {
        MrtType *t = mrt_obj(f)->type;
        if (t == &mrt_type_builtin_function) {
            MrtBuiltin *b = (MrtBuiltin *)mrt_obj(f);
            if (b->self) return call_with_self_fn(b->fn, f, b->self, nargs, args, kwnames);
            if (b->owner && !(b->flags & (MRT_METH_STATIC | MRT_METH_CLASS)) && bad_self(b, nargs, args))
                return MRT_ERR;
            if (b->flags & MRT_METH_SLOT) return mrt_call_slot_method(b, nargs, args, kwnames);
            return b->fn(nargs, args, kwnames);
        }
        if (t == &mrt_type_method) {
            MrtMethod *m = (MrtMethod *)mrt_obj(f);
            return call_with_self(m->func, m->self, nargs, args, kwnames);
        }
        if (t->call) return t->call(f, nargs, args, kwnames);
    }
    return mrt_raise_fmt(&mrt_type_TypeError, "'%s' object is not callable", mrt_type_cname(f));
}

MrtValue mrt_call2(MrtValue f, MrtValue a, MrtValue b)
{
    MrtValue args[2] = {a, b};
    return mrt_call(f, 2, args, 0);
}

MrtValue mrt_call_ex(MrtValue f, MrtValue argtuple, MrtValue kwdict)
{
    MrtValue seq = mrt_is_tuple(argtuple) ? argtuple : mrt_tuple_from_iter(argtuple);
    if (!seq) return MRT_ERR;
    MrtTuple *pt = (MrtTuple *)mrt_obj(seq);
    int64_t nkw = 0;
    if (kwdict) {
        if (!has_type(kwdict, &mrt_type_dict))
            return mrt_raise_fmt(&mrt_type_TypeError, "argument after ** must be a mapping, not %s",
                                 mrt_type_cname(kwdict));
        nkw = mrt_dict_len(kwdict);
    }
    MrtValue *a = mrt_gc_malloc(sizeof(MrtValue) * (size_t)(pt->len + nkw + 1));
    MrtValue *names = mrt_gc_malloc(sizeof(MrtValue) * (size_t)(nkw + 1));
    if (!a || !names) return MRT_ERR;
    memcpy(a, pt->items, sizeof(MrtValue) * (size_t)pt->len);
    int64_t pos = 0, i = 0;
    MrtValue k, v;
    while (kwdict && mrt_dict_next(kwdict, &pos, &k, &v)) {
        if (!mrt_is_str(k)) return mrt_raise_msg(&mrt_type_TypeError, "keywords must be strings");
        names[i] = mrt_intern(mrt_str_data(k));
        a[pt->len + i++] = v;
    }
    MrtValue kwnames = nkw ? mrt_tuple_new(nkw, names) : 0;
    return mrt_call(f, (int)pt->len, a, kwnames);
}

MrtValue mrt_call_method(MrtValue obj, MrtValue name, int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtType *t = mrt_type_of(obj);
    if (!t->getattr && !is_type(obj)) {
        MrtValue attr = mrt_type_lookup(t, name);
        int shadowed = 0;
        if (instance_dict_slot(obj) && t != &mrt_type_function) {
            shadowed = mrt_instance_has(obj, name);
            if (shadowed < 0) return MRT_ERR;
        } else if (instance_dict_slot(obj) && *instance_dict_slot(obj)) {
            MrtValue dummy;
            shadowed = mrt_dict_lookup(*instance_dict_slot(obj), name, &dummy);
            if (shadowed < 0) return MRT_ERR;
        }
        /* Plain methods: call without materialising a bound method object. */
        if (attr && !shadowed && mrt_is_ptr(attr)) {
            MrtType *at = mrt_obj(attr)->type;
            if (at == &mrt_type_function) return call_with_self(attr, obj, nargs, args, kwnames);
            if (at == &mrt_type_builtin_function &&
                (((MrtBuiltin *)mrt_obj(attr))->flags &
                 (MRT_METH_STATIC | MRT_METH_CLASS | MRT_METH_PROPERTY | MRT_METH_DESCRIPTOR)) == MRT_METH_DESCRIPTOR &&
                !((MrtBuiltin *)mrt_obj(attr))->self)
                return call_with_self_fn(((MrtBuiltin *)mrt_obj(attr))->fn, attr, obj, nargs, args, kwnames);
        }
    }
    MrtValue m = mrt_getattr(obj, name);
    if (!m) return MRT_ERR;
    return mrt_call(m, nargs, args, kwnames);
}

/* Looks up a dunder on the type of v (not the instance) and calls it. Returns 0
 * without an exception when the type does not define it. */
MrtValue mrt_call_dunder(MrtValue v, const char *name, int nargs, const MrtValue *args)
{
    MrtValue f = mrt_type_lookup(mrt_type_of(v), mrt_name(name));
    if (!f) return 0;
    return call_with_self(f, v, nargs, args, 0);
}

/* ---- conversions ----------------------------------------------------------------- */

MrtValue mrt_repr(MrtValue v)
{
    MrtType *t = mrt_type_of(v);
    if (t->repr) return t->repr(v);
    return mrt_object_repr(v);
}

MrtValue mrt_str(MrtValue v)
{
    if (mrt_is_str(v)) return v;
    MrtType *t = mrt_type_of(v);
    if (t->str) return t->str(v);
    return mrt_repr(v);
}

MrtValue mrt_object_repr(MrtValue v)
{
    MrtType *t = mrt_type_of(v);
    if (is_type(v)) {
        MrtType *c = (MrtType *)mrt_obj(v);
        if (c->flags & MRT_TF_USER) {
            MrtValue mod;
            if (mrt_dict_lookup(c->dict, mrt_name("__module__"), &mod) > 0 && mrt_is_str(mod))
                return mrt_str_printf("<class '%S.%s'>", mod, mrt_type_qualname(c));
        }
        return mrt_str_printf("<class '%s'>", c->name);
    }
    if (t->flags & MRT_TF_USER) {
        MrtValue mod;
        if (mrt_dict_lookup(t->dict, mrt_name("__module__"), &mod) > 0 && mrt_is_str(mod))
            return mrt_str_printf("<%S.%s object at %p>", mod, mrt_type_qualname(t), (void *)(uintptr_t)v);
    }
    return mrt_str_printf("<%s object at %p>", t->name, (void *)(uintptr_t)v);
}

int64_t mrt_hash(MrtValue v)
{
    if (mrt_is_small(v)) {
        int64_t i = mrt_small_val(v);
        return i == -1 ? -2 : i;
    }
    MrtType *t = mrt_type_of(v);
    if (t->hash) return t->hash(v);
    mrt_raise_fmt(&mrt_type_TypeError, "unhashable type: '%s'", t->name);
    return -1;
}

int mrt_truthy(MrtValue v)
{
    if (v == MRT_TRUE) return 1;
    if (v == MRT_FALSE || v == MRT_NONE) return 0;
    if (mrt_is_small(v)) return mrt_small_val(v) != 0;
    if (mrt_is_double(v)) return mrt_f64(v) != 0.0;
    MrtType *t = mrt_type_of(v);
    if (t->truthy) return t->truthy(v);
    if (t->len) {
        int64_t n = t->len(v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

int64_t mrt_len(MrtValue v)
{
    MrtType *t = mrt_type_of(v);
    if (t->len) return t->len(v);
    mrt_raise_fmt(&mrt_type_TypeError, "object of type '%s' has no len()", t->name);
    return -1;
}

MrtValue mrt_len_obj(MrtValue v)
{
    if (mrt_is_list(v)) return mrt_small(((MrtList *)mrt_obj(v))->len); /* len(xs): no slot call */
    int64_t n = mrt_len(v);
    return n < 0 ? MRT_ERR : mrt_small(n);
}

/* ---- operators ----------------------------------------------------------------- */

const char *mrt_op_symbol(int op)
{
    static const char *const sym[] = {"+", "-", "*", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^", "@"};
    return op >= 0 && op < MRT_NBINOPS ? sym[op] : "?";
}

static const char *const binop_names[][2] = {{"__add__", "__radd__"},
                                             {"__sub__", "__rsub__"},
                                             {"__mul__", "__rmul__"},
                                             {"__truediv__", "__rtruediv__"},
                                             {"__floordiv__", "__rfloordiv__"},
                                             {"__mod__", "__rmod__"},
                                             {"__pow__", "__rpow__"},
                                             {"__lshift__", "__rlshift__"},
                                             {"__rshift__", "__rrshift__"},
                                             {"__and__", "__rand__"},
                                             {"__or__", "__ror__"},
                                             {"__xor__", "__rxor__"},
                                             {"__matmul__", "__rmatmul__"}};
static const char *const inplace_names[] = {"__iadd__", "__isub__", "__imul__",    "__itruediv__", "__ifloordiv__",
                                            "__imod__", "__ipow__", "__ilshift__", "__irshift__",  "__iand__",
                                            "__ior__",  "__ixor__", "__imatmul__"};

MrtValue mrt_type_error_unsupported(const char *opname, MrtValue a, MrtValue b)
{
    return mrt_raise_fmt(&mrt_type_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", opname,
                         mrt_type_cname(a), mrt_type_cname(b));
}

/* One side's attempt at a binary operator: the builtin slot, or the user
 * dunder. 0 with no exception means "not defined". */
static MrtValue try_binop(MrtType *t, MrtValue self, MrtValue other, MrtValue a, MrtValue b, int op, int reflected)
{
    if (t->flags & MRT_TF_USER) {
        MrtValue r = mrt_call_dunder(self, binop_names[op][reflected], 1, &other);
        if (r || mrt_cur_exc) return r;
        return MRT_NOTIMPL;
    }
    return t->binop ? t->binop(a, b, op) : MRT_NOTIMPL;
}

static MrtValue binop_impl(MrtValue a, MrtValue b, int op, const char *sym)
{
    MrtType *ta = mrt_type_of(a), *tb = mrt_type_of(b);
    MrtValue r;
    int b_first = ta != tb && mrt_is_subtype(tb, ta) && (tb->flags & MRT_TF_USER);
    if (b_first) {
        if ((r = try_binop(tb, b, a, a, b, op, 1)) != MRT_NOTIMPL) return r;
    }
    if ((r = try_binop(ta, a, b, a, b, op, 0)) != MRT_NOTIMPL) return r;
    if (ta != tb && !b_first) {
        if ((r = try_binop(tb, b, a, a, b, op, 1)) != MRT_NOTIMPL) return r;
    }
    if (op == MRT_OP_ADD && mrt_is_str(a))
        return mrt_raise_fmt(&mrt_type_TypeError, "can only concatenate str (not \"%s\") to str", tb->name);
    return mrt_type_error_unsupported(sym, a, b);
}

MrtValue mrt_binop(MrtValue a, MrtValue b, int op) { return binop_impl(a, b, op, mrt_op_symbol(op)); }

MrtValue mrt_inplace(MrtValue a, MrtValue b, int op)
{
    if (mrt_is_double(a) && (mrt_is_double(b) || mrt_is_small(b)) && op <= MRT_OP_TRUEDIV)
        return mrt_arith_slow(a, b, op); /* `s += x * y`: float has no __i<op>__ either */
    MrtType *ta = mrt_type_of(a);
    if (ta == &mrt_type_int && mrt_type_of(b) == &mrt_type_int && op != MRT_OP_MATMUL)
        return mrt_int_binop(a, b, op); /* `s //= n`: int has no __i<op>__ and no subclasses */
    if (ta == &mrt_type_str && op == MRT_OP_ADD && mrt_is_str(b)) return mrt_str_concat(a, b); /* `w += s`, likewise */
    if (ta->flags & MRT_TF_USER) {
        MrtValue r = mrt_call_dunder(a, inplace_names[op], 1, &b);
        if (r && r != MRT_NOTIMPL) return r;
        if (!r && mrt_cur_exc) return MRT_ERR;
    } else if (ta->inplace) {
        MrtValue r = ta->inplace(a, b, op);
        if (r != MRT_NOTIMPL) return r;
    }
    static const char *const isyms[] = {
        "+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="};
    return binop_impl(a, b, op, isyms[op]);
}

MrtValue mrt_unop(MrtValue a, int op)
{
    if (op == MRT_UOP_NOT) {
        int t = mrt_truthy(a);
        return t < 0 ? MRT_ERR : mrt_bool(!t);
    }
    MrtType *t = mrt_type_of(a);
    static const char *const names[] = {"__neg__", "__pos__", "__invert__"};
    static const char *const syms[] = {"-", "+", "~"};
    if (t->flags & MRT_TF_USER) {
        MrtValue r = mrt_call_dunder(a, names[op], 0, NULL);
        if (r || mrt_cur_exc) return r;
    } else if (t->unop) {
        MrtValue r = t->unop(a, op);
        if (r != MRT_NOTIMPL) return r;
    }
    return mrt_raise_fmt(&mrt_type_TypeError, "bad operand type for unary %s: '%s'", syms[op], t->name);
}

static const int swapped_cmp[] = {MRT_CMP_GT, MRT_CMP_GE, MRT_CMP_EQ, MRT_CMP_NE, MRT_CMP_LT, MRT_CMP_LE};
static const char *const cmp_names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
static const char *const cmp_syms[] = {"<", "<=", "==", "!=", ">", ">="};

static MrtValue try_cmp(MrtType *t, MrtValue self, MrtValue other, int op)
{
    if (t->flags & MRT_TF_USER) {
        MrtValue f = mrt_type_lookup(t, mrt_intern(cmp_names[op]));
        if (f && !has_type(f, &mrt_type_builtin_function)) return call_with_self(f, self, 1, &other, 0);
        if (op == MRT_CMP_NE) {
            /* Default __ne__ inverts __eq__. */
            MrtValue eq = mrt_type_lookup(t, mrt_name("__eq__"));
            if (eq && !has_type(eq, &mrt_type_builtin_function)) {
                MrtValue r = call_with_self(eq, self, 1, &other, 0);
                if (!r || r == MRT_NOTIMPL) return r;
                int b = mrt_truthy(r);
                return b < 0 ? MRT_ERR : mrt_bool(!b);
            }
        }
        if (t->base && t->base->richcmp && !(t->base->flags & MRT_TF_USER)) return t->base->richcmp(self, other, op);
        return MRT_NOTIMPL;
    }
    return t->richcmp ? t->richcmp(self, other, op) : MRT_NOTIMPL;
}

MrtValue mrt_compare(MrtValue a, MrtValue b, int op)
{
    MrtType *ta = mrt_type_of(a), *tb = mrt_type_of(b);
    MrtValue r;
    int b_first = ta != tb && mrt_is_subtype(tb, ta) && (tb->flags & MRT_TF_USER);
    if (b_first && (r = try_cmp(tb, b, a, swapped_cmp[op])) != MRT_NOTIMPL) return r;
    if ((r = try_cmp(ta, a, b, op)) != MRT_NOTIMPL) return r;
    if (!b_first && (r = try_cmp(tb, b, a, swapped_cmp[op])) != MRT_NOTIMPL) return r;
    if (op == MRT_CMP_EQ) return mrt_bool(a == b);
    if (op == MRT_CMP_NE) return mrt_bool(a != b);
    return mrt_raise_fmt(&mrt_type_TypeError, "'%s' not supported between instances of '%s' and '%s'", cmp_syms[op],
                         ta->name, tb->name);
}

int mrt_compare_bool(MrtValue a, MrtValue b, int op)
{
    if (mrt_is_small(a) && mrt_is_small(b)) return mrt_cmp_fast(a, b, op);
    if ((mrt_is_double(a) || mrt_is_small(a)) && (mrt_is_double(b) || mrt_is_small(b))) {
        /* floats (and small ints, exact as doubles): IEEE comparisons are Python's, NaN included */
        double x = mrt_is_double(a) ? mrt_f64(a) : (double)mrt_small_val(a);
        double y = mrt_is_double(b) ? mrt_f64(b) : (double)mrt_small_val(b);
        switch (op) {
        case MRT_CMP_LT:
            return x < y;
        case MRT_CMP_LE:
            return x <= y;
        case MRT_CMP_EQ:
            return x == y;
        case MRT_CMP_NE:
            return x != y;
        case MRT_CMP_GT:
            return x > y;
        default:
            return x >= y;
        }
    }
    if ((op == MRT_CMP_EQ || op == MRT_CMP_NE) && mrt_is_str(a) && mrt_is_str(b)) /* a[0] == b[0] */
        return mrt_str_eq(a, b) == (op == MRT_CMP_EQ);
    MrtValue r = mrt_compare(a, b, op);
    if (!r) return -1;
    if (r == MRT_TRUE) return 1;
    if (r == MRT_FALSE) return 0;
    return mrt_truthy(r);
}

int mrt_eq(MrtValue a, MrtValue b)
{
    /* Identity implies equality (CPython's shortcut in containers); with NaN
     * boxing every NaN is "the same object". */
    if (a == b) return 1;
    return mrt_compare_bool(a, b, MRT_CMP_EQ);
}

int mrt_contains(MrtValue container, MrtValue item)
{
    MrtType *t = mrt_type_of(container);
    if (t->contains) return t->contains(container, item);
    MrtValue it = mrt_iter(container);
    if (!it) {
        if (mrt_isinstance_of(mrt_cur_exc, &mrt_type_TypeError)) {
            mrt_exc_fetch();
            mrt_raise_fmt(&mrt_type_TypeError, "argument of type '%s' is not iterable", t->name);
        }
        return -1;
    }
    for (;;) {
        MrtValue v = mrt_next(it);
        if (v == MRT_STOP) return 0;
        if (!v) return -1;
        int r = mrt_eq(v, item);
        if (r) return r;
    }
}

/* ---- items ------------------------------------------------------------------- */

MrtValue mrt_getitem(MrtValue obj, MrtValue key)
{
    MrtType *t = mrt_type_of(obj);
    if (t->getitem) return t->getitem(obj, key);
    if (is_type(obj))
        return mrt_raise_fmt(&mrt_type_TypeError, "type '%s' is not subscriptable", ((MrtType *)mrt_obj(obj))->name);
    return mrt_raise_fmt(&mrt_type_TypeError, "'%s' object is not subscriptable", t->name);
}

int mrt_setitem(MrtValue obj, MrtValue key, MrtValue val)
{
    MrtType *t = mrt_type_of(obj);
    if (t->setitem) return t->setitem(obj, key, val);
    mrt_raise_fmt(&mrt_type_TypeError, "'%s' object does not support item assignment", t->name);
    return -1;
}

int mrt_delitem(MrtValue obj, MrtValue key)
{
    MrtType *t = mrt_type_of(obj);
    if (t->setitem) return t->setitem(obj, key, 0);
    mrt_raise_fmt(&mrt_type_TypeError, "'%s' object doesn't support item deletion", t->name);
    return -1;
}

int mrt_as_index(MrtValue v, int64_t *out)
{
    if (mrt_is_small(v)) {
        *out = mrt_small_val(v);
        return 0;
    }
    if (mrt_is_bool(v)) {
        *out = v == MRT_TRUE;
        return 0;
    }
    if (mrt_int_is(v)) {
        if (mrt_int_to_i64(v, out) == 0) return 0;
        mrt_exc_fetch();
        mrt_raise_fmt(&mrt_type_IndexError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    mrt_raise_fmt(&mrt_type_TypeError, "'%s' object cannot be interpreted as an integer", mrt_type_cname(v));
    return -1;
}

MrtValue mrt_ctx_exit(MrtValue mgr)
{
    MrtType *t = mrt_type_of(mgr);
    if (!mrt_type_lookup(t, mrt_name("__enter__")))
        return mrt_raise_fmt(&mrt_type_TypeError, "'%s' object does not support the context manager protocol", t->name);
    if (!mrt_type_lookup(t, mrt_name("__exit__")))
        return mrt_raise_fmt(&mrt_type_TypeError,
                             "'%s' object does not support the context manager protocol (missed __exit__ method)",
                             t->name);
    return mrt_getattr(mgr, mrt_name("__exit__"));
}

/* ---- iteration ----------------------------------------------------------------- */

MrtValue mrt_iter(MrtValue v)
{
    MrtType *t = mrt_type_of(v);
    if (t->iter) return t->iter(v);
    return mrt_raise_fmt(&mrt_type_TypeError, "'%s' object is not iterable", t->name);
}

MrtValue mrt_next(MrtValue it)
{
    MrtType *t = mrt_type_of(it);
    if (MRT_LIKELY(t->next != NULL)) return t->next(it);
    return mrt_raise_fmt(&mrt_type_TypeError, "'%s' object is not an iterator", t->name);
}

int mrt_unpack(MrtValue seq, int n, MrtValue *out)
{
    int64_t len;
    MrtValue *items;
    if (mrt_seq_as_array(seq, &len, &items) == 0) {
        if (len == n) {
            memcpy(out, items, sizeof(MrtValue) * (size_t)n);
            return 0;
        }
        if (len < n)
            mrt_raise_fmt(&mrt_type_ValueError, "not enough values to unpack (expected %d, got %ld)", n, (long)len);
        else
            mrt_raise_fmt(&mrt_type_ValueError, "too many values to unpack (expected %d)", n);
        return -1;
    }
    MrtValue it = mrt_iter(seq);
    if (!it) {
        if (mrt_isinstance_of(mrt_cur_exc, &mrt_type_TypeError)) {
            mrt_exc_fetch();
            mrt_raise_fmt(&mrt_type_TypeError, "cannot unpack non-iterable %s object", mrt_type_cname(seq));
        }
        return -1;
    }
    for (int i = 0; i < n; i++) {
        MrtValue v = mrt_next(it);
        if (!v) return -1;
        if (v == MRT_STOP) {
            mrt_raise_fmt(&mrt_type_ValueError, "not enough values to unpack (expected %d, got %d)", n, i);
            return -1;
        }
        out[i] = v;
    }
    MrtValue extra = mrt_next(it);
    if (!extra) return -1;
    if (extra != MRT_STOP) {
        mrt_raise_fmt(&mrt_type_ValueError, "too many values to unpack (expected %d)", n);
        return -1;
    }
    return 0;
}

int mrt_unpack_ex(MrtValue seq, int before, int after, MrtValue *out)
{
    MrtValue list = mrt_list_from_iter(seq);
    if (!list) {
        if (mrt_isinstance_of(mrt_cur_exc, &mrt_type_TypeError)) {
            mrt_exc_fetch();
            mrt_raise_fmt(&mrt_type_TypeError, "cannot unpack non-iterable %s object", mrt_type_cname(seq));
        }
        return -1;
    }
    MrtList *l = (MrtList *)mrt_obj(list);
    if (l->len < before + after) {
        mrt_raise_fmt(&mrt_type_ValueError, "not enough values to unpack (expected at least %d, got %ld)",
                      before + after, (long)l->len);
        return -1;
    }
    for (int i = 0; i < before; i++) out[i] = l->items[i];
    int64_t mid = l->len - before - after;
    MrtValue m = mrt_list_new(mid, l->items + before);
    if (!m) return -1;
    out[before] = m;
    for (int i = 0; i < after; i++) out[before + 1 + i] = l->items[before + mid + i];
    return 0;
}

/* ---- isinstance ----------------------------------------------------------------- */

int mrt_isinstance(MrtValue v, MrtValue type_or_tuple)
{
    if (is_type(type_or_tuple)) {
        MrtType *t = (MrtType *)mrt_obj(type_or_tuple);
        if (t == &mrt_type_int && mrt_is_bool(v)) return 1;
        return mrt_isinstance_of(v, t);
    }
    if (mrt_is_tuple(type_or_tuple)) {
        MrtTuple *tu = (MrtTuple *)mrt_obj(type_or_tuple);
        for (int64_t i = 0; i < tu->len; i++) {
            int r = mrt_isinstance(v, tu->items[i]);
            if (r) return r;
        }
        return 0;
    }
    mrt_raise_msg(&mrt_type_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

MrtValue mrt_is_type(MrtValue v, MrtValue type_or_tuple)
{
    int r = mrt_isinstance(v, type_or_tuple);
    return r < 0 ? MRT_ERR : mrt_bool(r);
}

/* ---- the `type`, `object`, None, NotImplemented and Ellipsis types ------------------ */

static MrtValue type_call(MrtValue self, int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtType *t = (MrtType *)mrt_obj(self);
    if (t == &mrt_type_type) {
        if (nargs == 1 && !kwnames) return mrt_from_obj(mrt_type_of(args[0]));
        return mrt_raise_msg(&mrt_type_TypeError,
                             "type() takes 1 argument (molt does not support type(name, bases, dict))");
    }
    if (!t->tp_new) return mrt_raise_fmt(&mrt_type_TypeError, "cannot create '%s' instances", t->name);
    return t->tp_new(t, nargs, args, kwnames);
}

static MrtValue type_repr(MrtValue v) { return mrt_object_repr(v); }
static int64_t identity_hash(MrtValue v) { return (int64_t)((v >> 4) | (v << 60)) & INT64_MAX; }

/* object.__eq__/__ne__: identity, else NotImplemented so that the other
 * operand's reflected method gets its turn. */
static MrtValue type_richcmp(MrtValue a, MrtValue b, int op)
{
    if (a != b || (op != MRT_CMP_EQ && op != MRT_CMP_NE)) return MRT_NOTIMPL;
    return mrt_bool(op == MRT_CMP_EQ);
}

static MrtValue object_new(MrtType *t, int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (nargs || kwnames) return mrt_raise_msg(&mrt_type_TypeError, "object() takes no arguments");
    MrtObject *o = mrt_alloc(&mrt_type_object, sizeof(MrtObject));
    return o ? mrt_from_obj(o) : MRT_ERR;
}

/* Reached with arguments only through an explicit call (user_new handles
 * classes without __init__), which CPython refuses. */
static MrtValue object_init(int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (nargs > 1 || kwnames)
        return mrt_raise_msg(&mrt_type_TypeError,
                             "object.__init__() takes exactly one argument (the instance to initialize)");
    return MRT_NONE;
}
static const MrtMethodDef object_methods[] = {{"__init__", object_init, 0}, {NULL, NULL, 0}};

MrtType mrt_type_type = {
    .ob = {&mrt_type_type},
    .name = "type",
    .base = &mrt_type_object,
    .basicsize = sizeof(MrtType),
    .repr = type_repr,
    .hash = identity_hash,
    .richcmp = type_richcmp,
    .call = type_call,
};
MrtType mrt_type_object = {
    .ob = {&mrt_type_type},
    .name = "object",
    .basicsize = sizeof(MrtObject),
    .hash = identity_hash,
    .richcmp = type_richcmp,
    .tp_new = object_new,
    .methods = object_methods,
};

static MrtValue none_repr(MrtValue v) { return mrt_str_from_cstr("None"); }
static MrtValue notimpl_repr(MrtValue v) { return mrt_str_from_cstr("NotImplemented"); }
static MrtValue ellipsis_repr(MrtValue v) { return mrt_str_from_cstr("Ellipsis"); }
static int64_t singleton_hash(MrtValue v) { return (int64_t)(v & 0xFFFF) * 1000003 + 0x5a17; }
static MrtValue none_new(MrtType *t, int n, const MrtValue *a, MrtValue k)
{
    return n || k ? mrt_raise_msg(&mrt_type_TypeError, "NoneType takes no arguments") : MRT_NONE;
}

MrtType mrt_type_NoneType = {
    .ob = {&mrt_type_type},
    .name = "NoneType",
    .base = &mrt_type_object,
    .repr = none_repr,
    .hash = singleton_hash,
    .richcmp = type_richcmp,
    .tp_new = none_new,
};
MrtType mrt_type_NotImplementedType = {
    .ob = {&mrt_type_type},
    .name = "NotImplementedType",
    .base = &mrt_type_object,
    .repr = notimpl_repr,
    .hash = singleton_hash,
    .richcmp = type_richcmp,
};
MrtType mrt_type_ellipsis = {
    .ob = {&mrt_type_type},
    .name = "ellipsis",
    .base = &mrt_type_object,
    .repr = ellipsis_repr,
    .hash = singleton_hash,
    .richcmp = type_richcmp,
};
