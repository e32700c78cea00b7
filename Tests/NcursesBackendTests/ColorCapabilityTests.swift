import Testing
@testable import NcursesBackend

@Suite struct ColorCapabilityTests {
    @Test func autoUsesWhatTheTerminalReports() {
        #expect(detect(.auto, colors: 256) == .palette256)
        #expect(detect(.auto, colors: 0x1000000) == .palette256)
        #expect(detect(.auto, colors: 88) == .basic16)
        #expect(detect(.auto, colors: 16) == .basic16)
        #expect(detect(.auto, colors: 8) == .basic8)
        #expect(detect(.auto, colors: 2) == .none)
        #expect(detect(.auto, hasColors: false, colors: 256) == .none)
    }

    @Test func noColorTurnsColourOffUnlessForced() {
        #expect(detect(.auto, noColor: true, colors: 256) == .none)
        #expect(detect(.always, noColor: true, colors: 256) == .palette256)
    }

    @Test func neverMeansNever() {
        #expect(detect(.never, colors: 256) == .none)
    }

    @Test func alwaysCannotInventColours() {
        #expect(detect(.always, hasColors: false, colors: 0) == .none)
    }

    private func detect(_ choice: ColorChoice, noColor: Bool = false, hasColors: Bool = true, colors: Int) -> ColorCapability {
        ColorCapability.detect(choice: choice, noColorSet: noColor, terminalHasColors: hasColors, terminalColors: colors)
    }
}
