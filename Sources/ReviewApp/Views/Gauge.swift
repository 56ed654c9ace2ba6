import ReviewModel
import TerminalToolkit

/// A text gauge that does not rely on colour: "[███░░░░░░░]".
enum Gauge {
    static func text(value: Int, total: Int, width: Int) -> String {
        guard total > 0 else { return "[" + String(repeating: "░", count: width) + "]" }
        let filled = min(width, value * width / total)
        return "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + "]"
    }
}
