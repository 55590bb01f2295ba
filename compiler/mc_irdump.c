/* mc_irdump.c — a readable listing of the IR (`molt build --emit=ir`), for
 * debugging the compiler; the format is documented in docs/ir.md. */
#include "mc_ir.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const op_names[OP_NKINDS] = {
    [OP_CONST] = "const",
    [OP_INT] = "int",
    [OP_FLOAT] = "float",
    [OP_SPECIAL] = "special",
    [OP_MOVE] = "move",
    [OP_CHECK_BOUND] = "check_bound",
    [OP_LOAD_GLOBAL] = "load_global",
    [OP_STORE_GLOBAL] = "store_global",
    [OP_DEL_GLOBAL] = "del_global",
    [OP_LOAD_BUILTIN] = "load_builtin",
    [OP_CELL_NEW] = "cell_new",
    [OP_CELL_GET] = "cell_get",
    [OP_CELL_SET] = "cell_set",
    [OP_FREE] = "free",
    [OP_CLASSNS_LOAD] = "classns_load",
    [OP_CLASSNS_STORE] = "classns_store",
    [OP_CLASSNS_DEL] = "classns_del",
    [OP_BINOP] = "binop",
    [OP_INPLACE] = "inplace",
    [OP_UNOP] = "unop",
    [OP_COMPARE] = "compare",
    [OP_COMPARE_COND] = "compare_cond",
    [OP_IS] = "is",
    [OP_IN] = "in",
    [OP_TRUTH] = "truth",
    [OP_NOT_COND] = "not",
    [OP_COND_TO_BOOL] = "to_bool",
    [OP_ISINSTANCE] = "isinstance",
    [OP_LABEL] = "label",
    [OP_JUMP] = "jump",
    [OP_BRANCH] = "branch",
    [OP_RETURN] = "return",
    [OP_YIELD] = "yield",
    [OP_YIELD_FROM_RESULT] = "yield_from_result",
    [OP_YF_SEND] = "yf_send",
    [OP_GETATTR] = "getattr",
    [OP_SETATTR] = "setattr",
    [OP_DELATTR] = "delattr",
    [OP_GETITEM] = "getitem",
    [OP_GETSLICE] = "getslice",
    [OP_WITH_EXIT] = "with_exit",
    [OP_SETITEM] = "setitem",
    [OP_SETSLICE] = "setslice",
    [OP_DELITEM] = "delitem",
    [OP_CALL] = "call",
    [OP_CALL_METHOD] = "call_method",
    [OP_CALL_EX] = "call_ex",
    [OP_CALL_DIRECT] = "call_direct",
    [OP_CALL_BUILTIN] = "call_builtin",
    [OP_SUPER] = "super",
    [OP_BUILD_LIST] = "build_list",
    [OP_BUILD_TUPLE] = "build_tuple",
    [OP_BUILD_SET] = "build_set",
    [OP_BUILD_DICT] = "build_dict",
    [OP_BUILD_SLICE] = "build_slice",
    [OP_LIST_APPEND] = "list_append",
    [OP_LIST_EXTEND] = "list_extend",
    [OP_LIST_TO_TUPLE] = "list_to_tuple",
    [OP_SET_ADD] = "set_add",
    [OP_SET_UPDATE] = "set_update",
    [OP_DICT_SET] = "dict_set",
    [OP_DICT_UPDATE] = "dict_update",
    [OP_DICT_MERGE_KW] = "dict_merge_kw",
    [OP_STAR_EXTEND] = "star_extend",
    [OP_KW_ADD] = "kw_add",
    [OP_UNPACK] = "unpack",
    [OP_UNPACK_EX] = "unpack_ex",
    [OP_FORMAT] = "format",
    [OP_CONVERT] = "convert",
    [OP_JOIN_STR] = "join_str",
    [OP_ITER] = "iter",
    [OP_FOR_NEXT] = "for_next",
    [OP_RANGE_INIT] = "range_init",
    [OP_RANGE_NEXT] = "range_next",
    [OP_MAKE_FUNCTION] = "make_function",
    [OP_MAKE_CLASS] = "make_class",
    [OP_IMPORT] = "import",
    [OP_RAISE] = "raise",
    [OP_RERAISE] = "reraise",
    [OP_RERAISE_CURRENT] = "reraise_current",
    [OP_PROPAGATE] = "propagate",
    [OP_CATCH] = "catch",
    [OP_EXC_MATCH] = "exc_match",
    [OP_ENTER_HANDLER] = "enter_handler",
    [OP_LEAVE_HANDLER] = "leave_handler",
    [OP_ASSERT_FAIL] = "assert_fail",
    [OP_BOX_F64] = "box_f64",
    [OP_UNBOX_F64] = "unbox_f64",
    [OP_NUM_TO_F64] = "num_to_f64",
    [OP_GUARD_F64] = "guard_f64",
};

