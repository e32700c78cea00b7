import Testing

@Suite struct NcursesBackendTestsPlaceholder {}
