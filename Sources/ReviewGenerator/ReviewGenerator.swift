import Foundation
import ReviewModel

/// Synthetic reviews for benchmarks and load tests: deterministic (seeded), valid under
/// `Validation.validate` (no errors), with the items spread over every part of a review.
///
/// `items` counts milestones, merger tests, evidence, criteria, options, appraisal cells,
/// organisations, places, budget lines, recommendations and actions. The proportions are
/// in `ReviewGenerator.Counts`; milestones take whatever the other parts leave.
public enum ReviewGenerator {
    /// Named sizes used by the benchmark runner (`MergerReviewBench generate SIZE`).
    public static let namedSizes: [(name: String, items: Int)] = [
        ("100", 100), ("10k", 10_000), ("100k", 100_000), ("10mb", tenMegabyteItems),
    ]

    /// Items that make a file of about 10 MB (10,000,000 bytes +/- 5%) with the default text.
    public static let tenMegabyteItems = 37_000

    /// "100", "10k", "100k", "10mb", or a plain number of items.
    public static func items(forSize name: String) -> Int? {
        if let named = namedSizes.first(where: { $0.name == name.lowercased() }) { return named.items }
        let digits = name.replacingOccurrences(of: "_", with: "").replacingOccurrences(of: ",", with: "")
        guard let value = Int(digits), value >= 1 else { return nil }
        return value
    }

    /// How many of each kind of item a review of `items` items holds.
    public struct Counts: Hashable, Sendable {
        public var organisations: Int
        public var places: Int
        public var tests: Int
        public var evidence: Int
        public var criteria: Int
        public var options: Int
        public var budgetLines: Int
        public var recommendations: Int
        public var actions: Int
        public var milestones: Int

        public var cells: Int { criteria * options }

        public var total: Int {
            organisations + places + tests + evidence + criteria + options + cells + budgetLines + recommendations
                + actions + milestones
        }

        public init(items: Int) {
            let n = max(items, 1)
            organisations = max(2, n / 500)
            places = max(2, n / 1_000)
            tests = max(10, n / 50)
            evidence = n * 15 / 100
            criteria = 6
            // Options grow slowly: papers appraise a handful, a big programme a few dozen.
            options = max(3, min(60, n / 1_000))
            budgetLines = n * 15 / 100
            recommendations = max(3, n / 50)
            actions = n * 15 / 100
            let others = organisations + places + tests + evidence + criteria + options + criteria * options
                + budgetLines + recommendations + actions
            milestones = max(5, n - others)
        }
    }

    /// A review of about `items` items (exactly `Counts(items:).total`).
    ///
    /// - Parameters:
    ///   - seed: the same seed gives the same review, byte for byte once encoded.
    ///   - textScale: multiplies the length of notes and descriptions (1 is the default).
    public static func generate(items: Int, seed: UInt64 = 1, textScale: Int = 1) -> Review {
        var builder = Builder(counts: Counts(items: items), seed: seed, textScale: max(0, textScale))
        return builder.build()
    }

    /// A word that appears in about one item in fifty of every kind, for search benchmarks.
    public static let searchWord = "estates"
}

private struct Builder {
    let counts: ReviewGenerator.Counts
    let textScale: Int
    var random: SeededRandom
    let asOf = CalendarDate(year: 2021, month: 6, day: 30) ?? CalendarDate(dayNumber: 18_808)
    let firstDay = CalendarDate(year: 2019, month: 1, day: 1) ?? CalendarDate(dayNumber: 17_897)
    let years = [FinancialYear(startYear: 2019), FinancialYear(startYear: 2020), FinancialYear(startYear: 2021)]
    /// Counts every item, so the search word lands in about one in fifty of each kind.
    var serial = 0

    init(counts: ReviewGenerator.Counts, seed: UInt64, textScale: Int) {
        self.counts = counts
        self.textScale = textScale
        self.random = SeededRandom(seed: seed)
    }