static const char *const vt_names[] = {"", ":cond", ":i64", ":f64"};

static void var(FILE *o, McFunc *f, int id)
{
    McVar *v = f->vars.items[id];
    if (v->name)
        fprintf(o, "%%%d(%s)%s", id, v->name, vt_names[v->vt]);
    else
        fprintf(o, "%%%d%s", id, vt_names[v->vt]);
}

static void instr(FILE *o, McFunc *f, const McInstr *in)
{
    if (in->op == OP_LABEL) {
        fprintf(o, "L%d:\n", in->imm);
        return;
    }
    fputs("    ", o);
    if (in->dst >= 0) {
        var(o, f, in->dst);
        fputs(" = ", o);
    }
    fputs(op_names[in->op] ? op_names[in->op] : "?", o);
    if (in->op == OP_INT) fprintf(o, " %lld", (long long)in->ival);
    if (in->op == OP_FLOAT) fprintf(o, " %.17g", in->fval);
    if (in->name) fprintf(o, " '%s'", in->name);
    if (in->func) fprintf(o, " fn%d", in->func->id);
    const int ops[3] = {in->a, in->b, in->c};
    for (int i = 0; i < 3; i++)
        if (ops[i] >= 0) {
            fputc(' ', o);
            var(o, f, ops[i]);
        }
    if (in->nargs) {
        fputs(" (", o);
        for (int i = 0; i < in->nargs; i++) {
            if (i) fputs(", ", o);
            var(o, f, in->args[i]);
        }
        fputc(')', o);
    }
    if (in->op == OP_BINOP || in->op == OP_INPLACE || in->op == OP_UNOP || in->op == OP_COMPARE ||
        in->op == OP_COMPARE_COND || in->op == OP_CONST || in->op == OP_SPECIAL || in->op == OP_YIELD ||
        in->op == OP_LOAD_GLOBAL || in->op == OP_STORE_GLOBAL)
        fprintf(o, " #%d", in->imm);
    if (in->label >= 0) fprintf(o, " -> L%d", in->label);
    if (in->label2 >= 0) fprintf(o, " / L%d", in->label2);
    if (in->eh >= 0) fprintf(o, "  [eh L%d]", in->eh);
    fprintf(o, "  ; line %d\n", in->line);
}

char *mc_dump_ir(McProgram *p, size_t *len)
{
    char *buf = NULL;
    FILE *o = open_memstream(&buf, len);
    if (!o) return NULL;
    for (int i = 0; i < p->funcs.n; i++) {
        McFunc *f = p->funcs.items[i];
        fprintf(o, "fn%d %s (module %s, line %d, %d pos, %d kwonly, flags %d)\n", f->id, f->qualname, f->mod->m->name,
                f->line, f->nposargs, f->nkwonly, f->flags);
        for (int k = 0; k < f->ncode; k++) instr(o, f, &f->code[k]);
        fputc('\n', o);
    }
    fclose(o);
    return buf;
}
