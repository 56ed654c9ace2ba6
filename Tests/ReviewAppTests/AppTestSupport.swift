import Foundation
import XCTest
import SnapshotAssertions
import ReviewModel
import ReviewStore
import TerminalToolkit
@testable import ReviewApp

/// Builds headless app states over the fixtures and compares screens with text snapshots.
enum AppTestSupport {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let snapshotDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    static let today = CalendarDate(year: 2026, month: 11, day: 23) ?? CalendarDate(dayNumber: 0)

    static func fixturePath(_ name: String) -> String { repository.appendingPathComponent("Fixtures/\(name).json").path }

    static func review(_ name: String) throws -> Review { try ReviewStore().load(fixturePath(name)).review }

    /// The zone the tests show times in, whatever the machine's.
    static let timeZone = TimeZone(identifier: "Europe/London") ?? .current

    static func state(_ name: String, width: Int = 80, height: Int = 24, theme: Theme = .monochrome) throws -> AppState {
        var state = AppState(review: try review(name), filePath: "\(name).json", size: Size(width: width, height: height),
                             theme: theme, today: today, user: "secretary")
        state.session.timeZone = timeZone
        return state
    }

    /// Each (fixture, size, theme) the styled snapshots are drawn in: both fixtures with the colour
    /// theme at 80x24, 132x43 and 60x16, and with the monochrome theme (what NO_COLOR gives) at
    /// 80x24. The body gets the state and the snapshot name's pattern (see `snapshotName`).
    static func eachSnapshotScreen(_ body: (AppState, String) throws -> Void) throws {
        for (fixture, short) in [("lancashire-south-cumbria", "lsc"), ("coventry-warwickshire", "cw")] {
            for (width, height) in [(80, 24), (132, 43), (60, 16)] {
                try body(try state(fixture, width: width, height: height, theme: .colour), "\(short)-%@-\(width)x\(height)")
            }
            try body(try state(fixture, theme: .monochrome), "\(short)-%@-80x24-mono")
        }
    }

    /// "lsc-warnings-80x24" from the pattern "lsc-%@-80x24" and the part "warnings".
    static func snapshotName(_ pattern: String, _ part: String) -> String {
        pattern.replacingOccurrences(of: "%@", with: part)
    }

    /// In-memory saves, recorded for assertions.
    final class SavedFiles: @unchecked Sendable {
        var files: [String: Review] = [:]
        var failNext: String?
        /// Someone else changed the file on disk: saves without `overwrite` are refused.
        var changedOnDisk = false
        /// The file is write-protected or hard-linked: saves without `overwrite` are refused with this reason.
        var protectedReason: String?
        /// What a reload returns.
        var onDisk: Review?
        /// The unsaved-change counts the recovery journal was given, in order.
        var recordedEdits: [Int] = []
        var recoveryCleared = 0
    }

    static func program(_ state: AppState, saved: SavedFiles = SavedFiles()) -> ReviewProgram {
        ReviewProgram(state: state, environment: AppEnvironment(
            save: { request, path, overwrite in
                if let failure = saved.failNext {
                    saved.failNext = nil
                    return .failed(failure)
                }
                if saved.changedOnDisk, !overwrite { return .changedOnDisk }
                if let reason = saved.protectedReason, !overwrite { return .needsConfirmation(reason) }
                saved.changedOnDisk = false
                let review = written(request)
                saved.files[path] = review
                return .saved(review)
            },
            reload: {
                guard let review = saved.onDisk else { return .failure(LoadFailure(message: "gone")) }
                saved.changedOnDisk = false
                return .success(review)
            },
            recordEdit: { _, count in saved.recordedEdits.append(count) },
            clearRecovery: { saved.recoveryCleared += 1 }))
    }

    /// The review a save of `request` writes (its history entry with the content hash filled in),
    /// as `ReviewStore.save(_:adding:to:)` makes it.
    static func written(_ request: SaveRequest) -> Review {
        guard let entry = request.entry else { return request.review }
        return ReviewCodec.encode(request.review, adding: entry).review
    }

    static func screen(_ state: AppState) -> [String] { buffer(state).lines() }

    static func buffer(_ state: AppState) -> Buffer {
        var buffer = Buffer(width: state.size.width, height: state.size.height)
        AppView.render(state, into: &buffer)
        return buffer
    }

    @discardableResult
    static func press(_ keys: [Key], _ program: inout ReviewProgram) -> LoopControl {
        var control = LoopControl.continue
        for key in keys {
            control = program.handle(key)
            program.frameDrawn()
        }
        return control
    }

    static func type(_ text: String) -> [Key] { text.map { Key.char($0) } }

    /// Presses keys as the terminal loop does: each key handled, then a frame drawn by the
    /// program, which keeps the scroll offsets the pane's tables worked out.
    static func pressDrawing(_ keys: [Key], _ program: inout ReviewProgram) {
        for key in keys {
            _ = program.handle(key)
            var buffer = Buffer(width: program.state.size.width, height: program.state.size.height)
            program.render(into: &buffer)
        }
    }

    /// The pane's rows of the screen (between the tabs and the status line).
    static func bodyLines(_ state: AppState) -> [String] {
        let lines = screen(state)
        let body = Geometry.body(state.size)
        return Array(lines[body.y..<body.bottom])
    }

    /// Compares with Snapshots/NAME.txt; records it when absent or when RECORD_SNAPSHOTS=1.
    static func assertSnapshot(_ lines: [String], named name: String, file: StaticString = #filePath, line: UInt = #line) {
        TextSnapshot.assertMatches(lines.joined(separator: "\n") + "\n", file: snapshotDirectory.appendingPathComponent("\(name).txt"),
                                   showWhole: true, file: file, line: line)
    }

    /// Compares the screen, text and style runs drawn with the state's theme, with
    /// Snapshots/NAME.txt; records it when absent or when RECORD_SNAPSHOTS=1.
    static func assertStyledSnapshot(_ state: AppState, named name: String, file: StaticString = #filePath, line: UInt = #line) {
        TextSnapshot.assertMatches(StyledSnapshot.text(of: buffer(state), theme: state.theme.name),
                                   file: snapshotDirectory.appendingPathComponent("\(name).txt"),
                                   showWhole: true, file: file, line: line)
    }

    /// Moves the open editor to the named field with Tab, selects all of it and types the text over it.
    static func setField(_ name: String, _ text: String, _ program: inout ReviewProgram,
                         file: StaticString = #filePath, line: UInt = #line) {
        for _ in 0..<30 {
            guard case .editing(let editor) = program.state.mode else { return XCTFail("editor closed", file: file, line: line) }
            if editor.field?.name == name { break }
            press([.tab], &program)
        }
        guard case .editing(let editor) = program.state.mode, editor.field?.name == name else {
            return XCTFail("no field \(name)", file: file, line: line)
        }
        press([.modified(.char("a"), .alt), .backspace] + type(text), &program)
    }

    static func editorIsOpen(_ program: ReviewProgram) -> Bool {
        if case .editing = program.state.mode { return true }
        return false
    }
}
