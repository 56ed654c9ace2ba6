import ReviewModel
import TerminalToolkit

/// The messages log (`M`, `:messages`, vim's habit): every status message of the session in
/// full, oldest first, each with its local time; errors and warnings marked "!".
enum MessagesView {
    static let keys = "↑↓ PgUp PgDn Home End · Esc closes"

    static func box(_ size: Size) -> Rect {
        Rect(x: 0, y: 3, width: size.width, height: max(3, size.height - 5))
    }

    static func lines(_ state: AppState) -> [Span] {
        let box = box(state.size)
        guard !state.messageLog.isEmpty else { return ScrollBox.wrap([Span("No messages yet in this session.")], box: box) }
        let year = state.session.today.year
        return ScrollBox.wrap(state.messageLog.map { message in
            let time = message.at.map { HumanTime.format($0, timeZone: state.session.timeZone, currentYear: year) } ?? "now"
            return Span("\(time) \(message.isError ? "! " : "")\(message.text)",
                        style: message.isError ? state.theme[.warning] : .plain)
        }, box: box, hangingIndent: 4)
    }

    static func maxScroll(_ state: AppState) -> Int {
        ScrollBox.maxScroll(lineCount: lines(state).count, box: box(state.size))
    }

    static func render(_ state: AppState, scroll: Int, into buffer: inout Buffer) {
        ScrollBox(title: "Messages (\(state.messageLog.count))", lines: lines(state), keys: keys,
                  borderStyle: state.theme[.border], mutedStyle: state.theme[.muted])
            .render(in: box(state.size), buffer: &buffer, scroll: scroll)
    }
}
