import ReportCheck

/// Every refusal Huizong gives its users, as a code with typed arguments. The texts, in
/// English and in Chinese, are rendered in one place (`Refusal+Messages.swift`); no code
/// reads a message to learn what it says: it matches the case.
public enum Refusal: Sendable, Equatable {
    /// A warning approval waits for: its finding id, rule and line.
    public struct UnexplainedWarning: Sendable, Equatable {
        public var finding: String
        public var code: String
        public var line: Int?

        /// The warning `finding` of rule `code`, at `line` when it has one.
        public init(finding: String, code: String, line: Int?) {
            self.finding = finding
            self.code = code
            self.line = line
        }
    }

    /// One offending row of a table being loaded (a unit list, a classification table).
    public struct TableProblem: Sendable, Equatable {
        /// The row's code as the file gives it.
        public var code: String
        /// What is wrong with it, as the load's checks word it.
        public var problem: String

        /// The problem `problem` of the row with code `code`.
        public init(code: String, problem: String) {
            self.code = code
            self.problem = problem
        }
    }

    // MARK: Files and options

    /// A file cannot be read; `reason` is the system's, when known.
    case cannotRead(path: String, reason: String?)
    /// Files named on the command line cannot be read.
    case cannotReadFiles(paths: [String])
    /// A path that is not a regular file (a device, a socket …).
    case notARegularFile(path: String)
    /// A file over the size intake reads.
    case fileTooLarge(path: String, maximumBytes: Int)
    /// A file cannot be written; `reason` is the system's, when known.
    case cannotWrite(path: String, reason: String?)
    /// A directory cannot be created; `reason` is the system's.
    case cannotCreateDirectory(path: String, reason: String)
    /// The shipped `sql/` and `pipelines/` files are nowhere to be found.
    case projectFilesNotFound
    /// A workbook export to a terminal: it needs `-o FILE.xlsx`.
    case xlsxNeedsOutputFile
    /// `huizong reference load` without a file.
    case referenceNeedsFile
    /// An option (`--figure-links`) that only `--format FORMAT` uses, given with another format.
    case optionNeedsFormat(option: String, format: String)
    /// A command-line option outside `range` (written `0…65535`).
    case optionOutOfRange(option: String, range: ClosedRange<Int>)
    /// A count option (`--units`, `--lines`) outside 1 … `maximum`.
    case countOutOfRange(option: String, maximum: Int)
    /// `--year` is not a four-digit year.
    case yearNotFourDigits
    /// The shipped classification tables hold too few codes for the generator.
    case referenceTooSmall
    /// A shipped CSV table lacks its `code,level` header.
    case csvHeaderMissing(file: String)

    // MARK: Units and reference tables

    /// No unit has this code.
    case unknownUnit(code: String)
    /// The parent named for a new unit is not registered.
    case unknownParentUnit(code: String)
    /// A unit with this code exists already, named `name`.
    case unitExists(code: String, name: String)
    /// A unit code with characters or a length not allowed.
    case unitCodeNotAllowed(code: String)
    /// A new unit without a name.
    case unitNeedsName(code: String)
    /// A unit list that fails its checks.
    case unitListProblems([TableProblem])
    /// A classification table for `year` read from `source` that fails its checks.
    case referenceTableProblems(kind: ClassificationKind, year: Int, source: String, problems: [TableProblem])

    // MARK: Database and embedded cluster

    /// A migration file changed after it was applied; `now` is nil when it cannot be hashed.
    case migrationEdited(name: String, recorded: String, now: String?)
    /// A program cannot be started; `reason` is the system's.
    case cannotRunProgram(path: String, reason: String)
    /// No PostgreSQL server binaries under `directory`.
    case postgresNotFound(directory: String)
    /// `pg_ctl stop` failed, saying `output`.
    case clusterStopFailed(output: String)
    /// Run as root, but there is no `postgres` user for the server.
    case noPostgresUser
    /// A directory of the embedded cluster cannot be handed to the `postgres` user.
    case cannotHandToPostgres(path: String)
    /// The `postgres` user cannot reach `home`, because `closed` is closed to others.
    case clusterHomeUnreachable(home: String, closed: String)
    /// The embedded cluster's lock file in `directory` cannot be opened.
    case clusterLockFile(directory: String)
    /// `initdb` failed for `directory`, saying `output`.
    case initdbFailed(directory: String, output: String)
    /// The embedded server did not start: `pg_ctl`'s `output` and the end of its `log`.
    case clusterStartFailed(output: String, log: String)

