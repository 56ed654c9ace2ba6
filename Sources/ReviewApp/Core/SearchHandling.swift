import ReviewModel
import TerminalToolkit

/// Search as you type: `/` remembers where the selection is; each character typed moves to the
/// first hit from there (in screen order, `ReviewSearch`); Enter keeps the hit, Esc goes back
/// to where the search started; `n`/`N` step through the hits, saying "3 of 9" and when they
/// wrap round the end.
enum SearchHandling {
    static func start(_ state: inout AppState) {
        _ = state.document.prepareSearch()
        state.mode = .prompt(Prompt(kind: .search, origin: SearchOrigin(state)))
    }

    /// After each change to the typed text: the hits for it, and the first of them from the origin.
    static func typed(_ prompt: Prompt, _ state: inout AppState) {
        guard let origin = prompt.origin else { return }
        origin.restoreSelection(&state)
        let query = prompt.input.text
        guard !query.trimmingSpaces.isEmpty else {
            state.search = SearchState()
            return
        }
        let found = state.document.search(query, from: origin.rank)
        var search = SearchState(query: query, hits: found.hits)
        if !found.hits.isEmpty {
            // Past the last hit on screen, the first one: the search wraps.
            let first = found.firstFromOrigin ?? 0
            search.current = first
            search.wrapped = found.firstFromOrigin == nil
            state.select(found.hits[first])
        }
        state.search = search
    }

    /// Enter: keeps the hit the typing reached (an empty search clears the search).
    static func accept(_ prompt: Prompt, _ state: inout AppState) {
        typed(prompt, &state)
        guard !state.search.query.isEmpty else { return }
        guard let current = state.search.current else {
            state.warn("No matches for \"\(state.search.query)\"")
            return
        }
        say(current, &state)
    }

    /// Esc (or Backspace on an empty prompt): the selection and the search as they were before `/`.
    static func cancel(_ prompt: Prompt, _ state: inout AppState) {
        guard let origin = prompt.origin else { return }
        origin.restoreSelection(&state)
        state.search = origin.previousSearch
        state.say("Search cancelled")
    }

    /// `n` (1) and `N` (-1): the next or previous hit in screen order, wrapping round.
    static func step(by delta: Int, _ state: inout AppState) {
        let hits = state.search.hits
        guard !hits.isEmpty else {
            state.warn(state.search.query.isEmpty ? "No search yet: press / to search" : "No matches for \"\(state.search.query)\"")
            return
        }
        let from = state.search.current ?? (delta > 0 ? -1 : hits.count)
        let next = ((from + delta) % hits.count + hits.count) % hits.count
        state.search.current = next
        state.search.wrapped = hits.indices.contains(from) && (delta > 0 ? next < from : next > from)
        state.select(hits[next])
        say(next, &state)
    }

    static func say(_ current: Int, _ state: inout AppState) {
        let hit = state.search.hits[current]
        state.say("/\(state.search.query): \(state.search.positionText) (\(hit.pane.title))")
    }
}
