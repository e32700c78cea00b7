import FrontierCore

/// The forms of a model or organization name that identity matching compares.
///
/// Sources spell one name many ways (`DeepSeek-V3`, `deepseek_v3`, `DeepSeek V3`), so names are
/// compared after unifying case and separators. Nothing fuzzier is done: edit distance would merge
/// `o1` and `o3`. The variant suffixes (`-instruct`, `-latest`, a date stamp) are not dropped for
/// matching; they are only used to notice that a name is close to a model without being it.
enum NameKey {
    /// Lowercase, with spaces, `_`, `-`, `/`, `:`, `,`, `@`, brackets and `.` between letters turned into
    /// single spaces, and a space where digits follow a letter: `Llama-3.1-405B_Instruct` →
    /// `llama 3.1 405b instruct`, `llama3.1-405b` → `llama 3.1 405b`, `gpt4o` → `gpt 4o`.
    ///
    /// A dot between digits stays, since `3.1` and `31` are different versions.
    static func normalized(_ text: String) -> String {
        let characters = Array(text.lowercased())
        var output = ""
        var pendingSpace = false
        for (index, character) in characters.enumerated() {
            let separates: Bool
            switch character {
            case " ", "\t", "\n", "_", "-", "/", ":", ",", "(", ")", "[", "]", "@":
                separates = true
            case ".":
                let before = index > 0 ? characters[index - 1] : " "
                let after = index + 1 < characters.count ? characters[index + 1] : " "
                separates = !(before.isNumber && after.isNumber)
            default:
                separates = false
            }
            if separates {
                pendingSpace = !output.isEmpty
                continue
            }
            // `llama3.1` is `llama 3.1`: a version glued to a word starts a word of its own.
            if !pendingSpace, character.isNumber, let last = output.last, last.isLetter { pendingSpace = true }
            if pendingSpace { output.append(" ") }
            pendingSpace = false
            output.append(character)
        }
        return output
    }

    /// `key` without its trailing variant suffixes (`instruct`, `chat`, `latest`, `preview`, a date
    /// stamp, a version number such as `002`), repeatedly; never empty.
    ///
    /// Two names equal after this are the same family but perhaps not the same model
    /// (`qwen2.5 72b` and `qwen2.5 72b instruct`), which makes a match ambiguous.
    static func withoutVariantSuffix(_ key: String) -> String {
        var tokens = key.split(separator: " ").map(String.init)
        while tokens.count > 1 {
            if tokens.count > 3, isDateStamp(tokens.suffix(3)) {
                tokens.removeLast(3)
            } else if variantWords.contains(tokens[tokens.count - 1]) || isVersionNumber(tokens[tokens.count - 1]) {
                tokens.removeLast()
            } else {
                break
            }
        }
        return tokens.joined(separator: " ")
    }

    /// `key` without its trailing snapshot marks, repeatedly; never empty.
    ///
    /// A snapshot mark names a dated build or a pointer to one: a date stamp (`2024 08 06`), a
    /// snapshot number (`0324`, `20240620`, `002`), `latest`, `free`, `beta`, and Bedrock's
    /// `v 1 0`. Names equal after this are versions of one model (`gpt-4o-2024-05-13` is a GPT-4o),
    /// unlike the variants `withoutVariantSuffix` also drops (`-instruct` is another model).
    static func withoutSnapshotSuffix(_ key: String) -> String {
        var tokens = key.split(separator: " ").map(String.init)
        var onlyDates = true
        while tokens.count > 1 {
            let last = tokens[tokens.count - 1]
            if tokens.count > 3, isDateStamp(tokens.suffix(3)) {
                tokens.removeLast(3)
            } else if snapshotWords.contains(last) || isVersionNumber(last) {
                tokens.removeLast()
                onlyDates = false
            } else if tokens.count > 3, last == "0", tokens[tokens.count - 2].allSatisfy(\.isASCIIDigit),
                      tokens[tokens.count - 3] == "v" {
                // Bedrock's `-v1:0`; a revision is always `0`, so `deepseek-v3-2` keeps its version.
                tokens.removeLast(3)
                onlyDates = false
            } else {
                break
            }
        }
        // `m 1234` is a name, not the snapshot 1234 of a model `m`; a whole date is always a
        // snapshot (`o3-2025-04-16` is o3).
        let rest = tokens.joined(separator: " ")
        return onlyDates || rest.filter(\.isLetter).count >= 2 ? rest : key
    }

