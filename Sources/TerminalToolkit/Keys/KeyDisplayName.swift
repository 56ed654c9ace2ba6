extension Key {
    /// A short name for help screens and key hints: "^S", "F1", "Shift-Tab", "PgDn", "q".
    public var displayName: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let character): return String(character)
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .function(let number): return "F\(number)"
        case .ctrl(let letter): return "^" + letter.uppercased()
        case .resize: return "Resize"
        case .paste: return "Paste"
        case .mouse(let event): return event.displayName
        case .modified(let key, let modifier): return modifier.prefix + key.displayName
        case .unknown: return "?"
        }
    }

    /// The display names of several keys joined for a help row: "j, Down".
    public static func displayNames(_ keys: [Key], separator: String = ", ") -> String {
        keys.map(\.displayName).joined(separator: separator)
    }
}
