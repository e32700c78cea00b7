/// How much frontier reads from one source before it stops and says so.
///
/// Data comes from files and servers nobody here controls; without a ceiling, `/dev/zero` or a
/// runaway upstream list would be read until memory ran out. The defaults sit far above real
/// data (the largest datasets we expect are a few hundred megabytes of news) and far below what
/// would take a machine down. `--max-input-size` (or `FRONTIER_MAX_INPUT_SIZE`) raises or lowers
/// the file and HTTP body ceilings together.
public struct InputLimits: Hashable, Sendable {
    /// The most bytes read from one file (dataset, import source, stdin, theme, state, ingest config).
    public var fileBytes: Int
    /// The most bytes taken from one HTTP body; a `Content-Length` above it fails before the body is read.
    public var httpBodyBytes: Int
    /// The most bytes in one JSON Lines feed line; a longer line is reported as a bad line and skipped.
    public var feedLineBytes: Int

    public init(fileBytes: Int, httpBodyBytes: Int, feedLineBytes: Int) {
        self.fileBytes = fileBytes
        self.httpBodyBytes = httpBodyBytes
        self.feedLineBytes = feedLineBytes
    }

    /// 1 GiB per file holds a million-item news dataset with room to spare; 256 MiB per HTTP
    /// body is ten times today's largest public listing yet bounds what a hostile server can
    /// make us hold; 16 MiB per feed line is far beyond any one record.
    public static let standard = InputLimits(fileBytes: 1 << 30, httpBodyBytes: 256 << 20, feedLineBytes: 16 << 20)

    /// The standard limits with files and HTTP bodies both set to `maxInputSize` when given.
    public static func with(maxInputSize: Int?) -> InputLimits {
        var limits = standard
        if let maxInputSize {
            limits.fileBytes = maxInputSize
            limits.httpBodyBytes = maxInputSize
        }
        return limits
    }

    /// Reads a size such as `512M`, `2G`, `64K` or `1000000` (binary units; a trailing `B` or
    /// `iB` is allowed); nil for anything else, including zero.
    public static func parseSize(_ text: String) -> Int? {
        var digits = Substring(text.uppercased())
        for suffix in ["IB", "B"] where digits.hasSuffix(suffix) {
            digits = digits.dropLast(suffix.count)
            break
        }
        var shift = 0
        if let unit = digits.last, let position = "KMGT".firstIndex(of: unit) {
            shift = 10 * ("KMGT".distance(from: "KMGT".startIndex, to: position) + 1)
            digits = digits.dropLast()
        }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let value = Int(digits), value > 0,
              value <= Int.max >> shift else { return nil }
        return value << shift
    }

    /// A byte count as the flag would take it: `1G`, `256M`, `1500` (exact units only).
    public static func shown(_ bytes: Int) -> String {
        for (shift, unit) in [(40, "T"), (30, "G"), (20, "M"), (10, "K")] where bytes >= 1 << shift && bytes % (1 << shift) == 0 {
            return "\(bytes >> shift)\(unit)"
        }
        return "\(bytes) bytes"
    }
}
