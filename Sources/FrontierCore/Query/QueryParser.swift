import Foundation

/// Reads query text into a `QueryNode` by recursive descent, one character at a time.
///
/// Grammar (`or` binds loosest, then the implicit `and`, then `not`):
///
///     query   = [ or ]
///     or      = and { "or" and }
///     and     = unary { [ "and" ] unary }
///     unary   = ( "not" | "!" | "-" ) unary | primary
///     primary = "(" or ")" | '"' phrase '"' | field op value | word
///
/// Columns in errors are 1-based and count characters, so the filter line can point at them.
///
/// The text is untrusted (a pasted filter, a state file, a `--query` from a script), so the parser
/// is bounded: a query longer than `Query.maximumLength` characters, or nested deeper than
/// `Query.maximumDepth` parentheses and negations, is an error at the place it breaks the limit,
/// never a stack overflow (about 10,000 `(` overflowed the recursion before).
struct QueryParser {
    private let characters: [Character]
    private let benchmarks: [Benchmark]
    private var position = 0
    /// How many `(` and negations enclose the current position.
    private var depth = 0

    init(_ text: String, benchmarks: [Benchmark]) {
        characters = Array(text)
        self.benchmarks = benchmarks
    }

    mutating func parseQuery() throws(QueryError) -> QueryNode? {
        if characters.count > Query.maximumLength {
            throw QueryError("query longer than \(Query.maximumLength) characters", column: Query.maximumLength + 1)
        }
        skipSpace()
        if atEnd { return nil }
        let node = try parseOr(after: nil)
        skipSpace()
        // parseOr stops only at the end or at a ')' it has no '(' for.
        if !atEnd { throw QueryError("unexpected ')'", column: column) }
        return node
    }

    // MARK: - Expressions

    private mutating func parseOr(after opener: String?) throws(QueryError) -> QueryNode {
        var alternatives = [try parseAnd(after: opener)]
        while true {
            skipSpace()
            guard isKeyword("or") else { break }
            position += 2
            alternatives.append(try parseAnd(after: "\"or\""))
        }
        return alternatives.count == 1 ? alternatives[0] : .or(alternatives)
    }

    private mutating func parseAnd(after opener: String?) throws(QueryError) -> QueryNode {
        var terms: [QueryNode] = []
        while true {
            skipSpace()
            if atEnd || current == ")" || isKeyword("or") { break }
            if isKeyword("and") {
                if terms.isEmpty { throw QueryError("expected a term before \"and\"", column: column) }
                position += 3
                skipSpace()
                if atEnd || current == ")" || isKeyword("or") { throw missingTerm(after: "\"and\"") }
                continue
            }
            terms.append(try parseUnary())
        }
        if terms.isEmpty {
            if isKeyword("or") { throw QueryError("expected a term before \"or\"", column: column) }
            throw missingTerm(after: opener)
        }
        return terms.count == 1 ? terms[0] : .and(terms)
    }

    private mutating func parseUnary() throws(QueryError) -> QueryNode {
        let start = position
        let negation: String?
        if isKeyword("not") {
            negation = "\"not\""
            position += 3
        } else if current == "!" {
            negation = "'!'"
            position += 1
        } else if current == "-", let next = peek(1), !next.isWhitespace, next != ")" {
            negation = "'-'"
            position += 1
        } else {
            negation = nil
        }
        guard let negation else { return try parsePrimary() }
        skipSpace()
        if atEnd || current == ")" || isKeyword("or") || isKeyword("and") { throw missingTerm(after: negation) }
        try enterNesting(at: start)
        defer { depth -= 1 }
        return .not(try parseUnary())
    }

    private mutating func parsePrimary() throws(QueryError) -> QueryNode {
        if current == "(" {
            let open = column
            try enterNesting(at: position)
            defer { depth -= 1 }
            position += 1
            let inner = try parseOr(after: "'('")
            skipSpace()
            guard !atEnd, current == ")" else { throw QueryError("missing ')' for the '('", column: open) }
            position += 1
            return inner
        }
        if current == "\"" { return .text(try readQuoted().lowercased()) }
        return try parseWordOrTerm()
    }

    /// Counts one more level of `(` or negation; `index` is where it starts, for the error.
    private mutating func enterNesting(at index: Int) throws(QueryError) {
        depth += 1
        if depth > Query.maximumDepth {
            throw QueryError("nested deeper than \(Query.maximumDepth) levels of '(' and negation", column: index + 1)
        }
    }

    /// An error for a place where a term should start, naming what came before it.
    private func missingTerm(after opener: String?) -> QueryError {
        if !atEnd, current == ")" { return QueryError("unexpected ')'", column: column) }
        return QueryError("expected a term after " + (opener ?? "the start"), column: column)
    }

    // MARK: - Terms

    private mutating func parseWordOrTerm() throws(QueryError) -> QueryNode {
        let start = position
        while !atEnd, Self.isNameCharacter(current) { position += 1 }
        let name = String(characters[start..<position])
        guard !name.isEmpty, let comparison = readComparison() else {
            while !atEnd, !Self.endsWord(current) { position += 1 }
            return .text(String(characters[start..<position]).lowercased())
        }
        guard let field = QueryField.resolve(name, benchmarks: benchmarks) else {
            throw QueryError("unknown field \"\(name)\"", column: start + 1, hint: fieldList())
        }
        let prefix = String(characters[start..<position])
        let comparisonColumn = position - comparison.rawValue.count + 1
        if comparison.isOrdering, [.text, .flag, .costKind, .modality, .listed].contains(field.valueKind) {
            throw QueryError("\(field.name) cannot be compared with '\(comparison.rawValue)'; use \(field.name):VALUE",
                             column: comparisonColumn)
        }
        let valueColumn = column
        let text = !atEnd && current == "\"" ? try readQuoted() : readBareValue()
        let value = try readValue(text, for: field, comparison: comparison, prefix: prefix, column: valueColumn)
        return .term(QueryTerm(field: field, comparison: comparison, value: value))
    }

