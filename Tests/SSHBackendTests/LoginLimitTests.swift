import Foundation
import Testing
import TestSupport
@testable import SSHBackend

#if canImport(Glibc)
import Glibc
#endif

/// The server in process, with raw TCP connections that never log in: at most
/// `maxUnauthenticated` wait at once, each for `loginGraceTime`.
@Suite struct LoginLimitTests {
    @Test func connectionsThatDoNotLogInAreLimitedAndClosedAfterTheGraceTime() async throws {
        let folder = try TemporaryDirectory()
        let lines = Locked<[String]>([])
        var settings = ServerSettings(
            host: "127.0.0.1", port: 0, hostKey: try HostKey.loadOrCreate(at: folder.path + "/host_key"), access: .open,
            maxSessions: 4, idleTimeout: nil,
            viewer: { _ in ViewerProcess.Command(executable: "/bin/false", arguments: [], environment: [:]) },
            log: { line in lines.update { $0.append("\(line.event) reason=\(line.value("reason") ?? "")") } })
        settings.loginGraceTime = .seconds(1)
        settings.maxUnauthenticated = 2
        let server = try SSHServer(settings)
        defer { server.shutdown() }

        let first = try connect(port: server.boundPort)
        let second = try connect(port: server.boundPort)
        defer { close(first); close(second) }
        // Both get the server's version line.
        #expect(readLine(first).hasPrefix("SSH-2.0-"))
        #expect(readLine(second).hasPrefix("SSH-2.0-"))
        // A third is closed at once, before it is told anything.
        let third = try connect(port: server.boundPort)
        defer { close(third) }
        #expect(readLine(third) == "")
        // The two waiting ones are closed after the grace time.
        let start = ContinuousClock.now
        #expect(readToEnd(first, timeout: 5))
        #expect(readToEnd(second, timeout: 5))
        #expect(ContinuousClock.now - start >= .milliseconds(800))
        let log = lines.value
        #expect(log.filter { $0 == "closed reason=too many connections waiting to log in" }.count == 1, "\(log)")
        #expect(log.filter { $0 == "closed reason=no login in time" }.count == 2, "\(log)")
        // Their slots are free again.
        let fourth = try connect(port: server.boundPort)
        defer { close(fourth) }
        #expect(readLine(fourth).hasPrefix("SSH-2.0-"))
    }

    private func connect(port: Int) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { throw POSIXError(.ECONNREFUSED) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        return fd
    }

    /// Bytes up to a line feed, or "" at the end of the stream.
    private func readLine(_ fd: Int32) -> String {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while read(fd, &byte, 1) == 1 {
            bytes.append(byte)
            if byte == UInt8(ascii: "\n") { break }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether the stream ended (the server closed it) within `timeout` seconds.
    private func readToEnd(_ fd: Int32, timeout: Int) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let deadline = ContinuousClock.now + .seconds(timeout)
        while ContinuousClock.now < deadline {
            let count = read(fd, &buffer, buffer.count)
            if count == 0 { return true }
            if count < 0 && errno != EAGAIN && errno != EINTR { return true }
        }
        return false
    }
}
