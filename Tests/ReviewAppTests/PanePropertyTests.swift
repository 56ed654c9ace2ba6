import XCTest
import ReviewModel
import ReviewGenerator
import TerminalToolkit
@testable import ReviewApp

/// Over random terminal sizes (60x16 to 200x60), panes and moves: the selected item is always on
/// screen, the selection marker is on its row and never drawn over the row's text, and a name
/// cut to fit ends with an ellipsis.
final class PanePropertyTests: XCTestCase {
    static let fixtures = ["lancashire-south-cumbria", "leicester-leicestershire-rutland", "north-west-london", "coventry-warwickshire"]

    /// What a person reads on the selected row: the item's name, as the lists show it.
    private func shownName(_ item: ItemRef, _ review: Review) -> String? {
        switch item {
        case .milestone(let i): return review.milestones[i].title
        case .test(let i): return review.mergerTests[i].title
        case .recommendation(let i): return review.recommendations[i].text
        case .action(let i): return review.actions[i].title
        case .organisation(let i): return review.programme.organisations[i].name
        case .place(let i): return review.programme.places[i].name
        case .cell(_, let c), .criterion(let c): return review.appraisal.criteria[c].title
        default: return nil
        }
    }

    func testTheSelectedItemIsAlwaysOnScreenBesideItsMarker() throws {
        var random = SeededRandom(seed: 2026_12_03)
        let reviews = try Self.fixtures.map { try AppTestSupport.review($0) }
        let moves: [Key] = [.down, .up, .pageDown, .pageUp, .end, .home, .right, .left, .char("j"), .char("k")]
        var checked = 0
        for _ in 0..<240 {
            let fixture = random.below(Self.fixtures.count)
            let size = Size(width: 60 + random.below(141), height: 16 + random.below(45))
            var state = AppState(review: reviews[fixture], filePath: "\(Self.fixtures[fixture]).json", size: size,
                                 theme: .monochrome, today: AppTestSupport.today, user: "secretary")
            var program = AppTestSupport.program(state)
            let pane = random.pick(["1", "2", "3", "4", "5"] as [Character])
            var keys: [Key] = [.char(pane)]
            if pane == "4" && random.chance(50) { keys.append(.char("v")) }
            if pane == "5" && random.chance(50) { keys.append(.right) }
            for _ in 0..<random.below(25) { keys.append(random.pick(moves)) }
            AppTestSupport.press(keys, &program)
            state = program.state
            let context = "\(Self.fixtures[fixture]) \(size.width)x\(size.height) keys \(keys.map(\.displayName))"
            guard let item = state.selectedItem, let name = shownName(item, state.review)?.singleLine else { continue }
            let screen = AppTestSupport.screen(state)
            let body = Geometry.body(state.size)
            let rows = Array(screen[body.y..<min(screen.count, body.bottom)])
            // The first letters of the name: a column at its narrowest still shows these.
            let start = String(name.prefix(4))
            XCTAssertTrue(rows.contains { $0.contains(start) }, "\(item) \"\(name)\" is on screen: \(context)\n\(screen.joined(separator: "\n"))")
            if let marked = rows.first(where: { $0.hasPrefix("▶") || $0.hasPrefix(" ▶") }) {
                XCTAssertTrue(marked.contains(start), "the marker is on the selected row: \(context)\n\(marked)")
                let afterMarker = marked.drop { $0 == " " || $0 == "▶" || $0 == "~" || $0 == "+" }
                XCTAssertFalse(afterMarker.isEmpty, "the marker leaves the row's text: \(context)")
                // A name cut to fit its column ends with the ellipsis.
                XCTAssertTrue(marked.contains(name) || marked.contains("…"), "cut without an ellipsis: \(context)\n\(marked)")
            }
            checked += 1
        }
        XCTAssertGreaterThan(checked, 150, "most cases have a selected item to check")
    }
}
