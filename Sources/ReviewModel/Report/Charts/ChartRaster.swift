import Foundation

/// Paints a chart's shapes into a PNG picture: the fallback Word requires beside the SVG, and
/// what LibreOffice shows. Drawn at `scale` times the chart's CSS pixels, text in DejaVu
/// Sans from `ChartFontData`; the PNG's scanlines are filtered and deflated as runs
/// (`RunLengthDeflate`).
public struct ChartRaster {
    public let width: Int
    public let height: Int
    let scale: Double
    private(set) var pixels: [UInt8]

    public init(_ chart: ReportChart, scale: Int = 2) {
        self.scale = Double(scale)
        width = chart.width * scale
        height = chart.height * scale
        pixels = [UInt8](repeating: 255, count: width * height * 3)
        for shape in chart.shapes { draw(shape) }
    }

    /// The chart as PNG bytes.
    public static func png(_ chart: ReportChart, scale: Int = 2) -> [UInt8] {
        ChartRaster(chart, scale: scale).png()
    }

    // MARK: Painting

    private static func rgb(_ colour: String) -> (UInt8, UInt8, UInt8) {
        let hex = colour.hasPrefix("#") ? colour.dropFirst() : Substring(colour)
        guard hex.count == 6, let value = UInt32(hex, radix: 16) else { return (0, 0, 0) }
        return (UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    }

    private mutating func blend(_ x: Int, _ y: Int, _ colour: (UInt8, UInt8, UInt8), _ alpha: Int = 255) {
        guard x >= 0, y >= 0, x < width, y < height, alpha > 0 else { return }
        let index = (y * width + x) * 3
        if alpha >= 255 {
            pixels[index] = colour.0
            pixels[index + 1] = colour.1
            pixels[index + 2] = colour.2
            return
        }
        func mix(_ old: UInt8, _ new: UInt8) -> UInt8 { UInt8((Int(old) * (255 - alpha) + Int(new) * alpha) / 255) }
        pixels[index] = mix(pixels[index], colour.0)
        pixels[index + 1] = mix(pixels[index + 1], colour.1)
        pixels[index + 2] = mix(pixels[index + 2], colour.2)
    }

    private func device(_ value: Double) -> Int { Int((value * scale).rounded()) }

    private mutating func fill(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, _ paint: ChartPaint) {
        let left = max(x0, 0), top = max(y0, 0), right = min(x1, width), bottom = min(y1, height)
        guard left < right, top < bottom else { return }
        switch paint {
        case .colour(let colour):
            let rgb = Self.rgb(colour)
            let rowWidth = width
            pixels.withUnsafeMutableBufferPointer { buffer in
                for y in top..<bottom {
                    var index = (y * rowWidth + left) * 3
                    for _ in left..<right {
                        buffer[index] = rgb.0
                        buffer[index + 1] = rgb.1
                        buffer[index + 2] = rgb.2
                        index += 3
                    }
                }
            }
        case .hatch(let colour):
            let rgb = Self.rgb(colour)
            let period = device(6)
            for y in top..<bottom {
                for x in left..<right { blend(x, y, (x + y) % period < period / 2 ? rgb : (255, 255, 255)) }
            }
        }
    }

    private mutating func draw(_ shape: ChartShape) {
        switch shape {
        case .rect(let x, let y, let w, let h, let paint, let stroke):
            let x0 = device(x), y0 = device(y), x1 = device(x + w), y1 = device(y + h)
            fill(x0, y0, max(x1, x0 + 1), max(y1, y0 + 1), paint)
            if let stroke {
                let line = ChartPaint.colour(stroke)
                let thickness = max(device(1), 1)
                fill(x0, y0, x1, y0 + thickness, line)
                fill(x0, y1 - thickness, x1, y1, line)
                fill(x0, y0, x0 + thickness, y1, line)
                fill(x1 - thickness, y0, x1, y1, line)
            }
        case .line(let x1, let y1, let x2, let y2, let stroke, let lineWidth, let dashed):
            drawLine(x1, y1, x2, y2, Self.rgb(stroke), lineWidth, dashed)
        case .polygon(let points, let paint, let stroke):
            fillPolygon(points, paint)
            for (index, point) in points.enumerated() {
                let next = points[(index + 1) % points.count]
                drawLine(point.x, point.y, next.x, next.y, Self.rgb(stroke), 1, false)
            }
        case .text(let content, let x, let y, let anchor, let bold, let fill):
            drawText(content, x, y, anchor, bold, Self.rgb(fill))
        }
    }

    private mutating func drawLine(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double,
                                   _ colour: (UInt8, UInt8, UInt8), _ lineWidth: Double, _ dashed: Bool) {
        let length = ((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1)).squareRoot() * scale
        let steps = max(Int(length.rounded(.up)), 1)
        let half = max(lineWidth * scale / 2, 0.5)
        let dash = 4 * scale, gap = 3 * scale
        for step in 0...steps {
            let along = Double(step)
            if dashed && along.truncatingRemainder(dividingBy: dash + gap) >= dash { continue }
            let t = along / Double(steps)
            let cx = (x1 + (x2 - x1) * t) * scale, cy = (y1 + (y2 - y1) * t) * scale
            for py in Int((cy - half).rounded(.down))..<Int((cy + half).rounded(.up)) {
                for px in Int((cx - half).rounded(.down))..<Int((cx + half).rounded(.up)) { blend(px, py, colour) }
            }
        }
    }

    /// Even-odd fill, sampling each pixel's centre.
    private mutating func fillPolygon(_ points: [ChartPoint], _ paint: ChartPaint) {
        guard points.count >= 3 else { return }
        let xs = points.map { $0.x * scale }, ys = points.map { $0.y * scale }
        let top = max(Int((ys.min() ?? 0).rounded(.down)), 0), bottom = min(Int((ys.max() ?? 0).rounded(.up)), height)
        guard top < bottom else { return }
        for py in top..<bottom {
            let cy = Double(py) + 0.5
            var crossings: [Double] = []
            for index in points.indices {
                let next = (index + 1) % points.count
                let (ya, yb) = (ys[index], ys[next])
                guard (ya <= cy && yb > cy) || (yb <= cy && ya > cy) else { continue }
                crossings.append(xs[index] + (cy - ya) / (yb - ya) * (xs[next] - xs[index]))
            }
            crossings.sort()
            var pair = 0
            while pair + 1 < crossings.count {
                fill(Int(crossings[pair].rounded()), py, Int(crossings[pair + 1].rounded()), py + 1, paint)
                pair += 2
            }
        }
    }

    // MARK: Text

    private struct Glyph {
        var advance: Double
        var width: Int
        var offset: Int
    }

    private static let font: (glyphs: [UInt32: Glyph], bitmaps: [UInt8]) = {
        var glyphs: [UInt32: Glyph] = [:]
        for entry in ChartFontData.glyphs.split(separator: ";") {
            let fields = entry.split(separator: ",").compactMap { Int($0) }
            guard fields.count == 4 else { continue }
            glyphs[UInt32(fields[0])] = Glyph(advance: Double(fields[1]) / 4, width: fields[2], offset: fields[3])
        }
        return (glyphs, [UInt8](Data(base64Encoded: ChartFontData.bitmaps) ?? Data()))
    }()

    private static func glyph(_ scalar: Unicode.Scalar) -> Glyph? {
        font.glyphs[scalar.value] ?? font.glyphs[UInt32(("?" as Unicode.Scalar).value)]
    }

    /// The text's width in CSS pixels at the charts' 11 px.
    static func textWidth(_ text: String) -> Double {
        let fontScale = 11.0 / Double(ChartFontData.size)
        return text.unicodeScalars.reduce(0) { $0 + (glyph($1)?.advance ?? 0) } * fontScale
    }

    private mutating func drawText(_ text: String, _ x: Double, _ y: Double, _ anchor: ChartAnchor, _ bold: Bool,
                                   _ colour: (UInt8, UInt8, UInt8)) {
        // The font is drawn at 22 px; the chart's 11 px text at `scale` needs 11 * scale px.
        let glyphScale = 11.0 * scale / Double(ChartFontData.size)
        var penX = x * scale
        switch anchor {
        case .start: break
        case .middle: penX -= Self.textWidth(text) * scale / 2
        case .end: penX -= Self.textWidth(text) * scale
        }
        let top = y * scale - Double(ChartFontData.ascent) * glyphScale
        let bitmaps = Self.font.bitmaps
        let rows = ChartFontData.height
        for scalar in text.unicodeScalars {
            guard let glyph = Self.glyph(scalar) else { continue }
            let drawnWidth = Int((Double(glyph.width) * glyphScale).rounded(.up))
            let drawnHeight = Int((Double(rows) * glyphScale).rounded(.up))
            for dy in 0..<drawnHeight {
                let sourceRow = min(Int(Double(dy) / glyphScale), rows - 1)
                for dx in 0..<drawnWidth {
                    let sourceColumn = min(Int(Double(dx) / glyphScale), glyph.width - 1)
                    let index = glyph.offset + sourceRow * glyph.width + sourceColumn
                    guard index < bitmaps.count else { continue }
                    let alpha = Int(bitmaps[index])
                    guard alpha > 0 else { continue }
                    let px = Int(penX.rounded()) + dx, py = Int(top.rounded()) + dy
                    blend(px, py, colour, alpha)
                    if bold { blend(px + 1, py, colour, alpha) }
                }
            }
            penX += glyph.advance * glyphScale
        }
    }

    // MARK: PNG

    /// Each scanline filtered with Up (the difference from the row above; the first row with
    /// Sub, from the pixel to the left), so the runs a chart is made of are runs of zeros, then
    /// deflated by `RunLengthDeflate`.
    public func png() -> [UInt8] {
        let stride = width * 3
        var raw = [UInt8](repeating: 0, count: (stride + 1) * height)
        raw.withUnsafeMutableBufferPointer { target in
            pixels.withUnsafeBufferPointer { source in
                guard let to = target.baseAddress, let from = source.baseAddress else { return }
                for row in 0..<height {
                    let line = to + row * (stride + 1)
                    let pixel = from + row * stride
                    if row == 0 {
                        line[0] = 1
                        for index in 0..<stride { line[1 + index] = index < 3 ? pixel[index] : pixel[index] &- pixel[index - 3] }
                    } else {
                        line[0] = 2
                        let above = pixel - stride
                        for index in 0..<stride { line[1 + index] = pixel[index] &- above[index] }
                    }
                }
            }
        }
        var out: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        out += Self.chunk("IHDR", Self.bigEndian(UInt32(width)) + Self.bigEndian(UInt32(height)) + [8, 2, 0, 0, 0])
        out += Self.chunk("IDAT", RunLengthDeflate.zlib(raw))
        out += Self.chunk("IEND", [])
        return out
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + body + bigEndian(crc32(body))
    }

    private static let crcTable: [UInt32] = (0..<256).map { index -> UInt32 in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        crcTable.withUnsafeBufferPointer { table in
            bytes.withUnsafeBufferPointer { buffer in
                for byte in buffer { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
            }
        }
        return crc ^ 0xFFFF_FFFF
    }
}
