import Foundation
import NIOCore
import NIOPosix
import NIOSSH

#if canImport(Glibc)
import Glibc
#endif

/// One SSH session channel: it takes a pty request and a shell request, and shows the viewer
/// program on a pseudo-terminal; everything else a client may ask of a session (a command, a
/// subsystem, X11 or agent forwarding) is refused.
///
/// Keys go from the client to the viewer's terminal; the screen goes back through an
/// `OutputCoalescer`, so a client that stops reading costs a bounded buffer and gets one full
/// redraw when it reads again. The viewer never waits for a slow client: its output is read
/// as fast as it is written.
final class SessionHandler: ChannelDuplexHandler {
    typealias InboundIn = SSHChannelData
    typealias OutboundIn = Never
    typealias OutboundOut = SSHChannelData

    private let settings: ServerSettings
    private let registry: ServerRegistry
    private let connection: ConnectionContext

    private var term = "xterm"
    private var size = (width: 80, height: 24)
    private var hasTerminal = false
    private var environment: [String: String] = [:]
    private var viewer: ViewerProcess?
    private var terminalChannel: Channel?
    private var holdsSlot = false
    private var holdsConnectionSlot = false
    private var coalescer: OutputCoalescer
    private var lastInput = ContinuousClock.now
    private var inputWindow = (start: ContinuousClock.now, bytes: 0)
    private var idleCheck: Scheduled<Void>?
    private var closing = false
    /// The session's place in the channel pipeline, between `handlerAdded` and `handlerRemoved`.
    fileprivate var boundContext: ChannelHandlerContext?

    init(settings: ServerSettings, registry: ServerRegistry, connection: ConnectionContext) {
        self.settings = settings
        self.registry = registry
        self.connection = connection
        coalescer = OutputCoalescer(limit: settings.outputLimit)
    }

    func handlerAdded(context: ChannelHandlerContext) {
        boundContext = context
        _ = context.channel.setOption(ChannelOptions.allowRemoteHalfClosure, value: true)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        boundContext = nil
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        switch event {
        case let request as SSHChannelRequestEvent.PseudoTerminalRequest:
            term = TerminalRequestLimits.term(request.term)
            size = TerminalRequestLimits.clamp(width: request.terminalCharacterWidth, height: request.terminalRowHeight)
            hasTerminal = true
            reply(request.wantReply, true, context: context)
        case let request as SSHChannelRequestEvent.EnvironmentRequest:
            let taken = TerminalRequestLimits.environment(name: request.name, value: request.value)
            if taken { environment[request.name] = request.value }
            reply(request.wantReply, taken, context: context)
        case let request as SSHChannelRequestEvent.WindowChangeRequest:
            size = TerminalRequestLimits.clamp(width: request.terminalCharacterWidth, height: request.terminalRowHeight)
            viewer?.resize(width: size.width, height: size.height)
        case let request as SSHChannelRequestEvent.ShellRequest:
            startViewer(context: context, wantReply: request.wantReply)
        case let request as SSHChannelRequestEvent.ExecRequest:
            refuse("exec", detail: String(request.command.prefix(80)), explained: true, wantReply: request.wantReply, context: context)
        case let request as SSHChannelRequestEvent.SubsystemRequest:
            refuse("subsystem", detail: String(request.subsystem.prefix(40)), explained: false, wantReply: request.wantReply, context: context)
        case is SSHChannelRequestEvent.SignalRequest, is SSHChannelRequestEvent.LocalFlowControlRequest:
            break
        case is ChannelEvent:
            // The client closed its side: nothing more will come, the screen may still go out.
            break
        default:
            context.fireUserInboundEventTriggered(event)
        }
    }

    private func reply(_ wanted: Bool, _ success: Bool, context: ChannelHandlerContext) {
        guard wanted else { return }
        if success {
            context.triggerUserOutboundEvent(ChannelSuccessEvent(), promise: nil)
        } else {
            context.triggerUserOutboundEvent(ChannelFailureEvent(), promise: nil)
        }
    }

    /// A command or a subsystem: logged, never run. With `explained` (a command, whose client
    /// shows text) the client is told why (`decline`); otherwise the request fails. A session
    /// that shows the dashboard goes on.
    private func refuse(_ what: String, detail: String, explained: Bool, wantReply: Bool, context: ChannelHandlerContext) {
        settings.log(connection.line("refused").with("request", what).with("detail", detail))
        guard viewer == nil else { return reply(wantReply, false, context: context) }
        guard explained else {
            reply(wantReply, false, context: context)
            return finish(context: context, status: 1)
        }
        decline("frontier: this server shows the dashboard only; it runs no commands. Connect with plain ssh: ssh -p PORT HOST.",
                wantReply: wantReply, context: context)
    }

