/* mrt_func.c — callables: compiled Python functions and their argument
 * binding, builtin functions, bound methods, cells, and the property /
 * staticmethod / classmethod / super descriptors. */
#include "mrt_internal.h"

/* ---- Python functions ------------------------------------------------------------ */

MrtValue mrt_func_new(const MrtFuncInfo *fi, MrtValue defaults, MrtValue kwdefaults, MrtValue module, int ncells,
                      const MrtValue *cells)
{
    MrtFunc *f = mrt_alloc(&mrt_type_function, sizeof(MrtFunc) + sizeof(MrtValue) * (size_t)ncells);
    if (!f) return MRT_ERR;
    f->info = fi;
    f->defaults = defaults == MRT_NONE ? 0 : defaults;
    f->kwdefaults = kwdefaults == MRT_NONE ? 0 : kwdefaults;
    f->module = module;
    f->ncells = ncells;
    for (int i = 0; i < ncells; i++) f->cells[i] = cells[i];
    return mrt_from_obj(f);
}

static int nslots(const MrtFuncInfo *fi)
{
    return fi->nposargs + fi->nkwonly + !!(fi->flags & MRT_FI_VARARGS) + !!(fi->flags & MRT_FI_VARKW);
}

static void missing_error(const MrtFuncInfo *fi, const char *kind, const int *idx, int n)
{
    MrtBuf b;
    mrt_buf_init(&b, 64);
    for (int i = 0; i < n; i++) {
        if (i) mrt_buf_adds(&b, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        mrt_buf_adds(&b, "'");
        mrt_buf_adds(&b, fi->params[idx[i]]);
        mrt_buf_adds(&b, "'");
    }
    MrtValue names = mrt_buf_finish(&b);
    if (!names) return;
    mrt_raise_fmt(&mrt_type_TypeError, "%s() missing %d required %s argument%s: %S", fi->qualname, n, kind,
                  n == 1 ? "" : "s", names);
}

static int too_many_error(const MrtFuncInfo *fi, MrtValue defaults, int given)
{
    int ndef = defaults ? (int)((MrtTuple *)mrt_obj(defaults))->len : 0;
    int npos = fi->nposargs;
    if (ndef)
        mrt_raise_fmt(&mrt_type_TypeError, "%s() takes from %d to %d positional arguments but %d were given",
                      fi->qualname, npos - ndef, npos, given);
    else
        mrt_raise_fmt(&mrt_type_TypeError, "%s() takes %d positional argument%s but %d %s given", fi->qualname, npos,
                      npos == 1 ? "" : "s", given, given == 1 ? "was" : "were");
    return -1;
}

/* Where a keyword argument goes: a slot index, or -1 for **kwargs / unknown. */
static int keyword_slot(const MrtFuncInfo *fi, const char *name)
{
    int kwstart = fi->nposargs + !!(fi->flags & MRT_FI_VARARGS);
    for (int i = 0; i < fi->nposargs; i++)
        if (!strcmp(fi->params[i], name)) return i;
    for (int i = 0; i < fi->nkwonly; i++)
        if (!strcmp(fi->params[kwstart + i], name)) return kwstart + i;
    return -1;
}

int mrt_bind_args(MrtValue fn, int nargs, const MrtValue *args, MrtValue kwnames, MrtValue *slots)
{
    MrtFunc *f = (MrtFunc *)mrt_obj(fn);
    const MrtFuncInfo *fi = f->info;
    int npos = fi->nposargs, varargs = !!(fi->flags & MRT_FI_VARARGS);
    int kwstart = npos + varargs, varkw_slot = kwstart + fi->nkwonly;
    int n = nslots(fi);
    for (int i = 0; i < n; i++) slots[i] = 0;

    for (int i = 0; i < nargs && i < npos; i++) slots[i] = args[i];
    if (nargs > npos) {
        if (!varargs) return too_many_error(fi, f->defaults, nargs);
        if (!(slots[npos] = mrt_tuple_new(nargs - npos, args + npos))) return -1;
    } else if (varargs && !(slots[npos] = mrt_tuple_new(0, NULL))) {
        return -1;
    }
    if (fi->flags & MRT_FI_VARKW && !(slots[varkw_slot] = mrt_dict_new())) return -1;

    int nkw = kwnames ? (int)((MrtTuple *)mrt_obj(kwnames))->len : 0;
    for (int j = 0; j < nkw; j++) {
        MrtValue name = ((MrtTuple *)mrt_obj(kwnames))->items[j];
        int s = keyword_slot(fi, mrt_str_data(name));
        if (s < 0) {
            if (!(fi->flags & MRT_FI_VARKW)) {
                mrt_raise_fmt(&mrt_type_TypeError, "%s() got an unexpected keyword argument '%S'", fi->qualname, name);
                return -1;
            }
            if (mrt_dict_set(slots[varkw_slot], name, args[nargs + j]) < 0) return -1;
            continue;
        }
        if (slots[s]) {
            mrt_raise_fmt(&mrt_type_TypeError, "%s() got multiple values for argument '%S'", fi->qualname, name);
            return -1;
        }
        slots[s] = args[nargs + j];
    }

    int ndef = f->defaults ? (int)((MrtTuple *)mrt_obj(f->defaults))->len : 0;
    int missing[64], nmissing = 0;
    for (int i = 0; i < npos; i++) {
        if (slots[i]) continue;
        if (i >= npos - ndef)
            slots[i] = ((MrtTuple *)mrt_obj(f->defaults))->items[i - (npos - ndef)];
        else if (nmissing < 64)
            missing[nmissing++] = i;
    }
    if (nmissing) {
        missing_error(fi, "positional", missing, nmissing);
        return -1;
    }
    for (int i = kwstart; i < kwstart + fi->nkwonly; i++) {
        if (slots[i]) continue;
        MrtValue v;
        if (f->kwdefaults && mrt_dict_lookup(f->kwdefaults, mrt_intern(fi->params[i]), &v) > 0)
            slots[i] = v;
        else if (nmissing < 64)
            missing[nmissing++] = i;
    }
    if (nmissing) {
        missing_error(fi, "keyword-only", missing, nmissing);
        return -1;
    }
    return 0;
}

static MrtValue func_call(MrtValue self, int nargs, const MrtValue *args, MrtValue kwnames)
{
    const MrtFuncInfo *fi = ((MrtFunc *)mrt_obj(self))->info;
    if (!kwnames && nargs == fi->nposargs && fi->nkwonly == 0 && !(fi->flags & (MRT_FI_VARARGS | MRT_FI_VARKW)))
        return fi->entry(self, args);
    MrtValue buf[16];
    int n = nslots(fi);
    MrtValue *slots = n <= 16 ? buf : mrt_gc_malloc(sizeof(MrtValue) * (size_t)n);
    if (!slots || mrt_bind_args(self, nargs, args, kwnames, slots) < 0) return MRT_ERR;
    return fi->entry(self, slots);
}

static MrtValue func_repr(MrtValue v)
{
    return mrt_str_printf("<function %s at %p>", ((MrtFunc *)mrt_obj(v))->info->qualname, (void *)(uintptr_t)v);
}

static int64_t ptr_hash(MrtValue v) { return (int64_t)((v >> 4) & INT64_MAX); }

static int is_dict(MrtValue v) { return mrt_is_ptr(v) && mrt_obj(v)->type == &mrt_type_dict; }

/* Assigning (val) or deleting (val == 0) a function attribute that CPython
 * checks: -1 with its error, 0 done, 1 when the name goes to __dict__. */
static int func_special_set(MrtFunc *f, const char *n, MrtValue val)
{
    if (!strcmp(n, "__name__") || !strcmp(n, "__qualname__")) {
        if (!val || !mrt_is_str(val))
            return mrt_raise_fmt(&mrt_type_TypeError, "%s must be set to a string object", n), -1;
        return 1; /* attribute reads consult __dict__ first */
    }
    if (!strcmp(n, "__defaults__")) {
        if (val && val != MRT_NONE && !mrt_is_tuple(val))
            return mrt_raise_msg(&mrt_type_TypeError, "__defaults__ must be set to a tuple object"), -1;
        f->defaults = val == MRT_NONE ? 0 : val; /* argument binding reads it */
        return 0;
    }
    if (!strcmp(n, "__kwdefaults__")) {
        if (val && val != MRT_NONE && !is_dict(val))
            return mrt_raise_msg(&mrt_type_TypeError, "__kwdefaults__ must be set to a dict object"), -1;
        f->kwdefaults = val == MRT_NONE ? 0 : val;
        return 0;
    }
    if (!strcmp(n, "__dict__")) {
        if (!val) return mrt_raise_msg(&mrt_type_TypeError, "cannot delete __dict__"), -1;
        if (!is_dict(val))
            return mrt_raise_fmt(&mrt_type_TypeError, "__dict__ must be set to a dictionary, not a '%T'", val), -1;
        f->dict = val;
        return 0;
    }
    if (!strcmp(n, "__annotations__") && val && val != MRT_NONE && !is_dict(val))
        return mrt_raise_msg(&mrt_type_TypeError, "__annotations__ must be set to a dict object"), -1;
    if (!strcmp(n, "__code__")) return mrt_raise_msg(&mrt_type_TypeError, "__code__ must be set to a code object"), -1;
    if (!strcmp(n, "__closure__") || !strcmp(n, "__globals__") || !strcmp(n, "__builtins__"))
        return mrt_raise_msg(&mrt_type_AttributeError, "readonly attribute"), -1;
    return 1;
}

static int func_setattr(MrtValue v, MrtValue name, MrtValue val)
{
    const char *n = mrt_str_data(name);
    int rc = n[0] == '_' && n[1] == '_' ? func_special_set((MrtFunc *)mrt_obj(v), n, val) : 1;
    if (rc < 1) return rc;
    if (!val && (!strcmp(n, "__doc__") || !strcmp(n, "__module__")))
        val = MRT_NONE; /* deleting these members leaves None */
    return mrt_generic_setattr(v, name, val);
}

MrtType mrt_type_function = {
    .ob = {&mrt_type_type},
    .name = "function",
    .base = &mrt_type_object,
    .basicsize = sizeof(MrtFunc),
    .repr = func_repr,
    .hash = ptr_hash,
    .call = func_call,
    .setattr = func_setattr,
};

/* ---- builtin functions and bound methods -------------------------------------------- */

MrtValue mrt_builtin_new(const char *name, MrtCFunc fn, MrtValue self)
{
    MrtBuiltin *b = mrt_alloc(&mrt_type_builtin_function, sizeof(MrtBuiltin));
    if (!b) return MRT_ERR;
    b->name = name;
    b->fn = fn;
    b->self = self;
    return mrt_from_obj(b);
}

static MrtValue builtin_repr(MrtValue v)
{
    MrtBuiltin *b = (MrtBuiltin *)mrt_obj(v);
    if (b->self)
        return mrt_str_printf("<built-in method %s of %s object at %p>", b->name, mrt_type_cname(b->self),
                              (void *)(uintptr_t)b->self);
    return mrt_str_printf("<built-in function %s>", b->name);
}

MrtType mrt_type_builtin_function = {
    .ob = {&mrt_type_type},
    .name = "builtin_function_or_method",
    .base = &mrt_type_object,
    .basicsize = sizeof(MrtBuiltin),
    .repr = builtin_repr,
    .hash = ptr_hash,
};

static MrtValue method_repr(MrtValue v)
{
    MrtMethod *m = (MrtMethod *)mrt_obj(v);
    MrtValue fr = mrt_repr(m->self);
    if (!fr) return MRT_ERR;
    const char *qn = mrt_is_ptr(m->func) && mrt_obj(m->func)->type == &mrt_type_function
                         ? ((MrtFunc *)mrt_obj(m->func))->info->qualname
                         : "?";
    return mrt_str_printf("<bound method %s of %S>", qn, fr);
}

static MrtValue method_getattr(MrtValue v, MrtValue name)
{
    MrtMethod *m = (MrtMethod *)mrt_obj(v);
    const char *n = mrt_str_data(name);
    if (!strcmp(n, "__self__")) return m->self;
    if (!strcmp(n, "__func__")) return m->func;
    return mrt_getattr(m->func, name);
}

static MrtValue method_richcmp(MrtValue a, MrtValue b, int op)
{
    if (op != MRT_CMP_EQ && op != MRT_CMP_NE) return MRT_NOTIMPL;
    if (mrt_type_of(b) != &mrt_type_method) return MRT_NOTIMPL;
    MrtMethod *x = (MrtMethod *)mrt_obj(a), *y = (MrtMethod *)mrt_obj(b);
    int eq = x->func == y->func && x->self == y->self;
    return mrt_bool(op == MRT_CMP_EQ ? eq : !eq);
}

MrtType mrt_type_method = {
    .ob = {&mrt_type_type},
    .name = "method",
    .base = &mrt_type_object,
    .basicsize = sizeof(MrtMethod),
    .repr = method_repr,
    .getattr = method_getattr,
    .richcmp = method_richcmp,
    .hash = ptr_hash,
};

/* ---- cells --------------------------------------------------------------------------- */

MrtValue mrt_cell_new(MrtValue v)
{
    MrtCell *c = mrt_alloc(&mrt_type_cell, sizeof(MrtCell));
    if (!c) return MRT_ERR;
    c->v = v;
    return mrt_from_obj(c);
}

MrtType mrt_type_cell = {
    .ob = {&mrt_type_type}, .name = "cell", .base = &mrt_type_object, .basicsize = sizeof(MrtCell)};

/* ---- property, staticmethod, classmethod ------------------------------------------------- */

static MrtValue wrapper_new(MrtType *t, int nargs, const MrtValue *args, MrtValue kwnames)
{
    static const char *const kw[] = {"fget", "fset", "fdel", "doc", NULL};
    MrtValue a[8] = {0};
    int maxpos = t == &mrt_type_property ? 4 : 1;
    if (mrt_parse_args(t->name, nargs, args, kwnames, t == &mrt_type_property ? 0 : 1, maxpos,
                       t == &mrt_type_property ? kw : NULL, a) < 0)
        return MRT_ERR;
    MrtWrapper *w = mrt_alloc(t, sizeof(MrtWrapper));
    if (!w) return MRT_ERR;
    if (t == &mrt_type_property) {
        for (int i = 0; i < 3; i++) {
            MrtValue v = a[i] ? a[i] : a[maxpos + i];
            if (v == MRT_NONE) v = 0;
            (&w->fget)[i] = v;
        }
    } else {
        w->fget = a[0];
    }
    return mrt_from_obj(w);
}

/* prop.setter(f) / prop.getter(f) / prop.deleter(f): a copy with one accessor replaced. */
static MrtValue property_with(MrtValue self, int which, MrtValue f)
{
    MrtWrapper *old = (MrtWrapper *)mrt_obj(self);
    MrtWrapper *w = mrt_alloc(&mrt_type_property, sizeof(MrtWrapper));
    if (!w) return MRT_ERR;
    *w = *old;
    (&w->fget)[which] = f;
    return mrt_from_obj(w);
}
static MrtValue prop_getter(int n, const MrtValue *a, MrtValue k) { return property_with(a[0], 0, a[1]); }
static MrtValue prop_setter(int n, const MrtValue *a, MrtValue k) { return property_with(a[0], 1, a[1]); }
static MrtValue prop_deleter(int n, const MrtValue *a, MrtValue k) { return property_with(a[0], 2, a[1]); }
static MrtValue prop_fget(int n, const MrtValue *a, MrtValue k)
{
    MrtValue g = ((MrtWrapper *)mrt_obj(a[0]))->fget;
    return g ? g : MRT_NONE;
}

static const MrtMethodDef property_methods[] = {
    {"getter", prop_getter, 0},
    {"setter", prop_setter, 0},
    {"deleter", prop_deleter, 0},
    {"fget", prop_fget, MRT_METH_PROPERTY | MRT_METH_MEMBER},
    {NULL, NULL, 0},
};

static MrtValue wrapped_func(int n, const MrtValue *a, MrtValue k) { return ((MrtWrapper *)mrt_obj(a[0]))->fget; }
static const MrtMethodDef wrapper_methods[] = {{"__func__", wrapped_func, MRT_METH_PROPERTY | MRT_METH_MEMBER},
                                               {NULL, NULL, 0}};

/* Calling a staticmethod object directly (3.10+) calls the function. */
static MrtValue staticmethod_call(MrtValue self, int nargs, const MrtValue *args, MrtValue kwnames)
{
    return mrt_call(((MrtWrapper *)mrt_obj(self))->fget, nargs, args, kwnames);
}

MrtType mrt_type_property = {
    .ob = {&mrt_type_type},
    .name = "property",
    .base = &mrt_type_object,
    .basicsize = sizeof(MrtWrapper),
    .tp_new = wrapper_new,
    .methods = property_methods,
    .hash = ptr_hash,
};
MrtType mrt_type_staticmethod = {
    .ob = {&mrt_type_type},
    .name = "staticmethod",
    .base = &mrt_type_object,
    .basicsize = sizeof(MrtWrapper),
    .tp_new = wrapper_new,
    .methods = wrapper_methods,
    .call = staticmethod_call,
    .hash = ptr_hash,
};
MrtType mrt_type_classmethod = {
    .ob = {&mrt_type_type},
    .name = "classmethod",
    .base = &mrt_type_object,
    .basicsize = sizeof(MrtWrapper),
    .tp_new = wrapper_new,
    .methods = wrapper_methods,
    .hash = ptr_hash,
};

/* ---- super ------------------------------------------------------------------------------- */

MrtValue mrt_super(MrtValue cls, MrtValue self)
{
    if (!mrt_is_ptr(cls) || mrt_obj(cls)->type != &mrt_type_type)
        return mrt_raise_msg(&mrt_type_TypeError, "super() argument 1 must be a type");
    MrtType *c = (MrtType *)mrt_obj(cls);
    int is_cls =
        mrt_is_ptr(self) && mrt_obj(self)->type == &mrt_type_type && mrt_is_subtype((MrtType *)mrt_obj(self), c);
    if (!is_cls && !mrt_isinstance_of(self, c))
        return mrt_raise_msg(&mrt_type_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    MrtSuper *s = mrt_alloc(&mrt_type_super, sizeof(MrtSuper));
    if (!s) return MRT_ERR;
    s->cls = c;
    s->self = self;
    return mrt_from_obj(s);
}

static MrtValue super_getattr(MrtValue v, MrtValue name)
{
    MrtSuper *s = (MrtSuper *)mrt_obj(v);
    MrtValue self_is_type = mrt_is_ptr(s->self) && mrt_obj(s->self)->type == &mrt_type_type;
    for (MrtType *t = s->cls->base; t; t = t->base) {
        MrtValue attr;
        if (!t->dict || mrt_dict_lookup(t->dict, name, &attr) <= 0) continue;
        if (!mrt_is_ptr(attr)) return attr;
        MrtType *at = mrt_obj(attr)->type;
        MrtType *owner = self_is_type ? (MrtType *)mrt_obj(s->self) : mrt_type_of(s->self);
        if (at == &mrt_type_function && self_is_type) return attr;
        if (at == &mrt_type_function || at == &mrt_type_classmethod || at == &mrt_type_property ||
            at == &mrt_type_staticmethod) {
            MrtMethod *m;
            if (at == &mrt_type_staticmethod) return ((MrtWrapper *)mrt_obj(attr))->fget;
            if (at == &mrt_type_property) return mrt_call1(((MrtWrapper *)mrt_obj(attr))->fget, s->self);
            if (!(m = mrt_alloc(&mrt_type_method, sizeof(MrtMethod)))) return MRT_ERR;
            m->func = at == &mrt_type_function ? attr : ((MrtWrapper *)mrt_obj(attr))->fget;
            m->self = at == &mrt_type_function ? s->self : mrt_from_obj(owner);
            return mrt_from_obj(m);
        }
        if (at == &mrt_type_builtin_function) {
            MrtBuiltin *b = (MrtBuiltin *)mrt_obj(attr);
            if ((b->flags & MRT_METH_STATIC) || !(b->flags & MRT_METH_DESCRIPTOR)) return attr;
            return mrt_builtin_new(b->name, b->fn, (b->flags & MRT_METH_CLASS) ? mrt_from_obj(owner) : s->self);
        }
        return attr;
    }
    return mrt_raise_fmt(&mrt_type_AttributeError, "'super' object has no attribute '%S'", name);
}

static MrtValue super_new(MrtType *t, int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (nargs != 2)
        return mrt_raise_msg(&mrt_type_RuntimeError, "super(): molt supports super() inside methods and super(C, obj)");
    return mrt_super(args[0], args[1]);
}

MrtType mrt_type_super = {
    .ob = {&mrt_type_type},
    .name = "super",
    .base = &mrt_type_object,
    .basicsize = sizeof(MrtSuper),
    .getattr = super_getattr,
    .tp_new = super_new,
};

/* ---- arguments of f(*a, k=v, **m) ------------------------------------------------------ */

/* How CPython names a callable in these errors: "__main__.f()" or "X object". */
static MrtValue callee_desc(MrtValue f)
{
    MrtType *t = mrt_type_of(f);
    if (t == &mrt_type_function) {
        MrtFunc *fn = (MrtFunc *)mrt_obj(f);
        if (fn->module && mrt_is_str(fn->module)) return mrt_str_printf("%S.%s()", fn->module, fn->info->qualname);
        return mrt_str_printf("%s()", fn->info->qualname);
    }
    if (t == &mrt_type_builtin_function) return mrt_str_printf("%s()", ((MrtBuiltin *)mrt_obj(f))->name);
    if (t == &mrt_type_method) return callee_desc(((MrtMethod *)mrt_obj(f))->func);
    if (t == &mrt_type_type) return mrt_str_printf("%s()", mrt_type_qualname((MrtType *)mrt_obj(f)));
    return mrt_str_printf("%s object", t->name);
}

int mrt_star_extend(MrtValue list, MrtValue iterable, MrtValue f)
{
    if (!mrt_type_of(iterable)->iter && !f) /* f(x, *y): CPython builds a list first */
        return mrt_raise_fmt(&mrt_type_TypeError, "Value after * must be an iterable, not %s",
                             mrt_type_cname(iterable)),
               -1;
    if (!mrt_type_of(iterable)->iter) {
        MrtValue d = callee_desc(f);
        if (d)
            mrt_raise_fmt(&mrt_type_TypeError, "%S argument after * must be an iterable, not %s", d,
                          mrt_type_cname(iterable));
        return -1;
    }
    return mrt_list_extend(list, iterable);
}

int mrt_kw_add(MrtValue kw, MrtValue name, MrtValue value, MrtValue f)
{
    MrtValue old;
    int r = mrt_dict_lookup(kw, name, &old);
    if (r < 0) return -1;
    if (r > 0) {
        MrtValue d = callee_desc(f);
        if (d) mrt_raise_fmt(&mrt_type_TypeError, "%S got multiple values for keyword argument '%S'", d, name);
        return -1;
    }
    return mrt_dict_set(kw, name, value);
}

int mrt_kw_merge(MrtValue kw, MrtValue mapping, MrtValue f)
{
    if (!mrt_is_ptr(mapping) || mrt_obj(mapping)->type != &mrt_type_dict) {
        MrtValue d = callee_desc(f);
        if (d)
            mrt_raise_fmt(&mrt_type_TypeError, "%S argument after ** must be a mapping, not %s", d,
                          mrt_type_cname(mapping));
        return -1;
    }
    int64_t pos = 0;
    MrtValue k, v;
    while (mrt_dict_next(mapping, &pos, &k, &v)) {
        if (!mrt_is_str(k)) {
            MrtValue d = callee_desc(f);
            if (d) mrt_raise_fmt(&mrt_type_TypeError, "%S keywords must be strings", d);
            return -1;
        }
        if (mrt_kw_add(kw, k, v, f) < 0) return -1;
    }
    return 0;
}
