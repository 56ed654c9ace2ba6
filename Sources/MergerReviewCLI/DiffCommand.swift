import ArgumentParser
import ReviewModel
import ReviewStore

/// `merger-review diff OLD NEW [--format markdown]`: what changed, item by item.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what changed between two versions of a review, item by item and field by field.",
        discussion: """
            Items are matched by id: added, removed, moved and changed items, each changed field with its old \
            and new value as a person reads it. OLD or NEW may be git:REV (the file at a git revision; \
            git:REV:PATH names the file) or any copy such as FILE.bak. \
            Exit status: 0 the same, 1 they differ, 2 a file cannot be read or is not a valid review.
            """)

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, markdown
    }

    @Option(name: .long, help: "text (the default) or markdown.")
    var format: Format = .text

    @Argument(help: "The earlier review (a file, or git:REV).")
    var old: String

    @Argument(help: "The later review (a file, or git:REV).")
    var new: String

    func run() throws {
        let oldSource = ReviewSource(spec: old), newSource = ReviewSource(spec: new)
        let reviews = try ReviewSources.load([oldSource, newSource]) { $0 == 0 ? newSource.filePath : oldSource.filePath }
        let before = reviews[0], after = reviews[1]
        let comparison = ReviewComparison(from: before, to: after)
        if comparison.isEmpty { return }
        switch format {
        case .text: printText(ComparisonText.plain(comparison, old: old, new: new))
        case .markdown: printText(ComparisonText.markdown(comparison, old: old, new: new))
        }
        throw ExitWithCode(code: 1)
    }
}
