/// The stable codes of refusals: public data (the API's `code`), never renamed.
extension Refusal {
    /// Which refusal a value is, without its arguments; the raw value is its code.
    public enum Kind: String, Sendable, CaseIterable {
        case cannotRead = "cannot_read"
        case cannotReadFiles = "cannot_read_files"
        case notARegularFile = "not_a_regular_file"
        case fileTooLarge = "file_too_large"
        case cannotWrite = "cannot_write"
        case cannotCreateDirectory = "cannot_create_directory"
        case projectFilesNotFound = "project_files_not_found"
        case xlsxNeedsOutputFile = "xlsx_needs_output_file"
        case referenceNeedsFile = "reference_needs_file"
        case optionNeedsFormat = "option_needs_format"
        case optionOutOfRange = "option_out_of_range"
        case countOutOfRange = "count_out_of_range"
        case yearNotFourDigits = "year_not_four_digits"
        case referenceTooSmall = "reference_too_small"
        case csvHeaderMissing = "csv_header_missing"
        case unknownUnit = "unknown_unit"
        case unknownParentUnit = "unknown_parent_unit"
        case unitExists = "unit_exists"
        case unitCodeNotAllowed = "unit_code_not_allowed"
        case unitNeedsName = "unit_needs_name"
        case unitListProblems = "unit_list_problems"
        case referenceTableProblems = "reference_table_problems"
        case migrationEdited = "migration_edited"
        case cannotRunProgram = "cannot_run_program"
        case postgresNotFound = "postgres_not_found"
        case clusterStopFailed = "cluster_stop_failed"
        case noPostgresUser = "no_postgres_user"
        case cannotHandToPostgres = "cannot_hand_to_postgres"
        case clusterHomeUnreachable = "cluster_home_unreachable"
        case clusterLockFile = "cluster_lock_file"
        case initdbFailed = "initdb_failed"
        case clusterStartFailed = "cluster_start_failed"
        case ruleHeaderMissing = "rule_header_missing"
        case ruleHeaderFieldMissing = "rule_header_field_missing"
        case ruleSeverityMissing = "rule_severity_missing"
        case cannotReadPipeline = "cannot_read_pipeline"
        case pipelineInvalid = "pipeline_invalid"
        case pipelineStageKind = "pipeline_stage_kind"
        case runInProgress = "run_in_progress"
        case noFinishedRun = "no_finished_run"
        case notAFinishedRun = "not_a_finished_run"
        case noRunYet = "no_run_yet"
        case pruneKeepTooSmall = "prune_keep_too_small"
        case runPruned = "run_pruned"
        case notABackup = "not_a_backup"
        case backupCorrupted = "backup_corrupted"
        case restoreTargetNotEmpty = "restore_target_not_empty"
        case backupToolFailed = "backup_tool_failed"
        case restoreCheckFailed = "restore_check_failed"
        case reportRunIncomplete = "report_run_incomplete"
        case reportProseEmpty = "report_prose_empty"
        case reportPDFUnavailable = "report_pdf_unavailable"
        case reportPDFFailed = "report_pdf_failed"
        case reportPDFTimedOut = "report_pdf_timed_out"
        case unknownFigureKey = "unknown_figure_key"
        case reportUnreadable = "report_unreadable"
        case unknownScoringEdition = "unknown_scoring_edition"
        case noScoringEdition = "no_scoring_edition"
        case scoringEditionInvalid = "scoring_edition_invalid"
        case scoringEditionWeights = "scoring_edition_weights"
        case notSignedInAccount = "not_signed_in_account"
        case unknownAccount = "unknown_account"
        case roleMayNotReview = "role_may_not_review"
        case unknownSubmission = "unknown_submission"
        case submissionRejected = "submission_rejected"
        case notInForce = "not_in_force"
        case outsideAccountUnits = "outside_account_units"
        case alreadyApproved = "already_approved"
        case approvedAndLocked = "approved_and_locked"
        case returnNeedsComment = "return_needs_comment"
        case unlockNeedsComment = "unlock_needs_comment"
        case notLocked = "not_locked"
        case warningsUnexplained = "warnings_unexplained"
        case roleMayNotExplain = "role_may_not_explain"
        case explanationNeedsText = "explanation_needs_text"
        case explanationTooLong = "explanation_too_long"
        case explainNotInForce = "explain_not_in_force"
        case explainLocked = "explain_locked"
        case unknownFinding = "unknown_finding"
        case errorNotExplainable = "error_not_explainable"
        case noExplanationToConfirm = "no_explanation_to_confirm"
        case notExplainedYet = "not_explained_yet"
        case rejectionNeedsComment = "rejection_needs_comment"
        case unlockIsPerUnit = "unlock_is_per_unit"
        case roleNeedsUnit = "role_needs_unit"
        case passwordTooShort = "password_too_short"
        case passwordNotAllowed = "password_not_allowed"
        case noPasswordOnStdin = "no_password_on_stdin"
        case passwordsDiffer = "passwords_differ"
        case accountExists = "account_exists"
        case accountNameNotAllowed = "account_name_not_allowed"
        case unknownRole = "unknown_role"
        case signInRequired = "sign_in_required"
        case badCredentials = "bad_credentials"
        case accountLockedOut = "account_locked_out"
        case csrfTokenMissing = "csrf_token_missing"
        case forbidden = "forbidden"
        case notFound = "not_found"
        case uploadTooLarge = "upload_too_large"
        case methodNotAllowed = "method_not_allowed"
        case requestNotProcessable = "request_not_processable"
        case internalError = "internal_error"
        case rawUploadUnreadable = "raw_upload_unreadable"
        case formUnreadable = "form_unreadable"
        case uploadFormUnreadable = "upload_form_unreadable"
        case textHasNul = "text_has_nul"
        case databaseUnavailable = "database_unavailable"
        case foreignOrigin = "foreign_origin"
        case uploadNotMultipart = "upload_not_multipart"
        case uploadWithoutFile = "upload_without_file"
        case missingUnit = "missing_unit"
        case missingYear = "missing_year"
        case invalidYear = "invalid_year"
        case invalidParameter = "invalid_parameter"
        case missingParameter = "missing_parameter"
    }

