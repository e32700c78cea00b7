import CNcurses
#if canImport(Glibc)
import Glibc
#endif

/// The signalfd and wake-up pipe that `EventLoop` and `HeadlessLoop` both poll.
///
/// Opening them takes care (block the signals first, close the signalfd when the pipe fails),
/// and both loops need exactly the same pair, so it is done in one place. The owner closes
/// `signalFD` when it goes; the pipe stays open for the life of the process, because a late
/// `wake()` must never write into a descriptor number that has been reused.
struct LoopDescriptors {
    let signalFD: Int32
    let wakeReadFD: Int32
    let waker: Waker

    /// Blocks the loop's signals on the calling thread, then opens the signalfd and the pipe.
    init() throws {
        EventLoop.blockSignals()
        let signals = frontier_open_signalfd()
        guard signals >= 0 else { throw TerminalError.systemCall(call: "signalfd", errno: errno) }
        var pipe: [Int32] = [-1, -1]
        guard frontier_open_pipe(&pipe) == 0 else {
            let code = errno
            close(signals)
            throw TerminalError.systemCall(call: "pipe2", errno: code)
        }
        signalFD = signals
        wakeReadFD = pipe[0]
        waker = Waker(fd: pipe[1])
    }
}
