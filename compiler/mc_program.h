/* mc_program.h — the compile pipeline as the command line and tests use it:
 * load a program (main file plus the .py modules it imports), analyse,
 * lower to IR, optionally optimise, and hand C to a backend. */
#ifndef MC_PROGRAM_H
#define MC_PROGRAM_H

#include "mc_ir.h"

typedef enum { MC_PROFILE_DEV, MC_PROFILE_RELEASE } McProfile;

typedef struct McCompileResult {
    McProgram *prog;
    MdList diags;
    McArena *arena;
    int ok;       /* no error diagnostics: the program was lowered */
    int io_error; /* a source file could not be read (exit status 2) */
} McCompileResult;

/* Parses, checks and lowers `path` and every module it imports. On errors
 * the diagnostics are in r->diags and r->ok is 0. */
void mc_compile(McCompileResult *r, const char *path, McProfile profile);
void mc_compile_free(McCompileResult *r);

/* The runtime header text, embedded at build time (mrt_header.c). */
extern const char mc_runtime_header[];
extern const size_t mc_runtime_header_len;

/* Backends (mc_backend.c). Each returns 0 on success; errors are printed. */
int mc_run_in_memory(const char *csrc, int argc, char **argv, int *exit_status);
int mc_build_tcc_exe(const char *csrc, const char *out);
int mc_build_cc_exe(const char *csrc, const char *out);

#endif
