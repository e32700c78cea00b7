/// Text whose every scalar is a grapheme cluster of its own with a fixed width, as nearly all
/// text on a screen is (ASCII, Latin, Greek, Cyrillic, punctuation, arrows, box drawing,
/// blocks), so it can be measured and cut scalar by scalar, without grapheme breaking or a
/// Unicode property lookup per character.
///
/// A scalar qualifies when it is below U+3000, takes one or two columns, and never joins the
/// scalar before or after it: no marks (spacing or not), joiners, variation selectors, format
/// or control characters, Hangul jamo, or the few letters that prepend or extend a cluster.
/// Text holding any other scalar is measured grapheme by grapheme, as before.
enum SimpleText {
    /// The width of each scalar below U+3000 when it qualifies, else 0.
    static let widths: [UInt8] = (0..<UInt32(0x3000)).map { value in
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        if value >= 0x20 && value < 0x7F { return 1 }
        if value < 0xA0 || (0x1100...0x11FF).contains(value) { return 0 }
        // Letters that join a cluster though they are not marks: the Malayalam dot reph
        // prepends, Thai and Lao AM extend.
        if value == 0x0D4E || value == 0x0E33 || value == 0x0EB3 { return 0 }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .spacingMark, .nonspacingMark, .enclosingMark, .format, .control, .lineSeparator, .paragraphSeparator,
             .surrogate, .privateUse, .unassigned:
            return 0
        default:
            break
        }
        if properties.isDefaultIgnorableCodePoint || properties.isGraphemeExtend { return 0 }
        return UInt8(DisplayWidth.width(of: scalar))
    }

    /// The columns `text` takes, or nil when a scalar does not qualify.
    static func width(of text: String) -> Int? {
        var total = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value >= 0x20 && value < 0x7F {
                total += 1
                continue
            }
            guard value < 0x3000 else { return nil }
            let width = widths[Int(value)]
            guard width > 0 else { return nil }
            total += Int(width)
        }
        return total
    }

    /// The width of one scalar of qualifying text.
    static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        return value >= 0x20 && value < 0x7F ? 1 : Int(widths[Int(value)])
    }
}
