import Foundation
import Testing

/// Devices, FIFOs and oversized inputs end every command at once with the file and the limit
/// named, instead of reading without end or blocking.
@Suite struct InputLimitTests {
    static let notRegular = "not a regular file (a FIFO, socket or device); only files can be read"

    @Test(arguments: [
        ["validate", "/dev/zero"],
        ["snapshot", "--data", "/dev/zero"],
        ["list", "models", "--data", "/dev/zero"],
        ["import", "rss", "/dev/zero", "--into", "x.json"],
    ])
    func aDeviceEndsTheCommandAtOnceNamingIt(arguments: [String]) throws {
        let directory = try BuiltBinary.temporaryDirectory()
        let output = try BuiltBinary.run(arguments, in: directory, environment: BuiltBinary.isolatedEnvironment(directory), timeout: .seconds(30))
        #expect(output.status == 65)
        #expect(output.stderr.contains("/dev/zero"))
        #expect(output.stderr.contains(Self.notRegular))
        #expect(!FileManager.default.fileExists(atPath: directory + "/x.json"))
    }

    @Test func validateRefusesAFIFOInsteadOfWaitingForAWriter() throws {
        let directory = try BuiltBinary.temporaryDirectory()
        try #require(mkfifo(directory + "/pipe.json", 0o600) == 0)
        let output = try BuiltBinary.run(["validate", "pipe.json"], in: directory, environment: BuiltBinary.isolatedEnvironment(directory), timeout: .seconds(30))
        #expect(output.status == 65)
        #expect(output.stderr.contains("pipe.json:0:0: cannot read: " + Self.notRegular))
    }

    @Test func importIntoAFIFORefusesItAndLeavesItInPlace() throws {
        let directory = try BuiltBinary.temporaryDirectory()
        try #require(mkfifo(directory + "/into.json", 0o600) == 0)
        let feed = #"<rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://example.com/a</link><pubDate>Mon, 02 Mar 2026 10:00:00 GMT</pubDate></item></channel></rss>"#
        try Data(feed.utf8).write(to: URL(fileURLWithPath: directory + "/feed.xml"))
        let output = try BuiltBinary.run(["import", "rss", "feed.xml", "--into", "into.json"], in: directory,
                                         environment: BuiltBinary.isolatedEnvironment(directory), timeout: .seconds(30))
        #expect(output.status == 74)
        #expect(output.stderr.contains("cannot read into.json: " + Self.notRegular))
        var status = stat()
        #expect(stat(directory + "/into.json", &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func aFileAboveMaxInputSizeIsRefusedNamingTheFileAndTheLimit() throws {
        let directory = try BuiltBinary.temporaryDirectory()
        try Data(repeating: 0x20, count: 4096).write(to: URL(fileURLWithPath: directory + "/big.json"))
        let flagged = try BuiltBinary.run(["validate", "--max-input-size", "2K", "big.json"], in: directory,
                                          environment: BuiltBinary.isolatedEnvironment(directory), timeout: .seconds(30))
        #expect(flagged.status == 65)
        #expect(flagged.stderr.contains("big.json:0:0: cannot read: larger than the input limit of 2K; raise it with --max-input-size"))

        var environment = BuiltBinary.isolatedEnvironment(directory)
        environment["FRONTIER_MAX_INPUT_SIZE"] = "1K"
        let fromEnvironment = try BuiltBinary.run(["snapshot", "--data", "big.json"], in: directory,
                                                  environment: environment, timeout: .seconds(30))
        #expect(fromEnvironment.status == 65)
        #expect(fromEnvironment.stderr.contains("big.json:0:0: cannot read: larger than the input limit of 1K"))

        let imported = try BuiltBinary.run(["import", "rss", "big.json", "--into", "x.json", "--max-input-size", "1K"], in: directory,
                                           environment: BuiltBinary.isolatedEnvironment(directory), timeout: .seconds(30))
        #expect(imported.status == 65)
        #expect(imported.stderr.contains("big.json: cannot read: larger than the input limit of 1K"))
    }

    /// The dataset an import writes into is read under the same limit as its source.
    @Test func aDatasetAboveMaxInputSizeIsNotReadIntoAnImport() throws {
        let directory = try BuiltBinary.temporaryDirectory()
        try Data(repeating: 0x20, count: 4096).write(to: URL(fileURLWithPath: directory + "/into.json"))
        let feed = #"<rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://example.com/a</link><pubDate>Mon, 01 Jun 2026 00:00:00 GMT</pubDate></item></channel></rss>"#
        try Data(feed.utf8).write(to: URL(fileURLWithPath: directory + "/feed.xml"))
        for dryRun in [false, true] {
            let output = try BuiltBinary.run(["import", "rss", "feed.xml", "--into", "into.json", "--max-input-size", "2K"]
                                             + (dryRun ? ["--dry-run"] : []), in: directory,
                                             environment: BuiltBinary.isolatedEnvironment(directory), timeout: .seconds(30))
            #expect(output.status != 0)
            #expect(output.stderr.contains("into.json: larger than the input limit of 2K; raise it with --max-input-size"),
                    "\(output.stderr)")
        }
        #expect(FileManager.default.contents(atPath: directory + "/into.json")?.count == 4096)
    }

    @Test func aBadMaxInputSizeIsAUsageError() throws {
        let directory = try BuiltBinary.temporaryDirectory()
        let output = try BuiltBinary.run(["validate", "--max-input-size", "lots", "x.json"], in: directory,
                                         environment: BuiltBinary.isolatedEnvironment(directory), timeout: .seconds(30))
        #expect(output.status == 64)
        #expect(output.stderr.contains("--max-input-size must be a positive size such as 512M, 2G or 1000000, not lots"))
    }
}
