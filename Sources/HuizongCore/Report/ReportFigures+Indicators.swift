import Postgres

extension ReportFigures {
    /// Attachment 2's scored part: the office's rows scored by the edition against this
    /// run's cost indicators, the funds row's weight and score, and the total.
    public struct SelfEvaluation: Sendable {
        /// The scoring edition (`pipelines/scoring/NAME.yaml`).
        public var edition: String
        public var indicators: [ScoredIndicator]
        /// 预算执行: the funds row's name, weight and score (nil without an execution rate).
        public var fundsLevel: String
        public var fundsWeight: Points
        public var fundsScore: Points?
        /// 总分: the funds row's score and every row's.
        public var total: Points
        /// The edition's total (100).
        public var max: Points
    }

    /// The rows in force for the report's node and year, scored; nil when none were loaded.
    static func selfEvaluation(
        of figures: ReportFigures, files: ProjectFiles, connection: Connection
    ) throws -> SelfEvaluation? {
        let source = figures.source
        guard
            let stored = try IndicatorStore.load(node: source.nodeCode, year: source.fiscalYear, connection: connection)
        else { return nil }
        let edition = try ScoringEdition.load(name: stored.edition, files: files)
        let scored = IndicatorScoring.score(stored.rows, edition: edition, costIndicators: figures.costIndicatorMap)
        let fundsScore = edition.fundsScore(rate: figures.funds.executionRate)
        let total = scored.reduce(fundsScore ?? .zero) { $0 + $1.score }
        return SelfEvaluation(
            edition: edition.name, indicators: scored, fundsLevel: edition.funds.name,
            fundsWeight: edition.funds.weight,
            fundsScore: fundsScore, total: total, max: edition.total)
    }

    /// Cost indicator key → value (`"97.85"`, nil when unsupported).
    var costIndicatorMap: [String: String?] {
        Dictionary(costIndicators.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// The cost indicators of `node`'s current run for `year` (complete or not), to check
    /// the office's rows against; empty before the first run.
    static func costIndicatorValues(node: String, year: Int, files: ProjectFiles, connection: Connection) throws
        -> [String: String?]
    {
        let source: ExportSource
        do {
            source = try ExportSource.load(node: node, year: year, connection: connection)
        } catch HuizongError.usage(.noFinishedRun) {
            return [:]
        }
        let rows = try FigureRows(runId: source.runId, files: files, connection: connection)
        return Dictionary(
            costIndicatorKeys.map { ($0, rows.rate("cost_indicators.\($0)")) }, uniquingKeysWith: { first, _ in first })
    }

    /// What the report says of the office's rows: computed actuals that differ from the
    /// typed ones, full scores against unmet targets, scores set to the full weight, or
    /// that no rows were loaded.
    func indicatorNotes() -> [ReportNote] {
        guard let evaluation = selfEvaluation else { return [ReportNote(.indicatorsMissing)] }
        var notes: [ReportNote] = []
        for indicator in evaluation.indicators {
            let name = FindingValue.text(indicator.row.name)
            for remark in indicator.remarks {
                switch remark {
                case .actualDiffers(let typed, let computed):
                    notes.append(
                        ReportNote(
                            .indicatorActualDiffers,
                            ["indicator": name, "typed": .text(typed), "computed": .text(computed)]))
                case .targetNotMet(let actual, let target, let score):
                    notes.append(
                        ReportNote(
                            .indicatorTargetNotMet,
                            [
                                "indicator": name, "actual": .text(actual), "target": .text(target),
                                "score": .text(score.description),
                            ]))
                case .fullWeight(let typed, let weight):
                    notes.append(
                        ReportNote(
                            .indicatorFullWeight,
                            ["indicator": name, "typed": .text(typed.description), "weight": .text(weight.description)])
                    )
                case .scoreMissing:
                    notes.append(ReportNote(.indicatorScoreMissing, ["indicator": name]))
                }
            }
        }
        return notes
    }
}
