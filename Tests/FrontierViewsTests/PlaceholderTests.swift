import Testing

@Suite struct FrontierViewsTestsPlaceholder {}
