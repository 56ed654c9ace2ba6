import Foundation
import XCTest
import ReviewModel
import ReviewStore

/// The Word and HTML papers of every fixture printed to PDF the way a board secretary would
/// (LibreOffice for Word, headless Chromium for HTML), then read back with pdftotext: the key
/// figures, every test title and every recommendation are on the pages. `.ci/run` installs
/// LibreOffice, Chromium and poppler-utils; without them the test is skipped, saying which
/// is missing.
final class PrintedPaperTests: XCTestCase {
    private static func tool(_ names: [String]) -> String? {
        for name in names {
            for directory in ["/usr/bin", "/usr/local/bin", "/bin"] {
                let path = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }

    /// Runs a tool to completion (at most two minutes), returning its status and what it said.
    private func run(_ path: String, _ arguments: [String], in directory: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = directory
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    private func normalised(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    func testWordAndHTMLPapersPrintWithTheirFiguresTestsAndRecommendations() throws {
        let office = Self.tool(["soffice", "libreoffice"])
        let chromium = Self.tool(["chromium", "chromium-browser", "google-chrome"])
        let pdftotext = Self.tool(["pdftotext"])
        let missing = [office == nil ? "LibreOffice (soffice)" : nil, chromium == nil ? "Chromium" : nil,
                       pdftotext == nil ? "pdftotext (poppler-utils)" : nil].compactMap { $0 }
        guard let office, let chromium, let pdftotext else {
            throw XCTSkip("printing the papers needs \(missing.joined(separator: ", ")); .ci/run installs them")
        }
        let directory = try BinaryRunner.temporaryDirectory()
        let fixtures = ["lancashire-south-cumbria", "leicester-leicestershire-rutland", "north-west-london", "coventry-warwickshire"]
        for fixture in fixtures {
            for format in ["docx", "html"] {
                let result = try BinaryRunner.run(["report", BinaryRunner.fixture(fixture), "--format", format, "--out", "\(directory)/\(fixture).\(format)"])
                XCTAssertEqual(result.status, 0, result.errors)
            }
        }
        // One LibreOffice run converts the four Word papers, with a profile of its own.
        let converted = try run(office, ["-env:UserInstallation=file://\(directory)/office-profile", "--headless", "--convert-to", "pdf",
                                         "--outdir", "\(directory)/word"] + fixtures.map { "\(directory)/\($0).docx" }, in: directory)
        XCTAssertEqual(converted.status, 0, converted.output)
        try FileManager.default.createDirectory(atPath: "\(directory)/html", withIntermediateDirectories: true)
        for fixture in fixtures {
            let printed = try run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                             "--user-data-dir=\(directory)/chromium-profile",
                                             "--print-to-pdf=\(directory)/html/\(fixture).pdf", "file://\(directory)/\(fixture).html"], in: directory)
            XCTAssertEqual(printed.status, 0, printed.output)
        }

        for fixture in fixtures {
            let review = try ReviewStore().load(BinaryRunner.fixture(fixture)).review
            var expected = review.mergerTests.map(\.title) + review.recommendations.map(\.text)
            expected += ReviewSummary(review).entries.filter { $0.level == .budgetFigure }.map(\.value)
            switch fixture {
            case "lancashire-south-cumbria": expected += ["£2,909.3m", "1,777,610"]
            case "coventry-warwickshire": expected += ["-£15.0m (-1.2%)"]
            default: break
            }
            for pdf in ["\(directory)/word/\(fixture).pdf", "\(directory)/html/\(fixture).pdf"] {
                guard FileManager.default.fileExists(atPath: pdf) else {
                    XCTFail("not printed: \(pdf)")
                    continue
                }
                let text = try run(pdftotext, ["-raw", "-enc", "UTF-8", pdf, "-"], in: directory)
                XCTAssertEqual(text.status, 0, text.output)
                let pages = normalised(text.output)
                for phrase in expected {
                    XCTAssertTrue(pages.contains(normalised(phrase)), "\(pdf) lacks: \(phrase)")
                }
            }
        }
    }
}
