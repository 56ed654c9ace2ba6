import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
import ReviewModel

/// The SVG charts, read back as XML: one mark per item, positions from the data, and a text
/// alternative with the same figures.
final class ChartTests: XCTestCase {
    /// The elements of an SVG with a given class, as attribute dictionaries.
    private func elements(_ svg: String, named name: String, class className: String) throws -> [[String: String]] {
        let document = try XMLDocument(xmlString: svg)
        let nodes = try document.nodes(forXPath: "//*[local-name()='\(name)'][@class='\(className)']")
        return nodes.compactMap { $0 as? XMLElement }.map { element in
            Dictionary(uniqueKeysWithValues: (element.attributes ?? []).compactMap { attribute in
                attribute.name.map { ($0, attribute.stringValue ?? "") }
            })
        }
    }

    func testTimelineHasOneBarPerPeriodAndOneMarkPerDate() throws {
        for fixture in ReportTestSupport.fixtures {
            let review = try ReportTestSupport.review(fixture)
            let chart = TimelineChart.chart(review, width: 720)
            let milestones = Array(review.milestonesInDateOrder.prefix(TimelineChart.maximumRows))
            // A bar for every date covering more than one day, a diamond for a day, nothing on the axis when undated.
            let periods = milestones.filter { milestone in
                guard let first = milestone.date.earliestDay, let last = milestone.latestDay else { return false }
                return last > first
            }
            let undated = milestones.filter { !$0.date.isDated }
            XCTAssertEqual(try elements(chart.svg, named: "rect", class: "period").count, periods.count, fixture)
            XCTAssertEqual(try elements(chart.svg, named: "polygon", class: "milestone").count,
                           milestones.count - periods.count - undated.count, fixture)
            let overdue = milestones.filter { $0.isOverdue(asOf: review.programme.asOf) }
            XCTAssertEqual(chart.svg.components(separatedBy: "url(#timeline-overdue)").count - 1, overdue.count, fixture)
            // Every milestone is in the text alternative, with its date at its own precision.
            for milestone in milestones {
                XCTAssertTrue(chart.lines.contains { $0.hasPrefix("\(BoardPaper.dateText(milestone)): \(milestone.title)") },
                              "\(fixture): \(milestone.title)")
            }
            XCTAssertEqual(chart.lines.filter { $0.hasSuffix(", OVERDUE") }.count, overdue.count, fixture)
        }
    }

    func testTheAsOfLineIsWhereItsDayFallsForAFixedWidth() throws {
        // Coventry & Warwickshire: the chart runs from 1 Dec 2018 (the first period's start) to
        // 30 Apr 2021 (the end of "Apr 2021"), as of 22 May 2019.
        let review = try ReportTestSupport.review("coventry-warwickshire")
        let width = 1000
        let chart = TimelineChart.chart(review, width: width)
        let span = TimelineChart.span(review.milestonesInDateOrder, asOf: review.programme.asOf)
        XCTAssertEqual(span.first.iso, "2018-12-01")
        XCTAssertEqual(span.last.iso, "2021-04-30")
        let asOf = try XCTUnwrap(try elements(chart.svg, named: "line", class: "as-of").first)
        // 172 of 881 days into a plot from x = 250 to x = 980 (730 wide): 250 + 730 * 172 / 881 = 392.52...
        XCTAssertEqual(span.first.days(until: review.programme.asOf), 172)
        XCTAssertEqual(span.first.days(until: span.last), 881)
        XCTAssertEqual(asOf["x1"], "392.5")
        XCTAssertEqual(asOf["x2"], "392.5")
        XCTAssertTrue(chart.svg.contains(">As of 22 May 2019</text>"))
    }

    func testPeriodBarsRunFromTheirFirstDayToTheirLast() throws {
        let asOf = CalendarDate(year: 2020, month: 1, day: 1) ?? CalendarDate(dayNumber: 0)
        let review = Review(programme: Programme(name: "P", system: "S", asOf: asOf), milestones: [
            Milestone(id: "a", title: "Consultation", date: FlexibleDate(try XCTUnwrap(DatePoint.month(year: 2020, month: 1))),
                      endDate: FlexibleDate(try XCTUnwrap(DatePoint.month(year: 2020, month: 12)))),
            Milestone(id: "b", title: "Vesting day", date: .day(CalendarDate(year: 2021, month: 1, day: 1) ?? asOf)),
        ])
        // 1 Jan 2020 to 1 Jan 2021 is 366 days over a plot 450 wide (720 - 250 - 20).
        let bars = try elements(TimelineChart.chart(review, width: 720).svg, named: "rect", class: "period")
        XCTAssertEqual(bars.count, 1)
        XCTAssertEqual(bars.first?["x"], "250")
        XCTAssertEqual(bars.first?["width"], SVGNumber.tenths(450.0 * 365 / 366))
    }

