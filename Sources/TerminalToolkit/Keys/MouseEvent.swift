/// A mouse action the terminal reported, at a cell (column `x`, row `y`, from 0 at the top
/// left). Backends report clicks of the first button, double clicks, and the wheel; the
/// app works out what is under the pointer from the layout it drew.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case click
        case doubleClick
        case wheelUp
        case wheelDown
    }

    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }

    /// "click at 12,3", for messages and test failures.
    public var displayName: String {
        let what: String
        switch kind {
        case .click: what = "Click"
        case .doubleClick: what = "Double-click"
        case .wheelUp: what = "Wheel up"
        case .wheelDown: what = "Wheel down"
        }
        return "\(what) at \(x),\(y)"
    }
}
