import CNcursesw
import TerminalToolkit

/// Hands out curses colour pairs for (foreground, background) combinations as they
/// are first drawn. Pair 0 is the terminal default and is never redefined.
struct ColorPairs {
    let support: ColorSupport
    /// True when `use_default_colors` worked, so colour -1 means "terminal default".
    let hasDefaultColors: Bool
    private let capacity: Int
    private var pairs: [ColorKey: Int16] = [:]

    struct ColorKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    init(support: ColorSupport, hasDefaultColors: Bool, availablePairs: Int) {
        self.support = support
        self.hasDefaultColors = hasDefaultColors
        self.capacity = min(max(0, availablePairs), Int(Int16.max))
    }

    /// The curses colour number for a colour, or -1 for the default.
    func colorNumber(_ color: TerminalColor, isForeground: Bool) -> Int16 {
        let mapped: TerminalColor = support == .indexed256 ? color : color.nearestBasicColor
        switch mapped {
        case .default:
            if hasDefaultColors { return -1 }
            return isForeground ? 7 : 0
        case .indexed(let index):
            return Int16(index)
        default:
            return Int16(mapped.ansiIndex ?? -1)
        }
    }

    /// The pair for a style's colours; 0 when colours are off or pairs ran out.
    mutating func pair(for style: Style) -> Int16 {
        guard support != .none else { return 0 }
        if style.foreground == .default && style.background == .default { return 0 }
        let key = ColorKey(foreground: colorNumber(style.foreground, isForeground: true),
                           background: colorNumber(style.background, isForeground: false))
        if let existing = pairs[key] { return existing }
        let next = pairs.count + 1
        guard next < capacity else { return 0 }
        let number = Int16(next)
        guard init_pair(number, key.foreground, key.background) == OK else { return 0 }
        pairs[key] = number
        return number
    }
}
