/* mc_backend.c — turning generated C into running code: libtcc in memory
 * (`molt run`), libtcc to an executable (dev builds) and the system C
 * compiler at -O2 (release builds). Release executables link the runtime and
 * its libraries statically and need only libc; dev executables link the
 * runtime statically and libgc/libgmp/libsodium dynamically. */
#include "mc_program.h"

#include <errno.h>
#include <libtcc.h>
#include <limits.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

/* The full C text: runtime header followed by the generated code. */
static char *with_header(const char *csrc)
{
    size_t n = strlen(csrc);
    char *s = malloc(mc_runtime_header_len + n + 2);
    if (!s) return NULL;
    memcpy(s, mc_runtime_header, mc_runtime_header_len);
    s[mc_runtime_header_len] = '\n';
    memcpy(s + mc_runtime_header_len + 1, csrc, n + 1);
    return s;
}

static void tcc_error(void *opaque, const char *msg)
{
    (void)opaque;
    fprintf(stderr, "molt: internal error: generated C rejected by libtcc: %s\n", msg);
}

static TCCState *tcc_start(int output)
{
    TCCState *s = tcc_new();
    if (!s) return NULL;
    tcc_set_error_func(s, NULL, tcc_error);
    tcc_set_lib_path(s, MOLT_TCC_LIBDIR);
    tcc_set_options(s, "-w");
    tcc_set_output_type(s, output);
    return s;
}

int mc_run_in_memory(const char *csrc, int argc, char **argv, int *exit_status)
{
    char *full = with_header(csrc);
    TCCState *s = full ? tcc_start(TCC_OUTPUT_MEMORY) : NULL;
    if (!s || tcc_compile_string(s, full) < 0 || tcc_relocate(s, TCC_RELOCATE_AUTO) < 0) {
        free(full);
        if (s) tcc_delete(s);
        return -1;
    }
    free(full);
    int (*entry)(int, char **) = (int (*)(int, char **))tcc_get_symbol(s, "molt_main");
    if (!entry) {
        fprintf(stderr, "molt: internal error: molt_main missing from generated code\n");
        tcc_delete(s);
        return -1;
    }
    *exit_status = entry(argc, argv);
    /* The program's objects may still reference its code: keep it mapped. */
    return 0;
}

/* Where libmoltrt.a lives: $MOLT_RUNTIME_LIB, else beside the molt executable. */
static const char *runtime_lib(void)
{
    static char path[PATH_MAX + 16];
    const char *env = getenv("MOLT_RUNTIME_LIB");
    if (env && *env) return env;
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return "libmoltrt.a";
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    if (slash) *slash = 0;
    snprintf(path, sizeof path, "%s/libmoltrt.a", exe);
    return path;
}

int mc_build_tcc_exe(const char *csrc, const char *out)
{
    char *full = with_header(csrc);
    TCCState *s = full ? tcc_start(TCC_OUTPUT_EXE) : NULL;
    int rc = -1;
    /* libtcc cannot link libgc.a (it uses thread-local storage relocations),
     * so dev executables use the shared libgc, libgmp and libsodium. */
    if (s && tcc_compile_string(s, full) >= 0 && tcc_add_file(s, runtime_lib()) >= 0 && tcc_add_library(s, "gc") >= 0 &&
        tcc_add_library(s, "gmp") >= 0 && tcc_add_library(s, "sodium") >= 0 && tcc_add_file(s, MOLT_LIBGCC) >= 0 &&
        tcc_add_library(s, "m") >= 0 && tcc_add_library(s, "pthread") >= 0 && tcc_output_file(s, out) >= 0)
        rc = 0;
    free(full);
    if (s) tcc_delete(s);
    return rc;
}

static int run_process(char *const argv[])
{
    pid_t pid;
    int err = posix_spawnp(&pid, argv[0], NULL, NULL, argv, environ);
    if (err) {
        fprintf(stderr, "molt: cannot run %s: %s\n", argv[0], strerror(err));
        return -1;
    }
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) return -1;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

int mc_build_cc_exe(const char *csrc, const char *out)
{
    char dir[] = "/tmp/molt-XXXXXX";
    if (!mkdtemp(dir)) {
        perror("molt: mkdtemp");
        return -1;
    }
    char cfile[sizeof dir + 16];
    snprintf(cfile, sizeof cfile, "%s/prog.c", dir);
    char *full = with_header(csrc);
    FILE *f = full ? fopen(cfile, "w") : NULL;
    int rc = -1;
    if (f) {
        fputs(full, f);
        if (fclose(f) == 0) {
            const char *cc = getenv("CC");
            /* -ffp-contract=off: no fused multiply-add, whose single rounding
             * would make float results differ from CPython's. */
            char *argv[] = {(char *)(cc && *cc ? cc : "cc"),
                            "-O2",
                            "-ffp-contract=off",
                            "-w",
                            "-o",
                            (char *)out,
                            cfile,
                            (char *)runtime_lib(),
                            MOLT_GC_STATIC,
                            MOLT_GMP_STATIC,
                            MOLT_SODIUM_STATIC,
                            "-lm",
                            "-lpthread",
                            NULL};
            rc = run_process(argv);
        }
    }
    free(full);
    unlink(cfile);
    rmdir(dir);
    return rc;
}
