import CNcurses

extension TerminalSession {
    /// The most keys taken in one batch, so a huge paste cannot starve signals and redraws.
    static let keyBatchLimit = 4096

    /// Reads every key ncurses has (it buffers parts of escape sequences that poll cannot
    /// see), without blocking.
    func readKeys() -> [KeyEvent] {
        guard isActive else { return [] }
        let window = frontier_stdscr()
        var keys: [KeyEvent] = []
        var code: wint_t = 0
        while keys.count < Self.keyBatchLimit {
            let status = wget_wch(window, &code)
            if status == ERR { break }
            let decoded = KeyDecoder.decode(status: status, code: UInt32(code)) {
                var event = MEVENT()
                guard getmouse(&event) == OK else { return nil }
                return KeyDecoder.decodeMouse(x: Int(event.x), y: Int(event.y), buttonState: UInt(event.bstate))
            }
            if let decoded { keys.append(decoded) }
        }
        return keys
    }
}
