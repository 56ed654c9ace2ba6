import Foundation
import ReviewModel
import TerminalToolkit

/// An open editor on one item: its fields, which one has the cursor, and the text being typed.
public struct EditorState: Sendable {
    public var item: ItemRef
    public var fields: [FieldSpec]
    public var fieldIndex: Int
    public var input: TextInput
    /// Set when the item was just added.
    public var isNewItem: Bool
    /// For an item just added: how things were before the add. Fields accepted into the new
    /// item amend the add (one step of undo); Esc puts this back (nothing added, nothing to undo).
    public var beforeAdd: BeforeAdd?
    /// The value shown is a new item's placeholder, "selected": the first typed character
    /// replaces it. An existing value is never selected: typing adds at the cursor (its end).
    public var placeholderSelected = false
    /// The highlighted choice in a reference picker (an index into `pickerChoices`).
    public var pickerIndex = 0

    /// Line breaks show as ¶ while typing a one-line input.
    public static let lineBreak: Character = "¶"

    public init(item: ItemRef, fields: [FieldSpec], fieldIndex: Int = 0, review: Review, isNewItem: Bool = false) {
        self.item = item
        self.fields = fields
        self.fieldIndex = min(fieldIndex, max(0, fields.count - 1))
        self.input = TextInput()
        self.isNewItem = isNewItem
        load(from: review)
    }

    public var field: FieldSpec? { fields.indices.contains(fieldIndex) ? fields[fieldIndex] : nil }

    /// Puts the field's current value in the input, the cursor at its end: typing adds to
    /// the value (Ctrl-U clears it).
    public mutating func load(from review: Review) {
        let value = field?.read(review) ?? ""
        input = TextInput(value.replacingOccurrences(of: "\n", with: String(EditorState.lineBreak)))
        placeholderSelected = isNewItem && !value.isEmpty
        pickerIndex = 0
        if case .reference(let options) = field?.kind, let index = options.firstIndex(where: { $0.label == value }) {
            input = TextInput("")
            pickerIndex = index
        }
    }

    /// The value to store: ¶ back to line breaks.
    public var typedValue: String {
        input.text.replacingOccurrences(of: String(EditorState.lineBreak), with: "\n")
    }

    /// Reference choices matching what has been typed (all of them when nothing is typed).
    public var pickerChoices: [(id: String, label: String)] {
        guard case .reference(let options) = field?.kind else { return [] }
        let filter = input.text.lowercased()
        return filter.isEmpty ? options : options.filter { $0.label.lowercased().contains(filter) || $0.id.lowercased().contains(filter) }
    }
}
