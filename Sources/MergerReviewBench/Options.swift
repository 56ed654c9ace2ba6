import Foundation
import ReviewApp
import ReviewGenerator
import ReviewModel
import ReviewStore
import TerminalToolkit

struct Options {
    var command = ""
    var positional: [String] = []
    var sizes = ["100", "10k", "100k", "10mb"]
    /// `--sizes` was given (commands with their own default sizes use it only then).
    var sizesGiven = false
    var quick = false
    var only: String?
    var iterations: Int?
    var seed: UInt64 = 1
    var directory = Fixtures.defaultDirectory

    init(_ arguments: [String]) throws(BenchError) {
        var rest = arguments[...]
        command = rest.popFirst() ?? ""
        func value(_ flag: String) throws(BenchError) -> String {
            guard let next = rest.popFirst() else { throw BenchError("\(flag) needs a value") }
            return next
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--sizes":
                sizes = try value(argument).split(separator: ",").map(String.init)
                sizesGiven = true
            case "--quick": quick = true
            case "--only": only = try value(argument)
            case "--iterations":
                guard let n = Int(try value(argument)), n > 0 else { throw BenchError("--iterations needs a positive number") }
                iterations = n
            case "--seed":
                guard let n = UInt64(try value(argument)) else { throw BenchError("--seed needs a number") }
                seed = n
            case "--dir": directory = try value(argument)
            default:
                if argument.hasPrefix("--") { throw BenchError("unknown option \(argument)") }
                positional.append(argument)
            }
        }
    }
}
