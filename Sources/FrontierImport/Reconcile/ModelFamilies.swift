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
    static func developer(of name: String) -> String? {
        guard let first = NameKey.normalized(name).split(separator: " ").first else { return nil }
        return index[String(first)]
    }
}
