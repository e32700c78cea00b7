#include "crash_guard.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SIGNAL_LIMIT 65
#define RESTORE_LIMIT 512
#define TEXT_LIMIT 256

/* The fatal signals: a fault, a Swift trap (SIGILL on x86_64, SIGTRAP on arm64) or abort(). */
static const int fatal_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP };

static struct {
    volatile sig_atomic_t restore_armed;
    int tty_fd;
    struct termios termios;
    char restore[RESTORE_LIMIT];
    size_t restore_length;
    int real_stderr;      /* the caller's stderr while stderr goes to the capture file, else -1 */
    int captured_stderr;  /* the capture file, else -1 */

    int reporting;
    int chain_to_previous;
    char before[TEXT_LIMIT];
    char after[TEXT_LIMIT];

    int installed[SIGNAL_LIMIT];
    struct sigaction previous[SIGNAL_LIMIT];
    int atexit_registered;
} state = { .tty_fd = -1, .real_stderr = -1, .captured_stderr = -1 };

/* An alternate stack for the thread that installs the handlers, so a stack overflow there can
 * still run the handler. */
static char alternate_stack[65536];

static void write_all(int fd, const char *bytes, size_t length) {
    while (length > 0) {
        ssize_t n = write(fd, bytes, length);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        bytes += n;
        length -= (size_t)n;
    }
}

void frontier_replay_capture(int capture, int fd) {
    char buffer[4096];
    off_t offset = 0;
    for (;;) {
        ssize_t n = pread(capture, buffer, sizeof buffer, offset);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        write_all(fd, buffer, (size_t)n);
        offset += n;
    }
}

/* Puts the terminal and stderr back; runs at most once per arming. */
static void emergency_restore(void) {
    if (!state.restore_armed) return;
    state.restore_armed = 0;
    if (state.tty_fd >= 0) {
        write_all(state.tty_fd, state.restore, state.restore_length);
        tcsetattr(state.tty_fd, TCSANOW, &state.termios);
    }
    if (state.real_stderr >= 0) {
        dup2(state.real_stderr, STDERR_FILENO);
        if (state.captured_stderr >= 0) frontier_replay_capture(state.captured_stderr, STDERR_FILENO);
    }
}

static const char *signal_description(int sig) {
    switch (sig) {
    case SIGSEGV: return "SIGSEGV, invalid memory access";
    case SIGBUS: return "SIGBUS, invalid memory access";
    case SIGILL: return "SIGILL, a failed check or an illegal instruction";
    case SIGFPE: return "SIGFPE, an arithmetic error";
    case SIGABRT: return "SIGABRT, aborted";
    case SIGTRAP: return "SIGTRAP, a failed check";
    default: return "a fatal signal";
    }
}

static size_t append(char *line, size_t used, size_t capacity, const char *text) {
    size_t length = strlen(text);
    if (length > capacity - used) length = capacity - used;
    memcpy(line + used, text, length);
    return used + length;
}

/* The one line, written with a single write() so it is never interleaved. */
static void write_report(int sig) {
    char line[2 * TEXT_LIMIT + 128];
    size_t capacity = sizeof line - 1;
    size_t used = append(line, 0, capacity, state.before);
    used = append(line, used, capacity, signal_description(sig));
    used = append(line, used, capacity, state.after);
    line[used++] = '\n';
    write_all(STDERR_FILENO, line, used);
}

static void crash_handler(int sig, siginfo_t *info, void *context) {
    (void)info;
    (void)context;
    emergency_restore();
    if (state.reporting) write_report(sig);
    int chain = !state.reporting || state.chain_to_previous;
    if (chain && sig > 0 && sig < SIGNAL_LIMIT && state.installed[sig]) {
        /* Give the signal back to whoever held it before (Swift's backtracer prints the stack),
         * now that the terminal is usable again. The signal is blocked while this handler runs,
         * so raise() leaves it pending, and on return the kernel delivers it to that handler in
         * a proper frame of its own; a fault would simply happen again. Calling the handler
         * from here instead left the backtracer's helper process hanging, the trace cut short. */
        sigaction(sig, &state.previous[sig], NULL);
        raise(sig);
        return;
    }
    /* Die by the same signal, so the shell and a core dump see what happened. It is blocked
     * while this handler runs, so raise() leaves it pending until we return, and then the
     * default action applies: an int3 trap that would otherwise continue after the trap
     * instruction still ends the process. */
    signal(sig, SIG_DFL);
    raise(sig);
}

static void atexit_restore(void) { emergency_restore(); }

static void ensure_alternate_stack(void) {
    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && !(current.ss_flags & SS_DISABLE)) return;
    stack_t ours;
    memset(&ours, 0, sizeof ours);
    ours.ss_sp = alternate_stack;
    ours.ss_size = sizeof alternate_stack;
    sigaltstack(&ours, NULL);
}

static void install_handlers(void) {
    ensure_alternate_stack();
    for (size_t i = 0; i < sizeof fatal_signals / sizeof fatal_signals[0]; ++i) {
        int sig = fatal_signals[i];
        if (state.installed[sig]) continue;
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_sigaction = crash_handler;
        action.sa_flags = SA_SIGINFO | SA_ONSTACK;
        sigemptyset(&action.sa_mask);
        if (sigaction(sig, &action, &state.previous[sig]) == 0) state.installed[sig] = 1;
    }
}

static void copy_text(char *destination, const char *text) {
    size_t length = text == NULL ? 0 : strlen(text);
    if (length > TEXT_LIMIT - 1) length = TEXT_LIMIT - 1;
    if (length > 0) memcpy(destination, text, length);
    destination[length] = '\0';
}

void frontier_crash_report_install(const char *before, const char *after, int chain_to_previous) {
    copy_text(state.before, before);
    copy_text(state.after, after);
    state.chain_to_previous = chain_to_previous;
    state.reporting = 1;
    install_handlers();
}

void frontier_crash_guard_install(int tty_fd, const struct termios *termios,
                                  const char *restore, size_t restore_length,
                                  int real_stderr, int captured_stderr) {
    state.tty_fd = tty_fd;
    state.termios = *termios;
    if (restore_length > sizeof state.restore) restore_length = sizeof state.restore;
    memcpy(state.restore, restore, restore_length);
    state.restore_length = restore_length;
    state.real_stderr = real_stderr;
    state.captured_stderr = captured_stderr;
    install_handlers();
    if (!state.atexit_registered) {
        atexit(atexit_restore);
        state.atexit_registered = 1;
    }
    state.restore_armed = 1;
}

void frontier_crash_guard_remove(void) {
    state.restore_armed = 0;
    state.real_stderr = -1;
    state.captured_stderr = -1;
    /* The report stays for the whole run; without it the signals go back to their owners. */
    if (state.reporting) return;
    for (int sig = 1; sig < SIGNAL_LIMIT; ++sig) {
        if (!state.installed[sig]) continue;
        sigaction(sig, &state.previous[sig], NULL);
        state.installed[sig] = 0;
    }
}
