import Foundation
@testable import SystemBackend
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A fresh temporary directory with a watched file name in it.
private struct Scratch {
    let directory: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("frontier-watch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { directory + "/" + name }

    func write(_ name: String, _ text: String = "{}\n") throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path(name)))
    }

    func remove() { try? FileManager.default.removeItem(atPath: directory) }
}

/// Waits on the watcher's descriptor, as the event loop does, until `expected` is among the
/// changes or `timeout` passes; returns every path reported meanwhile.
private func changes(of watcher: FileWatcher, until expected: String? = nil,
                     timeout: Duration = .seconds(2)) -> Set<String> {
    let deadline = ContinuousClock.now + timeout
    var seen: Set<String> = []
    while true {
        let remaining = ContinuousClock.now.duration(to: deadline)
        if remaining <= .zero { return seen }
        var descriptor = pollfd(fd: watcher.fileDescriptor, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000)
        guard poll(&descriptor, 1, max(milliseconds, 1)) > 0 else { return seen }
        seen.formUnion(watcher.readChanges())
        if expected == nil || seen.contains(expected!) { return seen }
    }
}

/// Whether the descriptor has an event waiting, without waiting for one.
private func hasPendingEvents(_ watcher: FileWatcher) -> Bool {
    var descriptor = pollfd(fd: watcher.fileDescriptor, events: Int16(POLLIN), revents: 0)
    return poll(&descriptor, 1, 0) > 0
}

