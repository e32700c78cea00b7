import Testing

@Suite struct TerminalGridTestsPlaceholder {}
