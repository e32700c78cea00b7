import ArgumentParser
import Foundation
import FrontierCore
import SSHBackend
import SystemBackend

/// `frontier serve --ssh PORT`: one process that loads and follows the data once and shows the
/// dashboard to everyone who connects with plain `ssh`.
///
/// Each session runs the dashboard as a process of its own on a pseudo-terminal, started from
/// this binary and reading the data this process keeps up to date (`ServedData`); the SSH side
/// is `SSHBackend`.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the dashboard over SSH to anyone with an authorized key: ssh -p PORT HOST.",
        discussion: """
        The data (--data, --feed, --refresh; without --data the embedded dataset and yours) is \
        loaded and followed once, here; every session sees it live with its own view, keys and \
        terminal size. Only public keys are accepted: those in --authorized-keys, or any with \
        --open (read-only: nothing is kept between visits). Commands, subsystems, port, agent \
        and X11 forwarding, passwords and keyboard-interactive logins are refused. One logfmt \
        line per connection, authentication and session goes to stderr.
        """
    )

    @Option(name: .customLong("ssh"), help: ArgumentHelp("Where to listen: PORT (every IPv4 address) or ADDRESS:PORT ([::]:PORT for IPv6).", valueName: "[addr:]port"))
    var listen: String

    @Option(help: ArgumentHelp("The server's Ed25519 host key (OpenSSH format); created 0600 if missing. Default: $XDG_DATA_HOME/frontier/ssh_host_ed25519_key.",
                               valueName: "file"))
    var hostKey: String?

    @Option(help: ArgumentHelp("The public keys let in, one per line as in ~/.ssh/authorized_keys (ssh-ed25519 and ecdsa-sha2-*).",
                               valueName: "file"))
    var authorizedKeys: String?

    @Flag(help: "Let in any public key, read-only (no state is kept). Needed when --authorized-keys is not given.")
    var open = false

    @Option(help: ArgumentHelp("Sessions at once; more are told to try later.", valueName: "n"))
    var maxSessions = 64

    @Option(help: ArgumentHelp("Connections, and sessions, one address or one key may hold at once.", valueName: "n"))
    var maxPerViewer = 16

    @Option(help: ArgumentHelp("Close a session after this many seconds without a key (0: never).", valueName: "seconds"))
    var idleTimeout: Double = 0

    @OptionGroup var data: DataOptions

    func validate() throws {
        if authorizedKeys == nil && !open {
            throw ValidationError("give --authorized-keys FILE, or --open to let anyone with a key in (read-only)")
        }
        if authorizedKeys != nil && open {
            throw ValidationError("--authorized-keys and --open cannot be given together")
        }
        guard (1...10_000).contains(maxSessions) else { throw ValidationError("--max-sessions must be from 1 to 10000") }
        guard (1...10_000).contains(maxPerViewer) else { throw ValidationError("--max-per-viewer must be from 1 to 10000") }
        guard idleTimeout.isFinite, idleTimeout >= 0, idleTimeout <= 30 * 86_400 else {
            throw ValidationError("--idle-timeout must be from 0 to 2592000 seconds")
        }
        guard Self.address(listen) != nil else {
            throw ValidationError("--ssh takes PORT or ADDRESS:PORT (e.g. 2222 or 127.0.0.1:2222), not \"\(listen)\"")
        }
        if data.readsStandardInput { throw ValidationError("--feed - cannot be served: give a file or URL") }
    }

    /// `2222` → all addresses; `127.0.0.1:2222`, `[::1]:2222` → that address.
    static func address(_ text: String) -> (host: String, port: Int)? {
        var host = "0.0.0.0"
        var portText = Substring(text)
        if let colon = text.lastIndex(of: ":") {
            host = String(text[..<colon])
            portText = text[text.index(after: colon)...]
            if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
            if host.isEmpty { host = "0.0.0.0" }
        }
        guard let port = Int(portText), (0...65_535).contains(port) else { return nil }
        return (host, port)
    }

    func run() throws {
        // Before any thread exists: signals queue for the loop below, and every thread the SSH
        // server starts inherits the mask.
        let loop = try HeadlessLoop()
        signal(SIGPIPE, SIG_IGN)
        let environment = ProcessInfo.processInfo.environment
        let access: ServerSettings.Access
        if let authorizedKeys {
            let keys: AuthorizedKeys
            do {
                keys = try AuthorizedKeys.load(from: authorizedKeys)
            } catch {
                StandardError.write("frontier: \(error)")
                throw ExitCode(66)
            }
            for problem in keys.problems { StandardError.write("frontier: \(problem)") }
            if keys.keys.isEmpty {
                StandardError.write("frontier: \(authorizedKeys): no key this server can use; nobody could log in")
                throw ExitCode(65)
            }
            access = .keys(keys)
        } else {
            access = .open
        }
        guard let keyPath = hostKey ?? XDGDirectory.frontier("XDG_DATA_HOME", fallback: ".local/share", environment: environment)
            .map({ $0 + "/ssh_host_ed25519_key" }) else {
            StandardError.write("frontier: no place for the host key: set HOME or XDG_DATA_HOME, or give --host-key")
            throw ExitCode(78)
        }
        let key: HostKey
        do {
            key = try HostKey.loadOrCreate(at: keyPath)
        } catch {
            StandardError.write("frontier: host key \(error)")
            throw ExitCode(66)
        }

        let served = try ServedData(options: data, environment: environment)
        defer { served.remove() }
        let (host, port) = Self.address(listen)!
        var settings = ServerSettings(
            host: host, port: port, hostKey: key, access: access, maxSessions: maxSessions,
            idleTimeout: idleTimeout > 0 ? .milliseconds(Int64(idleTimeout * 1000)) : nil,
            viewer: served.viewerCommand(environment: environment),
            log: ServeLog.write
        )
        settings.connectionsPerAddress = maxPerViewer
        settings.sessionsPerAddress = maxPerViewer
        settings.sessionsPerKey = maxPerViewer
        let server: SSHServer
        do {
            server = try SSHServer(settings)
        } catch {
            StandardError.write("frontier: cannot listen on \(listen): \(error)")
            throw ExitCode(69)
        }
        ServeLog.write(LogLine("listening").with("address", server.listening)
            .with("host_key", keyPath).with("fingerprint", key.fingerprint).with("created", key.created ? "yes" : nil)
            .with("access", open ? "open" : "authorized-keys").with("data", served.origin))
        let status = served.follow(loop: loop)
        server.shutdown()
        if status != 0 { throw ExitCode(status) }
    }
}
