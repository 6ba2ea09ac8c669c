#define _GNU_SOURCE
#include "CLibEditShim.h"
#include <sys/ioctl.h>
#include <wchar.h>

EditLine *bsh_el_init_stdio(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

int bsh_el_set_prompt(EditLine *el, bsh_prompt_fn fn, char escape) {
    return el_set(el, EL_PROMPT_ESC, fn, escape);
}

int bsh_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

int bsh_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}

int bsh_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

void *bsh_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) {
        return NULL;
    }
    return data;
}

int bsh_el_set_getcfn(EditLine *el, bsh_getc_fn fn) {
    return el_set(el, EL_GETCFN, fn);
}

int bsh_el_addfn(EditLine *el, const char *name, const char *help, bsh_key_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

int bsh_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, (const char *)NULL);
}

int bsh_el_set_history(EditLine *el, History *list) {
    return el_set(el, EL_HIST, history, list);
}

int bsh_el_prepare_terminal(EditLine *el, int on) {
    return el_set(el, EL_PREP_TERM, on);
}

int bsh_el_refresh(EditLine *el) {
    return el_set(el, EL_REFRESH);
}

FILE *bsh_stdout(void) {
    return stdout;
}

int bsh_terminal_columns(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) {
        return 0;
    }
    return size.ws_col;
}

int bsh_history_set_size(History *list, int size) {
    HistEvent event;
    return history(list, &event, H_SETSIZE, size);
}

int bsh_history_set_unique(History *list, int on) {
    HistEvent event;
    return history(list, &event, H_SETUNIQUE, on);
}

int bsh_history_enter(History *list, const char *line) {
    HistEvent event;
    return history(list, &event, H_ENTER, line);
}

int bsh_history_clear(History *list) {
    HistEvent event;
    return history(list, &event, H_CLEAR);
}

int bsh_wcwidth(unsigned int character) {
    return wcwidth((wchar_t)character);
}
