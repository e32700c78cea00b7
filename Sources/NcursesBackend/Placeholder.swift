// The NcursesBackend target; see README.md, Architecture.
