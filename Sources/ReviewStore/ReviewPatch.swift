import ReviewModel

/// What one accepted edit did to a review, enough to do it again: for every list it changed,
/// one splice (where, how many elements out, how many in), and the review's new state with
/// each list cut down to the elements the edit put in. An edit of one item in a review of
/// 100,000 is that item and the review's small scalar parts, whatever the review's size.
///
/// On disk it is one line of splices (`milestones:3:1:1 actions:120:0:1`, empty when no list
/// changed) and then the cut-down review in the canonical JSON a save writes.
public struct ReviewPatch: Hashable, Sendable {
    /// The lists of a review, by the name the splice line uses.
    public enum List: String, CaseIterable, Sendable {
        case organisations, places, milestones, mergerTests, criteria, options, cells
        case budgetLines, statedTotals, recommendations, actions, history
    }

    public var splices: [List: ListSplice]
    /// The new review, each list holding only what its splice inserts (nothing for a list without one).
    public var content: Review

    public init(splices: [List: ListSplice], content: Review) {
        self.splices = splices
        self.content = content
    }

    /// The patch that turns `old` into `new`.
    public static func between(_ old: Review, _ new: Review) -> ReviewPatch {
        var patch = ReviewPatch(splices: [:], content: new)
        for access in accesses { access.diff(old, new, &patch) }
        return patch
    }

    /// `base` with the patch applied; nil when a splice does not fit `base` (it is not the
    /// version the patch was made from).
    public func applied(to base: Review) -> Review? {
        var result = content
        for access in ReviewPatch.accesses {
            guard access.apply(self, base, &result) else { return nil }
        }
        return result
    }

    // MARK: - Text

    public func encoded() -> [UInt8] {
        let line = List.allCases.compactMap { list in
            splices[list].map { "\(list.rawValue):\($0.at):\($0.removing):\($0.inserting)" }
        }.joined(separator: " ")
        return Array((line + "\n").utf8) + ReviewCodec.encode(content)
    }

    /// Reads what `encoded()` writes; nil when it is not a patch.
    public static func decode(_ bytes: ArraySlice<UInt8>) -> ReviewPatch? {
        guard let newline = bytes.firstIndex(of: 0x0A) else { return nil }
        var splices: [List: ListSplice] = [:]
        for part in String(decoding: bytes[bytes.startIndex..<newline], as: UTF8.self).split(separator: " ") {
            let fields = part.split(separator: ":", omittingEmptySubsequences: false)
            guard fields.count == 4, let list = List(rawValue: String(fields[0])),
                  let at = Int(fields[1]), let removing = Int(fields[2]), let inserting = Int(fields[3]),
                  at >= 0, removing >= 0, inserting >= 0 else { return nil }
            splices[list] = ListSplice(at: at, removing: removing, inserting: inserting)
        }
        guard let content = try? ReviewCodec.decodeStructure(Array(bytes[(newline + 1)...]), path: "<journal record>") else { return nil }
        return ReviewPatch(splices: splices, content: content)
    }

    // MARK: - The lists

    private struct Access: Sendable {
        let diff: @Sendable (Review, Review, inout ReviewPatch) -> Void
        let apply: @Sendable (ReviewPatch, Review, inout Review) -> Bool
    }

    private static func access<L: SplicedList & Sendable>(_ list: List, _ path: WritableKeyPath<Review, L> & Sendable) -> Access {
        Access(
            diff: { old, new, patch in
                let newList = new[keyPath: path]
                if let splice = newList.splice(from: old[keyPath: path]) {
                    patch.splices[list] = splice
                    patch.content[keyPath: path] = L(newList[splice.at..<(splice.at + splice.inserting)])
                } else {
                    patch.content[keyPath: path] = L()
                }
            },
            apply: { patch, base, result in
                guard let splice = patch.splices[list] else {
                    result[keyPath: path] = base[keyPath: path]
                    return true
                }
                guard let spliced = splice.applied(to: base[keyPath: path], elements: patch.content[keyPath: path]) else { return false }
                result[keyPath: path] = spliced
                return true
            })
    }

    private static let accesses: [Access] = [
        access(.organisations, \Review.programme.organisations),
        access(.places, \Review.programme.places),
        access(.milestones, \Review.milestones),
        access(.mergerTests, \Review.mergerTests),
        access(.criteria, \Review.appraisal.criteria),
        access(.options, \Review.appraisal.options),
        access(.cells, \Review.appraisal.cells),
        access(.budgetLines, \Review.budgets.lines),
        access(.statedTotals, \Review.budgets.statedTotals),
        access(.recommendations, \Review.recommendations),
        access(.actions, \Review.actions),
        access(.history, \Review.history),
    ]
}
