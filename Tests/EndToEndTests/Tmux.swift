import Foundation
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// A private tmux server with one pane that runs a program the way a user's terminal would.
///
/// Every instance has its own socket (`tmux -L <unique name> -f /dev/null`) and its own
/// temporary directory, so tests can run side by side. The program runs inside a wrapper
/// shell that records the tty modes before it starts, then after it ends prints `EXIT=<status>`
/// and `stty -a` and sleeps, so a test can read the exit status and check the terminal was
/// given back. Use `Tmux.with { tmux in … }`: the server is killed whatever way the body ends.
final class Tmux {
    enum Failure: Error, CustomStringConvertible {
        case command([String], status: Int32, stderr: String)
        case timeout(String, screen: String)
        case notStarted

        var description: String {
            switch self {
            case let .command(arguments, status, stderr):
                return "tmux \(arguments.joined(separator: " ")) failed with status \(status): \(stderr)"
            case let .timeout(what, screen):
                return "timed out waiting for \(what); the screen was:\n\(screen)"
            case .notStarted:
                return "start() was not called"
            }
        }
    }

    /// Terminal modes tmux tracks for the pane (`display-message` formats).
    struct PaneModes: Equatable, CustomStringConvertible {
        var alternateScreen: Bool
        var cursorVisible: Bool
        var mouse: Bool
        var keypad: Bool

        var description: String {
            "alternate screen \(alternateScreen), cursor visible \(cursorVisible), mouse \(mouse), keypad \(keypad)"
        }
    }

    let socket: String
    /// The test's own temporary directory; `home` and the XDG directories are inside it.
    let directory: String
    var home: String { directory + "/home" }
    private let session = "frontier"
    private var target: String { session + ":0.0" }
    private(set) var isRunning = false
    private var serverPID: pid_t?
    private var socketPath: String?
    /// The pane's modes just before the program started.
    private(set) var modesBefore: PaneModes?

    var pidFile: String { directory + "/pid" }
    var exitFile: String { directory + "/exit" }
    var sttyBeforeFile: String { directory + "/stty-before" }
    var sttyAfterFile: String { directory + "/stty-after" }
    var rawOutputFile: String { directory + "/output.raw" }
    private var goFile: String { directory + "/go" }

    static let executable: String = {
        for candidate in ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"]
        where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        return "/usr/bin/tmux"
    }()

    init() throws {
        socket = "frontier-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        directory = try BuiltBinary.temporaryDirectory()
        for sub in ["home", "config", "data", "cache", "state", "runtime", "tmp"] {
            try FileManager.default.createDirectory(atPath: directory + "/" + sub, withIntermediateDirectories: true)
        }
        chmod(directory + "/runtime", 0o700)
    }

    deinit { close() }

    /// Runs `body` with a fresh server and always kills the server afterwards.
    static func with<R>(_ body: (Tmux) async throws -> R) async throws -> R {
        let tmux = try Tmux()
        defer { tmux.close() }
        return try await body(tmux)
    }

    /// Kills the server (and with it the pane's processes), makes sure it is gone, and removes
    /// the socket and the temporary directory. Safe to call twice.
    func close() {
        if isRunning {
            _ = try? run(["kill-server"], allowFailure: true)
            if let serverPID, serverPID > 0 {
                let clock = ContinuousClock()
                let deadline = clock.now + .seconds(1)
                while processIsAlive(serverPID) && clock.now < deadline { usleep(10_000) }
                if processIsAlive(serverPID) { kill(serverPID, SIGKILL) }
            }
            if let socketPath { unlink(socketPath) }
        }
        isRunning = false
        try? FileManager.default.removeItem(atPath: directory)
    }

    // MARK: Starting

