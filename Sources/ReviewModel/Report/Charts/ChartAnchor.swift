/// Where a text's x is: its start, middle or end.
public enum ChartAnchor: String, Hashable, Sendable {
    case start, middle, end
}
