import ReviewModel
import TerminalToolkit

/// The merger tests as a table: what each column shows, the columns with their limits and
/// priorities, and the rows. `Derived` measures the columns' content with `texts(_:)` when
/// the tests change.
enum TestsTable {
    /// Measured columns, in the order of `texts(_:)`.
    static let measuredColumns = 6

    /// A test's texts under Merger test, Status, RAG, Owner, Target and Ev.
    static func texts(_ test: MergerTest) -> [String] {
        [test.title.singleLine, statusText(test), ragText(test.rag), test.owner, test.targetDate?.display ?? "",
         String(test.evidence.count)]
    }

    static func statusText(_ test: MergerTest) -> String { (test.status == .assured ? "✓ " : "") + test.status.label }
    static func ragText(_ rag: RAG) -> String { rag == .unrated ? "—" : rag.label.uppercased() }

    static func ragStyle(_ rag: RAG, _ theme: Theme) -> Style {
        switch rag {
        case .red: return theme[.ragRed]
        case .amber: return theme[.ragAmber]
        case .green: return theme[.ragGreen]
        case .unrated: return theme[.muted]
        }
    }

    /// The title takes what is spare; owner and target are the first to go on a narrow
    /// terminal, and collapse when no test has one.
    static func columns(_ widths: [Int], count: Int) -> [TableColumn] {
        let width = { (column: Int) in widths.indices.contains(column) ? widths[column] : 0 }
        return [
            .numeric("#", minWidth: 1, maxWidth: 6, contentWidth: String(count).count, priority: 3),
            TableColumn("Merger test", minWidth: 12, maxWidth: 400, contentWidth: width(0), priority: 6, fills: true),
            TableColumn("Status", minWidth: 6, maxWidth: 16, contentWidth: width(1), priority: 5),
            TableColumn("RAG", minWidth: 3, maxWidth: 6, contentWidth: width(2), priority: 5),
            TableColumn("Owner", minWidth: 5, maxWidth: 30, contentWidth: width(3), priority: 1),
            TableColumn("Target", minWidth: 6, maxWidth: 24, contentWidth: width(4), priority: 2),
            .numeric("Ev", minWidth: 2, maxWidth: 5, contentWidth: width(5), priority: 4),
        ]
    }

    static func table(_ state: AppState) -> Table {
        let theme = state.theme
        let tests = state.review.mergerTests
        let shown = state.shownTests
        let selected = state.tests.focus == .tests ? theme[.selected] : Style(attributes: .underline)
        return Table(columns: columns(state.derived.testColumns.widths, count: tests.count), rowCount: shown.count,
                     frozenColumns: 0, headerStyle: theme[.header], selectedStyle: selected, gutterStyle: theme[.muted],
                     marker: "▶ ") { position in
            let index = shown[position]
            let test = tests[index]
            let texts = TestsTable.texts(test)
            return TableRow([TableCell(String(index + 1)), TableCell(texts[0]), TableCell(texts[1]),
                             TableCell(texts[2], style: ragStyle(test.rag, theme)), TableCell(texts[3]), TableCell(texts[4]),
                             TableCell(texts[5])], mark: SinceHandling.mark(state, part: "mergerTests", id: test.id))
        }
    }
}
