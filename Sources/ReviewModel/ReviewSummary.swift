import Foundation

/// The headline figures of a review, computed once and shown identically by the CLI summary,
/// the app's header and panes, and the board paper.
public struct ReviewSummary: Sendable {
    public let review: Review
    public let budget: BudgetFigures

    public init(_ review: Review) {
        self.review = review
        self.budget = BudgetFigures(review)
    }

    /// "3/10 assured"
    public var readinessText: String { Self.readinessText(review.readiness) }

    public static func readinessText(_ readiness: (assured: Int, total: Int)) -> String {
        "\(readiness.assured)/\(readiness.total) assured"
    }

    /// "Application to NHS England, 30 Sep 2020 (265 days)"; a coarser date says no more than
    /// it knows: "Engagement, Apr 2020 (due in Apr 2020)".
    public var nextMilestoneText: String {
        guard let next = review.nextMilestone else { return "none" }
        return "\(next.title)\(Self.milestoneWhen(next, asOf: review.programme.asOf))"
    }

    /// What follows a milestone's title in `nextMilestoneText`: ", 14 Feb 2020 (in 36 days)".
    public static func milestoneWhen(_ milestone: Milestone, asOf: CalendarDate) -> String {
        ", \(milestone.date.display) (\(milestone.date.distanceText(asOf: asOf)))"
    }

    /// "Option 5: Single CCG ..."
    public var preferredOptionText: String {
        if review.appraisal.kind == .package { return "none: the proposals are a package, adopted together" }
        guard let id = review.appraisal.preferredOptionId,
              let index = review.appraisal.options.firstIndex(where: { $0.id == id }) else { return "none stated" }
        return Self.optionName(review.appraisal.options[index], number: index + 1)
    }

    public static func optionName(_ option: AppraisalOption, number: Int) -> String {
        "Option \(number): \(option.title)"
    }

    /// "-£15.0m (-1.2%)"
    public static func surplusText(_ surplus: Money, percent: Decimal?) -> String {
        guard let percent else { return surplus.formatted }
        return "\(surplus.formatted) (\(DecimalText.format(percent, places: 1))%)"
    }

    /// "£1,636.63"
    public static func perHeadText(_ pounds: Decimal) -> String { "£" + DecimalText.format(pounds, places: 2) }

    /// The summary as lines of text (the `summary` command's output).
    public var lines: [String] {
        [review.programme.name] + entries.map(\.text)
    }

    /// The summary's figures after the programme name, labelled, in order: the `summary`
    /// command prints them as lines and the board paper as a list, so both say the same.
    public var entries: [SummaryEntry] {
        var out: [SummaryEntry] = []
        let programme = review.programme
        if !programme.system.isEmpty { out.append(.figure("System", programme.system)) }
        out.append(.figure("As of", programme.asOf.long))
        out.append(.figure("Readiness", "\(readinessText) (merger tests)"))
        out.append(.figure("Next milestone", nextMilestoneText))
        let overdue = review.overdueMilestones.count
        if overdue > 0 { out.append(.figure("Overdue milestones", "\(overdue)")) }
        out.append(.figure("Preferred option", preferredOptionText))
        var people: [String] = []
        if let population = budget.population { people.append("\(CountText.format(population)) people") }
        if let practices = budget.practices { people.append("\(CountText.format(practices)) practices") }
        if let pcns = budget.countTotal(.pcns, scope: .places) { people.append("\(CountText.format(pcns)) PCNs") }
        if !people.isEmpty { out.append(.figure("Population", people.joined(separator: ", "))) }
        if let year = budget.defaultYear {
            out.append(SummaryEntry(label: "Budgets \(year)", value: "", level: .budgetHeading))
            for measure in budget.measures(in: year) {
                let total = budget.total(measure, year: year)
                var text = total.formatted
                if measure == .cumulativeSurplus || measure == .inYearSurplus {
                    let programmeTotal = budget.total(.programme, year: year)
                    let percent = budget.hasLines(.programme, year: year)
                        ? budget.surplusPercent(total, programme: programmeTotal) : nil
                    text = Self.surplusText(total, percent: percent)
                }
                out.append(SummaryEntry(label: measure.label, value: text, level: .budgetFigure))
            }
            if let perHead = budget.allocationPerHead(year: year) {
                let basis = budget.hasLines(.allocation, year: year) ? "Allocation per head" : "Total budget per head"
                out.append(SummaryEntry(label: basis, value: Self.perHeadText(perHead), level: .budgetFigure))
            }
        }
        if let position = budget.runningCostPosition {
            out.append(.figure("Running-cost target", position.sentence))
        }
        let mismatches = budget.mismatchedTotals.count
        if mismatches > 0 {
            out.append(.figure("Stated totals differing from their parts", "\(mismatches) (see `merger-review validate`)"))
        }
        return out
    }
}
