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
#include <sys/signalfd.h>
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

/* Bytes waiting in the kernel's input queue of fd, or -1. */
static inline int frontier_bytes_readable(int fd) {
    int n = 0;
    if (ioctl(fd, FIONREAD, &n) != 0) return -1;
    return n;
}

/* ---- signals ---- */

/*
 * The signals the event loop reads through a signalfd. They must be blocked in every thread,
 * which is only possible before the first thread exists: a thread inherits its creator's mask.
 * SIGCONT is included so the loop learns about a resume after Ctrl-Z; blocking it does not
 * stop the kernel from continuing the process.
 */
static inline void frontier_loop_signal_set(sigset_t *set) {
    sigemptyset(set);
    sigaddset(set, SIGTERM);
    sigaddset(set, SIGHUP);
    sigaddset(set, SIGINT);
    sigaddset(set, SIGQUIT);
    sigaddset(set, SIGWINCH);
    sigaddset(set, SIGCONT);
}

static inline int frontier_block_loop_signals(void) {
    sigset_t set;
    frontier_loop_signal_set(&set);
    return pthread_sigmask(SIG_BLOCK, &set, NULL);
}

static inline int frontier_open_signalfd(void) {
    sigset_t set;
    frontier_loop_signal_set(&set);
    return signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
}

/* The next pending signal number from a signalfd, 0 when none is pending, -1 on error. */
static inline int frontier_read_signalfd(int fd) {
    struct signalfd_siginfo info;
    for (;;) {
        ssize_t n = read(fd, &info, sizeof info);
        if (n == (ssize_t)sizeof info) return (int)info.ssi_signo;
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return 0;
        return -1;
    }
}

/* pipe2 is a GNU extension; declared here rather than defining _GNU_SOURCE, which would
 * give system structs (fd_set) a different shape from Swift's Glibc module. */
extern int pipe2(int pipefd[2], int flags);

/* A close-on-exec, non-blocking pipe. */
static inline int frontier_open_pipe(int fds[2]) {
    return pipe2(fds, O_CLOEXEC | O_NONBLOCK);
}

/* Writes one byte; async-signal-safe. A full pipe already holds a pending wake-up. */
static inline void frontier_wake(int fd) {
    char byte = 1;
    ssize_t n;
    do { n = write(fd, &byte, 1); } while (n < 0 && errno == EINTR);
}

static inline void frontier_drain(int fd) {
    char buffer[256];
    for (;;) {
        ssize_t n = read(fd, buffer, sizeof buffer);
        if (n > 0) continue;
        if (n < 0 && errno == EINTR) continue;
        return;
    }
}

/* ---- crash guard ----
 *
 * When the process dies on a fatal signal, or calls exit() while the screen is active, the
 * terminal must not be left raw, hidden-cursor and in the alternate screen. The handler below
 * does only async-signal-safe work (tcsetattr, write, dup2, pread, sigaction, raise), so the
 * Swift side never runs inside a signal handler.
 *
 * The state is a static inside a static inline function, so every object file that calls
 * these functions gets its own copy. All calls must therefore come from one Swift file
 * (CrashGuard.swift).
 */

#define FRONTIER_CRASH_SIGNAL_LIMIT 32
#define FRONTIER_RESTORE_LIMIT 512

typedef struct {
    volatile sig_atomic_t active;
    int tty_fd;
    struct termios termios;
    char restore[FRONTIER_RESTORE_LIMIT];
    size_t restore_length;
    int real_stderr;      /* the caller's stderr while stderr goes to the capture file, else -1 */
    int captured_stderr;  /* the capture file, else -1 */
    int installed[FRONTIER_CRASH_SIGNAL_LIMIT];
    struct sigaction previous[FRONTIER_CRASH_SIGNAL_LIMIT];
    int atexit_registered;
} frontier_crash_state;

/* One instance for the whole program. A function-local static in a header gives every object
 * file that inlines it a copy of its own, and then disarming in one copy left the atexit hook of
 * another armed: it sent the restore bytes again after exit, moving the cursor back over any
 * notice printed after the screen closed. A weak definition is merged by the linker into one. */
__attribute__((weak)) frontier_crash_state frontier_crash_global = {
    .active = 0, .tty_fd = -1, .real_stderr = -1, .captured_stderr = -1
};

static inline frontier_crash_state *frontier_crash_state_get(void) {
    return &frontier_crash_global;
}

static inline void frontier_write_all(int fd, const char *bytes, size_t length) {
    while (length > 0) {
        ssize_t n = write(fd, bytes, length);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        bytes += n;
        length -= (size_t)n;
    }
}

