import Foundation
import Testing
@testable import SSHBackend

@Suite struct OutputCoalescerTests {
    @Test func outputPassesWhileTheClientReads() {
        var coalescer = OutputCoalescer(limit: 10)
        #expect(coalescer.output([1, 2, 3], clientWritable: true) == [1, 2, 3])
        #expect(coalescer.pending.isEmpty)
    }

    @Test func outputIsKeptInOrderWhileTheClientDoesNotReadAndSentWhenItDoes() {
        var coalescer = OutputCoalescer(limit: 10)
        #expect(coalescer.output([1, 2], clientWritable: false).isEmpty)
        #expect(coalescer.output([3], clientWritable: false).isEmpty)
        let resumed = coalescer.resumed()
        #expect(resumed.send == [1, 2, 3])
        #expect(!resumed.redraw)
        // Kept bytes go first even when the next output arrives with the client writable.
        _ = coalescer.output([4], clientWritable: false)
        #expect(coalescer.output([5], clientWritable: true) == [4, 5])
    }

    @Test func pastTheLimitEverythingKeptIsDroppedAndOneRedrawIsOwed() {
        var coalescer = OutputCoalescer(limit: 4)
        _ = coalescer.output([1, 2, 3], clientWritable: false)
        #expect(coalescer.output([4, 5], clientWritable: false).isEmpty)
        #expect(coalescer.stale)
        #expect(coalescer.pending.isEmpty)
        // Nothing more is kept or sent until the client reads: the redraw replaces it all.
        #expect(coalescer.output([6], clientWritable: true).isEmpty)
        #expect(coalescer.pending.isEmpty)
        let resumed = coalescer.resumed()
        #expect(resumed.redraw)
        #expect(resumed.send.isEmpty)
        #expect(!coalescer.stale)
        #expect(coalescer.output([7], clientWritable: true) == [7])
    }
}

@Suite struct TerminalRequestLimitsTests {
    @Test func sizesAreClamped() {
        #expect(TerminalRequestLimits.clamp(width: 0, height: 0) == (80, 24))
        #expect(TerminalRequestLimits.clamp(width: 1_000_000, height: 70_000) == (1000, 500))
        #expect(TerminalRequestLimits.clamp(width: 1, height: 1) == (2, 2))
        #expect(TerminalRequestLimits.clamp(width: 120, height: 40) == (120, 40))
    }

    @Test func terminalNamesAndVariablesArePlainOrRefused() {
        #expect(TerminalRequestLimits.term("xterm-256color") == "xterm-256color")
        #expect(TerminalRequestLimits.term("rxvt-unicode+iso") == "rxvt-unicode+iso")
        #expect(TerminalRequestLimits.term("../../etc/x") == "xterm")
        #expect(TerminalRequestLimits.term("") == "xterm")
        #expect(TerminalRequestLimits.term(String(repeating: "x", count: 65)) == "xterm")
        #expect(TerminalRequestLimits.environment(name: "LANG", value: "en_US.UTF-8"))
        #expect(TerminalRequestLimits.environment(name: "NO_COLOR", value: "1"))
        #expect(!TerminalRequestLimits.environment(name: "LD_PRELOAD", value: "/tmp/x.so"))
        #expect(!TerminalRequestLimits.environment(name: "LANG", value: "x; rm -rf /"))
        #expect(!TerminalRequestLimits.environment(name: "PATH", value: "/tmp"))
    }
}

@Suite struct ServerRegistryTests {
    @Test func sessionsStopAtTheLimitAndFreeTheirSlot() {
        let registry = ServerRegistry(maxSessions: 2, failuresAllowed: 3, failureWindow: .seconds(60))
        #expect(registry.openSession() == nil)
        #expect(registry.openSession() == nil)
        #expect(registry.openSession() == .full)
        registry.closeSession()
        #expect(registry.openSession() == nil)
        #expect(registry.sessions == 2)
    }

