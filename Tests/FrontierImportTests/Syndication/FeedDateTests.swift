@testable import FrontierCore
@testable import FrontierImport
import Testing

/// Each date text beside the UTC day it must give.
private func expectDays(_ cases: [(String, String)], sourceLocation: SourceLocation = #_sourceLocation) {
    for (text, expected) in cases {
        #expect(FeedDate.day(text)?.description == expected, "\(text)", sourceLocation: sourceLocation)
    }
}

@Suite struct FeedDateTests {
    @Test func readsRFC822AsRSSAsksForIt() {
        expectDays([
            ("Tue, 10 Jun 2025 14:00:00 GMT", "2025-06-10"),
            ("Tue, 10 Jun 2025 14:00:00 +0000", "2025-06-10"),
            ("Tue, 10 Jun 2025 14:00:00 UT", "2025-06-10"),
            ("Tue, 10 Jun 2025 14:00:00 Z", "2025-06-10"),
        ])
    }

    @Test func movesTheDayWhenTheZoneCrossesMidnightInUTC() {
        expectDays([
            ("Tue, 10 Jun 2025 20:00:00 PDT", "2025-06-11"),
            ("Tue, 10 Jun 2025 16:59:59 PDT", "2025-06-10"),
            ("Tue, 10 Jun 2025 17:00:00 PDT", "2025-06-11"),
            ("Tue, 10 Jun 2025 20:00:00 EST", "2025-06-11"),
            ("Tue, 10 Jun 2025 18:59:00 EST", "2025-06-10"),
            ("Tue, 10 Jun 2025 21:00:00 -0300", "2025-06-11"),
            ("Tue, 10 Jun 2025 21:00:00 -03:00", "2025-06-11"),
            ("Tue, 10 Jun 2025 08:00:00 +0900", "2025-06-09"),
            ("Tue, 10 Jun 2025 08:00:00 JST", "2025-06-09"),
            ("Tue, 10 Jun 2025 00:30:00 CEST", "2025-06-09"),
            ("Tue, 10 Jun 2025 05:00:00 +0530", "2025-06-09"),
            ("Tue, 10 Jun 2025 05:30:00 +0530", "2025-06-10"),
            ("Wed, 31 Dec 2025 23:00:00 -0200", "2026-01-01"),
            ("Thu, 01 Jan 2026 00:30:00 +0100", "2025-12-31"),
            ("Sat, 28 Feb 2024 23:00:00 -0500", "2024-02-29"),
        ])
    }

    @Test func readsSloppyRFC822() {
        expectDays([
            // No weekday, no seconds, one-digit day, lowercase names, two-digit years.
            ("10 Jun 2025 14:00 GMT", "2025-06-10"),
            ("Tue, 3 Jun 2025 14:00:00 GMT", "2025-06-03"),
            ("tue, 10 jun 2025 14:00:00 gmt", "2025-06-10"),
            ("TUESDAY, 10 JUNE 2025 14:00:00 GMT", "2025-06-10"),
            ("Tue, 10 Jun 25 14:00:00 GMT", "2025-06-10"),
            ("Sun, 10 Jan 99 14:00:00 GMT", "1999-01-10"),
            ("Tues., 10 Sept. 2024 14:00 GMT", "2024-09-10"),
            // Extra spaces and commas, a missing space after the comma, a comment after the zone.
            ("  Tue,   10  Jun   2025   14:00:00   GMT  ", "2025-06-10"),
            ("Tue,10 Jun 2025 14:00:00 GMT", "2025-06-10"),
            ("Tue, 10 Jun 2025 20:00:00 -0700 (PDT)", "2025-06-11"),
            // Month before day, RFC 850 dashes, asctime order, single-digit hour, no time at all.
            ("Jun 10, 2025 14:00:00 GMT", "2025-06-10"),
            ("Tuesday, 10-Jun-25 14:00:00 GMT", "2025-06-10"),
            ("Tue Jun 10 14:00:00 2025", "2025-06-10"),
            ("Tue, 10 Jun 2025 9:05 GMT", "2025-06-10"),
            ("10 June 2025", "2025-06-10"),
            // No zone is UTC; a zone name nobody knows, in capitals after the time, too (RFC 2822).
            ("Tue, 10 Jun 2025 23:30:00", "2025-06-10"),
            ("Tue, 10 Jun 2025 23:30:00 XYZ", "2025-06-10"),
            ("Tue, 10 Jun 2025 23:30:00 GMT+0100", "2025-06-10"),
            ("Tue, 10 Jun 2025 23:30:00 UTC-2", "2025-06-11"),
            // A leap second counts.
            ("Wed, 31 Dec 2016 23:59:60 GMT", "2016-12-31"),
        ])
    }

