import Foundation
import Testing

@testable import HuizongCore

extension Refusal {
    /// At least one value of every refusal, with arguments as they come in practice.
    static let samples: [Refusal] = [
        .cannotRead(path: "/tmp/401001.csv", reason: nil),
        .cannotRead(path: "/srv/econ.csv", reason: "No such file or directory"),
        .cannotReadFiles(paths: ["a.csv", "b.csv"]),
        .cannotWrite(path: "/out/base.xlsx", reason: nil),
        .cannotWrite(path: "/out/B000001.csv", reason: "Permission denied"),
        .cannotCreateDirectory(path: "/out/submissions", reason: "Permission denied"),
        .projectFilesNotFound,
        .xlsxNeedsOutputFile,
        .referenceNeedsFile,
        .optionNeedsFormat(option: "--figure-links", format: "html"),
        .optionOutOfRange(option: "--port", range: 0...65535),
        .countOutOfRange(option: "--units", maximum: 999_999),
        .yearNotFourDigits,
        .referenceTooSmall,
        .csvHeaderMissing(file: "sql/reference/economic-classification.csv"),
        .unknownUnit(code: "999"),
        .unknownParentUnit(code: "999"),
        .unitExists(code: "401001", name: "局本级"),
        .unitCodeNotAllowed(code: "4/01"),
        .unitNeedsName(code: "401009"),
        .unitListProblems([.init(code: "4/01", problem: "code must be 1 to 32 letters")]),
        .referenceTableProblems(
            kind: .econ, year: 2022, source: "econ.csv",
            problems: [
                .init(code: "3", problem: "code must be 3, 5 or 7 digits"),
                .init(code: "301", problem: "name is empty"),
            ]),
        .referenceTableProblems(kind: .func, year: 2022, source: "func.csv", problems: []),
        .migrationEdited(name: "0003_review.sql", recorded: "ab12", now: "cd34"),
        .migrationEdited(name: "0003_review.sql", recorded: "ab12", now: nil),
        .cannotRunProgram(path: "/usr/lib/postgresql/16/bin/initdb", reason: "Permission denied"),
        .postgresNotFound(directory: "/usr/lib/postgresql"),
        .clusterStopFailed(output: "pg_ctl: server does not shut down"),
        .noPostgresUser,
        .cannotHandToPostgres(path: "/root/.huizong"),
        .clusterHomeUnreachable(home: "/root/.huizong", closed: "/root"),
        .clusterLockFile(directory: "/root/.huizong"),
        .initdbFailed(directory: "/root/.huizong/data", output: "initdb: error: cannot be run as root"),
        .clusterStartFailed(output: "pg_ctl: could not start server", log: "FATAL: lock file exists"),
        .ruleHeaderMissing(path: "sql/rules/balance.sql", id: "balance"),
        .ruleHeaderFieldMissing(path: "sql/rules/balance.sql", field: "expected.zh"),
        .ruleSeverityMissing(path: "sql/rules/balance.sql"),
        .cannotReadPipeline(path: "pipelines/nightly.yaml", reason: "No such file"),
        .pipelineInvalid(path: "pipelines/nightly.yaml", reason: "mapping values are not allowed here"),
        .pipelineStageKind(path: "pipelines/nightly.yaml", stage: "checks"),
        .runInProgress(run: 7, node: "401", year: 2022),
        .runInProgress(run: nil, node: "401", year: 2022),
        .noFinishedRun(node: "401", year: 2022),
        .notAFinishedRun(run: 9, node: "401", year: 2022),
        .noRunYet(unit: "401", year: 2022),
        .pruneKeepTooSmall(keep: 0),
        .pruneKeepTooSmall(keep: -3),
        .runPruned(run: 3, node: "401", year: 2022),
        .notABackup(path: "/srv/backups/huizong.hzbackup"),
        .backupCorrupted(path: "/srv/backups/huizong.hzbackup", member: "huizong.dump"),
        .restoreTargetNotEmpty(target: "dbname=huizong", tables: 27),
        .backupToolFailed(program: "/usr/lib/postgresql/15/bin/pg_dump", output: "pg_dump: error: connection failed"),
        .restoreCheckFailed(what: "intake.upload", expected: "12 rows", found: "11 rows"),
        .reportRunIncomplete(run: 7, node: "401", year: 2022, missing: ["401003", "401004"]),
        .reportProseEmpty,
        .reportPDFUnavailable(program: "soffice"),
        .reportPDFFailed(program: "/usr/bin/soffice", output: "Error: source file could not be loaded"),
        .reportPDFTimedOut(program: "/usr/bin/soffice", seconds: 120),
        .unknownFigureKey(key: "basic.by_kind.302", shapes: ["basic.by_econ.CODE", "staffing.{authorized|actual}"]),
        .reportUnreadable(.unreadable(path: "报告.docx")),
        .reportUnreadable(.unsupportedType(path: "报告.pdf", fileExtension: "pdf")),
        .reportUnreadable(.encoding(path: "报告.txt")),
        .reportUnreadable(.damagedDocx(path: "报告.docx", problem: "not_a_zip")),
        .unknownScoringEdition(name: "yiyang-2021"),
        .noScoringEdition(year: 2020),
        .scoringEditionInvalid(path: "pipelines/scoring/x.yaml", reason: "keyNotFound levels"),
        .scoringEditionWeights(edition: "yiyang-2022", level: "产出指标", expected: "50", found: "49"),
        .scoringEditionWeights(edition: "yiyang-2022", level: "", expected: "100", found: "95"),
        .notSignedInAccount(actor: "office401", account: "admin"),
        .unknownAccount(name: "nobody"),
        .roleMayNotReview(account: "a401001", role: .accountant, action: .approve),
        .roleMayNotReview(account: "a401001", role: .accountant, action: .unlock),
        .unknownSubmission(id: 9),
        .submissionRejected(id: 12, action: .approve),
        .notInForce(id: 12, action: .return, unit: "401001", year: 2022, current: 14),
        .notInForce(id: 12, action: .approve, unit: "401001", year: 2022, current: nil),
        .outsideAccountUnits(unit: "402001", account: "office401"),
        .alreadyApproved(submission: 12, unit: "401001", year: 2022, by: "office401", on: "2026-11-29"),
        .approvedAndLocked(submission: 12, unit: "401001", year: 2022, by: "office401", on: "2026-11-29"),
        .returnNeedsComment,
        .unlockNeedsComment,
        .notLocked(unit: "401001", year: 2022), .notARegularFile(path: "/dev/zero"),
        .fileTooLarge(path: "big.csv", maximumBytes: 33_554_432), .passwordNotAllowed(maximumBytes: 72),
        .warningsUnexplained(
            submission: 12,
            warnings: [
                .init(finding: "3f2a9c01bd4e", code: "prior_year_change", line: 15),
                .init(finding: "0b1c2d3e4f5a", code: "balance", line: nil),
            ]),
        .roleMayNotExplain(account: "office401", role: .office, decide: false),
        .roleMayNotExplain(account: "a401001", role: .accountant, decide: true),
        .explanationNeedsText, .explanationTooLong(maximum: 2000),
        .explainNotInForce(submission: 12, unit: "401001", year: 2022),
        .explainLocked(submission: 12, unit: "401001", year: 2022, by: "office401", on: "2023-03-20"),
        .unknownFinding(finding: "3f2a9c01bd4e", submission: 12),
        .errorNotExplainable(finding: "3f2a9c01bd4e", submission: 12),
        .noExplanationToConfirm(finding: "3f2a9c01bd4e", submission: 12),
        .notExplainedYet(finding: "3f2a9c01bd4e", submission: 12), .rejectionNeedsComment,
        .unlockIsPerUnit,
        .roleNeedsUnit(role: .office),
        .passwordTooShort(minimum: 8),
        .noPasswordOnStdin,
        .passwordsDiffer,
        .accountExists(name: "a401001"),
        .accountNameNotAllowed,
        .unknownRole,
        .signInRequired,
        .badCredentials,
        .accountLockedOut(minutes: 15),
        .csrfTokenMissing,
        .forbidden,
        .notFound,
        .uploadTooLarge(limitMegabytes: 32),
        .uploadTooLarge(limitMegabytes: nil),
        .methodNotAllowed,
        .requestNotProcessable(status: 418),
        .internalError,
        .rawUploadUnreadable(submission: 12),
        .formUnreadable(problem: .badPercentEncoding),
        .formUnreadable(problem: .wrongValue(field: "year")),
        .formUnreadable(problem: .wrongValue(field: nil)),
        .formUnreadable(problem: .notJSON),
        .formUnreadable(problem: .duplicateField),
        .formUnreadable(problem: .unknownField),
        .formUnreadable(problem: .notURLEncoded),
        .uploadFormUnreadable(problem: .missingClosingBoundary),
        .uploadFormUnreadable(problem: .notMultipart),
        .uploadFormUnreadable(problem: .missingBoundary),
        .uploadFormUnreadable(problem: .invalidBoundary),
        .uploadFormUnreadable(problem: .boundaryNotFound),
        .uploadFormUnreadable(problem: .tooManyParts(maximum: 64)),
        .uploadFormUnreadable(problem: .headersTooLong(part: 2, kibibytes: 16)),
        .uploadFormUnreadable(problem: .unterminatedHeaders(part: 1)),
        .uploadFormUnreadable(problem: .malformedHeader(part: 1)),
        .uploadFormUnreadable(problem: .notFormData(part: 3)),
        .uploadFormUnreadable(problem: .missingName(part: 3)),
        .uploadFormUnreadable(problem: .malformedFilename(part: 1)),
        .textHasNul(field: "comment"),
        .textHasNul(field: nil),
        .databaseUnavailable,
        .foreignOrigin(origin: "https://evil.example"),
        .uploadNotMultipart,
        .uploadWithoutFile,
        .missingUnit,
        .missingYear,
        .invalidYear(text: "22"),
        .invalidParameter(name: "by", value: "dept", accepted: ["econ", "func", "unit"]),
        .missingParameter(name: "by", accepted: ["econ", "func", "unit"]),
    ]

