import ReviewModel
import TerminalToolkit

/// Unsaved edits found from an earlier session that ended without saving.
public struct RecoveryOffer: Sendable {
    public var review: Review
    public var changeCount: Int
    public var firstChangeAt: String
    public var lastChangeAt: String
    public var who: String
    /// The file was saved by someone since these edits were made: restoring them and saving
    /// would overwrite that save.
    public var fileChangedSince: Bool

    public init(review: Review, changeCount: Int, firstChangeAt: String, lastChangeAt: String, who: String,
                fileChangedSince: Bool = false) {
        self.review = review
        self.changeCount = changeCount
        self.firstChangeAt = firstChangeAt
        self.lastChangeAt = lastChangeAt
        self.who = who
        self.fileChangedSince = fileChangedSince
    }

    public var dialog: Dialog {
        Dialog(title: "Unsaved changes found",
               message: ["\(changeCount) change\(changeCount == 1 ? "" : "s") by \(who) not saved,",
                         "made between \(firstChangeAt) and \(lastChangeAt)."]
                   + (fileChangedSince ? ["The file has been saved since: restoring replaces that version."] : [])
                   + ["Keeping them for later leaves this session read-only."],
               buttons: [DialogButton("Restore", keys: [.char("r")]), DialogButton("Discard", keys: [.char("d")]),
                         DialogButton("Keep for later", keys: [.char("k")])],
               selectedButton: 0, cancelButton: 2)
    }
}
