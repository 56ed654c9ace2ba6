import Foundation

/// The budgets: one table per scope (organisations, places) and year, with totals computed
/// by `BudgetFigures` exactly as the summary computes them; the running-cost target and gap;
/// the totals the paper states, checked against their parts.
extension BoardPaper {
    /// The organisations' or places' ids and names.
    static func entities(_ review: Review, _ scope: TotalScope) -> [(id: String, name: String)] {
        scope == .organisations
            ? review.programme.organisations.map { ($0.id, $0.name) }
            : review.programme.places.map { ($0.id, $0.name) }
    }

    /// A count (population, practices, PCNs) of one organisation or place.
    static func count(_ measure: Measure, _ review: Review, _ scope: TotalScope, row: Int) -> Int? {
        review.programme.count(measure, scope: scope, row: row)
    }

    /// Years with lines for a scope, oldest first.
    static func budgetYears(_ figures: BudgetFigures, _ scope: TotalScope) -> [FinancialYear] {
        figures.years.filter { !figures.lines(scope: scope, year: $0).isEmpty }
    }

    /// The paper's table for a scope and year: only the columns that have figures, and a totals row.
    static func budgetTable(_ review: Review, scope: TotalScope, year: FinancialYear?) -> ReportTable? {
        let figures = BudgetFigures(review)
        let entities = entities(review, scope)
        guard !entities.isEmpty else { return nil }
        let candidates: [Measure] = scope == .organisations ? [.registeredPopulation, .practices] : [.registeredPopulation, .pcns, .practices]
        let counts = candidates.filter { measure in entities.indices.contains { count(measure, review, scope, row: $0) != nil } }
        let money: [Measure] = year.map { year in
            figures.measures(in: year).filter { measure in figures.lines(scope: scope, year: year).contains { $0.measure == measure } }
        } ?? []
        guard !counts.isEmpty || !money.isEmpty else { return nil }
        let hasPercent = money.contains(.cumulativeSurplus) && money.contains(.programme)
        let perHeadMeasure = counts.contains(.registeredPopulation) ? Measure.perHeadBasis(present: money.contains) : nil

        var columns = [ReportColumn(scope == .organisations ? "Organisation" : "Place", csv: "name")]
        columns += counts.map { ReportColumn($0.label, csv: $0.rawValue, numeric: true) }
        columns += money.map { ReportColumn($0.label, csv: $0.rawValue, numeric: true) }
        if hasPercent { columns.append(ReportColumn("Cumulative surplus/deficit %", csv: "cumulative_percent", numeric: true)) }
        if let perHeadMeasure {
            columns.append(ReportColumn("\(perHeadMeasure.label) per head", csv: "per_head", numeric: true))
        }

        let amounts = BudgetAmounts(review)
        func amount(_ measure: Measure, _ row: Int) -> Money? {
            year.flatMap { amounts.amount(measure, year: $0, entityId: entities[row].id) }
        }
        let rows: [[ReportValue]] = entities.indices.map { row in
            var values: [ReportValue] = [.text(entities[row].name)]
            values += counts.map { .optionalCount(count($0, review, scope, row: row)) }
            values += money.map { .optionalMoney(amount($0, row)) }
            if hasPercent {
                let percent = amount(.cumulativeSurplus, row).flatMap { surplus in
                    amount(.programme, row).flatMap { figures.surplusPercent(surplus, programme: $0) }
                }
                values.append(percent.map(ReportValue.percent) ?? .empty)
            }
            if let perHeadMeasure {
                let perHead = amount(perHeadMeasure, row).flatMap { money in
                    count(.registeredPopulation, review, scope, row: row).flatMap { money.perHead(population: $0) }
                }
                values.append(perHead.map(ReportValue.perHead) ?? .empty)
            }
            return values
        }
        var totals: [ReportValue] = [.text("Total")]
        totals += counts.map { .optionalCount(figures.countTotal($0, scope: scope)) }
        if let year {
            totals += money.map { .money(figures.total($0, year: year, scope: scope)) }
            if hasPercent {
                let percent = figures.surplusPercent(figures.total(.cumulativeSurplus, year: year, scope: scope),
                                                     programme: figures.total(.programme, year: year, scope: scope))
                totals.append(percent.map(ReportValue.percent) ?? .empty)
            }
            if let perHeadMeasure {
                let population = figures.countTotal(.registeredPopulation, scope: scope) ?? 0
                let perHead = figures.total(perHeadMeasure, year: year, scope: scope).perHead(population: population)
                totals.append(perHead.map(ReportValue.perHead) ?? .empty)
            }
        }
        return ReportTable(name: "", columns: columns, rows: rows, footer: [totals])
    }

