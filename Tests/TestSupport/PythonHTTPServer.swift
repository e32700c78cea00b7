import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A python3 `http.server` child on 127.0.0.1: started, asked for its port, and stopped.
///
/// The test servers differ only in how their handler answers; starting the child, learning the
/// port it bound and making sure it dies with the test process are the same for all, so they
/// live here. The handler script defines a `Handler` class; the launch code appended to it binds
/// port 0, prints the port, and exits when its standard input closes, so a test process that
/// dies cannot leave it running.
public final class PythonHTTPServer {
    public let port: Int
    private let process: Process
    private let standardInput: Pipe

    /// Writes `handler` plus the launch code to `scriptPath` and runs it with `arguments`.
    public init(handler: String, scriptPath: String, arguments: [String]) throws {
        try Data((handler + Self.launch).utf8).write(to: URL(fileURLWithPath: scriptPath))
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-u", scriptPath] + arguments
        standardInput = Pipe()
        let standardOutput = Pipe()
        process.standardInput = standardInput
        process.standardOutput = standardOutput
        try process.run()
        var line: [UInt8] = []
        while line.last != 0x0A {
            let byte = standardOutput.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty { break }
            line += byte
        }
        guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            throw StartFailure(output: String(decoding: line, as: UTF8.self))
        }
        self.port = port
    }

    public struct StartFailure: Error, CustomStringConvertible {
        public var output: String
        public var description: String { "the test HTTP server did not print its port (printed \(output.debugDescription))" }
    }

    deinit {
        stop()
    }

    /// Ends the server and waits for it; safe to call more than once. SIGKILL, because a child
    /// inherits the signal mask of the test thread that started it.
    public func stop() {
        try? standardInput.fileHandleForWriting.close()
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    private static let launch = #"""


    import os, sys, threading
    from http.server import ThreadingHTTPServer

    def exit_when_parent_goes():
        sys.stdin.read()
        os._exit(0)

    server = ThreadingHTTPServer(('127.0.0.1', 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=exit_when_parent_goes, daemon=True).start()
    print(server.server_address[1], flush=True)
    server.serve_forever()

    """#
}
