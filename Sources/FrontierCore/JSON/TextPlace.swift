/// A place in a UTF-8 text with what turning it into a line and column needs: the byte offset,
/// the line, where that line starts and how many UTF-8 continuation bytes precede it on the line.
package struct TextPlace: Hashable, Sendable {
    package var offset: Int
    /// 1-based.
    package var line: Int
    package var lineStart: Int
    package var continuationBytes: Int

    package init(offset: Int, line: Int, lineStart: Int, continuationBytes: Int) {
        self.offset = offset
        self.line = line
        self.lineStart = lineStart
        self.continuationBytes = continuationBytes
    }

    /// The line and column a diagnostic shows, columns counted in Unicode scalars.
    package var position: JSONPosition {
        JSONPosition(line: line, column: offset - lineStart - continuationBytes + 1)
    }
}
