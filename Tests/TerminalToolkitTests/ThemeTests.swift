import XCTest
import TerminalToolkit

final class ThemeTests: XCTestCase {
    func testNoColorSelectsTheMonochromeTheme() {
        XCTAssertEqual(Theme.suitable(for: .indexed256, environment: ["NO_COLOR": "1"]).name, "monochrome")
        XCTAssertEqual(Theme.suitable(for: .indexed256, environment: ["NO_COLOR": ""]).name, "colour")
        XCTAssertEqual(Theme.suitable(for: .none, environment: [:]).name, "monochrome")
        XCTAssertEqual(Theme.suitable(for: .basic8, environment: [:]).name, "colour")
    }

    func testMonochromeThemeUsesNoColours() {
        for role in ThemeRole.allCases {
            let style = Theme.monochrome[role]
            XCTAssertEqual(style.foreground, .default, role.rawValue)
            XCTAssertEqual(style.background, .default, role.rawValue)
        }
        XCTAssertTrue(Theme.monochrome[.selected].attributes.contains(.reverse))
        XCTAssertTrue(Theme.monochrome[.warning].attributes.contains(.bold))
    }

    func testSelectionIsNotColourAloneInTheColourTheme() {
        XCTAssertTrue(Theme.colour[.selected].attributes.contains(.reverse))
        XCTAssertTrue(Theme.colour[.ragRed].attributes.contains(.bold))
    }

    func testIndexedColoursMapToTheNearestBasicColour() {
        XCTAssertEqual(TerminalColor.indexed(196).nearestBasicColor, .red)
        XCTAssertEqual(TerminalColor.indexed(9).nearestBasicColor, .red)
        XCTAssertEqual(TerminalColor.indexed(255).nearestBasicColor, .white)
        XCTAssertEqual(TerminalColor.blue.nearestBasicColor, .blue)
    }
}
