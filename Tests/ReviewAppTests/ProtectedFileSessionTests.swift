import XCTest
import ReviewModel
import TerminalToolkit
@testable import ReviewApp

/// ^S on a write-protected or hard-linked file asks before replacing it; only Overwrite does.
final class ProtectedFileSessionTests: XCTestCase {
    private typealias Support = AppTestSupport

    private func askedProgram() throws -> (ReviewProgram, Support.SavedFiles) {
        let saved = Support.SavedFiles()
        saved.protectedReason = "the file is write-protected (mode 444)"
        var program = Support.program(try Support.state("lancashire-south-cumbria"), saved: saved)
        Support.press([.char("2"), .char("g"), .ctrl("s")], &program)
        return (program, saved)
    }

    func testSavingAWriteProtectedFileAsksAndNothingIsWrittenUntilOverwrite() throws {
        var (program, saved) = try askedProgram()
        guard case .confirmOverwrite(let dialog, _) = program.state.mode else { return XCTFail("no question: \(program.state.mode)") }
        XCTAssertEqual(dialog.buttons.map(\.label), ["Overwrite", "Save as…", "Cancel"])
        XCTAssertTrue(dialog.message[0].contains("write-protected (mode 444)"), "\(dialog.message)")
        XCTAssertEqual(dialog.selectedButton, 2, "the default keeps the file")
        XCTAssertTrue(saved.files.isEmpty)
        XCTAssertTrue(program.state.isModified)
        Support.press([.char("o")], &program)
        XCTAssertNotNil(saved.files["lancashire-south-cumbria.json"])
        XCTAssertFalse(program.state.isModified)
    }

    func testEnterOnTheDefaultAndEscAndRCancel() throws {
        for keys: [Key] in [[.enter], [.escape], [.char("r")], [.char("c")]] {
            var (program, saved) = try askedProgram()
            Support.press(keys, &program)
            if case .confirmOverwrite = program.state.mode {
                XCTAssertEqual(keys, [.char("r")], "r is not an answer here: the question stays")
                Support.press([.escape], &program)
            }
            XCTAssertTrue(saved.files.isEmpty, "\(keys)")
            XCTAssertTrue(program.state.isModified, "\(keys)")
        }
    }
}
