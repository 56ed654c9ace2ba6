import TerminalToolkit

extension KeyBinding {
    /// Builds a binding from spec strings such as "C-s" or "F2" (see `Key(spec:)`).
    public init(_ command: Command, specs: [String], description: String, section: String) throws {
        self.init(command, keys: try specs.map(Key.parse), description: description, section: section)
    }
}
