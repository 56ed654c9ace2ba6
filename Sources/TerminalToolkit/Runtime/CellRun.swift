/// Consecutive cells on one row, starting at column `x` of row `y`: what the frame
/// renderer sends to a backend. May contain continuation cells, which backends skip
/// (the wide grapheme before them already covers them).
public struct CellRun: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var cells: [Cell]

    public init(x: Int, y: Int, cells: [Cell]) {
        self.x = x
        self.y = y
        self.cells = cells
    }
}
