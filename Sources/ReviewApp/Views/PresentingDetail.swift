import ReviewModel
import TerminalToolkit

/// While presenting: the selected item in full, in a box beside or below the pane, so the room
/// can read what is being discussed. The item's name is the box's title; its long texts
/// (description, notes, pros and cons) come first, then its other fields, from the reader's
/// paragraphs.
enum PresentingDetail {
    static func lines(_ item: ItemRef, _ state: AppState, box: Rect) -> [Span] {
        let title = EditorHandling.itemTitle(item, state.review).singleLine
        // Groups: a label and its indented lines (a long text, the evidence), or one short field.
        var groups: [[ReaderContent.Paragraph]] = []
        for paragraph in ReaderContent.paragraphs(item, state) {
            if !paragraph.isLabel, paragraph.text.hasPrefix("  "), !groups.isEmpty { groups[groups.count - 1].append(paragraph) }
            else { groups.append([paragraph]) }
        }
        groups.removeAll { $0.count == 2 && $0[1].text.trimmingSpaces == title }
        let long = groups.filter { $0.count > 1 }
        let short = groups.filter { $0.count == 1 }
        return (long + short).flatMap { group in
            group.flatMap { paragraph in
                ScrollBox.wrap([Span(paragraph.text, style: paragraph.isLabel ? state.theme[.header] : .plain)], box: box,
                               hangingIndent: paragraph.text.hasPrefix("  ") ? 2 : 0)
            }
        }
    }

    static func render(_ state: AppState, into buffer: inout Buffer) {
        let area = Geometry.presentingDetail(state.size)
        guard area.height >= 3, area.width >= 10, let item = state.selectedItem else { return }
        let enter = KeyTable.key(for: .read, in: state.pane)?.displayName ?? "Enter"
        ScrollBox(title: EditorHandling.itemTitle(item, state.review).singleLine, lines: lines(item, state, box: area),
                  keys: "\(enter) reads all", borderStyle: state.theme[.border], mutedStyle: state.theme[.muted])
            .render(in: area, buffer: &buffer, scroll: 0)
    }
}