    /// The environment the program gets (nothing else leaks in: it runs under `env -i`).
    func baseEnvironment() -> [String: String] {
        [
            "PATH": "/usr/bin:/bin",
            "HOME": home,
            "XDG_CONFIG_HOME": directory + "/config",
            "XDG_DATA_HOME": directory + "/data",
            "XDG_CACHE_HOME": directory + "/cache",
            "XDG_STATE_HOME": directory + "/state",
            "XDG_RUNTIME_DIR": directory + "/runtime",
            "TMPDIR": directory + "/tmp",
            "LANG": "C.UTF-8",
            "TERM": "xterm-256color",
        ]
    }

    /// The dashboard on the frozen story dataset (`Tests/Fixtures/story-2025-04.json`): what the
    /// terminal tests run unless they say otherwise, so their rows and counts stay put when the
    /// embedded dataset is brought up to date.
    static let storyDashboard = ["frontier", "--data", Fixtures.storyPath]

    /// Starts `command` (argv; the built `frontier` when the first element is `frontier`) in a
    /// `width`x`height` pane. `environment` is merged over `baseEnvironment()`; a nil value
    /// removes a variable. With `captureOutput`, every byte the program writes is appended to
    /// `rawOutputFile` (the pipe is attached before the program starts).
    func start(command: [String] = Tmux.storyDashboard, width: Int = 120, height: Int = 40,
               environment: [String: String?] = [:], captureOutput: Bool = false) throws {
        var env = baseEnvironment()
        for (key, value) in environment { env[key] = value }
        var argv = command
        if argv.first == "frontier" { argv[0] = BuiltBinary.path }
        let assignments = env.keys.sorted().map { Tmux.quote("\($0)=\(env[$0]!)") }.joined(separator: " ")
        let exec = "env -i \(assignments) \(argv.map(Tmux.quote).joined(separator: " "))"
        // The inner shell records its pid and becomes the program, so the pid file holds the program's pid.
        let line = "sh -c \(Tmux.quote("echo $$ > \(Tmux.quote(pidFile)); exec \(exec)"))"
        try start(shellLine: line, width: width, height: height, captureOutput: captureOutput)
    }

    /// Starts an arbitrary shell command line in the wrapper (for pipelines).
    func start(shellLine line: String, width: Int = 120, height: Int = 40, captureOutput: Bool = false) throws {
        let script = """
        #!/bin/sh
        # Ctrl-C reaches the whole foreground group: the wrapper must survive it to report.
        trap ':' INT
        cd \(Tmux.quote(directory))
        while [ ! -e \(Tmux.quote(goFile)) ]; do [ -d \(Tmux.quote(directory)) ] || exit 1; sleep 0.02; done
        stty -a > \(Tmux.quote(sttyBeforeFile)) 2>&1
        \(line)
        status=$?
        stty -a > \(Tmux.quote(sttyAfterFile)) 2>&1
        printf 'EXIT=%s\\n' "$status"
        cat \(Tmux.quote(sttyAfterFile))
        printf '%s\\n' "$status" > \(Tmux.quote(exitFile)).tmp
        mv \(Tmux.quote(exitFile)).tmp \(Tmux.quote(exitFile))
        exec sleep 600

        """
        let scriptPath = directory + "/run.sh"
        try script.write(toFile: scriptPath, atomically: true, encoding: .utf8)
        try run(["new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", "sh " + Tmux.quote(scriptPath)])
        isRunning = true
        let server = try run(["display-message", "-p", "-t", target, "#{pid} #{socket_path}"])
            .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ", maxSplits: 1)
        serverPID = server.first.flatMap { pid_t($0) }
        socketPath = server.count > 1 ? String(server[1]) : nil
        if captureOutput {
            try run(["pipe-pane", "-o", "-t", target, "cat >> " + Tmux.quote(rawOutputFile)])
        }
        modesBefore = try paneModes()
        _ = FileManager.default.createFile(atPath: goFile, contents: Data())
    }

    // MARK: Driving

    /// Sends tmux key names (`Tab`, `BTab`, `Enter`, `Escape`, `C-d`, `NPage`, `j`, …), one key each.
    func send(keys: String...) throws {
        try send(keys: keys)
    }

