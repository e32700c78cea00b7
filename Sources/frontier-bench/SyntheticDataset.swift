import FrontierCore

/// A dataset with many made-up news items around the default models, for measuring speed.
///
/// Deterministic for a seed, so two runs measure the same rows and a generated file can be
/// reproduced. Headlines, summaries, organizations, models, tags, sources and dates vary so
/// words, fields and dates all select some rows and not others.
struct SyntheticDataset {
    var seed: UInt64

    func make(newsCount: Int, base: Dataset) -> Dataset {
        var random = SplitMix64(seed: seed)
        var dataset = base
        let organizations = base.organizations
        let models = base.models
        let first = DayDate(year: 2019, month: 1, day: 1)!.daysSinceEpoch
        let last = DayDate(year: 2025, month: 6, day: 30)!.daysSinceEpoch
        var news: [NewsItem] = []
        news.reserveCapacity(newsCount)
        for number in 0..<newsCount {
            let organization = organizations[random.next(below: organizations.count)]
            let other = organizations[random.next(below: organizations.count)]
            let model = models[random.next(below: models.count)]
            let verb = Self.verbs[random.next(below: Self.verbs.count)]
            let subject = Self.subjects[random.next(below: Self.subjects.count)]
            let day = DayDate(daysSinceEpoch: first + random.next(below: last - first + 1))!
            var tags = [Self.tags[random.next(below: Self.tags.count)]]
            if random.next(below: 3) == 0 { tags.append(Self.tags[random.next(below: Self.tags.count)]) }
            let summary = "\(other.name) \(Self.reactions[random.next(below: Self.reactions.count)]) as \(model.name) "
                + "\(Self.details[random.next(below: Self.details.count)]) (item \(number))."
            news.append(NewsItem(
                id: "g-\(number)", date: day, approximate: random.next(below: 20) == 0,
                headline: "\(organization.name) \(verb) \(subject) for \(model.name)", summary: summary,
                orgs: organization.id == other.id ? [organization.id] : [organization.id, other.id],
                models: [model.id], source: Self.sources[random.next(below: Self.sources.count)],
                tags: Array(Set(tags)).sorted()))
        }
        dataset.title = "Synthetic: \(newsCount) news items"
        dataset.news = GrowingArray(news)
        return dataset
    }

    static let verbs = ["releases", "announces", "cuts prices of", "publishes benchmarks", "opens weights",
                        "delays", "raises funding", "is sued over", "expands access", "benchmarks"]
    static let subjects = ["a new model", "an API tier", "a reasoning mode", "a data centre", "a research paper",
                           "an open licence", "a price war", "a safety report", "panic mode", "an app"]
    static let reactions = ["responds", "cuts prices", "stays quiet", "questions the figures", "files a complaint",
                            "matches the offer", "calls it a wake-up call"]
    static let details = ["tops a leaderboard", "ships to the API", "costs less to train", "draws scrutiny",
                          "gains users", "loses market share"]
    static let tags = ["release", "pricing", "policy", "market", "benchmark", "cost", "open-weights", "controversy",
                       "infrastructure", "funding", "report"]
    static let sources = ["CNBC", "Reuters", "Bloomberg", "The Verge", "TechCrunch", "GitHub", "Hugging Face",
                          "Financial Times", "The Information", "arXiv", "company blog", "Hacker News"]
}
