import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `frontier` executable the way a user would, and captures what it prints.
struct BuiltBinary {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `frontier` built next to the test bundle (`.build/<config>/frontier`), found once.
    static let path: String = {
        let testExecutable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        var directory = URL(fileURLWithPath: testExecutable).deletingLastPathComponent()
        // On Linux the bundle is a plain executable in the build folder; elsewhere it is a directory bundle.
        while !FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent("frontier").path),
              directory.path != "/" {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("frontier").path
    }()

    /// Runs `frontier` with `arguments` in `directory`, with a clean environment plus `environment`;
    /// a run that takes over a minute is killed and fails the test.
    static func run(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:],
                    executable: String = BuiltBinary.path) throws -> Output {
        let result = try run(arguments, in: directory, environment: environment, timeout: .seconds(60), executable: executable)
        guard let status = result.status else { throw TimedOut(arguments: arguments) }
        return Output(status: status, stdout: result.stdout, stderr: result.stderr)
    }

    struct TimedOut: Error, CustomStringConvertible {
        var arguments: [String]
        var description: String { "frontier \(arguments.joined(separator: " ")) still ran after 60 s" }
    }

    /// An `XDG_DATA_HOME` nothing writes to, so that a run without `--data` shows the embedded
    /// dataset alone, whatever another run left in the shared temporary folder.
    static let noUserData = NSTemporaryDirectory() + "frontier-e2e-no-user-data-" + UUID().uuidString

    /// HOME and every XDG folder inside `directory`, so a run reads and writes nothing of the user's.
    static func isolatedEnvironment(_ directory: String) -> [String: String] {
        ["HOME": directory + "/home", "XDG_CONFIG_HOME": directory + "/config", "XDG_STATE_HOME": directory + "/state",
         "XDG_CACHE_HOME": directory + "/cache", "XDG_DATA_HOME": directory + "/data"]
    }

    /// A fresh temporary directory for files a test writes.
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "frontier-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

extension BuiltBinary {
    struct TimedOutput {
        var status: Int32?
        var stdout: String
        var stderr: String
        var elapsed: Duration
        var timedOut: Bool { status == nil }
    }

    /// Like `run`, but with stdout and stderr as pipes and a deadline: a program still running
    /// after `timeout` is killed and reported with a nil status.
    static func run(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:],
                    timeout: Duration, executable: String = BuiltBinary.path) throws -> TimedOutput {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "XDG_DATA_HOME": BuiltBinary.noUserData, "LANG": "C.UTF-8", "TERM": "xterm-256color"]
        env.merge(environment) { _, new in new }
        process.environment = env
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        let clock = ContinuousClock()
        let start = clock.now
        try process.run()
        let collected = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        DispatchQueue.global().async(group: collected) { outData = out.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: collected) { errData = err.fileHandleForReading.readDataToEndOfFile() }
        let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        var finished = ended.wait(timeout: .now() + seconds) == .success
        let elapsed = clock.now - start
        if !finished {
            kill(process.processIdentifier, SIGKILL)
            ended.wait()
        }
        collected.wait()
        return TimedOutput(status: finished ? process.terminationStatus : nil,
                           stdout: String(decoding: outData, as: UTF8.self),
                           stderr: String(decoding: errData, as: UTF8.self),
                           elapsed: elapsed)
    }
}
