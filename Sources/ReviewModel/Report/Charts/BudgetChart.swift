import Foundation

/// Budgets by organisation or place for one year and one measure (the allocation when the
/// year has one, else the total budget, else the first measure it has): one horizontal bar
/// per body, drawn from a zero line so a deficit goes left, with the amount written beside it.
public enum BudgetChart {
    public static let barLeft = 260
    public static let rowHeight = 22
    public static let top = 30
    public static let maximumRows = 60

    /// The measure the chart draws for a scope and year, or nil when the scope has no money lines.
    public static func measure(_ figures: BudgetFigures, scope: TotalScope, year: FinancialYear) -> Measure? {
        let present = Set(figures.lines(scope: scope, year: year).map(\.measure))
        return [Measure.allocation, .totalBudget].first(where: present.contains)
            ?? Measure.moneyMeasures.first(where: present.contains)
    }

    public static func chart(_ review: Review, _ figures: BudgetFigures, scope: TotalScope, year: FinancialYear,
                             width: Int = 720) -> ReportChart? {
        guard let measure = measure(figures, scope: scope, year: year) else { return nil }
        let bodies = BoardPaper.entities(review, scope)
        var amounts: [String: Money] = [:]
        for line in figures.lines(scope: scope, year: year) where line.measure == measure {
            guard let id = scope == .organisations ? line.organisationId : line.placeId else { continue }
            amounts[id, default: .zero] = amounts[id, default: .zero] + line.amount
        }
        let rows = Array(bodies.filter { amounts[$0.id] != nil }.prefix(maximumRows))
        guard !rows.isEmpty else { return nil }
        let scopeWord = scope == .organisations ? "organisation" : "place"
        let title = "\(measure.label) \(year) by \(scopeWord)"
        var lines: [String] = rows.map { "\($0.name): \(amounts[$0.id, default: .zero].formatted)" }
        let counted = bodies.filter { amounts[$0.id] != nil }.count
        if rows.count < counted { lines.insert("The first \(rows.count) of \(counted); the table lists them all", at: 0) }

        let values = rows.map { NSDecimalNumber(decimal: amounts[$0.id, default: .zero].millions).doubleValue }
        let low = min(values.min() ?? 0, 0)
        let high = max(values.max() ?? 0, 0)
        let plotWidth = Double(width - barLeft - 90)
        let range = max(high - low, .leastNonzeroMagnitude)
        func x(_ value: Double) -> Double { Double(barLeft) + plotWidth * (value - low) / range }
        let height = top + rows.count * rowHeight + 10
        var svg = SVGWriter(id: "budgets-\(scope.rawValue)", width: width, height: height, title: title,
                            description: lines.joined(separator: "; "))
        svg.label("\(measure.label), £ millions, \(year)", x: 4, y: 16, bold: true)
        let zero = x(0)
        for (row, body) in rows.enumerated() {
            let y = Double(top + row * rowHeight)
            let middle = y + Double(rowHeight) / 2
            let value = values[row]
            let money = amounts[body.id, default: .zero]
            svg.label(SVGWriter.clipped(body.name, to: 40), x: 4, y: middle + 4)
            let end = x(value)
            svg.rect(x: min(zero, end), y: y + 4, width: max(abs(end - zero), 1), height: Double(rowHeight - 8),
                     fill: value < 0 ? ChartPalette.vermillion : ChartPalette.blue, className: "bar",
                     label: "\(body.name): \(money.formatted)")
            svg.label(money.formatted, x: value < 0 ? min(zero, end) - 4 : max(zero, end) + 4, y: middle + 4,
                      anchor: value < 0 ? .end : .start)
        }
        svg.line(x1: zero, y1: Double(top - 2), x2: zero, y2: Double(height - 6), stroke: ChartPalette.ink, className: "zero")
        return svg.chart(title: title, lines: lines)
    }
}