    static let words = [
        "assurance", "board", "commissioning", "clinical", "governance", "primary", "care", "network", "place",
        "integration", "budget", "allocation", "running", "costs", "savings", "engagement", "public", "patients",
        "practices", "population", "quality", "safety", "workforce", "digital", "community", "services", "acute",
        "mental", "health", "social", "partnership", "system", "strategy", "delivery", "review", "approval",
        "consultation", "members", "committee", "report", "finance", "risk", "transition", "legal", "staff",
        "transfer", "contracts", "procurement", "outcomes", "inequalities", "prevention", "urgent", "elective",
    ]
    static let owners = [
        "Accountable Officer", "Chief Finance Officer", "Director of Commissioning", "Director of Nursing",
        "Medical Director", "Director of Communications", "Head of Governance", "Programme Director", "Chair",
        "Director of Primary Care", "HR Director", "Company Secretary",
    ]

    mutating func words(_ count: Int) -> String {
        guard count > 0 else { return "" }
        var text = ""
        for i in 0..<count {
            if i > 0 { text += " " }
            text += random.pick(Builder.words)
        }
        return text
    }

    /// A title: a capitalised phrase, with the search word in about one item in fifty.
    mutating func title(_ minWords: Int, _ extraWords: Int) -> String {
        serial += 1
        var text = words(minWords + random.below(extraWords + 1))
        if serial % 50 == 0 { text += " " + ReviewGenerator.searchWord }
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// Notes: empty about a third of the time, else a few words times the text scale.
    mutating func notes(_ baseWords: Int) -> String {
        guard textScale > 0, !random.chance(35) else { return "" }
        return words((baseWords + random.below(baseWords + 1)) * textScale)
    }

    mutating func day() -> CalendarDate { firstDay.adding(days: random.below(6 * 365)) }

    /// A date at one of the precisions papers use: mostly days, then months, quarters, financial
    /// and calendar years, labelled seasons (periods), deadlines and the odd undated item.
    mutating func flexibleDate() -> FlexibleDate {
        let date = day()
        switch random.below(10) {
        case 0: return DatePoint.month(year: date.year, month: date.month).map { FlexibleDate($0) } ?? .day(date)
        case 1: return DatePoint.quarter(year: date.year, quarter: (date.month - 1) / 3 + 1).map { FlexibleDate($0) } ?? .day(date)
        case 2:
            let season = (date.month - 1) / 3
            let name = ["Spring", "Summer", "Autumn", "Winter"][season]
            guard let start = DatePoint.month(year: date.year, month: season * 3 + 3),
                  let end = DatePoint.month(year: season == 3 ? date.year + 1 : date.year, month: season == 3 ? 2 : season * 3 + 5),
                  let period = FlexibleDate.between(start, end, label: "\(name) \(date.year)") else { return .day(date) }
            return period
        case 3:
            if date.day <= 10, let year = DatePoint.financialYear(FinancialYear(startYear: date.year)) { return FlexibleDate(year) }
            if date.day <= 20, let year = DatePoint.year(date.year) { return FlexibleDate(year) }
            return .by(.day(date))
        case 4 where date.day == 1: return .undated(label: "Date not given")
        default: return .day(date)
        }
    }

    static func id(_ prefix: String, _ number: Int) -> String { "\(prefix)-\(number + 1)" }

    mutating func build() -> Review {
        let organisations = (0..<counts.organisations).map { organisation($0) }
        let places = (0..<counts.places).map { place($0) }
        let programme = Programme(
            name: "Synthetic merger programme (\(counts.total) items)", system: "Synthetic ICS", asOf: asOf,
            source: "merger-review-bench generate", organisations: organisations, places: places)
        let milestones = (0..<counts.milestones).map { milestone($0) }
        let tests = mergerTests()
        let appraisal = makeAppraisal()
        var review = Review(programme: programme, milestones: ChunkedArray(milestones), mergerTests: ChunkedArray(tests), appraisal: appraisal)
        review.budgets = budgets()
        review.recommendations = (0..<counts.recommendations).map { recommendation($0) }
        let linkable = linkableIds(review)
        review.actions = ChunkedArray((0..<counts.actions).map { action($0, linkable) })
        review.history = [
            HistoryEntry(at: "2021-06-01T09:00:00Z", user: "secretary", changes: ["generated"]),
        ]
        return review
    }

    mutating func organisation(_ i: Int) -> Organisation {
        let placeId = Builder.id("place", i % counts.places)
        return Organisation(
            id: Builder.id("org", i), name: "NHS \(words(2).capitalized) CCG \(i + 1)", kind: "CCG",
            accountableOfficer: random.pick(Builder.owners), chair: "Dr \(words(1).capitalized)",
            registeredPopulation: 50_000 + random.below(400_000), practices: 10 + random.below(60),
            placeIds: [placeId], notes: notes(3))
    }

    mutating func place(_ i: Int) -> Place {
        let organisationIds = stride(from: i, to: counts.organisations, by: counts.places).map { Builder.id("org", $0) }
        return Place(
            id: Builder.id("place", i), name: "\(words(1).capitalized) place \(i + 1)",
            registeredPopulation: 100_000 + random.below(900_000), practices: 20 + random.below(100),
            pcns: 3 + random.below(20), organisationIds: organisationIds, notes: notes(3))
    }

    mutating func milestone(_ i: Int) -> Milestone {
        let date = flexibleDate()
        var end: FlexibleDate?
        if random.chance(5) {
            let days = 14 + random.below(120)
            end = (date.latestDay ?? date.earliestDay).map { .day($0.adding(days: days)) }
        }
        var dependsOn: [String] = []
        if i > 0 && random.chance(30) { dependsOn.append(Builder.id("ms", random.below(i))) }
        let statuses = MilestoneStatus.allCases
        return Milestone(
            id: Builder.id("ms", i), title: title(3, 4), date: date, endDate: end,
            status: statuses[random.below(statuses.count)], owner: random.pick(Builder.owners), dependsOn: dependsOn,
            notes: notes(6))
    }

    mutating func mergerTests() -> [MergerTest] {
        var tests: [MergerTest] = []
        tests.reserveCapacity(counts.tests)
        for i in 0..<counts.tests {
            let standard = i < StandardTests.all.count ? StandardTests.all[i] : nil
            let target: FlexibleDate? = random.chance(70) ? .day(day()) : nil
            tests.append(MergerTest(
                id: standard?.id ?? Builder.id("test", i), title: standard?.title ?? title(3, 3),
                description: standard?.description ?? words(8 + random.below(8)),
                status: TestStatus.allCases[random.below(TestStatus.allCases.count)],
                rag: RAG.allCases[random.below(RAG.allCases.count)], owner: random.pick(Builder.owners),
                targetDate: target, notes: notes(6)))
        }
        for e in 0..<counts.evidence {
            let evidence = Evidence(
                id: Builder.id("ev", e), title: title(2, 4), reference: "GB/\(2019 + e % 3)/\(e + 1)",
                date: random.chance(80) ? day() : nil,
                state: EvidenceState.allCases[random.below(EvidenceState.allCases.count)])
            tests[e % counts.tests].evidence.append(evidence)
        }
        return tests
    }

    mutating func makeAppraisal() -> Appraisal {
        let criteria = (0..<counts.criteria).map { c in
            Criterion(id: Builder.id("crit", c), title: title(2, 2), description: words(6),
                      weight: Decimal(1 + random.below(5)))
        }
        let options = (0..<counts.options).map { o in
            AppraisalOption(id: Builder.id("opt", o), title: title(2, 3), description: words(10),
                            organisationsLeft: 1 + random.below(5), pros: [words(5), words(4)], cons: [words(5)])
        }
        var cells: [AppraisalCell] = []
        cells.reserveCapacity(counts.cells)
        for option in options {
            for criterion in criteria {
                cells.append(AppraisalCell(optionId: option.id, criterionId: criterion.id, judgement: words(4 + random.below(6)),
                                           score: Decimal(random.below(11)) / 2))
            }
        }
        return Appraisal(scale: ScoreScale(min: 0, max: 5), criteria: criteria, options: options, cells: cells,
                         preferredOptionId: options.first?.id, recommendation: words(12))
    }

    mutating func budgets() -> Budgets {
        var lines: [BudgetLine] = []
        lines.reserveCapacity(counts.budgetLines)
        let measures = Measure.moneyMeasures
        for i in 0..<counts.budgetLines {
            let year = years[random.below(years.count)]
            let measure = measures[random.below(measures.count)]
            // Surpluses can be deficits; spending is positive. One decimal place, as papers print.
            let tenths = measure == .inYearSurplus || measure == .cumulativeSurplus
                ? random.below(400) - 200 : 10 + random.below(30_000)
            let amount = Money(millions: Decimal(tenths) / 10)
            let byPlace = random.chance(30)
            lines.append(BudgetLine(
                id: Builder.id("bl", i), year: year,
                organisationId: byPlace ? nil : Builder.id("org", random.below(counts.organisations)),
                placeId: byPlace ? Builder.id("place", random.below(counts.places)) : nil,
                measure: measure, amount: amount, notes: random.chance(20) ? words(3) : ""))
        }
        var budgets = Budgets(lines: ChunkedArray(lines),
                              runningCostTarget: RunningCostTarget(reductionPercent: 20, baselineYear: years[0], targetYear: years[1]))
        // Stated totals that agree with their parts (no warnings), as a careful paper would state them.
        var review = Review(programme: Programme(name: "", system: "", asOf: asOf), budgets: budgets)
        review.budgets.statedTotals = []
        let figures = BudgetFigures(review)
        var stated: [StatedTotal] = []
        for (i, year) in years.enumerated() {
            let value = figures.total(.allocation, year: year).millions
            if figures.hasLines(.allocation, year: year) {
                stated.append(StatedTotal(id: Builder.id("st", i), label: "Total allocation \(year)", measure: .allocation,
                                          scope: .organisations, year: year, value: value, source: "Table 1"))
            }
        }
        budgets.statedTotals = stated
        return budgets
    }

    mutating func recommendation(_ i: Int) -> Recommendation {
        let decided = random.chance(60)
        return Recommendation(
            id: Builder.id("rec", i), text: title(6, 8), kind: RecommendationKind.allCases[random.below(RecommendationKind.allCases.count)],
            outcome: decided ? Outcome.allCases[1 + random.below(Outcome.allCases.count - 1)] : .pending,
            decidedOn: decided ? day() : nil, minute: decided ? "Minute \(i + 1): \(words(5))" : "")
    }

    func linkableIds(_ review: Review) -> [String] {
        var ids: [String] = []
        ids += review.milestones.prefix(2_000).map(\.id)
        ids += review.mergerTests.map(\.id)
        ids += review.appraisal.options.map(\.id)
        ids += review.recommendations.map(\.id)
        return ids
    }

    mutating func action(_ i: Int, _ linkable: [String]) -> Action {
        let due: CalendarDate? = random.chance(85) ? day() : nil
        let statuses = ActionStatus.allCases
        let status = statuses[random.below(statuses.count)]
        return Action(
            id: Builder.id("act", i), title: title(3, 5), owner: random.pick(Builder.owners), due: due, status: status,
            linkedItemId: random.chance(50) && !linkable.isEmpty ? random.pick(linkable) : nil,
            raisedAt: random.chance(50) ? day() : nil,
            carriedForwardTo: status == .carriedForward ? due.map { $0.adding(days: 28) } : nil,
            notes: notes(5))
    }
}
