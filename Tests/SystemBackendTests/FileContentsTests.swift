import Foundation
@testable import SystemBackend
import TestSupport
import Testing

/// Only regular files are read, never past the limit, and nothing read can block.
@Suite struct FileContentsTests {
    @Test func aFileAboveTheLimitIsRefusedNamingTheLimitAndTheFlag() throws {
        let directory = try TemporaryDirectory()
        try directory.write(String(repeating: "x", count: 3000), to: "big.json")
        #expect(throws: FileContents.ReadError(reason: "larger than the input limit of 2K; raise it with --max-input-size")) {
            try FileContents.read(path: directory.path + "/big.json", limit: 2048)
        }
        #expect(try FileContents.read(path: directory.path + "/big.json", limit: 3000).count == 3000)
    }

    @Test func aDeviceIsRefusedAtOnceInsteadOfReadWithoutEnd() {
        #expect(throws: FileContents.ReadError(reason: "not a regular file (a FIFO, socket or device); only files can be read")) {
            try FileContents.read(path: "/dev/zero")
        }
    }

    @Test func aFIFOWithNoWriterIsRefusedWithoutWaitingForOne() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/fifo"
        try #require(mkfifo(path, 0o600) == 0)
        #expect(throws: FileContents.ReadError(reason: "not a regular file (a FIFO, socket or device); only files can be read")) {
            try FileContents.read(path: path)
        }
    }

    @Test func aDirectoryIsReportedAsOne() throws {
        let directory = try TemporaryDirectory()
        #expect(throws: FileContents.ReadError(reason: "Is a directory")) {
            try FileContents.read(path: directory.path)
        }
    }

    @Test func aStreamStopsBeingReadOnceItPassesTheLimit() throws {
        // /dev/zero never ends: only the limit can end this read.
        let descriptor = open("/dev/zero", O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        #expect(throws: FileContents.tooLarge(4 << 20)) {
            try FileContents.read(descriptor: descriptor, limit: 4 << 20)
        }
    }

    @Test func sizesAreReadInBinaryUnits() {
        #expect(InputLimits.parseSize("512M") == 512 << 20)
        #expect(InputLimits.parseSize("2g") == 2 << 30)
        #expect(InputLimits.parseSize("64KiB") == 64 << 10)
        #expect(InputLimits.parseSize("1000000") == 1_000_000)
        #expect(InputLimits.parseSize("0") == nil)
        #expect(InputLimits.parseSize("-1M") == nil)
        #expect(InputLimits.parseSize("M") == nil)
        #expect(InputLimits.parseSize("99999999999T") == nil)
        #expect(InputLimits.shown(1 << 30) == "1G")
        #expect(InputLimits.shown(1500) == "1500 bytes")
    }
}
