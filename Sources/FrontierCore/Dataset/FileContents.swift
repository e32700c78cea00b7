import Foundation

/// Reads whole files as bytes, failing with the operating system's own reason.
///
/// POSIX calls rather than `Data(contentsOf:)`: Foundation's errors are sentences that repeat
/// the path and differ between platforms, while `strerror` gives the short reason a
/// diagnostic wants ("No such file or directory", "Is a directory", "Permission denied").
enum FileContents {
    /// Why a file could not be read, as `strerror` words it.
    struct ReadError: Error, Hashable, Sendable {
        var reason: String
    }

    static func read(path: String) throws(ReadError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw currentError() }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_size > 0 { bytes.reserveCapacity(Int(status.st_size)) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress, buffer.count)
            }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw currentError()
            }
            bytes.append(contentsOf: chunk[..<count])
        }
    }

    private static func currentError() -> ReadError {
        ReadError(reason: String(cString: strerror(errno)))
    }
}
