import XLSX

extension ReportChart {
    /// The chart as an SVG element (for inlining in HTML, or with `standalone` as a file):
    /// bars carry `class="bar"` and their value in `data-value`. Equal charts, equal text. With
    /// `link` (a figure's href by key), each bar's printed value is an `a.figure` to its lines.
    func svg(standalone: Bool = false, link: ((String) -> String)? = nil) -> MarkupWriter {
        let layout = ChartLayout(self)
        var svg = MarkupWriter()
        if standalone { svg.trusted("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") }
        let size = (String(layout.width), String(layout.height))
        svg.open(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("width", size.0), ("height", size.1),
                ("viewBox", "0 0 \(size.0) \(size.1)"), ("role", "img"), ("class", "chart"), ("id", "chart-\(key)"),
                (
                    "font-family",
                    "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, SimHei, WenQuanYi Zen Hei, sans-serif"
                ),
                ("font-size", "13"),
            ])
        svg.element("title", text: title)
        svg.empty(
            "rect", [("x", "0"), ("y", "0"), ("width", size.0), ("height", size.1), ("fill", ChartLayout.colors[0])])
        text(&svg, layout.title, bold: true)
        for (swatch, name) in layout.legend {
            rect(&svg, swatch)
            text(&svg, name)
        }
        rect(&svg, layout.axis)
        for label in layout.labels { text(&svg, label) }
        for bar in layout.bars {
            rect(&svg, bar.box, value: bar.value, series: series[bar.series])
            guard let link, let key = bar.key else {
                text(&svg, bar.label)
                continue
            }
            svg.open("a", [("class", "figure"), ("href", link(key)), ("data-key", key)])
            text(&svg, bar.label)
            svg.close("a")
        }
        svg.close("svg")
        return svg
    }

    /// The bars, legend swatches and axis as PNG, at twice the SVG's size, without text.
    func png() throws -> [UInt8] {
        let layout = ChartLayout(self)
        let scale = 2
        let palette = ChartLayout.colors.map { hex in
            let value = UInt32(hex.dropFirst(), radix: 16) ?? 0
            return (red: UInt8(value >> 16 & 0xFF), green: UInt8(value >> 8 & 0xFF), blue: UInt8(value & 0xFF))
        }
        var canvas = PNGCanvas(width: layout.width * scale, height: layout.height * scale, palette: palette)
        for box in layout.legend.map(\.swatch) + [layout.axis] + layout.bars.map(\.box) {
            canvas.fill(
                x: box.x * scale, y: box.y * scale, width: box.width * scale, height: box.height * scale,
                color: box.color)
        }
        return try canvas.pngBytes()
    }

    /// The chart's height for a given width (same unit).
    func height(forWidth width: Double) -> Double {
        let layout = ChartLayout(self)
        return width * Double(layout.height) / Double(layout.width)
    }

    private func rect(_ svg: inout MarkupWriter, _ box: ChartLayout.Box, value: String? = nil, series: String? = nil) {
        svg.empty(
            "rect",
            [
                ("class", value == nil ? nil : "bar"), ("x", String(box.x)), ("y", String(box.y)),
                ("width", String(box.width)), ("height", String(box.height)), ("fill", ChartLayout.colors[box.color]),
                ("data-series", series), ("data-value", value),
            ])
    }

    private func text(_ svg: inout MarkupWriter, _ text: ChartLayout.Text, bold: Bool = false) {
        svg.element(
            "text",
            [
                ("x", String(text.x)), ("y", String(text.y)), ("text-anchor", text.anchorEnd ? "end" : nil),
                ("dominant-baseline", text.anchorEnd ? "middle" : nil), ("font-weight", bold ? "bold" : nil),
                ("font-size", bold ? "15" : nil), ("fill", "#222222"),
            ], text: text.text)
    }
}
