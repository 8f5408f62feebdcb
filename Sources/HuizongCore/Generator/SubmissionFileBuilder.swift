import Foundation

/// Builds one unit's submission file at a time into a reused byte buffer and writes it out.
/// One builder per thread; nothing of a file outlives the next one.
struct SubmissionFileBuilder {
    /// One generated expenditure line (indices into the generator's code lists).
    struct Line {
        /// The unit's project number; -1 for a basic line.
        var project: Int32
        var special: Bool
        var funcIndex: Int32
        var econIndex: Int32
        /// -1 for an empty cell (which counts as 0).
        var budgetInitial: Int64
        var budgetFinal: Int64
        var actual: Int64
    }

    let generator: SubmissionGenerator
    private(set) var buffer: [UInt8] = []
    private var lines: [Line] = []
    private var seen = Set<Int>()
    /// Where the current unit's project names start in the vocabulary's list.
    private var projectNameStart = 0

    init(generator: SubmissionGenerator) {
        self.generator = generator
        buffer.reserveCapacity(generator.options.lines * 110 + 4096)
        lines.reserveCapacity(generator.options.lines)
        seen.reserveCapacity(generator.options.lines)
    }

    /// Builds unit `index`'s file and writes it to `url`; returns its size in bytes.
    mutating func write(unit index: Int, to url: URL) throws -> Int {
        build(unit: index)
        try Self.writeFile(buffer, to: url)
        return buffer.count
    }

