/* molt_main.c — the `molt` command line: run, build, check, compare, lsp.
 * Each subcommand is a thin layer over mc_program.c (compile pipeline),
 * mc_check.c (diagnostics) and lsp/ (the language server). Exit status 2
 * means a usage or internal error. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lsp.h"
#include "mc_check.h"
#include "mc_program.h"

static const char usage_text[] =
    "usage: molt <command> [options]\n"
    "\n"
    "commands:\n"
    "  run FILE.py [ARGS...]          compile with libtcc in memory and run (dev profile)\n"
    "  build FILE.py [-o OUT] [--profile dev|release] [--emit=c|ir]\n"
    "                                 write a standalone executable (default: release)\n"
    "  check [OPTIONS] PATH...        report what molt cannot compile (see `molt check --help`)\n"
    "  compare FILE.py [ARGS...]      run under python3 and molt, diff the results\n"
    "  lsp [--stdio]                  run the language server on stdin/stdout (see docs/lsp.md)\n"
    "  version                        print molt's version\n";

static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "molt: error: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n\n%s", usage_text);
    return 2;
}

/* Compiles path; on failure prints the diagnostics and returns NULL. */
static char *compile_to_c(McCompileResult *r, const char *path, McProfile profile, int with_main)
{
    mc_compile(r, path, profile);
    if (!r->ok) {
        md_render_text(stderr, &r->diags, isatty(2));
        int n = md_count_errors(&r->diags);
        if (n)
            fprintf(stderr, "error: could not compile '%s' (%d error%s); see `molt check %s`\n", path, n,
                    n == 1 ? "" : "s", path);
        return NULL;
    }
    size_t len;
    return mc_emit_c(r->prog, with_main, &len);
}

static int cmd_run(int argc, char **argv)
{
    if (argc < 1) return usage_error("%s", "run needs a FILE.py");
    McCompileResult r;
    char *c = compile_to_c(&r, argv[0], MC_PROFILE_DEV, 0);
    if (!c) {
        int status = r.io_error || r.ok ? 2 : 1;
        mc_compile_free(&r);
        return status;
    }
    int status = 0;
    int rc = mc_run_in_memory(c, argc, argv, &status);
    free(c);
    return rc < 0 ? 2 : status;
}

static char *default_output(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t n = strlen(base);
    if (n > 3 && !strcmp(base + n - 3, ".py")) n -= 3;
    char *out = malloc(n + 1);
    memcpy(out, base, n);
    out[n] = 0;
    return out;
}

static int cmd_build(int argc, char **argv)
{
    const char *in = NULL, *out = NULL, *emit = NULL;
    McProfile profile = MC_PROFILE_RELEASE;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-o") && i + 1 < argc) {
            out = argv[++i];
        } else if (!strcmp(a, "--profile") && i + 1 < argc) {
            const char *p = argv[++i];
            if (!strcmp(p, "dev"))
                profile = MC_PROFILE_DEV;
            else if (!strcmp(p, "release"))
                profile = MC_PROFILE_RELEASE;
            else
                return usage_error("unknown profile '%s' (expected dev or release)", p);
        } else if (!strncmp(a, "--emit=", 7)) {
            emit = a + 7;
            if (strcmp(emit, "c") && strcmp(emit, "ir")) return usage_error("unknown --emit kind '%s'", emit);
        } else if (a[0] == '-') {
            return usage_error("unknown build option '%s'", a);
        } else if (!in) {
            in = a;
        } else {
            return usage_error("unexpected argument '%s'", a);
        }
    }
    if (!in) return usage_error("%s", "build needs a FILE.py");
    McCompileResult r;
    char *c = compile_to_c(&r, in, profile, 1);
    if (!c) {
        int status = r.io_error || r.ok ? 2 : 1;
        mc_compile_free(&r);
        return status;
    }
    int rc = 0;
    if (emit && !strcmp(emit, "c")) {
        printf("#include \"mrt.h\"\n%s", c);
    } else if (emit) {
        size_t len;
        char *ir = mc_dump_ir(r.prog, &len);
        fwrite(ir, 1, len, stdout);
        free(ir);
    } else {
        char *def = out ? NULL : default_output(in);
        const char *target = out ? out : def;
        rc = profile == MC_PROFILE_DEV ? mc_build_tcc_exe(c, target) : mc_build_cc_exe(c, target);
        if (rc < 0) fprintf(stderr, "molt: error: could not link '%s'\n", target);
        free(def);
    }
    free(c);
    mc_compile_free(&r);
    return rc < 0 ? 2 : 0;
}

/* Runs argv with stdin from /dev/null, capturing stdout+stderr into one
 * file and returning the exit status. */
static int capture(char *const argv[], const char *outfile)
{
    pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) {
        if (!freopen("/dev/null", "r", stdin) || !freopen(outfile, "w", stdout)) _exit(127);
        dup2(1, 2);
        execvp(argv[0], argv);
        _exit(127);
    }
    int st;
    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR) return -1;
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

static int cmd_compare(int argc, char **argv, const char *self)
{
    if (argc < 1) return usage_error("%s", "compare needs a FILE.py");
    char py[] = "/tmp/molt-cmp-py-XXXXXX", mo[] = "/tmp/molt-cmp-molt-XXXXXX";
    int fd1 = mkstemp(py), fd2 = mkstemp(mo);
    if (fd1 < 0 || fd2 < 0) return 2;
    close(fd1);
    close(fd2);
    char **pargv = calloc((size_t)argc + 3, sizeof(char *));
    char **margv = calloc((size_t)argc + 3, sizeof(char *));
    pargv[0] = "python3";
    margv[0] = (char *)self;
    margv[1] = "run";
    for (int i = 0; i < argc; i++) pargv[i + 1] = margv[i + 2] = argv[i];
    int s1 = capture(pargv, py), s2 = capture(margv, mo);
    FILE *f1 = fopen(py, "a"), *f2 = fopen(mo, "a");
    if (f1) fprintf(f1, "[exit status %d]\n", s1), fclose(f1);
    if (f2) fprintf(f2, "[exit status %d]\n", s2), fclose(f2);
    char *dargv[] = {"diff", "-u", "--label", "python3", "--label", "molt", py, mo, NULL};
    pid_t pid = fork();
    int same = -1;
    if (pid == 0) {
        execvp("diff", dargv);
        _exit(127);
    }
    if (pid > 0) {
        int st;
        waitpid(pid, &st, 0);
        same = WIFEXITED(st) ? WEXITSTATUS(st) : 2;
    }
    if (same == 0) printf("molt compare: identical output and exit status (%d)\n", s1);
    unlink(py);
    unlink(mo);
    free(pargv);
    free(margv);
    return same == 0 ? 0 : 1;
}

int main(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "-h") || !strcmp(argv[1], "--help") || !strcmp(argv[1], "help")) {
        fputs(usage_text, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "run")) return cmd_run(argc - 2, argv + 2);
    if (!strcmp(cmd, "build")) return cmd_build(argc - 2, argv + 2);
    if (!strcmp(cmd, "check")) return mc_check_main(argc - 2, argv + 2);
    if (!strcmp(cmd, "compare")) return cmd_compare(argc - 2, argv + 2, argv[0]);
    if (!strcmp(cmd, "lsp")) return lsp_main(argc - 2, argv + 2);
    if (!strcmp(cmd, "version") || !strcmp(cmd, "--version")) {
        printf("molt %s\n", MOLT_VERSION);
        return 0;
    }
    return usage_error("unknown command '%s'", cmd);
}
