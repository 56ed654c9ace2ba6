/// A value as the decoder sees it: text and numbers read out, lists and objects read on demand.
enum RawValue {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array
    case object

    /// How error messages name the kind of value found ("expected a list, found text").
    var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "true/false"
        case .number: return "a number"
        case .string: return "text"
        case .array: return "a list"
        case .object: return "an object"
        }
    }
}
