/// One key press, as the app sees it. Backends turn terminal input into these.
public enum Key: Hashable, Sendable {
    /// A printable character (including space).
    case char(Character)
    case up
    case down
    case left
    case right
    case home
    case end
    case pageUp
    case pageDown
    case tab
    /// Shift-Tab.
    case backTab
    case enter
    case escape
    case backspace
    case delete
    case insert
    /// F1 to F12.
    case function(Int)
    /// Control plus a letter, always lower case: Ctrl-A is `.ctrl("a")`. Ctrl-I, Ctrl-M
    /// and Ctrl-H arrive as `.tab`, `.enter` and `.backspace` (terminals cannot tell).
    case ctrl(Character)
    /// The terminal changed size.
    case resize
    /// Text the terminal delivered as one paste (bracketed paste: `ESC [ 200 ~` ...
    /// `ESC [ 201 ~`). Line breaks arrive as "\n" and tabs as "\t"; other control
    /// characters are dropped. A paste is text, never keys: it cannot run commands.
    case paste(String)
    /// A key with Alt (Meta) or Ctrl held that the cases above do not name: Alt-b
    /// (`ESC b`), Ctrl-Left (`ESC [ 1 ; 5 D`), Alt-Left (`ESC [ 1 ; 3 D`), Ctrl-Home.
    indirect case modified(Key, KeyModifier)
    /// A click, a double click or a turn of the wheel at a cell (`MouseEvent`), when the
    /// backend reports the mouse.
    case mouse(MouseEvent)
    /// Input the backend could not name.
    case unknown

    /// Maps a control code (1...26, 8 and 9, 10 and 13, 27, 127) to its key. Codes
    /// that are not control codes give nil.
    public static func fromControlCode(_ code: UInt32) -> Key? {
        switch code {
        case 8, 127: return .backspace
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 1...26:
            guard let scalar = Unicode.Scalar(code + 96) else { return nil }
            return .ctrl(Character(scalar))
        case 0: return .ctrl(" ")
        default: return nil
        }
    }
}
