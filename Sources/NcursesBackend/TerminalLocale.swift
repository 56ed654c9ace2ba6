import CNcursesw

/// Chooses the locale that makes ncursesw read and write UTF-8.
enum TerminalLocale {
    /// `setlocale(LC_ALL, "")` from the environment; if that fails or its codeset is not
    /// UTF-8, tries "C.UTF-8" (then "C.utf8"). Returns true when the codeset in effect
    /// is UTF-8 (widgets then use Unicode glyphs, otherwise ASCII ones).
    @discardableResult
    static func configure() -> Bool {
        if setlocale(LC_ALL, "") != nil, isUTF8 { return true }
        for fallback in ["C.UTF-8", "C.utf8"] where setlocale(LC_ALL, fallback) != nil {
            if isUTF8 { return true }
        }
        return isUTF8
    }

    /// True when the current LC_CTYPE codeset is UTF-8.
    static var isUTF8: Bool {
        guard let codeset = shim_codeset() else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
