/// A place in the screen order: the pane, then positions within it (see `ReviewSearch`).
struct SearchRank: Comparable, Hashable, Sendable {
    var pane: Int
    var first: Int
    var second: Int

    init(_ pane: Int, _ first: Int = Int.min, _ second: Int = Int.min) {
        self.pane = pane
        self.first = first
        self.second = second
    }

    static func < (a: SearchRank, b: SearchRank) -> Bool {
        (a.pane, a.first, a.second) < (b.pane, b.first, b.second)
    }
}