    private mutating func readComparison() -> QueryComparison? {
        guard !atEnd else { return nil }
        let pair = peek(1).map { String([current, $0]) }
        if let pair, let comparison = QueryComparison(rawValue: pair), comparison.rawValue.count == 2 {
            position += 2
            return comparison
        }
        if current != "!", let comparison = QueryComparison(rawValue: String(current)) {
            position += 1
            return comparison
        }
        return nil
    }

    private func readValue(_ text: String, for field: QueryField, comparison: QueryComparison, prefix: String,
                           column: Int) throws(QueryError) -> QueryTerm.Value {
        func failure(_ expected: String) -> QueryError {
            QueryError("expected \(expected) after \"\(prefix)\"", column: column)
        }
        switch field.valueKind {
        case .text:
            guard !text.isEmpty else { throw failure("a value") }
            return .text(text.lowercased())
        case .flag:
            switch text.lowercased() {
            case "yes", "y", "true", "1": return .flag(true)
            case "no", "n", "false", "0": return .flag(false)
            default: throw failure("yes or no")
            }
        case .costKind:
            switch text.lowercased() {
            case "training", "train": return .costKind(.training)
            case "price", "prices": return .costKind(.price)
            default: throw failure("training or price")
            }
        case .modality:
            let lowered = text.lowercased()
            let name = Self.modalitySynonyms[lowered] ?? lowered
            guard let index = Model.modalities.firstIndex(of: name) else { throw failure(Model.modalities.joined(separator: ", ")) }
            return .modality(index)
        case .listed:
            guard text.lowercased() == "listed" else { throw failure("listed") }
            return .listed
        case .number:
            guard let number = QueryNumber(text) else { throw failure("a number") }
            return .number(number.value, alternative: field == .context ? number.binaryValue : nil)
        case .date:
            let bounds: (first: DayDate?, last: DayDate?)?
            if let range = text.range(of: "..") {
                let low = String(text[..<range.lowerBound])
                let high = String(text[range.upperBound...])
                if comparison.isOrdering {
                    throw failure("a single date (a range needs ':')")
                }
                let first = low.isEmpty ? nil : Self.dayRange(low)
                let last = high.isEmpty ? nil : Self.dayRange(high)
                let valid = (low.isEmpty || first != nil) && (high.isEmpty || last != nil) && !(low.isEmpty && high.isEmpty)
                bounds = valid ? (first?.first, last?.last) : nil
            } else {
                bounds = Self.dayRange(text).map { ($0.first, $0.last) }
            }
            guard let bounds else { throw failure("a date (YYYY, YYYY-MM or YYYY-MM-DD)") }
            return .dates(first: bounds.first, last: bounds.last)
        }
    }

    /// Other words for what a model makes: a chat model makes text.
    static let modalitySynonyms: [String: String] = [
        "chat": "text", "embeddings": "embedding", "reranker": "rerank", "images": "image", "speech": "audio",
    ]

    /// The days a date names: a whole year, a whole month, or one day.
    static func dayRange(_ text: String) -> (first: DayDate, last: DayDate)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              parts.first?.count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              let year = Int(parts[0]) else { return nil }
        switch parts.count {
        case 1:
            guard let first = DayDate(year: year, month: 1, day: 1), let last = DayDate(year: year, month: 12, day: 31) else { return nil }
            return (first, last)
        case 2:
            guard let month = Int(parts[1]), let first = DayDate(year: year, month: month, day: 1),
                  let last = DayDate(year: year, month: month, day: DayDate.daysIn(month: month, year: year)) else { return nil }
            return (first, last)
        case 3:
            guard let day = DayDate(text) else { return nil }
            return (day, day)
        default:
            return nil
        }
    }

    // MARK: - Characters

    private mutating func readQuoted() throws(QueryError) -> String {
        let open = column
        position += 1
        let start = position
        while !atEnd, current != "\"" { position += 1 }
        guard !atEnd else { throw QueryError("unterminated quote", column: open) }
        defer { position += 1 }
        return String(characters[start..<position])
    }

    private mutating func readBareValue() -> String {
        let start = position
        while !atEnd, !current.isWhitespace, current != "(", current != ")" { position += 1 }
        return String(characters[start..<position])
    }

    private func fieldList() -> String {
        "fields: " + QueryField.builtIn.map(\.name).joined(separator: ", ") + ", or a benchmark such as "
            + (benchmarks.prefix(3).map(\.id).joined(separator: ", ").nonEmpty ?? "mmlu")
    }

    /// Whether a keyword starts here as a whole word (`or` but not `order`), in any case.
    private func isKeyword(_ keyword: String) -> Bool {
        let count = keyword.count
        guard position + count <= characters.count else { return false }
        guard String(characters[position..<position + count]).lowercased() == keyword else { return false }
        return position + count == characters.count || Self.endsWord(characters[position + count])
            || characters[position + count] == "("
    }

    private static func isNameCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "." || character == "_" || character == "-"
    }

    private static func endsWord(_ character: Character) -> Bool {
        character.isWhitespace || character == "(" || character == ")" || character == "\""
    }

    private var atEnd: Bool { position >= characters.count }
    private var current: Character { characters[position] }
    private var column: Int { position + 1 }

    private func peek(_ offset: Int) -> Character? {
        position + offset < characters.count ? characters[position + offset] : nil
    }

    private mutating func skipSpace() {
        while !atEnd, current.isWhitespace { position += 1 }
    }
}

private extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
