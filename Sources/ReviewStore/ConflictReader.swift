import ReviewModel

/// Reads the `conflicts` section back (see `ConflictWriter`): each side's item is read as
/// its part reads its items.
enum ConflictReader {
    static func read(_ r: ObjectReader) -> MergeConflict? {
        let part = r.string("part", required: true)
        let itemId = r.string("id", required: true)
        let field = r.optionalString("field")
        let base = side("base", of: part, in: r)
        let ours = side("ours", of: part, in: r)
        let theirs = side("theirs", of: part, in: r)
        guard ReviewParts.part(part) != nil else {
            guard let node = r.node("part") else { return nil }
            r.fail("part", node, "\"\(part)\" is not a part of a review; expected one of "
                   + ReviewParts.all.map { "\"\($0.key)\"" }.joined(separator: ", "))
            return nil
        }
        return MergeConflict(part: part, itemId: itemId, field: field, base: base, ours: ours, theirs: theirs)
    }

    private static func side(_ key: String, of part: String, in r: ObjectReader) -> ConflictItem? {
        guard let reader = r.object(key) else { return nil }
        // The single records' readers check their fields themselves; the items' readers leave it to the list.
        defer { if !["programme", "appraisal", "budgets", "paper"].contains(part) { reader.finish() } }
        let value: (any ReviewItem)?
        switch part {
        case "programme": value = ReviewDecoder.readProgramme(reader)
        case "paper": value = ReviewDecoder.readPaper(reader)
        case "organisations": value = ReviewDecoder.readOrganisation(reader)
        case "places": value = ReviewDecoder.readPlace(reader)
        case "keyFigures": value = ReviewDecoder.readKeyFigure(reader)
        case "milestones": value = ReviewDecoder.readMilestone(reader)
        case "mergerTests": value = ReviewDecoder.readTest(reader)
        case "appraisal": value = ReviewDecoder.readAppraisal(reader)
        case "criteria": value = ReviewDecoder.readCriterion(reader)
        case "options": value = ReviewDecoder.readOption(reader)
        case "cells": value = ReviewDecoder.readCell(reader)
        case "budgets": value = ReviewDecoder.readBudgets(reader)
        case "lines": value = ReviewDecoder.readBudgetLine(reader)
        case "statedTotals": value = ReviewDecoder.readStatedTotal(reader)
        case "recommendations": value = ReviewDecoder.readRecommendation(reader)
        case "actions": value = ReviewDecoder.readAction(reader)
        default: value = nil
        }
        return value.map(ConflictItem.init)
    }
}
