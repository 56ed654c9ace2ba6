#if canImport(Glibc)
import Glibc
#endif
import ReviewApp
import ReviewGenerator
import ReviewModel
import ReviewStore
import TerminalToolkit

enum SaveBenchmark {
    struct Outcome {
        var results: [Result]
        var bytesWritten: Int
    }

    /// ^S after one edit: the audit-trail diff, encoding, and the durable write (fsync, rename,
    /// directory fsync, FILE.bak), alone and together.
    static func run(_ fixture: Fixture, repeats: Repeats, directory: String) throws(BenchError) -> Outcome {
        var session = Session(fixture.review, path: fixture.path)
        session.press([.char("e"), .char("x"), .enter])
        let state = session.state
        let target = "\(directory)/save-\(fixture.name.lowercased()).json"
        let writer = DurableWriter(fileSystem: PosixFileSystem())
        var results: [Result] = []
        var failure: String?
        results.append(Result(name: "audit-trail diff", samples: measure(iterations: repeats.save) {
            _ = AuditTrail.request(state, at: "2021-07-01T10:00:00Z")
        }))
        let request = AuditTrail.request(state, at: "2021-07-01T10:00:00Z")
        func encode() -> [UInt8] {
            guard let entry = request.entry else { return ReviewCodec.encode(request.review) }
            return ReviewCodec.encode(request.review, adding: entry).bytes
        }
        results.append(Result(name: "encode (JSON text, history entry hashed)", samples: measure(iterations: repeats.save) {
            _ = encode()
        }))
        let bytes = encode()
        results.append(Result(name: "durable write (fsync + rename)", samples: measure(iterations: repeats.save) {
            do { try writer.write(bytes, to: target) } catch { failure = "\(error)" }
        }))
        results.append(Result(name: "durable save (diff+encode+write)", samples: measure(iterations: repeats.save) {
            let request = AuditTrail.request(state, at: "2021-07-01T10:00:00Z")
            do { _ = try ReviewStore().save(request.review, adding: request.entry, to: target) } catch { failure = "\(error)" }
        }, note: "what ^S does in ReviewStore"))
        if let failure { throw BenchError("saving \(target): \(failure)") }
        Files.remove(target)
        Files.remove(DurableWriter.backupPath(for: target))
        return Outcome(results: results, bytesWritten: bytes.count)
    }
}
