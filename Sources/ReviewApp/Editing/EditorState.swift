import ReviewModel
import TerminalToolkit

/// An open editor on one item: its fields, which one has the cursor, and the text being typed.
public struct EditorState: Sendable {
    public var item: ItemRef
    public var fields: [FieldSpec]
    public var fieldIndex: Int
    public var input: TextInput
    /// Set when the item was just added, so cancelling the editor removes nothing extra.
    public var isNewItem: Bool

    public init(item: ItemRef, fields: [FieldSpec], fieldIndex: Int = 0, review: Review, isNewItem: Bool = false) {
        self.item = item
        self.fields = fields
        self.fieldIndex = min(fieldIndex, max(0, fields.count - 1))
        self.input = TextInput(fields.indices.contains(self.fieldIndex) ? fields[self.fieldIndex].read(review) : "")
        self.isNewItem = isNewItem
    }

    public var field: FieldSpec? { fields.indices.contains(fieldIndex) ? fields[fieldIndex] : nil }
}
