import Foundation

/// Reads whole files as bytes, failing with the operating system's own reason.
///
/// POSIX calls rather than `Data(contentsOf:)`: Foundation's errors are sentences that repeat
/// the path and differ between platforms, while `strerror` gives the short reason a
/// diagnostic wants ("No such file or directory", "Is a directory", "Permission denied").
///
/// Only regular files are read. The file is opened with `O_NONBLOCK` and checked with `fstat`
/// on the open descriptor: opening a FIFO that way never waits for a writer, and checking the
/// descriptor rather than a `stat` of the path beforehand leaves no moment in which the path can
/// be swapped for a FIFO or a device between the check and the open. Reading stops as soon as
/// more than `limit` bytes have arrived, so a file that grows while read (or lies about its size,
/// as `/proc` files do) still costs at most the limit.
public enum FileContents {
    /// Why a file could not be read, as `strerror` words it, or which limit it broke.
    public struct ReadError: Error, Hashable, Sendable {
        public var reason: String
    }

    /// The whole regular file at `path`, at most `limit` bytes.
    public static func read(path: String, limit: Int = InputLimits.standard.fileBytes) throws(ReadError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw currentError() }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw currentError() }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw ReadError(reason: String(cString: strerror(EISDIR)))
        default: throw ReadError(reason: "not a regular file (a FIFO, socket or device); only files can be read")
        }
        if Int(status.st_size) > limit { throw tooLarge(limit) }
        // Read straight into an array of the file's size; a file that grew meanwhile goes on
        // in chunks.
        let size = Int(status.st_size)
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            while initialized < size {
                let count = Foundation.read(descriptor, buffer.baseAddress! + initialized, size - initialized)
                if count == 0 { break }
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                initialized += count
            }
        }
        if failure != 0 { throw ReadError(reason: String(cString: strerror(failure))) }
        return try readAll(descriptor, into: bytes, limit: limit)
    }

    /// Reads `descriptor` to its end, such as standard input, failing once more than `limit` bytes arrive.
    public static func read(descriptor: Int32, limit: Int) throws(ReadError) -> [UInt8] {
        try readAll(descriptor, into: [], limit: limit)
    }

    /// The error for an input above `limit`, saying how to raise it.
    public static func tooLarge(_ limit: Int) -> ReadError {
        ReadError(reason: "larger than the input limit of \(InputLimits.shown(limit)); raise it with --max-input-size")
    }

    private static func readAll(_ descriptor: Int32, into start: [UInt8], limit: Int) throws(ReadError) -> [UInt8] {
        var bytes = start
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
            guard bytes.count + count <= limit else { throw tooLarge(limit) }
            bytes.append(contentsOf: chunk[..<count])
        }
    }

    private static func currentError() -> ReadError {
        ReadError(reason: String(cString: strerror(errno)))
    }
}
