#if canImport(Glibc)
import Glibc
#endif
import ReviewApp
import ReviewGenerator
import ReviewModel
import ReviewStore
import TerminalToolkit

enum KeystrokeBenchmark {
    struct Outcome {
        var results: [Result]
        /// Full repaints after the first frame, over every scenario (should be 0).
        var extraFullRepaints: Int
    }

    static let scenarioNames = [
        "move down", "page down", "switch pane", "search next", "accept an edit", "set RAG", "move down (tests)",
        "move down (actions)", "move down (budgets)", "run a search",
    ]

    static func run(_ fixture: Fixture, repeats: Repeats, only: String? = nil) -> Outcome {
        var results: [Result] = []
        var extraRepaints = 0
        func wanted(_ name: String) -> Bool { only.map { name.hasPrefix($0) } ?? true }

        func bounce(_ name: String, setup: [Key], forward: Key, backward: Key) {
            guard wanted(name) else { return }
            var session = Session(fixture.review, path: fixture.path)
            session.press(setup)
            var key = forward
            var maxCells = 0
            let samples = measure(iterations: repeats.keys, budgetSeconds: 30) {
                let before = session.state.selectedItem
                session.press(key)
                maxCells = max(maxCells, session.renderer.lastFrameCellsSent)
                if session.state.selectedItem == before { key = key == forward ? backward : forward }
            }
            extraRepaints += session.renderer.fullRepaints - 1
            results.append(Result(name: name, samples: samples, note: "cells sent ≤ \(maxCells)"))
        }

        bounce("move down", setup: [], forward: .down, backward: .up)
        bounce("page down", setup: [], forward: .pageDown, backward: .pageUp)

        if wanted("switch pane") {
            var session = Session(fixture.review, path: fixture.path)
            var maxCells = 0
            // Each Tab is also counted by the pane it arrives at, to show which pane's frame is slow.
            var byPane: [Pane: Samples] = [:]
            let samples = measure(iterations: repeats.keys, budgetSeconds: 30) {
                let time = session.press(.tab)
                byPane[session.state.pane, default: Samples()].add(time)
                maxCells = max(maxCells, session.renderer.lastFrameCellsSent)
            }
            extraRepaints += session.renderer.fullRepaints - 1
            results.append(Result(name: "switch pane (Tab, all six)", samples: samples, note: "cells sent ≤ \(maxCells)"))
            for pane in Pane.allCases {
                if let arrivals = byPane[pane] { results.append(Result(name: "  to \(pane.title)", samples: arrivals)) }
            }
        }

        if wanted("search next") || wanted("run a search") {
            var session = Session(fixture.review, path: fixture.path)
            let searchSamples = measure(iterations: max(5, repeats.keys / 50), budgetSeconds: 20) {
                session.press(.char("/"))
                session.type(ReviewGenerator.searchWord)
                session.press(.enter)
            }
            if wanted("run a search") {
                results.append(Result(name: "run a search (/\(ReviewGenerator.searchWord) + type + Enter)",
                                      samples: searchSamples, note: "\(session.state.search.hits.count) hits; whole sequence"))
            }
            if wanted("search next") {
                let samples = measure(iterations: repeats.keys, budgetSeconds: 30) { session.press(.char("n")) }
                results.append(Result(name: "search next (n)", samples: samples))
            }
            extraRepaints += session.renderer.fullRepaints - 1
        }

        if wanted("accept an edit") {
            // Timeline: e opens the editor on the selected milestone's title, a letter replaces it,
            // Enter accepts. Edits pile up in the undo history as in a meeting; every 32 edits the
            // session starts afresh (untimed) so the history's memory stays bounded.
            var session = Session(fixture.review, path: fixture.path)
            var open = Samples(), typing = Samples(), accept = Samples(), undo = Samples()
            let letters = Array("abcdefghijklmnopqrstuvwxyz")
            var deadline = Clock.nanoseconds() + 40_000_000_000
            for i in 0..<(repeats.keys + 1) {
                if i > 0 && i % 32 == 0 {
                    extraRepaints += session.renderer.fullRepaints - 1
                    session = Session(fixture.review, path: fixture.path)
                }
                let o = session.press(.char("e"))
                let t = session.press(.char(letters[i % letters.count]))
                let a = session.press(.enter)
                if i == 0 { continue }
                open.add(o); typing.add(t); accept.add(a)
                if i >= 5 && Clock.nanoseconds() > deadline { break }
            }
            extraRepaints += session.renderer.fullRepaints - 1
            // Undo: an edit (untimed), then u (timed).
            session = Session(fixture.review, path: fixture.path)
            deadline = Clock.nanoseconds() + 30_000_000_000
            for i in 0..<(repeats.keys + 1) {
                session.press([.char("e"), .char(letters[i % letters.count]), .enter])
                let u = session.press(.char("u"))
                if i == 0 { continue }
                undo.add(u)
                if i >= 5 && Clock.nanoseconds() > deadline { break }
            }
            extraRepaints += session.renderer.fullRepaints - 1
            results.append(Result(name: "open editor (e)", samples: open))
            results.append(Result(name: "type in editor", samples: typing))
            results.append(Result(name: "accept an edit (Enter)", samples: accept, note: "milestone title"))
            results.append(Result(name: "undo (u)", samples: undo))
        }

        if wanted("set RAG") {
            // Tests pane: r sets the selected test's RAG to red (timed), u undoes it (untimed).
            var session = Session(fixture.review, path: fixture.path)
            session.press(.char("2"))
            var samples = Samples()
            let deadline = Clock.nanoseconds() + 30_000_000_000
            for i in 0..<(repeats.keys + 1) {
                let time = session.press(.char(session.state.review.mergerTests[0].rag == .red ? "g" : "r"))
                session.press(.char("u"))
                if i == 0 { continue }
                samples.add(time)
                if i >= 5 && Clock.nanoseconds() > deadline { break }
            }
            extraRepaints += session.renderer.fullRepaints - 1
            results.append(Result(name: "set RAG (tests pane, r/g)", samples: samples))
        }

        bounce("move down (tests)", setup: [.char("2")], forward: .down, backward: .up)
        bounce("move down (actions)", setup: [.char("5"), .right], forward: .down, backward: .up)
        bounce("move down (budgets)", setup: [.char("4")], forward: .down, backward: .up)
        return Outcome(results: results, extraFullRepaints: extraRepaints)
    }
}

// MARK: - Saving
