/* mrt_bi.h — declarations shared by the builtin-function files (mrt_builtins.c,
 * mrt_iters.c, mrt_io.c, mrt_sys.c). Their init/exit hooks are in mrt_internal.h. */
#ifndef MRT_BI_H
#define MRT_BI_H

#include "mrt_internal.h"

/* mrt_io.c: the sys.stdout / sys.stderr / sys.stdin objects (TextIOWrapper). */
MrtValue mrt_io_stdout(void);
MrtValue mrt_io_stderr(void);
MrtValue mrt_io_stdin(void);
/* Read one line from stdin including its '\n' ("" at EOF); MRT_ERR on error. */
MrtValue mrt_io_readline(void);

/* mrt_sys.c. Current sys.stdout / sys.stdin / sys.stderr (may have been reassigned by the program). */
MrtValue mrt_sys_stdout(void);
MrtValue mrt_sys_stderr(void);
MrtValue mrt_sys_stdin(void);

/* mrt_builtins.c: 1 when the pending exception is an instance of t. */
int mrt_bi_exc_pending_is(MrtType *t);

#endif
