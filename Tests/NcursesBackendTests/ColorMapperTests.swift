import Testing
@testable import NcursesBackend

@Suite struct ColorMapperTests {
    @Test func pureRedMapsToCubeRed() {
        #expect(ColorMapper.nearest256(r: 255, g: 0, b: 0) == 196)
    }
}
