/// The items of a list in the order a pane shows them, by position: every item (the position
/// is the item's index) or the items a filter leaves (`ListFilter`), in storage order.
public struct ShownOrder: RandomAccessCollection, Hashable, Sendable {
    /// The shown items' indices, ascending; nil when every item is shown.
    private let filtered: [Int]?
    private let total: Int

    /// Every one of `count` items.
    init(all count: Int) {
        filtered = nil
        total = count
    }

    /// Only these items (indices in ascending order).
    init(only indices: [Int]) {
        filtered = indices
        total = indices.count
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { filtered?.count ?? total }

    /// The item shown at a position.
    public subscript(position: Int) -> Int { filtered?[position] ?? position }

    /// The position an item is shown at; nil when it is hidden or out of range.
    public func position(of item: Int) -> Int? {
        guard let filtered else { return item >= 0 && item < total ? item : nil }
        var low = 0, high = filtered.count
        while low < high {
            let middle = (low + high) / 2
            if filtered[middle] < item { low = middle + 1 } else { high = middle }
        }
        return low < filtered.count && filtered[low] == item ? low : nil
    }
}
