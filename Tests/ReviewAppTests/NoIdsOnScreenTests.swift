import Foundation
import XCTest
import ReviewModel
import TerminalToolkit
@testable import ReviewApp

/// Names, never ids, wherever a person reads: no id of a fixture's items appears on any pane,
/// in the reader, the editor, the pros and cons, the warnings list or the Markdown board paper.
/// (The CSV tables keep their id columns: they are the keys an import reads.)
final class NoIdsOnScreenTests: XCTestCase {
    static let fixtures = ["lancashire-south-cumbria", "leicester-leicestershire-rutland", "north-west-london", "coventry-warwickshire"]

    /// Every `"id"` value in the fixture's JSON (items, evidence, figures, budget lines...).
    private func ids(_ fixture: String) throws -> Set<String> {
        let data = try Data(contentsOf: URL(fileURLWithPath: AppTestSupport.fixturePath(fixture)))
        var found: Set<String> = []
        func walk(_ value: Any) {
            if let object = value as? [String: Any] {
                if let id = object["id"] as? String { found.insert(id) }
                object.values.forEach(walk)
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        walk(try JSONSerialization.jsonObject(with: data))
        return found
    }

    /// The ids found in `text` as whole words (an id is never part of a longer word on screen).
    private func idsIn(_ text: String, _ ids: Set<String>) -> [String] {
        let words = Set(text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }).map(String.init))
        return ids.filter { words.contains($0) }.sorted()
    }

    /// The screens a person reads on each pane: the pane with its first item selected and with a
    /// later one, that item in the reader, and in the editor.
    private func screens(_ fixture: String, width: Int, height: Int) throws -> [(String, String)] {
        var shown: [(String, String)] = []
        let paneKeys: [(String, [Key])] = [("overview", [.char("0")]), ("timeline", [.char("1")]), ("tests", [.char("2")]),
                                            ("appraisal", [.char("3")]), ("pros and cons", [.char("3"), .char("p")]),
                                            ("budgets", [.char("4")]), ("places", [.char("4"), .char("v")]),
                                            ("recommendations", [.char("5")]), ("actions", [.char("5"), .right]),
                                            ("warnings", [.char("W")])]
        for (name, keys) in paneKeys {
            for moves in [[], [Key.char("j"), .char("j"), .char("j")]] {
                var program = AppTestSupport.program(try AppTestSupport.state(fixture, width: width, height: height))
                AppTestSupport.press(keys + moves, &program)
                shown.append((name, AppTestSupport.screen(program.state).joined(separator: "\n")))
                guard name != "warnings", name != "overview", name != "pros and cons" else { continue }
                var reading = program
                AppTestSupport.press([.enter], &reading)
                if case .reading = reading.state.mode {
                    var all = AppTestSupport.screen(reading.state).joined(separator: "\n")
                    for _ in 0..<10 {
                        AppTestSupport.press([.pageDown], &reading)
                        all += "\n" + AppTestSupport.screen(reading.state).joined(separator: "\n")
                    }
                    shown.append(("\(name) reader", all))
                }
                var editing = program
                AppTestSupport.press([.char("e")], &editing)
                if AppTestSupport.editorIsOpen(editing) {
                    shown.append(("\(name) editor", AppTestSupport.screen(editing.state).joined(separator: "\n")))
                }
            }
        }
        return shown
    }

    func testNoFixtureIdAppearsOnAnyScreen() throws {
        for fixture in Self.fixtures {
            let ids = try ids(fixture)
            XCTAssertGreaterThan(ids.count, 10, fixture)
            for (width, height) in [(80, 24), (132, 43)] {
                let shown = try screens(fixture, width: width, height: height)
                XCTAssertTrue(shown.contains { $0.0 == "tests reader" } && shown.contains { $0.0 == "timeline editor" },
                              "the reader and the editor are among the screens checked")
                for (name, text) in shown {
                    XCTAssertEqual(idsIn(text, ids), [], "\(fixture) \(name) at \(width)x\(height):\n\(text)")
                }
            }
        }
    }

    func testNoFixtureIdAppearsInTheMarkdownBoardPaper() throws {
        for fixture in Self.fixtures {
            let markdown = BoardPaper.markdown(try AppTestSupport.review(fixture), today: AppTestSupport.today)
            XCTAssertEqual(idsIn(markdown, try ids(fixture)), [], fixture)
        }
    }

    /// The check itself finds an id where one is shown.
    func testTheCheckFindsAnIdShownAsAWord() {
        XCTAssertEqual(idsIn("Depends on  ms-stakeholder-events, Places place-rugby.", ["ms-stakeholder-events", "place-rugby", "opt-1"]),
                       ["ms-stakeholder-events", "place-rugby"])
    }
}
