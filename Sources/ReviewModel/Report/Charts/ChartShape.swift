/// One drawn element of a chart, in CSS pixels; text `y` is the baseline.
public enum ChartShape: Hashable, Sendable {
    case rect(x: Double, y: Double, width: Double, height: Double, fill: ChartPaint, stroke: String?)
    case line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double, dashed: Bool)
    case polygon([ChartPoint], fill: ChartPaint, stroke: String)
    case text(String, x: Double, y: Double, anchor: ChartAnchor, bold: Bool, fill: String)
}
