import Foundation
import NIOCore
import NIOSSH

/// Public keys only: a listed key (or, with `--open`, any key) is let in. Passwords,
/// keyboard-interactive and host-based requests are refused, and an address that failed too
/// often lately is refused without a look.
///
/// The SSH library checks a key's signature before asking, so a key here is one the client
/// proved it holds.
final class PublicKeyAuthenticator: NIOSSHServerUserAuthenticationDelegate {
    private let access: ServerSettings.Access
    private let registry: ServerRegistry
    private let connection: ConnectionContext
    private let log: @Sendable (LogLine) -> Void

    init(access: ServerSettings.Access, registry: ServerRegistry, connection: ConnectionContext, log: @escaping @Sendable (LogLine) -> Void) {
        self.access = access
        self.registry = registry
        self.connection = connection
        self.log = log
    }

    var supportedAuthenticationMethods: NIOSSHAvailableUserAuthenticationMethods { .publicKey }

    func requestReceived(request: NIOSSHUserAuthenticationRequest, responsePromise: EventLoopPromise<NIOSSHUserAuthenticationOutcome>) {
        let user = String(request.username.prefix(64))
        if registry.isBlocked(connection.address) {
            log(connection.line("auth").with("result", "refused").with("reason", "too many failures").with("user", user))
            responsePromise.succeed(.failure)
            return
        }
        guard case let .publicKey(offer) = request.request else {
            let method: String
            switch request.request {
            case .password: method = "password"
            case .hostBased: method = "hostbased"
            default:
                // "none": every client asks first which methods there are; not a failure.
                responsePromise.succeed(.failure)
                return
            }
            connection.attemptFailed()
            log(connection.line("auth").with("result", "refused").with("method", method).with("user", user))
            responsePromise.succeed(.failure)
            return
        }
        let fingerprint = KeyFingerprint.sha256(of: offer.publicKey)
        switch access {
        case .open:
            connection.authenticated(user: user, keyHex: KeyFingerprint.hex(of: offer.publicKey), fingerprint: fingerprint, open: true)
            connection.stopWaiting(in: registry)
            log(connection.line("auth").with("result", "accepted").with("method", "publickey").with("user", user)
                .with("key", fingerprint).with("access", "open"))
            responsePromise.succeed(.success)
        case let .keys(keys):
            if let name = keys.keys[offer.publicKey] {
                connection.authenticated(user: user, keyHex: KeyFingerprint.hex(of: offer.publicKey), fingerprint: fingerprint, open: false)
                connection.stopWaiting(in: registry)
                log(connection.line("auth").with("result", "accepted").with("method", "publickey").with("user", user)
                    .with("key", fingerprint).with("name", name))
                responsePromise.succeed(.success)
            } else {
                connection.attemptFailed()
                log(connection.line("auth").with("result", "refused").with("method", "publickey").with("user", user)
                    .with("key", fingerprint).with("reason", "not authorized"))
                responsePromise.succeed(.failure)
            }
        }
    }
}
