import TerminalToolkit

/// Keys of the read-only overlays (help, the history of saves): scrolling, and in the help,
/// searching. `AppUpdate.scrolled` and `HelpHandling` dispatch from this table and the help
/// lists it, so the keys shown are the keys that work. Any other key closes the overlay.
enum OverlayKeys {
    enum Command: Hashable, Sendable {
        case lineDown, lineUp, pageDown, pageUp, top, bottom
        case search, nextMatch, previousMatch
    }

    static let section = "In the help and the history of saves"

    static let keyMap = KeyMap<Command>([
        KeyBinding(.lineDown, keys: [.down, .char("j")], description: "Scroll down a line", section: section),
        KeyBinding(.lineUp, keys: [.up, .char("k")], description: "Scroll up a line", section: section),
        KeyBinding(.pageDown, keys: [.pageDown, .char(" ")], description: "Scroll down a page", section: section),
        KeyBinding(.pageUp, keys: [.pageUp], description: "Scroll up a page", section: section),
        KeyBinding(.top, keys: [.home], description: "Scroll to the top", section: section),
        KeyBinding(.bottom, keys: [.end], description: "Scroll to the bottom", section: section),
        KeyBinding(.search, keys: [.char("/")], description: "Search the help (Enter keeps it, Esc stops typing)", section: section),
        KeyBinding(.nextMatch, keys: [.char("n")], description: "Next line matching the help's search", section: section),
        KeyBinding(.previousMatch, keys: [.char("N")], description: "Previous line matching the help's search", section: section),
    ])
}
