import TerminalToolkit

extension ListView {
    /// A list of fixed strings (the product's lists take a row closure).
    init(items: [String], style: Style = .plain, selectedStyle: Style = .reverse, marker: String = "> ") {
        self.init(itemCount: items.count, style: style, selectedStyle: selectedStyle, marker: marker) { items[$0] }
    }
}
