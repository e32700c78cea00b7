import Testing
import TerminalGrid
@testable import NcursesBackend

@Suite struct ColorMapperTests {
    static let to256: [(String, Int)] = [
        ("#ff0000", 196), ("#000000", 16), ("#ffffff", 231), ("#808080", 244),
        ("#00ff00", 46), ("#0000ff", 21), ("#5f87af", 67), ("#080808", 232), ("#eeeeee", 255),
        ("#767676", 243), ("#ff8700", 208), ("#121212", 233),
    ]

    @Test(arguments: to256)
    func hexMapsToThe256Palette(hex: String, expected: Int) throws {
        guard case let .rgb(r, g, b) = try #require(Color(hex: hex)) else { Issue.record("not rgb"); return }
        #expect(ColorMapper.nearest256(r: r, g: g, b: b) == expected)
    }

    @Test func the256MappingIsExactForEveryCubeAndGreyEntry() throws {
        for index in 16..<256 {
            let rgb = try #require(ColorMapper.rgb(ofIndex: index))
            let mapped = ColorMapper.nearest256(r: UInt8(rgb.r), g: UInt8(rgb.g), b: UInt8(rgb.b))
            #expect(ColorMapper.rgb(ofIndex: mapped)! == rgb, "index \(index) came back as \(mapped)")
        }
    }

    @Test func the256MappingNeverPicksTheTerminalDefinedSixteen() {
        for value in stride(from: 0, through: 255, by: 17) {
            let v = UInt8(value)
            #expect(ColorMapper.nearest256(r: v, g: 255 - v, b: v / 2) >= 16)
        }
    }

    static let to16: [(String, Int)] = [
        ("#000000", 0), ("#cd0000", 1), ("#ff0000", 9), ("#808080", 8), ("#ffffff", 15),
        ("#e5e5e5", 7), ("#0000ee", 4), ("#00ffff", 14), ("#202020", 0), ("#c0c000", 3),
    ]

    @Test(arguments: to16)
    func hexMapsToTheSixteen(hex: String, expected: Int) throws {
        guard case let .rgb(r, g, b) = try #require(Color(hex: hex)) else { return }
        #expect(ColorMapper.nearest16(r: r, g: g, b: b) == expected)
    }

    static let to8: [(String, Int)] = [
        ("#000000", 0), ("#ff0000", 1), ("#00ff00", 2), ("#ffff00", 3), ("#0000ff", 4),
        ("#ff00ff", 5), ("#00ffff", 6), ("#ffffff", 7), ("#808080", 7), ("#1e1e1e", 0),
    ]

    @Test(arguments: to8)
    func hexMapsToTheEight(hex: String, expected: Int) throws {
        guard case let .rgb(r, g, b) = try #require(Color(hex: hex)) else { return }
        #expect(ColorMapper.nearest8(r: r, g: g, b: b) == expected)
    }

    @Test func indexFollowsTheCapability() {
        let orange = Color.rgb(255, 135, 0)
        #expect(ColorMapper.index(for: orange, capability: .palette256) == 208)
        #expect(ColorMapper.index(for: orange, capability: .basic16) < 16)
        #expect(ColorMapper.index(for: orange, capability: .basic8) < 8)
        #expect(ColorMapper.index(for: orange, capability: .none) == -1)
        #expect(ColorMapper.index(for: .default, capability: .palette256) == -1)
    }

    @Test func perceptualDistanceWeighsGreenMost() {
        let black = (0, 0, 0)
        #expect(ColorMapper.distance(black, (0, 100, 0)) > ColorMapper.distance(black, (100, 0, 0)))
        #expect(ColorMapper.distance(black, (0, 100, 0)) > ColorMapper.distance(black, (0, 0, 100)))
        #expect(ColorMapper.distance((12, 34, 56), (12, 34, 56)) == 0)
    }

    @Test func greysStayGreyInTheSmallPalettes() {
        for level in stride(from: 0, through: 255, by: 5) {
            let v = UInt8(level)
            #expect([0, 7].contains(ColorMapper.nearest8(r: v, g: v, b: v)), "grey \(level)")
            #expect([0, 7, 8, 15].contains(ColorMapper.nearest16(r: v, g: v, b: v)), "grey \(level)")
        }
    }
}