    /// Every string among the refusal's arguments (codes, names, paths, others' error texts).
    var stringArguments: [String] {
        Self.strings(in: Mirror(reflecting: self).children.first?.value as Any)
    }

    private static func strings(in value: Any) -> [String] {
        if let text = value as? String { return [text] }
        return Mirror(reflecting: value).children.flatMap { strings(in: $0.value) }
    }
}

/// Every refusal renders in both languages, from the one catalogue.
@Suite struct RefusalTests {
    /// What the Chinese texts keep as it is: option and variable names, file and program
    /// names, protocol words and units — codes, not English prose.
    static let keptAsIs = [
        "multipart/form-data", "/var/lib/huizong", "HUIZONG_SHARE", "HUIZONG_HOME", "DATABASE_URL", "PostgreSQL",
        "postgresql", "postgres", "pipelines/", "sql/", "/*/bin", "--economic", "--functional", "--year", "--format",
        "-- severity: warning", "-- severity: error", "-- rule:", "rules:", "checks:", "sql:", "code,level", ".xlsx",
        "xlsx", "JSON", "-o", "--draft", "--keep", "initdb", "Debian", "root", "CSRF", "MB", "unit", "year", "file",
        "SHA-256", "docx、txt 或 md", "UTF-8", "GB18030", "DOCX", "LibreOffice", "PDF",
    ]

