import TerminalToolkit

/// The help overlay: how far it is scrolled and its search (`/` within the help).
public struct HelpState: Hashable, Sendable {
    /// The first line shown.
    public var scroll = 0
    /// What the help was searched for: its matches are marked, and `n`/`N` go to the lines holding them.
    public var query = ""
    /// The line of the help's content holding the match `n`/`N` went to last.
    public var matchLine: Int?
    /// The search being typed (on the bottom line); nil when none is.
    public var input: TextInput?
    /// Where the help was when `/` was pressed: typing searches from there, Esc goes back.
    var before: SearchStart?

    struct SearchStart: Hashable, Sendable {
        var scroll: Int
        var query: String
        var matchLine: Int?
    }

    public init(scroll: Int = 0) { self.scroll = max(0, scroll) }

    /// "2 of 5", "no match", or "" before a search.
    func positionText(_ matches: [Int]) -> String {
        guard !query.isEmpty else { return "" }
        guard !matches.isEmpty else { return "no match" }
        guard let matchLine, let index = matches.firstIndex(of: matchLine) else { return "\(matches.count) lines" }
        return "\(index + 1) of \(matches.count)"
    }
}
