import XCTest
import ReviewModel
import ReviewStore
import TerminalToolkit
@testable import ReviewApp

final class AuditTrailTests: XCTestCase {
    func testTwoSavesAreRecordedInTheFileAndTheHistoryView() throws {
        let saved = AppTestSupport.SavedFiles()
        let times = ["2026-11-23T10:00:00Z", "2026-11-23T10:30:00Z"]
        // The clock reads the first time until the first save has happened, then the second.
        let environment = AppEnvironment(save: { request, path, _ in
            let review = AppTestSupport.written(request)
            saved.files[path] = review
            return .saved(review)
        }, now: { times[saved.files.isEmpty ? 0 : 1] })
        var program = ReviewProgram(state: try AppTestSupport.state("lancashire-south-cumbria"), environment: environment)
        AppTestSupport.press([.char("2"), .char("g"), .ctrl("s")], &program)
        AppTestSupport.press([.char("j"), .char("r"), .char("s"), .char(":"), .char("w"), .enter], &program)
        let file = try XCTUnwrap(saved.files["lancashire-south-cumbria.json"])
        XCTAssertEqual(file.history.count, 2)
        XCTAssertEqual(file.history.map(\.user), ["secretary", "secretary"])
        XCTAssertEqual(file.history.map(\.at), times)
        XCTAssertEqual(file.history[0].changes, ["Changed merger test \"Alignment with the STP/ICS\": rag"])
        XCTAssertEqual(file.history[1].changes, ["Changed merger test \"Co-terminosity with local authorities and place\": status, rag"])
        XCTAssertFalse(program.state.isModified)
        // The history survives the file round trip.
        XCTAssertEqual(try ReviewCodec.decode(ReviewCodec.encode(file)).review.history, file.history)
        AppTestSupport.press([.char("H")], &program)
        let screen = AppTestSupport.screen(program.state).joined(separator: "\n")
        // In local time (the tests' zone is London's, on GMT in November).
        XCTAssertTrue(screen.contains("Mon 23 Nov 10:30  secretary  (1 change)"), screen)
        XCTAssertTrue(screen.contains("Mon 23 Nov 10:00  secretary  (1 change)"), screen)
        XCTAssertTrue(screen.contains("- Changed merger test \"Co-terminosity with local authorities and place\":"), screen)
        XCTAssertTrue(screen.contains("status, rag"), screen)
    }

    func testASaveWithoutChangesAddsNoEntry() throws {
        let saved = AppTestSupport.SavedFiles()
        var program = AppTestSupport.program(try AppTestSupport.state("lancashire-south-cumbria"), saved: saved)
        AppTestSupport.press([.ctrl("s")], &program)
        XCTAssertEqual(saved.files["lancashire-south-cumbria.json"]?.history.count, 0)
    }
}
