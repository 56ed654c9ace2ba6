/// A kind of value that comparison and merge work on field by field: an item of one of the
/// review's lists, or one of its single records (the programme's details, the appraisal's
/// settings, the running-cost target).
public protocol ReviewItem: Hashable, Sendable {
    /// Every field compared and merged, in the order a person reads them.
    static var fields: [ItemField<Self>] { get }
}

/// An appraisal cell is known by its option and criterion.
extension AppraisalCell {
    public var cellId: String { "\(optionId)/\(criterionId)" }
}
