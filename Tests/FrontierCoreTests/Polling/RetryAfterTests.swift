import Foundation
@testable import FrontierCore
import Testing

/// Sun, 06 Nov 1994 08:49:37 GMT, the example date of the HTTP RFCs.
private let rfcExample = Date(timeIntervalSince1970: 784_111_777)

@Suite struct RetryAfterTests {
    @Test(arguments: [("120", 120), ("0", 0), ("  7 ", 7), ("007", 7)])
    func deltaSecondsAreTheWait(value: String, seconds: Int) {
        #expect(RetryAfter.delay(value, relativeTo: rfcExample) == .seconds(seconds))
    }

    @Test func anAbsurdlyLongDeltaIsClampedInsteadOfOverflowing() {
        #expect(RetryAfter.delay("99999999999999999999999", relativeTo: rfcExample) == .seconds(Int32.max))
    }

    @Test func anHTTPDateIsMeasuredFromTheReferenceTime() {
        #expect(RetryAfter.delay("Sun, 06 Nov 1994 08:51:37 GMT", relativeTo: rfcExample) == .seconds(120))
    }

    @Test func aFractionOfASecondLeftIsRoundedUpSoTheWaitIsNeverShort() {
        let reference = rfcExample.addingTimeInterval(-0.25)
        #expect(RetryAfter.delay("Sun, 06 Nov 1994 08:49:37 GMT", relativeTo: reference) == .seconds(1))
    }

    @Test func anHTTPDateAlreadyPastAsksForNoWait() {
        #expect(RetryAfter.delay("Sun, 06 Nov 1994 08:00:00 GMT", relativeTo: rfcExample) == .zero)
    }

    @Test(arguments: ["", "soon", "-5", "1.5", "5s", "Sun, 06 Nov 1994 25:00:00 GMT"])
    func anythingElseIsNotARetryAfter(value: String) {
        #expect(RetryAfter.delay(value, relativeTo: rfcExample) == nil)
    }
}

@Suite struct HTTPDateTests {
    @Test(arguments: [
        "Sun, 06 Nov 1994 08:49:37 GMT",
        "Sunday, 06-Nov-94 08:49:37 GMT",
        "Sun Nov  6 08:49:37 1994",
    ])
    func allThreeFormsTheRFCListsReadTheSameInstant(text: String) {
        #expect(HTTPDate.parse(text) == rfcExample)
    }

    @Test func leapDaysExistOnlyInLeapYears() {
        #expect(HTTPDate.parse("Thu, 29 Feb 2024 00:00:00 GMT") == Date(timeIntervalSince1970: 1_709_164_800))
        #expect(HTTPDate.parse("Fri, 29 Feb 2030 00:00:00 GMT") == nil)
        #expect(HTTPDate.parse("Tue, 29 Feb 2000 00:00:00 GMT") != nil)
        #expect(HTTPDate.parse("Fri, 29 Feb 1900 00:00:00 GMT") == nil)
    }

    @Test(arguments: [
        "Sun, 06 Nov 1994 08:49:37 UTC",
        "Sun, 6 Nov 1994 08:49:37 GMT",
        "Sun, 06 Foo 1994 08:49:37 GMT",
        "Sun, 31 Nov 1994 08:49:37 GMT",
        "Sun, 06 Nov 1994 08:49 GMT",
        "Dim, 06 Nov 1994 08:49:37 GMT",
        "1994-11-06T08:49:37Z",
    ])
    func malformedDatesAreRejected(text: String) {
        #expect(HTTPDate.parse(text) == nil)
    }
}
