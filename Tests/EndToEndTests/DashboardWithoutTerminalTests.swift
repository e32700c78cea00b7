import Foundation
import Testing

/// The built `frontier` run without a terminal, with pipes.
@Suite("The dashboard command without a terminal")
struct DashboardWithoutTerminalTests {
    @Test("A broken data file exits 65 with FILE:LINE:COL: path: message lines on stderr and nothing on stdout")
    func brokenDataFile() throws {
        let directory = try BuiltBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try #"{"schema": 1, "models": [{"id": "x"}]}"#.write(toFile: directory + "/broken.json", atomically: true, encoding: .utf8)
        let result = try BuiltBinary.run(["--data", "broken.json"], in: directory, timeout: .seconds(10))
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty, "stdout: \(result.stdout.debugDescription)")
        #expect(result.stderr == """
            broken.json:1:26: models[0]: missing required field "name"
            broken.json:1:26: models[0]: missing required field "org"
            broken.json:1:26: models[0]: missing required field "released"
            3 problems in 1 of 1 file

            """)
    }

    @Test("A data file with a JSON syntax error exits 65 and points at the bad byte")
    func syntaxError() throws {
        let directory = try BuiltBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "{\"schema\": 1,\n  \"models\": [}\n".write(toFile: directory + "/broken.json", atomically: true, encoding: .utf8)
        let result = try BuiltBinary.run(["--data", "broken.json"], in: directory, timeout: .seconds(10))
        #expect(result.status == 65)
        let first = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("broken.json:2:14: "), "stderr: \(result.stderr)")
    }

    @Test("With stdin and stdout not terminals (frontier | cat), it exits non-zero at once with a clear message")
    func notATerminal() throws {
        let result = try BuiltBinary.run([], timeout: .seconds(5))
        #expect(!result.timedOut, "still running after 5 s")
        #expect(result.status != nil && result.status != 0)
        #expect(result.elapsed < .seconds(2), "took \(result.elapsed)")
        #expect(result.stdout.isEmpty, "drew on the pipe: \(result.stdout.prefix(200).debugDescription)")
        #expect(result.stderr.contains("is not a terminal"), "stderr: \(result.stderr)")
    }
}