    func testReadinessHasOneBarPerTestWithItsWords() throws {
        for fixture in ReportTestSupport.fixtures {
            let review = try ReportTestSupport.review(fixture)
            let chart = ReadinessChart.chart(review)
            XCTAssertEqual(try elements(chart.svg, named: "rect", class: "test").count, review.mergerTests.count, fixture)
            for (index, test) in review.mergerTests.enumerated() {
                let words = "\(test.status.label), \(test.rag == .unrated ? "Unrated" : test.rag.label)"
                XCTAssertTrue(chart.svg.contains(">\(words)</text>"), "\(fixture): test \(index + 1)")
                XCTAssertTrue(chart.lines.contains("Test \(index + 1), \(test.title): \(words)"), "\(fixture): test \(index + 1)")
            }
        }
    }

    func testBudgetChartListsTheTablesFigures() throws {
        let review = try ReportTestSupport.review("lancashire-south-cumbria")
        let figures = BudgetFigures(review)
        let year = try XCTUnwrap(figures.defaultYear)
        let chart = try XCTUnwrap(BudgetChart.chart(review, figures, scope: .organisations, year: year))
        let measure = try XCTUnwrap(BudgetChart.measure(figures, scope: .organisations, year: year))
        let bodies = review.programme.organisations.filter { figures.amount(measure, year: year, entityId: $0.id) != nil }
        XCTAssertEqual(try elements(chart.svg, named: "rect", class: "bar").count, bodies.count)
        for body in bodies {
            let amount = try XCTUnwrap(figures.amount(measure, year: year, entityId: body.id))
            XCTAssertTrue(chart.lines.contains("\(body.name): \(amount.formatted)"), body.name)
        }
        let total = bodies.compactMap { figures.amount(measure, year: year, entityId: $0.id) }.sum()
        XCTAssertEqual(total.formatted, "£2,909.3m")
    }

    func testADeficitBarGoesLeftOfTheZeroLine() throws {
        let review = try ReportTestSupport.review("coventry-warwickshire")
        let figures = BudgetFigures(review)
        let year = try XCTUnwrap(figures.defaultYear)
        XCTAssertEqual(BudgetChart.measure(figures, scope: .organisations, year: year), .totalBudget)
        let chart = try XCTUnwrap(BudgetChart.chart(review, figures, scope: .organisations, year: year))
        XCTAssertTrue(chart.title.hasPrefix("Total budget 2019/20"))
        let zero = try XCTUnwrap(try elements(chart.svg, named: "line", class: "zero").first)
        for bar in try elements(chart.svg, named: "rect", class: "bar") {
            XCTAssertEqual(bar["x"], zero["x1"], "a positive budget starts at the zero line")
        }
    }

    func testRunningCostChartGivesBaselineTargetAndGap() throws {
        let review = try ReportTestSupport.review("coventry-warwickshire")
        let position = try XCTUnwrap(BudgetFigures(review).runningCostPosition)
        let chart = RunningCostChart.chart(position)
        XCTAssertEqual(chart.lines, ["Baseline 2019/20: £20.1m", "Target for 2020/21: £16.1m", "Running costs now: £20.1m",
                                     "Gap: £4.0m still to save"])
        XCTAssertEqual(try elements(chart.svg, named: "rect", class: "bar").count, 3)
    }

    func testEveryChartIsWellFormedWithATitleAndDescription() throws {
        for fixture in ReportTestSupport.fixtures {
            let review = try ReportTestSupport.review(fixture)
            let charts = BoardPaper.document(review, today: ReportTestSupport.today).blocks.charts
            XCTAssertGreaterThanOrEqual(charts.count, 2, fixture)
            for chart in charts {
                let document = try XMLDocument(xmlString: chart.svg)
                let root = try XCTUnwrap(document.rootElement())
                let attributes = root.attributes ?? []
                XCTAssertEqual(attributes.first { $0.name == "role" }?.stringValue, "img")
                XCTAssertEqual(attributes.first { $0.name == "width" }?.stringValue, String(chart.width))
                XCTAssertEqual(try document.nodes(forXPath: "/*/*[local-name()='title']").first?.stringValue, chart.title)
                XCTAssertEqual(try document.nodes(forXPath: "/*/*[local-name()='desc']").first?.stringValue, chart.textAlternative)
            }
        }
    }
}

/// Formats like the charts' coordinates: to one decimal place, no trailing zero.
enum SVGNumber {
    static func tenths(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }
}
