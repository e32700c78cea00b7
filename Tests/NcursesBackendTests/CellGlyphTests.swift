import Testing
@testable import NcursesBackend

@Suite struct CellGlyphTests {
    /// A stand-in for wcwidth: CJK wide, a few emoji narrow (as old C libraries say).
    private func width(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x300..<0x370: return 0
        case 0x4E00..<0xA000: return 2
        case 0x2600..<0x2700: return 1
        default: return scalar.value < 0x20 ? -1 : 1
        }
    }

    private func resolve(_ symbol: String, wide: Bool = false, utf8: Bool = true) -> CellGlyph {
        CellGlyph.resolve(symbol: symbol, wide: wide, utf8: utf8, systemWidth: width)
    }

    @Test func asciiIsWrittenAsItIs() {
        #expect(resolve("a") == CellGlyph(scalars: ["a"], padsContinuation: false))
    }

    @Test func aWideGlyphTheLibraryAlsoCallsWideIsWrittenWhole() {
        #expect(resolve("漢", wide: true) == CellGlyph(scalars: ["漢"], padsContinuation: false))
    }

    @Test func aWideCellTheLibraryCallsNarrowIsPaddedSoTheRowKeepsItsColumns() {
        #expect(resolve("☀", wide: true) == CellGlyph(scalars: ["☀"], padsContinuation: true))
    }

    @Test func aNarrowCellTheLibraryCallsWideIsReplaced() {
        #expect(resolve("漢", wide: false) == CellGlyph(scalars: ["?"], padsContinuation: false))
    }

    @Test func combiningMarksStayWithTheirBase() {
        #expect(resolve("e\u{301}") == CellGlyph(scalars: ["e", "\u{301}"], padsContinuation: false))
    }

    @Test func withoutUTF8NonASCIIBecomesAQuestionMark() {
        #expect(resolve("é", utf8: false) == CellGlyph(scalars: ["?"], padsContinuation: false))
        #expect(resolve("漢", wide: true, utf8: false) == CellGlyph(scalars: ["?"], padsContinuation: true))
        #expect(resolve("a", utf8: false) == CellGlyph(scalars: ["a"], padsContinuation: false))
    }

    @Test func controlCharactersNeverReachTheTerminal() {
        #expect(resolve("\u{1B}") == CellGlyph(scalars: ["?"], padsContinuation: false))
        #expect(resolve("\u{9B}") == CellGlyph(scalars: ["?"], padsContinuation: false))
        #expect(resolve("a\u{7}") == CellGlyph(scalars: ["?"], padsContinuation: false))
    }

    @Test func anOrphanContinuationIsABlank() {
        #expect(resolve("") == CellGlyph(scalars: [" "], padsContinuation: false))
    }

    @Test func longClustersAreCutToWhatOneCellHolds() {
        let family = "👨\u{200D}👩\u{200D}👧\u{200D}👦"
        #expect(resolve(family, wide: true).scalars.count <= CellGlyph.scalarLimit)
    }

    @Test func aJoinerIsNeverWrittenSoTheNextCellIsNotGluedOnByTheTerminal() {
        #expect(resolve("a\u{200D}") == CellGlyph(scalars: ["a"], padsContinuation: false))
        #expect(resolve("e\u{301}\u{200D}") == CellGlyph(scalars: ["e", "\u{301}"], padsContinuation: false))
        let family = resolve("👨\u{200D}👩\u{200D}👧\u{200D}👦", wide: true)
        #expect(!family.scalars.contains("\u{200D}"), "\(family.scalars)")
        #expect(resolve("\u{200D}") == CellGlyph(scalars: [" "], padsContinuation: false))
    }
}
