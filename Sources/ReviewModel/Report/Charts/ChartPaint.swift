/// How a shape is filled: a colour ("#RRGGBB"), or diagonal hatching in a colour.
public enum ChartPaint: Hashable, Sendable {
    case colour(String)
    case hatch(String)
}
