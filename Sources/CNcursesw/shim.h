#ifndef RESMAP_CNCURSESW_SHIM_H
#define RESMAP_CNCURSESW_SHIM_H
/*
 * The only C the terminal backend sees. The package does not ask pkg-config for ncursesw (SwiftPM
 * refuses its -D flags with a warning on every build), so the wide-character API is asked for here. Everything Swift cannot import (function-like macros) or must not touch
 * under Swift 6 strict concurrency (mutable C globals such as stdscr, LINES, COLS) is wrapped in a
 * static inline function.
 */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <string.h>
#include <wchar.h>
#include <poll.h>
#include <errno.h>
#include <unistd.h>
#include <termios.h>
#include <ncurses.h>

/* ---- start ------------------------------------------------------------------------------ */

/* newterm on the standard streams: unlike initscr it returns NULL, not exit(), on a bad TERM.
 * (stdout and stdin are mutable C globals, so Swift 6 may not name them.) */
static inline SCREEN *resmap_newterm(void) { return newterm(NULL, stdout, stdin); }

/* ---- globals ---------------------------------------------------------------------------- */

static inline WINDOW *resmap_stdscr(void) { return stdscr; }
static inline int resmap_lines(void) { return LINES; }
static inline int resmap_cols(void) { return COLS; }
static inline int resmap_colors(void) { return COLORS; }
static inline int resmap_color_pairs(void) { return COLOR_PAIRS; }

/* ---- attributes ------------------------------------------------------------------------- */

static inline attr_t resmap_color_pair(int pair) { return (attr_t)COLOR_PAIR(pair); }
static inline attr_t resmap_a_normal(void) { return (attr_t)A_NORMAL; }
static inline attr_t resmap_a_bold(void) { return (attr_t)A_BOLD; }
static inline attr_t resmap_a_reverse(void) { return (attr_t)A_REVERSE; }
static inline attr_t resmap_a_underline(void) { return (attr_t)A_UNDERLINE; }
static inline attr_t resmap_a_dim(void) { return (attr_t)A_DIM; }

/* ---- key codes (KEY_F is a function-like macro; the rest are imported too, kept for symmetry) */

static inline int resmap_key_code_yes(void) { return KEY_CODE_YES; }
static inline int resmap_key_up(void) { return KEY_UP; }
static inline int resmap_key_down(void) { return KEY_DOWN; }
static inline int resmap_key_left(void) { return KEY_LEFT; }
static inline int resmap_key_right(void) { return KEY_RIGHT; }
static inline int resmap_key_home(void) { return KEY_HOME; }
static inline int resmap_key_end(void) { return KEY_END; }
static inline int resmap_key_ppage(void) { return KEY_PPAGE; }
static inline int resmap_key_npage(void) { return KEY_NPAGE; }
static inline int resmap_key_enter(void) { return KEY_ENTER; }
static inline int resmap_key_backspace(void) { return KEY_BACKSPACE; }
static inline int resmap_key_dc(void) { return KEY_DC; }
static inline int resmap_key_btab(void) { return KEY_BTAB; }
static inline int resmap_key_resize(void) { return KEY_RESIZE; }
static inline int resmap_key_f(int n) { return KEY_F(n); }
static inline int resmap_key_f0(void) { return KEY_F0; }

/* ---- input ------------------------------------------------------------------------------ */

/* What one read returned: nothing (timeout or error), a character, or a function key code. */
#define RESMAP_INPUT_NONE 0
#define RESMAP_INPUT_CHARACTER 1
#define RESMAP_INPUT_KEY 2

static inline int resmap_read_input(unsigned int *value) {
    wint_t ch = 0;
    int result = wget_wch(stdscr, &ch);
    *value = (unsigned int)ch;
    if (result == OK) return RESMAP_INPUT_CHARACTER;
    if (result == KEY_CODE_YES) return RESMAP_INPUT_KEY;
    return RESMAP_INPUT_NONE;
}

/* Waits up to timeout_ms for input on fd. 1: readable, 0: timeout or signal, -1: hung up. */
static inline int resmap_wait_for_input(int fd, int timeout_ms) {
    struct pollfd entry;
    entry.fd = fd;
    entry.events = POLLIN;
    entry.revents = 0;
    int ready = poll(&entry, 1, timeout_ms);
    if (ready < 0) return errno == EINTR ? 0 : -1;
    if (ready == 0) return 0;
    if (entry.revents & POLLIN) return 1;
    if (entry.revents & (POLLHUP | POLLERR | POLLNVAL)) return -1;
    return 0;
}

/* ---- output ----------------------------------------------------------------------------- */

/* Draws one cell: text is a NUL-terminated base character plus up to CCHARW_MAX-1 combining marks. */
static inline int resmap_draw_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) == ERR) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}

static inline int resmap_cchar_max(void) { return CCHARW_MAX; }

/* The columns the C library (and so curses) gives a character: -1 for unprintable. */
static inline int resmap_wcwidth(unsigned int character) { return wcwidth((wchar_t)character); }

/* ---- locale ----------------------------------------------------------------------------- */

/* True when the current LC_CTYPE encodes UTF-8, which wide-character output needs. */
static inline int resmap_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

/* ---- signals ---------------------------------------------------------------------------- */

/* A signal that asks the program to stop (SIGINT, SIGTERM, SIGHUP, SIGQUIT), noted for the main loop,
 * which restores the terminal itself: a handler may not safely call into curses. */
static volatile sig_atomic_t resmap_stop_signal = 0;

static void resmap_note_stop_signal(int number) { resmap_stop_signal = number; }

static inline void resmap_install_stop_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = resmap_note_stop_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; /* no SA_RESTART: a blocked poll() returns at once */
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    sigaction(SIGQUIT, &action, NULL);
}

/* Ctrl-S and Ctrl-Q reach the program as keys (save), not as terminal flow control. The shell's
 * own mode, restored by endwin, keeps flow control as it was. */
static inline void resmap_disable_flow_control(int fd) {
    struct termios modes;
    if (tcgetattr(fd, &modes) != 0) return;
    modes.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
    tcsetattr(fd, TCSANOW, &modes);
    def_prog_mode();
}

static inline int resmap_pending_stop_signal(void) { return (int)resmap_stop_signal; }

/* After the terminal is restored: die of the same signal, so the parent sees the usual status. */
static inline void resmap_reraise(int number) {
    signal(number, SIG_DFL);
    raise(number);
}

#endif
