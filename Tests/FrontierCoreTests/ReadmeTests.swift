import Foundation
@testable import FrontierCore
import TestSupport
import Testing

/// The README's key table cannot drift from the key-binding table the program uses.
@Suite struct ReadmeTests {
    @Test func readmeNamesEveryBoundKey() throws {
        let readme = try Repository.text("README.md")
        for binding in KeyBindings.table {
            for key in binding.keys {
                #expect(readme.contains("`\(key.label)`"), "README.md does not mention the key \(key.label) (\(binding.help))")
            }
        }
    }
}
