import Foundation
import XCTest
import ReviewModel
@testable import ReviewApp

/// Times are shown in the user's zone, as people write them.
final class HumanTimeTests: XCTestCase {
    private func zone(_ name: String) throws -> TimeZone { try XCTUnwrap(TimeZone(identifier: name)) }

    func testUTCTimestampsBecomeLocalHumanTimes() throws {
        XCTAssertEqual(HumanTime.format("2026-12-02T07:28:44Z", timeZone: try zone("Europe/London")), "Wed 2 Dec 07:28")
        XCTAssertEqual(HumanTime.format("2026-07-01T07:28:44Z", timeZone: try zone("Europe/London")), "Wed 1 Jul 08:28", "summer time")
        XCTAssertEqual(HumanTime.format("2026-12-02T03:05:00Z", timeZone: try zone("America/New_York")), "Tue 1 Dec 22:05")
        XCTAssertEqual(HumanTime.format("2025-12-02T07:28:44Z", timeZone: try zone("UTC"), currentYear: 2026), "Tue 2 Dec 2025 07:28")
        XCTAssertEqual(HumanTime.format("yesterday", timeZone: try zone("UTC")), "yesterday", "anything else is kept")
        XCTAssertEqual(HumanTime.format("2026-02-30T07:28:44Z", timeZone: try zone("UTC")), "2026-02-30T07:28:44Z")
    }

    func testTheRecoveryDialogAndTheHistoryShowLocalTimes() throws {
        var state = try AppTestSupport.state("coventry-warwickshire")
        state.session.timeZone = try zone("Europe/London")
        let offer = RecoveryOffer(review: state.review, changeCount: 2, firstChangeAt: "2026-12-02T07:28:44Z",
                                  lastChangeAt: "2026-12-02T07:31:02Z", who: "secretary", timeZone: try zone("Europe/London"))
        XCTAssertTrue(offer.dialog.message.joined(separator: " ").contains("made between Wed 2 Dec 07:28 and Wed 2 Dec 07:31."))
        var review = state.review
        review.history.append(HistoryEntry(at: "2026-11-23T10:04:05Z", user: "secretary", changes: ["Saved"]))
        state.commit(review, label: "history")
        _ = AppUpdate.update(&state, .key(.char("H")))
        let screen = AppTestSupport.screen(state).joined(separator: "\n")
        XCTAssertTrue(screen.contains("Mon 23 Nov 10:04  secretary"), screen)
        XCTAssertFalse(screen.contains("2026-11-23T"), screen)
    }
}
