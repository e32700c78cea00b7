/// A number as queries write it: `100b`, `$2.19`, `1e25`, `128k`, `85%`.
///
/// Suffixes are decimal (k = 1,000, m = 10^6, b = 10^9, t = 10^12) because parameter counts,
/// dollars and GPU-hours are; `binaryValue` keeps the 1,024-based reading for context sizes.
struct QueryNumber: Hashable, Sendable {
    var value: Double
    /// The value with `k` read as 1,024 and `m` as 1,048,576; nil without either suffix.
    var binaryValue: Double?

    init?(_ text: String) {
        var body = Substring(text)
        if body.first == "$" { body.removeFirst() }
        if body.last == "%" { body.removeLast() }
        var scale = 1.0
        var binaryScale: Double?
        switch body.last?.lowercased() {
        case "k": scale = 1e3; binaryScale = 1024
        case "m": scale = 1e6; binaryScale = 1_048_576
        case "b": scale = 1e9
        case "t": scale = 1e12
        default: break
        }
        if scale != 1 { body.removeLast() }
        // Double(_:) would also take "inf", "nan" and hex floats, which no one means here.
        guard !body.isEmpty, body.first != "e", body.first != "E",
              body.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
              let number = Double(body), number.isFinite else { return nil }
        value = number * scale
        binaryValue = binaryScale.map { number * $0 }
    }
}
