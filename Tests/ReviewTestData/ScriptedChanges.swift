import Foundation
import ReviewModel
import XCTest

/// Reviews as at one meeting and as at the next, made in code from a fixture: what the
/// comparison and the board paper's "Changes since" are tested on.
public enum ScriptedChanges {
    /// Coventry & Warwickshire (`review`, the fixture as loaded) as the last meeting saw it and
    /// as now: one test's RAG from Amber to Red, one milestone moved by a month, one budget line
    /// changed, one action closed.
    public static func coventryAndWarwickshire(_ review: Review) throws -> (before: Review, after: Review) {
        var before = review
        let test = try XCTUnwrap(before.mergerTests.firstIndex { $0.id == "test-community-engagement" })
        before.mergerTests[test].rag = .amber
        before.actions.append(Action(id: "act-engagement-report", title: "Bring the engagement report to the next meeting",
                                     owner: "Director of Communications", due: CalendarDate(year: 2019, month: 7, day: 31)))
        var after = before
        after.mergerTests[test].rag = .red
        let milestone = try XCTUnwrap(after.milestones.firstIndex { $0.id == "ms-jdp-sc-governance" })
        after.milestones[milestone].date = .day(try XCTUnwrap(CalendarDate(year: 2019, month: 7, day: 31)))
        let line = try XCTUnwrap(after.budgets.lines.firstIndex { $0.id == "b-cr-prog" })
        after.budgets.lines[line].amount = Money(millions: Decimal(string: "650.2") ?? 0)
        after.actions[after.actions.count - 1].status = .done
        return (before, after)
    }
}
