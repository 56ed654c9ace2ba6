#if canImport(Glibc)
import Glibc
#endif
import ReviewApp
import ReviewGenerator
import ReviewModel
import ReviewStore
import TerminalToolkit

/// How many times to repeat the slow things at each size.
struct Repeats {
    var load: Int
    var keys: Int
    var save: Int

    static func forItems(_ items: Int, quick: Bool) -> Repeats {
        let scale = quick ? 5 : 1
        switch items {
        case ..<1_000: return Repeats(load: 200 / scale, keys: 2_000 / scale, save: 50 / scale)
        case ..<20_000: return Repeats(load: 30 / scale, keys: 1_000 / scale, save: 15 / scale)
        default: return Repeats(load: max(3, 10 / scale), keys: 1_000 / scale, save: max(3, 8 / scale))
        }
    }
}

// MARK: - Load and first frame
