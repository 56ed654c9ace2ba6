/// The programme timeline as a Gantt-style chart: one row per milestone in date order, a
/// date covering more than a day (a period, a month, a financial year) as a bar from its first
/// day to its last, a single day as a diamond, an undated milestone as its words only, the as-of date as a dashed vertical line. Overdue milestones are
/// hatched as well as coloured and say OVERDUE in their label; every date is written at its
/// own precision ("Jun 2019", "Autumn 2019", "30 Sep 2020").
public enum TimelineChart {
    /// The plot's left edge: milestone titles sit to its left.
    public static let plotLeft = 250
    /// The gap between the plot's right edge and the chart's.
    public static let plotRightMargin = 20
    public static let rowHeight = 22
    /// The top of the first row, below the year axis labels.
    public static let top = 34
    /// More milestones than this are listed in the table only; the chart says how many it shows.
    public static let maximumRows = 60

    /// The days the chart spans: the first milestone day (or the as-of date, if earlier) to the
    /// last day any milestone covers (or the as-of date, if later).
    public static func span(_ milestones: [Milestone], asOf: CalendarDate) -> (first: CalendarDate, last: CalendarDate) {
        var first = asOf
        var last = asOf
        for milestone in milestones {
            if let day = milestone.date.earliestDay { first = min(first, day) }
            if let day = milestone.latestDay ?? milestone.date.earliestDay { last = max(last, day) }
        }
        return (first, last)
    }

    /// The x of a day for a chart `width` wide spanning `span`.
    public static func x(of day: CalendarDate, span: (first: CalendarDate, last: CalendarDate), width: Int) -> Double {
        let plotWidth = Double(width - plotLeft - plotRightMargin)
        let days = max(span.first.days(until: span.last), 1)
        return Double(plotLeft) + plotWidth * Double(span.first.days(until: day)) / Double(days)
    }

    public static func chart(_ review: Review, width: Int = 720) -> ReportChart {
        let asOf = review.programme.asOf
        let all = review.milestonesInDateOrder
        let shown = Array(all.prefix(maximumRows))
        let span = span(shown, asOf: asOf)
        let height = top + shown.count * rowHeight + 30
        var lines = ["As of \(asOf.short)"]
        if shown.count < all.count { lines.append("The first \(shown.count) of \(all.count) milestones; the table lists them all") }
        for milestone in shown {
            var line = "\(BoardPaper.dateText(milestone)): \(milestone.title) (\(milestone.status.label))"
            if milestone.isOverdue(asOf: asOf) { line += ", OVERDUE" }
            lines.append(line)
        }
        let title = "Timeline: \(all.count) milestone\(all.count == 1 ? "" : "s"), \(review.overdueMilestones.count) overdue, as of \(asOf.short)"
        var svg = SVGWriter(id: "timeline", width: width, height: height, title: title, description: lines.joined(separator: "; "))
        svg.raw("<defs><pattern id=\"timeline-overdue\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"6\" height=\"6\" fill=\"#FFFFFF\"/><rect width=\"3\" height=\"6\" fill=\"\(ChartPalette.vermillion)\"/></pattern></defs>")
        let bottom = Double(top + shown.count * rowHeight)

        // Year axis: a rule at the start of each calendar year inside the span.
        var year = span.first.year + 1
        if span.first.month == 1 && span.first.day == 1 { year = span.first.year }
        while let january = CalendarDate(year: year, month: 1, day: 1), january <= span.last {
            let x = self.x(of: january, span: span, width: width)
            svg.line(x1: x, y1: Double(top - 6), x2: x, y2: bottom, stroke: ChartPalette.rule, className: "year")
            svg.label(String(year), x: x + 3, y: Double(top - 10))
            year += 1
        }

        for (row, milestone) in shown.enumerated() {
            let y = Double(top + row * rowHeight)
            let middle = y + Double(rowHeight) / 2
            let overdue = milestone.isOverdue(asOf: asOf)
            let fill = overdue ? "url(#timeline-overdue)" : milestone.status == .done ? ChartPalette.green : ChartPalette.blue
            let stroke = overdue ? ChartPalette.vermillion : nil
            svg.label(SVGWriter.clipped(milestone.title, to: 40), x: 4, y: middle + 4)
            let dateLabel = BoardPaper.dateText(milestone) + (overdue ? " OVERDUE" : "")
            // An undated milestone has no place on the axis: its words only.
            guard let firstDay = milestone.date.earliestDay else {
                svg.label(dateLabel, x: Double(plotLeft) + 4, y: middle + 4, fill: ChartPalette.ink)
                continue
            }
            let start = x(of: firstDay, span: span, width: width)
            let labelX: Double
            // A date covering more than a day (a month, a financial year, a period) is a bar over all of it.
            if let lastDay = milestone.latestDay, lastDay > firstDay {
                let finish = x(of: lastDay, span: span, width: width)
                svg.rect(x: start, y: y + 5, width: max(finish - start, 2), height: Double(rowHeight - 10), fill: fill,
                         stroke: stroke, className: "period", label: "\(milestone.title): \(dateLabel)")
                labelX = finish + 5
            } else {
                let points = [ChartPoint(start, middle - 6), ChartPoint(start + 6, middle), ChartPoint(start, middle + 6),
                              ChartPoint(start - 6, middle)]
                svg.polygon(points, fill: fill, stroke: stroke ?? fill, className: "milestone")
                labelX = start + 9
            }
            placeLabel(dateLabel, right: labelX, left: start - 9, y: middle + 4, overdue: overdue, width: width, into: &svg)
        }

        let asOfX = x(of: asOf, span: span, width: width)
        svg.line(x1: asOfX, y1: Double(top - 6), x2: asOfX, y2: bottom + 4, stroke: ChartPalette.ink, width: 1.5, dash: "4 3", className: "as-of")
        svg.label("As of \(asOf.short)", x: asOfX, y: bottom + 18, anchor: .middle, bold: true, className: "as-of-label")
        return svg.chart(title: title, lines: lines)
    }

    /// The date label right of its mark when it fits, else left of it when that clears the
    /// titles, else right of it cut to fit.
    private static func placeLabel(_ text: String, right: Double, left: Double, y: Double, overdue: Bool, width: Int,
                                   into svg: inout SVGWriter) {
        let characterWidth = 6.4
        let needed = Double(text.count) * characterWidth
        let fill = overdue ? ChartPalette.vermillion : ChartPalette.ink
        if right + needed <= Double(width) {
            svg.label(text, x: right, y: y, bold: overdue, fill: fill)
        } else if left - needed >= Double(plotLeft) {
            svg.label(text, x: left, y: y, anchor: .end, bold: overdue, fill: fill)
        } else {
            let fits = max(Int((Double(width) - right) / characterWidth), 4)
            svg.label(SVGWriter.clipped(text, to: fits), x: right, y: y, bold: overdue, fill: fill)
        }
    }
}