@Suite struct FileWatcherTests {
    @Test func aFileWrittenAndClosedIsReported() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let watcher = try FileWatcher(paths: [scratch.path("data.json")])
        try scratch.write("data.json")
        #expect(changes(of: watcher, until: scratch.path("data.json")) == [scratch.path("data.json")])
    }

    @Test func aFileSavedByRenamingATemporaryFileOverItIsReported() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("data.json", "old\n")
        let watcher = try FileWatcher(paths: [scratch.path("data.json")])
        try scratch.write(".data.json.swp", "new\n")
        #expect(rename(scratch.path(".data.json.swp"), scratch.path("data.json")) == 0)
        #expect(changes(of: watcher, until: scratch.path("data.json")) == [scratch.path("data.json")])
        // The watch survived the rename: the next save is seen too.
        try scratch.write("data.json", "newer\n")
        #expect(changes(of: watcher, until: scratch.path("data.json")).contains(scratch.path("data.json")))
    }

    @Test func aFileDeletedAndCreatedAgainIsReportedBothTimes() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("feed.jsonl")
        let watcher = try FileWatcher(paths: [scratch.path("feed.jsonl")])
        try FileManager.default.removeItem(atPath: scratch.path("feed.jsonl"))
        #expect(changes(of: watcher, until: scratch.path("feed.jsonl")) == [scratch.path("feed.jsonl")])
        try scratch.write("feed.jsonl")
        #expect(changes(of: watcher, until: scratch.path("feed.jsonl")) == [scratch.path("feed.jsonl")])
    }

    @Test func aTruncatedFileIsReported() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("feed.jsonl", "{}\n{}\n")
        let watcher = try FileWatcher(paths: [scratch.path("feed.jsonl")])
        #expect(truncate(scratch.path("feed.jsonl"), 0) == 0)
        #expect(changes(of: watcher, until: scratch.path("feed.jsonl")) == [scratch.path("feed.jsonl")])
    }

    @Test func anAppendIsReportedBeforeTheWriterClosesTheFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("feed.jsonl", "")
        let watcher = try FileWatcher(paths: [scratch.path("feed.jsonl")])
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch.path("feed.jsonl")))
        defer { try? handle.close() }
        try handle.write(contentsOf: Data("{}\n".utf8))
        #expect(changes(of: watcher, until: scratch.path("feed.jsonl")) == [scratch.path("feed.jsonl")])
    }

    @Test func aChangeToAnotherFileInTheDirectoryIsNotReported() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let watcher = try FileWatcher(paths: [scratch.path("data.json")])
        try scratch.write("notes.txt")
        // The kernel does queue the event (the directory is watched), but it names another file.
        var descriptor = pollfd(fd: watcher.fileDescriptor, events: Int16(POLLIN), revents: 0)
        #expect(poll(&descriptor, 1, 2000) == 1)
        #expect(watcher.readChanges() == [])
    }

    @Test func onlyTheChangedOneOfTwoFilesInADirectoryIsReported() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let watcher = try FileWatcher(paths: [scratch.path("a.json"), scratch.path("b.jsonl")])
        #expect(watcher.watchedDirectoryCount == 1)
        try scratch.write("b.jsonl")
        #expect(changes(of: watcher, until: scratch.path("b.jsonl")) == [scratch.path("b.jsonl")])
    }

    @Test func aDirectoryNamedTwoWaysIsWatchedOnce() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let watcher = try FileWatcher(paths: [scratch.path("a.json"), scratch.directory + "/./a.json"])
        #expect(watcher.watchedDirectoryCount == 1)
        try scratch.write("a.json")
        #expect(changes(of: watcher, until: scratch.directory + "/./a.json")
            == [scratch.path("a.json"), scratch.directory + "/./a.json"])
    }

    @Test func aFileReachedThroughASymbolicLinkIsReportedWhenItsTargetChanges() throws {
        let links = try Scratch()
        let targets = try Scratch()
        defer { links.remove(); targets.remove() }
        try targets.write("real.json")
        try FileManager.default.createSymbolicLink(atPath: links.path("data.json"), withDestinationPath: targets.path("real.json"))
        let watcher = try FileWatcher(paths: [links.path("data.json")])
        try targets.write("real.json", "changed\n")
        #expect(changes(of: watcher, until: links.path("data.json")) == [links.path("data.json")])
    }

    @Test func anIdleWatcherHasNothingToWakeTheLoopFor() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let watcher = try FileWatcher(paths: [scratch.path("data.json")])
        #expect(!hasPendingEvents(watcher))
        try scratch.write("data.json")
        _ = changes(of: watcher, until: scratch.path("data.json"))
        // Once drained, nothing is pending: the descriptor stays quiet until the next change.
        _ = watcher.readChanges()
        #expect(!hasPendingEvents(watcher))
    }

    @Test func aWatchedDirectoryThatIsRemovedReportsItsFiles() throws {
        let scratch = try Scratch()
        let watcher = try FileWatcher(paths: [scratch.path("data.json")])
        scratch.remove()
        #expect(changes(of: watcher, until: scratch.path("data.json")).contains(scratch.path("data.json")))
    }

    @Test func aDirectoryRemovedAndMadeAgainIsWatchedAgain() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let sub = scratch.path("sub")
        try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true)
        let path = sub + "/data.json"
        let watcher = try FileWatcher(paths: [path])
        try FileManager.default.removeItem(atPath: sub)
        #expect(changes(of: watcher, until: path).contains(path))
        try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true)
        _ = changes(of: watcher, timeout: .milliseconds(200))
        try Data("{}\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(changes(of: watcher, until: path).contains(path), "a save in the new directory is seen")
    }

    @Test func aLinkedDirectorySwappedForAnotherIsFollowed() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        for release in ["rel1", "rel2"] {
            try FileManager.default.createDirectory(atPath: scratch.path(release), withIntermediateDirectories: true)
            try scratch.write(release + "/data.json")
        }
        #expect(symlink("rel1", scratch.path("current")) == 0)
        let path = scratch.path("current") + "/data.json"
        let watcher = try FileWatcher(paths: [path])
        // A deploy: a new link made beside the old one and renamed over it.
        #expect(symlink("rel2", scratch.path("current.new")) == 0)
        #expect(rename(scratch.path("current.new"), scratch.path("current")) == 0)
        #expect(changes(of: watcher, until: path).contains(path), "the swap itself is a change")
        _ = changes(of: watcher, timeout: .milliseconds(200))
        try scratch.write("rel2/data.json", "{\"schema\": 1}\n")
        #expect(changes(of: watcher, until: path).contains(path), "saves in the new release are seen")
    }

    @Test func aMissingDirectoryIsAnErrorThatNamesIt() {
        let path = "/nonexistent-frontier-\(UUID().uuidString)/data.json"
        #expect {
            _ = try FileWatcher(paths: [path])
        } throws: { error in
            guard let error = error as? FileWatchError, case let .cannotWatch(directory, watched, code) = error else { return false }
            return directory == String(path.dropLast("/data.json".count)) && watched == path && code == ENOENT
                && error.description.contains("Check that the directory exists")
        }
    }

    @Test func closingReleasesTheDescriptor() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let watcher = try FileWatcher(paths: [scratch.path("data.json")])
        watcher.close()
        #expect(watcher.fileDescriptor == -1)
        #expect(watcher.readChanges() == [])
        watcher.close()
    }

    @Test(arguments: [
        ("data.json", ".", "data.json"),
        ("/data.json", "/", "data.json"),
        ("dir/sub/data.json", "dir/sub", "data.json"),
        ("/tmp/x/data.json", "/tmp/x", "data.json"),
        ("dir/data.json/", "dir", "data.json"),
    ])
    func pathsSplitIntoTheDirectoryToWatchAndTheNameToMatch(path: String, directory: String, name: String) {
        let split = FileWatcher.split(path)
        #expect(split.directory == directory)
        #expect(split.name == name)
    }
}
