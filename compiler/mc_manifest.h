/* mc_manifest.h — the program's manifest, molt.capabilities.json: the
 * capabilities it grants (allow/deny lists of tokens and profiles, path and
 * variable lists, resource limits) and the "diagnostics" settings of
 * `molt check` and the language server. One parser for all of them, with
 * cJSON; every malformed or unknown entry is an error that names its key. */
#ifndef MC_MANIFEST_H
#define MC_MANIFEST_H

#include "md.h"

#define MC_MANIFEST_NAME "molt.capabilities.json"

/* Capability tokens as bits: MRT_CAP_* of runtime/mrt_caps.def, the table
 * the runtime's enforcement reads too. Profiles name sets of them (see
 * mc_cap_parse). */
#include "../runtime/mrt_caps.h"

/* Resource limits; -1 where the manifest sets none. */
typedef struct McResources {
    int64_t max_memory;      /* bytes */
    int64_t max_allocations; /* count */
    int64_t max_recursion_depth;
    int64_t max_duration_ms;
} McResources;

typedef struct McManifest {
    const char *path; /* the file read, or NULL (defaults, or --capabilities TOKENS) */
    unsigned allow;   /* MRT_CAP_* bits as listed in "allow"; see mc_manifest_granted */
    unsigned deny;    /* MRT_CAP_* bits listed in "deny" */
    McVec fs_read;    /* const char* paths as written (relative to the manifest's directory) */
    McVec fs_write;
    McVec env_read; /* const char* variable names */
    McVec env_write;
    McResources resources;
    MdSettings diagnostics; /* "diagnostics": select, ignore, severity */
} McManifest;

/* The empty manifest: zero authority, no limits set, default diagnostics. */
void mc_manifest_init(McManifest *m);
/* Parses text (the contents of `path`, used in messages) into m. Returns 0,
 * or -1 with *err = "PATH: KEY: why" (allocated in a). */
int mc_manifest_parse(McArena *a, const char *path, const char *text, size_t len, McManifest *m, char **err);
/* Reads and parses the file at path. */
int mc_manifest_load(McArena *a, const char *path, McManifest *m, char **err);
/* `--capabilities net,fs.read`: an allow list of tokens and profiles. */
int mc_manifest_parse_tokens(McArena *a, const char *list, McManifest *m, char **err);
/* The manifest beside a program (MC_MANIFEST_NAME in the directory of the
 * file `program`, or in `program` itself if it is a directory), or NULL. */
const char *mc_manifest_beside(McArena *a, const char *program);

/* What the manifest grants: allow minus deny (deny always wins). */
unsigned mc_manifest_granted(const McManifest *m);
/* A token ("fs.read") or profile ("fs", "core") to its bits; -1 if unknown. */
int mc_cap_parse(const char *name, unsigned *bits);

#endif
