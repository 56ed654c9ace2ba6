/// Splits rectangles into parts, like ratatui's `Layout`.
///
/// Fixed and percentage parts get their size first; fill parts share the rest equally
/// (any remainder goes to the first fill parts) and never shrink below their minimum.
/// When the parts want more than there is, the later parts are cut short, so the
/// result always lies within the original rectangle and has one rect per constraint.
public enum Layout {
    public static func split(_ area: Rect, _ direction: SplitDirection, _ constraints: [Constraint]) -> [Rect] {
        let total = direction == .vertical ? area.height : area.width
        let lengths = lengths(total: total, constraints: constraints)
        var rects: [Rect] = []
        rects.reserveCapacity(lengths.count)
        var offset = 0
        for length in lengths {
            let available = max(0, total - offset)
            let clipped = min(length, available)
            switch direction {
            case .vertical:
                rects.append(Rect(x: area.x, y: area.y + offset, width: area.width, height: clipped))
            case .horizontal:
                rects.append(Rect(x: area.x + offset, y: area.y, width: clipped, height: area.height))
            }
            offset += clipped
        }
        return rects
    }

    /// The wanted length of each part before clipping to `total`.
    static func lengths(total: Int, constraints: [Constraint]) -> [Int] {
        var lengths = [Int](repeating: 0, count: constraints.count)
        var fillIndices: [Int] = []
        var used = 0
        for (index, constraint) in constraints.enumerated() {
            switch constraint {
            case .fixed(let length):
                lengths[index] = max(0, length)
                used += lengths[index]
            case .percentage(let percent):
                lengths[index] = max(0, total * min(max(percent, 0), 100) / 100)
                used += lengths[index]
            case .fill:
                fillIndices.append(index)
            }
        }
        guard !fillIndices.isEmpty else { return lengths }
        let remaining = max(0, total - used)
        let share = remaining / fillIndices.count
        var extra = remaining % fillIndices.count
        for index in fillIndices {
            guard case .fill(let minimum) = constraints[index] else { continue }
            var length = share
            if extra > 0 {
                length += 1
                extra -= 1
            }
            lengths[index] = max(length, max(0, minimum))
        }
        return lengths
    }
}

extension Rect {
    /// Cuts the rectangle into rows (top to bottom).
    public func splitRows(_ constraints: [Constraint]) -> [Rect] {
        Layout.split(self, .vertical, constraints)
    }

    /// Cuts the rectangle into columns (left to right).
    public func splitColumns(_ constraints: [Constraint]) -> [Rect] {
        Layout.split(self, .horizontal, constraints)
    }
}
