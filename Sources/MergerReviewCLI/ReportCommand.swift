import ArgumentParser
import ReviewModel
import ReviewStore

extension PaperPurpose: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}

/// `merger-review report FILE [--format markdown|csv] [--out PATH]`: the board paper.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the board paper: Markdown or HTML to standard output or a file, a Word file, or one CSV file per table into a directory.",
        discussion: """
            HTML is one file with its styles and charts inside, ready to print to A4; Word (docx) holds the same paper. \
            The paper holds the summary, the merger tests with their RAG ratings and evidence, the timeline with \
            overdue milestones marked, the options appraisal, the budgets with totals and the running-cost target, \
            the decisions and the open actions (see docs/board-paper.md). \
            Exit status: 0 written, 1 invalid data, 2 unreadable input, a file that cannot be written, or a usage error.
            """)

    @Option(name: .long, help: "markdown (the default), html (one self-contained file), docx (Word) or csv.")
    var format: ReportFormat = .markdown

    @Option(name: .long, help: ArgumentHelp(
        "Markdown or HTML: the file to write (default: standard output). Word: the .docx file (required). CSV: the directory for one file per table, created if missing (required).",
        valueName: "PATH"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp(
        "Open the paper with the changes since this earlier version of the review (a file, or git:REV).", valueName: "OLD"))
    var since: String?

    @Argument(help: "A review file.")
    var file: String

    @Option(name: .long, help: "Cover sheet: the meeting (\"Joint Committee of CCGs\").")
    var meeting: String?
    @Option(name: .long, help: "Cover sheet: the date of the meeting, as the paper gives it.")
    var meetingDate: String?
    @Option(name: .long, help: "Cover sheet: the agenda item (\"9\").")
    var agendaItem: String?
    @Option(name: .long, help: "Cover sheet: decision, approval, assurance or information.")
    var purpose: PaperPurpose?
    @Option(name: .long, help: "Cover sheet: the paper's author.")
    var author: String?
    @Option(name: .long, help: "Cover sheet: the executive sponsor.")
    var sponsor: String?
    @Option(name: .long, help: "Cover sheet: where the paper was considered before.")
    var previouslyConsidered: String?

    /// The review's `paper` section with any cover-sheet options in place of its values.
    func paperDetails(_ review: Review) -> PaperDetails? {
        let given = PaperDetails(meeting: meeting ?? "", meetingDate: meetingDate ?? "", agendaItem: agendaItem ?? "",
                                 purpose: purpose, author: author ?? "", sponsor: sponsor ?? "",
                                 previouslyConsidered: previouslyConsidered ?? "")
        guard !given.isEmpty else { return review.paper }
        return (review.paper ?? PaperDetails()).overridden(by: given)
    }

    func validate() throws {
        if format == .docx && out == nil {
            throw ValidationError("--format docx writes a Word file: give it with --out FILE.docx")
        }
        if format == .csv && out == nil {
            throw ValidationError("--format csv writes one file per table (tests.csv, timeline.csv, ...): give the directory with --out DIR")
        }
    }

    func run() throws {
        var loaded = try loadOrExit(file)
        loaded.review.paper = paperDetails(loaded.review)
        let earlier = try since.map { try ReviewSource(spec: $0).load(otherPath: file) }
        let today = Clock.today()
        guard let out else {
            // `validate()` makes Word and CSV name a file: here the format is text.
            printText(ReportFiles.text(of: loaded.review, as: format, today: today, since: earlier) ?? "")
            return
        }
        var written: [String] = []
        try writeOrExit { () throws(FileSystemError) in
            written = try ReportFiles().write(loaded.review, as: format, to: out, today: today, since: earlier)
        }
        if format == .csv {
            let names = written.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
            printLine("Wrote \(written.count) CSV files to \(out): \(names.joined(separator: ", "))")
        } else {
            printLine("Wrote the board paper to \(out)")
        }
    }

    /// Runs a write; a failure is reported on standard error with exit status 2.
    private func writeOrExit(_ body: () throws(FileSystemError) -> Void) throws {
        do {
            try body()
        } catch {
            printError("merger-review report: \(error.description)")
            throw ExitWithCode(code: 2)
        }
    }
}
