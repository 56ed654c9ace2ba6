import Foundation
import XCTest
import SnapshotAssertions
import ReviewModel
import ReviewStore

/// Fixtures, a fixed "today", Markdown snapshots and a CSV reader for the board paper tests.
enum ReportTestSupport {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let snapshotDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    /// The same fixed day as the app tests (AppTestSupport.today).
    static let today = CalendarDate(year: 2026, month: 11, day: 23) ?? CalendarDate(dayNumber: 0)
    static let fixtures = ["lancashire-south-cumbria", "leicester-leicestershire-rutland", "north-west-london", "coventry-warwickshire"]

    static func fixturePath(_ name: String) -> String { repository.appendingPathComponent("Fixtures/\(name).json").path }

    static func review(_ name: String) throws -> Review { try ReviewStore().load(fixturePath(name)).review }

    static func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("merger-review-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// Compares with Snapshots/NAME; records it when absent or when RECORD_SNAPSHOTS=1.
    static func assertSnapshot(_ text: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
        TextSnapshot.assertMatches(text, file: snapshotDirectory.appendingPathComponent(name), file: file, line: line)
    }

    /// The lines of a Markdown section, from its "## " heading to the next.
    static func section(_ heading: String, of markdown: String) -> String {
        let lines = markdown.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "## \(heading)") else { return "" }
        let end = lines[(start + 1)...].firstIndex { $0.hasPrefix("## ") } ?? lines.endIndex
        return lines[start..<end].joined(separator: "\n")
    }

    /// The cells of a Markdown table row ("| a | b \\| c |" gives ["a", "b | c"]).
    static func markdownCells(_ row: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in row.dropFirst().dropLast() {
            if escaped {
                if character != "|" { current.append("\\") }
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        cells.append(current.trimmingCharacters(in: .whitespaces))
        return cells
    }
}

/// A strict RFC 4180 reader, independent of the writer: quoted fields may hold commas,
/// doubled quotes and line breaks; records end with CRLF. Throws on anything malformed.
enum CSVReader {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var inQuotes = false
        var fieldWasQuoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if inQuotes {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        scalars.removeFirst()
                        field.unicodeScalars.append("\"")
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                guard field.isEmpty, !fieldWasQuoted else { throw Malformed(description: "a quote inside an unquoted field: \(field)") }
                inQuotes = true
                fieldWasQuoted = true
            case ",":
                record.append(field)
                field = ""
                fieldWasQuoted = false
            case "\r":
                guard scalars.popFirst() == "\n" else { throw Malformed(description: "CR without LF after \(field)") }
                record.append(field)
                records.append(record)
                record = []
                field = ""
                fieldWasQuoted = false
            case "\n":
                throw Malformed(description: "a bare LF ends a record after \(field); records end with CRLF")
            default:
                guard !fieldWasQuoted else { throw Malformed(description: "text after a closing quote: \(field)") }
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes { throw Malformed(description: "an unclosed quote") }
        if !field.isEmpty || !record.isEmpty { throw Malformed(description: "the last record does not end with CRLF") }
        return records
    }
}
