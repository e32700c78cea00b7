import CCrashGuard

#if canImport(Glibc)
import Glibc
#endif

/// Makes a crash short: the terminal given back, one line on stderr saying what happened and
/// how to report it, and the process gone at once, dead by the same signal.
///
/// Swift's runtime answers a crash with its backtracer, which on a terminal stops at an
/// interactive prompt and holds the process for 30 s: with the dashboard, on a screen just
/// restored; with `list` or `snapshot`, after a line the user cannot act on. The project has no
/// public address to send a report to, so the line says what a useful report holds and how to
/// get a backtrace. Whoever sets `SWIFT_BACKTRACE` gets the backtracer as they configured it,
/// after the line.
public enum CrashReport {
    /// Arms the report for the whole run. Call first thing in `main`, in every command.
    public static func install(program: String) {
        let requested = getenv("SWIFT_BACKTRACE").map { String(cString: $0) } ?? ""
        frontier_crash_report_install(
            "\(program): crashed (",
            "). This is a bug: please report it with the command and the data that led to it; "
                + "for a backtrace, run it again with SWIFT_BACKTRACE=enable=yes.",
            requested.isEmpty ? 0 : 1
        )
    }
}
