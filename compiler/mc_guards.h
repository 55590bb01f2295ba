/* mc_guards.h — guard costs: the places where release code checks types or
 * dispatches at run time, read from the optimised IR (see mc_guards.c). */
#ifndef MC_GUARDS_H
#define MC_GUARDS_H

#include "mc_ir.h"

typedef enum McGuardKind {
    MC_GUARD_TYPE,     /* a value assumed to be a float is checked (guard_f64) */
    MC_GUARD_ATTR,     /* attribute read, write or method call through an inline cache */
    MC_GUARD_CALL,     /* call of an object the compiler cannot bind statically */
    MC_GUARD_DISPATCH, /* operator on a value of unknown type: dispatch on its type at run time */
    MC_GUARD_OVERFLOW  /* int arithmetic that checks for overflow into a big int */
} McGuardKind;

typedef struct McGuardSite {
    McGuardKind kind;
    const McFunc *func;
    const McNode *node; /* the expression (its span), or NULL: then only line is known */
    int line;
    int loop_depth;   /* loops around it in its function */
    int cost;         /* estimated cost of one execution, relative to a native float operation */
    const char *what; /* the variable, attribute, callee or operator involved, or NULL */
    char text[48];    /* a guard on an unnamed value: its source text when short, else "" */
} McGuardSite;

/* Every guard site of an optimised program (mc_optimize has run), in
 * function and instruction order. *out is malloc'ed; returns the count. */
int mc_guard_sites(const McProgram *p, McGuardSite **out);

/* The guard sites of the main module's functions that are inside a loop,
 * as G4xx diagnostics against src (the main module's text). */
void mc_guard_report(const McProgram *p, const McSource *src, MdList *out);
/* The main module's guard sites whose expression contains byte offset
 * (in a loop or not), as diagnostics: what a hover shows. */
void mc_guard_report_at(const McProgram *p, const McSource *src, uint32_t offset, MdList *out);

#endif
