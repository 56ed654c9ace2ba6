/// A modal dialog: a bordered box centred in an area, with a title, message lines
/// (word-wrapped), a hint line and a row of buttons. The focused button is shown as
/// "[ Save (s) ]", the others as "  Cancel (c)  ", so focus does not rest on colour; each
/// button shows the key that chooses it.
///
/// The dialog is a value the caller keeps while it is open. `handle` does all of its keys:
/// Left/Right and Tab/Shift-Tab move the focus, a button's key chooses it, Enter chooses the
/// focused button and Esc the cancel button; the caller acts on the button chosen. The hint
/// line is made from the same keys, so it cannot disagree with them.
public struct Dialog: Hashable, Sendable {
    public var title: String
    public var message: [String]
    public var buttons: [DialogButton]
    public var selectedButton: Int
    /// The button Esc chooses (nil: Esc does nothing).
    public var cancelButton: Int?

    public init(title: String, message: [String], buttons: [DialogButton] = [DialogButton("OK")], selectedButton: Int = 0,
                cancelButton: Int? = nil) {
        self.title = title
        self.message = message
        self.buttons = buttons
        self.selectedButton = min(max(0, selectedButton), max(0, buttons.count - 1))
        self.cancelButton = cancelButton.flatMap { buttons.indices.contains($0) ? $0 : nil }
    }

    /// Does what the key means in the dialog.
    public mutating func handle(_ key: Key) -> DialogOutcome {
        guard !buttons.isEmpty else { return .stays }
        switch key {
        case .left, .backTab:
            selectedButton = (selectedButton + buttons.count - 1) % buttons.count
        case .right, .tab:
            selectedButton = (selectedButton + 1) % buttons.count
        case .enter:
            return .chose(selectedButton)
        case .escape:
            if let cancelButton { return .chose(cancelButton) }
        default:
            if let index = buttons.firstIndex(where: { $0.isChosen(by: key) }) { return .chose(index) }
        }
        return .stays
    }

    /// The keys the dialog takes, as one line: "Enter chooses · Esc: Cancel · Tab moves".
    public var hint: String {
        guard !buttons.isEmpty else { return "" }
        var parts = ["Enter chooses"]
        if let cancelButton { parts.append("Esc: \(buttons[cancelButton].label)") }
        if buttons.count > 1 { parts.append("Tab moves") }
        return parts.joined(separator: " · ")
    }

    /// The message followed by the hint line.
    private var lines: [String] { buttons.isEmpty ? message : message + [hint] }

    func buttonLabel(_ index: Int) -> String {
        index == selectedButton ? "[ \(buttons[index].text) ]" : "  \(buttons[index].text)  "
    }

    /// The box the dialog occupies within `area`: as wide as its widest line (plus
    /// border and margins), at most `area`'s width less two, and tall enough for the
    /// wrapped message and hint, a blank line and the buttons.
    public func frame(in area: Rect) -> Rect {
        let buttonsWidth = buttons.indices.map { buttonLabel($0).terminalWidth }.reduce(0, +)
        let messageWidth = lines.map(\.terminalWidth).max() ?? 0
        let contentWidth = max(title.terminalWidth + 2, messageWidth, buttonsWidth, 20)
        let width = min(contentWidth + 4, max(0, area.width - 2))
        let wrapped = wrappedMessage(innerWidth: width - 4)
        let height = min(wrapped.count + 2 + (buttons.isEmpty ? 0 : 2), area.height)
        return area.centered(width: width, height: height)
    }

    private func wrappedMessage(innerWidth: Int) -> [String] {
        lines.flatMap { WordWrap.wrap($0, width: max(1, innerWidth)) }
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