    @Test func noAddressOrKeyTakesEverySlot() {
        let registry = ServerRegistry(maxSessions: 10, failuresAllowed: 3, failureWindow: .seconds(60))
        func open(_ address: String, _ key: String) -> ServerRegistry.SessionRefusal? {
            registry.openSession(address: address, key: key, perAddress: 3, perKey: 2)
        }
        #expect(open("10.0.0.1", "a") == nil)
        #expect(open("10.0.0.1", "a") == nil)
        #expect(open("10.0.0.1", "a") == .key)
        #expect(open("10.0.0.1", "b") == nil)
        #expect(open("10.0.0.1", "c") == .address)
        #expect(open("10.0.0.2", "c") == nil)
        registry.closeSession(address: "10.0.0.1", key: "a")
        #expect(open("10.0.0.1", "a") == nil)
        #expect(registry.sessions == 4)
    }

    @Test func anIPv6ClientCountsByItsNetworkAndAnIPv4OneByItsAddress() {
        #expect(SSHServer.viewerAddress("2001:db8:1:2:aaaa:bbbb:cccc:dddd") == "2001:db8:1:2::/64")
        #expect(SSHServer.viewerAddress("2001:db8:1:2::1") == "2001:db8:1:2::/64")
        #expect(SSHServer.viewerAddress("::1") == "0:0:0:0::/64")
        #expect(SSHServer.viewerAddress("10.1.2.3") == "10.1.2.3")
        #expect(SSHServer.viewerAddress("::ffff:10.1.2.3") == "::ffff:10.1.2.3")
    }

    @Test func theFailureTableStaysBoundedUnderAScan() {
        let registry = ServerRegistry(maxSessions: 1, failuresAllowed: 3, failureWindow: .seconds(60))
        let start = ContinuousClock.now
        for number in 0..<(ServerRegistry.failureEntries * 3) {
            registry.recordFailure("10.\(number / 65_536).\(number / 256 % 256).\(number % 256)", now: start + .milliseconds(number))
        }
        // The newest addresses are still remembered; an address that keeps failing is blocked.
        for _ in 0..<3 { registry.recordFailure("192.0.2.1", now: start + .seconds(40)) }
        #expect(registry.isBlocked("192.0.2.1", now: start + .seconds(40)))
        #expect(registry.failureCount <= ServerRegistry.failureEntries + 1)
    }

    @Test func anAddressHoldsAtMostItsConnections() {
        let registry = ServerRegistry(maxSessions: 1, failuresAllowed: 3, failureWindow: .seconds(60))
        #expect(registry.openConnection(from: "10.0.0.1", limit: 2))
        #expect(registry.openConnection(from: "10.0.0.1", limit: 2))
        #expect(!registry.openConnection(from: "10.0.0.1", limit: 2))
        #expect(registry.openConnection(from: "10.0.0.2", limit: 2))
        registry.closeConnection(from: "10.0.0.1")
        #expect(registry.openConnection(from: "10.0.0.1", limit: 2))
    }

    @Test func anAddressIsTurnedAwayAfterItsFailuresUntilTheWindowPasses() {
        let registry = ServerRegistry(maxSessions: 1, failuresAllowed: 3, failureWindow: .seconds(60))
        let start = ContinuousClock.now
        for _ in 0..<2 { registry.recordFailure("10.0.0.1", now: start) }
        #expect(!registry.isBlocked("10.0.0.1", now: start))
        registry.recordFailure("10.0.0.1", now: start)
        #expect(registry.isBlocked("10.0.0.1", now: start + .seconds(30)))
        #expect(!registry.isBlocked("10.0.0.2", now: start), "another address is not affected")
        #expect(!registry.isBlocked("10.0.0.1", now: start + .seconds(61)))
    }
}

@Suite struct LogLineTests {
    @Test func fieldsKeepTheirOrderAndANilValueAddsNothing() {
        let line = LogLine("auth", at: Date(timeIntervalSince1970: 0)).with("user", "bob").with("missing", nil)
            .with("reason", "not authorized")
        #expect(line.event == "auth")
        #expect(line.fields.map(\.key) == ["user", "reason"])
        #expect(line.value("reason") == "not authorized")
        #expect(line.value("missing") == nil)
    }
}
