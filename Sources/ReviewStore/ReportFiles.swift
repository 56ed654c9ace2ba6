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

    /// The paper as text, in a format that is text (Markdown, HTML), or nil.
    public static func text(of review: Review, as format: ReportFormat, today: CalendarDate, since: Review? = nil) -> String? {
        switch format {
        case .markdown: BoardPaper.markdown(review, today: today, since: since)
        case .html: BoardPaper.html(review, today: today, since: since)
        case .docx, .csv: nil
        }
    }

    /// Writes the paper in `format` to `path`, or for CSV one file per table into the directory
    /// `path` (see `writeCSV(_:intoDirectory:)`). Returns the paths written.
    @discardableResult
    public func write(_ review: Review, as format: ReportFormat, to path: String, today: CalendarDate,
                      since: Review? = nil) throws(FileSystemError) -> [String] {
        switch format {
        case .markdown, .html:
            try write(ReportFiles.text(of: review, as: format, today: today, since: since) ?? "", to: path)
        case .docx:
            try writeDocx(review, today: today, since: since, to: path)
        case .csv:
            return try writeCSV(BoardPaper.csvTables(review, today: today), intoDirectory: path)
        }
        return [path]
    }

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

    /// `:export PATH` in the app: a directory (one that exists, or any path ending in "/",
    /// created as `report --out` does) gets one CSV file per table, a path ending in ".csv"
    /// gets one CSV file per table named after it, ".docx" the Word paper, ".html" (or ".htm")
    /// the HTML paper, anything else the Markdown paper. Returns every file written, and the
    /// error that stopped it, if any.
    public func export(_ review: Review, to path: String, today: CalendarDate) -> ExportOutcome {
        do {
            let isDirectory = try fileSystem.status(path)?.kind == .directory
            if path.hasSuffix("/") || isDirectory {
                return ExportOutcome(written: try write(review, as: .csv, to: path, today: today))
            }
            let format = ReportFormat(path: path)
            if format == .csv {
                return ExportOutcome(written: try writeCSV(BoardPaper.csvTables(review, today: today), besides: path))
            }
            return ExportOutcome(written: try write(review, as: format, to: path, today: today))
        } catch {
            return ExportOutcome(error: error.description)
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