    func send(keys: [String]) throws {
        for key in keys {
            try run(["send-keys", "-t", target, key])
        }
    }

    /// Sends raw bytes to the program, exactly as given (e.g. a mouse report).
    func send(bytes: [UInt8]) throws {
        try run(["send-keys", "-t", target, "-H"] + bytes.map { String(format: "%02x", $0) })
    }

    /// The visible screen as text, one line per row (trailing blanks trimmed by tmux). With
    /// `joinWrapped`, a line the terminal wrapped comes back as one line.
    func screen(joinWrapped: Bool = false) throws -> String {
        try run(["capture-pane", "-p", "-t", target] + (joinWrapped ? ["-J"] : []))
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", session + ":0", "-x", "\(width)", "-y", "\(height)"])
    }

    func paneSize() throws -> (width: Int, height: Int) {
        let parts = try run(["display-message", "-p", "-t", target, "#{pane_width} #{pane_height}"])
            .split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        return (parts[0], parts[1])
    }

    func paneModes() throws -> PaneModes {
        let format = "#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{keypad_flag}"
        let flags = try run(["display-message", "-p", "-t", target, format])
            .split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) == "1" }
        return PaneModes(alternateScreen: flags[0], cursorVisible: flags[1], mouse: flags[2], keypad: flags[3])
    }

    /// Closes the pane: to the program, its terminal goes away.
    func killPane() throws {
        try run(["kill-pane", "-t", target])
    }

    // MARK: Waiting

    /// Polls the screen every 50 ms until it contains `text`; returns that screen.
    @discardableResult
    func waitFor(text: String, timeout: Duration = .seconds(5)) async throws -> String {
        try await waitFor("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// Polls the screen until `text` is gone from it.
    @discardableResult
    func waitUntilGone(text: String, timeout: Duration = .seconds(5)) async throws -> String {
        try await waitFor("\"\(text)\" to go away", timeout: timeout) { !$0.contains(text) }
    }

    @discardableResult
    func waitFor(_ what: String, timeout: Duration = .seconds(5), until condition: (String) -> Bool) async throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var last = ""
        while true {
            last = try screen()
            if condition(last) { return last }
            if clock.now >= deadline { throw Failure.timeout(what, screen: last) }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Polls until `condition` holds, without looking at the screen; false on timeout.
    static func poll(timeout: Duration, every interval: Duration = .milliseconds(20),
                     _ condition: () throws -> Bool) async throws -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while true {
            if try condition() { return true }
            if clock.now >= deadline { return false }
            try await Task.sleep(for: interval)
        }
    }

    /// The program's pid, once the wrapper has written it.
    func programPID(timeout: Duration = .seconds(5)) async throws -> pid_t {
        var pid: pid_t?
        let found = try await Tmux.poll(timeout: timeout) {
            let text = (try? String(contentsOfFile: pidFile, encoding: .utf8)) ?? ""
            pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
            return pid != nil
        }
        guard found, let pid else { throw Failure.timeout("the pid file", screen: (try? screen()) ?? "") }
        return pid
    }

    /// The program's exit status as the wrapper shell saw it; nil if it did not end in time.
    func waitForExit(timeout: Duration = .seconds(5)) async throws -> Int32? {
        var status: Int32?
        _ = try await Tmux.poll(timeout: timeout) {
            guard let text = try? String(contentsOfFile: exitFile, encoding: .utf8) else { return false }
            status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
            return status != nil
        }
        return status
    }

    /// Every byte the program wrote so far (with `captureOutput`).
    func rawOutput() -> [UInt8] {
        (FileManager.default.contents(atPath: rawOutputFile)).map { [UInt8]($0) } ?? []
    }

    /// Waits until the captured output has grown past `count` bytes and then stayed the same
    /// for `quiet`; returns the bytes written after the first `count`.
    func outputAfter(_ count: Int, timeout: Duration = .seconds(5), quiet: Duration = .milliseconds(200)) async throws -> [UInt8] {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var size = count
        var changed = clock.now
        while clock.now < deadline {
            let now = rawOutput().count
            if now != size {
                size = now
                changed = clock.now
            } else if size > count, clock.now - changed >= quiet {
                break
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        return Array(rawOutput().dropFirst(count))
    }

    /// The `stty -a` lines from before and after the program, without the first line
    /// (speed and size, which a resize legitimately changes).
    func ttyModes() -> (before: String, after: String) {
        func modes(_ path: String) -> String {
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            return text.split(separator: "\n").dropFirst().joined(separator: "\n")
        }
        return (modes(sttyBeforeFile), modes(sttyAfterFile))
    }

    // MARK: Plumbing

    /// Runs one tmux client command and returns its stdout.
    ///
    /// Not through `Process`: the first command forks the server, which would inherit the
    /// descriptor Foundation watches to learn that the client ended, so `waitUntilExit` would
    /// wait for the server. The client gets only stdin, stdout and stderr, all files.
    @discardableResult
    func run(_ arguments: [String], allowFailure: Bool = false) throws -> String {
        let argv = [Tmux.executable, "-L", socket, "-f", "/dev/null"] + arguments
        // The server keeps the environment of the first client: a clean one, outside any tmux.
        let environment = ["PATH=/usr/bin:/bin", "HOME=\(home)", "LANG=C.UTF-8", "TERM=xterm-256color"]
        let outPath = directory + "/tmux.out"
        let errPath = directory + "/tmux.err"
        let status = try Spawn.run(argv, environment: environment, stdout: outPath, stderr: errPath)
        let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        if status != 0 && !allowFailure {
            let error = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
            throw Failure.command(arguments, status: status, stderr: error)
        }
        return output
    }

    /// Single-quotes a word for sh.
    static func quote(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// Whether a process exists and is not a zombie.
func processIsAlive(_ pid: pid_t) -> Bool {
    guard kill(pid, 0) == 0 else { return false }
    let state = processState(pid)
    return state != "Z" && state != "X"
}

/// The state letter of /proc/PID/stat (R, S, T, Z, …); nil if there is no such process.
func processState(_ pid: pid_t) -> Character? {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return nil }
    // The state follows the parenthesised command name: "1234 (frontier) S ...".
    guard let close = stat.lastIndex(of: ")") else { return nil }
    return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first
}

/// `posix_spawn` and `waitpid`, with every descriptor but 0, 1 and 2 closed in the child and
/// the signal mask and dispositions reset.
enum Spawn {
    struct Failure: Error, CustomStringConvertible {
        var call: String
        var code: Int32
        var description: String { "\(call) failed: \(String(cString: strerror(code)))" }
    }

    /// Runs `argv` to completion with stdin from /dev/null and stdout/stderr truncated into
    /// the given files (created if needed); returns the exit status (128+n if killed by signal n).
    static func run(_ argv: [String], environment: [String], stdout: String, stderr: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        // glibc ignores EBADF from a close action, so closing descriptors that are not open is fine.
        for fd in 3..<highestOpenDescriptor() + 64 {
            posix_spawn_file_actions_addclose(&actions, fd)
        }
        // The calling thread is a Dispatch worker, which blocks most signals; posix_spawn would
        // pass that mask on to tmux, its server and the program under test (which then could not
        // be stopped with SIGTERM or SIGHUP). Start the child with no signal blocked, all default.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var cArguments = argv.map { strdup($0) } + [nil]
        var cEnvironment = environment.map { strdup($0) } + [nil]
        defer {
            for pointer in cArguments { free(pointer) }
            for pointer in cEnvironment { free(pointer) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, &cArguments, &cEnvironment)
        guard spawned == 0 else { throw Failure(call: "posix_spawn \(argv[0])", code: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw Failure(call: "waitpid", code: errno) }
        }
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    static func highestOpenDescriptor() -> Int32 {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return max(1024, entries.compactMap { Int32($0) }.max() ?? 0)
    }
}