    @discardableResult
    private func say(_ line: String, context: ChannelHandlerContext) -> EventLoopFuture<Void> {
        var buffer = context.channel.allocator.buffer(capacity: line.utf8.count + 2)
        buffer.writeString(line + "\r\n")
        return context.writeAndFlush(wrapOutboundOut(SSHChannelData(type: .stdErr, data: .byteBuffer(buffer))))
    }

    /// Ends a request for a command or a shell without running anything: the request is
    /// answered, the reason goes to the client's stderr, and the session ends with status 1.
    ///
    /// The request is answered with success, not failure, on purpose: OpenSSH's client ends at
    /// a failed request without printing what the server said before it, so the user would see
    /// only "shell request failed". Nothing runs either way. A subsystem (sftp), whose client
    /// shows no text, is refused with a failure instead (`refuse`).
    private func decline(_ line: String, wantReply: Bool, context: ChannelHandlerContext) {
        reply(wantReply, true, context: context)
        let session = NIOLoopBound(self, eventLoop: context.eventLoop)
        say(line, context: context).whenComplete { _ in
            let handler = session.value
            guard let context = handler.boundContext else { return }
            handler.finish(context: context, status: 1)
        }
    }

    /// Sends the exit status and closes the channel.
    private func finish(context: ChannelHandlerContext, status: Int32) {
        guard !closing else { return }
        closing = true
        let channel = context.channel
        channel.triggerUserOutboundEvent(SSHChannelRequestEvent.ExitStatus(exitStatus: Int(status))).whenComplete { _ in
            channel.close(promise: nil)
        }
    }

    private func startViewer(context: ChannelHandlerContext, wantReply: Bool) {
        guard viewer == nil, !closing else { return reply(wantReply, false, context: context) }
        guard hasTerminal else {
            settings.log(connection.line("refused").with("request", "shell").with("reason", "no pty"))
            return decline("frontier: the dashboard needs a terminal; connect with ssh -t.", wantReply: wantReply, context: context)
        }
        guard let who = connection.who else { return finish(context: context, status: 1) }
        guard connection.openSession(limit: settings.sessionsPerConnection) else {
            settings.log(connection.line("refused").with("request", "shell").with("reason", "sessions per connection"))
            return decline("frontier: at most \(settings.sessionsPerConnection) sessions per connection.", wantReply: wantReply, context: context)
        }
        holdsConnectionSlot = true
        if let refusal = registry.openSession(address: connection.address, key: who.keyHex,
                                              perAddress: settings.sessionsPerAddress, perKey: settings.sessionsPerKey) {
            let (reason, line): (String, String)
            switch refusal {
            case .full: (reason, line) = ("full", "all \(registry.maxSessions) sessions are in use; try again later.")
            case .address: (reason, line) = ("sessions per address", "at most \(settings.sessionsPerAddress) sessions from one address.")
            case .key: (reason, line) = ("sessions per key", "at most \(settings.sessionsPerKey) sessions for one key.")
            }
            settings.log(connection.line("refused").with("request", "shell").with("reason", reason))
            return decline("frontier: " + line, wantReply: wantReply, context: context)
        }
        holdsSlot = true
        let request = ViewerRequest(term: term, width: size.width, height: size.height, user: who.user, keyHex: who.keyHex,
                                    open: who.open, environment: environment)
        let process: ViewerProcess
        do {
            process = try ViewerProcess(settings.viewer(request), width: size.width, height: size.height)
        } catch {
            settings.log(connection.line("session").with("result", "failed").with("reason", error.description))
            return decline("frontier: the dashboard could not be started.", wantReply: wantReply, context: context)
        }
        viewer = process
        lastInput = .now
        settings.log(connection.line("session").with("result", "started").with("pid", String(process.pid)).with("term", term)
            .with("size", "\(size.width)x\(size.height)").with("sessions", String(registry.sessions)))
        reply(wantReply, true, context: context)
        let session = NIOLoopBound(self, eventLoop: context.eventLoop)
        let channel = context.channel
        NIOPipeBootstrap(group: context.eventLoop)
            .channelOption(ChannelOptions.allowRemoteHalfClosure, value: false)
            .channelInitializer { terminal in
                terminal.eventLoop.makeCompletedFuture {
                    try terminal.pipeline.syncOperations.addHandler(TerminalReader(session: session.value))
                }
            }
            .takingOwnershipOfDescriptor(inputOutput: process.master)
            .hop(to: context.eventLoop)
            .whenComplete { result in
                let handler = session.value
                switch result {
                case let .success(terminal):
                    handler.terminalChannel = terminal
                    if handler.closing { terminal.close(promise: nil) }
                case let .failure(error):
                    handler.settings.log(handler.connection.line("session").with("result", "failed").with("reason", "\(error)"))
                    channel.close(promise: nil)
                }
            }
        scheduleIdleCheck(context: context)
    }