    /// One row per organisation or place per year with figures, every measure a column (CSV
    /// only). A cell holds one budget line: where a body has several lines for a year and
    /// measure, its first row holds each measure's first line (and the counts), and each further
    /// row the next line of every measure that has one, so the file gives back every line and
    /// a column's sum is the measure's total.
    public static func budgetsTable(_ review: Review) -> ReportTable {
        let figures = BudgetFigures(review)
        let amounts = BudgetAmounts(review)
        let counts: [Measure] = [.registeredPopulation, .practices, .pcns]
        var columns = [
            ReportColumn("Year", csv: "year"),
            ReportColumn("Scope", csv: "scope"),
            ReportColumn("Id", csv: "id"),
            ReportColumn("Name", csv: "name"),
        ]
        columns += counts.map { ReportColumn($0.label, csv: csvName($0), numeric: true) }
        columns += Measure.moneyMeasures.map { ReportColumn("\($0.label) £m", csv: csvName($0) + "_gbp_m", numeric: true) }
        var rows: [[ReportValue]] = []
        for scope in TotalScope.allCases {
            let entities = entities(review, scope)
            let years: [FinancialYear?] = budgetYears(figures, scope)
            for year in years.isEmpty ? [nil] : years {
                for (row, entity) in entities.enumerated() {
                    let lines = Measure.moneyMeasures.map { measure in
                        year.map { amounts.lineAmounts(measure, year: $0, entityId: entity.id) } ?? []
                    }
                    for part in 0..<max(1, lines.map(\.count).max() ?? 0) {
                        var values: [ReportValue] = [.optionalText(year?.description), .text(scope.rawValue), .text(entity.id), .text(entity.name)]
                        values += counts.map { .optionalCount(part == 0 ? count($0, review, scope, row: row) : nil) }
                        values += lines.map { .optionalMoney($0.indices.contains(part) ? $0[part] : nil) }
                        rows.append(values)
                    }
                }
            }
        }
        return ReportTable(name: "budgets", columns: columns, rows: rows)
    }

    /// "runningCosts" -> "running_costs"
    public static func csvName(_ measure: Measure) -> String {
        var out = ""
        for character in measure.rawValue {
            if character.isUppercase { out += "_" + character.lowercased() } else { out.append(character) }
        }
        return out
    }

    /// The running-cost target as a small table: baseline, target, current, gap.
    static func runningCostTable(_ position: RunningCostPosition, _ figures: BudgetFigures) -> ReportTable {
        let target = position.target
        let percent = DecimalText.format(target.reductionPercent, places: 0)
        let currentLabel = target.targetYear.map { year in
            figures.hasLines(.runningCosts, year: year) ? "Running costs \(year)" : "Running costs now (the baseline: no \(year) figures yet)"
        } ?? "Running costs now (the baseline)"
        let gap: ReportValue = position.gap.millions > 0 ? .money(position.gap) : .text("met (\((-position.gap).formatted) below)")
        return ReportTable(
            name: "",
            columns: [ReportColumn("Running costs", csv: "figure"), ReportColumn("Amount", csv: "amount", numeric: true)],
            rows: [
                [.text("Baseline \(target.baselineYear)"), .money(position.baseline)],
                [.text("\(target.targetLabel) (\(percent)% cut)"), .money(position.targetAmount)],
                [.text(currentLabel), .money(position.current)],
                [.text("Still to save"), gap],
            ])
    }

    static let agreesWord = "Yes"
    static let differsWord = "NO: differs"
    static let withoutPartsWord = "Stated without parts"