    // MARK: Pipelines and runs

    /// A rule file whose header does not name rule `id`.
    case ruleHeaderMissing(path: String, id: String)
    /// A rule file whose header lacks the line `-- field:` (a name or template text).
    case ruleHeaderFieldMissing(path: String, field: String)
    /// A rule file without a valid `-- severity:` line.
    case ruleSeverityMissing(path: String)
    /// A pipeline file cannot be read; `reason` is the system's.
    case cannotReadPipeline(path: String, reason: String)
    /// A pipeline file that is not valid YAML of a pipeline; `reason` is the decoder's.
    case pipelineInvalid(path: String, reason: String)
    /// A pipeline stage without exactly one of `rules:`, `checks:` or `sql:`.
    case pipelineStageKind(path: String, stage: String)
    /// Another run of the node and year holds the lock; `run` is nil when it is not known.
    case runInProgress(run: Int64?, node: String, year: Int)
    /// The node has no finished run for the year to export.
    case noFinishedRun(node: String, year: Int)
    /// The run named is not a finished run of the node and year.
    case notAFinishedRun(run: Int64, node: String, year: Int)
    /// The unit has no run for the year at all.
    case noRunYet(unit: String, year: Int)
    /// `runs prune --keep` below 1: the current run always keeps its results.
    case pruneKeepTooSmall(keep: Int)
    /// Re-exporting a run whose results were pruned (its hashes remain).
    case runPruned(run: Int64, node: String, year: Int)

    // MARK: Backup and restore

    /// A file that is not a Huizong backup (no archive, or no readable manifest).
    case notABackup(path: String)
    /// A backup whose `member` does not hash to what its manifest says.
    case backupCorrupted(path: String, member: String)
    /// Restoring into a database that holds `tables` tables already.
    case restoreTargetNotEmpty(target: String, tables: Int)
    /// `pg_dump` or `pg_restore` failed, saying `output`.
    case backupToolFailed(program: String, output: String)
    /// A restored database that differs from its backup's manifest in `what`.
    case restoreCheckFailed(what: String, expected: String, found: String)
    /// The report's run is incomplete (units in `missing` have no accepted submission) and
    /// `--draft` was not asked for.
    case reportRunIncomplete(run: Int64, node: String, year: Int, missing: [String])
    /// The office's prose for the report is empty.
    case reportProseEmpty
    /// A PDF of the report was asked for, and LibreOffice (`program`, soffice) is not installed.
    case reportPDFUnavailable(program: String)
    /// LibreOffice (`program`) did not turn the report's DOCX into a PDF, saying `output`.
    case reportPDFFailed(program: String, output: String)
    /// LibreOffice (`program`) took longer than `seconds` to convert the report, and was stopped.
    case reportPDFTimedOut(program: String, seconds: Int)
    /// `explain-figure` (or `/figures`) of a key that is none of `shapes`.
    case unknownFigureKey(key: String, shapes: [String])
    /// A report's text that check-report cannot read (`ReportReadError` says why).
    case reportUnreadable(ReportReadError)
    /// No scoring edition `pipelines/scoring/NAME.yaml` of this name.
    case unknownScoringEdition(name: String)
    /// No scoring edition's year is at most `year` (and none was named).
    case noScoringEdition(year: Int)
    /// A scoring edition that cannot be read; `reason` is the YAML decoder's.
    case scoringEditionInvalid(path: String, reason: String)
    /// A scoring edition whose weights under `level` (empty: the total) add to `found`, not `expected`.
    case scoringEditionWeights(edition: String, level: String, expected: String, found: String)

    // MARK: Review

    /// The actor named is not the account signed in on the connection.
    case notSignedInAccount(actor: String, account: String)
    /// No account has this name.
    case unknownAccount(name: String)
    /// The account's role may not take the review action.
    case roleMayNotReview(account: String, role: AccountStore.Role, action: ReviewAction)
    /// No submission has this id (or the account may not see it).
    case unknownSubmission(id: Int64)
    /// The submission was rejected: there is nothing to review.
    case submissionRejected(id: Int64, action: ReviewAction)
    /// The submission is not the one in force for its unit and year; `current` is the one
    /// that is, nil when none is.
    case notInForce(id: Int64, action: ReviewAction, unit: String, year: Int, current: Int64?)
    /// The unit is outside the units the account sees.
    case outsideAccountUnits(unit: String, account: String)
    /// Approving a unit and year approved already, by `by` on the day `on` (`YYYY-MM-DD`).
    case alreadyApproved(submission: Int64, unit: String, year: Int, by: String, on: String)
    /// Returning a submission of an approved, locked unit and year.
    case approvedAndLocked(submission: Int64, unit: String, year: Int, by: String, on: String)
    /// Returning without a comment.
    case returnNeedsComment
    /// Unlocking without a comment.
    case unlockNeedsComment
    /// Unlocking a unit and year that is not locked.
    case notLocked(unit: String, year: Int)
    /// Unlocking is asked for a submission; it is for a unit and year.
    case unlockIsPerUnit
    /// Approving while warnings the pipeline requires explained have no explanation.
    case warningsUnexplained(submission: Int64, warnings: [UnexplainedWarning])

