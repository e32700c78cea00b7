import FrontierCore

extension JSONPosition {
    /// A position parsed from one line on its own, placed at that line's number in the feed.
    ///
    /// Positions of values built in memory (line 0) stay as they are: they point nowhere.
    func moved(toFeedLine number: Int) -> JSONPosition {
        line == 0 ? self : JSONPosition(line: number + line - 1, column: column)
    }
}