    @Test func samplesCoverEveryCode() {
        let sampled = Set(Refusal.samples.map(\.code))
        #expect(sampled == Refusal.allCodes, "missing samples: \(Refusal.allCodes.subtracting(sampled).sorted())")
    }

    @Test func codesAreStableSnakeCase() {
        for code in Refusal.allCodes {
            #expect(code.wholeMatch(of: /[a-z]+(_[a-z]+)*/) != nil, "\(code)")
        }
        #expect(Refusal.unknownUnit(code: "X").code == "unknown_unit")
        #expect(Refusal.runInProgress(run: nil, node: "401", year: 2022).code == "run_in_progress")
    }

    @Test(arguments: Refusal.samples)
    func rendersInBothLanguages(_ refusal: Refusal) {
        for language in Language.allCases {
            let text = refusal.message(language)
            #expect(!text.isEmpty, "\(refusal.code) in \(language)")
            #expect(text.firstMatch(of: /\{[A-Za-z_]+\}|\\\(/) == nil, "unfilled placeholder: \(text)")
        }
        let english = Self.withoutArguments(refusal.message(.en), of: refusal)
        #expect(english.firstMatch(of: /\p{Han}/) == nil, "\(refusal.code): Chinese in the English “\(english)”")
    }

    @Test(arguments: Refusal.samples)
    func chineseHasNoEnglishOfItsOwn(_ refusal: Refusal) {
        var text = Self.withoutArguments(refusal.message(.zh), of: refusal)
        for term in Self.keptAsIs { text = text.replacingOccurrences(of: term, with: "") }
        #expect(text.firstMatch(of: /[A-Za-z]/) == nil, "\(refusal.code): English left in “\(text)”")
        #expect(text.firstMatch(of: /\p{Han}/) != nil, "\(refusal.code): no Chinese in “\(refusal.message(.zh))”")
    }

    /// `text` without the refusal's string arguments, longest first.
    static func withoutArguments(_ text: String, of refusal: Refusal) -> String {
        var text = text
        for argument in refusal.stringArguments.sorted(by: { $0.count > $1.count }) where !argument.isEmpty {
            text = text.replacingOccurrences(of: argument, with: "")
        }
        return text
    }
}
