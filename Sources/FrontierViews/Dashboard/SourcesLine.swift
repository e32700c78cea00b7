import Foundation
import FrontierCore
import TerminalGrid

/// The footer's account of where the data comes from: each source and the age of its last good
/// load (`data.json 2s ago · feed.jsonl live · https://…/data.json 4m ago (304)`).
///
/// It gives way gracefully: when the line does not fit it first drops the `ago`s and details,
/// then cuts long names in the middle (a URL keeps its host and its file name), then leaves
/// out sources, the oldest loads first and the troubled ones last, saying how many are hidden.
struct SourcesLine {
    var sources: [SourceStatus]
    var now: Date
    var theme: Theme
    var glyphs: Glyphs

    /// How much a source says, from the most to the least.
    private struct Detail {
        /// Ages with `ago`, HTTP statuses, what a failure was.
        var full: Bool
        /// The widest a name may be, cut in the middle beyond; nil for names as given.
        var nameWidth: Int?
    }

    private static let details = [
        Detail(full: true, nameWidth: nil), Detail(full: true, nameWidth: 32),
        Detail(full: false, nameWidth: 32), Detail(full: false, nameWidth: 16),
    ]

    /// The most detailed line that fits in `width` columns, and how many sources it shows; no
    /// spans when not even one source fits.
    func fitted(to width: Int) -> (spans: [Span], shown: Int) {
        guard !sources.isEmpty, width > 0 else { return ([], 0) }
        for detail in Self.details {
            let line = spans(of: Array(sources.indices), detail: detail, hidden: 0)
            if line.displayWidth <= width { return (line, sources.count) }
        }
        // Leave out the least telling sources until the rest fit, keeping the given order.
        var shown = Array(sources.indices)
        let leastTellingFirst = sources.indices.sorted { rank($0) > rank($1) }
        for index in leastTellingFirst.dropLast() {
            shown.removeAll { $0 == index }
            let line = spans(of: shown, detail: Self.details.last!, hidden: sources.count - shown.count)
            if line.displayWidth <= width { return (line, shown.count) }
        }
        return ([], 0)
    }

    /// A long name made to fit `width`: a URL first loses its scheme and the middle of its path
    /// (`data.example.org/…/data.json`), then its host (`…/data.json`), since its file name
    /// says the most; whatever is still too long is cut in the middle.
    func shortened(_ name: String, toWidth width: Int) -> String {
        guard DisplayWidth.of(name) > width else { return name }
        var candidates: [String] = []
        if let scheme = name.range(of: "://") {
            let parts = name[scheme.upperBound...].split(separator: "/", omittingEmptySubsequences: false)
            if parts.count > 1, let host = parts.first, let file = parts.last, !file.isEmpty {
                candidates = [host + "/" + glyphs.ellipsis + "/" + file, glyphs.ellipsis + "/" + file]
            }
        }
        let last = candidates.last ?? name
        return candidates.first { DisplayWidth.of($0) <= width }
            ?? TextLayout.truncateMiddle(last, toWidth: width, ellipsis: glyphs.ellipsis)
    }

    /// Lower ranks say more: trouble first, then streams and sources still waiting, then the
    /// most recent loads; among equals, the source given first.
    private func rank(_ index: Int) -> (Int, TimeInterval, Int) {
        let source = sources[index]
        if source.isTroubled { return (0, 0, index) }
        guard let lastGood = source.lastGood else { return (1, 0, index) }
        return (2, -lastGood.timeIntervalSince1970, index)
    }

    private func spans(of indices: [Int], detail: Detail, hidden: Int) -> [Span] {
        let separator = Span(glyphs == .ascii ? " . " : " · ", style: theme.dimStyle)
        var line: [Span] = []
        for index in indices {
            if !line.isEmpty { line.append(separator) }
            line += spans(of: sources[index], detail: detail)
        }
        if hidden > 0 { line += [separator, Span("+\(hidden) more", style: theme.dimStyle)] }
        return line
    }

    private func spans(of source: SourceStatus, detail: Detail) -> [Span] {
        let cleaned = Sanitizer.clean(source.name)
        let name = detail.nameWidth.map { shortened(cleaned, toWidth: $0) } ?? cleaned
        let (status, style) = statusText(source.state, full: detail.full)
        return [Span(name, style: theme.base), Span(" " + status, style: style)]
    }

    private func statusText(_ state: SourceStatus.State, full: Bool) -> (String, Style) {
        switch state {
        case .waiting:
            return ("waiting", theme.dimStyle)
        case .live:
            return ("live", theme.dimStyle)
        case let .ended(at):
            return (full ? "ended " + ago(at) : "ended", theme.dimStyle)
        case let .loaded(at):
            return (full ? ago(at) : age(at), theme.dimStyle)
        case let .fetched(at, status):
            return (full ? "\(ago(at)) (\(status))" : age(at), theme.dimStyle)
        case let .offline(cachedAt):
            let detail = cachedAt.map { " (cached \(ago($0)))" } ?? " (no copy)"
            return ("offline" + (full ? detail : ""), theme.warningStyle)
        case let .failed(message, lastGood):
            let last = lastGood.map { " (last good \(ago($0)))" } ?? ""
            return (full ? "failed: " + Sanitizer.clean(message) + last : "failed", theme.errorStyle)
        }
    }

    private func age(_ date: Date) -> String {
        Format.age(now.timeIntervalSince(date))
    }

    private func ago(_ date: Date) -> String {
        let text = age(date)
        return text == "now" ? text : text + " ago"
    }
}
