import TerminalToolkit

enum AppraisalScoringCache {
    static func isScored(_ state: AppState) -> Bool { state.review.appraisal.cells.contains { $0.score != nil } }
}
