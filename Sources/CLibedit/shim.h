// Non-variadic wrappers around libedit's native API (histedit.h).
//
// el_set, el_wset, el_get and history_w are C variadic functions, which Swift cannot call. These
// static inline functions give Swift one typed entry point per operation that LineEditor uses, and
// hand out the C standard streams, which Swift 6 treats as shared mutable globals.
#ifndef TRADEGRAPH_CLIBEDIT_SHIM_H
#define TRADEGRAPH_CLIBEDIT_SHIM_H

#include <histedit.h>
#include <stdio.h>
#include <wchar.h>

/* Declared here because glibc hides it unless _XOPEN_SOURCE is defined before <wchar.h>. */
extern int wcwidth(wchar_t c);

/* Columns a character takes on the terminal: 2 for Chinese, 0 for combining marks, -1 if unprintable. */
static inline int tg_wcwidth(wchar_t c) { return wcwidth(c); }

typedef wchar_t *(*tg_el_wprompt_fn)(EditLine *);
typedef unsigned char (*tg_el_command_fn)(EditLine *, int);

static inline FILE *tg_stdin(void) { return stdin; }
static inline FILE *tg_stdout(void) { return stdout; }
static inline FILE *tg_stderr(void) { return stderr; }

static inline int tg_el_set_wprompt(EditLine *el, tg_el_wprompt_fn fn) {
    return el_wset(el, EL_PROMPT, fn);
}
static inline int tg_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}
static inline int tg_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}
static inline int tg_el_set_whist(EditLine *el, HistoryW *h) {
    return el_wset(el, EL_HIST, history_w, h);
}
/* The wide form on purpose: el_set's EL_ADDFN copies the name and help with wcsdup and never frees them
   (libedit's own comment: "The two strdup's leak"), 208 bytes per editor that LeakSanitizer reports.
   el_wset keeps the caller's strings instead, so they must live as long as the editor. */
static inline int tg_el_add_wfunction(EditLine *el, const wchar_t *name, const wchar_t *help, tg_el_command_fn fn) {
    return el_wset(el, EL_ADDFN, name, help, fn);
}
static inline int tg_el_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, (const char *)NULL);
}
static inline int tg_el_set_getc(EditLine *el, el_rfunc_t fn) {
    return el_set(el, EL_GETCFN, fn);
}
static inline int tg_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}
static inline void *tg_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}
static inline int tg_el_refresh(EditLine *el) {
    return el_set(el, EL_REFRESH);
}
static inline int tg_el_get_editmode(EditLine *el) {
    int on = 0;
    el_get(el, EL_EDITMODE, &on);
    return on;
}

static inline int tg_hist_setsize(HistoryW *h, int size) {
    HistEventW ev;
    return history_w(h, &ev, H_SETSIZE, size);
}
static inline int tg_hist_setunique(HistoryW *h, int unique) {
    HistEventW ev;
    return history_w(h, &ev, H_SETUNIQUE, unique);
}
static inline int tg_hist_enter(HistoryW *h, const wchar_t *line) {
    HistEventW ev;
    return history_w(h, &ev, H_ENTER, line);
}
static inline int tg_hist_load(HistoryW *h, const char *path) {
    HistEventW ev;
    return history_w(h, &ev, H_LOAD, path);
}
static inline int tg_hist_save_fp(HistoryW *h, FILE *fp) {
    HistEventW ev;
    return history_w(h, &ev, H_SAVE_FP, fp);
}
static inline int tg_hist_clear(HistoryW *h) {
    HistEventW ev;
    return history_w(h, &ev, H_CLEAR);
}
/* Moves to the oldest (H_LAST) or a newer (H_PREV) entry; returns its text or NULL at the end. */
static inline const wchar_t *tg_hist_step(HistoryW *h, int op) {
    HistEventW ev;
    if (history_w(h, &ev, op) == -1) return NULL;
    return ev.str;
}
#endif
