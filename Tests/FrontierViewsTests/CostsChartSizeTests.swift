import FrontierCore
@testable import FrontierViews
import TerminalGrid
import Testing

/// Issue 13, "charts at any size": both cost charts show bars at every terminal size from 80x24
/// up, whether they have 3 rows or thousands, and a chart's count never reads `1–0/166`.
@Suite struct CostsChartSizeTests {
    /// The default dataset plus `count` models, each with a training run and a price.
    private static func dataset(adding count: Int) -> Dataset {
        var dataset = DashboardFixture.dataset
        let organization = dataset.organizations[0].id
        let day = DayDate("2026-01-01")!
        for index in 0..<count {
            let id = "bulk-\(index)"
            dataset.models.append(Model(id: id, name: "Bulk \(index)", org: organization, released: day))
            dataset.training.append(TrainingRun(id: "train-\(id)", model: id, costUSD: Double(1_000 + index * 997),
                                                basis: .estimate))
            dataset.prices.append(Price(id: "price-\(id)", model: id, input: 0.1 + Double(index % 50),
                                        output: 0.4 + Double(index % 70), asOf: day))
        }
        return dataset
    }

    private static let small = dataset(adding: 3)
    private static let large = dataset(adding: 2_000)

    @Test(arguments: [(80, 24), (120, 40), (200, 60)], [3, 2_000])
    func bothChartsShowBarsAtEverySize(size: (Int, Int), added: Int) throws {
        var fixture = DashboardFixture(width: size.0, height: size.1, dataset: added == 3 ? Self.small : Self.large)
        fixture.press(focusing: .costs)
        let pane = try #require(fixture.layout.panes[.costs])
        let sections = CostsPaneView.sections(inner: DashboardLayout.inner(pane), state: fixture.state)
        try #require(sections.count == 2)
        for section in sections {
            #expect(section.ids.count > added, "every added row is charted")
            #expect(section.rows.height >= 1 && !section.visible.isEmpty,
                    "\(size.0)x\(size.1): a chart of \(section.ids.count) rows shows none")
            #expect(section.visible.count == min(section.ids.count, section.rows.height))
        }
        let text = fixture.render().text(in: pane).joined(separator: "\n")
        #expect(!text.contains("1–0/"), "\(text)")
        #expect(text.contains("Training cost") && text.contains("API price"), "\(text)")
    }

    /// Moving down a chart longer than its rows scrolls it, as tables do.
    @Test func aLongChartScrollsWithTheSelection() throws {
        var fixture = DashboardFixture(width: 120, height: 40, dataset: Self.large)
        fixture.press(focusing: .costs)
        let pane = try #require(fixture.layout.panes[.costs])
        let before = CostsPaneView.sections(inner: DashboardLayout.inner(pane), state: fixture.state)[0]
        fixture.press(Array(repeating: "j", count: before.rows.height + 3))
        let after = CostsPaneView.sections(inner: DashboardLayout.inner(pane), state: fixture.state)[0]
        #expect(after.visible.lowerBound > 0)
        #expect(after.selected.map { after.visible.contains($0) } == true)
    }
}

/// The price chart says which day its prices are current on, when the dashboard knows the day.
@Suite struct PriceChartDayTests {
    @Test func theTitleNamesTheDayPricesAreCurrentOn() {
        var fixture = DashboardFixture(width: 160, height: 40)
        #expect(!fixture.render().text.contains("current on"), "a state without a day names none")
        fixture.state = AppState(dataset: DashboardFixture.dataset, width: 160, height: 40, today: DayDate("2026-12-05")!)
        fixture.measureViewports()
        #expect(fixture.render().text.contains("(log) · current on 12-05"))
    }
}
