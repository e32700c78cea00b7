import Foundation
@testable import FrontierCore
@testable import FrontierImport
import FrontierResources
import TestSupport
import FrontierLive
import SystemBackend
import Testing

/// An import of one entry about DeepSeek-V3.
private func importing(_ guid: String, headline: String? = nil) -> (Dataset) -> ImportOutcome {
    importingNews(guid, headline: headline ?? "Entry \(guid) about DeepSeek-V3")
}

@Suite struct DatasetFileTests {
    @Test func aMissingFileIsCreatedWithTheImportAndNoBackup() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/data.json"
        let outcome = try DatasetFile.update(at: path, importing("g-1"))
        #expect(outcome.added.count == 1)
        let loaded = try load(path)
        #expect(loaded.diagnostics == [])
        #expect(loaded.dataset == outcome.dataset)
        #expect(loaded.dataset.schema == 1)
        #expect(try directory.entries() == ["data.json", "data.json.lock"])
        #expect(directory.permissions(of: "data.json") == 0o644)
    }

    @Test func aWholeWriteKeepsThePreviousFileAsBackupAndKeepsItsPermissions() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/data.json"
        try directory.write(DatasetEncoder.encode(ImportSample.dataset), to: "data.json")
        chmod(path, 0o640)
        let before = directory.bytes(of: "data.json")
        let outcome = try DatasetFile.update(at: path, addingPrice("p-1"))
        #expect(directory.bytes(of: "data.json.bak") == before)
        #expect(try load(path).dataset == outcome.dataset)
        #expect(outcome.dataset.prices.count == ImportSample.dataset.prices.count + 1)
        #expect(directory.permissions(of: "data.json") == 0o640)
        #expect(directory.permissions(of: "data.json.bak") == 0o640)
        #expect(try directory.entries() == ["data.json", "data.json.bak", "data.json.lock"])
    }

    @Test func newsGoesToTheJournalWithTheDatasetsPermissions() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/data.json"
        try directory.write(DatasetEncoder.encode(ImportSample.dataset), to: "data.json")
        chmod(path, 0o640)
        let before = directory.bytes(of: "data.json")
        let node = inode(path)
        let (outcome, written) = try DatasetFile.write(at: path, importing("g-1"))
        #expect(directory.bytes(of: "data.json") == before)
        #expect(inode(path) == node)
        #expect(try load(path).dataset == outcome.dataset)
        #expect(outcome.dataset.news.last?.models == ["deepseek-v3"])
        let appended = directory.bytes(of: "data.journal.jsonl")
        let journal = try #require(appended)
        #expect(written == .journal(path: directory.path + "/data.journal.jsonl", bytes: journal.count))
        #expect(journal.filter { $0 == 0x0A }.count == 1)
        #expect(directory.permissions(of: "data.journal.jsonl") == 0o640)
        #expect(try directory.entries() == ["data.journal.jsonl", "data.json", "data.json.lock"])
    }

    @Test func anImportThatChangesNothingWritesNothing() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/data.json"
        _ = try DatasetFile.update(at: path, importing("g-1"))
        let before = directory.bytes(of: "data.json")
        let node = inode(path)
        let outcome = try DatasetFile.update(at: path, importing("g-1"))
        #expect(outcome.unchanged == 1 && outcome.added.isEmpty)
        #expect(directory.bytes(of: "data.json") == before)
        #expect(inode(path) == node)
        #expect(try directory.entries() == ["data.json", "data.json.lock"])
    }

    @Test func anImportThatWouldMakeTheFileInvalidWritesNothingAndSaysWhy() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/data.json"
        try directory.write(DatasetEncoder.encode(ImportSample.dataset), to: "data.json")
        let before = directory.bytes(of: "data.json")
        let error = #expect(throws: DatasetFileError.self) {
            try DatasetFile.update(at: path) { dataset in
                var changed = dataset
                changed.prices.append(Price(id: "p-1", model: "no-such-model", input: 1, output: 2,
                                            asOf: DayDate("2025-06-01")!))
                return ImportOutcome(dataset: changed, added: [RecordRef(kind: .price, id: "p-1")])
            }
        }
        guard case .resultInvalid(let problems)? = error else {
            Issue.record("expected resultInvalid, got \(String(describing: error))")
            return
        }
        #expect(problems.map(\.message) == ["unknown model \"no-such-model\""])
        #expect(problems.allSatisfy { $0.file == path && $0.line > 0 })
        #expect(error?.description.hasPrefix("the import would make the dataset invalid, so nothing was changed:\n  \(path):") == true)
        #expect(directory.bytes(of: "data.json") == before)
        #expect(try directory.entries() == ["data.json", "data.json.lock"])
    }

    @Test func anInvalidFileOnDiskIsNotTouchedAndTheChangeNotRun() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/data.json"
        try directory.write("{\"schema\": 1, \"models\": [{\"id\": \"x\"}]}\n", to: "data.json")
        var called = false
        let error = #expect(throws: DatasetFileError.self) {
            try DatasetFile.update(at: path) { dataset in
                called = true
                return ImportOutcome(dataset: dataset)
            }
        }
        guard case .existingInvalid(let problems)? = error else {
            Issue.record("expected existingInvalid, got \(String(describing: error))")
            return
        }
        #expect(problems.map(\.message) == ["missing required field \"name\"", "missing required field \"org\"",
                                            "missing required field \"released\""])
        #expect(!called)
        #expect(directory.bytes(of: "data.json") == Array("{\"schema\": 1, \"models\": [{\"id\": \"x\"}]}\n".utf8))
    }

    @Test func fieldsThisBuildDoesNotKnowStopTheImportRatherThanBeDropped() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/data.json"
        let text = """
        {"schema": 1, "x-comment": "kept by hand",
         "organizations": [{"id": "o", "name": "O", "x-since": 2019}],
         "news": [{"id": "n", "date": "2025-01-01", "headline": "H", "source": "S",
                   "provenance": {"source": "S", "x-page": 4}}]}

        """
        try directory.write(text, to: "data.json")
        let error = #expect(throws: DatasetFileError.self) {
            try DatasetFile.update(at: path, importing("g-1"))
        }
        guard case .unknownFields(let fields)? = error else {
            Issue.record("expected unknownFields, got \(String(describing: error))")
            return
        }
        #expect(fields.map(\.path) == ["x-comment", "organizations[0].x-since", "news[0].provenance.x-page"])
        #expect(fields.first?.line == 1 && fields.first?.column == 15)
        #expect(directory.bytes(of: "data.json") == Array(text.utf8))
        #expect(directory.bytes(of: "data.json.bak") == nil)
    }

    @Test func knownOptionalFieldsWrittenOutInFullAreNotMistakenForUnknownOnes() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/data.json"
        try directory.write(EmbeddedResources.defaultDatasetJSON, to: "data.json")
        let outcome = try DatasetFile.update(at: path, importing("g-1"))
        #expect(outcome.added.count == 1)
    }

    @Test func aSymbolicLinkIsFollowedAndStaysALink() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory.path + "/real", withIntermediateDirectories: false)
        let link = directory.path + "/data.json"
        symlink(directory.path + "/real/data.json", link)
        _ = try DatasetFile.update(at: link, importing("g-1"))
        _ = try DatasetFile.update(at: link, importing("g-2"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == directory.path + "/real/data.json")
        #expect(try load(link).dataset.news.count == 2)
        #expect(try directory.entries() == ["data.json", "real"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path + "/real").sorted()
            == ["data.journal.jsonl", "data.json", "data.json.lock"])
    }

    @Test func anImportWaitsForTheLockAndGivesUpAfterTheTimeout() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/data.json"
        let holder = open(path + ".lock", O_RDWR | O_CREAT, 0o644)
        #expect(flock(holder, LOCK_EX) == 0)
        let started = ContinuousClock.now
        #expect(throws: DatasetFileError.locked(path: path)) {
            try DatasetFile.update(at: path, waitingUpTo: .milliseconds(150), importing("g-1"))
        }
        #expect(ContinuousClock.now - started >= .milliseconds(150))
        #expect(!FileManager.default.fileExists(atPath: path))

        // A thread of its own: under a full test run the shared queues can be busy for seconds.
        let releaser = Thread {
            usleep(200_000)
            close(holder)
        }
        releaser.start()
        let outcome = try DatasetFile.update(at: path, waitingUpTo: .seconds(60), importing("g-1"))
        #expect(outcome.added.count == 1)
        #expect(ContinuousClock.now - started >= .milliseconds(350))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/flock")))
    func aLockHeldByAnotherProcessIsWaitedFor() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/data.json"
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = ["--exclusive", path + ".lock", "sleep", "0.5"]
        let started = ContinuousClock.now
        try holder.run()
        // Until the other process holds the lock, a probe gets it and lets it go again.
        let probe = open(path + ".lock", O_RDWR | O_CREAT, 0o644)
        defer { close(probe) }
        while flock(probe, LOCK_EX | LOCK_NB) == 0 {
            flock(probe, LOCK_UN)
            usleep(5_000)
        }
        #expect(throws: DatasetFileError.locked(path: path)) {
            try DatasetFile.update(at: path, waitingUpTo: .milliseconds(50), importing("g-1"))
        }
        let outcome = try DatasetFile.update(at: path, waitingUpTo: .seconds(10), importing("g-1"))
        // It waited for the holder's half second (whether or not that process is reaped yet).
        #expect(ContinuousClock.now - started >= .milliseconds(450))
        #expect(outcome.added.count == 1)
        holder.waitUntilExit()
    }

    @Test func concurrentImportsAllLand() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/data.json"
        let failures = Locked<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            for number in 0..<10 {
                do {
                    _ = try DatasetFile.update(at: path, importing("w\(worker)-\(number)"))
                } catch {
                    failures.update { $0.append("\(error)") }
                }
            }
        }
        #expect(failures.value == [])
        let loaded = try load(path)
        #expect(loaded.diagnostics == [])
        #expect(Set(loaded.dataset.news.map(\.headline)).count == 40)
    }

    /// Imports append to the journal and every fifteenth write compacts it into the file: a
    /// reader loading the file with its journal meanwhile never sees an item go missing.
    @Test func aReaderNeverSeesAPartialFileOrALostItemWhileImportsAndCompactionsRun() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/data.json"
        try directory.write(DatasetEncoder.encode(ImportSample.dataset), to: "data.json")
        let done = Locked(false)
        let observations = Locked<(reads: Int, problems: [String], counts: [Int])>((0, [], []))
        let finished = DispatchSemaphore(value: 0)
        let firstRead = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            while !done.value {
                do {
                    let result = try load(path)
                    observations.update { seen in
                        if seen.reads == 0 { firstRead.signal() }
                        seen.reads += 1
                        seen.problems += result.diagnostics.map(\.description)
                        if seen.counts.last != result.dataset.news.count { seen.counts.append(result.dataset.news.count) }
                    }
                } catch {
                    observations.update { $0.problems.append("\(error)") }
                }
            }
            finished.signal()
        }
        // On a loaded machine the reader's thread may start late: the writes begin once it reads,
        // and go on (up to 600) until it has seen the file change under it.
        #expect(firstRead.wait(timeout: .now() + 60) == .success, "the reader never started")
        var updates = 0
        while updates < 60 || (observations.value.counts.count < 2 && updates < 600) {
            let number = updates
            updates += 1
            // A long summary makes each write several pages, so a torn write would show.
            _ = try DatasetFile.update(at: path, importingNews("g-\(number)", headline: "Update \(number) on DeepSeek-R1",
                                                             summary: String(repeating: "Prices and context windows changed. ", count: 200)))
            if number % 15 == 14 { #expect(try DatasetFile.compact(at: path) > 0) }
        }
        done.update { $0 = true }
        finished.wait()
        let seen = observations.value
        #expect(seen.problems == [])
        #expect(seen.reads > 0)
        // The reader ran while the file changed, not only before or after.
        #expect(seen.counts.count > 1)
        #expect(seen.counts == seen.counts.sorted())
        #expect(try load(path).dataset.news.count == ImportSample.dataset.news.count + updates)
        #expect(try directory.entries() == ["data.journal.jsonl", "data.json", "data.json.bak", "data.json.lock"])
    }
}
