/// Why an import was refused: the file (the one given, or evidence.csv beside it) and every problem in it.
public struct CSVImportFailure: Error, Sendable {
    public enum File: Sendable { case main, evidence }
    public var file: File
    public var issues: [CSVImportIssue]
}
