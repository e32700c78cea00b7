import Foundation
import NIOConcurrencyHelpers

/// What the server's connections share: the number of sessions open, connection numbers for
/// the log, and the failed authentications per address. Locked: connections may run on
/// different event loops.
final class ServerRegistry: Sendable {
    private struct State {
        var sessions = 0
        var unauthenticated = 0
        var nextConnection = 1
        var failures: [String: (count: Int, since: ContinuousClock.Instant)] = [:]
        var connections: [String: Int] = [:]
        var sessionsByAddress: [String: Int] = [:]
        var sessionsByKey: [String: Int] = [:]
    }

    private let state = NIOLockedValueBox(State())
    let maxSessions: Int
    /// The most addresses whose failures are remembered.
    static let failureEntries = 10_000
    let failuresAllowed: Int
    let failureWindow: Duration

    init(maxSessions: Int, failuresAllowed: Int, failureWindow: Duration) {
        self.maxSessions = maxSessions
        self.failuresAllowed = failuresAllowed
        self.failureWindow = failureWindow
    }

    func connectionNumber() -> Int {
        state.withLockedValue { state in
            defer { state.nextConnection += 1 }
            return state.nextConnection
        }
    }

    /// Counts a connection from `address`; false when it already holds `limit`.
    func openConnection(from address: String, limit: Int) -> Bool {
        state.withLockedValue { state in
            let count = state.connections[address, default: 0]
            guard count < limit else { return false }
            state.connections[address] = count + 1
            return true
        }
    }

    func closeConnection(from address: String) {
        state.withLockedValue { state in
            let count = state.connections[address, default: 1] - 1
            state.connections[address] = count > 0 ? count : nil
        }
    }

    /// Counts a connection that has not authenticated yet; false when `limit` are already waiting.
    func openUnauthenticated(limit: Int) -> Bool {
        state.withLockedValue { state in
            guard state.unauthenticated < limit else { return false }
            state.unauthenticated += 1
            return true
        }
    }

    /// A waiting connection authenticated or went away.
    func closeUnauthenticated() {
        state.withLockedValue { $0.unauthenticated -= 1 }
    }

    /// Why a session was not given a slot.
    enum SessionRefusal: Equatable {
        /// All `maxSessions` are in use.
        case full
        /// The address, or the key, holds its share already.
        case address, key
    }

    /// Takes a session slot for a viewer at `address` with `key`, or says why not: at most
    /// `maxSessions` in all, `perAddress` from one address and `perKey` for one key, so that
    /// no one viewer can take every slot.
    func openSession(address: String = "", key: String = "", perAddress: Int = .max, perKey: Int = .max) -> SessionRefusal? {
        state.withLockedValue { state in
            guard state.sessions < maxSessions else { return .full }
            guard state.sessionsByAddress[address, default: 0] < perAddress else { return .address }
            guard state.sessionsByKey[key, default: 0] < perKey else { return .key }
            state.sessions += 1
            state.sessionsByAddress[address, default: 0] += 1
            state.sessionsByKey[key, default: 0] += 1
            return nil
        }
    }

    func closeSession(address: String = "", key: String = "") {
        state.withLockedValue { state in
            state.sessions -= 1
            let byAddress = state.sessionsByAddress[address, default: 1] - 1
            state.sessionsByAddress[address] = byAddress > 0 ? byAddress : nil
            let byKey = state.sessionsByKey[key, default: 1] - 1
            state.sessionsByKey[key] = byKey > 0 ? byKey : nil
        }
    }

    var sessions: Int { state.withLockedValue { $0.sessions } }

    /// How many addresses' failures are remembered.
    var failureCount: Int { state.withLockedValue { $0.failures.count } }

    /// Whether `address` has failed too often lately to be heard.
    func isBlocked(_ address: String, now: ContinuousClock.Instant = .now) -> Bool {
        state.withLockedValue { state in
            guard let entry = state.failures[address] else { return false }
            if now - entry.since > failureWindow {
                state.failures[address] = nil
                return false
            }
            return entry.count >= failuresAllowed
        }
    }

    func recordFailure(_ address: String, now: ContinuousClock.Instant = .now) {
        state.withLockedValue { state in
            if let entry = state.failures[address], now - entry.since <= failureWindow {
                state.failures[address] = (entry.count + 1, entry.since)
            } else {
                state.failures[address] = (1, now)
            }
            // A scan from many addresses must not grow this without end: past the cap, entries
            // whose minute is over go, and if that is not enough, the older half, so the cost
            // of trimming is paid once per many failures.
            if state.failures.count > Self.failureEntries {
                state.failures = state.failures.filter { now - $0.value.since <= failureWindow }
                if state.failures.count > Self.failureEntries / 2 {
                    let newest = state.failures.sorted { $0.value.since > $1.value.since }.prefix(Self.failureEntries / 2)
                    state.failures = Dictionary(uniqueKeysWithValues: newest.map { ($0.key, $0.value) })
                }
            }
        }
    }
}
