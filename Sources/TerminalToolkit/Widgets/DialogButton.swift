/// A dialog button: its label and the keys that choose it at once (letters match either case).
/// The first key is shown on the button: "Discard (d)".
public struct DialogButton: Hashable, Sendable {
    public var label: String
    public var keys: [Key]

    public init(_ label: String, keys: [Key] = []) {
        self.label = label
        self.keys = keys
    }

    /// What the button shows: the label and its first key.
    public var text: String {
        guard let key = keys.first else { return label }
        return "\(label) (\(key.displayName))"
    }

    func isChosen(by key: Key) -> Bool {
        keys.contains { $0 == key || $0.sameLetter(as: key) }
    }
}

extension Key {
    /// True for the same letter in the other case: `s` and `S`.
    fileprivate func sameLetter(as other: Key) -> Bool {
        guard case .char(let a) = self, case .char(let b) = other, a.isLetter else { return false }
        return a.lowercased() == b.lowercased()
    }
}
