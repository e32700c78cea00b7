import Foundation
import FrontierCore
import FrontierViews
import TerminalGrid

/// The default dashboard after a live reload: three news items arrived, a model, a training run
/// and a price changed, and three sources report in, seen from `DashboardFixture.now`.
extension DashboardFixture {
    static let arrivedNews = ["live-a", "live-b", "live-c"]

    static func live(width: Int, height: Int, glyphs: Glyphs = .unicode, theme: Theme = ThemeCatalog.defaultTheme) -> DashboardFixture {
        var fixture = DashboardFixture(width: width, height: height, glyphs: glyphs, theme: theme)
        var dataset = DashboardFixture.dataset
        dataset.news += [
            NewsItem(id: "live-a", date: DayDate("2025-04-08")!, headline: "Meta ships a Llama 4 Scout update",
                     orgs: ["meta"], source: "feed"),
            NewsItem(id: "live-b", date: DayDate("2025-04-09")!, headline: "DeepSeek posts new API prices",
                     orgs: ["deepseek"], source: "feed"),
            NewsItem(id: "live-c", date: DayDate("2025-04-10")!, headline: "OpenAI announces a model",
                     orgs: ["openai"], source: "feed"),
        ]
        let maverick = dataset.models.firstIndex { $0.id == "llama-4-maverick" }!
        dataset.models[maverick].description = "Revised card."
        let run = dataset.training.firstIndex { $0.id == "deepseek-v3-final-run" }!
        dataset.training[run].costUSD = 6e6
        let price = dataset.prices.firstIndex { $0.id == "deepseek-chat-2025-02" }!
        dataset.prices[price].output = 1.0
        fixture.send(.datasetReloaded(dataset, at: now.addingTimeInterval(-30)))
        fixture.send(.sourcesUpdated([
            SourceStatus(name: "data.json", state: .loaded(at: now.addingTimeInterval(-2))),
            SourceStatus(name: "feed.jsonl", state: .live),
            SourceStatus(name: "https://data.example.org/frontier/shared/dataset.json",
                         state: .fetched(at: now.addingTimeInterval(-4 * 60 - 10), status: 304)),
        ]))
        return fixture
    }
}
