import ReviewModel
import TerminalToolkit

/// The Overview wrapped to a width, kept in the state between frames (`AppState.overviewText`)
/// so that drawing it or scrolling it does not build and wrap every paragraph again. It is made
/// again when what it shows changes: the programme, the cover sheet, whether the review can be
/// edited (the cover sheet's heading names the key), the opening warnings, or the width.
struct OverviewText: Sendable {
    let programme: Programme
    let paper: PaperDetails?
    let isReadOnly: Bool
    let openingWarnings: [String]
    let width: Int
    let lines: [OverviewLine]

    init(_ state: AppState, width: Int) {
        programme = state.review.programme
        paper = state.review.paper
        isReadOnly = state.isReadOnly
        openingWarnings = state.openingWarnings
        self.width = width
        lines = OverviewView.paragraphs(state).flatMap { paragraph in
            paragraph.text.isEmpty ? [OverviewLine(text: "", role: paragraph.role)]
                : WordWrap.wrap(paragraph.text, width: width).map { OverviewLine(text: $0, role: paragraph.role) }
        }
    }

    /// Whether these are the lines `state` shows at `width` (comparing lists that share storage
    /// with the state's costs next to nothing).
    func describes(_ state: AppState, width: Int) -> Bool {
        self.width == width && isReadOnly == state.isReadOnly && openingWarnings == state.openingWarnings
            && programme == state.review.programme && paper == state.review.paper
    }
}
