import XCTest
import ReviewModel
import ReviewGenerator
import TerminalToolkit
@testable import ReviewApp

/// 100,000 random keys (fixed seed) into the headless app over each fixture, pastes and the
/// text-area and picker keys among them: no crash, and the model's invariants (unique ids, valid
/// references) hold after every key that changed it (every accepted edit), as do the derived
/// figures kept up to date edit by edit (the same as made afresh).
final class RandomKeysTests: XCTestCase {
    static let keys: [Key] = {
        var keys: [Key] = [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .tab, .backTab, .enter, .escape,
                           .backspace, .delete, .insert, .resize, .unknown, .ctrl("u"), .ctrl("n"), .ctrl("r"), .ctrl("w")]
        keys += (1...12).map { Key.function($0) }
        keys += "abcdeghjklmnprsuvxyAGJKNY12345/?: 0-£✓é日".map { Key.char($0) }
        // Pastes (one line, two lines with a tab, commands as text, empty, a leading tab and CR LF), Ctrl-C and Ctrl-Z.
        keys += [.paste("J. Smith (Chair)"), .paste("J. Smith (Chair)\nline two\tafter"), .paste("a\nd u\n"), .paste(""),
                 .paste("\tindented\r\nnext line"), .ctrl("c"), .ctrl("z")]
        // Text-area, word and picker keys: Ctrl/Alt-arrows, Alt-b/f/a, Ctrl-Home/End, Alt-Enter, readline keys.
        keys += [.modified(.left, .ctrl), .modified(.right, .ctrl), .modified(.left, .alt), .modified(.right, .alt),
                 .modified(.up, .ctrl), .modified(.char("b"), .alt), .modified(.char("f"), .alt), .modified(.char("a"), .alt),
                 .modified(.home, .ctrl), .modified(.end, .ctrl), .modified(.enter, .alt),
                 .ctrl("p"), .ctrl("k"), .ctrl("a"), .ctrl("e"), .ctrl("d"), .ctrl("b"), .ctrl("f")]
        // The mouse: clicks on each tab and down the screen, double clicks, the wheel.
        keys += (0..<8).map { Key.mouse(MouseEvent(.click, x: $0 * 10 + 2, y: 2)) }
        keys += (3..<24).map { Key.mouse(MouseEvent($0 % 3 == 0 ? .doubleClick : .click, x: ($0 * 7) % 80, y: $0)) }
        keys += [.mouse(MouseEvent(.wheelDown, x: 10, y: 10)), .mouse(MouseEvent(.wheelUp, x: 10, y: 10)),
                 .mouse(MouseEvent(.click, x: 200, y: 100)), .mouse(MouseEvent(.doubleClick, x: 0, y: 0))]
        return keys.filter { $0 != .ctrl("s") && $0 != .char("q") && $0 != .function(10) && $0 != .function(2) }
    }()

    func testRandomKeysKeepTheInvariants() throws {
        for (index, name) in ["lancashire-south-cumbria", "leicester-leicestershire-rutland", "north-west-london", "coventry-warwickshire"].enumerated() {
            var program = AppTestSupport.program(try AppTestSupport.state(name))
            var random = SeededRandom(state: UInt64(100 + index))
            var lastRevision = program.state.document.history.current.revision
            var checks = 0
            var recent: [Key] = []
            for step in 0..<100_000 {
                var key = Self.keys[Int(random.next() % UInt64(Self.keys.count))]
                // `:x`, `:wq` and `:q` would end the session, as q and F10 would (left out above).
                if key == .enter, case .prompt(let prompt) = program.state.mode, prompt.kind == .command,
                   ["x", "wq", "q", "q!"].contains(prompt.input.text.trimmingCharacters(in: .whitespaces)) {
                    key = .escape
                }
                // Every 64th step the key arrives together with the next few, as typed-ahead keys do
                // (no Enter among them, so they cannot finish a command line).
                let burst = step % 64 == 0
                    ? [key] + (0..<4).map { _ in Self.keys[Int(random.next() % UInt64(Self.keys.count))] }.filter { $0 != .enter }
                    : [key]
                if case .quit = program.handle(burst: burst) { XCTFail("\(name): quit at step \(step) after \(recent.suffix(12))"); break }
                recent.append(contentsOf: burst)
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
                    // The figures kept up to date edit by edit are those made afresh.
                    let kept = program.state.derived, fresh = Derived(review: program.state.review)
                    let widths = { (derived: Derived) in
                        [derived.milestoneColumns.widths, derived.testColumns.widths, derived.actionColumns.widths]
                    }
                    if widths(kept) != widths(fresh) || kept.actionOrder != fresh.actionOrder
                        || kept.timelineMilestoneRows != fresh.timelineMilestoneRows || kept.readinessText != fresh.readinessText {
                        XCTFail("\(name): step \(step) after \(recent.suffix(12)): the derived figures differ from fresh ones")
                        break
                    }
                }
            }
            XCTAssertGreaterThan(checks, 10, "\(name): the random keys made edits")
        }
    }
}
