#if canImport(Glibc)
import Glibc
#endif
import ReviewApp
import ReviewGenerator
import ReviewModel
import ReviewStore
import TerminalToolkit

/// A generated review written to disk, ready to load.
struct Fixture {
    var name: String
    var items: Int
    var path: String
    var review: Review
    var fileSize: Int
}
