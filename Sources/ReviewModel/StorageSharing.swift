/// A list that can tell, without comparing a single element, that another version of it is the
/// same storage and so certainly equal: after an edit, every list the edit did not touch still
/// shares its storage with the previous review. False says nothing about equality.
public protocol StorageSharing {
    func sharesStorage(with other: Self) -> Bool
}

extension Array: StorageSharing {
    @inlinable
    public func sharesStorage(with other: [Element]) -> Bool {
        guard count == other.count else { return false }
        if isEmpty { return true }
        return withUnsafeBufferPointer { a in other.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
    }
}
