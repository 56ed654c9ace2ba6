import ReviewModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the board paper (see `BoardPaper`) to disk, each file durably through
/// `DurableWriter`. A report is regenerated from the review at will, so overwriting one
/// leaves no FILE.bak behind.
public struct ReportFiles: Sendable {
    public let fileSystem: any FileSystem

    public init(fileSystem: any FileSystem = PosixFileSystem()) { self.fileSystem = fileSystem }

    /// Writes UTF-8 text to a file.
    public func write(_ text: String, to path: String) throws(FileSystemError) {
        try DurableWriter(fileSystem: fileSystem).write(Array(text.utf8), to: path, options: .generated)
    }

    /// Writes the board paper as a Word document (.docx).
    public func writeDocx(_ review: Review, today: CalendarDate, since: Review? = nil, to path: String) throws(FileSystemError) {
        let bytes: [UInt8]
        do {
            bytes = try DocxArchive.bytes(BoardPaper.docxParts(review, today: today, since: since))
        } catch {
            throw FileSystemError(operation: "zip the Word document for", path: path, code: EIO)
        }
        try DurableWriter(fileSystem: fileSystem).write(bytes, to: path, options: .generated)
    }

    /// Writes one `NAME.csv` per table into a directory, creating it (and its parents) if
    /// missing. Returns the paths written, in the tables' order.
    @discardableResult
    public func writeCSV(_ tables: [(name: String, csv: String)], intoDirectory directory: String) throws(FileSystemError) -> [String] {
        try makeDirectory(directory)
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        return try writeEach(tables) { "\(base)/\($0).csv" }
    }

    /// Writes one file per table named after a CSV path: `paper.csv` gives `paper-tests.csv`,
    /// `paper-timeline.csv` and so on, beside it. Returns the paths written.
    @discardableResult
    public func writeCSV(_ tables: [(name: String, csv: String)], besides path: String) throws(FileSystemError) -> [String] {
        let stem = ReportFiles.hasCSVSuffix(path) ? String(path.dropLast(4)) : path
        return try writeEach(tables) { "\(stem)-\($0).csv" }
    }

    /// Writes each table to the path named after it, in order; returns the paths.
    private func writeEach(_ tables: [(name: String, csv: String)], path: (String) -> String) throws(FileSystemError) -> [String] {
        var written: [String] = []
        for table in tables {
            let target = path(table.name)
            try write(table.csv, to: target)
            written.append(target)
        }
        return written
    }

    public static func hasCSVSuffix(_ path: String) -> Bool { path.lowercased().hasSuffix(".csv") }

    /// The format `:export PATH` writes for a path that is not a directory, by its extension.
    public enum ExportFormat: Equatable, Sendable {
        case markdown, html, docx, csv

        public init(path: String) {
            let lower = path.lowercased()
            if lower.hasSuffix(".docx") { self = .docx }
            else if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { self = .html }
            else if lower.hasSuffix(".csv") { self = .csv }
            else { self = .markdown }
        }
    }

    /// `:export PATH` in the app: an existing directory gets one CSV file per table, a path
    /// ending in ".csv" gets one CSV file per table named after it, ".docx" the Word paper,
    /// ".html" (or ".htm") the HTML paper, anything else the Markdown paper. Returns an error
    /// message, or nil when everything was written.
    public func export(_ review: Review, to path: String, today: CalendarDate) -> String? {
        do {
            if try fileSystem.status(path)?.kind == .directory {
                try writeCSV(BoardPaper.csvTables(review, today: today), intoDirectory: path)
                return nil
            }
            switch ExportFormat(path: path) {
            case .csv: try writeCSV(BoardPaper.csvTables(review, today: today), besides: path)
            case .docx: try writeDocx(review, today: today, to: path)
            case .html: try write(BoardPaper.html(review, today: today), to: path)
            case .markdown: try write(BoardPaper.markdown(review, today: today), to: path)
            }
            return nil
        } catch {
            return error.description
        }
    }

    /// `mkdir -p`: every missing directory on the path, each a directory when done.
    func makeDirectory(_ path: String) throws(FileSystemError) {
        if let existing = try fileSystem.status(path) {
            guard existing.kind == .directory else { throw FileSystemError(operation: "write into", path: path, code: ENOTDIR) }
            return
        }
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component
            if try fileSystem.status(prefix) == nil, mkdir(prefix, 0o777) != 0, errno != EEXIST {
                throw FileSystemError(operation: "create the directory", path: prefix, code: errno)
            }
            prefix += "/"
        }
        guard try fileSystem.status(path)?.kind == .directory else {
            throw FileSystemError(operation: "write into", path: path, code: ENOTDIR)
        }
    }
}
