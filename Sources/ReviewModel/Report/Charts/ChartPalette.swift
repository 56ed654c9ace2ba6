/// The charts' colours: the Okabe–Ito palette, told apart by readers with any common colour
/// vision deficiency. Meaning never rests on a colour: every mark has its word beside it,
/// and overdue periods carry a hatch pattern as well as a colour.
public enum ChartPalette {
    public static let blue = "#0072B2"
    public static let orange = "#E69F00"
    public static let vermillion = "#D55E00"
    public static let green = "#009E73"
    public static let grey = "#999999"
    public static let ink = "#222222"
    public static let rule = "#BBBBBB"

    static func rag(_ rag: RAG) -> String {
        switch rag {
        case .red: return vermillion
        case .amber: return orange
        case .green: return green
        case .unrated: return grey
        }
    }
}
