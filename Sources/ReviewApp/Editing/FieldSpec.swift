import ReviewModel

/// One editable field of an item: how to show it, and how to check and store what was typed.
public struct FieldSpec: Sendable {
    public var name: String
    public var kind: FieldKind
    public var hint: String
    public var read: @Sendable (Review) -> String
    /// Returns the edited review, or why the text was refused. Nothing invalid reaches the model.
    public var write: @Sendable (Review, String) -> Result<Review, ValueParsing.Failure>

    public init(_ name: String, kind: FieldKind = .text, hint: String = "",
                read: @escaping @Sendable (Review) -> String,
                write: @escaping @Sendable (Review, String) -> Result<Review, ValueParsing.Failure>) {
        self.name = name
        self.kind = kind
        self.hint = hint
        self.read = read
        self.write = write
    }

    /// A plain text field over a writable key path.
    static func text(_ name: String, _ path: WritableKeyPath<Review, String> & Sendable, required: Bool = false,
                     kind: FieldKind = .text) -> FieldSpec {
        FieldSpec(name, kind: kind, hint: "",
                  read: { $0[keyPath: path] },
                  write: { review, text in
                      let value = kind.isNotes ? text : text.trimmingSpaces
                      if required && value.trimmingSpaces.isEmpty {
                          return .failure(.invalid("\(name) cannot be empty"))
                      }
                      var copy = review
                      copy[keyPath: path] = value
                      return .success(copy)
                  })
    }

    /// An enum field: Space cycles, the first letter picks.
    static func choice<E: CaseIterable & RawRepresentable & Sendable>(
        _ name: String, _ path: WritableKeyPath<Review, E> & Sendable, label: @escaping @Sendable (E) -> String
    ) -> FieldSpec where E.AllCases: Sendable {
        let labels = E.allCases.map(label)
        return FieldSpec(name, kind: .choice(labels), hint: "Space cycles · first letter picks",
                         read: { label($0[keyPath: path]) },
                         write: { review, text in
                             guard let value = E.allCases.first(where: { label($0) == text }) else {
                                 return .failure(.invalid("choose one of: " + labels.joined(separator: ", ")))
                             }
                             var copy = review
                             copy[keyPath: path] = value
                             return .success(copy)
                         })
    }

    /// A field whose text parses to a value.
    static func parsed<Value: Sendable>(_ name: String, hint: String, _ path: WritableKeyPath<Review, Value> & Sendable,
                                        show: @escaping @Sendable (Value) -> String,
                                        parse: @escaping @Sendable (String) -> Result<Value, ValueParsing.Failure>) -> FieldSpec {
        FieldSpec(name, kind: .value, hint: hint, read: { show($0[keyPath: path]) },
                  write: { review, text in
                      parse(text).map { value in
                          var copy = review
                          copy[keyPath: path] = value
                          return copy
                      }
                  })
    }

    /// An optional value: empty text clears it.
    static func optional<Value: Sendable>(_ name: String, hint: String, _ path: WritableKeyPath<Review, Value?> & Sendable,
                                          show: @escaping @Sendable (Value) -> String,
                                          parse: @escaping @Sendable (String) -> Result<Value, ValueParsing.Failure>) -> FieldSpec {
        FieldSpec(name, kind: .value, hint: hint + " · empty clears", read: { $0[keyPath: path].map(show) ?? "" },
                  write: { review, text in
                      var copy = review
                      if text.trimmingSpaces.isEmpty {
                          copy[keyPath: path] = nil
                          return .success(copy)
                      }
                      return parse(text).map { value in
                          copy[keyPath: path] = value
                          return copy
                      }
                  })
    }

    /// A link to one item, picked by name from a list (`LinkChoices`) that starts with "(none)";
    /// the field's text is the id picked ("" for none), the stored value the id or nil.
    static func reference(_ name: String, _ path: WritableKeyPath<Review, String?> & Sendable,
                          candidates: @escaping @Sendable (Review) -> [(id: String, label: String)],
                          label: @escaping @Sendable (Review, String) -> String?) -> FieldSpec {
        let none = "(none)"
        return FieldSpec(name, kind: .link(LinkChoices(allowsSeveral: false, candidates: { [("", none)] + candidates($0) },
                                                       linked: { [$0[keyPath: path] ?? ""] })),
                         hint: "type to narrow",
                         read: { review in review[keyPath: path].map { label(review, $0) ?? "(missing item)" } ?? none },
                         write: { review, text in
                             let id = text.trimmingSpaces
                             guard id.isEmpty || label(review, id) != nil else {
                                 return .failure(.invalid("that item is not in the review any more; pick again"))
                             }
                             var copy = review
                             copy[keyPath: path] = id.isEmpty ? nil : id
                             return .success(copy)
                         })
    }
}
