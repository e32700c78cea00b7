#ifndef FRONTIER_CNCURSES_SHIM_H
#define FRONTIER_CNCURSES_SHIM_H

/*
 * What Swift cannot import from ncurses and the Linux system headers, exposed as plain
 * functions. SwiftPM drops pkg-config's -D flags, so the wide-character API is switched on
 * here; without it cchar_t, setcchar and wget_wch do not exist.
 */
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <ncursesw/curses.h>

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>

/* ---- ncurses globals (Swift 6 rejects them as shared mutable state) ---- */

static inline WINDOW *frontier_stdscr(void) { return stdscr; }
static inline WINDOW *frontier_curscr(void) { return curscr; }
static inline int frontier_lines(void) { return LINES; }
static inline int frontier_cols(void) { return COLS; }
static inline int frontier_colors(void) { return COLORS; }
static inline int frontier_color_pairs(void) { return COLOR_PAIRS; }

/* ---- attribute macros, typed as attr_t (A_ITALIC does not fit in Int32) ---- */

static inline attr_t frontier_a_normal(void) { return (attr_t)A_NORMAL; }
static inline attr_t frontier_a_bold(void) { return (attr_t)A_BOLD; }
static inline attr_t frontier_a_dim(void) { return (attr_t)A_DIM; }
static inline attr_t frontier_a_italic(void) { return (attr_t)A_ITALIC; }
static inline attr_t frontier_a_underline(void) { return (attr_t)A_UNDERLINE; }
static inline attr_t frontier_a_reverse(void) { return (attr_t)A_REVERSE; }

/* ---- keys and mouse ---- */

static inline int frontier_key_f(int n) { return KEY_F(n); }

static inline mmask_t frontier_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t frontier_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t frontier_button2_pressed(void) { return BUTTON2_PRESSED; }
static inline mmask_t frontier_button3_pressed(void) { return BUTTON3_PRESSED; }
static inline mmask_t frontier_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t frontier_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t frontier_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }

/* ---- terminal size ---- */

/* ioctl is variadic, so Swift cannot call it directly. Returns 0 on success. */
static inline int frontier_window_size(int fd, int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return -1;
    if (ws.ws_row == 0 || ws.ws_col == 0) return -1;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 0;
}

/* ---- small libc helpers ---- */

static inline int frontier_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == NULL) return 0;
    return strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0;
}

/* A terminfo string capability, or NULL when the terminal lacks it. */
static inline const char *frontier_terminfo_string(const char *name) {
    char *value = tigetstr(name);
    if (value == NULL || value == (char *)-1) return NULL;
    return value;
}

static inline int frontier_wcwidth(int scalar) { return wcwidth((wchar_t)scalar); }

#endif
