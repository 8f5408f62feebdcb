/// Checks the office's indicator rows against a scoring edition and the run's cost
/// indicators: each cell, each row's score and reason, duplicates, and the weights by
/// level. Errors reject the whole file; warnings (`isIndicatorWarning`) go along with it.
struct IndicatorCheck {
    let file: IndicatorFile
    let edition: ScoringEdition
    let costIndicators: [String: String?]

    /// The rows read, in file order, and every finding; the rows are stored only when no
    /// finding is an error.
    func run() -> (rows: [IndicatorRow], findings: [Finding]) {
        var findings = file.findings
        guard findings.isEmpty else { return ([], findings) }
        var rows: [IndicatorRow] = []
        var seen: [String: Int] = [:]
        var rowsClean = true
        for fileRow in file.rows {
            let (row, rowFindings) = check(fileRow)
            findings += rowFindings
            guard let row else {
                rowsClean = false
                continue
            }
            let key = [row.level1, row.level2, row.name].joined(separator: "\u{1F}")
            if let first = seen[key] {
                findings.append(
                    file.finding(
                        .indicatorDuplicate, line: fileRow.line, column: .indicator,
                        args: ["indicator": .text(row.name), "first": .text(place(first))]))
                continue
            }
            seen[key] = fileRow.line
            findings += scoring(row, line: fileRow.line)
            rows.append(row)
        }
        if rowsClean { findings += levelWeights(rows) }
        return (rows, findings)
    }

    /// The cell (`自评表!C5`) or line (`line 5`) of a row, as a duplicate's finding names it.
    private func place(_ line: Int) -> String {
        file.finding(.indicatorDuplicate, line: line, column: .indicator).cell ?? "line \(line)"
    }

    /// One row's cells; nil when one of them is wrong.
    private func check(_ row: IndicatorFile.Row) -> (IndicatorRow?, [Finding]) {
        var findings: [Finding] = []
        for column in IndicatorColumn.allCases where column.isRequired && row[column] == nil {
            findings.append(
                file.finding(
                    .indicatorEmpty, line: row.line, column: column, args: ["header": .text(column.chineseName)]))
        }
        if let level1 = row[.level1] {
            if let level = edition.level(level1) {
                let children = level.children ?? []
                if let level2 = row[.level2], !children.isEmpty, !children.contains(where: { $0.name == level2 }) {
                    findings.append(
                        file.finding(
                            .indicatorLevel2, line: row.line, column: .level2,
                            args: [
                                "found": .text(level2), "level1": .text(level1), "edition": .text(edition.name),
                                "levels": .list(children.map(\.name)),
                            ]))
                }
            } else {
                findings.append(
                    file.finding(
                        .indicatorLevel1, line: row.line, column: .level1,
                        args: [
                            "found": .text(level1), "edition": .text(edition.name),
                            "levels": .list(edition.levels.map(\.name)),
                        ]))
            }
        }
        let weight = row[.weight].flatMap { Points(text: $0) }
        if let text = row[.weight], weight == nil || weight == .zero {
            findings.append(
                file.finding(.indicatorWeight, line: row.line, column: .weight, args: ["found": .text(text)]))
        }
        let score = row[.score].flatMap { Points(text: $0) }
        if let text = row[.score] {
            if score == nil {
                findings.append(
                    file.finding(.indicatorScore, line: row.line, column: .score, args: ["found": .text(text)]))
            } else if let score, let weight, weight != .zero, score > weight {
                findings.append(
                    file.finding(
                        .indicatorScoreAboveWeight, line: row.line, column: .score,
                        args: ["found": .text(text), "weight": .text(weight.description)]))
            }
        }
        guard findings.isEmpty, let weight else { return (nil, findings) }
        let name = row[.indicator]!
        return (
            IndicatorRow(
                level1: row[.level1]!, level2: row[.level2]!, name: name, target: row[.target]!,
                actual: row[.actualValue], weight: weight, score: score, reason: row[.reason],
                computedKey: edition.computedKey(name)),
            []
        )
    }

    /// The row scored: a missing score or reason is an error; what the report will say of
    /// the row (a computed actual, a full score against an unmet target) is a warning.
    private func scoring(_ row: IndicatorRow, line: Int) -> [Finding] {
        let scored = IndicatorScoring.score(row, edition: edition, costIndicators: costIndicators)
        var findings: [Finding] = []
        for remark in scored.remarks {
            switch remark {
            case .actualDiffers(let typed, let computed):
                findings.append(
                    file.finding(
                        .indicatorComputedActual, line: line, column: .actualValue,
                        args: ["found": .text(typed), "computed": .text(computed)]))
            case .targetNotMet(let actual, let target, let score):
                findings.append(
                    file.finding(
                        .indicatorTargetNotMet, line: line, column: .score,
                        args: ["found": .text(score.description), "actual": .text(actual), "target": .text(target)]))
            case .fullWeight(let typed, let weight):
                findings.append(
                    file.finding(
                        .indicatorFullWeight, line: line, column: .score,
                        args: [
                            "found": .text(typed.description), "weight": .text(weight.description),
                            "target": .text(row.target),
                        ]))
            case .scoreMissing:
                var args: FindingArgs = ["target": .text(row.target)]
                if let actual = scored.actual { args["actual"] = .text(actual) }
                findings.append(file.finding(.indicatorScoreMissing, line: line, column: .score, args: args))
            }
        }
        let reasonMissing = row.reason?.isEmpty ?? true
        if !scored.remarks.contains(.scoreMissing), scored.score < row.weight, reasonMissing {
            findings.append(
                file.finding(
                    .indicatorReasonMissing, line: line, column: .reason,
                    args: ["score": .text(scored.score.description), "weight": .text(row.weight.description)]))
        }
        return findings
    }

    /// Each 一级指标's rows add up to its weight, and each 二级指标's to its own.
    private func levelWeights(_ rows: [IndicatorRow]) -> [Finding] {
        var findings: [Finding] = []
        func compare(_ name: String, _ expected: Points, _ found: Points) {
            guard expected != found else { return }
            findings.append(
                file.finding(
                    .indicatorLevelWeight, line: nil, column: .weight,
                    args: [
                        "level": .text(name), "expected": .text(expected.description),
                        "found": .text(found.description), "edition": .text(edition.name),
                    ]))
        }
        for level in edition.levels {
            let under = rows.filter { $0.level1 == level.name }
            compare(level.name, level.weight, under.reduce(.zero) { $0 + $1.weight })
            for child in level.children ?? [] {
                let sum = under.filter { $0.level2 == child.name }.reduce(Points.zero) { $0 + $1.weight }
                compare("\(level.name)/\(child.name)", child.weight, sum)
            }
        }
        return findings
    }
}
