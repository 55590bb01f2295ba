/* mc_caps.h — capability diagnostics (C3xx): calls that need authority the
 * program's manifest does not grant, from the table in runtime/mrt_caps.def
 * that the runtime's enforcement reads too. */
#ifndef MC_CAPS_H
#define MC_CAPS_H

#include "mc_ast.h"
#include "mc_manifest.h"

/* Reports C301 for each call in m that needs a capability outside
 * `granted` (MRT_CAP_* bits). `manifest` is the path of the manifest that
 * was consulted, or NULL when there is none (zero authority). */
void mc_check_capabilities(const McModule *m, unsigned granted, const char *manifest, MdList *diags);

/* What `program`'s manifest grants (the file beside it): 0 when there is
 * none. Returns -1 with *err set when the manifest is unusable. *path is the
 * manifest read, or NULL. */
int mc_program_grants(McArena *a, const char *program, unsigned *granted, const char **path, char **err);

#endif
