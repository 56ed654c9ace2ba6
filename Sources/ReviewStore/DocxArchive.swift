import ReviewModel
// zlib, as ZIPFoundation builds against it on Linux (its `CZlib` module): deflate at the
// fastest level and the CRC-32 a zip entry carries.
#if canImport(CZlib)
import CZlib
#else
import zlib
#endif

/// Zips the parts of a Word paper (`DocxPackage`) into the bytes of a .docx file, in memory:
/// parts in the order given (`[Content_Types].xml` first), the XML deflated at zlib's fastest
/// level (a board paper of a 10 MB review is 20 MB of XML: level 1 writes it in half the time
/// of the default level, for a file a third larger), the PNG pictures (deflated already)
/// stored, every entry dated 1 January 2000 so the same paper gives the same bytes. A plain
/// zip (no data descriptors, no ZIP64, names in ASCII), as Word and LibreOffice read it;
/// `BoardPaperDocxTests` reads it back with ZIPFoundation.
public enum DocxArchive {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// 1 January 2000, 00:00, in MS-DOS form (a zip entry's time has no zone).
    static let dosTime: UInt16 = 0
    static let dosDate: UInt16 = (2000 - 1980) << 9 | 1 << 5 | 1

    public static func bytes(_ parts: [DocxPackage.Part]) throws(Failure) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(parts.reduce(0) { $0 + $1.bytes.count / 8 } + 4096)
        var directory: [UInt8] = []
        for part in parts {
            let name = Array(part.path.utf8)
            let stored = part.path.hasSuffix(".png")
            let data = stored ? part.bytes : try compressed(part.bytes)
            guard part.bytes.count < Int(UInt32.max), out.count < Int(UInt32.max) - data.count else {
                throw Failure(description: "the Word document is larger than a zip without ZIP64 holds (4 GB)")
            }
            let crc = checksum(part.bytes)
            let offset = UInt32(out.count)
            // Local file header.
            append32(0x0403_4B50, &out)
            entryFields(method: stored ? 0 : 8, crc: crc, compressed: data.count, size: part.bytes.count, name: name, &out)
            out += name
            out += data
            // Its central directory record.
            append32(0x0201_4B50, &directory)
            append16(0x0314, &directory)  // made by: UNIX, zip 2.0
            entryFields(method: stored ? 0 : 8, crc: crc, compressed: data.count, size: part.bytes.count, name: name, &directory)
            append16(0, &directory)  // comment length
            append16(0, &directory)  // disk number
            append16(0, &directory)  // internal attributes
            append32(0o100644 << 16, &directory)  // a regular file, rw-r--r--
            append32(offset, &directory)
            directory += name
        }
        let directoryOffset = UInt32(out.count)
        out += directory
        // End of central directory.
        append32(0x0605_4B50, &out)
        append16(0, &out)
        append16(0, &out)
        append16(UInt16(parts.count), &out)
        append16(UInt16(parts.count), &out)
        append32(UInt32(directory.count), &out)
        append32(directoryOffset, &out)
        append16(0, &out)
        return out
    }

    /// From "version needed" to "extra field length": the same in both headers.
    private static func entryFields(method: UInt16, crc: UInt32, compressed: Int, size: Int, name: [UInt8], _ out: inout [UInt8]) {
        append16(20, &out)  // version needed: 2.0 (deflate)
        append16(0, &out)  // flags
        append16(method, &out)
        append16(dosTime, &out)
        append16(dosDate, &out)
        append32(crc, &out)
        append32(UInt32(compressed), &out)
        append32(UInt32(size), &out)
        append16(UInt16(name.count), &out)
        append16(0, &out)  // extra field length
    }

    private static func append16(_ value: UInt16, _ out: inout [UInt8]) {
        out.append(UInt8(value & 0xFF))
        out.append(UInt8(value >> 8))
    }

    private static func append32(_ value: UInt32, _ out: inout [UInt8]) {
        append16(UInt16(value & 0xFFFF), &out)
        append16(UInt16(value >> 16), &out)
    }

    /// zlib's CRC-32 of the bytes.
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            return UInt32(truncatingIfNeeded: crc32(0, base, UInt32(buffer.count)))
        }
    }

    /// Raw deflate (no zlib header), at the fastest level.
    static func compressed(_ bytes: [UInt8]) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard deflateInit2_(&stream, 1, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                            Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure(description: "zlib could not start deflating")
        }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 64)
        var input = bytes
        let result: Int32 = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard result == Z_STREAM_END else { throw Failure(description: "zlib could not deflate a part (\(result))") }
        output.removeSubrange(Int(stream.total_out)...)
        return output
    }
}
