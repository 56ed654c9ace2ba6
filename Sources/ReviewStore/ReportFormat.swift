/// A format of the board paper: what `report --format` names and what `:export PATH` picks
/// from the path's extension.
public enum ReportFormat: String, CaseIterable, Equatable, Sendable {
    case markdown, html, docx, csv

    /// The format for a file by its extension: ".docx" Word, ".html" or ".htm" HTML, ".csv" CSV,
    /// anything else Markdown.
    public init(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".docx") { self = .docx }
        else if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { self = .html }
        else if lower.hasSuffix(".csv") { self = .csv }
        else { self = .markdown }
    }
}
