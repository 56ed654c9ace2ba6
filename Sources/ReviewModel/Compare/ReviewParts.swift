/// Every part of a review that comparison and merge go through, in the order a paper reads
/// them. The single records come before the lists held inside them, so a merge writes the
/// record first and its lists over it.
public enum ReviewParts {
    public static let all: [any ReviewPart] = [
        ReviewSection<Programme>("programme", "programme", id: { _ in "programme" }, name: { item, _ in oneLine(item.name) },
                                 read: { [$0.programme] }, write: { review, items in if let item = items.first { review.programme = item } },
                                 detach: { Programme(name: $0.name, system: $0.system, asOf: $0.asOf, source: $0.source,
                                                     summary: $0.summary, principles: $0.principles, engagement: $0.engagement) }),
        ReviewSection<PaperDetails>("paper", "paper's cover sheet", id: { _ in "paper" }, name: { _, _ in "the paper's cover sheet" },
                                    read: { $0.paper.map { [$0] } ?? [] }, write: { $0.paper = $1.first }),
        ReviewSection<Organisation>("organisations", "organisation", id: \.id, name: { item, _ in oneLine(item.name) },
                                    read: { $0.programme.organisations }, write: { $0.programme.organisations = $1 }),
        ReviewSection<Place>("places", "place", id: \.id, name: { item, _ in oneLine(item.name) },
                             read: { $0.programme.places }, write: { $0.programme.places = $1 }),
        ReviewSection<KeyFigure>("keyFigures", "key figure", id: \.id, name: { item, _ in oneLine(item.label) },
                                 read: { $0.programme.keyFigures }, write: { $0.programme.keyFigures = $1 }),
        ReviewSection<Milestone>("milestones", "milestone", id: \.id, name: { item, _ in oneLine(item.title) },
                                 read: { Array($0.milestones) }, write: { $0.milestones = ChunkedArray($1) }),
        ReviewSection<MergerTest>("mergerTests", "merger test", id: \.id, name: { item, _ in oneLine(item.title) },
                                  read: { Array($0.mergerTests) }, write: { $0.mergerTests = ChunkedArray($1) }),
        ReviewSection<Appraisal>("appraisal", "appraisal", id: { _ in "appraisal" }, name: { _, _ in "options appraisal" },
                                 read: { [$0.appraisal] }, write: { review, items in if let item = items.first { review.appraisal = item } },
                                 detach: { Appraisal(scale: $0.scale, preferredOptionId: $0.preferredOptionId, recommendation: $0.recommendation) }),
        ReviewSection<Criterion>("criteria", "criterion", id: \.id, name: { item, _ in oneLine(item.title) },
                                 read: { $0.appraisal.criteria }, write: { $0.appraisal.criteria = $1 }),
        ReviewSection<AppraisalOption>("options", "option", id: \.id, name: { item, _ in oneLine(item.title) },
                                       read: { $0.appraisal.options }, write: { $0.appraisal.options = $1 }),
        ReviewSection<AppraisalCell>("cells", "appraisal cell", id: \.cellId,
                                     name: { item, names in "\(names.name(of: item.optionId)) against \(names.name(of: item.criterionId))" },
                                     read: { $0.appraisal.cells }, write: { $0.appraisal.cells = $1 }),
        ReviewSection<Budgets>("budgets", "budgets", id: { _ in "budgets" }, name: { _, _ in "budgets" },
                               read: { [$0.budgets] }, write: { review, items in if let item = items.first { review.budgets = item } },
                               detach: { Budgets(runningCostTarget: $0.runningCostTarget) }),
        ReviewSection<BudgetLine>("lines", "budget line", id: \.id, name: { item, names in budgetLineName(item, names) },
                                  read: { Array($0.budgets.lines) }, write: { $0.budgets.lines = ChunkedArray($1) }),
        ReviewSection<StatedTotal>("statedTotals", "stated total", id: \.id, name: { item, _ in oneLine(item.label) },
                                   read: { $0.budgets.statedTotals }, write: { $0.budgets.statedTotals = $1 }),
        ReviewSection<Recommendation>("recommendations", "recommendation", id: \.id, name: { item, _ in oneLine(item.text) },
                                      read: { $0.recommendations }, write: { $0.recommendations = $1 }),
        ReviewSection<Action>("actions", "action", id: \.id, name: { item, _ in oneLine(item.title) },
                              read: { Array($0.actions) }, write: { $0.actions = ChunkedArray($1) }),
    ]

    /// The part a stored conflict names.
    public static func part(_ key: String) -> (any ReviewPart)? { all.first { $0.key == key } }

    /// "Allocation 2019/20, Coventry and Rugby CCG".
    public static func budgetLineName(_ line: BudgetLine, _ names: ReviewNames) -> String {
        let whereNames = [line.organisationId, line.placeId].compactMap { $0.map { names.name(of: $0) } }
        return "\(line.measure.label) \(line.year)" + (whereNames.isEmpty ? "" : ", " + whereNames.joined(separator: ", "))
    }

    private static func oneLine(_ text: String) -> String { ReviewNames.oneLine(text) }
}
