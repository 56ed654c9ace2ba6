/// The two sides of a merge: "ours" is the file being merged into, "theirs" the other one.
public enum MergeSide: String, Hashable, Sendable {
    case ours, theirs
}
