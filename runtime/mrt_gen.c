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

/* close(): molt does not run pending finally blocks of a suspended generator. */
static MrtValue gen_close(int nargs, const MrtValue *args, MrtValue kwnames)
{
    ((MrtGen *)mrt_obj(args[0]))->state = -1;
    return MRT_NONE;
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
    {"send", gen_send, 0},
    {"close", gen_close, 0},
    {"__next__", gen_dunder_next, 0},
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