    /// Writes `bytes` to `url` (created or truncated) with plain POSIX calls.
    static func writeFile(_ bytes: [UInt8], to url: URL) throws {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw HuizongError.usage(.cannotWrite(path: url.path, reason: String(cString: strerror(errno))))
        }
        defer { close(descriptor) }
        var written = 0
        try bytes.withUnsafeBytes { raw in
            while written < raw.count {
                let result = Glibc.write(descriptor, raw.baseAddress! + written, raw.count - written)
                if result < 0 && errno == EINTR { continue }
                guard result > 0 else {
                    throw HuizongError.usage(.cannotWrite(path: url.path, reason: String(cString: strerror(errno))))
                }
                written += result
            }
        }
    }

    // MARK: - Content

    /// Fills `buffer` with unit `index`'s file.
    mutating func build(unit index: Int) {
        let options = generator.options
        var random = SplitMix64.stream(seed: options.seed, index: index)
        let words =
            SubmissionGenerator.encoding(ofUnit: index) == .gb18030
            ? generator.gb18030Vocabulary : generator.utf8Vocabulary
        makeLines(&random)

        var spent: Int64 = 0
        var declared = [(count: Int, initial: Int64, final: Int64, actual: Int64)](
            repeating: (0, 0, 0, 0), count: SubmissionGenerator.threePublicCodes.count)
        for line in lines {
            spent += line.actual
            let slot = generator.threePublicSlot[Int(line.econIndex)]
            if slot >= 0 {
                declared[slot].count += 1
                declared[slot].initial += max(0, line.budgetInitial)
                declared[slot].final += line.budgetFinal
                declared[slot].actual += line.actual
            }
        }

        buffer.removeAll(keepingCapacity: true)
        put(words.header)
        put(words.newline)
        let code = Array(SubmissionGenerator.unitCode(index).utf8)
        textRow(words, words.meta, words.unitCode, code)
        textRow(words, words.meta, words.fiscalYear, Array(String(options.year).utf8))
        textRow(words, words.meta, words.unitName, words.unitNamePrefix + code.dropFirst())
        textRow(words, words.meta, words.preparer, words.preparers[random.below(words.preparers.count)])
        textRow(words, words.meta, words.phone, Array("0737-\(4_000_000 + random.below(5_000_000))".utf8))

        let authorized = 8 + random.below(200)
        let inService = authorized - random.below(min(authorized, 6))
        let excluded = random.chance(30) ? random.below(min(inService, 3) + 1) : 0
        countRow(words, words.staffing, words.authorized, authorized)
        countRow(words, words.staffing, words.inService, inService)
        countRow(words, words.staffing, words.excluded, excluded, text: excluded > 0 ? words.excludedText : [])

        // income in total = expenditure + year-end balance, exactly (no transfers)
        let yearEnd = spent * random.below(Int64(6)) / 100
        let income = spent + yearEnd
        let carryover = random.chance(60) ? income * random.below(Int64(8)) / 100 : 0
        let business = random.chance(40) ? income * random.below(Int64(15)) / 100 : 0
        let other = random.chance(30) ? income * random.below(Int64(4)) / 100 : 0
        amountRow(words, words.income, words.appropriation, actual: income - carryover - business - other)
        if business > 0 { amountRow(words, words.income, words.business, actual: business) }
        if other > 0 { amountRow(words, words.income, words.other, actual: other) }
        if carryover > 0 { amountRow(words, words.income, words.carryover, actual: carryover) }
        amountRow(words, words.balance, words.yearEnd, actual: yearEnd)

        for line in lines { expenditureRow(words, line) }

        // 三公 as declared: exactly the lines with the matching economic codes
        for (slot, sums) in declared.enumerated() where sums.count > 0 {
            amountRow(
                words, words.threePublic, words.threePublicItems[slot], initial: sums.initial, final: sums.final,
                actual: sums.actual)
        }
        let vehicleLines = declared.indices.filter {
            SubmissionGenerator.threePublicCodes[$0].item.hasPrefix("vehicle_")
        }
        .reduce(0) { $0 + declared[$1].count }
        if vehicleLines > 0 {
            countRow(words, words.threePublic, words.vehicleCount, 1 + random.below(12))
        }
        let procured = spent * random.below(Int64(20)) / 100
        amountRow(
            words, words.procurement, words.procurementTotal, final: procured + procured * random.below(Int64(8)) / 100,
            actual: procured)
    }

    /// The unit's expenditure lines: about 70 % basic with distinct (func, econ) pairs, the
    /// rest in projects of 3 to 12 lines each, one or two functional codes per project.
    private mutating func makeLines(_ random: inout SplitMix64) {
        let total = generator.options.lines
        let funcCount = generator.funcCodes.count
        let econCount = generator.econCodes.count
        lines.removeAll(keepingCapacity: true)
        seen.removeAll(keepingCapacity: true)
        let basicLines = min(total, max(1, total * (65 + random.below(11)) / 100))
        while lines.count < basicLines {
            let funcIndex = random.below(funcCount)
            let econIndex = random.below(econCount)
            guard seen.insert(funcIndex * econCount + econIndex).inserted else { continue }
            let actual = Self.amount(&random)
            let final = Self.budgetFinal(actual, &random)
            lines.append(
                Line(
                    project: -1, special: false, funcIndex: Int32(funcIndex), econIndex: Int32(econIndex),
                    budgetInitial: final * (90 + random.below(Int64(21))) / 100, budgetFinal: final, actual: actual))
        }
        var project = 0
        while lines.count < total {
            let size = min(total - lines.count, 3 + random.below(10))
            let special = random.chance(40)
            let funcs = [random.below(funcCount), random.below(funcCount)]
            let funcsUsed = random.chance(70) ? 1 : 2
            let keyBase = (project + 1) * funcCount * econCount
            var made = 0
            while made < size {
                let funcIndex = funcs[random.below(funcsUsed)]
                let econIndex = random.below(econCount)
                guard seen.insert(keyBase + funcIndex * econCount + econIndex).inserted else { continue }
                let actual = Self.amount(&random)
                let final = Self.budgetFinal(actual, &random)
                let initialChoice = random.below(100)
                let initial =
                    initialChoice < 10 ? -1 : initialChoice < 25 ? 0 : final * (50 + random.below(Int64(71))) / 100
                lines.append(
                    Line(
                        project: Int32(project), special: special, funcIndex: Int32(funcIndex),
                        econIndex: Int32(econIndex), budgetInitial: initial, budgetFinal: final, actual: actual))
                made += 1
            }
            project += 1
        }
        projectNameStart = random.below(Int.max)
    }

    /// An amount in fen: mostly thousands to tens of thousands of yuan, some up to millions; one in five whole yuan.
    private static func amount(_ random: inout SplitMix64) -> Int64 {
        let band = random.below(100)
        let (low, high): (Int64, Int64) =
            band < 60 ? (1_000_00, 50_000_00) : band < 90 ? (50_000_00, 500_000_00) : (500_000_00, 5_000_000_00)
        let fen = low + random.below(high - low)
        return random.chance(20) ? fen / 100 * 100 : fen
    }

    /// The final budget: the actual figure, or up to a tenth above it (never below: no warnings).
    private static func budgetFinal(_ actual: Int64, _ random: inout SplitMix64) -> Int64 {
        random.chance(50) ? actual : actual + random.below(actual / 10 + 1)
    }

    // MARK: - Rows

    private mutating func expenditureRow(_ words: GeneratorVocabulary, _ line: Line) {
        put(words.expenditure)
        comma()
        comma()
        if line.project < 0 {
            put(words.basic)
            comma()
            comma()
        } else {
            put(words.project)
            comma()
            let names = words.projectNames
            let number = Int(line.project)
            put(names[(projectNameStart % names.count + number) % names.count])
            if number >= names.count {
                put(words.openParenthesis)
                putInteger(number / names.count + 1)
                put(words.closeParenthesis)
            }
            comma()
            put(line.special ? words.special : words.operations)
        }
        comma()
        put(generator.funcCodes[Int(line.funcIndex)])
        comma()
        put(generator.econCodes[Int(line.econIndex)])
        comma()
        if line.budgetInitial >= 0 { putFen(line.budgetInitial) }
        comma()
        putFen(line.budgetFinal)
        comma()
        putFen(line.actual)
        comma()
        put(words.newline)
    }

    /// `section,item,,,,,,,,,text`
    private mutating func textRow(_ words: GeneratorVocabulary, _ section: [UInt8], _ item: [UInt8], _ text: [UInt8]) {
        put(section)
        comma()
        put(item)
        for _ in 0..<9 { comma() }
        put(text)
        put(words.newline)
    }

    /// `section,item,,,,,,,,count,text`
    private mutating func countRow(
        _ words: GeneratorVocabulary, _ section: [UInt8], _ item: [UInt8], _ count: Int, text: [UInt8] = []
    ) {
        put(section)
        comma()
        put(item)
        for _ in 0..<8 { comma() }
        putInteger(count)
        comma()
        put(text)
        put(words.newline)
    }

    /// `section,item,,,,,,initial,final,actual,` with empty cells for the amounts not given.
    private mutating func amountRow(
        _ words: GeneratorVocabulary, _ section: [UInt8], _ item: [UInt8], initial: Int64? = nil,
        final: Int64? = nil, actual: Int64
    ) {
        put(section)
        comma()
        put(item)
        for _ in 0..<6 { comma() }
        if let initial { putFen(initial) }
        comma()
        if let final { putFen(final) }
        comma()
        putFen(actual)
        comma()
        put(words.newline)
    }

    // MARK: - Bytes

    @inline(__always) private mutating func put(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
    }

    @inline(__always) private mutating func comma() {
        buffer.append(UInt8(ascii: ","))
    }

    private mutating func putFen(_ amount: Int64) {
        buffer.append(contentsOf: Fen(amount).description.utf8)
    }

    private mutating func putInteger(_ value: Int) {
        buffer.append(contentsOf: String(value).utf8)
    }
}
