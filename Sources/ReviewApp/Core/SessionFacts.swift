import Foundation
import ReviewModel

/// What the editing session knows beyond the review: which file it edits, whether it may
/// write it (and why not), today's date and who is editing.
public struct SessionFacts: Sendable {
    public var filePath: String
    /// Why the file cannot be written (another session holds it, it is read-only), or nil.
    public var readOnlyReason: String?
    public var today: CalendarDate
    public var user: String
    /// The zone times are shown in ("Wed 2 Dec 07:28"): the user's own in the product.
    public var timeZone: TimeZone = .current
    /// Set when the user chose "save" in the quit dialog: quit once the save succeeds.
    public var pendingQuitAfterSave = false
    /// Why the recovery journal cannot be written now (the edits are not protected), or nil.
    public var journalProblem: String?

    public init(filePath: String, readOnlyReason: String? = nil, today: CalendarDate, user: String = "user") {
        self.filePath = filePath
        self.readOnlyReason = readOnlyReason
        self.today = today
        self.user = user
    }
}
