import ReviewModel

/// Writes the `conflicts` section: for each conflict the part and id of the item, the field
/// (absent when one side removed the item), and the item as it is in the base and on each
/// side (absent where it did not exist), each written as the part writes its items.
enum ConflictWriter {
    static func write(_ conflicts: [MergeConflict], _ w: inout JSONTextWriter) {
        w.array(conflicts) { conflict, w in
            w.openObject()
            if let base = conflict.base { w.key("base"); item(base, &w) }
            if let field = conflict.field { w.key("field"); w.string(field) }
            w.key("id"); w.string(conflict.itemId)
            if let ours = conflict.ours { w.key("ours"); item(ours, &w) }
            w.key("part"); w.string(conflict.part)
            if let theirs = conflict.theirs { w.key("theirs"); item(theirs, &w) }
            w.closeObject()
        }
    }

    private static func item(_ item: ConflictItem, _ w: inout JSONTextWriter) {
        switch item.value {
        case let value as Programme: ReviewWriter.programme(value, &w)
        case let value as PaperDetails: ReviewWriter.paper(value, &w)
        case let value as Organisation: ReviewWriter.organisation(value, &w)
        case let value as Place: ReviewWriter.place(value, &w)
        case let value as KeyFigure: ReviewWriter.keyFigure(value, &w)
        case let value as Milestone: ReviewWriter.milestone(value, &w)
        case let value as MergerTest: ReviewWriter.test(value, &w)
        case let value as Appraisal: ReviewWriter.appraisal(value, &w)
        case let value as Criterion: ReviewWriter.criterion(value, &w)
        case let value as AppraisalOption: ReviewWriter.option(value, &w)
        case let value as AppraisalCell: ReviewWriter.cell(value, &w)
        case let value as Budgets: ReviewWriter.budgets(value, &w)
        case let value as BudgetLine: ReviewWriter.budgetLine(value, &w)
        case let value as StatedTotal: ReviewWriter.statedTotal(value, &w)
        case let value as Recommendation: ReviewWriter.recommendation(value, &w)
        case let value as Action: ReviewWriter.action(value, &w)
        default:
            w.openObject()
            w.closeObject()
        }
    }
}
