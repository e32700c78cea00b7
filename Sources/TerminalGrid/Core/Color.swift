/// A colour as the views ask for it; the backend maps it to what the terminal can show.
///
/// Views speak in true colour (themes are hex) and never in palette indices, so the same frame
/// renders on a 256-colour, 16-colour or colourless terminal without the views knowing which.
public enum Color: Hashable, Sendable {
    /// The terminal's own default foreground or background.
    case `default`
    case rgb(UInt8, UInt8, UInt8)

    /// Parses `#rrggbb` or `#rgb` (the leading `#` is optional); nil when malformed.
    public init?(hex: String) {
        var digits = Substring(hex)
        if digits.hasPrefix("#") { digits = digits.dropFirst() }
        guard digits.count == 6 || digits.count == 3,
              digits.allSatisfy(\.isHexDigit) else { return nil }
        let expanded = digits.count == 3 ? String(digits.flatMap { [$0, $0] }) : String(digits)
        guard let value = UInt32(expanded, radix: 16) else { return nil }
        self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    }

    /// `#rrggbb`, or `default`.
    public var hexString: String {
        switch self {
        case .default: return "default"
        case let .rgb(r, g, b):
            let digits = [r, g, b].map { byte -> String in
                let s = String(byte, radix: 16)
                return s.count == 1 ? "0" + s : s
            }
            return "#" + digits.joined()
        }
    }
}
