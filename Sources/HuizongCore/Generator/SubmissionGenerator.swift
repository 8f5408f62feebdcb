import Foundation

/// A synthetic department for benchmarks, deterministic from a seed: a root `BENCH` with
/// `units` budget units (`B000001` …; under ten groups `BG01`…`BG10` from 200 units on) and
/// one valid submission file per unit with `lines` expenditure lines, codes drawn from the
/// shipped reference tables. Every file passes every rule of `sql/rules` without warnings:
/// income = expenditure + year-end balance exactly, declared 三公 = the lines with their
/// economic codes, actual ≤ budget_final, no duplicate line. Every third file is GB18030 with
/// Chinese headers, Chinese vocabulary and CRLF; the others UTF-8 with English vocabulary.
///
/// Amounts are integer fen rendered by `Fen`; each unit's file comes from its own random
/// stream, so the files do not depend on how many threads write them. Files are built one
/// at a time per thread in a reused buffer: memory stays flat whatever the size.
public struct SubmissionGenerator: Sendable {
    /// What to generate.
    public struct Options: Sendable {
        public var units: Int
        public var lines: Int
        public var seed: UInt64
        public var year: Int

        public init(units: Int = 1000, lines: Int = 1000, seed: UInt64 = 1, year: Int = 2022) {
            self.units = units
            self.lines = lines
            self.seed = seed
            self.year = year
        }
    }

    /// What was written.
    public struct Summary: Sendable, CustomStringConvertible {
        public var directory: String
        public var units: Int
        public var linesPerUnit: Int
        public var gb18030Files: Int
        public var bytes: Int
        public var seconds: Double
        public var seed: UInt64

        public var description: String {
            let tenths = (bytes * 10 + 524_288) / 1_048_576  // megabytes to one decimal, in integers
            let megabytes = "\(tenths / 10).\(tenths % 10)"
            let rate = seconds > 0 ? Int(Double(units * linesPerUnit) / seconds) : 0
            return "generated \(units) units × \(linesPerUnit) lines = \(units * linesPerUnit) expenditure lines "
                + "(\(units) files, \(gb18030Files) GB18030, \(megabytes) MB) in \(directory) "
                + "in \(String(format: "%.2f", seconds)) s (\(rate) lines/s), seed \(seed)"
        }
    }

    /// The root of the generated tree.
    public static let rootCode = "BENCH"
    public static let rootName = "基准部门"
    static let unitNamePrefix = "基准预算单位"
    static let groupNamePrefix = "基准分组"
    /// From this many units on, units sit under `groupCount` intermediate nodes.
    static let unitsForGroups = 200
    static let groupCount = 10
    /// Basic lines need distinct (func_code, econ_code) pairs; stay well inside their number.
    public static let maxLines = 50_000
    public static let maxUnits = 999_999
    /// The 三公 items and the economic codes their declared figures must equal.
    static let threePublicCodes: [(item: String, econCode: String)] = [
        ("overseas", "30212"), ("reception", "30217"), ("vehicle_operation", "30231"),
        ("vehicle_purchase", "31013"),
    ]

    public let options: Options
    /// Economic codes (款) and functional codes (项) as ASCII bytes.
    let econCodes: [[UInt8]]
    let funcCodes: [[UInt8]]
    /// For each economic code, its index in `threePublicCodes`, or -1.
    let threePublicSlot: [Int]
    let utf8Vocabulary: GeneratorVocabulary
    let gb18030Vocabulary: GeneratorVocabulary

    /// A generator for `options`, with the codes of the reference tables among `files`.
    public init(options: Options, files: ProjectFiles) throws {
        guard (1...Self.maxUnits).contains(options.units) else {
            throw HuizongError.usage(.countOutOfRange(option: "--units", maximum: Self.maxUnits))
        }
        guard (1...Self.maxLines).contains(options.lines) else {
            throw HuizongError.usage(.countOutOfRange(option: "--lines", maximum: Self.maxLines))
        }
        guard (1000...9999).contains(options.year) else {
            throw HuizongError.usage(.yearNotFourDigits)
        }
        self.options = options
        let econ = try Self.codes(files, "sql/reference/economic-classification.csv", level: "款")
        let function = try Self.codes(files, "sql/reference/functional-classification.csv", level: "项")
        guard econ.count >= 10, function.count >= 10 else {
            throw HuizongError.usage(.referenceTooSmall)
        }
        econCodes = econ.map { Array($0.utf8) }
        funcCodes = function.map { Array($0.utf8) }
        threePublicSlot = econ.map { code in Self.threePublicCodes.firstIndex { $0.econCode == code } ?? -1 }
        utf8Vocabulary = GeneratorVocabulary(encoding: .utf8)
        gb18030Vocabulary = GeneratorVocabulary(encoding: .gb18030)
    }

