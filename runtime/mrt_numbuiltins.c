/* mrt_numbuiltins.c — the numeric builtin functions abs, round, divmod, pow,
 * hex, bin, oct, and argument helpers shared by the numeric files. */
#include "mrt_num.h"

#include <math.h>

/* ---- argument helpers ---------------------------------------------------- */
static int64_t kw_len(MrtValue kwnames) { return kwnames ? ((MrtTuple *)mrt_obj(kwnames))->len : 0; }

static int find_param(const char *const *names, int nparams, int from, const char *name)
{
    for (int i = from; i < nparams; i++)
        if (strcmp(names[i], name) == 0) return i;
    return -1;
}

int mrt_num_bind(const char *fname, int nargs, const MrtValue *args, MrtValue kwnames, const char *const *names,
                 int nparams, int npos_only, int max_pos, int nrequired, MrtValue *out)
{
    int nkw = (int)kw_len(kwnames);
    for (int i = 0; i < nparams; i++) out[i] = 0;
    if (nargs + nkw > nparams) {
        mrt_raise_fmt(&mrt_type_TypeError, "%s() takes %s %d argument%s (%d given)", fname,
                      nrequired < nparams ? "at most" : "exactly", nparams, nparams == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    if (nargs > max_pos) {
        mrt_raise_fmt(&mrt_type_TypeError, "%s() takes %s %d positional argument%s (%d given)", fname,
                      nrequired < max_pos ? "at most" : "exactly", max_pos, max_pos == 1 ? "" : "s", nargs);
        return -1;
    }
    for (int i = 0; i < nargs; i++) out[i] = args[i];
    const MrtValue *kwnames_v = nkw ? ((MrtTuple *)mrt_obj(kwnames))->items : NULL;
    for (int i = nargs; i < nparams; i++) {
        if (i >= npos_only)
            for (int j = 0; j < nkw; j++)
                if (strcmp(mrt_str_data(kwnames_v[j]), names[i]) == 0) out[i] = args[nargs + j];
        if (!out[i] && i < nrequired) {
            mrt_raise_fmt(&mrt_type_TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
            return -1;
        }
    }
    for (int j = 0; j < nkw; j++) {
        const char *k = mrt_str_data(kwnames_v[j]);
        int i = find_param(names, nparams, npos_only, k);
        if (i >= nargs) continue;
        if (i >= 0)
            mrt_raise_fmt(&mrt_type_TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, k,
                          i + 1);
        else
            mrt_raise_fmt(&mrt_type_TypeError, "'%s' is an invalid keyword argument for %s()", k, fname);
        return -1;
    }
    return 0;
}

int mrt_num_one_arg(const char *fname, int nargs, MrtValue kwnames)
{
    if (kw_len(kwnames)) {
        mrt_raise_fmt(&mrt_type_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    if (nargs != 1) {
        mrt_raise_fmt(&mrt_type_TypeError, "%s() takes exactly one argument (%d given)", fname, nargs);
        return -1;
    }
    return 0;
}

int mrt_num_call_dunder(MrtValue obj, const char *dunder, int nargs, const MrtValue *args, MrtValue *out)
{
    MrtValue name = mrt_intern(dunder);
    if (!name || !mrt_type_lookup(mrt_type_of(obj), name)) return 0;
    *out = mrt_call_method(obj, name, nargs, args, 0);
    return 1;
}

MrtValue mrt_num_index(MrtValue v)
{
    if (mrt_is_small(v) || mrt_is_bigint(v)) return v;
    if (mrt_is_bool(v)) return mrt_small(v == MRT_TRUE);
    MrtValue r;
    if (!mrt_is_double(v) && mrt_num_call_dunder(v, "__index__", 0, NULL, &r)) {
        if (!r) return MRT_ERR;
        if (!mrt_int_is(r)) return mrt_raise_fmt(&mrt_type_TypeError, "__index__ returned non-int (type %T)", r);
        return mrt_num_index(r);
    }
    return mrt_raise_fmt(&mrt_type_TypeError, "'%T' object cannot be interpreted as an integer", v);
}

/* ---- abs ------------------------------------------------------------------- */
MrtValue mrt_bi_abs(int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (mrt_num_one_arg("abs", nargs, kwnames) < 0) return MRT_ERR;
    MrtValue x = args[0], r;
    if (mrt_int_is(x)) return mrt_int_abs(x);
    if (mrt_is_double(x)) return mrt_float(fabs(mrt_f64(x)));
    if (mrt_num_call_dunder(x, "__abs__", 0, NULL, &r)) return r;
    return mrt_raise_fmt(&mrt_type_TypeError, "bad operand type for abs(): '%T'", x);
}

/* ---- round ------------------------------------------------------------------- */
MrtValue mrt_bi_round(int nargs, const MrtValue *args, MrtValue kwnames)
{
    static const char *const names[] = {"number", "ndigits"};
    MrtValue a[2], r;
    if (mrt_num_bind("round", nargs, args, kwnames, names, 2, 0, 2, 1, a) < 0) return MRT_ERR;
    MrtValue x = a[0], nd = a[1] == MRT_NONE ? 0 : a[1];
    if (mrt_is_double(x)) return mrt_float_round(mrt_f64(x), nd);
    if (mrt_int_is(x)) return mrt_int_round(x, nd);
    if (mrt_num_call_dunder(x, "__round__", nd ? 1 : 0, &nd, &r)) return r;
    return mrt_raise_fmt(&mrt_type_TypeError, "type %s doesn't define __round__ method", mrt_type_cname(x));
}

/* ---- divmod ------------------------------------------------------------------- */
static int is_real(MrtValue v) { return mrt_int_is(v) || mrt_is_double(v); }

MrtValue mrt_bi_divmod(int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (kw_len(kwnames)) return mrt_raise_msg(&mrt_type_TypeError, "divmod() takes no keyword arguments");
    if (nargs != 2) return mrt_raise_fmt(&mrt_type_TypeError, "divmod expected 2 arguments, got %d", nargs);
    MrtValue a = args[0], b = args[1], r;
    if (mrt_int_is(a) && mrt_int_is(b)) return mrt_int_divmod(a, b);
    if (is_real(a) && is_real(b)) {
        double x, y;
        if (mrt_to_double(a, &x) < 0 || mrt_to_double(b, &y) < 0) return MRT_ERR;
        return mrt_float_divmod(x, y);
    }
    /* user classes: a.__divmod__(b), then b.__rdivmod__(a) */
    if (!is_real(a) && mrt_num_call_dunder(a, "__divmod__", 1, &b, &r) && r != MRT_NOTIMPL) return r;
    if (!is_real(b) && mrt_num_call_dunder(b, "__rdivmod__", 1, &a, &r) && r != MRT_NOTIMPL) return r;
    return mrt_raise_fmt(&mrt_type_TypeError, "unsupported operand type(s) for divmod(): '%T' and '%T'", a, b);
}

/* ---- pow ------------------------------------------------------------------------ */
MrtValue mrt_bi_pow(int nargs, const MrtValue *args, MrtValue kwnames)
{
    static const char *const names[] = {"base", "exp", "mod"};
    MrtValue a[3], r;
    if (mrt_num_bind("pow", nargs, args, kwnames, names, 3, 0, 3, 2, a) < 0) return MRT_ERR;
    if (!a[2] || a[2] == MRT_NONE) return mrt_binop(a[0], a[1], MRT_OP_POW);
    if (mrt_int_is(a[0]) && mrt_int_is(a[1]) && mrt_int_is(a[2])) return mrt_int_pow_mod(a[0], a[1], a[2]);
    if (is_real(a[0]) && is_real(a[1]) && is_real(a[2]))
        return mrt_raise_msg(&mrt_type_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    if (!is_real(a[0]) && mrt_num_call_dunder(a[0], "__pow__", 2, a + 1, &r) && r != MRT_NOTIMPL) return r;
    return mrt_raise_fmt(&mrt_type_TypeError, "unsupported operand type(s) for ** or pow(): '%T', '%T', '%T'", a[0],
                         a[1], a[2]);
}

/* ---- hex, oct, bin ---------------------------------------------------------------- */
static MrtValue to_base(const char *fname, int base, int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (mrt_num_one_arg(fname, nargs, kwnames) < 0) return MRT_ERR;
    MrtValue v = mrt_num_index(args[0]);
    return v ? mrt_int_to_base(v, base, 1) : MRT_ERR;
}

MrtValue mrt_bi_hex(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return to_base("hex", 16, nargs, args, kwnames);
}
MrtValue mrt_bi_oct(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return to_base("oct", 8, nargs, args, kwnames);
}
MrtValue mrt_bi_bin(int nargs, const MrtValue *args, MrtValue kwnames)
{
    return to_base("bin", 2, nargs, args, kwnames);
}
