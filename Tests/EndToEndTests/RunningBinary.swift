import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A `frontier` process left running (such as `frontier watch`), whose output is read as it
/// comes and whose stdin the test can write to and close.
final class RunningBinary: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let lock = NSLock()
    private var outputBytes: [UInt8] = []
    private var errorBytes: [UInt8] = []
    private let finished = DispatchSemaphore(value: 0)
    /// Signalled once per pipe (stdout, stderr) when it reaches its end: the process can be
    /// seen to exit before the last of its output has been read.
    private let pipesEnded = DispatchSemaphore(value: 0)

    init(_ arguments: [String], environment: [String: String] = [:], in directory: String? = nil) throws {
        process.executableURL = URL(fileURLWithPath: BuiltBinary.path)
        process.arguments = arguments
        var env = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "XDG_DATA_HOME": BuiltBinary.noUserData, "LANG": "C.UTF-8"]
        env.merge(environment) { _, new in new }
        process.environment = env
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        collect(output, isStandardError: false)
        collect(errors, isStandardError: true)
        process.terminationHandler = { [finished] _ in finished.signal() }
        try process.run()
    }

    /// Appends what `pipe` brings as it comes, and signals `pipesEnded` at its end.
    private func collect(_ pipe: Pipe, isStandardError: Bool) {
        pipe.fileHandleForReading.readabilityHandler = { [weak self, pipesEnded] handle in
            let data = handle.availableData
            guard !data.isEmpty else {
                handle.readabilityHandler = nil
                pipesEnded.signal()
                return
            }
            guard let self else { return }
            lock.withLock {
                if isStandardError { errorBytes += data } else { outputBytes += data }
            }
        }
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    var stdout: String { lock.withLock { String(decoding: outputBytes, as: UTF8.self) } }
    var stderr: String { lock.withLock { String(decoding: errorBytes, as: UTF8.self) } }

    /// The lines printed so far.
    var lines: [String] { stdout.split(separator: "\n").map(String.init) }

    func write(_ text: String) throws {
        try input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
    }

    func closeInput() throws {
        try input.fileHandleForWriting.close()
    }

    func signal(_ number: Int32) {
        kill(process.processIdentifier, number)
    }

    /// Waits until stdout has at least `count` lines; returns them, or throws after `timeout`.
    @discardableResult
    func waitForLines(_ count: Int, timeout: Duration = .seconds(10)) async throws -> [String] {
        let deadline = ContinuousClock.now + timeout
        while true {
            // Looked at before the deadline is: a sleep that overslept on a busy machine still
            // gets one look at what arrived meanwhile.
            let lines = self.lines
            if lines.count >= count { return lines }
            if ContinuousClock.now >= deadline { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw Timeout(what: "\(count) lines of output", stdout: stdout, stderr: stderr)
    }

    /// Waits until stderr contains `text`.
    func waitForError(containing text: String, timeout: Duration = .seconds(10)) async throws {
        let deadline = ContinuousClock.now + timeout
        while true {
            if stderr.contains(text) { return }
            if ContinuousClock.now >= deadline { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw Timeout(what: "stderr containing \(text.debugDescription)", stdout: stdout, stderr: stderr)
    }

    /// Waits for the process to end and for the rest of its output; nil if it is still running
    /// after `timeout`.
    func waitForExit(timeout: Duration = .seconds(10)) -> Int32? {
        let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        guard finished.wait(timeout: .now() + seconds) == .success else { return nil }
        finished.signal()
        for _ in 0..<2 { _ = pipesEnded.wait(timeout: .now() + seconds) }
        // Signalled again, like `finished`, so a later call does not wait.
        pipesEnded.signal()
        pipesEnded.signal()
        return process.terminationStatus
    }

    struct Timeout: Error, CustomStringConvertible {
        var what: String
        var stdout: String
        var stderr: String
        var description: String { "timed out waiting for \(what); stdout:\n\(stdout)\nstderr:\n\(stderr)" }
    }
}
