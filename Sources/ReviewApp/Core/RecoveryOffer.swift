import Foundation
import ReviewModel
import TerminalToolkit

/// Unsaved edits found from an earlier session that ended without saving.
public struct RecoveryOffer: Sendable {
    public var review: Review
    public var changeCount: Int
    public var firstChangeAt: String
    public var lastChangeAt: String
    public var who: String
    /// The edits were made on an earlier version of the file, saved since: one or two lines
    /// saying what restoring does to that save (nil when they apply to the file as it is).
    public var difference: [String]?
    /// The text of an editor that was open and not accepted when the session ended.
    public var draft: String?
    /// The zone the times are shown in.
    public var timeZone: TimeZone

    public init(review: Review, changeCount: Int, firstChangeAt: String, lastChangeAt: String, who: String,
                difference: [String]? = nil, draft: String? = nil, timeZone: TimeZone = .current) {
        self.timeZone = timeZone
        self.review = review
        self.changeCount = changeCount
        self.firstChangeAt = firstChangeAt
        self.lastChangeAt = lastChangeAt
        self.who = who
        self.difference = difference
        self.draft = draft
    }

    /// When the last change was made, as people read it: "Wed 2 Dec 07:28".
    public var lastChangeWhen: String { HumanTime.format(lastChangeAt, timeZone: timeZone) }

    public var dialog: Dialog {
        var lines: [String] = []
        if changeCount > 0 {
            lines += ["\(changeCount) change\(changeCount == 1 ? "" : "s") by \(who) not saved,",
                      "made between \(HumanTime.format(firstChangeAt, timeZone: timeZone)) and \(lastChangeWhen)."]
        }
        if let draft {
            lines.append("Unfinished edit by \(who) (not applied): \(draft)")
        }
        lines += difference ?? []
        lines.append("Keeping them for later leaves this session read-only.")
        return Dialog(title: "Unsaved changes found", message: lines,
                      buttons: [DialogButton("Restore", keys: [.char("r")]), DialogButton("Discard", keys: [.char("d")]),
                                DialogButton("Keep for later", keys: [.char("k")])],
                      selectedButton: 0, cancelButton: 2)
    }
}
