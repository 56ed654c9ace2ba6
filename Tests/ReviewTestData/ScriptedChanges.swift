import Foundation
import ReviewModel
import XCTest

/// Reviews as at one meeting and as at the next, made in code from Coventry & Warwickshire (the
/// fixture as loaded): what the comparison, the board paper's "Changes since" and the panes'
/// since-marks are tested on.
public enum ScriptedChanges {
    /// The review as the last meeting saw it: the community-engagement test at Amber.
    public static func lastMeeting(_ review: Review) throws -> Review {
        var review = review
        review.mergerTests[try testIndex(review)].rag = .amber
        return review
    }

    /// What moved by the next meeting: that test from Amber to Red, a milestone a month later
    /// (30 June to 31 July 2019), a budget line from £647.9m to £650.2m. Returns where the test
    /// and the milestone are.
    @discardableResult
    public static func nextMeeting(_ review: inout Review) throws -> (test: Int, milestone: Int) {
        let test = try testIndex(review)
        review.mergerTests[test].rag = .red
        let milestone = try XCTUnwrap(review.milestones.firstIndex { $0.id == "ms-jdp-sc-governance" })
        review.milestones[milestone].date = .day(try XCTUnwrap(CalendarDate(year: 2019, month: 7, day: 31)))
        let line = try XCTUnwrap(review.budgets.lines.firstIndex { $0.id == "b-cr-prog" })
        review.budgets.lines[line].amount = Money(millions: Decimal(string: "650.2") ?? 0)
        return (test, milestone)
    }

    /// The action the meeting raised about the engagement report.
    public static func engagementAction(due: CalendarDate?) -> Action {
        Action(id: "act-engagement-report", title: "Bring the engagement report to the next meeting",
               owner: "Director of Communications", due: due)
    }

    /// The last meeting (with the engagement action open) and the next (the three changes
    /// above, the action closed).
    public static func coventryAndWarwickshire(_ review: Review) throws -> (before: Review, after: Review) {
        var before = try lastMeeting(review)
        before.actions.append(engagementAction(due: CalendarDate(year: 2019, month: 7, day: 31)))
        var after = before
        try nextMeeting(&after)
        after.actions[after.actions.count - 1].status = .done
        return (before, after)
    }

    private static func testIndex(_ review: Review) throws -> Int {
        try XCTUnwrap(review.mergerTests.firstIndex { $0.id == "test-community-engagement" })
    }
}
