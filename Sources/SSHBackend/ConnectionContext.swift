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
    private let sessions = NIOLockedValueBox((open: 0, ever: false))
    private let failed = NIOLockedValueBox(false)
    /// Whether it still counts among the connections waiting to authenticate.
    let waiting = NIOLockedValueBox(false)

    init(number: Int, remote: String, address: String) {
        self.number = number
        self.remote = remote
        self.address = address
    }

    func authenticated(user: String, keyHex: String, fingerprint: String, open: Bool) {
        identity.withLockedValue { $0 = (user, keyHex, fingerprint, open) }
    }

    var who: (user: String, keyHex: String, fingerprint: String, open: Bool)? { identity.withLockedValue { $0 } }

    /// Takes one of the connection's `limit` sessions; false when all are open.
    func openSession(limit: Int) -> Bool {
        sessions.withLockedValue { sessions in
            guard sessions.open < limit else { return false }
            sessions.open += 1
            sessions.ever = true
            return true
        }
    }

    func closeSession() {
        sessions.withLockedValue { $0.open -= 1 }
    }

    /// Whether a dashboard was ever started on it.
    var hasOpenedSession: Bool { sessions.withLockedValue { $0.ever } }

    /// A key or password it offered was refused.
    func attemptFailed() {
        failed.withLockedValue { $0 = true }
    }

    var hasFailedAttempt: Bool { failed.withLockedValue { $0 } }

    func line(_ event: String) -> LogLine {
        LogLine(event).with("conn", String(number)).with("remote", remote)
    }
}
