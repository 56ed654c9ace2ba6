import Foundation
import XCTest
import ReviewModel
@testable import ReviewStore

/// Each version-1 fixture (kept in VersionOne/) migrated to the current format, compared field by
/// field with the fixture in Fixtures/: what differs is exactly the corrections made against the
/// papers, and nothing else moved. Key figures are new in format 2: each fixture gains some, and
/// FixtureFigureTests and PaperFigureTests check their values.
final class VersionOneCorrectionsTests: XCTestCase {
    /// "fixture: kind part id: changed fields".
    static let corrections: Set<String> = [
        // The paper gives no date: version 1 invented a sorting day and said so in the notes.
        "lancashire-south-cumbria: changed milestones ms-crg-first: notes",
        "lancashire-south-cumbria: changed milestones ms-voting-pack: notes",
        "lancashire-south-cumbria: changed milestones ms-submission-docs: notes",
        "lancashire-south-cumbria: changed milestones ms-gb-signoff: notes",
        // The paper asks for a 20% reduction in running costs and gives no target year.
        "lancashire-south-cumbria: changed budgets budgets: runningCostTarget",
        // "September 2018": the boards of NHS England and NHS Improvement, missing in version 1.
        "leicester-leicestershire-rutland: added milestones ms-nhse-nhsi-boards: ",
        "leicester-leicestershire-rutland: changed milestones ms-consultation: notes",
        "leicester-leicestershire-rutland: changed milestones ms-appointments: notes",
        "leicester-leicestershire-rutland: changed milestones ms-governance: notes",
        // The finance figures held as note text are key figures now; the principles and the
        // engagement the papers describe have their own fields.
        "north-west-london: changed mergerTests test-financial-management: notes",
        "north-west-london: changed programme programme: principles",
        "coventry-warwickshire: changed programme programme: engagement",
        "coventry-warwickshire: added key figures",
        "lancashire-south-cumbria: added key figures",
        "leicester-leicestershire-rutland: added key figures",
        "north-west-london: added key figures",
    ]

    func testMigratedVersionOneFixturesDifferFromTheCorrectedOnesOnlyByTheCorrections() throws {
        var found: Set<String> = []
        for name in FixturePaths.names {
            let url = VersionOneMigrationTests.versionOneDirectory.appendingPathComponent("\(name).json")
            let old = try ReviewCodec.decode(Array(Data(contentsOf: url)), path: name).review
            let new = try ReviewStore().load(FixturePaths.path(name)).review
            let comparison = ReviewComparison(from: old, to: new)
            XCTAssertNil(comparison.differentProgrammes, name)
            for change in comparison.changes {
                if change.part == "keyFigures" {
                    XCTAssertEqual(change.kind, .added, "\(name): version 1 had no key figures")
                    found.insert("\(name): added key figures")
                    continue
                }
                found.insert("\(name): \(change.kind) \(change.part) \(change.itemId): " + change.fields.map(\.key).joined(separator: ","))
                for field in change.fields where field.key == "notes" {
                    XCTAssertFalse(field.new.contains("sortsAs"), "\(name) \(change.itemId): the note still explains an invented date")
                }
            }
            XCTAssertEqual(old.programme.organisations, new.programme.organisations, "\(name): organisations")
            XCTAssertEqual(old.programme.places, new.programme.places, "\(name): places")
            XCTAssertEqual(old.budgets.lines, new.budgets.lines, "\(name): budget lines")
            XCTAssertEqual(old.mergerTests.map(\.rag), new.mergerTests.map(\.rag), "\(name): RAG ratings")
            XCTAssertEqual(old.milestones.map(\.date), new.milestones.filter { old.milestones.map(\.id).contains($0.id) }.map(\.date),
                           "\(name): every dated milestone keeps its date")
        }
        XCTAssertEqual(found, Self.corrections)
    }

    func testLancashireRunningCostTargetLosesOnlyTheYearThePaperDoesNotGive() throws {
        let url = VersionOneMigrationTests.versionOneDirectory.appendingPathComponent("lancashire-south-cumbria.json")
        let old = try XCTUnwrap(ReviewCodec.decode(Array(Data(contentsOf: url))).review.budgets.runningCostTarget)
        let new = try XCTUnwrap(ReviewStore().load(FixturePaths.path("lancashire-south-cumbria")).review.budgets.runningCostTarget)
        XCTAssertNotNil(old.targetYear)
        XCTAssertNil(new.targetYear)
        XCTAssertEqual(new.reductionPercent, old.reductionPercent)
        XCTAssertEqual(new.reductionPercent, 20)
        XCTAssertEqual(new.baselineYear, old.baselineYear)
        XCTAssertEqual(new.baseline, old.baseline)
    }
}
