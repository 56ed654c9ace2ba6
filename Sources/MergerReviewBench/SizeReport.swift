import Foundation
import ReviewApp
import ReviewGenerator
import ReviewModel
import ReviewStore
import TerminalToolkit

struct SizeReport {
    var fixture: Fixture
    var keys: [Result]
    var extraRepaints: Int
    var memory: (firstFrame: Int, peak: Int, baseline: Int)?
}
