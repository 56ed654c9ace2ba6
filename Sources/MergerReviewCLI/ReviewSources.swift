import Dispatch
import Foundation
import ReviewModel
import ReviewStore

/// Several reviews named on one command line (`diff`, `merge`), loaded at the same time, one
/// a thread: each load reads, parses and validates a whole file, so two or three together
/// take about as long as the longest on a machine with that many cores.
enum ReviewSources {
    /// The reviews in the order given. A failure is reported as loading them one by one
    /// would: the first source that fails prints its problems and ends the command with 2.
    static func load(_ sources: [ReviewSource], otherPath: (Int) -> String?) throws -> [Review] {
        let results = Results(count: sources.count)
        let others = sources.indices.map(otherPath)
        DispatchQueue.concurrentPerform(iterations: sources.count) { index in
            let result: Result<Review, ReviewVersion.Failure>
            do throws(ReviewVersion.Failure) {
                result = .success(try ReviewVersion(sources[index].spec).load(otherPath: others[index]))
            } catch {
                result = .failure(error)
            }
            results.set(index, result)
        }
        var reviews: [Review] = []
        for result in results.all {
            switch result {
            case .success(let review): reviews.append(review)
            case .failure(let failure):
                for line in failure.lines { printError(line) }
                throw ExitWithCode(code: 2)
            case nil: throw ExitWithCode(code: 2)
            }
        }
        return reviews
    }

    /// The loads' results, written from several threads under a lock.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Result<Review, ReviewVersion.Failure>?]

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ result: Result<Review, ReviewVersion.Failure>) {
            lock.lock()
            values[index] = result
            lock.unlock()
        }

        var all: [Result<Review, ReviewVersion.Failure>?] {
            lock.lock()
            defer { lock.unlock() }
            return values
        }
    }
}