    // MARK: - Keys in

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let message = unwrapInboundIn(data)
        guard case .channel = message.type, case let .byteBuffer(bytes) = message.data else { return }
        let now = ContinuousClock.now
        if now - inputWindow.start > .seconds(1) { inputWindow = (now, 0) }
        inputWindow.bytes += bytes.readableBytes
        guard !closing else { return }
        if inputWindow.bytes > settings.inputLimit {
            settings.log(connection.line("closed").with("reason", "input flood").with("bytes", String(inputWindow.bytes)))
            closing = true
            context.close(promise: nil)
            return
        }
        lastInput = now
        terminalChannel?.writeAndFlush(bytes, promise: nil)
    }

    // MARK: - Screen out

    /// Bytes the viewer drew.
    fileprivate func screen(_ bytes: ByteBuffer) {
        guard let context = boundContext, !closing else { return }
        let send = coalescer.output(Array(bytes.readableBytesView), clientWritable: context.channel.isWritable)
        if !send.isEmpty { write(send, context: context) }
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable {
            let resumed = coalescer.resumed()
            if !resumed.send.isEmpty { write(resumed.send, context: context) }
            if resumed.redraw {
                // The dashboard takes SIGCONT as "the screen may have been written over" and
                // repaints every cell.
                viewer?.signal(SIGCONT)
                settings.log(connection.line("redraw").with("reason", "client read again after output was dropped"))
            }
        }
        context.fireChannelWritabilityChanged()
    }

    private func write(_ bytes: [UInt8], context: ChannelHandlerContext) {
        var buffer = context.channel.allocator.buffer(capacity: bytes.count)
        buffer.writeBytes(bytes)
        context.writeAndFlush(wrapOutboundOut(SSHChannelData(type: .channel, data: .byteBuffer(buffer))), promise: nil)
    }

    /// The viewer's terminal closed: the program ended (or was killed).
    fileprivate func viewerEnded() {
        guard let viewer, let context = boundContext else { return }
        self.viewer = nil
        terminalChannel = nil
        let session = NIOLoopBound(self, eventLoop: context.eventLoop)
        let loop = context.eventLoop
        let connection = self.connection
        let log = settings.log
        viewer.reap { status in
            log(connection.line("session").with("result", "ended").with("status", String(status)))
            loop.execute {
                let handler = session.value
                guard let context = handler.boundContext else { return }
                handler.finish(context: context, status: status)
            }
        }
    }

    // MARK: - Idle and end

    private func scheduleIdleCheck(context: ChannelHandlerContext) {
        guard let timeout = settings.idleTimeout else { return }
        let session = NIOLoopBound(self, eventLoop: context.eventLoop)
        let wait = max(.milliseconds(100), timeout - (ContinuousClock.now - lastInput))
        idleCheck = context.eventLoop.scheduleTask(in: TimeAmount(wait)) {
            let handler = session.value
            guard let context = handler.boundContext, !handler.closing else { return }
            if ContinuousClock.now - handler.lastInput >= timeout {
                handler.settings.log(handler.connection.line("closed").with("reason", "idle"))
                handler.say("\r\nfrontier: closed after \(String(format: "%g", timeout.seconds)) s without a key.", context: context)
                handler.closing = true
                context.close(promise: nil)
            } else {
                handler.scheduleIdleCheck(context: context)
            }
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        closing = true
        idleCheck?.cancel()
        // Taken first: closing the terminal below ends its reader at once, which must not
        // take the viewer's end for its own.
        let viewer = self.viewer
        self.viewer = nil
        // Closing the terminal's master hangs the viewer up (SIGHUP), as closing a window would.
        terminalChannel?.close(promise: nil)
        terminalChannel = nil
        if let viewer {
            viewer.signal(SIGHUP)
            let connection = self.connection
            let log = settings.log
            viewer.reap { status in log(connection.line("session").with("result", "ended").with("status", String(status))) }
        }
        if holdsSlot {
            holdsSlot = false
            registry.closeSession(address: connection.address, key: connection.who?.keyHex ?? "")
        }
        if holdsConnectionSlot {
            holdsConnectionSlot = false
            connection.closeSession()
        }
        boundContext = nil
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        // The connection going away under an open session is its end, logged by the connection.
        if !closing, (error as? NIOSSHError)?.type != .tcpShutdown {
            settings.log(connection.line("error").with("where", "session").with("reason", "\(error)"))
        }
        context.close(promise: nil)
    }
}

/// Reads what the viewer writes to its terminal and hands it to its session.
private final class TerminalReader: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    private let session: SessionHandler

    init(session: SessionHandler) {
        self.session = session
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        session.screen(unwrapInboundIn(data))
    }

    func channelInactive(context: ChannelHandlerContext) {
        session.viewerEnded()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        // EIO: the viewer closed the terminal's last slave descriptor, it has ended.
        context.close(promise: nil)
    }
}