    /// The codes of one level of a shipped classification table (`code,name,level,parent_code`).
    static func codes(_ files: ProjectFiles, _ relative: String, level: String) throws -> [String] {
        let text: String
        do { text = try files.text(relative) } catch {
            throw HuizongError.usage(
                .cannotRead(path: files.url(relative).path, reason: error.localizedDescription))
        }
        var rows = text.split(whereSeparator: \.isNewline).map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        guard !rows.isEmpty, let codeColumn = rows[0].firstIndex(of: "code"),
            let levelColumn = rows[0].firstIndex(of: "level")
        else { throw HuizongError.usage(.csvHeaderMissing(file: relative)) }
        rows.removeFirst()
        return rows.filter { $0.count > max(codeColumn, levelColumn) && $0[levelColumn] == level }.map {
            $0[codeColumn]
        }
    }

    /// The code of unit `index` (0-based): `B000001` ….
    public static func unitCode(_ index: Int) -> String {
        let digits = String(index + 1)
        return "B" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// The code of group `index` (0-based): `BG01` … `BG10`.
    static func groupCode(_ index: Int) -> String {
        index < 9 ? "BG0\(index + 1)" : "BG\(index + 1)"
    }

    /// The parent of unit `index`: a group in contiguous blocks, or the root for small trees.
    func parentCode(ofUnit index: Int) -> String {
        guard options.units >= Self.unitsForGroups else { return Self.rootCode }
        return Self.groupCode(index * Self.groupCount / options.units)
    }

    /// Every third file (the 3rd, 6th …) is GB18030.
    static func encoding(ofUnit index: Int) -> TextEncoding {
        index % 3 == 2 ? .gb18030 : .utf8
    }

    /// Writes `directory/units.csv` and `directory/submissions/<code>.csv`, one file per unit.
    public func write(to directory: URL) throws -> Summary {
        let started = DispatchTime.now().uptimeNanoseconds
        let submissions = directory.appendingPathComponent("submissions")
        do {
            try FileManager.default.createDirectory(at: submissions, withIntermediateDirectories: true)
        } catch {
            throw HuizongError.usage(
                .cannotCreateDirectory(path: submissions.path, reason: error.localizedDescription))
        }
        try writeUnitList(to: directory.appendingPathComponent("units.csv"))

        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8, options.units))
        let progress = Progress()
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var builder = SubmissionFileBuilder(generator: self)
            var index = worker
            while index < options.units, !progress.failed {
                do {
                    let url = submissions.appendingPathComponent(Self.unitCode(index) + ".csv")
                    let bytes = try builder.write(unit: index, to: url)
                    progress.add(bytes: bytes, gb18030: Self.encoding(ofUnit: index) == .gb18030)
                } catch {
                    progress.fail(error)
                }
                index += workers
            }
        }
        if let error = progress.error { throw error }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return Summary(
            directory: directory.path, units: options.units, linesPerUnit: options.lines,
            gb18030Files: progress.gb18030Files, bytes: progress.bytes, seconds: seconds, seed: options.seed)
    }

    /// `code,name,parent_code`: the root, the groups of a large tree, then the units.
    private func writeUnitList(to url: URL) throws {
        var text = "code,name,parent_code\n\(Self.rootCode),\(Self.rootName),\n"
        if options.units >= Self.unitsForGroups {
            for group in 0..<Self.groupCount {
                let code = Self.groupCode(group)
                text += "\(code),\(Self.groupNamePrefix)\(code.dropFirst(2)),\(Self.rootCode)\n"
            }
        }
        for index in 0..<options.units {
            let code = Self.unitCode(index)
            text += "\(code),\(Self.unitNamePrefix)\(code.dropFirst()),\(parentCode(ofUnit: index))\n"
        }
        try SubmissionFileBuilder.writeFile(Array(text.utf8), to: url)
    }

    /// Counts what the threads wrote and keeps the first error.
    private final class Progress: @unchecked Sendable {
        private let lock = NSLock()
        private var _bytes = 0
        private var _gb18030Files = 0
        private var _error: Error?

        var bytes: Int { lock.withLock { _bytes } }
        var gb18030Files: Int { lock.withLock { _gb18030Files } }
        var error: Error? { lock.withLock { _error } }
        var failed: Bool { lock.withLock { _error != nil } }

        func add(bytes: Int, gb18030: Bool) {
            lock.withLock {
                _bytes += bytes
                if gb18030 { _gb18030Files += 1 }
            }
        }

        func fail(_ error: Error) {
            lock.withLock { if _error == nil { _error = error } }
        }
    }
}
