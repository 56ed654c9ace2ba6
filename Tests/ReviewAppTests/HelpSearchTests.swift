import XCTest
import ReviewModel
import TerminalToolkit
@testable import ReviewApp

/// The help lists every key, the editing keys, the `:` commands and the date and amount forms,
/// and `/` searches it.
final class HelpSearchTests: XCTestCase {
    /// Every line of the help, scrolling through it a page at a time.
    private func helpText(_ program: inout ReviewProgram) -> String {
        AppTestSupport.press([.char("?")], &program)
        var seen: [String] = []
        for _ in 0..<60 {
            seen += AppTestSupport.screen(program.state)
            AppTestSupport.press([.pageDown], &program)
        }
        AppTestSupport.press([.escape], &program)
        return seen.joined(separator: "\n")
    }

    func testTheHelpListsEditingKeysCommandsAndTheFormsTheEditorReads() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("coventry-warwickshire", width: 132, height: 43))
        let text = helpText(&program)
        for binding in TextEditCommand.keyMap.bindings { XCTAssertTrue(text.contains(binding.description), binding.description) }
        for entry in ColonCommands.all { XCTAssertTrue(text.contains(ColonCommands.usage(entry)), ColonCommands.usage(entry)) }
        XCTAssertTrue(text.contains(":export [PATH]"))
        for form in FlexibleDate.forms { XCTAssertTrue(text.contains(form.examples.joined(separator: ", ")), form.what) }
        XCTAssertTrue(text.contains(ValueParsing.labelledDateExample))
        for form in Money.acceptedForms { XCTAssertTrue(text.contains(form.example), form.example) }
        for binding in KeyTable.global.bindings { XCTAssertTrue(text.contains(binding.description), binding.description) }
        XCTAssertTrue(text.contains("Double-click"))
    }

    func testEveryFormTheHelpShowsIsAccepted() {
        for form in FlexibleDate.forms {
            for example in form.examples {
                // A note in brackets is not typed; "empty" is no text.
                let typed = example == "empty" ? "" : example.split(separator: "(").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? example
                guard case .success(let date) = FlexibleDate.parse(typed) else { return XCTFail("\(form.what): \(example) is refused") }
                XCTAssertEqual(date.span == .undated, form.what == "no date", example)
            }
        }
        XCTAssertEqual(FlexibleDate.acceptedForms,
                       "write a day as 2020-04-01, 1 Apr 2020 or 01/04/2020 (day first), a month as 2020-04 or "
                       + "Apr 2020, a quarter as 2020-Q2 or Q2 2020, a financial year as 2019/20, a year as 2019, a period as "
                       + "2019-09 to 2019-11, a deadline as by 2019-12-31, an open start as since 2016, or no date as undated, TBC or empty")
        for form in ValueParsing.dayForms {
            guard case .success(let day) = ValueParsing.day(form) else { return XCTFail("\(form) is refused") }
            XCTAssertEqual(day, CalendarDate(year: 2020, month: 9, day: 30))
        }
        guard case .success(let labelled) = ValueParsing.flexibleDate(ValueParsing.labelledDateExample) else { return XCTFail() }
        XCTAssertEqual(labelled.label, "Autumn 2019")
        for form in Money.acceptedForms {
            let money = Money.parse(form.example)
            XCTAssertNotNil(money, form.example)
            let negative = form.meaning.contains("cut") || form.meaning.contains("deficit") || form.example.hasPrefix("-")
            XCTAssertEqual((money?.millions ?? 0) < 0, negative, form.example)
        }
    }

    func testSlashSearchesTheHelpAsYouTypeAndNFindsTheNextLine() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("coventry-warwickshire"))
        AppTestSupport.press([.char("?"), .char("/")] + AppTestSupport.type("2019/20"), &program)
        guard case .help(let typing) = program.state.mode else { return XCTFail("/ keeps the help open") }
        XCTAssertNotNil(typing.input)
        var screen = AppTestSupport.screen(program.state)
        XCTAssertTrue(screen.contains { $0.contains("a financial year") && $0.contains("2019/20") }, screen.joined(separator: "\n"))
        XCTAssertTrue(screen[23].hasPrefix("/2019/20"), screen[23])
        let buffer = AppTestSupport.buffer(program.state)
        let row = try XCTUnwrap(screen.firstIndex { $0.contains("a financial year") })
        let column = try XCTUnwrap(screen[row].range(of: "2019/20").map { screen[row].distance(from: screen[row].startIndex, to: $0.lowerBound) })
        XCTAssertTrue(buffer[column, row].style.attributes.contains(.underline), "the match is marked")
        AppTestSupport.press([.enter], &program)
        AppTestSupport.press([.char("/")] + AppTestSupport.type("undo"), &program)
        guard case .help(let first) = program.state.mode, let firstLine = first.matchLine else { return XCTFail("a match") }
        AppTestSupport.press([.enter, .char("n")], &program)
        guard case .help(let second) = program.state.mode, let secondLine = second.matchLine else { return XCTFail("n keeps the help") }
        XCTAssertGreaterThan(secondLine, firstLine, "n goes to the next line holding the search")
        XCTAssertTrue(program.state.message?.text.contains("2 of") ?? false, String(describing: program.state.message))
        screen = AppTestSupport.screen(program.state)
        XCTAssertTrue(screen.contains { $0.lowercased().contains("undo") })
        // Esc while typing goes back to where the help was, with the search before.
        AppTestSupport.press([.char("/")] + AppTestSupport.type("zzzz"), &program)
        XCTAssertTrue(AppTestSupport.screen(program.state)[23].hasSuffix("no match"))
        AppTestSupport.press([.escape], &program)
        guard case .help(let back) = program.state.mode else { return XCTFail("Esc while typing keeps the help open") }
        XCTAssertEqual(back.query, "undo")
        XCTAssertEqual(back.scroll, second.scroll)
        AppTestSupport.press([.escape], &program)
        guard case .normal = program.state.mode else { return XCTFail("Esc closes the help") }
    }

    func testEveryColonCommandRunsFromTheTable() throws {
        var program = AppTestSupport.program(try AppTestSupport.state("coventry-warwickshire"))
        AppTestSupport.press([.char(":")] + AppTestSupport.type("help") + [.enter], &program)
        guard case .help = program.state.mode else { return XCTFail(":help opens the help") }
        AppTestSupport.press([.escape, .char(":")] + AppTestSupport.type("history") + [.enter], &program)
        guard case .history = program.state.mode else { return XCTFail(":history opens the history") }
        AppTestSupport.press([.escape, .char(":")] + AppTestSupport.type("frobnicate") + [.enter], &program)
        XCTAssertEqual(program.state.message?.text, "Unknown command :frobnicate (Tab completes; ? lists every command)")
        XCTAssertEqual(Set(ColonCommands.names).count, ColonCommands.names.count, "no name twice")
    }
}
