import CCrashGuard

#if canImport(Glibc)
import Glibc
#endif

/// Keeps the terminal usable when the process dies with the screen active.
///
/// Arms the C crash handler of `CCrashGuard` (fatal signals and `exit()`), and sends stderr to
/// an unlinked temporary file while the screen is up, so a message written meanwhile neither
/// paints over the dashboard nor gets lost: it is replayed to the real stderr on `disarm()`,
/// or by the crash handler itself, before `CrashReport`'s line.
final class CrashGuard {
    private var realStderr: Int32 = -1
    private var capture: Int32 = -1
    private(set) var isArmed = false

    /// - Parameters:
    ///   - terminalFD: where the restore bytes are written and whose termios is restored.
    ///   - termios: the terminal state from before the screen was set up.
    ///   - restoreSequence: bytes that reset attributes, show the cursor and leave the
    ///     alternate screen.
    ///   - captureStderr: whether to send stderr to a temporary file meanwhile.
    func arm(terminalFD: Int32, termios: termios, restoreSequence: [UInt8], captureStderr: Bool) {
        guard !isArmed else { return }
        if captureStderr { startCapture() }
        var saved = termios
        restoreSequence.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                frontier_crash_guard_install(terminalFD, &saved, chars.baseAddress, chars.count, realStderr, capture)
            }
        }
        isArmed = true
    }

    /// Stops restoring the terminal on a crash (the signals go back to their owners unless
    /// `CrashReport` holds them) and replays whatever was written to stderr meanwhile.
    func disarm() {
        guard isArmed else { return }
        frontier_crash_guard_remove()
        isArmed = false
        stopCapture()
    }

    private func startCapture() {
        let directory = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((directory + "/frontier-stderr-XXXXXX").utf8CString)
        let file = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard file >= 0 else { return }
        _ = fcntl(file, F_SETFD, FD_CLOEXEC)
        // Unlinked at once: nothing is left behind, whatever way the process ends.
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        let saved = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3)
        guard saved >= 0, dup2(file, STDERR_FILENO) >= 0 else {
            if saved >= 0 { close(saved) }
            close(file)
            return
        }
        realStderr = saved
        capture = file
    }

    private func stopCapture() {
        guard realStderr >= 0 else { return }
        dup2(realStderr, STDERR_FILENO)
        if capture >= 0 {
            frontier_replay_capture(capture, STDERR_FILENO)
            close(capture)
        }
        close(realStderr)
        realStderr = -1
        capture = -1
    }
}
