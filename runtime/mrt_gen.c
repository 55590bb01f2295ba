/* mrt_gen.c — generator objects. The compiler turns a generator function's
 * body into a resumable C function (a switch over resume points) whose locals
 * live in a GC-allocated frame; this file drives it: next/send/close. */
#include "mrt_internal.h"

MrtValue mrt_gen_new(MrtValue fn, MrtGenResume resume, size_t frame_size)
{
    MrtGen *g = mrt_alloc(&mrt_type_generator, sizeof(MrtGen));
    if (!g) return MRT_ERR;
    if (!(g->frame = mrt_gc_malloc(frame_size ? frame_size : 1))) return MRT_ERR;
    g->fn = fn;
    g->info = ((MrtFunc *)mrt_obj(fn))->info;
    g->resume = resume;
    g->retval = MRT_NONE;
    return mrt_from_obj(g);
}

/* Runs the body to its next yield. MRT_STOP when it returned. */
static MrtValue gen_resume(MrtGen *g, MrtValue sent)
{
    if (g->state < 0) return MRT_STOP;
    if (g->running) return mrt_raise_msg(&mrt_type_ValueError, "generator already executing");
    if (mrt_enter() < 0) return MRT_ERR;
    g->running = 1;
    MrtValue r = g->resume(g, sent);
    g->running = 0;
    mrt_leave();
    if (r == MRT_STOP || !r) g->state = -1;
    if (!r && mrt_isinstance_of(mrt_cur_exc, &mrt_type_StopIteration)) {
        MrtValue cause = mrt_exc_fetch();
        MrtValue msg = mrt_str_from_cstr("generator raised StopIteration");
        MrtValue e = mrt_exc_new(&mrt_type_RuntimeError, 1, &msg);
        return e ? mrt_raise_from(e, cause) : MRT_ERR;
    }
    return r;
}

static MrtValue gen_next(MrtValue v) { return gen_resume((MrtGen *)mrt_obj(v), MRT_NONE); }
static MrtValue gen_iter(MrtValue v) { return v; }

static MrtValue stop_iteration(MrtGen *g)
{
    MrtValue e = mrt_exc_new(&mrt_type_StopIteration, g->retval == MRT_NONE ? 0 : 1, &g->retval);
    return e ? mrt_raise(e) : MRT_ERR;
}

static MrtValue gen_send(int nargs, const MrtValue *args, MrtValue kwnames)
{
    if (nargs != 2) return mrt_raise_msg(&mrt_type_TypeError, "send() takes exactly one argument");
    MrtGen *g = (MrtGen *)mrt_obj(args[0]);
    if (g->state == 0 && args[1] != MRT_NONE)
        return mrt_raise_msg(&mrt_type_TypeError, "can't send non-None value to a just-started generator");
    MrtValue r = gen_resume(g, args[1]);
    return r == MRT_STOP ? stop_iteration(g) : r;
}

static MrtValue gen_dunder_next(int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtGen *g = (MrtGen *)mrt_obj(args[0]);
    MrtValue r = gen_resume(g, MRT_NONE);
    return r == MRT_STOP ? stop_iteration(g) : r;
}

/* Resumes g with exc raised at its current yield (throw()). A generator
 * that has not started or has finished raises exc at once. */
static MrtValue gen_throw_exc(MrtGen *g, MrtValue exc)
{
    if (g->state <= 0) {
        g->state = -1;
        return mrt_raise(exc);
    }
    g->throw_exc = exc;
    return gen_resume(g, MRT_NONE);
}

/* throw(exc) or throw(type[, value]) */
static MrtValue exc_from_args(int nargs, const MrtValue *args)
{
    if (nargs < 2 || nargs > 4) return mrt_raise_msg(&mrt_type_TypeError, "throw expected at least 1 argument, got 0");
    MrtValue t = args[1];
    int is_type = mrt_is_ptr(t) && mrt_obj(t)->type == &mrt_type_type;
    if (is_type && nargs >= 3 && args[2] != MRT_NONE) {
        int r = mrt_isinstance(args[2], t);
        if (r < 0) return MRT_ERR;
        return r ? args[2] : mrt_call1(t, args[2]);
    }
    return is_type ? mrt_call0(t) : t;
}

