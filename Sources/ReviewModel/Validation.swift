import Foundation

/// Checks a review and returns every problem at once, each with its JSON path.
public enum Validation {
    public static func validate(_ review: Review) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        checkIds(review, &issues)
        checkProgramme(review, &issues)
        checkMilestones(review, &issues)
        checkTests(review, &issues)
        checkAppraisal(review, &issues)
        checkBudgets(review, &issues)
        checkDecisions(review, &issues)
        return issues
    }

    public static func errors(in review: Review) -> [ValidationIssue] {
        validate(review).filter { $0.severity == .error }
    }

    private static func checkIds(_ review: Review, _ issues: inout [ValidationIssue]) {
        var seen: [String: String] = [:]
        func visit(_ id: String, _ path: String) {
            if id.trimmingCharacters(in: .whitespaces).isEmpty {
                issues.append(.init(.error, path, "the id is empty; give the item a unique id"))
            } else if let first = seen[id] {
                issues.append(.init(.error, path, "duplicate id \"\(id)\", already used at \(first); give each item its own id"))
            } else {
                seen[id] = path
            }
        }
        for (i, item) in review.programme.organisations.enumerated() { visit(item.id, "$.programme.organisations[\(i)].id") }
        for (i, item) in review.programme.places.enumerated() { visit(item.id, "$.programme.places[\(i)].id") }
        for (i, item) in review.milestones.enumerated() { visit(item.id, "$.milestones[\(i)].id") }
        for (i, test) in review.mergerTests.enumerated() {
            visit(test.id, "$.mergerTests[\(i)].id")
            for (j, evidence) in test.evidence.enumerated() { visit(evidence.id, "$.mergerTests[\(i)].evidence[\(j)].id") }
        }
        for (i, item) in review.appraisal.criteria.enumerated() { visit(item.id, "$.appraisal.criteria[\(i)].id") }
        for (i, item) in review.appraisal.options.enumerated() { visit(item.id, "$.appraisal.options[\(i)].id") }
        for (i, item) in review.budgets.lines.enumerated() { visit(item.id, "$.budgets.lines[\(i)].id") }
        for (i, item) in review.budgets.statedTotals.enumerated() { visit(item.id, "$.budgets.statedTotals[\(i)].id") }
        for (i, item) in review.recommendations.enumerated() { visit(item.id, "$.recommendations[\(i)].id") }
        for (i, item) in review.actions.enumerated() { visit(item.id, "$.actions[\(i)].id") }
    }

    private static func missing(_ kind: String, _ id: String, _ path: String) -> ValidationIssue {
        .init(.error, path, "refers to \(kind) \"\(id)\", which does not exist; correct the id or add the \(kind)")
    }

    private static func checkCount(_ value: Int?, _ path: String, _ issues: inout [ValidationIssue]) {
        if let value, value < 0 {
            issues.append(.init(.error, path, "is \(value); a count cannot be negative"))
        }
    }

    private static func checkProgramme(_ review: Review, _ issues: inout [ValidationIssue]) {
        let orgIds = Set(review.programme.organisations.map(\.id))
        let placeIds = Set(review.programme.places.map(\.id))
        for (i, org) in review.programme.organisations.enumerated() {
            let path = "$.programme.organisations[\(i)]"
            checkCount(org.registeredPopulation, "\(path).registeredPopulation", &issues)
            checkCount(org.practices, "\(path).practices", &issues)
            for (j, id) in org.placeIds.enumerated() where !placeIds.contains(id) {
                issues.append(missing("place", id, "\(path).placeIds[\(j)]"))
            }
        }
        for (i, place) in review.programme.places.enumerated() {
            let path = "$.programme.places[\(i)]"
            checkCount(place.registeredPopulation, "\(path).registeredPopulation", &issues)
            checkCount(place.practices, "\(path).practices", &issues)
            checkCount(place.pcns, "\(path).pcns", &issues)
            for (j, id) in place.organisationIds.enumerated() where !orgIds.contains(id) {
                issues.append(missing("organisation", id, "\(path).organisationIds[\(j)]"))
            }
        }
    }

    private static func checkMilestones(_ review: Review, _ issues: inout [ValidationIssue]) {
        let ids = Set(review.milestones.map(\.id))
        for (i, milestone) in review.milestones.enumerated() {
            let path = "$.milestones[\(i)]"
            if let end = milestone.endDate, end.sortDate < milestone.date.sortDate {
                issues.append(.init(.error, "\(path).endDate",
                                    "ends (\(end.display)) before it starts (\(milestone.date.display)); swap or correct the dates"))
            }
            for (j, id) in milestone.dependsOn.enumerated() {
                if id == milestone.id {
                    issues.append(.init(.error, "\(path).dependsOn[\(j)]", "a milestone cannot depend on itself"))
                } else if !ids.contains(id) {
                    issues.append(missing("milestone", id, "\(path).dependsOn[\(j)]"))
                }
            }
        }
    }

    private static func checkTests(_ review: Review, _ issues: inout [ValidationIssue]) {
        for (i, test) in review.mergerTests.enumerated() where test.title.trimmingCharacters(in: .whitespaces).isEmpty {
            issues.append(.init(.error, "$.mergerTests[\(i)].title", "a merger test needs a title"))
        }
    }

    private static func checkAppraisal(_ review: Review, _ issues: inout [ValidationIssue]) {
        let appraisal = review.appraisal
        let optionIds = Set(appraisal.options.map(\.id))
        let criterionIds = Set(appraisal.criteria.map(\.id))
        var seenCells = Set<String>()
        for (i, cell) in appraisal.cells.enumerated() {
            let path = "$.appraisal.cells[\(i)]"
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
            let path = "$.budgets.lines[\(i)]"
            if let id = line.organisationId, !orgIds.contains(id) { issues.append(missing("organisation", id, "\(path).organisationId")) }
            if let id = line.placeId, !placeIds.contains(id) { issues.append(missing("place", id, "\(path).placeId")) }
            if line.measure.isCount {
                issues.append(.init(.error, "\(path).measure",
                                    "\"\(line.measure.rawValue)\" is a count; record it on the organisation or place, not as a budget line"))
            }
        }
        if let target = review.budgets.runningCostTarget {
            if target.reductionPercent < 0 || target.reductionPercent > 100 {
                issues.append(.init(.error, "$.budgets.runningCostTarget.reductionPercent", "must be between 0 and 100"))
            }
            if target.targetYear < target.baselineYear {
                issues.append(.init(.error, "$.budgets.runningCostTarget.targetYear", "is before the baseline year"))
            }
        }
        let figures = BudgetFigures(review)
        for (i, stated) in review.budgets.statedTotals.enumerated() {
            let path = "$.budgets.statedTotals[\(i)].value"
            guard let computed = figures.computed(for: stated) else {
                issues.append(.init(.warning, path, "\(stated.label): stated \(stated.formattedValue) but there are no parts to check it against"))
                continue
            }
            if computed != stated.value {
                let computedText = stated.measure.isCount
                    ? DecimalText.format(computed, places: 0) : Money(millions: computed).formatted
                let source = stated.source.isEmpty ? "" : " (\(stated.source))"
                issues.append(.init(.warning, path,
                                    "\(stated.label): the paper states \(stated.formattedValue)\(source) but the \(stated.scope.rawValue) sum to \(computedText)"))
            }
        }
    }

    private static func checkDecisions(_ review: Review, _ issues: inout [ValidationIssue]) {
        let ids = Set(review.allIds)
        for (i, action) in review.actions.enumerated() {
            if let link = action.linkedItemId, !ids.contains(link) { issues.append(missing("item", link, "$.actions[\(i)].linkedItemId")) }
        }
    }
}
