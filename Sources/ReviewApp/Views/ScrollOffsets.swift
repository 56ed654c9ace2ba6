/// The scroll offsets the widgets worked out while drawing a frame: each list scrolls as
/// little as it can from the offset it was given, so the selection stays visible. The
/// program keeps them in the state for the next frame, as ratatui keeps a StatefulWidget's
/// state, so a one-row move redraws one or two rows rather than the whole list.
public struct ScrollOffsets: Hashable, Sendable {
    public var timeline: Int?
    public var tests: Int?
    public var evidence: Int?
    public var budgetRows: Int?
    public var budgetColumns: Int?
    public var appraisalRows: Int?
    public var appraisalColumns: Int?
    public var recommendations: Int?
    public var actions: Int?

    public init() {}
}