static MrtValue gen_throw(int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtGen *g = (MrtGen *)mrt_obj(args[0]);
    MrtValue exc = exc_from_args(nargs, args);
    if (!exc) return MRT_ERR;
    if (!(mrt_type_of(exc)->flags & MRT_TF_EXC))
        return mrt_raise_msg(&mrt_type_TypeError, "exceptions must derive from BaseException");
    MrtValue r = gen_throw_exc(g, exc);
    return r == MRT_STOP ? stop_iteration(g) : r;
}

/* close(): GeneratorExit at the current yield, so pending finally blocks
 * run. (A generator that is merely dropped is not closed: no finalizers.) */
static MrtValue gen_close(int nargs, const MrtValue *args, MrtValue kwnames)
{
    MrtGen *g = (MrtGen *)mrt_obj(args[0]);
    if (g->state <= 0) {
        g->state = -1;
        return MRT_NONE;
    }
    MrtValue exit = mrt_exc_new(&mrt_type_GeneratorExit, 0, NULL);
    if (!exit) return MRT_ERR;
    MrtValue r = gen_throw_exc(g, exit);
    if (r == MRT_STOP) return MRT_NONE;
    if (!r) {
        if (mrt_isinstance_of(mrt_cur_exc, &mrt_type_GeneratorExit) ||
            mrt_isinstance_of(mrt_cur_exc, &mrt_type_StopIteration)) {
            mrt_exc_fetch();
            return MRT_NONE;
        }
        return MRT_ERR;
    }
    return mrt_raise_msg(&mrt_type_RuntimeError, "generator ignored GeneratorExit");
}

static int is_gen(MrtValue v) { return mrt_is_ptr(v) && mrt_obj(v)->type == &mrt_type_generator; }

MrtValue mrt_yf_send(MrtValue it, MrtValue sent)
{
    if (sent == MRT_NONE) return mrt_next(it);
    if (is_gen(it)) {
        MrtGen *g = (MrtGen *)mrt_obj(it);
        if (g->state == 0)
            return mrt_raise_msg(&mrt_type_TypeError, "can't send non-None value to a just-started generator");
        return gen_resume(g, sent);
    }
    MrtValue r = mrt_call_method(it, mrt_name("send"), 1, &sent, 0);
    if (!r && mrt_isinstance_of(mrt_cur_exc, &mrt_type_StopIteration)) {
        mrt_exc_fetch();
        return MRT_STOP;
    }
    return r;
}

MrtValue mrt_yf_throw(MrtValue it, MrtValue exc)
{
    if (is_gen(it)) return gen_throw_exc((MrtGen *)mrt_obj(it), exc);
    return mrt_raise(exc); /* a plain iterator has no throw(): raise at the yield from */
}

static MrtValue gen_repr(MrtValue v)
{
    return mrt_str_printf("<generator object %s at %p>", ((MrtGen *)mrt_obj(v))->info->qualname, (void *)(uintptr_t)v);
}

MrtValue mrt_gen_yield_from_result(MrtValue it)
{
    if (mrt_is_ptr(it) && mrt_obj(it)->type == &mrt_type_generator) return ((MrtGen *)mrt_obj(it))->retval;
    return MRT_NONE;
}

static int64_t gen_hash(MrtValue v) { return (int64_t)((v >> 4) & INT64_MAX); }

static const MrtMethodDef gen_methods[] = {
    {"send", gen_send, 0}, {"throw", gen_throw, 0}, {"close", gen_close, 0}, {"__next__", gen_dunder_next, 0},
    {NULL, NULL, 0},
};

MrtType mrt_type_generator = {
    .ob = {&mrt_type_type},
    .name = "generator",
    .base = &mrt_type_object,
    .basicsize = sizeof(MrtGen),
    .repr = gen_repr,
    .hash = gen_hash,
    .iter = gen_iter,
    .next = gen_next,
    .methods = gen_methods,
};
