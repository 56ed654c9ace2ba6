import Foundation
import ReviewStore

extension LockHolder {
    /// The holder as people read it: since when in local time ("since Wed 2 Dec 07:28").
    var inLocalTime: LockHolder {
        var shown = self
        shown.since = HumanTime.format(since, timeZone: .current)
        return shown
    }
}
