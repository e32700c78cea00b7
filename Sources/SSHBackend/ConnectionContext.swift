import Foundation
import NIOConcurrencyHelpers

/// One TCP connection: its number and address for the log, and who authenticated on it.
final class ConnectionContext: Sendable {
    let number: Int
    let remote: String
    /// The address alone, without the port: what failures are counted by.
    let address: String
    let opened = ContinuousClock.now
    private let identity = NIOLockedValueBox<(user: String, keyHex: String, fingerprint: String, open: Bool)?>(nil)

    init(number: Int, remote: String, address: String) {
        self.number = number
        self.remote = remote
        self.address = address
    }

    func authenticated(user: String, keyHex: String, fingerprint: String, open: Bool) {
        identity.withLockedValue { $0 = (user, keyHex, fingerprint, open) }
    }

    var who: (user: String, keyHex: String, fingerprint: String, open: Bool)? { identity.withLockedValue { $0 } }

    func line(_ event: String) -> LogLine {
        LogLine(event).with("conn", String(number)).with("remote", remote)
    }
}
