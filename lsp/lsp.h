/* lsp.h — `molt lsp`: the language server, LSP 3.17 over stdin/stdout.
 * See docs/lsp.md. */
#ifndef LSP_H
#define LSP_H

/* argv excludes "molt lsp". Returns the exit status: 0 after shutdown and
 * exit, 1 when the input ended or exit came without shutdown, 2 on usage
 * errors. */
int lsp_main(int argc, char **argv);

#endif
