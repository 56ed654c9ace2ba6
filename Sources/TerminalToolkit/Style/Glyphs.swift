/// The drawing characters widgets use, in a Unicode and an ASCII set. The backend
/// says whether the locale is UTF-8; pick `.ascii` when it is not.
public struct Glyphs: Hashable, Sendable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    /// Marks text cut short.
    public var ellipsis: String
    /// Drawn before the selected row of a list.
    public var selectionMarker: String
    /// Between status-bar segments and tabs.
    public var separator: String
    /// Hints that there is more above or below.
    public var moreAbove: Character
    public var moreBelow: Character
    /// The part of a scroll gutter that stands for the rows on screen.
    public var scrollThumb: Character = "█"

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
        bottomLeft: "└", bottomRight: "┘", ellipsis: "…", selectionMarker: "> ",
        separator: " │ ", moreAbove: "▲", moreBelow: "▼")

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
        bottomLeft: "+", bottomRight: "+", ellipsis: "...", selectionMarker: "> ",
        separator: " | ", moreAbove: "^", moreBelow: "v", scrollThumb: "#")
}
