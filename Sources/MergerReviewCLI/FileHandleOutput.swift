import ArgumentParser
import ReviewModel
import ReviewStore

#if canImport(Glibc)
import Glibc
#endif

enum FileHandleOutput {
    case standardError
    func write(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { fputs_bytes($0) }
    }
    private func fputs_bytes(_ buffer: UnsafeMutableRawBufferPointer) -> Int {
        Glibc.write(2, buffer.baseAddress, buffer.count)
    }
}
