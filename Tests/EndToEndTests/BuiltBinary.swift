import Foundation

/// Runs the built `frontier` executable the way a user would, and captures what it prints.
struct BuiltBinary {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `frontier` built next to the test bundle (`.build/<config>/frontier`).
    static var path: String {
        let testExecutable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        var directory = URL(fileURLWithPath: testExecutable).deletingLastPathComponent()
        // On Linux the bundle is a plain executable in the build folder; elsewhere it is a directory bundle.
        while !FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent("frontier").path),
              directory.path != "/" {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("frontier").path
    }

    /// Runs `frontier` with `arguments` in `directory`, with a clean environment plus `environment`.
    static func run(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:],
                    executable: String = BuiltBinary.path) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8"]
        env.merge(environment) { _, new in new }
        process.environment = env
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting, so a large output cannot fill a pipe and deadlock.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary directory for files a test writes.
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "frontier-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
