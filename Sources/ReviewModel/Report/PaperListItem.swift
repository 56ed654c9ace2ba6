/// A list item and the items nested under it.
public struct PaperListItem: Hashable, Sendable {
    public var text: String
    public var children: [String]

    public init(_ text: String, children: [String] = []) {
        self.text = text
        self.children = children
    }
}
