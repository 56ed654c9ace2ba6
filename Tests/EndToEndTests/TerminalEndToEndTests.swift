import Foundation
import XCTest

/// The real binary in a real terminal (tmux): the proof the ncurses layer works.
final class TerminalEndToEndTests: XCTestCase {
    func testUnicodeResizeAndQuit() throws {
        let session = try TmuxSession(arguments: [try BinaryRunner.copyOfFixture("lancashire-south-cumbria").path])
        session.waitFor(text: "✓ Done")
        try session.send("4")
        session.waitFor(text: "£2,909.3m")
        XCTAssertTrue(session.alternateScreenOn)
        try session.resize(width: 110, height: 30)
        let resized = session.waitFor("the frame to fill 110x30") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count >= 30 && lines[29].hasPrefix("F1Help F2Save F3Search") && lines[0].hasSuffix("as of 9 Jan 2020")
                && lines[0].count >= 108
        }
        XCTAssertTrue(resized.contains("£2,909.3m"))
        try session.send("q")
        XCTAssertEqual(session.waitForExit(), 0)
        XCTAssertFalse(session.alternateScreenOn, "the alternate screen is left on exit")
    }

    func testVisitsEveryPaneAt80x24AndFindsThePapersFigures() throws {
        // `merger-review Fixtures/lancashire-south-cumbria.json`, on a copy laid out as in the
        // repository, so the lock file never lands in the repository itself.
        let directory = try BinaryRunner.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: "\(directory)/Fixtures", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: BinaryRunner.fixture("lancashire-south-cumbria"),
                                         toPath: "\(directory)/Fixtures/lancashire-south-cumbria.json")
        let session = try TmuxSession(arguments: ["Fixtures/lancashire-south-cumbria.json"], directory: directory)
        session.waitFor(text: "Next: Joint Committee…, 9 Jan 2020 (today)")
        try session.send("2")
        session.waitFor(text: "Co-terminosity")
        try session.send("3")
        session.waitFor(text: "Option 5")
        try session.send("4")
        session.waitFor(text: "£2,909.3m")
        try session.send("1")
        session.waitFor(text: "── as of 9 Jan 2020")
        try session.send("q")
        XCTAssertEqual(session.waitForExit(), 0)
    }

    func testTheOverviewShowsAnAccountableOfficerAndAKeyFigureAt80x24() throws {
        let session = try TmuxSession(arguments: [try BinaryRunner.copyOfFixture("coventry-warwickshire").path])
        session.waitFor(text: "Readiness")
        try session.send("0")
        let overview = session.waitFor(text: "Accountable officer: Andrea Green")
        XCTAssertTrue(overview.contains("[0 Overview]"), overview)
        try session.send("NPage")
        let figures = session.waitFor(text: "Coventry (City) population 2015: 344,300 people")
        XCTAssertTrue(figures.contains("── Key figures"), figures)
        try session.send("q")
        XCTAssertEqual(session.waitForExit(), 0)
    }

    func testTooSmallTerminalSaysSo() throws {
        let session = try TmuxSession(arguments: [try BinaryRunner.copyOfFixture("lancashire-south-cumbria").path], width: 40, height: 10)
        session.waitFor(text: "Terminal too small: 40x10")
        try session.resize(width: 80, height: 24)
        session.waitFor(text: "Readiness")
        try session.send("q")
        XCTAssertEqual(session.waitForExit(), 0)
    }

    func testNoArgumentsInAnEmptyDirectoryCreatesTheExample() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let session = try TmuxSession(arguments: [], directory: directory)
        session.waitFor(text: "Coventry & Warwickshire CCGs")
        session.waitFor(text: "Created review.json")
        let fixture = FileManager.default.contents(atPath: BinaryRunner.fixture("coventry-warwickshire"))
        XCTAssertEqual(FileManager.default.contents(atPath: "\(directory)/review.json"), fixture, "the fixture, byte for byte")
        try session.send("q")
        XCTAssertEqual(session.waitForExit(), 0)
        XCTAssertEqual(try BinaryRunner.run(["validate", "\(directory)/review.json"]).status, 0)
    }

    func testTerminationSignalsRestoreTheTerminalAndExitWith128PlusSignal() throws {
        for (signal, name) in [(SIGTERM, "TERM"), (SIGHUP, "HUP")] {
            let session = try TmuxSession(arguments: [try BinaryRunner.copyOfFixture("north-west-london").path])
            session.waitFor(text: "Readiness")
            let pid = try XCTUnwrap(session.appPid(), "no app pid")
            XCTAssertEqual(kill(pid, signal), 0)
            XCTAssertEqual(session.waitForExit(), 128 + signal, "SIG\(name)")
            XCTAssertFalse(session.alternateScreenOn, "SIG\(name) leaves the alternate screen")
        }
    }
}
