extension FigureRate {
    /// The formula with the key of each term, e.g. `(staffing.actual − staffing.excluded) × 100 ÷ staffing.authorized`.
    public var formula: String { formula(brackets: ("(", ")")) { $0 } }

    /// The formula in the terms' names: `（实有在职人数 − 不计入控制率人数） × 100 ÷ 编制数`.
    public var namedFormula: String { formula(brackets: ("（", "）")) { Self.names[$0] ?? $0 } }

    /// The signed numerator, bracketed when it has several terms, over the denominator; each
    /// term's key written as `name` gives it.
    private func formula(brackets: (String, String), name: (String) -> String) -> String {
        let terms = numerator.enumerated().map { index, term in
            (index == 0 ? (term.sign < 0 ? "−" : "") : (term.sign < 0 ? " − " : " + ")) + name(term.key)
        }.joined()
        return (numerator.count > 1 ? brackets.0 + terms + brackets.1 : terms) + " × 100 ÷ " + name(denominator.key)
    }

    /// What `huizong explain-figure` prints for a rate: the rate, its formula, each term's
    /// value and the rate recomputed from them; each term is explained by its own key.
    public func writeText(to sink: OutputSink) {
        sink.write("\(key) — \(source.nodeCode) \(source.nodeName), \(source.fiscalYear), run \(source.runId)\n")
        sink.write("rate: \(published.map { "\($0)%" } ?? "not published (no base)") = \(formula)\n")
        for term in numerator + [denominator] {
            sink.write("  \(term.key): \(Self.describe(term))\n")
        }
        let check = recomputed.map { "\($0)%" } ?? "no base"
        sink.write("recomputed: \(check)" + (balanced ? "" : " — DOES NOT MATCH") + "\n")
        sink.write(
            "each term's units and lines: huizong explain-figure --unit \(source.nodeCode) --year "
                + "\(source.fiscalYear) KEY\n")
    }

    /// `{"unit", "year", "run", "key", "measure": "rate", "rate", "recomputed", "balanced",
    /// "formula", "numerator": [{"key", "sign", "value", "value_yuan"}], "denominator": {…}}`.
    public func writeJSON(to sink: OutputSink) {
        sink.write("{\"unit\": \(TextEscaping.json(source.nodeCode)), \"year\": \(source.fiscalYear), ")
        sink.write("\"run\": \(source.runId), \"key\": \(TextEscaping.json(key)), \"measure\": \"rate\",\n")
        sink.write(" \"rate\": \(TextEscaping.json(published)), \"recomputed\": \(TextEscaping.json(recomputed)), ")
        sink.write("\"balanced\": \(balanced), \"formula\": \(TextEscaping.json(formula)),\n")
        sink.write(" \"numerator\": [" + numerator.map(Self.json).joined(separator: ", ") + "],\n")
        sink.write(" \"denominator\": \(Self.json(denominator))}\n")
    }

    private static func describe(_ term: Term) -> String {
        guard let value = term.value else { return "not declared (counts 0)" }
        switch term.measure {
        case .money: return "\(value.shown) 万元 (\(value.exact) yuan)"
        case .count: return value.exact
        }
    }

    private static func json(_ term: Term) -> String {
        let value: String
        switch term.measure {
        case .money:
            value =
                "\"value\": \(TextEscaping.json(term.value?.shown)), \"value_yuan\": \(TextEscaping.json(term.value?.exact))"
        case .count: value = "\"value\": \(term.value?.exact ?? "null")"
        }
        return "{\"key\": \(TextEscaping.json(term.key)), \"sign\": \(term.sign), \(value)}"
    }
}
