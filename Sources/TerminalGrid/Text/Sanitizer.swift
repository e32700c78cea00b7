/// Makes text from data safe to put on a terminal.
///
/// A dataset or a feed is untrusted: an escape sequence hidden in a model name could clear the
/// screen, set the window title or write the user's clipboard (OSC 52), and bidi overrides can
/// make text read differently from what it is. Every string that came from data passes through
/// `clean` before it reaches a cell.
public enum Sanitizer {
    /// `text` without control characters, escape sequences or bidi controls.
    ///
    /// Line breaks, tabs, vertical tabs and form feeds become one space each (CR LF counts as one
    /// line break), so words on either side stay apart. Everything else that is removed vanishes,
    /// including the whole payload of an escape sequence; an unterminated string sequence
    /// (OSC, DCS, SOS, PM, APC) swallows the rest of the text, as a terminal would.
    public static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsAttention) else { return text }
        let scalars = Array(text.unicodeScalars)

        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let value = scalar.value
            index += 1
            switch value {
            case 0x1B:
                index = skipEscape(in: scalars, from: index)
            case 0x9B:
                index = skipControlSequence(in: scalars, from: index)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                index = skipControlString(in: scalars, from: index)
            case 0x0D:
                if index < scalars.count, scalars[index].value == 0x0A { index += 1 }
                output.append(" ")
            case 0x09...0x0C, 0x85, 0x2028, 0x2029:
                output.append(" ")
            case 0x00...0x1F, 0x7F...0x9F:
                continue
            default:
                if !isBidiControl(value) { output.append(scalar) }
            }
        }
        return String(output)
    }

    /// `text` with every control character spelled out, for diagnostics and warnings on stderr.
    ///
    /// A message quotes file names, command-line values and keys from price lists; `clean` would
    /// hide what is wrong with them, so here each control becomes visible text instead: C0, DEL
    /// and C1 as `\xHH` (`\x1b[2J`, `\x9b`), bidi controls and the line and paragraph separators
    /// as `\uHHHH`. Line feeds and tabs stay, since messages are laid out with them. Nothing the
    /// terminal would act on is left, and the message still shows exactly what the input held.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { needsAttention($0) && $0 != "\n" && $0 != "\t" }) else { return text }
        var output = ""
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if scalar == "\n" || scalar == "\t" || !needsAttention(scalar) {
                output.unicodeScalars.append(scalar)
            } else {
                let hex = String(value, radix: 16)
                output += value <= 0xFF ? "\\x" + (hex.count < 2 ? "0" : "") + hex
                    : "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            }
        }
        return output
    }

    private static func needsAttention(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
            || isBidiControl(value)
    }

    private static func isBidiControl(_ value: UInt32) -> Bool {
        value == 0x061C || value == 0x200E || value == 0x200F
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// Skips what follows an ESC: a CSI, a control string, or a short ESC sequence.
    private static func skipEscape(in scalars: [Unicode.Scalar], from start: Int) -> Int {
        guard start < scalars.count else { return start }
        switch scalars[start].value {
        case 0x5B: // [
            return skipControlSequence(in: scalars, from: start + 1)
        case 0x5D, 0x50, 0x58, 0x5E, 0x5F: // ] P X ^ _
            return skipControlString(in: scalars, from: start + 1)
        default:
            // ESC, any intermediates (0x20–0x2F) and one final character (0x30–0x7E), as in
            // ESC ( B or ESC c. Anything else after the ESC is left to be read on its own.
            var index = start
            while index < scalars.count, (0x20...0x2F).contains(scalars[index].value) { index += 1 }
            if index < scalars.count, (0x30...0x7E).contains(scalars[index].value) { return index + 1 }
            return index
        }
    }

    /// Skips a CSI body: parameters and intermediates (0x20–0x3F), then one final byte.
    private static func skipControlSequence(in scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count, (0x20...0x3F).contains(scalars[index].value) { index += 1 }
        if index < scalars.count, (0x40...0x7E).contains(scalars[index].value) { return index + 1 }
        return index
    }

    /// Skips a control string up to and including its terminator: BEL, ESC \ or 8-bit ST.
    ///
    /// An ESC followed by anything else ends the string without being consumed, because a
    /// terminal would start a new sequence there; the caller then removes that one too.
    private static func skipControlString(in scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            switch scalars[index].value {
            case 0x07, 0x9C:
                return index + 1
            case 0x1B:
                if index + 1 < scalars.count, scalars[index + 1].value == 0x5C { return index + 2 }
                return index
            default:
                index += 1
            }
        }
        return index
    }
}
