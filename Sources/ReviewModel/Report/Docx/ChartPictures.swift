import Foundation

/// The charts' PNG pictures, drawn on several threads at once: each slot is written by one
/// thread and read after all have finished, under a lock.
final class ChartPictures: @unchecked Sendable {
    private let lock = NSLock()
    private var pngs: [[UInt8]?]

    init(count: Int) { pngs = Array(repeating: nil, count: count) }

    func set(_ png: [UInt8], at index: Int) {
        lock.lock()
        defer { lock.unlock() }
        if pngs.indices.contains(index) { pngs[index] = png }
    }

    func png(at index: Int) -> [UInt8]? {
        lock.lock()
        defer { lock.unlock() }
        return pngs.indices.contains(index) ? pngs[index] : nil
    }
}
