import Foundation

/// Checks a review and returns every problem at once, each with its JSON path.
public enum Validation {
    public static func validate(_ review: Review) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let ids = checkIds(review, &issues)
        checkProgramme(review, &issues)
        checkMilestones(review, ids: ids, &issues)
        checkTests(review, &issues)
        checkAppraisal(review, &issues)
        checkBudgets(review, &issues)
        checkDecisions(review, ids: ids, &issues)
        checkNarrative(review, &issues)
        checkConflicts(review, &issues)
        return issues
    }

    /// A conflict a merge left is a warning until someone chooses a side (so `validate
    /// --strict` fails while any remain).
    private static func checkConflicts(_ review: Review, _ issues: inout [ValidationIssue]) {
        for (i, conflict) in review.conflicts.enumerated() {
            guard let shown = review.describe(conflict) else {
                issues.append(ValidationIssue(.error, "$.conflicts[\(i)].part", "\"\(conflict.part)\" is not a part of a review"))
                continue
            }
            issues.append(ValidationIssue(.warning, "$.conflicts[\(i)]",
                "merge conflict on the \(shown.field) of \(shown.what) \"\(shown.itemName)\": ours \(shown.ours), theirs \(shown.theirs); "
                + "open the review in merger-review to choose"))
        }
    }

    public static func errors(in review: Review) -> [ValidationIssue] {
        validate(review).filter { $0.severity == .error }
    }

    /// Where an id was seen; its JSON path is written out only when a problem is reported.
    private enum IdPlace {
        case indexed(String, Int)
        case evidence(Int, Int)

        var path: String {
            switch self {
            case .indexed(let list, let i): return "\(list)[\(i)].id"
            case .evidence(let i, let j): return "$.mergerTests[\(i)].evidence[\(j)].id"
            }
        }
    }

    /// Every id in the review (`Set(review.allIds)`), as the first place each was seen plus the blank ones.
    private struct IdTable {
        var seen: [String: IdPlace] = [:]
        var blank = Set<String>()

        func contains(_ id: String) -> Bool { seen[id] != nil || blank.contains(id) }
    }

    private static func checkIds(_ review: Review, _ issues: inout [ValidationIssue]) -> IdTable {
        var blank = Set<String>()
        var seen: [String: IdPlace] = [:]
        seen.reserveCapacity(review.milestones.count + review.budgets.lines.count + review.actions.count + 1_024)
        func visit(_ id: String, _ place: IdPlace) {
            if isBlank(id) {
                blank.insert(id)
                issues.append(.init(.error, place.path, "the id is empty; give the item a unique id"))
            } else {
                if !isWellFormedId(id) {
                    issues.append(.init(.error, place.path,
                                        "the id \"\(id)\" has a character other than letters, digits, '-', '_' and '.'; use only those"))
                }
                if let first = seen[id] {
                    issues.append(.init(.error, place.path, "duplicate id \"\(id)\", already used at \(first.path); give each item its own id"))
                } else {
                    seen[id] = place
                }
            }
        }
        for (i, item) in review.programme.organisations.enumerated() { visit(item.id, .indexed("$.programme.organisations", i)) }
        for (i, item) in review.programme.places.enumerated() { visit(item.id, .indexed("$.programme.places", i)) }
        for (i, item) in review.milestones.enumerated() { visit(item.id, .indexed("$.milestones", i)) }
        for (i, test) in review.mergerTests.enumerated() {
            visit(test.id, .indexed("$.mergerTests", i))
            for (j, evidence) in test.evidence.enumerated() { visit(evidence.id, .evidence(i, j)) }
        }
        for (i, item) in review.appraisal.criteria.enumerated() { visit(item.id, .indexed("$.appraisal.criteria", i)) }
        for (i, item) in review.appraisal.options.enumerated() { visit(item.id, .indexed("$.appraisal.options", i)) }
        for (i, item) in review.budgets.lines.enumerated() { visit(item.id, .indexed("$.budgets.lines", i)) }
        for (i, item) in review.budgets.statedTotals.enumerated() { visit(item.id, .indexed("$.budgets.statedTotals", i)) }
        for (i, item) in review.recommendations.enumerated() { visit(item.id, .indexed("$.recommendations", i)) }
        for (i, item) in review.actions.enumerated() { visit(item.id, .indexed("$.actions", i)) }
        return IdTable(seen: seen, blank: blank)
    }

    /// An id as docs/file-format.md allows: letters, digits, `-`, `_` and `.` only (no space,
    /// no `/`, no control character).
    public static func isWellFormedId(_ id: String) -> Bool {
        id.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F, 0x2E: return true
            case 0..<0x80: return false
            default: return scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
            }
        }
    }

    /// `text.trimmingSpaces.isEmpty`, without building the trimmed copy
    /// when the text starts with an ASCII character that is not a space or a tab.
    static func isBlank(_ text: String) -> Bool {
        if let first = text.utf8.first, first < 0x80, first != 0x20, first != 0x09 { return false }
        return text.trimmingSpaces.isEmpty
    }

    private static func missing(_ kind: String, _ id: String, _ path: String) -> ValidationIssue {
        .init(.error, path, "refers to \(kind) \"\(id)\", which does not exist; correct the id or add the \(kind)")
    }

    /// An amount in £ millions of 100,000 or more (£100bn) is almost certainly pounds typed
    /// into a £ millions field: a warning, since nothing forbids it. Stated totals are not
    /// checked: one typed in pounds already disagrees with the sum of its parts.
    static func checkMillions(_ amount: Decimal, _ path: @autoclosure () -> String, _ issues: inout [ValidationIssue]) {
        guard abs(amount) >= 100_000 else { return }
        let written = DecimalText.format(amount, places: DecimalText.places(of: amount))
        let inMillions = DecimalText.canonical(amount / 1_000_000)
        issues.append(.init(.warning, path(),
                            "\(written) looks like pounds, but amounts are in £ millions, so it reads as \(Money(millions: amount).formatted); if the paper says £\(written), write \(inMillions)"))
    }

    private static func checkCount(_ value: Int?, _ path: @autoclosure () -> String, _ issues: inout [ValidationIssue]) {
        if let value, value < 0 {
            issues.append(.init(.error, path(), "is \(value); a count cannot be negative"))
        }
    }

    private static func checkProgramme(_ review: Review, _ issues: inout [ValidationIssue]) {
        let orgIds = Set(review.programme.organisations.map(\.id))
        let placeIds = Set(review.programme.places.map(\.id))
        for (i, org) in review.programme.organisations.enumerated() {
            var path: String { "$.programme.organisations[\(i)]" }
            checkCount(org.registeredPopulation, "\(path).registeredPopulation", &issues)
            checkCount(org.practices, "\(path).practices", &issues)
            for (j, id) in org.placeIds.enumerated() where !placeIds.contains(id) {
                issues.append(missing("place", id, "\(path).placeIds[\(j)]"))
            }
        }
        for (i, place) in review.programme.places.enumerated() {
            var path: String { "$.programme.places[\(i)]" }
            checkCount(place.registeredPopulation, "\(path).registeredPopulation", &issues)
            checkCount(place.practices, "\(path).practices", &issues)
            checkCount(place.pcns, "\(path).pcns", &issues)
            for (j, id) in place.organisationIds.enumerated() where !orgIds.contains(id) {
                issues.append(missing("organisation", id, "\(path).organisationIds[\(j)]"))
            }
        }
    }

    private static func checkMilestones(_ review: Review, ids table: IdTable, _ issues: inout [ValidationIssue]) {
        // `Set(review.milestones.map(\.id)).contains(id)`, from the id table: an id first seen on
        // a milestone is one; an id never seen (and not blank) is not; anything else (an id shared
        // with another kind, already an error) is looked for among the milestones.
        var milestoneIds: Set<String>?
        func isMilestoneId(_ id: String) -> Bool {
            switch table.seen[id] {
            case .indexed("$.milestones", _)?: return true
            case nil where !table.blank.contains(id): return false
            default:
                // Made once, when first needed: a scan per reference would be quadratic.
                let ids = milestoneIds ?? Set(review.milestones.map(\.id))
                milestoneIds = ids
                return ids.contains(id)
            }
        }
        for (i, milestone) in review.milestones.enumerated() {
            var path: String { "$.milestones[\(i)]" }
            if let end = milestone.endDate, let last = end.latestDay, let first = milestone.date.earliestDay, last < first {
                issues.append(.init(.error, "\(path).endDate",
                                    "ends (\(end.display)) before it starts (\(milestone.date.display)); swap or correct the dates"))
            }
            for (j, id) in milestone.dependsOn.enumerated() {
                if id == milestone.id {
                    issues.append(.init(.error, "\(path).dependsOn[\(j)]", "a milestone cannot depend on itself"))
                } else if !isMilestoneId(id) {
                    issues.append(missing("milestone", id, "\(path).dependsOn[\(j)]"))
                }
            }
        }
    }

    private static func checkTests(_ review: Review, _ issues: inout [ValidationIssue]) {
        for (i, test) in review.mergerTests.enumerated() where isBlank(test.title) {
            issues.append(.init(.error, "$.mergerTests[\(i)].title", "a merger test needs a title"))
        }
    }

    private static func checkAppraisal(_ review: Review, _ issues: inout [ValidationIssue]) {
        let appraisal = review.appraisal
        let optionIds = Set(appraisal.options.map(\.id))
        let criterionIds = Set(appraisal.criteria.map(\.id))
        var seenCells = Set<String>()
        for (i, cell) in appraisal.cells.enumerated() {
            var path: String { "$.appraisal.cells[\(i)]" }
            if !optionIds.contains(cell.optionId) { issues.append(missing("option", cell.optionId, "\(path).optionId")) }
            if !criterionIds.contains(cell.criterionId) {
                issues.append(missing("criterion", cell.criterionId, "\(path).criterionId"))
            }
            let key = "\(cell.optionId)\u{0}\(cell.criterionId)"
            if !seenCells.insert(key).inserted {
                issues.append(.init(.error, path, "a second cell for option \"\(cell.optionId)\" and criterion \"\(cell.criterionId)\"; keep one"))
            }
            if let score = cell.score {
                if let scale = appraisal.scale {
                    if !scale.contains(score) {
                        issues.append(.init(.error, "\(path).score",
                                            "score \(DecimalText.canonical(score)) is outside the scale \(DecimalText.canonical(scale.min))-\(DecimalText.canonical(scale.max))"))
                    }
                } else {
                    issues.append(.init(.error, "\(path).score", "the cell has a score but the appraisal has no scale; add appraisal.scale"))
                }
            }
        }
        if let scale = appraisal.scale, scale.min >= scale.max {
            issues.append(.init(.error, "$.appraisal.scale", "min must be below max"))
        }
        var anyWeight = false
        var allZero = true
        for (i, criterion) in appraisal.criteria.enumerated() {
            guard let weight = criterion.weight else { allZero = false; continue }
            anyWeight = true
            if weight != 0 { allZero = false }
            if weight < 0 {
                issues.append(.init(.error, "$.appraisal.criteria[\(i)].weight",
                                    "weight \(DecimalText.canonical(weight)) is negative; weights must be zero or more"))
            }
        }
        if anyWeight && allZero {
            issues.append(.init(.error, "$.appraisal.criteria", "every weight is zero, so no option can be ranked; give at least one criterion a weight"))
        }
        if let preferred = appraisal.preferredOptionId, !optionIds.contains(preferred) {
            issues.append(missing("option", preferred, "$.appraisal.preferredOptionId"))
        }
        for (i, option) in appraisal.options.enumerated() {
            checkCount(option.organisationsLeft, "$.appraisal.options[\(i)].organisationsLeft", &issues)
        }
    }

    private static func checkBudgets(_ review: Review, _ issues: inout [ValidationIssue]) {
        let orgIds = Set(review.programme.organisations.map(\.id))
        let placeIds = Set(review.programme.places.map(\.id))
        for (i, line) in review.budgets.lines.enumerated() {
            var path: String { "$.budgets.lines[\(i)]" }
            if let id = line.organisationId, !orgIds.contains(id) { issues.append(missing("organisation", id, "\(path).organisationId")) }
            if let id = line.placeId, !placeIds.contains(id) { issues.append(missing("place", id, "\(path).placeId")) }
            checkMillions(line.amount.millions, "\(path).amount", &issues)
            if line.measure.isCount {
                issues.append(.init(.error, "\(path).measure",
                                    "\"\(line.measure.rawValue)\" is a count; record it on the organisation or place, not as a budget line"))
            }
        }
        if let target = review.budgets.runningCostTarget {
            if let baseline = target.baseline { checkMillions(baseline.millions, "$.budgets.runningCostTarget.baseline", &issues) }
            if target.reductionPercent < 0 || target.reductionPercent > 100 {
                issues.append(.init(.error, "$.budgets.runningCostTarget.reductionPercent", "must be between 0 and 100"))
            }
            if let targetYear = target.targetYear, targetYear < target.baselineYear {
                issues.append(.init(.error, "$.budgets.runningCostTarget.targetYear", "is before the baseline year"))
            }
        }
        let figures = BudgetFigures(review)
        for (i, stated) in review.budgets.statedTotals.enumerated() {
            let path = "$.budgets.statedTotals[\(i)].value"
            // A total stated without parts is a fact as the paper gives it, not a warning.
            guard let computed = figures.computed(for: stated) else { continue }
            if computed != stated.value {
                let computedText = stated.measure.isCount
                    ? DecimalText.format(computed, places: 0) : Money(millions: computed).formatted
                let source = stated.source.isEmpty ? "" : " (\(stated.source))"
                issues.append(.init(.warning, path,
                                    "\(stated.label): the paper states \(stated.formattedValue)\(source) but the \(stated.scope.rawValue) sum to \(computedText)"))
            }
        }
    }

    private static func checkDecisions(_ review: Review, ids: IdTable, _ issues: inout [ValidationIssue]) {
        for (i, action) in review.actions.enumerated() {
            if let link = action.linkedItemId, !ids.contains(link) { issues.append(missing("item", link, "$.actions[\(i)].linkedItemId")) }
        }
    }
}
