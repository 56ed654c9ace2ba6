import ReviewModel
import TerminalToolkit

public struct BudgetsCursor: Hashable, Sendable {
    public var scope: TotalScope = .organisations
    public var yearIndex: Int?
    public var chartMeasure: Measure?
    public var rows = ListState(selected: 0)
    /// First money column shown (the name column stays put).
    public var columnOffset = 0
}
