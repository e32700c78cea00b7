/* The event loop's system calls; see include/system.h. */
#include "system.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/signalfd.h>
#include <unistd.h>

/* Bytes waiting in the kernel's input queue of fd, or -1. */
int frontier_bytes_readable(int fd) {
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
static void frontier_loop_signal_set(sigset_t *set) {
    sigemptyset(set);
    sigaddset(set, SIGTERM);
    sigaddset(set, SIGHUP);
    sigaddset(set, SIGINT);
    sigaddset(set, SIGQUIT);
    sigaddset(set, SIGWINCH);
    sigaddset(set, SIGCONT);
    /* Their default action ends the process where it stands, with the terminal raw and in the
     * alternate screen; read here, they end the program like SIGTERM does. */
    sigaddset(set, SIGUSR1);
    sigaddset(set, SIGUSR2);
    sigaddset(set, SIGALRM);
    sigaddset(set, SIGPIPE);
    sigaddset(set, SIGXCPU);
}

int frontier_block_loop_signals(void) {
    sigset_t set;
    frontier_loop_signal_set(&set);
    return pthread_sigmask(SIG_BLOCK, &set, NULL);
}

int frontier_open_signalfd(void) {
    sigset_t set;
    frontier_loop_signal_set(&set);
    return signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
}

/* The next pending signal number from a signalfd, 0 when none is pending, -1 on error. */
int frontier_read_signalfd(int fd) {
    struct signalfd_siginfo info;
    for (;;) {
        ssize_t n = read(fd, &info, sizeof info);
        if (n == (ssize_t)sizeof info) return (int)info.ssi_signo;
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return 0;
        return -1;
    }
}

/* pipe2 is a GNU extension; declared here rather than defining _GNU_SOURCE for one call. */
extern int pipe2(int pipefd[2], int flags);

/* A close-on-exec, non-blocking pipe. */
int frontier_open_pipe(int fds[2]) {
    return pipe2(fds, O_CLOEXEC | O_NONBLOCK);
}

/* Writes one byte; async-signal-safe. A full pipe already holds a pending wake-up. */
void frontier_wake(int fd) {
    char byte = 1;
    ssize_t n;
    do { n = write(fd, &byte, 1); } while (n < 0 && errno == EINTR);
}

void frontier_drain(int fd) {
    char buffer[256];
    for (;;) {
        ssize_t n = read(fd, buffer, sizeof buffer);
        if (n > 0) continue;
        if (n < 0 && errno == EINTR) continue;
        return;
    }
}

