/// A list whose changes can be told as one splice: `Array` and `ChunkedArray` of equatable elements.
public protocol SplicedList: RangeReplaceableCollection, RandomAccessCollection where Index == Int, Element: Equatable {
    func splice(from old: Self) -> ListSplice?
}

extension Array: SplicedList where Element: Equatable {}
extension ChunkedArray: SplicedList where Element: Equatable {}
