import ReviewModel
import TerminalToolkit

/// The keys a secretary uses while the committee talks: RAG and status of the selected test.
enum QuickEdits {
    static func setRAG(_ rag: RAG, _ state: inout AppState) {
        guard let index = state.selectedTestIndex else { return }
        var review = state.review
        let old = review.mergerTests[index].rag
        guard old != rag else { return state.say("Already \(rag.label)") }
        review.mergerTests[index].rag = rag
        let title = review.mergerTests[index].title
        state.commit(review, label: "\(title): RAG \(old.label) → \(rag.label)")
        state.say("\(title): RAG \(rag.label.uppercased())")
    }

    static func cycleStatus(_ state: inout AppState) {
        guard let index = state.selectedTestIndex else { return }
        var review = state.review
        let all = TestStatus.allCases
        let old = review.mergerTests[index].status
        let new = all[((all.firstIndex(of: old) ?? 0) + 1) % all.count]
        review.mergerTests[index].status = new
        let title = review.mergerTests[index].title
        state.commit(review, label: "\(title): status \(old.label) → \(new.label)")
        let readiness = state.derived.readinessText
        state.say("\(title): \(new.label) — readiness \(readiness)")
    }
}
