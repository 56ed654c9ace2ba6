/// One screen cell: a grapheme and its style.
///
/// A grapheme two columns wide sits in its left cell; the cell to its right is a
/// *continuation* that shows nothing and is skipped when drawing. `Character` stores
/// short graphemes inline, so a cell costs no heap allocation.
public struct Cell: Hashable, Sendable {
    public var grapheme: Character
    public var style: Style
    /// True for the hidden right half of a two-column grapheme.
    public private(set) var isContinuation: Bool

    public init(_ grapheme: Character, style: Style = .plain) {
        self.grapheme = grapheme
        self.style = style
        self.isContinuation = false
    }

    /// A blank cell (a space) in the given style.
    public static func blank(_ style: Style = .plain) -> Cell {
        Cell(" ", style: style)
    }

    /// The right half of a wide grapheme drawn in `style`.
    public static func continuation(_ style: Style = .plain) -> Cell {
        var cell = Cell(" ", style: style)
        cell.isContinuation = true
        return cell
    }

    /// Columns the cell's grapheme covers: 0 for a continuation, else 1 or 2.
    public var width: Int { isContinuation ? 0 : grapheme.terminalWidth }
}
