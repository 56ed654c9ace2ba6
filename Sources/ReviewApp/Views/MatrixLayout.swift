import Foundation
import ReviewModel
import TerminalToolkit

/// How tall the matrix rows are: up to three lines each when the screen has room.
struct MatrixLayout {
    let rowHeight: Int
    let visibleCriteria: Int

    init(_ state: AppState, body: Rect) {
        let criteria = max(1, state.review.appraisal.criteria.count)
        let scoredRows = (state.derived.appraisal?.isScored ?? AppraisalScoringCache.isScored(state)) ? 2 : 0
        let detail = body.height >= 30 ? 8 : 5
        let room = max(1, body.height - 1 - scoredRows - 1 - detail)
        rowHeight = max(1, min(3, room / criteria))
        visibleCriteria = max(1, room / rowHeight)
    }
}