/* Copies the capture file to fd, from its start. */
static inline void frontier_replay_capture(int capture, int fd) {
    char buffer[4096];
    off_t offset = 0;
    for (;;) {
        ssize_t n = pread(capture, buffer, sizeof buffer, offset);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        frontier_write_all(fd, buffer, (size_t)n);
        offset += n;
    }
}

/* Puts the terminal and stderr back; async-signal-safe; runs at most once per activation. */
static inline void frontier_emergency_restore(void) {
    frontier_crash_state *s = frontier_crash_state_get();
    if (!s->active) return;
    s->active = 0;
    if (s->tty_fd >= 0) {
        frontier_write_all(s->tty_fd, s->restore, s->restore_length);
        tcsetattr(s->tty_fd, TCSANOW, &s->termios);
    }
    if (s->real_stderr >= 0) {
        dup2(s->real_stderr, STDERR_FILENO);
        if (s->captured_stderr >= 0) frontier_replay_capture(s->captured_stderr, STDERR_FILENO);
    }
}

static inline void frontier_crash_handler(int sig, siginfo_t *info, void *context) {
    frontier_crash_state *s = frontier_crash_state_get();
    frontier_emergency_restore();
    if (sig > 0 && sig < FRONTIER_CRASH_SIGNAL_LIMIT && s->installed[sig]) {
        /* Hand the fault to whoever held the signal before (Swift's backtracer prints the
         * stack), now that the terminal is usable again. */
        struct sigaction previous = s->previous[sig];
        sigaction(sig, &previous, NULL);
        if (previous.sa_flags & SA_SIGINFO) {
            if (previous.sa_sigaction != NULL) previous.sa_sigaction(sig, info, context);
        } else if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN
                   && previous.sa_handler != NULL) {
            previous.sa_handler(sig);
        }
    }
    /* Die by the same signal. It is blocked while this handler runs, so raise() leaves it
     * pending until we return, and then the default action applies: an int3 trap that would
     * otherwise continue after the trap instruction still ends the process. */
    signal(sig, SIG_DFL);
    raise(sig);
}

static inline void frontier_atexit_restore(void) { frontier_emergency_restore(); }

static inline int frontier_crash_signal_at(int index) {
    static const int signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP };
    if (index < 0 || index >= (int)(sizeof signals / sizeof signals[0])) return 0;
    return signals[index];
}

/* An alternate stack so a stack overflow can still run the handler. */
static inline void frontier_ensure_alt_stack(void) {
    static char stack_memory[65536];
    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && !(current.ss_flags & SS_DISABLE)) return;
    stack_t ours;
    memset(&ours, 0, sizeof ours);
    ours.ss_sp = stack_memory;
    ours.ss_size = sizeof stack_memory;
    sigaltstack(&ours, NULL);
}

/*
 * Arms the guard: `termios` is the terminal state to restore, `restore` the bytes that leave
 * the alternate screen and show the cursor. `real_stderr`/`captured_stderr` are -1 when stderr
 * is not being captured.
 */
static inline void frontier_crash_guard_install(int tty_fd, const struct termios *termios,
                                                const char *restore, size_t restore_length,
                                                int real_stderr, int captured_stderr) {
    frontier_crash_state *s = frontier_crash_state_get();
    s->tty_fd = tty_fd;
    s->termios = *termios;
    if (restore_length > sizeof s->restore) restore_length = sizeof s->restore;
    memcpy(s->restore, restore, restore_length);
    s->restore_length = restore_length;
    s->real_stderr = real_stderr;
    s->captured_stderr = captured_stderr;
    frontier_ensure_alt_stack();
    for (int i = 0; frontier_crash_signal_at(i) != 0; ++i) {
        int sig = frontier_crash_signal_at(i);
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_sigaction = frontier_crash_handler;
        action.sa_flags = SA_SIGINFO | SA_ONSTACK;
        sigemptyset(&action.sa_mask);
        if (sigaction(sig, &action, &s->previous[sig]) == 0) s->installed[sig] = 1;
    }
    if (!s->atexit_registered) {
        atexit(frontier_atexit_restore);
        s->atexit_registered = 1;
    }
    s->active = 1;
}

/* Disarms the guard and gives the crash signals back to their previous owners. */
static inline void frontier_crash_guard_remove(void) {
    frontier_crash_state *s = frontier_crash_state_get();
    s->active = 0;
    for (int sig = 1; sig < FRONTIER_CRASH_SIGNAL_LIMIT; ++sig) {
        if (!s->installed[sig]) continue;
        sigaction(sig, &s->previous[sig], NULL);
        s->installed[sig] = 0;
    }
    s->real_stderr = -1;
    s->captured_stderr = -1;
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
