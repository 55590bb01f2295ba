/* mrt_module.c — module objects. A compiled module keeps its globals in a
 * C array (one slot per name, known at compile time); the module object
 * exposes them by name for `import m; m.x` used dynamically. */
#include "mrt_internal.h"

MrtValue mrt_module_new(const char *name, int n, const char *const *names, MrtValue *slots)
{
    MrtModule *m = mrt_alloc(&mrt_type_module, sizeof(MrtModule));
    if (!m) return MRT_ERR;
    if (!(m->name = mrt_str_from_cstr(name))) return MRT_ERR;
    m->n = n;
    m->names = names;
    m->slots = slots;
    return mrt_from_obj(m);
}

static int slot_of(MrtModule *m, MrtValue name)
{
    const char *s = mrt_str_data(name);
    for (int i = 0; i < m->n; i++)
        if (!strcmp(m->names[i], s)) return i;
    return -1;
}

static MrtValue module_getattr(MrtValue v, MrtValue name)
{
    MrtModule *m = (MrtModule *)mrt_obj(v);
    int i = slot_of(m, name);
    if (i >= 0 && m->slots[i] != MRT_UNBOUND) return m->slots[i];
    MrtValue r;
    if (m->dict && mrt_dict_lookup(m->dict, name, &r) > 0) return r;
    if (!strcmp(mrt_str_data(name), "__name__")) return m->name;
    return mrt_raise_fmt(&mrt_type_AttributeError, "module '%S' has no attribute '%S'", m->name, name);
}

static int module_setattr(MrtValue v, MrtValue name, MrtValue val)
{
    MrtModule *m = (MrtModule *)mrt_obj(v);
    int i = slot_of(m, name);
    if (i >= 0) {
        m->slots[i] = val ? val : MRT_UNBOUND;
        return 0;
    }
    if (!val) {
        if (m->dict && mrt_dict_del(m->dict, name) == 0) return 0;
        mrt_raise_fmt(&mrt_type_AttributeError, "module '%S' has no attribute '%S'", m->name, name);
        return -1;
    }
    if (!m->dict && !(m->dict = mrt_dict_new())) return -1;
    return mrt_dict_set(m->dict, name, val);
}

static MrtValue module_repr(MrtValue v) { return mrt_str_printf("<module '%S'>", ((MrtModule *)mrt_obj(v))->name); }
static int64_t module_hash(MrtValue v) { return (int64_t)((v >> 4) & INT64_MAX); }

MrtType mrt_type_module = {
    .ob = {&mrt_type_type},
    .name = "module",
    .base = &mrt_type_object,
    .basicsize = sizeof(MrtModule),
    .repr = module_repr,
    .hash = module_hash,
    .getattr = module_getattr,
    .setattr = module_setattr,
};
