import Foundation

/// Everything the SSH server is told: where to listen, whom to let in, its limits, what to
/// run for each viewer and where its log lines go.
public struct ServerSettings: Sendable {
    /// Who may connect.
    public enum Access: Sendable {
        /// Only these public keys; each one's viewer state is kept between visits.
        case keys(AuthorizedKeys)
        /// Any public key, read-only: nothing is kept between visits.
        case open
    }

    public var host: String
    public var port: Int
    public var hostKey: HostKey
    public var access: Access
    public var maxSessions: Int
    /// A session with no key pressed for this long is closed; nil never closes one.
    public var idleTimeout: Duration?
    /// Screen output kept for a client that is not reading, before it is dropped for a redraw.
    public var outputLimit = 256 * 1024
    /// Input bytes a session may send in one second before it is closed as a flood.
    public var inputLimit = 64 * 1024
    /// How long a connection may take to authenticate and open a session before it is closed.
    public var loginGraceTime: Duration = .seconds(30)
    /// Connections not yet authenticated at once; more are closed as they come.
    public var maxUnauthenticated = 64
    /// Connections one address may hold at once.
    public var connectionsPerAddress = 16
    /// Sessions one address, and one key, may hold at once, so that no one viewer takes every
    /// slot (with `--open` anyone can make keys, so the address counts too).
    public var sessionsPerAddress = 16
    public var sessionsPerKey = 16
    /// Sessions one connection may open (each is a dashboard).
    public var sessionsPerConnection = 4
    /// Connections an address may end without logging in, in `failureWindow`, before it is
    /// turned away (one per connection, however many keys or passwords it tried).
    public var failuresAllowed = 10
    public var failureWindow: Duration = .seconds(60)
    /// The command that shows the dashboard to one viewer.
    public var viewer: @Sendable (ViewerRequest) -> ViewerProcess.Command
    /// Where each log line goes (stderr in `frontier serve`).
    public var log: @Sendable (LogLine) -> Void

    public init(host: String, port: Int, hostKey: HostKey, access: Access, maxSessions: Int, idleTimeout: Duration?,
                viewer: @escaping @Sendable (ViewerRequest) -> ViewerProcess.Command,
                log: @escaping @Sendable (LogLine) -> Void) {
        self.host = host
        self.port = port
        self.hostKey = hostKey
        self.access = access
        self.maxSessions = maxSessions
        self.idleTimeout = idleTimeout
        self.viewer = viewer
        self.log = log
    }
}

/// What a viewer asked for: its terminal and who it is.
public struct ViewerRequest: Sendable {
    /// `$TERM` from the client's pty request, checked to be a plain terminfo name.
    public var term: String
    public var width: Int
    public var height: Int
    public var user: String
    /// The hex SHA-256 of the key it authenticated with: where its state is kept.
    public var keyHex: String
    /// Let in by `--open`: nothing is kept for it.
    public var open: Bool
    /// Locale and colour variables the client sent (`LANG`, `LC_*`, `NO_COLOR`, `COLORTERM`).
    public var environment: [String: String]
}
