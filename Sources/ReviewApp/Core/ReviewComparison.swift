import Foundation
import ReviewModel

/// `Review ==`, fast when the reviews share most of their storage (as an edit and its
/// original do): the long arrays are compared in place, then the rest of the two reviews
/// with `==` as usual.
///
/// The synthesized `==` copies every element of an array it compares (retaining and
/// releasing each of its strings), which for 50,000 milestones costs more than the edit
/// itself. Here milestones and actions are first compared by the raw bits of their text and
/// list fields (identical bits: the same storage, so equal) and their few plain fields; only
/// an element that differs there (the edited one) is compared with `==`.
enum ReviewComparison {
    static func equal(_ a: Review, _ b: Review) -> Bool {
        guard elementsEqual(a.milestones, b.milestones, sameFields: RawFields.sameMilestone),
              elementsEqual(a.actions, b.actions, sameFields: RawFields.sameAction),
              a.mergerTests == b.mergerTests, a.recommendations == b.recommendations,
              a.budgets.lines == b.budgets.lines else { return false }
        // The arrays above are equal: compare everything else (including fields added later).
        var a = a, b = b
        a.milestones = []; b.milestones = []
        a.actions = []; b.actions = []
        return a == b
    }

    /// `x == y`. `sameFields` may answer true only for equal elements; when it answers false
    /// the elements are compared with `==`.
    static func elementsEqual<Element: Equatable>(_ x: [Element], _ y: [Element],
                                                  sameFields: (UnsafePointer<Element>, UnsafePointer<Element>) -> Bool) -> Bool {
        if sharesStorage(x, y) { return true }
        guard x.count == y.count else { return false }
        return x.withUnsafeBufferPointer { p in
            y.withUnsafeBufferPointer { q in
                guard let pBase = p.baseAddress, let qBase = q.baseAddress else { return true }
                for i in 0..<p.count where !sameFields(pBase + i, qBase + i) && p[i] != q[i] { return false }
                return true
            }
        }
    }
}

/// Field-by-field comparisons that read text and list fields as raw bits (no retain, no copy).
/// Two strings (or arrays) with identical bits are the same value; different bits prove nothing,
/// so these answer "certainly equal" or "compare properly".
enum RawFields {
    private static let stringSize = MemoryLayout<String>.size
    private static let arraySize = MemoryLayout<[String]>.size

    /// Byte ranges of a type's String, String? and array fields.
    private static func ranges<T>(_ strings: [PartialKeyPath<T>], arrays: [PartialKeyPath<T>] = []) -> [(Int, Int)] {
        strings.compactMap { MemoryLayout<T>.offset(of: $0).map { ($0, stringSize) } }
            + arrays.compactMap { MemoryLayout<T>.offset(of: $0).map { ($0, arraySize) } }
    }

    private static let milestoneRanges = ranges([\Milestone.id, \Milestone.title, \Milestone.owner, \Milestone.notes],
                                                arrays: [\Milestone.dependsOn])
    private static let actionRanges = ranges([\Action.id, \Action.title, \Action.owner, \Action.notes, \Action.linkedItemId])

    private static func sameBits<T>(_ a: UnsafePointer<T>, _ b: UnsafePointer<T>, _ ranges: [(Int, Int)]) -> Bool {
        let x = UnsafeRawPointer(a), y = UnsafeRawPointer(b)
        for (offset, size) in ranges where memcmp(x + offset, y + offset, size) != 0 { return false }
        return true
    }

    static func sameMilestone(_ a: UnsafePointer<Milestone>, _ b: UnsafePointer<Milestone>) -> Bool {
        milestoneRanges.count == 5 && sameBits(a, b, milestoneRanges)
            && a.pointee.status == b.pointee.status && a.pointee.date == b.pointee.date && a.pointee.endDate == b.pointee.endDate
    }

    static func sameAction(_ a: UnsafePointer<Action>, _ b: UnsafePointer<Action>) -> Bool {
        actionRanges.count == 5 && sameBits(a, b, actionRanges)
            && a.pointee.status == b.pointee.status && a.pointee.due == b.pointee.due && a.pointee.raisedAt == b.pointee.raisedAt
            && a.pointee.carriedForwardTo == b.pointee.carriedForwardTo
    }

    /// The id, date and end date as raw bits (a date's unused payload bytes may differ: then
    /// the dates are compared properly).
    private static let scheduleRanges: [(Int, Int)] = ranges([\Milestone.id])
        + [(\Milestone.date, MemoryLayout<FlexibleDate>.size), (\Milestone.endDate, MemoryLayout<FlexibleDate?>.size)]
        .compactMap { path, size in MemoryLayout<Milestone>.offset(of: path).map { ($0, size) } }

    /// The timeline's inputs (id, date, end date, status) are unchanged.
    static func sameSchedule(_ a: UnsafePointer<Milestone>, _ b: UnsafePointer<Milestone>) -> Bool {
        if a.pointee.status != b.pointee.status { return false }
        if scheduleRanges.count == 3 && sameBits(a, b, scheduleRanges) { return true }
        return a.pointee.id == b.pointee.id && a.pointee.date == b.pointee.date && a.pointee.endDate == b.pointee.endDate
    }
}
