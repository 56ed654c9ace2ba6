import ReviewApp
import ReviewGenerator
import ReviewModel
import TerminalToolkit

/// Search as you type at 80x24: each typed character of a search is one update (the hits for
/// the text so far, the first from where `/` was pressed, selected) + view + diff. Also `/`
/// itself, which brings the search index up to date: built whole the first time, and after an
/// edit only the blocks of items that changed.
enum SearchBenchmark {
    /// Searches typed one character at a time: a word in one item in fifty, common and rare
    /// letters, a phrase, and text found nowhere.
    static let queries = [ReviewGenerator.searchWord, "e", "board", "q", "the joint committee", "zzqx"]

    static func run(_ fixture: Fixture, iterations: Int) -> [Result] {
        var session = Session(fixture.review, path: fixture.path)
        session.press(.char("1"))
        var first = Samples()
        first.add(session.press(.char("/")))
        session.press(.escape)
        var open = Samples(), typing = Samples(), openAfterEdit = Samples()
        var hits = 0
        for iteration in 0..<max(1, iterations) {
            for query in queries {
                open.add(session.press(.char("/")))
                for character in query { typing.add(session.press(.char(character))) }
                hits = max(hits, session.state.search.hits.count)
                session.press(.escape)
            }
            // An edit (untimed), then `/` again: the blocks the edit touched are rebuilt.
            session.press([.char("e"), .char(Character(String(iteration % 10))), .enter])
            openAfterEdit.add(session.press(.char("/")))
            session.press(.escape)
        }
        return [
            Result(name: "first / (builds the search index)", samples: first),
            Result(name: "/ (index up to date)", samples: open),
            Result(name: "/ after an edit", samples: openAfterEdit, note: "the edited block rebuilt"),
            Result(name: "each typed character of a search", samples: typing,
                   note: "\(queries.count) searches; up to \(Format.grouped(hits)) hits"),
        ]
    }
}
