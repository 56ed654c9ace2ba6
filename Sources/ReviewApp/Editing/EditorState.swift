import Foundation
import ReviewModel
import TerminalToolkit

/// An open editor on one item: its fields, which one has the cursor, and what is being typed
/// or picked in it: a `TextInput` for a one-line field, a `TextArea` for long text, a
/// `Picker` for links.
public struct EditorState: Sendable {
    public var item: ItemRef
    public var fields: [FieldSpec]
    public var fieldIndex: Int
    /// The text of a one-line field (text, value, choice).
    public var input: TextInput
    /// The text of a long-text field (notes, descriptions, minutes).
    public var area: TextArea
    /// The names of a link field, with the ids they stand for (`pickerIds`, same order).
    public var picker: Picker?
    public var pickerIds: [String] = []
    /// Set when the item was just added.
    public var isNewItem: Bool
    /// For an item just added: how things were before the add. Fields accepted into the new
    /// item amend the add (one step of undo); Esc puts this back (nothing added, nothing to undo).
    public var beforeAdd: BeforeAdd?
    /// A field of this editor has been accepted into the review.
    public var acceptedAField = false

    public init(item: ItemRef, fields: [FieldSpec], fieldIndex: Int = 0, review: Review, isNewItem: Bool = false) {
        self.item = item
        self.fields = fields
        self.fieldIndex = min(fieldIndex, max(0, fields.count - 1))
        self.input = TextInput()
        self.area = TextArea()
        self.isNewItem = isNewItem
        load(from: review)
    }

    public var field: FieldSpec? { fields.indices.contains(fieldIndex) ? fields[fieldIndex] : nil }

    /// Puts the field's current value in the editor, the cursor at its end: typing adds to the
    /// value. Only a new item's placeholder ("New action") is selected, so typing replaces it.
    public mutating func load(from review: Review) {
        picker = nil
        pickerIds = []
        guard let field else { return }
        if case .link(let choices) = field.kind {
            let candidates = choices.candidates(review)
            pickerIds = candidates.map(\.id)
            let linked = Set(choices.linked(review))
            picker = Picker(labels: candidates.map(\.label), picked: candidates.indices.filter { linked.contains(candidates[$0].id) },
                            allowsSeveral: choices.allowsSeveral)
            return
        }
        let value = field.read(review)
        let size = Size(width: area.wrapWidth + 1, height: area.visibleRows)
        input = TextInput(field.kind.isNotes ? "" : value)
        area = TextArea(field.kind.isNotes ? value : "", size: size)
        if isNewItem && !value.isEmpty && field.kind.isTyped {
            input.selectAll()
            area.selectAll()
        }
    }

    /// The ids picked in a link field, those linked before first in their order, then the new ones.
    func pickedIds(_ review: Review) -> [String]? {
        guard case .link(let choices) = field?.kind, let picker else { return nil }
        let picked = picker.picked.map { pickerIds[$0] }
        let pickedSet = Set(picked)
        let kept = choices.linked(review).filter { pickedSet.contains($0) }
        let keptSet = Set(kept)
        return (kept + picked.filter { !keptSet.contains($0) }).filter { !$0.isEmpty }
    }

    /// The value as the field stores it: the text typed, or a link field's ids separated by commas.
    func typedValue(_ review: Review) -> String {
        if let ids = pickedIds(review) { return ids.joined(separator: ", ") }
        return field?.kind.isNotes == true ? area.text : input.text
    }

    /// What the editor shows for the field: the text typed, or the names picked.
    public var shownValue: String {
        if let picker { return picker.picked.map { picker.labels[$0] }.joined(separator: ", ") }
        return field?.kind.isNotes == true ? area.text : input.text
    }

    /// True when the field holds something other than the review's value: accepting it would change the review.
    func fieldChanged(_ review: Review) -> Bool {
        guard let field else { return false }
        if case .link(let choices) = field.kind {
            guard let ids = pickedIds(review) else { return false }
            // One to pick and nothing matches what was typed: the filter is work in progress.
            if !choices.allowsSeveral && picker?.picked.isEmpty == true { return true }
            return Set(ids) != Set(choices.linked(review).filter { !$0.isEmpty })
        }
        return typedValue(review) != field.read(review)
    }

    /// What Esc would lose: the field's unaccepted text, and for a new item everything accepted into it.
    func hasChanges(_ review: Review) -> Bool {
        fieldChanged(review) || (beforeAdd != nil && acceptedAField)
    }

    /// Sizes the text area and the picker to the rows the editor shows them in.
    mutating func fit(_ layout: EditorLayout) {
        area.fit(to: Size(width: layout.block.width, height: layout.block.height))
        picker?.fit(visibleRows: layout.block.height - 1)
    }
}
