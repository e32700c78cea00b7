import FrontierCore

/// The ways listings spell one developer, so that every spelling lands on one organization.
///
/// OpenRouter writes `x-ai`, LiteLLM and models.dev `xai`; Z.ai is `z-ai`, `zai` and `zai-org`.
/// Without this table each spelling became an organization of its own, and a model was
/// repeated under each. The first name of a group is the one a new organization is shown with;
/// every other becomes one of its aliases. Spellings are from the LiteLLM, OpenRouter and
/// models.dev lists in the corpus (`../shared/corpus/listings`).
enum OrganizationSpellings {
    static let groups: [[String]] = [
        ["xAI", "x-ai", "xai"],
        ["Z.ai", "z-ai", "zai", "zai-org", "Zhipu AI"],
        ["MiniMax", "minimax", "minimaxai", "MiniMaxAI"],
        ["Black Forest Labs", "black-forest-labs", "black_forest_labs", "bfl"],
        ["Moonshot AI", "moonshotai", "moonshot", "Moonshot AI (China)", "moonshotai-cn"],
        ["Mistral AI", "mistralai", "mistral", "mistral-ai"],
        ["OpenAI", "openai", "chatgpt", "text-completion-openai"],
        ["Google", "google", "palm", "gemini"],
        ["Meta", "meta-llama", "meta_llama", "meta", "codellama"],
        ["Inception", "inception", "text-completion-inception", "inceptionlabs"],
        ["Cerebras", "cerebras", "cerebras-systems"],
        ["Liquid AI", "liquid", "liquid-ai", "liquidai"],
        ["Inflection AI", "inflection", "inflection-ai"],
        ["Runway", "runway", "runwayml"],
        ["DeepSeek", "deepseek-ai", "deepseek"],
        ["Alibaba", "qwen", "alibaba", "dashscope", "Alibaba (China)", "alibaba-cn"],
        ["Nous Research", "nousresearch", "NousResearch"],
        ["StepFun", "stepfun", "stepfun-ai"],
        ["ByteDance", "bytedance", "bytedance-seed"],
        ["TheDrummer", "thedrummer"],
        ["Arcee AI", "arcee-ai", "arcee_ai"],
        ["IBM", "ibm-granite", "ibm"],
        ["Amazon", "amazon", "amazon-nova"],
        ["Ai2", "allenai"],
        ["AI21 Labs", "ai21", "ai21-labs"],
        ["Reka AI", "rekaai", "reka-ai", "reka"],
        ["Xiaomi", "xiaomi", "XiaomiMiMo"],
        ["Sarvam AI", "sarvam", "sarvamai"],
        ["Prime Intellect", "prime-intellect", "PrimeIntellect"],
        ["Stability AI", "stabilityai", "stability-ai", "stability"],
    ]

    /// Each normalized spelling's group.
    private static let index: [String: [String]] = {
        var index: [String: [String]] = [:]
        for group in groups {
            for name in group { index[NameKey.normalized(name)] = group }
        }
        return index
    }()

    /// The group `name` belongs to, or nil when the table does not know it.
    static func group(of name: String) -> [String]? {
        index[NameKey.normalized(name)]
    }
}
