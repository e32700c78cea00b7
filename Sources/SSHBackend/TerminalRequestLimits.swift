/// What a client may ask of a terminal: sizes clamped, names and variables checked, so that a
/// hostile request cannot make the viewer allocate a huge screen or inject into its environment.
enum TerminalRequestLimits {
    static let widths = 2...1000
    static let heights = 2...500

    /// A size from a pty or window-change request; 0 (unknown) becomes 80x24.
    static func clamp(width: Int, height: Int) -> (width: Int, height: Int) {
        (width == 0 ? 80 : min(max(width, widths.lowerBound), widths.upperBound),
         height == 0 ? 24 : min(max(height, heights.lowerBound), heights.upperBound))
    }

    /// A terminfo name such as `xterm-256color`; anything else becomes `xterm`.
    static func term(_ name: String) -> String {
        let allowed = name.utf8.allSatisfy { isNameByte($0) || $0 == UInt8(ascii: "+") }
        return !name.isEmpty && name.utf8.count <= 64 && allowed ? name : "xterm"
    }

    /// The variables a viewer takes from the client, and their values when plain.
    static func environment(name: String, value: String) -> Bool {
        let names = ["LANG", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "NO_COLOR", "COLORTERM"]
        guard names.contains(name) else { return false }
        return value.utf8.count <= 64 && value.utf8.allSatisfy { isNameByte($0) || $0 == UInt8(ascii: "@") }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: ".")
    }
}
