import ReviewModel
import TerminalToolkit

/// What the reader shows for an item: every field in full, names instead of ids, the
/// item's evidence and the actions linked to it.
enum ReaderContent {
    /// A paragraph to wrap, and whether it is a label.
    struct Paragraph: Hashable {
        var text: String
        var isLabel: Bool
    }

    static func title(_ item: ItemRef, _ state: AppState) -> String {
        let review = state.review
        switch item {
        case .test(let i): return "Merger test \(i + 1) of \(review.mergerTests.count)"
        case .evidence(let t, let e): return "Evidence \(e + 1) of \(review.mergerTests[t].evidence.count) for test \(t + 1)"
        case .milestone: return "Milestone"
        case .criterion: return "Criterion"
        case .option: return "Option"
        case .cell: return "Appraisal judgement"
        case .organisation: return "Organisation"
        case .place: return "Place"
        case .budgetLine: return "Budget line"
        case .recommendation: return "Recommendation"
        case .action: return "Action"
        case .paper: return "Cover sheet"
        }
    }

    static func paragraphs(_ item: ItemRef, _ state: AppState) -> [Paragraph] {
        let review = state.review
        var result = SinceHandling.readerLines(item, state).map { Paragraph(text: $0.text, isLabel: $0.isLabel) }
        let fields = ItemFields.fields(for: item, in: review, year: ItemEditing.currentYear(state))
        for field in fields {
            let value = names(field.read(review), state)
            if field.kind.isNotes || value.terminalWidth > 40 || value.contains("\n") {
                result.append(Paragraph(text: field.name, isLabel: true))
                let lines = value.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                result += (value.isEmpty ? ["—"] : lines).map { Paragraph(text: "  " + $0, isLabel: false) }
            } else {
                result.append(Paragraph(text: "\(field.name): \(value.isEmpty ? "—" : value)", isLabel: false))
            }
        }
        if case .test(let t) = item {
            let evidence = review.mergerTests[t].evidence
            result.append(Paragraph(text: "Evidence (\(evidence.count))", isLabel: true))
            if evidence.isEmpty { result.append(Paragraph(text: "  none yet", isLabel: false)) }
            for entry in evidence {
                let state = (entry.state == .accepted ? "✓ " : "") + entry.state.label.uppercased()
                let parts = [entry.title.singleLine, entry.reference, entry.date?.short ?? "undated"].filter { !$0.isEmpty }
                result.append(Paragraph(text: "  \(state)  " + parts.joined(separator: " · "), isLabel: false))
            }
        }
        if let id = QuickCapture.linkId(for: item, in: review) {
            let linked = state.derived.actions(linkedTo: id, in: review)
            if !linked.isEmpty {
                result.append(Paragraph(text: "Actions linked (\(linked.count))", isLabel: true))
                for action in linked {
                    let due = action.due.map { " · due \($0.short)" } ?? ""
                    let owner = action.owner.isEmpty ? "" : " · \(action.owner)"
                    result.append(Paragraph(text: "  \(action.title.singleLine)\(owner)\(due) · \(action.status.label)", isLabel: false))
                }
            }
        }
        return result
    }

    /// A list of ids ("ms-a, ms-b") as the items' names; any other text as it is.
    static func names(_ value: String, _ state: AppState) -> String {
        let parts = value.split(separator: ",").map { $0.trimmingSpaces }
        guard !parts.isEmpty else { return value }
        let titles = parts.compactMap { state.derived.title(ofItem: $0, in: state.review) }
        return titles.count == parts.count ? titles.joined(separator: "; ") : value
    }

    /// The paragraphs wrapped to `width`, each line with its style.
    static func lines(_ item: ItemRef, _ state: AppState, width: Int) -> [(String, Style)] {
        var result: [(String, Style)] = []
        for paragraph in paragraphs(item, state) {
            let indent = paragraph.text.hasPrefix("  ") ? "  " : ""
            let body = indent.isEmpty ? paragraph.text : String(paragraph.text.dropFirst(2))
            let wrapped = WordWrap.wrap(body, width: max(1, width - indent.count))
            for line in wrapped.isEmpty ? [""] : wrapped {
                result.append((indent + line, paragraph.isLabel ? state.theme[.header] : .plain))
            }
        }
        return result
    }
}
