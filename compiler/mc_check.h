/* mc_check.h — `molt check`: reports everything molt cannot compile, for
 * people and CI. Also the table of what molt's builtin modules provide,
 * shared with the compile pipeline. */
#ifndef MC_CHECK_H
#define MC_CHECK_H

#include "mc_ast.h"

/* `molt check [OPTIONS] PATH...`; argv excludes "molt check". Returns the
 * exit status: 0 clean, 1 errors found, 2 usage error. */
int mc_check_main(int argc, char **argv);

/* Is `name` one of molt's builtin modules ("sys", "math")? */
int mc_is_builtin_module(const char *name);

/* Is `name` an attribute of molt's builtin module `module` ("sys", "math")? */
int mc_builtin_module_has(const char *module, const char *name);

/* Reports U219 for `from sys/math import NAME` and `sys.NAME` / `math.NAME`
 * of names molt's modules lack (m must be resolved). */
void mc_check_builtin_module_uses(McModule *m, MdList *diags);

#endif
