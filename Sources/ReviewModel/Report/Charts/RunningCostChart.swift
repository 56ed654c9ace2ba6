import Foundation

/// The running-cost target: bars for the baseline, the target and the current running costs
/// on one scale, a dashed line at the target, and the gap still to save written out.
public enum RunningCostChart {
    public static let barLeft = 330
    public static let rowHeight = 26

    public static func chart(_ position: RunningCostPosition, width: Int = 720) -> ReportChart {
        let target = position.target
        let gapText = position.gap.millions > 0 ? "\(position.gap.formatted) still to save"
            : "met (\((-position.gap).formatted) below the target)"
        let rows: [(String, Money)] = [
            ("Baseline \(target.baselineYear)", position.baseline),
            (target.targetLabel, position.targetAmount),
            ("Running costs now", position.current),
        ]
        let title = "Running-cost target: \(gapText)"
        let lines = rows.map { "\($0.0): \($0.1.formatted)" } + ["Gap: \(gapText)"]
        let values = rows.map { NSDecimalNumber(decimal: $0.1.millions).doubleValue }
        let high = max(values.max() ?? 0, .leastNonzeroMagnitude)
        let plotWidth = Double(width - barLeft - 90)
        func x(_ value: Double) -> Double { Double(barLeft) + plotWidth * max(value, 0) / high }
        let top = 10
        let height = top + rows.count * rowHeight + 30
        var svg = SVGWriter(id: "running-cost", width: width, height: height, title: title, description: lines.joined(separator: "; "))
        let fills = [ChartPalette.grey, ChartPalette.green, position.gap.millions > 0 ? ChartPalette.orange : ChartPalette.blue]
        for (index, row) in rows.enumerated() {
            let y = Double(top + index * rowHeight)
            svg.label(row.0, x: 4, y: y + 17)
            svg.rect(x: Double(barLeft), y: y + 5, width: max(x(values[index]) - Double(barLeft), 1), height: Double(rowHeight - 10),
                     fill: fills[index], className: "bar", label: "\(row.0): \(row.1.formatted)")
            svg.label(row.1.formatted, x: x(values[index]) + 4, y: y + 17)
        }
        let targetX = x(values[1])
        svg.line(x1: targetX, y1: Double(top), x2: targetX, y2: Double(top + rows.count * rowHeight), stroke: ChartPalette.ink,
                 dash: "4 3", className: "target")
        svg.label("Gap: \(gapText)", x: 4, y: Double(top + rows.count * rowHeight + 18), bold: true)
        return svg.chart(title: title, lines: lines)
    }
}