    /// Which refusal this is.
    public var kind: Kind {
        switch self {
        case .cannotRead: .cannotRead
        case .cannotReadFiles: .cannotReadFiles
        case .notARegularFile: .notARegularFile
        case .fileTooLarge: .fileTooLarge
        case .cannotWrite: .cannotWrite
        case .cannotCreateDirectory: .cannotCreateDirectory
        case .projectFilesNotFound: .projectFilesNotFound
        case .xlsxNeedsOutputFile: .xlsxNeedsOutputFile
        case .referenceNeedsFile: .referenceNeedsFile
        case .optionNeedsFormat: .optionNeedsFormat
        case .optionOutOfRange: .optionOutOfRange
        case .countOutOfRange: .countOutOfRange
        case .yearNotFourDigits: .yearNotFourDigits
        case .referenceTooSmall: .referenceTooSmall
        case .csvHeaderMissing: .csvHeaderMissing
        case .unknownUnit: .unknownUnit
        case .unknownParentUnit: .unknownParentUnit
        case .unitExists: .unitExists
        case .unitCodeNotAllowed: .unitCodeNotAllowed
        case .unitNeedsName: .unitNeedsName
        case .unitListProblems: .unitListProblems
        case .referenceTableProblems: .referenceTableProblems
        case .migrationEdited: .migrationEdited
        case .cannotRunProgram: .cannotRunProgram
        case .postgresNotFound: .postgresNotFound
        case .clusterStopFailed: .clusterStopFailed
        case .noPostgresUser: .noPostgresUser
        case .cannotHandToPostgres: .cannotHandToPostgres
        case .clusterHomeUnreachable: .clusterHomeUnreachable
        case .clusterLockFile: .clusterLockFile
        case .initdbFailed: .initdbFailed
        case .clusterStartFailed: .clusterStartFailed
        case .ruleHeaderMissing: .ruleHeaderMissing
        case .ruleHeaderFieldMissing: .ruleHeaderFieldMissing
        case .ruleSeverityMissing: .ruleSeverityMissing
        case .cannotReadPipeline: .cannotReadPipeline
        case .pipelineInvalid: .pipelineInvalid
        case .pipelineStageKind: .pipelineStageKind
        case .runInProgress: .runInProgress
        case .noFinishedRun: .noFinishedRun
        case .notAFinishedRun: .notAFinishedRun
        case .noRunYet: .noRunYet
        case .pruneKeepTooSmall: .pruneKeepTooSmall
        case .runPruned: .runPruned
        case .notABackup: .notABackup
        case .backupCorrupted: .backupCorrupted
        case .restoreTargetNotEmpty: .restoreTargetNotEmpty
        case .backupToolFailed: .backupToolFailed
        case .restoreCheckFailed: .restoreCheckFailed
        case .reportRunIncomplete: .reportRunIncomplete
        case .reportProseEmpty: .reportProseEmpty
        case .reportPDFUnavailable: .reportPDFUnavailable
        case .reportPDFFailed: .reportPDFFailed
        case .reportPDFTimedOut: .reportPDFTimedOut
        case .unknownFigureKey: .unknownFigureKey
        case .reportUnreadable: .reportUnreadable
        case .unknownScoringEdition: .unknownScoringEdition
        case .noScoringEdition: .noScoringEdition
        case .scoringEditionInvalid: .scoringEditionInvalid
        case .scoringEditionWeights: .scoringEditionWeights
        case .notSignedInAccount: .notSignedInAccount
        case .unknownAccount: .unknownAccount
        case .roleMayNotReview: .roleMayNotReview
        case .unknownSubmission: .unknownSubmission
        case .submissionRejected: .submissionRejected
        case .notInForce: .notInForce
        case .outsideAccountUnits: .outsideAccountUnits
        case .alreadyApproved: .alreadyApproved
        case .approvedAndLocked: .approvedAndLocked
        case .returnNeedsComment: .returnNeedsComment
        case .unlockNeedsComment: .unlockNeedsComment
        case .notLocked: .notLocked
        case .warningsUnexplained: .warningsUnexplained
        case .roleMayNotExplain: .roleMayNotExplain
        case .explanationNeedsText: .explanationNeedsText
        case .explanationTooLong: .explanationTooLong
        case .explainNotInForce: .explainNotInForce
        case .explainLocked: .explainLocked
        case .unknownFinding: .unknownFinding
        case .errorNotExplainable: .errorNotExplainable
        case .noExplanationToConfirm: .noExplanationToConfirm
        case .notExplainedYet: .notExplainedYet
        case .rejectionNeedsComment: .rejectionNeedsComment
        case .unlockIsPerUnit: .unlockIsPerUnit
        case .roleNeedsUnit: .roleNeedsUnit
        case .passwordTooShort: .passwordTooShort
        case .passwordNotAllowed: .passwordNotAllowed
        case .noPasswordOnStdin: .noPasswordOnStdin
        case .passwordsDiffer: .passwordsDiffer
        case .accountExists: .accountExists
        case .accountNameNotAllowed: .accountNameNotAllowed
        case .unknownRole: .unknownRole
        case .signInRequired: .signInRequired
        case .badCredentials: .badCredentials
        case .accountLockedOut: .accountLockedOut
        case .csrfTokenMissing: .csrfTokenMissing
        case .forbidden: .forbidden
        case .notFound: .notFound
        case .uploadTooLarge: .uploadTooLarge
        case .methodNotAllowed: .methodNotAllowed
        case .requestNotProcessable: .requestNotProcessable
        case .internalError: .internalError
        case .rawUploadUnreadable: .rawUploadUnreadable
        case .formUnreadable: .formUnreadable
        case .uploadFormUnreadable: .uploadFormUnreadable
        case .textHasNul: .textHasNul
        case .databaseUnavailable: .databaseUnavailable
        case .foreignOrigin: .foreignOrigin
        case .uploadNotMultipart: .uploadNotMultipart
        case .uploadWithoutFile: .uploadWithoutFile
        case .missingUnit: .missingUnit
        case .missingYear: .missingYear
        case .invalidYear: .invalidYear
        case .invalidParameter: .invalidParameter
        case .missingParameter: .missingParameter
        }
    }

    /// The refusal's stable snake_case code, e.g. `unknown_unit`.
    public var code: String { kind.rawValue }

    /// The codes of every refusal there is.
    public static var allCodes: Set<String> { Set(Kind.allCases.map(\.rawValue)) }
}
