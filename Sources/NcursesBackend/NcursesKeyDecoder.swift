import CNcursesw
import TerminalToolkit

/// Turns what `wget_wch` returns into a `Key`.
enum NcursesKeyDecoder {
    /// - Parameters:
    ///   - status: `wget_wch`'s return value: `KEY_CODE_YES` for a function key code,
    ///     `OK` for a character.
    ///   - code: the key code or character code.
    /// - Returns: nil for `ERR` (nothing read).
    static func key(status: Int32, code: UInt32) -> Key? {
        if status == shim_key_code_yes() { return functionKey(Int32(truncatingIfNeeded: code)) }
        guard status == OK else { return nil }
        if let control = Key.fromControlCode(code) { return control }
        if code < 0x20 || (0x80..<0xA0).contains(code) { return .unknown }
        guard let scalar = Unicode.Scalar(code) else { return .unknown }
        return .char(Character(scalar))
    }

    /// A mouse event as `shim_get_mouse` reports it (1 click, 2 double click, 3 wheel up,
    /// 4 wheel down, at a cell); `.unknown` for what the app does not use (other buttons).
    static func mouse(kind: Int32, x: Int32, y: Int32) -> Key {
        let kinds: [Int32: MouseEvent.Kind] = [1: .click, 2: .doubleClick, 3: .wheelUp, 4: .wheelDown]
        guard let kind = kinds[kind], x >= 0, y >= 0 else { return .unknown }
        return .mouse(MouseEvent(kind, x: Int(x), y: Int(y)))
    }

    /// Maps a curses key code (KEY_UP, KEY_F(n), ...) to a key.
    static func functionKey(_ code: Int32) -> Key {
        switch code {
        case shim_key_up(): return .up
        case shim_key_down(): return .down
        case shim_key_left(): return .left
        case shim_key_right(): return .right
        case shim_key_home(): return .home
        case shim_key_end(): return .end
        case shim_key_ppage(): return .pageUp
        case shim_key_npage(): return .pageDown
        case shim_key_btab(): return .backTab
        case shim_key_enter(): return .enter
        case shim_key_backspace(): return .backspace
        case shim_key_dc(): return .delete
        case shim_key_ic(): return .insert
        case shim_key_resize(): return .resize
        case shim_key_f(1)...shim_key_f(12): return .function(Int(code - shim_key_f(0)))
        default: return TerminalModes.modifiedKey(code: code) ?? .unknown
        }
    }
}
