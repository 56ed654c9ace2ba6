import Foundation
import ReviewModel
import TerminalToolkit

/// The audit trail, newest save first: who saved, when, and what changed.
enum HistoryView {
    /// Entry headings and their change lines, wrapped to the width.
    static func lines(_ review: Review, width: Int, timeZone: TimeZone, currentYear: Int) -> [(String, Bool)] {
        guard !review.history.isEmpty else { return [("No saves recorded yet: each save adds who, when and what changed.", false)] }
        var result: [(String, Bool)] = []
        for entry in review.history.reversed() {
            result.append(("\(HumanTime.format(entry.at, timeZone: timeZone, currentYear: currentYear))  \(entry.user)  (\(entry.changes.count) change\(entry.changes.count == 1 ? "" : "s"))", true))
            for change in entry.changes {
                for (i, line) in TextView(change).wrappedLines(width: max(10, width - 4)).enumerated() {
                    result.append(((i == 0 ? "  - " : "    ") + line, false))
                }
            }
        }
        return result
    }

    static func render(_ state: AppState, scroll: Int, in area: Rect, into buffer: inout Buffer) {
        let box = area.inset(by: 1)
        buffer.fill(box)
        let inner = buffer.drawBox(box, title: " History of saves (Esc closes) ")
        let all = lines(state.review, width: inner.width, timeZone: state.session.timeZone, currentYear: state.session.today.year)
        let start = min(scroll, max(0, all.count - inner.height))
        for (i, line) in all.dropFirst(start).prefix(inner.height).enumerated() {
            buffer.write(line.0, in: Rect(x: inner.x, y: inner.y + i, width: inner.width, height: 1),
                         style: line.1 ? state.theme[.title] : .plain)
        }
    }
}
