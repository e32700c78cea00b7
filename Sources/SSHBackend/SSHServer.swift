import Foundation
import NIOCore
import NIOPosix
import NIOSSH

/// The SSH server: listens, authenticates with public keys, and shows each session the
/// viewer program on a pseudo-terminal of its own. It knows no dashboard: what runs is
/// `settings.viewer`'s command.
///
/// Only session channels with a pty and a shell are served. Global requests (port forwarding)
/// are refused by the SSH library's default delegate; direct and forwarded TCP channels are
/// refused here.
public final class SSHServer: Sendable {
    private let settings: ServerSettings
    private let registry: ServerRegistry
    private let group: MultiThreadedEventLoopGroup
    private let channel: Channel

    /// The address and port it listens on (the real port when 0 was asked), `[::]:2222` for IPv6.
    public let listening: String
    public let boundPort: Int

    /// Binds and starts listening.
    public init(_ settings: ServerSettings, threads: Int = 1) throws {
        self.settings = settings
        let registry = ServerRegistry(maxSessions: settings.maxSessions, failuresAllowed: settings.failuresAllowed,
                                      failureWindow: settings.failureWindow)
        self.registry = registry
        group = MultiThreadedEventLoopGroup(numberOfThreads: threads)
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .serverChannelOption(ChannelOptions.backlog, value: 256)
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                let remote = channel.remoteAddress
                let connection = ConnectionContext(number: registry.connectionNumber(), remote: remote.map(Self.describe) ?? "?",
                                                   address: Self.viewerAddress(remote?.ipAddress ?? "?"))
                return channel.eventLoop.makeCompletedFuture {
                    let authenticator = PublicKeyAuthenticator(access: settings.access, registry: registry, connection: connection,
                                                               log: settings.log)
                    var configuration = SSHServerConfiguration(hostKeys: [settings.hostKey.privateKey], userAuthDelegate: authenticator)
                    // The library counts every request: the first "none", each key a client
                    // offers, and each signature. An agent with a few keys needs room.
                    configuration.maxAuthAttempts = 20
                    let handler = NIOSSHHandler(role: .server(configuration), allocator: channel.allocator,
                                                inboundChildChannelInitializer: { child, type in
                        switch type {
                        case .session:
                            return child.eventLoop.makeCompletedFuture {
                                try child.pipeline.syncOperations.addHandler(
                                    SessionHandler(settings: settings, registry: registry, connection: connection))
                            }
                        case .directTCPIP, .forwardedTCPIP:
                            settings.log(connection.line("refused").with("request", "port forwarding"))
                            return child.eventLoop.makeFailedFuture(Refused.channelType)
                        }
                    })
                    try channel.pipeline.syncOperations.addHandlers([
                        ConnectionGuard(connection: connection, settings: settings, registry: registry), handler,
                        ConnectionErrorHandler(connection: connection, log: settings.log),
                    ])
                }
            }
        do {
            channel = try bootstrap.bind(host: settings.host, port: settings.port).wait()
        } catch {
            try? group.syncShutdownGracefully()
            throw error
        }
        listening = channel.localAddress.map(Self.describe) ?? "\(settings.host):\(settings.port)"
        boundPort = channel.localAddress?.port ?? settings.port
    }

    enum Refused: Error { case channelType }

    /// Sessions open now.
    public var sessions: Int { registry.sessions }

    /// Stops listening and closes every connection (their viewers are hung up).
    public func shutdown() {
        try? channel.close().wait()
        try? group.syncShutdownGracefully()
    }

    /// What limits count a client by: its IPv4 address, or the /64 network of its IPv6 one (a
    /// single host is usually given a whole /64, and could otherwise rotate through it).
    static func viewerAddress(_ ip: String) -> String {
        guard ip.contains(":"), !ip.hasPrefix("::ffff:"), let network = IPv6Network.prefix64(of: ip) else { return ip }
        return network
    }

    static func describe(_ address: SocketAddress) -> String {
        guard let ip = address.ipAddress else { return "\(address)" }
        let port = address.port.map(String.init) ?? "?"
        return ip.contains(":") ? "[\(ip)]:\(port)" : "\(ip):\(port)"
    }
}

/// Logs a connection's start and end, and holds it to the login limits: at most
/// `maxUnauthenticated` connections waiting to authenticate, each for `loginGraceTime`.
private final class ConnectionGuard: ChannelInboundHandler {
    typealias InboundIn = Any
    private let connection: ConnectionContext
    private let settings: ServerSettings
    private let registry: ServerRegistry
    private var grace: Scheduled<Void>?
    private var countsForAddress = false

    init(connection: ConnectionContext, settings: ServerSettings, registry: ServerRegistry) {
        self.connection = connection
        self.settings = settings
        self.registry = registry
    }

    func channelActive(context: ChannelHandlerContext) {
        settings.log(connection.line("connect"))
        guard registry.openConnection(from: connection.address, limit: settings.connectionsPerAddress) else {
            settings.log(connection.line("closed").with("reason", "too many connections from this address"))
            context.close(promise: nil)
            return
        }
        countsForAddress = true
        guard connection.startWaiting(in: registry, limit: settings.maxUnauthenticated) else {
            settings.log(connection.line("closed").with("reason", "too many connections waiting to log in"))
            context.close(promise: nil)
            return
        }
        let channel = context.channel
        let connection = self.connection
        let log = settings.log
        let limit = settings.loginGraceTime
        // Logged in and showing a dashboard within the grace time, or closed: a connection
        // that only holds a socket open costs the server and serves no one.
        grace = context.eventLoop.scheduleTask(in: TimeAmount(limit)) {
            if connection.who == nil {
                log(connection.line("closed").with("reason", "no login in time"))
            } else if !connection.hasOpenedSession {
                log(connection.line("closed").with("reason", "no session in time"))
            } else {
                return
            }
            channel.close(promise: nil)
        }
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        grace?.cancel()
        connection.stopWaiting(in: registry)
        if countsForAddress {
            countsForAddress = false
            registry.closeConnection(from: connection.address)
        }
        // One failure per connection that tried and never got in, however many keys it offered.
        if connection.who == nil, connection.hasFailedAttempt { registry.recordFailure(connection.address) }
        let elapsed = ContinuousClock.now - connection.opened
        let seconds = elapsed.seconds
        settings.log(connection.line("disconnect").with("user", connection.who?.user).with("key", connection.who?.fingerprint)
            .with("duration", String(format: "%.1fs", seconds)))
        context.fireChannelInactive()
    }
}

/// Anything the SSH layer could not make sense of ends that connection alone.
private final class ConnectionErrorHandler: ChannelInboundHandler {
    typealias InboundIn = Any
    private let connection: ConnectionContext
    private let log: @Sendable (LogLine) -> Void

    init(connection: ConnectionContext, log: @escaping @Sendable (LogLine) -> Void) {
        self.connection = connection
        self.log = log
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        log(connection.line("error").with("reason", String("\(error)".prefix(200))))
        context.close(promise: nil)
    }
}
