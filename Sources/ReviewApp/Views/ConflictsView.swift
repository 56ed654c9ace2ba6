import ReviewModel
import TerminalToolkit

/// The conflicts a merge left: one line per conflict, and for the selected one its value in
/// the base and on each side, side by side in rows.
enum ConflictsView {
    static func render(_ state: AppState, selected: Int, in area: Rect, into buffer: inout Buffer) {
        let box = area.inset(by: 1)
        buffer.fill(box)
        let conflicts = state.review.conflicts
        let inner = buffer.drawBox(box, title: " Conflicts from a merge: \(conflicts.count) left ")
        guard inner.height >= 6 else { return }
        let names = ReviewNames(state.review)
        let shown = conflicts.map { ReviewParts.part($0.part)?.describe($0, names: names) }
        let detailHeight = 5
        let listHeight = max(1, inner.height - detailHeight - 1)
        let list = ListState(selected: min(selected, max(0, conflicts.count - 1)))
        ListView(itemCount: conflicts.count, style: .plain, selectedStyle: state.theme[.selected]) { i in
            guard let c = shown[i] else { return conflicts[i].part }
            return "\(c.what) \"\(c.itemName)\": \(c.field)"
        }.render(in: Rect(x: inner.x, y: inner.y, width: inner.width, height: listHeight), buffer: &buffer, state: list)
        let top = inner.y + listHeight
        buffer.write(String(repeating: "─", count: inner.width), in: Rect(x: inner.x, y: top, width: inner.width, height: 1))
        if conflicts.indices.contains(selected), let c = shown[selected] {
            let rows = [("Base", c.base), ("Ours", c.ours), ("Theirs", c.theirs)]
            for (i, row) in rows.enumerated() {
                buffer.write("\(row.0.padding(toLength: 7, withPad: " ", startingAt: 0))\(row.1)",
                             in: Rect(x: inner.x, y: top + 1 + i, width: inner.width, height: 1))
            }
        }
        buffer.write(ConflictsHandling.keyHints, in: Rect(x: inner.x, y: top + 4, width: inner.width, height: 1),
                     style: state.theme[.keyHint])
    }
}
