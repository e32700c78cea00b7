import FrontierCore

/// The character references feeds use: numeric ones, XML's five names, and HTML 4's names.
///
/// XML defines only five names, but feeds copy HTML into titles and descriptions and write
/// `&nbsp;` or `&rsquo;` without the DTD that would declare them. Both the XML reader and the
/// HTML-to-text step decode through this one table, so a name means the same in either place.
enum CharacterEntities {
    /// The text a reference stands for, given what lies between `&` and `;` (`amp`, `#39`,
    /// `#x2019`); nil when the name is unknown or the number is malformed.
    ///
    /// A number that names no character (zero, a surrogate, beyond U+10FFFF) becomes U+FFFD, and
    /// 128...159 are read as Windows-1252 as browsers do, because old feeds write `&#146;`
    /// meaning a right quote.
    static func replacement<Name: Collection>(for name: Name) -> Unicode.Scalar? where Name.Element == UInt8 {
        guard let first = name.first else { return nil }
        if first == UInt8(ascii: "#") {
            return numeric(name.dropFirst())
        }
        guard name.count <= longestName else { return nil }
        return named[String(decoding: name, as: UTF8.self)].flatMap(Unicode.Scalar.init)
    }

    /// `text` with every reference this table knows replaced; unknown ones stay as written.
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&"), let (scalar, end) = reference(in: bytes, at: index) {
                UTF8.encode(scalar) { result.append($0) }
                index = end
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The reference starting at the `&` at `start` and the index just past its `;`.
    static func reference(in bytes: [UInt8], at start: Int, before end: Int? = nil) -> (Unicode.Scalar, Int)? {
        let limit = min(end ?? bytes.count, start + longestReference)
        var index = start + 1
        while index < limit, bytes[index] != UInt8(ascii: ";") {
            index += 1
        }
        guard index < limit, let scalar = replacement(for: bytes[(start + 1)..<index]) else { return nil }
        return (scalar, index + 1)
    }

    private static func numeric<Digits: Collection>(_ digits: Digits) -> Unicode.Scalar? where Digits.Element == UInt8 {
        var rest = Substring(decoding: digits, as: UTF8.self)
        var radix = 10
        if rest.first == "x" || rest.first == "X" {
            radix = 16
            rest = rest.dropFirst()
        }
        guard !rest.isEmpty, rest.count <= 8, let value = UInt32(rest, radix: radix) else { return nil }
        if (0x80...0x9F).contains(value) {
            return Unicode.Scalar(windows1252[Int(value - 0x80)]) ?? replacementCharacter
        }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return replacementCharacter }
        return scalar
    }

    private static let replacementCharacter = Unicode.Scalar(0xFFFD)!
    /// `&` + a name of up to 8 characters or `#x10FFFF` + `;`, with room to spare.
    private static let longestReference = 12
    private static let longestName = 8

    /// What Windows-1252 puts at 0x80...0x9F; zero where it puts nothing.
    private static let windows1252: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// HTML 4's names for U+00A0...U+00FF, in code point order.
    private static let latin1Names = [
        "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf", "laquo",
        "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot",
        "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
        "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil",
        "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml",
        "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times",
        "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN", "szlig",
        "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
        "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml",
        "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml", "divide",
        "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml",
    ]

    /// HTML 4's Greek capitals from U+0391 (U+03A2 is unassigned) and small letters from U+03B1.
    private static let greekCapitals = [
        "Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota", "Kappa", "Lambda", "Mu",
        "Nu", "Xi", "Omicron", "Pi", "Rho", "", "Sigma", "Tau", "Upsilon", "Phi", "Chi", "Psi", "Omega",
    ]
    private static let greekSmall = [
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu",
        "nu", "xi", "omicron", "pi", "rho", "sigmaf", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
    ]

    private static let others: [String: UInt32] = [
        "quot": 0x22, "amp": 0x26, "apos": 0x27, "lt": 0x3C, "gt": 0x3E,
        "OElig": 0x152, "oelig": 0x153, "Scaron": 0x160, "scaron": 0x161, "Yuml": 0x178, "fnof": 0x192,
        "circ": 0x2C6, "tilde": 0x2DC,
        "ensp": 0x2002, "emsp": 0x2003, "thinsp": 0x2009, "zwnj": 0x200C, "zwj": 0x200D, "lrm": 0x200E,
        "rlm": 0x200F, "ndash": 0x2013, "mdash": 0x2014, "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A,
        "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E, "dagger": 0x2020, "Dagger": 0x2021, "bull": 0x2022,
        "hellip": 0x2026, "permil": 0x2030, "prime": 0x2032, "Prime": 0x2033, "lsaquo": 0x2039,
        "rsaquo": 0x203A, "oline": 0x203E, "frasl": 0x2044, "euro": 0x20AC, "trade": 0x2122,
        "larr": 0x2190, "uarr": 0x2191, "rarr": 0x2192, "darr": 0x2193, "harr": 0x2194,
        "minus": 0x2212, "infin": 0x221E, "ne": 0x2260, "le": 0x2264, "ge": 0x2265, "asymp": 0x2248,
        "sum": 0x2211, "radic": 0x221A, "thetasym": 0x3D1, "piv": 0x3D6, "loz": 0x25CA,
    ]

    private static let named: [String: UInt32] = {
        var table = others
        for (offset, name) in latin1Names.enumerated() {
            table[name] = 0xA0 + UInt32(offset)
        }
        for (offset, name) in greekCapitals.enumerated() where !name.isEmpty {
            table[name] = 0x391 + UInt32(offset)
        }
        for (offset, name) in greekSmall.enumerated() {
            table[name] = 0x3B1 + UInt32(offset)
        }
        return table
    }()
}
