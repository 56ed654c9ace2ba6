/// A modal dialog: a bordered box centred in an area, with a title, message lines
/// (word-wrapped) and a row of buttons. The focused button is shown as "[ Save ]",
/// the others as "  Cancel  ", so focus does not rest on colour.
///
/// The dialog is a value the caller keeps while it is open; `handle` moves the focus
/// between buttons, and the caller acts on Enter (using `selectedButton`) and Esc.
public struct Dialog: Hashable, Sendable {
    public var title: String
    public var message: [String]
    public var buttons: [String]
    public var selectedButton: Int

    public init(title: String, message: [String], buttons: [String] = ["OK"], selectedButton: Int = 0) {
        self.title = title
        self.message = message
        self.buttons = buttons
        self.selectedButton = min(max(0, selectedButton), max(0, buttons.count - 1))
    }

    /// Left/Right, Tab/Shift-Tab move the focus (wrapping). Returns true when the key
    /// was used.
    public mutating func handle(_ key: Key) -> Bool {
        guard !buttons.isEmpty else { return false }
        switch key {
        case .left, .backTab:
            selectedButton = (selectedButton + buttons.count - 1) % buttons.count
        case .right, .tab:
            selectedButton = (selectedButton + 1) % buttons.count
        default:
            return false
        }
        return true
    }

    func buttonLabel(_ index: Int) -> String {
        index == selectedButton ? "[ \(buttons[index]) ]" : "  \(buttons[index])  "
    }

    /// The box the dialog occupies within `area`: as wide as its widest line (plus
    /// border and margins), at most `area`'s width less two, and tall enough for the
    /// wrapped message, a blank line and the buttons.
    public func frame(in area: Rect) -> Rect {
        let buttonsWidth = buttons.indices.map { buttonLabel($0).terminalWidth }.reduce(0, +)
        let messageWidth = message.map(\.terminalWidth).max() ?? 0
        let contentWidth = max(title.terminalWidth + 2, messageWidth, buttonsWidth, 20)
        let width = min(contentWidth + 4, max(0, area.width - 2))
        let wrapped = wrappedMessage(innerWidth: width - 4)
        let height = min(wrapped.count + 2 + (buttons.isEmpty ? 0 : 2), area.height)
        return area.centered(width: width, height: height)
    }

    private func wrappedMessage(innerWidth: Int) -> [String] {
        message.flatMap { WordWrap.wrap($0, width: max(1, innerWidth)) }
    }

    /// Clears the dialog's box and draws it over whatever is behind.
    public func render(in area: Rect, buffer: inout Buffer, style: Style = .plain,
                       titleStyle: Style = .bold, selectedStyle: Style = .reverse, glyphs: Glyphs = .unicode) {
        let box = frame(in: area)
        guard box.width >= 4, box.height >= 3 else { return }
        buffer.fill(box, style: style)
        let inner = buffer.drawBox(box, title: title, style: style, titleStyle: style.patched(with: titleStyle),
                                   glyphs: glyphs).inset(horizontal: 1, vertical: 0)
        let wrapped = wrappedMessage(innerWidth: inner.width)
        let messageRows = buttons.isEmpty ? inner.height : max(0, inner.height - 2)
        for (row, line) in wrapped.prefix(messageRows).enumerated() {
            buffer.write(line, x: inner.x, y: inner.y + row, style: style, clip: inner)
        }
        guard !buttons.isEmpty, inner.height >= 1 else { return }
        let labels = buttons.indices.map(buttonLabel)
        let totalWidth = labels.map(\.terminalWidth).reduce(0, +)
        var x = inner.x + max(0, (inner.width - totalWidth) / 2)
        let y = inner.bottom - 1
        for (index, label) in labels.enumerated() {
            let labelStyle = index == selectedButton ? style.patched(with: selectedStyle) : style
            x = buffer.write(label, x: x, y: y, style: labelStyle, clip: inner)
        }
    }
}
