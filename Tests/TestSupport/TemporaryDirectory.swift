import Foundation

/// A fresh directory under the system's temporary directory, removed when the test is done,
/// so no test reads or writes the real home.
public struct TemporaryDirectory: ~Copyable {
    public let path: String

    public init() throws {
        var base = NSTemporaryDirectory()
        while base.hasSuffix("/") { base.removeLast() }
        var template = Array((base + "/frontier-state-XXXXXX").utf8CString)
        guard let created = mkdtemp(&template) else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        path = String(cString: created)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    public func write(_ text: String, to name: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + name))
    }

    public func bytes(of name: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path + "/" + name).map { Array($0) }
    }

    public func entries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }

    /// The permission bits of a file or directory, such as `0o700`.
    public func permissions(of name: String) -> mode_t? {
        var status = stat()
        guard stat(path + "/" + name, &status) == 0 else { return nil }
        return status.st_mode & 0o777
    }
}
