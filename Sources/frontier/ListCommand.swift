import ArgumentParser
import Foundation
import FrontierCore
import TerminalGrid

/// `frontier list models|costs|news`: a pane's rows for scripts and pipes, filtered by the same
/// query language as the dashboard's filter line.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Print the rows of a pane as a table, JSON or CSV, filtered by a query.",
        discussion: """
        Rows and default orders are the panes': models newest first, news newest first, costs as the \
        chart orders them. Queries are described in docs/query.md, e.g. --query 'org:deepseek open:yes' \
        or --query 'date:2025-01-20..2025-01-31 "panic mode"'. An invalid query exits with status 2. \
        A model's current price is its newest price whose date is not in the future (today, UTC) \
        and that has not ended (`until`); the costs table says so on a terminal, and its JSON \
        records carry `currentOn` and, for a price that changed in the last 90 days, `change`.
        """
    )

    enum Pane: String, ExpressibleByArgument, CaseIterable {
        case models, costs, news

        var id: PaneID {
            switch self {
            case .models: return .models
            case .costs: return .costs
            case .news: return .news
            }
        }
    }

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
    }

    @Argument(help: ArgumentHelp("Which pane's rows to print.", valueName: "models|costs|news"))
    var pane: Pane

    @Option(name: [.short, .long], help: ArgumentHelp("Only rows that match this query.", valueName: "query"))
    var query = ""

    @Option(help: ArgumentHelp("Sort models by released, name, org, params, price or a benchmark (mmlu, gpqa-d, …); news by date, source or headline.",
                               valueName: "key"))
    var sort: String?

    @Flag(help: "Reverse the order.")
    var reverse = false

    @Option(help: ArgumentHelp("table (fitted to the terminal width or $COLUMNS), json (complete records) or csv (RFC 4180).",
                               valueName: "table|json|csv"))
    var format: OutputFormat = .table

    @OptionGroup var data: DataOptions

    func run() throws {
        let loaded = try data.load()
        for problem in loaded.feedProblems { StandardError.write(problem.description) }
        let dataset = loaded.dataset
        let parsed: Query
        do {
            parsed = try Query.parse(query, benchmarks: dataset.benchmarks)
        } catch {
            StandardError.write("frontier: invalid query: \(error)")
            throw ExitCode(2)
        }
        let listing: PaneListing
        do {
            listing = try PaneListing(pane: pane.id, dataset: dataset, query: parsed, sortKey: sort, reverse: reverse,
                                      today: DayDate.utcDay(of: Date()))
        } catch {
            throw ValidationError(error.description)
        }
        switch format {
        case .json: write(JSONWriter.write(.array(listing.records)))
        case .csv: write(CSVWriter.document(header: listing.fields, rows: listing.values))
        case .table:
            writeTable(listing)
            if pane == .costs, isatty(STDOUT_FILENO) != 0 {
                StandardError.write("prices current on \(DayDate.utcDay(of: Date())): each model's newest price not in the future and not ended")
            }
        }
    }

    /// Lays the table out with the dashboard's `Table` widget, a page of rows at a time so a
    /// long list never needs one grid for all of it.
    private func writeTable(_ listing: PaneListing) {
        let width = Self.terminalWidth()
        let ascii = !TextEncoding.localeIsUTF8()
        let columns = listing.columns.map { spec in
            Table.Column(spec.title,
                         width: spec.flexible ? .flexible(min: spec.minWidth, weight: 1) : .fixed(spec.minWidth),
                         alignment: spec.alignment == .right ? .right : .left, priority: spec.priority)
        }
        let pageSize = 500
        var start = 0
        repeat {
            let page = listing.cells[start..<min(listing.cells.count, start + pageSize)]
            var grid = Grid(width: width, height: page.count + 1)
            Table(columns: columns, rows: page.map { $0.map { Span($0) } }, glyphs: ascii ? .ascii : .unicode,
                  headerStyle: .plain, selectionStyle: .plain)
                .render(into: &grid, area: grid.bounds)
            if ascii { grid.foldToASCII() }
            var lines = grid.text.split(separator: "\n", omittingEmptySubsequences: false)
            if start > 0 { lines.removeFirst() }
            write(lines.joined(separator: "\n") + "\n")
            start += pageSize
        } while start < listing.cells.count
    }

    private func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// `$COLUMNS` when set, else the width of the terminal on stdout, else 80.
    static func terminalWidth(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        if let columns = environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 { return min(columns, 1000) }
        var size = winsize()
        if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return 80
    }
}
