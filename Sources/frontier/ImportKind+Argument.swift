import ArgumentParser
import FrontierCore
import FrontierImport

/// `frontier import KIND`: an unknown kind is a usage error that lists every kind.
extension ImportKind: ExpressibleByArgument {}
