/// A colour from the small palette every terminal understands, or an index into the
/// 256-colour palette for terminals that have one (backends map it down otherwise).
public enum TerminalColor: Hashable, Sendable {
    /// The terminal's own default foreground or background.
    case `default`
    case black
    case red
    case green
    case yellow
    case blue
    case magenta
    case cyan
    case white
    /// An xterm 256-colour palette index: 0-15 system colours, 16-231 a 6x6x6 cube,
    /// 232-255 greys.
    case indexed(UInt8)

    /// The ANSI number 0-7 of the eight basic colours; nil for `default` and `indexed`.
    public var ansiIndex: Int? {
        switch self {
        case .default, .indexed: return nil
        case .black: return 0
        case .red: return 1
        case .green: return 2
        case .yellow: return 3
        case .blue: return 4
        case .magenta: return 5
        case .cyan: return 6
        case .white: return 7
        }
    }

    /// The nearest of the eight basic colours, for terminals without 256 colours.
    public var nearestBasicColor: TerminalColor {
        guard case .indexed(let index) = self else { return self }
        let basic: [TerminalColor] = [.black, .red, .green, .yellow, .blue, .magenta, .cyan, .white]
        switch index {
        case 0..<16:
            return basic[Int(index) % 8]
        case 16..<232:
            let cube = Int(index) - 16
            let red = cube / 36 >= 3 ? 1 : 0
            let green = (cube / 6) % 6 >= 3 ? 1 : 0
            let blue = cube % 6 >= 3 ? 1 : 0
            return basic[red + green * 2 + blue * 4]
        default:
            return index >= 244 ? .white : .black
        }
    }
}
