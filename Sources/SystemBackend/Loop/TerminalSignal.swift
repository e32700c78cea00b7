#if canImport(Glibc)
import Glibc
#endif

/// A signal asking the program to end; every one of them should quit cleanly.
public enum TerminalSignal: Hashable, Sendable {
    /// SIGTERM.
    case terminate
    /// SIGHUP: the SSH connection or terminal window went away.
    case hangup
    /// SIGINT (Ctrl-C).
    case interrupt
    /// SIGQUIT (Ctrl-\).
    case quit
    /// SIGUSR1 or SIGUSR2 (the number says which): nothing here uses them, and their default
    /// action ends the process.
    case user(Int32)
    /// SIGALRM: no timer of ours raises it; its default action ends the process.
    case alarm
    /// SIGPIPE: a write to a pipe or socket nobody reads any more.
    case brokenPipe
    /// SIGXCPU: the CPU time limit (`ulimit -t`) was reached.
    case cpuTimeLimit

    /// The signal read from the loop's signalfd; nil for SIGWINCH, SIGCONT and anything else
    /// that is not a request to end.
    public init?(number: Int32) {
        switch number {
        case SIGTERM: self = .terminate
        case SIGHUP: self = .hangup
        case SIGINT: self = .interrupt
        case SIGQUIT: self = .quit
        case SIGUSR1, SIGUSR2: self = .user(number)
        case SIGALRM: self = .alarm
        case SIGPIPE: self = .brokenPipe
        case SIGXCPU: self = .cpuTimeLimit
        default: return nil
        }
    }

    /// The signal's number, for an exit status of 128 + number as shells report it.
    public var number: Int32 {
        switch self {
        case .terminate: return SIGTERM
        case .hangup: return SIGHUP
        case .interrupt: return SIGINT
        case .quit: return SIGQUIT
        case let .user(number): return number
        case .alarm: return SIGALRM
        case .brokenPipe: return SIGPIPE
        case .cpuTimeLimit: return SIGXCPU
        }
    }
}
