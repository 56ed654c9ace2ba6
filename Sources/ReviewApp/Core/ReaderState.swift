/// The reader open on one item: which item, and how far it is scrolled.
public struct ReaderState: Hashable, Sendable {
    public var item: ItemRef
    /// The first line shown.
    public var scroll: Int

    public init(item: ItemRef, scroll: Int = 0) {
        self.item = item
        self.scroll = max(0, scroll)
    }
}
