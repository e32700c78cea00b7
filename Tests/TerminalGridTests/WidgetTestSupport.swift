@testable import TerminalGrid

extension Grid {
    /// A grid filled with "x", so a test also shows which cells a widget left alone.
    static func marked(width: Int, height: Int) -> Grid {
        Grid(width: width, height: height, filling: Cell("x"))
    }

    /// Every row as text, untrimmed.
    var lines: [String] {
        (0..<height).map(rowText)
    }

    /// Whether every symbol in the grid is plain ASCII.
    var isASCII: Bool {
        cells.allSatisfy { $0.symbol.utf8.allSatisfy { $0 < 0x80 } }
    }
}
