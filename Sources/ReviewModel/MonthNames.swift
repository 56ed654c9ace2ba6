public enum MonthNames {
    public static let short = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    public static let long = ["January", "February", "March", "April", "May", "June", "July",
                              "August", "September", "October", "November", "December"]

    /// Month number for "Sep", "sept", "September" (case-insensitive), or nil.
    public static func number(of name: String) -> Int? {
        let lower = name.lowercased()
        if let index = long.firstIndex(where: { $0.lowercased() == lower }) { return index + 1 }
        if let index = short.firstIndex(where: { $0.lowercased() == lower }) { return index + 1 }
        if lower == "sept" { return 9 }
        return nil
    }
}
