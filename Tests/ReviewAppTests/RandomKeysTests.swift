import XCTest
import ReviewModel
import ReviewGenerator
import TerminalToolkit
@testable import ReviewApp

/// 100,000 random keys (fixed seed) into the headless app over each fixture: no crash, and
/// the model's invariants (unique ids, valid references) hold after every key that changed it.
final class RandomKeysTests: XCTestCase {
    static let keys: [Key] = {
        var keys: [Key] = [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .tab, .backTab, .enter, .escape,
                           .backspace, .delete, .insert, .resize, .unknown, .ctrl("u"), .ctrl("n"), .ctrl("r"), .ctrl("w")]
        keys += (1...12).map { Key.function($0) }
        keys += "abcdeghjklmnprsuvxyAGJKNY12345/?: 0-£✓é日".map { Key.char($0) }
        return keys.filter { $0 != .ctrl("s") && $0 != .char("q") && $0 != .function(10) && $0 != .function(2) }
    }()

    func testRandomKeysKeepTheInvariants() throws {
        for (index, name) in ["lancashire-south-cumbria", "leicester-leicestershire-rutland", "north-west-london", "coventry-warwickshire"].enumerated() {
            var program = AppTestSupport.program(try AppTestSupport.state(name))
            var random = SeededRandom(state: UInt64(100 + index))
            var lastRevision = program.state.document.history.current.revision
            var checks = 0
            for step in 0..<100_000 {
                let key = Self.keys[Int(random.next() % UInt64(Self.keys.count))]
                if case .quit = program.handle(key) { XCTFail("\(name): quit at step \(step)"); break }
                if step % 10_000 == 0 { _ = AppTestSupport.screen(program.state) }
                let revision = program.state.document.history.current.revision
                if revision != lastRevision {
                    lastRevision = revision
                    checks += 1
                    let errors = Validation.errors(in: program.state.review)
                    if !errors.isEmpty {
                        XCTFail("\(name): step \(step) after \(key) broke the review: \(errors.prefix(3))")
                        break
                    }
                }
            }
            XCTAssertGreaterThan(checks, 10, "\(name): the random keys made edits")
        }
    }
}
