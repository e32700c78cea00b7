/// Who makes a model family, for keys that name no developer: `azure/gpt-4o` is OpenAI's,
/// `bedrock/us.anthropic.claude-…` Anthropic's, `fireworks_ai/…/llama-v3p1-8b-instruct` Meta's.
///
/// Hosts list other developers' models under their own prefixes, and many keys carry no
/// developer at all; without this table such a key was skipped ("names no developer") and
/// came back on the next import once another list had created the model, so a second pass
/// never settled. A family is the first word of the key's last part, in normalized form; only
/// names that one developer owns are here (`llama` is Meta's, `code` is no one's). The names
/// are from the LiteLLM, models.dev and OpenRouter lists in the corpus.
enum ModelFamilies {
    /// Developer name (as `OrganizationSpellings` spells it) → the first words of its families.
    static let developers: [(developer: String, families: [String])] = [
        ("OpenAI", ["gpt", "chatgpt", "o1", "o3", "o4", "dall", "whisper", "tts", "davinci", "babbage", "codex", "sora"]),
        ("Anthropic", ["claude"]),
        ("Google", ["gemini", "gemma", "codegemma", "palm", "imagen", "veo", "medgemma", "learnlm"]),
        ("Meta", ["llama", "llama2", "llama3", "codellama", "llamaguard"]),
        ("Mistral AI", ["mistral", "mixtral", "codestral", "ministral", "magistral", "devstral", "pixtral", "voxtral", "mathstral"]),
        ("DeepSeek", ["deepseek"]),
        ("Alibaba", ["qwen", "qwen2", "qwen3", "qwq", "qvq"]),
        ("xAI", ["grok"]),
        ("Moonshot AI", ["kimi", "moonshot"]),
        ("Z.ai", ["glm", "chatglm", "codegeex"]),
        ("MiniMax", ["minimax", "abab"]),
        ("Microsoft", ["phi", "phi3", "phi4", "wizardlm"]),
        ("Amazon", ["nova", "titan"]),
        ("Cohere", ["command", "aya", "c4ai"]),
        ("AI21 Labs", ["jamba", "j2"]),
        ("NVIDIA", ["nemotron"]),
        ("IBM", ["granite"]),
        ("Perplexity", ["sonar", "pplx"]),
        ("Baidu", ["ernie"]),
        ("Tencent", ["hunyuan"]),
        ("ByteDance", ["doubao", "seedream", "seedance"]),
        ("01.AI", ["yi"]),
        ("Nous Research", ["hermes", "nous"]),
        ("Black Forest Labs", ["flux"]),
        ("Stability AI", ["stablelm", "stablecode", "sdxl"]),
        ("Reka AI", ["reka"]),
        ("Writer", ["palmyra"]),
        ("Liquid AI", ["lfm"]),
        ("Snowflake", ["arctic"]),
        ("Xiaomi", ["mimo", "xiaomi"]),
        ("Baichuan", ["baichuan"]),
    ]

    private static let index: [String: String] = {
        var index: [String: String] = [:]
        for (developer, families) in developers {
            for family in families { index[family] = developer }
        }
        return index
    }()

    /// The developer of the family `name` starts with (`gpt-4o-mini` → OpenAI), or nil.
    ///
    /// `name` is one model name, without hosts in front; only its first word counts, and a
    /// version glued to it is a word of its own in normalized form (`llama3.1` is `llama 3.1`).
    ///
    /// A fine-tune named after its base (`llama-3.3-nemotron-super`, `mistral-7b-hermes`) is its
    /// maker's: after a base family (`baseFamilies`), a later family word of another developer
    /// names the model's developer.
    static func developer(of name: String) -> String? {
        var words = NameKey.normalized(name).split(separator: " ")
        // `o1` is `o 1` in normalized form: a one-letter family keeps its number.
        if words.count > 1, words[0].count == 1, index[String(words[0] + words[1])] != nil {
            words = [words[0] + words[1]] + words.dropFirst(2)
        }
        guard let first = words.first, let developer = index[String(first)] else { return nil }
        guard baseFamilies.contains(String(first)) else { return developer }
        for word in words.dropFirst() {
            if let other = index[String(word)], other != developer { return other }
        }
        return developer
    }

    /// Open-weight families others build on, whose name leads many fine-tunes.
    private static let baseFamilies: Set<String> = [
        "llama", "llama2", "llama3", "qwen", "qwen2", "qwen3", "mistral", "mixtral", "gemma",
    ]

    /// `key` (normalized) without the words before a family name that say who hosts or made
    /// it: `databricks claude opus 4.6`, `anthropic claude 3.5 haiku`, `moonshot kimi k 2` →
    /// `claude opus 4.6`, `claude 3.5 haiku`, `kimi k 2`. A word is dropped only when it is a
    /// host (`HostNames`), a developer's spelling (`OrganizationSpellings`, this table) or a
    /// family of the same developer, and a known family follows it; `open mistral 7b` and
    /// `mistral large` keep their words.
    static func withoutLeadingOwner(_ key: String) -> String {
        var words = key.split(separator: " ").map(String.init)
        dropping: while words.count > 1 {
            // One word, or two that spell one name (`zai org glm 5.2`).
            for count in 1...min(2, words.count - 1) {
                let rest = words.dropFirst(count).joined(separator: " ")
                guard let restDeveloper = developer(of: rest) else { continue }
                let prefix = words.prefix(count).joined(separator: " ")
                if HostNames.isHost(prefix) || OrganizationSpellings.group(of: prefix) != nil
                    || developerWords.contains(prefix) || developer(of: prefix) == restDeveloper {
                    words.removeFirst(count)
                    continue dropping
                }
            }
            break
        }
        return words.joined(separator: " ")
    }

    /// The developers' names in normalized form, one word each (`anthropic`, `nvidia`).
    private static let developerWords: Set<String> = Set(developers.map { NameKey.normalized($0.developer) }
        .filter { !$0.contains(" ") })
}
