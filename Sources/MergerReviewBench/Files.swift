#if canImport(Glibc)
import Glibc
#endif

/// Small file helpers on POSIX calls.
enum Files {
    static func size(_ path: String) -> Int? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return Int(status.st_size)
    }

    static func readAll(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let read = fread(&chunk, 1, chunk.count, file)
            if read > 0 { bytes.append(contentsOf: chunk[0..<read]) }
            if read < chunk.count { break }
        }
        return bytes
    }

    static func makeDirectory(_ path: String) {
        var built = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            built += "/" + part
            _ = mkdir(built, 0o755)
        }
    }

    static func remove(_ path: String) { _ = unlink(path) }
}
