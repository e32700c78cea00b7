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
    /// Whether it holds one of the registry's slots for connections waiting to authenticate.
    private let waiting = NIOLockedValueBox(false)

    init(number: Int, remote: String, address: String) {
        self.number = number
        self.remote = remote
        self.address = address
    }

    func authenticated(user: String, keyHex: String, fingerprint: String, open: Bool) {
        identity.withLockedValue { $0 = (user, keyHex, fingerprint, open) }
    }

    var who: (user: String, keyHex: String, fingerprint: String, open: Bool)? { identity.withLockedValue { $0 } }

    /// Takes a slot among the connections waiting to authenticate; false when none is free.
    func startWaiting(in registry: ServerRegistry, limit: Int) -> Bool {
        guard registry.openUnauthenticated(limit: limit) else { return false }
        waiting.withLockedValue { $0 = true }
        return true
    }

    /// Gives the slot back, once, when the connection logs in or goes away.
    func stopWaiting(in registry: ServerRegistry) {
        if waiting.withLockedValue({ waiting in defer { waiting = false }; return waiting }) { registry.closeUnauthenticated() }
    }

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