    @Test func readsRFC3339AndItsCommonVariants() {
        expectDays([
            ("2025-01-20T12:00:00Z", "2025-01-20"),
            ("2025-01-20T12:00:00+01:00", "2025-01-20"),
            ("2025-01-20T23:30:00-05:00", "2025-01-21"),
            ("2025-01-20T02:00:00+0300", "2025-01-19"),
            ("2025-01-20T02:00:00+03", "2025-01-19"),
            ("2025-01-20T12:00:00.123456789Z", "2025-01-20"),
            ("2025-01-20T23:59:59,5-00:01", "2025-01-21"),
            ("2025-01-20t23:30:00z", "2025-01-20"),
            ("2025-01-20 23:30:00Z", "2025-01-20"),
            ("2025-01-20 23:30:00 +02:00", "2025-01-20"),
            ("2025-01-20 23:30:00 UTC", "2025-01-20"),
            ("2025-01-20T23:30", "2025-01-20"),
            ("2025-01-20T23:30-01:00", "2025-01-21"),
            ("2025-01-20", "2025-01-20"),
            ("  2025-01-20\n", "2025-01-20"),
            ("2024-02-29T12:00:00Z", "2024-02-29"),
        ])
    }

    @Test func rejectsWhatIsNoDate() {
        let rejected = [
            "", "   ", "yesterday", "today 14:00", "Tue, 10 Jun", "Jun 2025", "Tue, 32 Jun 2025 14:00:00 GMT",
            "Mon, 29 Feb 2025 10:00:00 GMT", "Tue, 10 Foo 2025 14:00:00 GMT", "Tue, 10 Jun 2025 25:00:00 GMT",
            "Tue, 10 Jun 2025 14:60:00 GMT", "Tue, 10 Jun 2025 14:00:00 +2500", "Tue, 10 Jun Jul 2025",
            "Tue, 10 Jun 2025 14:00:00 GMT soon", "10 Jun 2025 2026", "Tue, 10 Jun 2025 14:00:00 lol",
            "2025-13-01", "2025-02-30", "2025-1-5", "2025-01-20T", "2025-01-20T24:00:00Z", "2025-01-20T12:00:00Q1",
            "2025-01-20T12:00:00+25:00", "2025-01-20X12:00:00Z", "2025-01-20T12", "2025-01-20T12:00:00.Z",
            "20250120", "1737374400", "N/A",
        ]
        for text in rejected {
            #expect(FeedDate.day(text) == nil, "\(text)")
        }
    }
}

@Suite struct FeedDateUSZoneTests {
    @Test func readsPTETCTAndMTWithDaylightTimeByTheUSRule() {
        expectUSDays([
            ("Fri, 10 Jan 2025 16:30:00 PT", "2025-01-11"),
            ("Tue, 10 Jun 2025 16:30:00 PT", "2025-06-10"),
            ("Sat, 08 Mar 2025 19:30:00 ET", "2025-03-09"),
            ("Mon, 10 Mar 2025 19:30:00 ET", "2025-03-10"),
            ("Sun, 09 Mar 2025 01:30:00 ET", "2025-03-09"),
            ("Sat, 01 Nov 2025 19:30:00 ET", "2025-11-01"),
            ("Sun, 02 Nov 2025 19:30:00 ET", "2025-11-03"),
            ("Tue, 10 Jun 2025 18:30:00 CT", "2025-06-10"),
            ("Tue, 10 Dec 2025 18:30:00 CT", "2025-12-11"),
            ("Tue, 10 Jun 2025 17:30:00 MT", "2025-06-10"),
            ("Tue, 10 Dec 2025 17:30:00 MT", "2025-12-11"),
            ("Tue, 10 Jun 2025 16:30:00 pt", "2025-06-10"),
        ])
    }

    private func expectUSDays(_ cases: [(String, String)]) {
        for (text, expected) in cases {
            #expect(FeedDate.day(text)?.description == expected, "\(text)")
        }
    }
}
