/// Where each piece of a `ReportChart` goes, in whole pixels: the SVG and the PNG draw the same
/// layout. A bar's length is computed in whole hundredths of 万元 (no floating point touches an
/// amount); the texts are the model's.
struct ChartLayout: Sendable {
    let width = 680
    let height: Int
    let title: Text
    let legend: [(swatch: Box, text: Text)]
    let axis: Box
    let labels: [Text]
    let bars: [Bar]

    /// A rectangle in pixels; `color` indexes `ChartLayout.colors`.
    struct Box: Sendable {
        var x, y, width, height, color: Int
    }

    /// A text and its anchor point (`end`: the text ends there).
    struct Text: Sendable {
        var x, y: Int
        var text: String
        var anchorEnd = false
    }

    /// A bar, its value as printed and the key of the figure it draws.
    struct Bar: Sendable {
        var box: Box
        var value: String
        var label: Text
        var series: Int
        var key: String?
    }

    /// Background, axis, then one colour per series.
    static let colors = ["#ffffff", "#595959", "#1f4e79", "#9dc3e6", "#c55a11", "#a9d18e"]

    private static let barHeight = 14
    private static let barGap = 2
    private static let categoryPadding = 12
    private static let valueRoom = 80

    init(_ chart: ReportChart) {
        let labelWidth = min(max(chart.categories.map { Self.textWidth($0.label) }.max() ?? 0, 96), 280) + 12
        let top = chart.series.count > 1 ? 64 : 44
        let perCategory = chart.series.count * (Self.barHeight + Self.barGap) - Self.barGap + Self.categoryPadding
        height = top + chart.categories.count * perCategory + 16
        title = Text(x: 8, y: 22, text: chart.title)
        var legendX = 8
        legend =
            chart.series.count < 2
            ? []
            : chart.series.enumerated().map { index, name in
                defer { legendX += 24 + Self.textWidth(name) + 16 }
                return (
                    Box(x: legendX, y: 34, width: 12, height: 12, color: 2 + index),
                    Text(x: legendX + 18, y: 45, text: name)
                )
            }
        axis = Box(x: labelWidth, y: top - 6, width: 1, height: height - top - 4, color: 1)
        let plotWidth = width - labelWidth - Self.valueRoom
        let largest = chart.categories.flatMap(\.values).compactMap { $0.map(Self.magnitude) }.max() ?? 0
        var labels: [Text] = []
        var bars: [Bar] = []
        for (row, category) in chart.categories.enumerated() {
            let y = top + row * perCategory
            labels.append(Text(x: labelWidth - 6, y: y + perCategory / 2, text: category.label, anchorEnd: true))
            for (series, value) in category.values.enumerated() {
                guard let value else { continue }
                let magnitude = Self.magnitude(value)
                let length = Self.length(magnitude, of: largest, in: plotWidth)
                let barY = y + series * (Self.barHeight + Self.barGap)
                let box = Box(x: labelWidth + 1, y: barY, width: length, height: Self.barHeight, color: 2 + series)
                bars.append(
                    Bar(
                        box: box, value: value, label: Text(x: labelWidth + length + 5, y: barY + 11, text: value),
                        series: series, key: series < category.keys.count ? category.keys[series] : nil))
            }
        }
        self.labels = labels
        self.bars = bars
    }

    /// A value's size for drawing, in hundredths of 万元: negative amounts draw no bar.
    private static func magnitude(_ wan: String) -> Int64 {
        max(0, Hundredths(wan).value)
    }

    /// Pixels for `magnitude` where `largest` fills `width`, rounded half up; at least one
    /// pixel for a value above zero. numeric(18,2) yuan is at most 10^14 hundredths of 万元,
    /// so the product stays far inside Int64 for any page width.
    static func length(_ magnitude: Int64, of largest: Int64, in width: Int) -> Int {
        guard largest > 0, magnitude > 0 else { return 0 }
        return max(1, Int((2 * magnitude * Int64(width) + largest) / (2 * largest)))
    }

    /// Pixels a text takes at 13 px: CJK characters full width, others about half.
    static func textWidth(_ text: String) -> Int {
        text.unicodeScalars.map { $0.value < 0x2E80 ? 7 : 13 }.reduce(0, +)
    }
}
