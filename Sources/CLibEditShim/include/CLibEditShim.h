#ifndef CLIBEDITSHIM_H
#define CLIBEDITSHIM_H

// Non-variadic wrappers around libedit's variadic el_set/el_get/history, so Swift can call them.
// Each wrapper sets or reads exactly one option; the return value is libedit's (0 ok, -1 error).

#include <stdio.h>
#include <wchar.h>
#include <histedit.h>

/// The signature of a libedit prompt callback.
typedef char *(*bsh_prompt_fn)(EditLine *);
/// The signature of a libedit user function bound to a key (returns a CC_* code).
typedef unsigned char (*bsh_key_fn)(EditLine *, int);
/// The signature of a libedit character reader (1 = a character, 0 = end of input, -1 = error).
typedef int (*bsh_getc_fn)(EditLine *, wchar_t *);

/// Starts an editor on the process's standard input, output and error streams.
EditLine *bsh_el_init_stdio(const char *program);
/// Sets the prompt callback; characters between two `escape` bytes are sent unmeasured (colours).
int bsh_el_set_prompt(EditLine *el, bsh_prompt_fn fn, char escape);
/// Selects the key map: "emacs" or "vi".
int bsh_el_set_editor(EditLine *el, const char *mode);
/// Turns libedit's own signal handling on (1) or off (0).
int bsh_el_set_signal(EditLine *el, int on);
/// Stores one opaque pointer in the editor, for callbacks to find their owner.
int bsh_el_set_clientdata(EditLine *el, void *data);
/// Reads the pointer stored with bsh_el_set_clientdata.
void *bsh_el_get_clientdata(EditLine *el);
/// Replaces the function that reads one character from the terminal.
int bsh_el_set_getcfn(EditLine *el, bsh_getc_fn fn);
/// Registers a named user function that keys can be bound to.
int bsh_el_addfn(EditLine *el, const char *name, const char *help, bsh_key_fn fn);
/// Binds a key sequence (e.g. "^I") to a named function.
int bsh_el_bind(EditLine *el, const char *key, const char *function);
/// Attaches a history list to the editor (arrow keys, Ctrl-R search).
int bsh_el_set_history(EditLine *el, History *list);
/// Puts the terminal into the editor's raw mode now (1), rather than once the prompt is shown.
int bsh_el_prepare_terminal(EditLine *el, int on);
/// Asks the editor to redraw the prompt and line.
int bsh_el_refresh(EditLine *el);
/// The standard output stream the editor writes to.
FILE *bsh_stdout(void);
/// The width in columns of the terminal on `fd`, or 0 when it is not a terminal.
int bsh_terminal_columns(int fd);
/// The columns a character occupies (wcwidth; -1 for non-printing characters).
int bsh_wcwidth(unsigned int character);

/// Sets the history's capacity in entries.
int bsh_history_set_size(History *list, int size);
/// Drops consecutive duplicates when on (1).
int bsh_history_set_unique(History *list, int on);
/// Appends one entry as the newest.
int bsh_history_enter(History *list, const char *line);
/// Removes every entry.
int bsh_history_clear(History *list);

#endif
