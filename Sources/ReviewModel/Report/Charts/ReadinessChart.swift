/// Readiness by merger test: one row per test, a bar whose length is how far the test has
/// come (Not started, In progress, Evidenced, Assured), coloured by its RAG rating, with the
/// status and the RAG word written beside it.
public enum ReadinessChart {
    public static let barLeft = 280
    public static let barWidth = 300
    public static let rowHeight = 22
    public static let top = 26
    public static let maximumRows = 60

    /// How far along a status is, out of 3.
    static func stage(_ status: TestStatus) -> Int {
        switch status {
        case .notStarted: return 0
        case .inProgress: return 1
        case .evidenced: return 2
        case .assured: return 3
        }
    }

    public static func chart(_ review: Review, width: Int = 720) -> ReportChart {
        let tests = Array(review.mergerTests.prefix(maximumRows))
        let summary = ReviewSummary.readinessText(review.readiness)
        let title = "Readiness by merger test: \(summary)"
        var lines: [String] = []
        if tests.count < review.mergerTests.count {
            lines.append("The first \(tests.count) of \(review.mergerTests.count) tests; the table lists them all")
        }
        for (index, test) in tests.enumerated() {
            lines.append("Test \(index + 1), \(test.title): \(test.status.label), \(BoardPaper.ragWord(test.rag))")
        }
        let height = top + tests.count * rowHeight + 10
        var svg = SVGWriter(id: "readiness", width: width, height: height, title: title, description: lines.joined(separator: "; "))
        let stages = ["Not started", "In progress", "Evidenced", "Assured"]
        for (index, name) in stages.enumerated() {
            let x = Double(barLeft + barWidth * index / 3)
            svg.line(x1: x, y1: Double(top - 4), x2: x, y2: Double(height - 8), stroke: ChartPalette.rule, className: "stage")
            svg.label(name, x: x, y: Double(top - 8), anchor: index == 0 ? .start : index == 3 ? .end : .middle)
        }
        for (index, test) in tests.enumerated() {
            let y = Double(top + index * rowHeight)
            let middle = y + Double(rowHeight) / 2
            svg.label(SVGWriter.clipped("\(index + 1). \(test.title)", to: 46), x: 4, y: middle + 4)
            let length = Double(barWidth * stage(test.status)) / 3
            svg.rect(x: Double(barLeft), y: y + 5, width: max(length, 3), height: Double(rowHeight - 10),
                     fill: ChartPalette.rag(test.rag), stroke: ChartPalette.ink, className: "test",
                     label: "\(test.title): \(test.status.label), \(BoardPaper.ragWord(test.rag))")
            svg.label("\(test.status.label), \(BoardPaper.ragWord(test.rag))", x: Double(barLeft + barWidth + 10), y: middle + 4)
        }
        return svg.chart(title: title, lines: lines)
    }
}
