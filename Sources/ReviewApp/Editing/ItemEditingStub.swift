import ReviewModel
import TerminalToolkit

enum ItemEditing {
    static func perform(_ command: Command, _ state: inout AppState) {
        state.warn("Editing is not available yet")
    }
}

enum EditorHandling {
    static func handle(_ key: Key, editor: inout EditorState, _ state: inout AppState) -> [AppEffect] {
        state.mode = .normal
        return []
    }
}

public struct FieldSpec: Sendable {
    public var name: String
    public var read: @Sendable (Review) -> String
    public var hint: String = ""
}
