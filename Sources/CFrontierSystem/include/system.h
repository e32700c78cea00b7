#ifndef FRONTIER_CSYSTEM_H
#define FRONTIER_CSYSTEM_H

/*
 * What Swift cannot call directly from the Linux system headers (variadic ioctl, the sigset
 * macros, signalfd), as plain functions for the event loop. No terminal and no ncurses here.
 */

/* Bytes waiting in the kernel's input queue of fd, or -1. */
int frontier_bytes_readable(int fd);

/* Blocks the loop's signals (SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGWINCH, SIGCONT, SIGUSR1,
 * SIGUSR2, SIGALRM, SIGPIPE, SIGXCPU) in the calling thread; 0 on success. */
int frontier_block_loop_signals(void);

/* A non-blocking, close-on-exec signalfd for the loop's signals, or -1. */
int frontier_open_signalfd(void);

/* The next pending signal number from a signalfd, 0 when none is pending, -1 on error. */
int frontier_read_signalfd(int fd);

/* A close-on-exec, non-blocking pipe; 0 on success. */
int frontier_open_pipe(int fds[2]);

/* Writes one byte; async-signal-safe. A full pipe already holds a pending wake-up. */
void frontier_wake(int fd);

/* Reads everything waiting in a non-blocking descriptor. */
void frontier_drain(int fd);

#endif
