import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// How the built `frontier` ends on a crash and on signals whose default action kills it, in a
/// real terminal (tmux): short, with the terminal given back.
///
/// A crash is a fatal signal sent with `kill`: the handler cannot tell it from a fault or a
/// Swift trap (which raise the same signals), and the binary needs no trigger built in.
@Suite("Crashes and signals in a real terminal")
struct CrashTerminalTests {
    static let crashLine = "frontier: crashed ("

    /// What the shell running the program says when it dies by a signal ("Segmentation fault").
    static let shellReports = ["Segmentation fault", "Illegal instruction", "Aborted", "Trace/breakpoint trap"]

    /// The lines the program printed: everything on the screen before the wrapper's `EXIT=`,
    /// wrapped lines joined, less the shell's own report of the signal.
    static func printedLines(_ tmux: Tmux) throws -> [String] {
        let lines = TerminalChecks.lines(try tmux.screen(joinWrapped: true))
        let exitRow = try #require(lines.firstIndex { $0.hasPrefix("EXIT=") })
        return lines.prefix(exitRow).filter { line in
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return false }
            return line.hasPrefix("frontier") || !shellReports.contains { line.contains($0) }
        }
    }

    /// Checks the one line: what happened, and how to report it with a backtrace.
    static func expectOneCrashLine(_ printed: [String], signalName: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(printed.count == 1, "expected one line:\n\(printed.joined(separator: "\n"))", sourceLocation: sourceLocation)
        let line = printed.first ?? ""
        #expect(line.hasPrefix(crashLine + signalName), "line: \(line)", sourceLocation: sourceLocation)
        #expect(line.contains("report it with the command and the data"), "line: \(line)", sourceLocation: sourceLocation)
        #expect(line.contains("SWIFT_BACKTRACE=enable=yes"), "line: \(line)", sourceLocation: sourceLocation)
    }

    /// Sends `signal` to the program tmux runs and checks it is gone within 2 s with 128 + signal
    /// (Swift's backtracer would hold it for 30 s at its interactive prompt).
    static func signalAndExpectEnd(_ tmux: Tmux, _ signal: Int32, _ name: String,
                                   sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let pid = try await tmux.programPID()
        #expect(kill(pid, signal) == 0, sourceLocation: sourceLocation)
        let gone = try await Tmux.poll(timeout: .seconds(2)) { !processIsAlive(pid) }
        #expect(gone, "process \(pid) still running 2 s after \(name)", sourceLocation: sourceLocation)
        if !gone { kill(pid, SIGKILL) }
        #expect(try await tmux.waitForExit() == 128 + signal, "after \(name)", sourceLocation: sourceLocation)
    }

    @Test("A crash in the dashboard restores the terminal, prints one line and ends at once by the same signal",
          arguments: [(SIGSEGV, "SIGSEGV"), (SIGILL, "SIGILL"), (SIGABRT, "SIGABRT"), (SIGTRAP, "SIGTRAP")])
    func dashboardCrash(signal: Int32, name: String) async throws {
        try await Tmux.with { tmux in
            try tmux.start()
            try await tmux.waitFor(text: "Models 1/31")
            try await Self.signalAndExpectEnd(tmux, signal, name)
            try await TerminalChecks.expectRestored(tmux)
            Self.expectOneCrashLine(try Self.printedLines(tmux), signalName: name)
        }
    }

    @Test("A crash of a headless command on a terminal (frontier watch --feed -) prints one line and ends at once")
    func headlessCrash() async throws {
        try await Tmux.with { tmux in
            try tmux.start(command: ["frontier", "watch", "--feed", "-"])
            // A record typed in and printed back: the program is running its command.
            try tmux.send(keys: #"{"kind":"news","id":"c1","date":"2025-05-01","headline":"Typed in","source":"Wire"}"#, "Enter")
            try await tmux.waitFor(text: "+ news     Typed in (Wire)")
            try await Self.signalAndExpectEnd(tmux, SIGSEGV, "SIGSEGV")
            let printed = try Self.printedLines(tmux).filter { !$0.contains("Typed in") }
            Self.expectOneCrashLine(printed, signalName: "SIGSEGV")
        }
    }

    @Test("With SWIFT_BACKTRACE set, the line comes first and then Swift's backtrace")
    func backtraceOnRequest() async throws {
        let watch = try RunningBinary(["watch", "--feed", "-"], environment: ["SWIFT_BACKTRACE": "enable=yes,interactive=no"])
        try watch.write(#"{"kind":"news","id":"b1","date":"2025-05-01","headline":"Before","source":"Wire"}"# + "\n")
        try await watch.waitForLines(1)
        watch.signal(SIGSEGV)
        // A signal sent with kill is not a fault that happens again, so after the backtrace the
        // runtime lets the process run on; the test kills it when it ends.
        try await watch.waitForError(containing: "Backtrace took", timeout: .seconds(60))
        let stderr = watch.stderr
        let line = try #require(stderr.range(of: Self.crashLine + "SIGSEGV"), "stderr:\n\(stderr)")
        let backtrace = try #require(stderr.range(of: "Program crashed"), "stderr:\n\(stderr)")
        #expect(line.lowerBound < backtrace.lowerBound, "stderr:\n\(stderr)")
    }

    @Test("Signals whose default action ends the program restore the terminal and exit with 128+signal",
          arguments: [(SIGUSR1, "SIGUSR1"), (SIGUSR2, "SIGUSR2"), (SIGALRM, "SIGALRM"), (SIGPIPE, "SIGPIPE"), (SIGXCPU, "SIGXCPU")])
    func terminatingByDefault(signal: Int32, name: String) async throws {
        try await Tmux.with { tmux in
            try tmux.start()
            try await tmux.waitFor(text: "Models 1/31")
            try await Self.signalAndExpectEnd(tmux, signal, name)
            try await TerminalChecks.expectRestored(tmux)
            let printed = try Self.printedLines(tmux)
            #expect(printed.isEmpty, "printed after \(name):\n\(printed.joined(separator: "\n"))")
        }
    }
}
