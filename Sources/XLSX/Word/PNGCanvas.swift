import Foundation
import ZIPFoundation

/// A small paletted raster for diagrams made of filled rectangles (bar charts without text),
/// encoded as PNG with no library beyond the zip's deflate: a picture for readers that cannot
/// show the SVG beside it. Pixels are palette indices; drawing is clipped to the canvas.
public struct PNGCanvas: Sendable {
    public let width: Int
    public let height: Int
    /// RGB colours; index 0 is the background.
    public let palette: [(red: UInt8, green: UInt8, blue: UInt8)]
    private var pixels: [UInt8]

    /// A canvas filled with palette colour 0; `palette` holds at most 256 colours.
    public init(width: Int, height: Int, palette: [(red: UInt8, green: UInt8, blue: UInt8)]) {
        precondition(width > 0 && height > 0 && !palette.isEmpty && palette.count <= 256)
        self.width = width
        self.height = height
        self.palette = palette
        pixels = [UInt8](repeating: 0, count: width * height)
    }

    /// Fills the rectangle at (`x`, `y`) (top left) with palette colour `color`.
    public mutating func fill(x: Int, y: Int, width: Int, height: Int, color: Int) {
        let columns = max(x, 0)..<min(x + width, self.width)
        let rows = max(y, 0)..<min(y + height, self.height)
        guard !columns.isEmpty, !rows.isEmpty, palette.indices.contains(color) else { return }
        for row in rows {
            let start = row * self.width
            for column in columns { pixels[start + column] = UInt8(color) }
        }
    }

    /// The palette index at (`x`, `y`).
    public func pixel(x: Int, y: Int) -> Int { Int(pixels[y * width + x]) }

    /// The PNG file's bytes (8-bit paletted, no filter, deflated): equal canvases, equal bytes.
    public func pngBytes() throws -> [UInt8] {
        var raw = Data(capacity: (width + 1) * height)
        for row in 0..<height {
            raw.append(0)  // filter type None
            raw.append(contentsOf: pixels[(row * width)..<((row + 1) * width)])
        }
        var deflated = Data()
        _ = try Data.compress(
            size: Int64(raw.count), bufferSize: 64 * 1024,
            provider: { position, size in raw.subdata(in: Int(position)..<Int(position) + size) },
            consumer: { deflated.append($0) })
        // zlib wrapper: header (deflate, 32 KiB window, no dictionary), raw deflate, Adler-32.
        let zlib = [0x78, 0x01] + [UInt8](deflated) + Self.bigEndian(Self.adler32(raw))
        var header = Self.bigEndian(UInt32(width)) + Self.bigEndian(UInt32(height))
        header += [8, 3, 0, 0, 0]  // bit depth 8, colour type 3 (palette), deflate, filter 0, no interlace
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        bytes += Self.chunk("IHDR", header)
        bytes += Self.chunk("PLTE", palette.flatMap { [$0.red, $0.green, $0.blue] })
        bytes += Self.chunk("IDAT", zlib)
        bytes += Self.chunk("IEND", [])
        return bytes
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typed = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + typed + bigEndian(Data(typed).crc32(checksum: 0))
    }

    private static func adler32(_ data: Data) -> UInt32 {
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        return b << 16 | a
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
}