    /// The one form under which every spelling of a model's key is the same, for models that
    /// only imports know: `normalized`, then without snapshot marks and without the marks of how a
    /// host serves the model, repeatedly (a quantization `fp8`, `bf16`, `int4`, `awq`; Vertex's
    /// `maas` and `@default`; Bedrock's `-v1`), with Fireworks' `5p1` read as `5.1`, a `v` before a
    /// version dropped (`deepseek-v3.1` = `deepseek 3.1`), and two short numbers in a row read as
    /// one version (`claude-opus-4-6` = `claude opus 4.6`).
    ///
    /// Two keys are one model exactly when their forms are equal, whatever else was imported:
    /// that makes the models imports create the same in any order of lists.
    static func canonical(_ text: String) -> String {
        var tokens = glueQuantization(normalized(text).split(separator: " ").map(String.init))
        while tokens.count > 1 {
            let before = tokens.count
            tokens = withoutSnapshotSuffix(tokens.joined(separator: " ")).split(separator: " ").map(String.init)
            while tokens.count > 1, servingMarks.contains(tokens[tokens.count - 1]) { tokens.removeLast() }
            if tokens.count > 2, tokens[tokens.count - 2] == "v", tokens[tokens.count - 1] == "1" { tokens.removeLast(2) }
            if tokens.count == before { break }
        }
        var result: [String] = []
        for token in tokens {
            // Fireworks' `glm-5p1`, `kimi-k2p6`: a point written as `p` between digits, which
            // `normalized` leaves as `5p 1`.
            if let last = result.last, last.count > 1, last.hasSuffix("p"), last.dropLast().allSatisfy(\.isASCIIDigit),
               !token.isEmpty, token.allSatisfy(\.isASCIIDigit) {
                result[result.count - 1] = last.dropLast() + "." + token
                continue
            }
            if let last = result.last, last == "v", token.first?.isASCIIDigit == true {
                result.removeLast()
            }
            if let last = result.last, isShortNumber(last), isShortNumber(token) {
                result[result.count - 1] = last + "." + token
                continue
            }
            result.append(token)
        }
        let form = result.joined(separator: " ")
        return form.isEmpty ? normalized(text) : form
    }

    /// `fp 8` → `fp8`: `normalized` splits a quantization's digits from its letters.
    private static func glueQuantization(_ tokens: [String]) -> [String] {
        var result: [String] = []
        for token in tokens {
            if let last = result.last, ["fp", "bf", "int", "q", "nvfp", "mxfp"].contains(last), token.allSatisfy(\.isASCIIDigit) {
                result[result.count - 1] = last + token
            } else {
                result.append(token)
            }
        }
        return result
    }

    /// Marks of how a host serves a model, not of which model it is.
    private static let servingMarks: Set<String> = [
        "fp4", "fp8", "fp16", "bf16", "int4", "int8", "q4", "q8", "nvfp4", "mxfp4", "awq", "gptq", "dynamic", "maas",
        "default",
    ]

    /// `4`, `12`: a number too short to be a snapshot or a size.
    private static func isShortNumber(_ token: String) -> Bool {
        (1...2).contains(token.count) && token.allSatisfy(\.isASCIIDigit)
    }

    /// True when `key` ends in a snapshot mark (see `withoutSnapshotSuffix`).
    static func hasSnapshotSuffix(_ key: String) -> Bool {
        withoutSnapshotSuffix(key) != key
    }

    /// Variant words that only point at a build of the same model.
    private static let snapshotWords: Set<String> = ["latest", "free", "beta"]

    /// Words that name a variant or release channel of a model rather than a different model.
    private static let variantWords: Set<String> = [
        "instruct", "chat", "latest", "preview", "exp", "experimental", "new", "base", "it", "hf",
        "free", "beta", "online",
    ]

    /// `2024 08 06`: a year, a month and a day as separate tokens.
    private static func isDateStamp(_ tokens: ArraySlice<String>) -> Bool {
        let parts = Array(tokens)
        return parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
            && parts.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
            && (parts[0].hasPrefix("19") || parts[0].hasPrefix("20"))
    }

    /// `002`, `0324`, `2407`, `20240620`: a snapshot number, not a size (sizes carry a unit, `70b`).
    private static func isVersionNumber(_ token: String) -> Bool {
        (3...8).contains(token.count) && token.allSatisfy(\.isASCIIDigit)
    }
}

extension Character {
    /// `0`...`9`, and no other script's digits.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
