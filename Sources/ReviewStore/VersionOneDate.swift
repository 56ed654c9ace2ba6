import Foundation
import ReviewModel

/// Reads a version-1 labelled date (`{"label": ..., "sortsAs": ...}`) as the date its label
/// implies, where the label says so unambiguously; otherwise as the day it sorted as, with the
/// label kept. The label is always kept as the paper's words. docs/file-format.md lists what
/// every label in the four fixtures becomes.
public enum VersionOneDate {
    public static func migrate(label: String, sortsAs: CalendarDate) -> FlexibleDate {
        var text = label.trimmingSpaces
        var saysNoDate = text.lowercased().contains("not dated")
        // A closing note such as "(no date given)" or "(year not stated)".
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            let note = text[open...].lowercased()
            if note.contains("no date") || note.contains("not stated") || note.contains("not given") { saysNoDate = true }
            text = text[..<open].trimmingSpaces
        }
        if let date = interpret(text) { return date.labelled(label) }
        if saysNoDate { return .undated(label: label) }
        return .day(sortsAs, label: label)
    }

    /// "May 2019", "Late May 2019", "Autumn 2019", "April/May 2020", "Before 30 September 2020",
    /// "2021/22 until 2023/24": the date the words name, or nil.
    static func interpret(_ text: String) -> FlexibleDate? {
        let lower = text.lowercased()
        if text.isEmpty { return nil }
        if case .success(let date) = FlexibleDate.parse(text), date.isDated { return date }
        for (prefix, make) in [("before ", FlexibleDate.by), ("by ", FlexibleDate.by),
                               ("after ", FlexibleDate.since), ("since ", FlexibleDate.since)] as [(String, (DatePoint, String?) -> FlexibleDate)] {
            if lower.hasPrefix(prefix), case .success(let point) = DatePoint.parse(String(text.dropFirst(prefix.count))) {
                return make(point, nil)
            }
        }
        // Words that place a date within what follows: "Late May 2019" is in May 2019.
        for prefix in ["early ", "mid-", "mid ", "late ", "throughout "] where lower.hasPrefix(prefix) {
            return interpret(String(text.dropFirst(prefix.count)))
        }
        let words = lower.split(separator: " ")
        if words.count == 2, let year = Int(words[1]), (1...9999).contains(year) {
            // Seasons that lie within one year.
            let seasons: [String: (Int, Int)] = ["spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)]
            if let (from, to) = seasons[String(words[0])],
               let start = DatePoint.month(year: year, month: from), let end = DatePoint.month(year: year, month: to) {
                return .between(start, end)
            }
            // "April/May 2020"
            let months = words[0].split(separator: "/")
            if months.count == 2, let from = MonthNames.number(of: String(months[0])), let to = MonthNames.number(of: String(months[1])),
               let start = DatePoint.month(year: year, month: from), let end = DatePoint.month(year: year, month: to) {
                return .between(start, end)
            }
        }
        return nil
    }
}
