import Foundation
import FrontierCore

/// Reads Epoch AI's notable-models CSV into listings with training figures.
///
/// Columns are found by their header names, compared without case and surrounding spaces,
/// because exports reorder and add columns: `Model` (or `System`), `Organization`, `Publication
/// date`, `Parameters`, `Training compute (FLOP)`, any column starting `Training compute cost`
/// (its name becomes the cost basis, e.g. `Epoch AI estimate, 2023 USD`), `Training hardware`,
/// `Training time (hours)`, `Hardware quantity` and `Link`; the rest are ignored. Numbers may be
/// scientific (`3.8e+25`) or grouped (`1,750,000,000`). Dates may give only the month or year;
/// the first day stands in and the note says so. A cell naming several organizations
/// (`Google DeepMind,Google`) keeps the first and notes the others. Rows without a model name and
/// cells that are not numbers or dates are left out with a warning on their line.
public enum EpochImporter {
    private enum Column: CaseIterable {
        case name, organization, date, parameters, flop, cost, hardware, hours, quantity, link

        /// Whether a header cell, already trimmed and lowercased, names this column.
        func matches(_ header: String) -> Bool {
            switch self {
            case .name: return header == "model" || header == "system"
            case .organization: return header == "organization"
            case .date: return header == "publication date"
            case .parameters: return header == "parameters"
            case .flop: return header == "training compute (flop)"
            case .cost: return header.hasPrefix("training compute cost")
            case .hardware: return header == "training hardware"
            case .hours: return header == "training time (hours)"
            case .quantity: return header == "hardware quantity"
            case .link: return header == "link"
            }
        }
    }

    /// The header row: where each known column is, and the names as the file spells them.
    private struct Header {
        var indices: [Column: Int] = [:]
        var names: [Column: String] = [:]
    }

    public static func parse(_ bytes: [UInt8], context: ImportContext) throws(ImportError) -> ImportBatch {
        let records: [CSVReader.Record]
        do {
            records = try CSVReader.records(bytes)
        } catch {
            throw ImportError(place: "\(context.location):\(error.line)", message: error.message)
        }
        guard let headerRecord = records.first else {
            throw ImportError(place: context.location, message: "no header row (the file is empty)")
        }
        let header = readHeader(headerRecord)
        guard header.indices[.name] != nil else {
            throw ImportError(place: "\(context.location):\(headerRecord.line)",
                              message: "no Model or System column in the header row")
        }
        var batch = ImportBatch()
        for record in records.dropFirst() {
            if let listing = listing(record, header: header, context: context, warnings: &batch.skipped) {
                batch.listings.append(listing)
            }
        }
        return batch
    }

    private static func readHeader(_ record: CSVReader.Record) -> Header {
        var header = Header()
        for (index, cell) in record.fields.enumerated() {
            let name = cell.trimmingCharacters(in: .whitespacesAndNewlines)
            let key = name.lowercased()
            for column in Column.allCases where header.indices[column] == nil && column.matches(key) {
                header.indices[column] = index
                header.names[column] = name
            }
        }
        return header
    }

    private static func listing(_ record: CSVReader.Record, header: Header, context: ImportContext,
                                warnings: inout [ImportWarning]) -> ModelListing? {
        let place = "line \(record.line)"
        func cell(_ column: Column) -> String? {
            guard let index = header.indices[column], index < record.fields.count else { return nil }
            let text = record.fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? nil : text
        }
        func warn(_ column: Column, _ reason: String) {
            warnings.append(ImportWarning(place: place, reason: "\(header.names[column] ?? ""): \(reason)"))
        }
        func positiveNumber(_ column: Column) -> Double? {
            guard let text = cell(column) else { return nil }
            guard let value = number(text), value > 0 else {
                warn(column, "expected a number above zero, got \(JSONWriter.quoted(text, limit: 60))")
                return nil
            }
            return value
        }

        guard let name = cell(.name) else {
            warnings.append(ImportWarning(place: place, reason: "no model name"))
            return nil
        }
        var notes: [String] = []
        let organizations = cell(.organization).map(splitOrganizations) ?? []
        if organizations.count > 1 { notes.append("also credited: \(organizations.dropFirst().joined(separator: ", "))") }

        var released: DayDate?
        if let text = cell(.date) {
            if let date = PartialDate(text) {
                released = date.day
                if let note = date.note(for: "publication") { notes.append(note) }
            } else {
                warn(.date, "expected a date YYYY-MM-DD, YYYY-MM or YYYY, got \(JSONWriter.quoted(text, limit: 60))")
            }
        }

        let parameters = positiveNumber(.parameters)
        let flop = positiveNumber(.flop)
        let cost = positiveNumber(.cost)
        let hours = positiveNumber(.hours)
        let quantity = positiveNumber(.quantity)
        var gpuHours: Double?
        if let hours, let quantity {
            gpuHours = hours * quantity
            notes.append("GPU-hours = training time × hardware quantity")
        }
        var training: ListedTraining? = ListedTraining(
            flop: flop, costUSD: cost, costBasis: cost.map { _ in costBasis(header.names[.cost] ?? "") },
            gpuHours: gpuHours, gpuType: cell(.hardware))
        if training == ListedTraining() { training = nil }

        let link = cell(.link).flatMap { $0.split(whereSeparator: { $0 == "," || $0.isWhitespace }).first.map(String.init) }
        return ModelListing(
            sourceID: name, name: name, organization: organizations.first, released: released,
            parameters: parameters, training: training,
            provenance: Provenance(source: context.sourceName, url: link ?? context.url, retrieved: context.retrieved,
                                   status: .secondary, note: notes.isEmpty ? nil : notes.joined(separator: "; ")))
    }

    /// `Google DeepMind,Google` → both names, in the order given.
    private static func splitOrganizations(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// `Training compute cost (2023 USD)` → `Epoch AI estimate, 2023 USD`.
    private static func costBasis(_ column: String) -> String {
        if let open = column.firstIndex(of: "("), let close = column.lastIndex(of: ")"), open < close {
            let inside = column[column.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            if !inside.isEmpty { return "Epoch AI estimate, \(inside)" }
        }
        return "Epoch AI estimate, \(column)"
    }

    /// A number as Epoch writes it: plain, scientific (`3.8e+25`) or with thousands separators
    /// (`1,750,000,000`); nil otherwise. Commas count only in groups of three, so `1,5` (a
    /// decimal comma) is refused rather than read as fifteen.
    static func number(_ text: String) -> Double? {
        var digits = text
        if text.contains(",") {
            let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            let groups = parts[0].split(separator: ",", omittingEmptySubsequences: false)
            let first = groups[0].drop { $0 == "-" || $0 == "+" }
            guard (1...3).contains(first.count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
                  parts.count == 1 || !parts[1].contains(",") else { return nil }
            digits = text.replacingOccurrences(of: ",", with: "")
        }
        return DecimalText(digits)?.doubleValue
    }
}
