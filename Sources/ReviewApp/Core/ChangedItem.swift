import ReviewModel

/// The first item two versions of a review differ in, so undo and redo can show what they
/// changed. Long lists are compared only where their storage is not shared.
enum ChangedItem {
    /// The item in `after` nearest to the first difference from `before` (for an item that no
    /// longer exists, the one before it), or nil when no listed item differs.
    static func first(from before: Review, to after: Review) -> ItemRef? {
        if let i = difference(before.milestones, after.milestones) {
            return clamp(i, after.milestones.count).map { .milestone($0) }
        }
        if let i = difference(before.mergerTests, after.mergerTests) {
            guard let test = clamp(i, after.mergerTests.count) else { return nil }
            if i < before.mergerTests.count, i < after.mergerTests.count,
               let e = difference(before.mergerTests[i].evidence, after.mergerTests[i].evidence),
               let item = clamp(e, after.mergerTests[i].evidence.count) {
                return .evidence(test: test, item: item)
            }
            return .test(test)
        }
        let appraisal = after.appraisal
        if let c = difference(before.appraisal.criteria, appraisal.criteria), let criterion = clamp(c, appraisal.criteria.count) {
            return appraisal.options.isEmpty ? .criterion(criterion) : .cell(option: 0, criterion: criterion)
        }
        if let o = difference(before.appraisal.options, appraisal.options) {
            return clamp(o, appraisal.options.count).map { .option($0) }
        }
        if let k = difference(before.appraisal.cells, appraisal.cells),
           let cell = k < appraisal.cells.count ? appraisal.cells[k] : before.appraisal.cells.indices.contains(k) ? before.appraisal.cells[k] : nil,
           let option = appraisal.options.firstIndex(where: { $0.id == cell.optionId }),
           let criterion = appraisal.criteria.firstIndex(where: { $0.id == cell.criterionId }) {
            return .cell(option: option, criterion: criterion)
        }
        if let i = difference(before.programme.organisations, after.programme.organisations) {
            return clamp(i, after.programme.organisations.count).map { .organisation($0) }
        }
        if let i = difference(before.programme.places, after.programme.places) {
            return clamp(i, after.programme.places.count).map { .place($0) }
        }
        if let i = difference(before.budgets.lines, after.budgets.lines) {
            return clamp(i, after.budgets.lines.count).map { .budgetLine($0) }
        }
        if let i = difference(before.recommendations, after.recommendations) {
            return clamp(i, after.recommendations.count).map { .recommendation($0) }
        }
        if let i = difference(before.actions, after.actions) {
            return clamp(i, after.actions.count).map { .action($0) }
        }
        return nil
    }

    private static func clamp(_ index: Int, _ count: Int) -> Int? {
        count == 0 ? nil : min(index, count - 1)
    }

    static func difference<Element: Equatable>(_ a: ChunkedArray<Element>, _ b: ChunkedArray<Element>) -> Int? {
        let ranges = a.unsharedRanges(comparedTo: b) ?? [0..<max(a.count, b.count)]
        for range in ranges {
            for index in range where index >= a.count || index >= b.count || a[index] != b[index] { return index }
        }
        return nil
    }

    static func difference<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int? {
        for (index, pair) in zip(a, b).enumerated() where pair.0 != pair.1 { return index }
        return a.count == b.count ? nil : min(a.count, b.count)
    }
}
