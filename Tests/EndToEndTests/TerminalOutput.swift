import Foundation

/// Reads the bytes a program wrote to its terminal.
enum TerminalOutput {
    /// The parameters of every SGR sequence (`ESC [ … m`), each split at `;`; a sub-parameter
    /// list such as `38:5:196` is kept whole, as its numbers. `ESC[m` gives `[[0]]`.
    static func sgrParameters(_ bytes: [UInt8]) -> [[[Int]]] {
        var result: [[[Int]]] = []
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == 0x1B, bytes[index + 1] == UInt8(ascii: "[") else {
                index += 1
                continue
            }
            var cursor = index + 2
            let parameterStart = cursor
            while cursor < bytes.count, (0x30...0x3F).contains(bytes[cursor]) { cursor += 1 }
            let parameterEnd = cursor
            while cursor < bytes.count, (0x20...0x2F).contains(bytes[cursor]) { cursor += 1 }
            guard cursor < bytes.count else { break }
            let final = bytes[cursor]
            let parameters = Array(bytes[parameterStart..<parameterEnd])
            let isPrivate = parameters.first.map { (0x3C...0x3F).contains($0) } ?? false
            if final == UInt8(ascii: "m"), parameterEnd == cursor, !isPrivate {
                let text = String(decoding: parameters, as: UTF8.self)
                let groups = text.isEmpty ? [[0]] : text.split(separator: ";", omittingEmptySubsequences: false).map { group in
                    group.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
                }
                result.append(groups)
            }
            index = cursor + 1
        }
        return result
    }

    /// SGR sequences that set a colour: 30–39, 40–49, 90–97, 100–107, and 38/48 (extended).
    static func colorSequences(_ bytes: [UInt8]) -> [[[Int]]] {
        sgrParameters(bytes).filter { sequence in
            sequence.contains { group in
                let code = group.first ?? 0
                return (30...49).contains(code) || (90...97).contains(code) || (100...107).contains(code)
            }
        }
    }

    /// Whether some SGR sequence switches on `attribute` (1 bold, 7 reverse, …), skipping the
    /// arguments of 38/48 so that `38;5;1` does not count as bold.
    static func setsAttribute(_ attribute: Int, in bytes: [UInt8]) -> Bool {
        sgrParameters(bytes).contains { sequence in
            var index = 0
            while index < sequence.count {
                let group = sequence[index]
                let code = group.first ?? 0
                if (code == 38 || code == 48) && group.count == 1 {
                    // `38;5;n` or `38;2;r;g;b`: skip the arguments.
                    let mode = index + 1 < sequence.count ? sequence[index + 1].first ?? 0 : 0
                    index += mode == 5 ? 3 : mode == 2 ? 5 : 1
                    continue
                }
                if code == attribute { return true }
                index += 1
            }
            return false
        }
    }

    static func contains(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        return (0...(haystack.count - needle.count)).contains { start in
            haystack[start..<(start + needle.count)].elementsEqual(needle)
        }
    }

    static func describe(_ sequences: [[[Int]]], limit: Int = 5) -> String {
        sequences.prefix(limit).map { sequence in
            "ESC[" + sequence.map { $0.map(String.init).joined(separator: ":") }.joined(separator: ";") + "m"
        }.joined(separator: " ")
    }
}

/// What the footer's right side says: `[zoomed · ]<Pane> <n>/<count> · <theme>`.
struct FooterPosition: Equatable, CustomStringConvertible {
    var zoomed: Bool
    var pane: String
    var index: Int
    var count: Int
    var theme: String

    var description: String { "\(zoomed ? "zoomed · " : "")\(pane) \(index)/\(count) · \(theme)" }

    /// Parsed from the last non-blank line of a screen.
    init?(screen: String) {
        guard let line = screen.split(separator: "\n").last(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
        else { return nil }
        let pattern = /(zoomed · )?(Models|Costs|News) (\d+)\/(\d+) · (\S+)\s*$/
        guard let match = line.firstMatch(of: pattern) else { return nil }
        zoomed = match.1 != nil
        pane = String(match.2)
        index = Int(match.3)!
        count = Int(match.4)!
        theme = String(match.5)
    }
}