    /// What the table's "Agrees" column says, counted from the rows it prints.
    static func statedTotalsSentence(_ table: ReportTable) -> String {
        guard let column = table.columns.firstIndex(where: { $0.csvName == "agrees" }) else { return "" }
        var agree = 0, differ = 0, withoutParts = 0
        for row in table.rows {
            guard case .text(let word) = row[column] else { continue }
            if word == agreesWord { agree += 1 } else if word == differsWord { differ += 1 } else { withoutParts += 1 }
        }
        func count(_ n: Int, _ one: String, _ many: String) -> String { n == 1 ? "1 \(one)" : "\(n) \(many)" }
        if differ == 0 && withoutParts == 0 { return "Every stated total agrees with the sum of its parts." }
        var parts: [String] = []
        if agree > 0 { parts.append(count(agree, "agrees with the sum of its parts", "agree with the sum of their parts")) }
        if differ > 0 { parts.append(count(differ, "differs from the sum of its parts", "differ from the sum of their parts")) }
        if withoutParts > 0 { parts.append(count(withoutParts, "is stated without parts to check", "are stated without parts to check")) }
        return "Of \(table.rows.count) stated total\(table.rows.count == 1 ? "" : "s"): " + parts.joined(separator: "; ") + "."
    }

    /// Each total the paper states beside the sum of its parts.
    static func statedTotalsTable(_ review: Review, _ figures: BudgetFigures) -> ReportTable {
        let rows: [[ReportValue]] = review.budgets.statedTotals.map { stated in
            let computed = figures.computed(for: stated)
            let computedText = computed.map {
                stated.measure.isCount ? DecimalText.format($0, places: 0) : Money(millions: $0).formatted
            }
            let agrees = computed.map { $0 == stated.value ? agreesWord : differsWord } ?? withoutPartsWord
            return [.text(stated.label), .text(stated.source), .text(stated.formattedValue), .optionalText(computedText), .text(agrees)]
        }
        return ReportTable(name: "", columns: [
            ReportColumn("Stated total", csv: "label"), ReportColumn("Where the paper states it", csv: "source"),
            ReportColumn("Paper states", csv: "value", numeric: true), ReportColumn("Sum of its parts", csv: "computed", numeric: true),
            ReportColumn("Agrees", csv: "agrees"),
        ], rows: rows)
    }

    /// "## Budgets": a table (and a chart) per scope and year, the running-cost target, the stated totals.
    static func budgetsSection(_ review: Review, _ summary: ReviewSummary) -> [PaperBlock] {
        var blocks: [PaperBlock] = [.heading("Budgets", level: 2)]
        let figures = summary.budget
        var tables = 0
        for scope in TotalScope.allCases {
            let years = budgetYears(figures, scope)
            for year in years.isEmpty ? [nil] : years.map(Optional.some) {
                guard let table = budgetTable(review, scope: scope, year: year) else { continue }
                let heading = scope == .organisations ? "Organisations" : "Places"
                blocks.append(.heading("\(heading)\(year.map { ", \($0)" } ?? "")", level: 3))
                if year == years.last, let year, let chart = BudgetChart.chart(review, figures, scope: scope, year: year) {
                    blocks.append(.chart(chart))
                }
                blocks.append(.table(table))
                tables += 1
            }
        }
        if tables == 0 { blocks.append(.paragraph("No budget figures are recorded.")) }
        if let position = figures.runningCostPosition {
            blocks.append(.heading("Running-cost target", level: 3))
            blocks.append(.paragraph("Running-cost target: \(position.sentence)."))
            if position.isBaselineRecorded {
                blocks.append(.chart(RunningCostChart.chart(position)))
                blocks.append(.table(runningCostTable(position, figures)))
            }
        }
        if !review.budgets.statedTotals.isEmpty {
            blocks.append(.heading("Totals as the paper states them", level: 3))
            let table = statedTotalsTable(review, figures)
            blocks.append(.paragraph(statedTotalsSentence(table)))
            blocks.append(.table(table))
        }
        return blocks
    }
}
