import Foundation

/// Checks of the paper's narrative: key figures (ids, where they belong, parts against the
/// stated value) and the kind of appraisal.
extension Validation {
    static func checkNarrative(_ review: Review, _ issues: inout [ValidationIssue]) {
        let programme = review.programme
        let organisationIds = Set(programme.organisations.map(\.id))
        let placeIds = Set(programme.places.map(\.id))
        var seen: [String: Int] = [:]
        for (i, figure) in programme.keyFigures.enumerated() {
            let path = "$.programme.keyFigures[\(i)]"
            if isBlank(figure.id) {
                issues.append(.init(.error, "\(path).id", "the id is empty; give the figure a unique id"))
            } else if let first = seen[figure.id] {
                issues.append(.init(.error, "\(path).id",
                                    "duplicate id \"\(figure.id)\", already used at $.programme.keyFigures[\(first)].id; give each figure its own id"))
            } else {
                seen[figure.id] = i
            }
            if let id = figure.organisationId, !organisationIds.contains(id) {
                issues.append(.init(.error, "\(path).organisationId",
                                    "refers to organisation \"\(id)\", which does not exist; correct the id or add the organisation"))
            }
            if let id = figure.placeId, !placeIds.contains(id) {
                issues.append(.init(.error, "\(path).placeId", "refers to place \"\(id)\", which does not exist; correct the id or add the place"))
            }
            if figure.unit == .gbpMillions { checkMillions(figure.value, "\(path).value", &issues) }
            if let sum = figure.sumOfParts, sum != figure.value {
                let source = figure.source.isEmpty ? "" : " (\(figure.source))"
                issues.append(.init(.warning, "\(path).value",
                                    "\(figure.label): the paper states \(figure.formattedValue)\(source) but its parts sum to \(figure.format(sum))"))
            }
        }
        if review.appraisal.kind == .package, let preferred = review.appraisal.preferredOptionId {
            issues.append(.init(.error, "$.appraisal.preferredOptionId",
                                "\"\(preferred)\": a package's proposals are adopted together, so none is preferred; remove preferredOptionId or make the kind \"alternatives\""))
        }
    }
}
