import FrontierCore

/// A dataset whose text tries everything a terminal could be tricked with.
///
/// Escape sequences (7-bit CSI, OSC with BEL, 8-bit CSI and OSC), C0 and C1 controls, DEL, bidi
/// overrides and isolates, wide CJK, emoji (a ZWJ family too) and combining marks, in the fields
/// the panes, the header and the detail views show.
enum HostileDataset {
    static let payload = "A\u{1B}[2J\u{1B}]0;title\u{07}B\u{9B}31mC\u{01}\u{08}\u{7F}\u{85}\u{9D}8;;evil\u{9C}"
        + "\u{202E}evil\u{202C}\u{2066}iso\u{2069}模型🚀👨‍👩‍👧e\u{0301}\u{0332}\u{1B}P+q\u{1B}\\Z\u{0}\t\r\n"

    static func text(_ label: String) -> String {
        label + " " + payload + " " + label + "模型🚀"
    }

    static let dataset: Dataset = {
        let day = DayDate(year: 2025, month: 1, day: 20)!
        let organizations = [
            Organization(id: "evil-org", name: text("Org")),
            Organization(id: "plain-org", name: "Plain Labs"),
        ]
        let benchmarks = [Benchmark(id: "mmlu", name: text("MMLU"), short: "MMLU")]
        let models = (0..<6).map { index in
            Model(id: "model-\(index)", name: text("Model\(index)"), org: index.isMultiple(of: 2) ? "evil-org" : "plain-org",
                  aliases: [text("alias")], released: DayDate(year: 2025, month: 1, day: 1 + index)!,
                  parameters: Parameters(total: 671e9, active: 37e9), context: 128_000,
                  license: License(name: text("Licence"), openWeights: true),
                  scores: [Score(benchmark: "mmlu", value: 80 + Double(index), setting: text("setting"))],
                  description: text("Description"),
                  notes: [Note(about: text("about"), text: text("note"))])
        }
        let training = [
            TrainingRun(id: "run-0", model: "model-0", label: text("Run"), costUSD: 5.576e6, basis: .reported,
                        method: text("method")),
            TrainingRun(id: "run-1", model: "model-1", costUSD: 78e6, basis: .estimate),
        ]
        let prices = (0..<3).map { index in
            Price(id: "price-\(index)", model: "model-\(index)", provider: text("provider"), input: 0.27 * Double(index + 1),
                  output: 1.1 * Double(index + 1), asOf: day, tier: text("tier"))
        }
        let news = (0..<8).map { index in
            NewsItem(id: "news-\(index)", date: DayDate(year: 2025, month: 1, day: 10 + index)!, headline: text("Headline\(index)"),
                     summary: text("summary"), orgs: ["evil-org", "plain-org"], models: ["model-\(index % 6)"],
                     source: text("Source"), url: "https://example.com/\u{1B}]52;c;ZXZpbA==\u{07}/\(index)", tags: [text("tag")])
        }
        return Dataset(title: text("Title"), organizations: organizations, benchmarks: benchmarks, models: models,
                       training: training, prices: prices, news: GrowingArray(news))
    }()
}
