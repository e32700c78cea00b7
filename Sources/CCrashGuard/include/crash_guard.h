#ifndef FRONTIER_CRASH_GUARD_H
#define FRONTIER_CRASH_GUARD_H

/*
 * What happens when frontier dies on a fatal signal (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT,
 * SIGTRAP) or calls exit() while the dashboard owns the terminal: the terminal is given back,
 * stderr captured meanwhile is replayed, one line says what happened, and the process dies at
 * once by the same signal. Everything the handler does is async-signal-safe (write, tcsetattr,
 * dup2, pread, sigaction, raise); the Swift side never runs inside a signal handler.
 *
 * The state is one instance in crash_guard.c. Call these only from CrashGuard.swift.
 */

#include <stddef.h>
#include <termios.h>

/*
 * Installs the handlers for the whole run and turns on the crash report: on a fatal signal,
 * `before`, the signal's name and `after` are written to stderr as one line. With
 * `chain_to_previous` the handler that held the signal before (Swift's backtracer) runs after
 * the line; without it the process ends at once instead of waiting in the backtracer's
 * interactive prompt. The strings are copied (each is cut at 255 bytes).
 */
void frontier_crash_report_install(const char *before, const char *after, int chain_to_previous);

/*
 * Arms the terminal restore: `termios` is the terminal state to put back on `tty_fd`,
 * `restore` the bytes that leave the alternate screen and show the cursor (cut at 512 bytes).
 * `real_stderr`/`captured_stderr` are -1 when stderr is not being captured. Installs the
 * handlers if the report did not, and an atexit hook.
 */
void frontier_crash_guard_install(int tty_fd, const struct termios *termios,
                                  const char *restore, size_t restore_length,
                                  int real_stderr, int captured_stderr);

/* Disarms the terminal restore. Handlers installed only by the guard go back to their owners. */
void frontier_crash_guard_remove(void);

/* Copies the capture file to fd, from its start. */
void frontier_replay_capture(int capture, int fd);

#endif
