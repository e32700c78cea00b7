import CSpawn
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A program running on a new pseudo-terminal: the server keeps the master side, the program
/// gets the slave side as its controlling terminal and its stdin, stdout and stderr.
///
/// The program starts in a session of its own, so a window-size change on the master sends it
/// SIGWINCH, and closing the master hangs it up, as a terminal window closing would.
public final class ViewerProcess: @unchecked Sendable {
    public let pid: pid_t
    /// The master side, non-blocking and close-on-exec; owned by whoever reads it.
    public let master: Int32

    /// What to run: the program, its arguments (without the program name) and its whole environment.
    public struct Command: Sendable {
        public var executable: String
        public var arguments: [String]
        public var environment: [String: String]

        public init(executable: String, arguments: [String], environment: [String: String]) {
            self.executable = executable
            self.arguments = arguments
            self.environment = environment
        }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var call: String
        public var code: Int32
        public var description: String { "\(call): \(String(cString: strerror(code)))" }
    }

    /// Opens a pseudo-terminal of `width` x `height` cells and starts `command` on it.
    public init(_ command: Command, width: Int, height: Int) throws(Failure) {
        var masterFD: Int32 = -1
        var slaveFD: Int32 = -1
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        // openpty writes the slave's name into a buffer it assumes is large enough; 4096 is.
        var name = [CChar](repeating: 0, count: 4096)
        guard openpty(&masterFD, &slaveFD, &name, nil, &size) == 0 else { throw Failure(call: "openpty", code: errno) }
        defer { close(slaveFD) }
        // Neither side may leak into another session's program (the server runs one event loop
        // thread, so no spawn happens between openpty and these).
        _ = fcntl(masterFD, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slaveFD, F_SETFD, FD_CLOEXEC)
        let slaveName = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened again by name after setsid, so that it becomes the controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slaveName, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        // Nothing else of the server's: not the sockets of other connections, not other
        // sessions' terminals (SwiftNIO's descriptors are not all close-on-exec, and it opens
        // the master again by dup).
        let closing = frontier_spawn_close_from(&actions, 3)
        guard closing == 0 else {
            close(masterFD)
            throw Failure(call: "posix_spawn_file_actions_addclosefrom_np", code: closing)
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        // POSIX_SPAWN_SETSID is glibc's 0x80; Swift does not import the macro.
        let setsid: Int32 = 0x80
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | setsid))

        let argv = [command.executable] + command.arguments
        let envp = command.environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        var child: pid_t = 0
        let status = withCStrings(argv) { argvPointers in
            withCStrings(envp) { envPointers in
                posix_spawn(&child, command.executable, &actions, &attributes, argvPointers, envPointers)
            }
        }
        guard status == 0 else {
            close(masterFD)
            throw Failure(call: "posix_spawn \(command.executable)", code: status)
        }
        pid = child
        master = masterFD
    }

    /// Tells the program its terminal's new size (the kernel sends it SIGWINCH).
    public func resize(width: Int, height: Int) {
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    public func signal(_ number: Int32) {
        kill(pid, number)
    }

    /// Waits for the program to end, off the caller's thread: its exit status (128 + N after
    /// signal N), given to `done`. A program still running `grace` after the hang-up is killed.
    public func reap(grace: Duration = .seconds(3), _ done: @escaping @Sendable (Int32) -> Void) {
        let pid = self.pid
        Thread.detachNewThread {
            let deadline = ContinuousClock.now + grace
            var status: Int32 = 0
            while true {
                let result = waitpid(pid, &status, WNOHANG)
                if result == pid { break }
                if result < 0 && errno != EINTR { done(1); return }
                if ContinuousClock.now > deadline { kill(pid, SIGKILL) }
                usleep(20_000)
            }
            let exited = status & 0x7F == 0
            done(exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F))
        }
    }
}

/// Calls `body` with a NULL-terminated array of C strings that live for the call.
private func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
    let pointers = strings.map { strdup($0) } + [nil]
    defer { pointers.forEach { free($0) } }
    return body(pointers)
}