    // MARK: Explanations (审核说明)

    /// The account's role may not take the explanation step (`decide`: the office's).
    case roleMayNotExplain(account: String, role: AccountStore.Role, decide: Bool)
    /// An explanation without text.
    case explanationNeedsText
    /// An explanation longer than `maximum` characters.
    case explanationTooLong(maximum: Int)
    /// Explaining a finding of a submission that is not in force.
    case explainNotInForce(submission: Int64, unit: String, year: Int)
    /// Explaining a finding of an approved, locked unit and year.
    case explainLocked(submission: Int64, unit: String, year: Int, by: String, on: String)
    /// No finding of the submission has this id.
    case unknownFinding(finding: String, submission: Int64)
    /// An error cannot be explained: it is corrected.
    case errorNotExplainable(finding: String, submission: Int64)
    /// Confirming an earlier explanation where none is offered.
    case noExplanationToConfirm(finding: String, submission: Int64)
    /// Deciding on a finding that has no explanation yet.
    case notExplainedYet(finding: String, submission: Int64)
    /// Rejecting an explanation without a comment.
    case rejectionNeedsComment

    // MARK: Accounts and sessions

    /// An accountant or office account without its unit.
    case roleNeedsUnit(role: AccountStore.Role)
    /// A password shorter than `minimum` characters.
    case passwordTooShort(minimum: Int)
    /// A password bcrypt would silently cut: longer than `maximum` bytes, or holding a NUL.
    case passwordNotAllowed(maximumBytes: Int)
    /// The command line asked for a password on stdin and got none.
    case noPasswordOnStdin
    /// The password and its confirmation differ.
    case passwordsDiffer
    /// An account with this name exists already.
    case accountExists(name: String)
    /// An account name with characters or a length not allowed.
    case accountNameNotAllowed
    /// A role that is not one of `AccountStore.Role`.
    case unknownRole
    /// Not signed in, or the session ended.
    case signInRequired
    /// A wrong name or password (deliberately the same refusal for both).
    case badCredentials
    /// Too many failed sign-ins: the account is locked for `minutes`.
    case accountLockedOut(minutes: Int)
    /// A state-changing request without the session's CSRF token.
    case csrfTokenMissing
    /// An action the account's role may not take.
    case forbidden

    // MARK: Requests

    /// Nothing the account may see is there.
    case notFound
    /// A body over the upload limit (`limitMegabytes` when known).
    case uploadTooLarge(limitMegabytes: Int?)
    /// An HTTP method the route does not take.
    case methodNotAllowed
    /// Any other HTTP refusal, by its status code.
    case requestNotProcessable(status: Int)
    /// An unexpected failure, told without its details.
    case internalError
    /// The stored upload of a submission cannot be decoded.
    case rawUploadUnreadable(submission: Int64)
    /// A posted form or JSON body cannot be read, for `problem`.
    case formUnreadable(problem: FormProblem)
    /// An upload form cannot be read, for `problem`.
    case uploadFormUnreadable(problem: FormProblem)
    /// Text with a NUL character (which PostgreSQL text cannot hold), in `field` when known.
    case textHasNul(field: String?)
    /// The database cannot be reached.
    case databaseUnavailable
    /// A sign-in from a page of another site (`origin`, as the request names it).
    case foreignOrigin(origin: String)
    /// An upload that is not a `multipart/form-data` form.
    case uploadNotMultipart
    /// An upload form without its `file`.
    case uploadWithoutFile
    /// A request for a unit that names none, from an account without a unit of its own.
    case missingUnit
    /// A request without its `year`.
    case missingYear
    /// A `year` that is not a four-digit year.
    case invalidYear(text: String)
    /// A parameter whose value is not one of `accepted`.
    case invalidParameter(name: String, value: String, accepted: [String])
    /// A required parameter is missing; it takes one of `accepted`.
    case missingParameter(name: String, accepted: [String])
}
