import ReportCheck

/// The texts of every refusal: one exhaustive switch per language, so that a new refusal
/// does not build until it is worded in both.
extension Refusal {
    /// The refusal as a sentence in `language`, its arguments filled in.
    public func message(_ language: Language) -> String {
        switch language {
        case .en: english
        case .zh: chinese
        }
    }

    /// The command line's wording (its exit messages and tests depend on it).
    var english: String {
        switch self {
        case .cannotRead(let path, let reason): "cannot read \(path)" + (reason.map { ": \($0)" } ?? "")
        case .cannotReadFiles(let paths): "cannot read \(paths.joined(separator: ", "))"
        case .notARegularFile(let path): "\(path) is not a regular file"
        case .fileTooLarge(let path, let maximum): "\(path) is larger than \(maximum) bytes"
        case .cannotWrite(let path, let reason): "cannot write \(path)" + (reason.map { ": \($0)" } ?? "")
        case .cannotCreateDirectory(let path, let reason): "cannot create \(path): \(reason)"
        case .projectFilesNotFound:
            "cannot find Huizong's sql/ and pipelines/ files: set HUIZONG_SHARE to the directory that holds them"
        case .xlsxNeedsOutputFile: "xlsx is a binary file: give -o FILE.xlsx"
        case .referenceNeedsFile: "give --economic FILE, --functional FILE or both"
        case .optionNeedsFormat(let option, let format): "\(option) is for --format \(format) only"
        case .optionOutOfRange(let option, let range): "\(option) must be \(range.lowerBound)…\(range.upperBound)"
        case .countOutOfRange(let option, let maximum): "\(option) must be between 1 and \(maximum)"
        case .yearNotFourDigits: "--year must be a four-digit year"
        case .referenceTooSmall: "the shipped reference tables hold too few codes to generate from"
        case .csvHeaderMissing(let file): "\(file) lacks a code,level header"
        case .unknownUnit(let code): "unknown unit \(code)"
        case .unknownParentUnit(let code): "unknown parent unit \(code): register it first"
        case .unitExists(let code, let name): "unit \(code) already exists (\(name))"
        case .unitCodeNotAllowed(let code):
            "unit code \(code) is not allowed: use 1 to 32 letters, digits, '.', '_' or '-'"
        case .unitNeedsName(let code): "unit \(code) needs a name"
        case .unitListProblems(let problems):
            "the unit list has \(problems.count) problem(s):\n" + Self.lines(problems, separator: ": ")
        case .referenceTableProblems(let kind, let year, let source, let problems):
            "the \(kind.label) table for \(year) (\(source)) has \(problems.count) problem(s):\n"
                + Self.lines(problems, separator: ": ")
        case .migrationEdited(let name, let recorded, let now):
            "migration \(name) was edited after it was applied (recorded checksum \(recorded), "
                + "file now \(now ?? "?")): migrations are forward-only, add a new file instead"
        case .cannotRunProgram(let path, let reason): "cannot run \(path): \(reason)"
        case .postgresNotFound(let directory):
            "no PostgreSQL server found in \(directory)/*/bin: install Debian's `postgresql` package "
                + "or set DATABASE_URL to a server"
        case .clusterStopFailed(let output): "cannot stop the embedded PostgreSQL: \(output)"
        case .noPostgresUser: "there is no `postgres` user to run the embedded cluster as root"
        case .cannotHandToPostgres(let path): "cannot hand \(path) to the postgres user"
        case .clusterHomeUnreachable(let home, let closed):
            "the postgres user cannot reach \(home) (\(closed) is closed to others): "
                + "set HUIZONG_HOME to a directory it can reach, e.g. /var/lib/huizong"
        case .clusterLockFile(let directory): "cannot open the lock file in \(directory)"
        case .initdbFailed(let directory, let output): "initdb failed for \(directory):\n\(output)"
        case .clusterStartFailed(let output, let log): "cannot start the embedded PostgreSQL:\n\(output)\n\(log)"
        case .ruleHeaderMissing(let path, let id): "rule file \(path) must start with `-- rule: \(id)`"
        case .ruleHeaderFieldMissing(let path, let field): "rule file \(path) needs `-- \(field):` in its header"
        case .ruleSeverityMissing(let path): "rule file \(path) needs `-- severity: error` or `warning`"
        case .cannotReadPipeline(let path, let reason): "cannot read pipeline \(path): \(reason)"
        case .pipelineInvalid(let path, let reason): "pipeline \(path) is not valid: \(reason)"
        case .pipelineStageKind(let path, let stage):
            "pipeline \(path): stage \(stage) needs exactly one of `rules:`, `checks:` or `sql:`"
        case .runInProgress(let run, let node, let year):
            "\(run.map { "run \($0)" } ?? "another run") for \(node) \(year) is in progress; "
                + "try again when it has finished"
        case .noFinishedRun(let node, let year):
            "no finished run for \(node) in \(year): run `huizong run --unit \(node) --year \(year)` first"
        case .notAFinishedRun(let run, let node, let year): "run \(run) is not a finished run of \(node) for \(year)"
        case .noRunYet(let unit, let year): "no run for \(unit) in \(year) yet"
        case .pruneKeepTooSmall(let keep):
            "--keep must be at least 1 (the current run always keeps its results), found \(keep)"
        case .runPruned(let run, let node, let year):
            "run \(run) of \(node) for \(year) was pruned: its results are gone, its manifest and export hashes "
                + "remain (huizong runs)"
        case .notABackup(let path): "\(path) is not a Huizong backup"
        case .backupCorrupted(let path, let member):
            "\(path) is corrupted: \(member) does not match the SHA-256 in its manifest"
        case .restoreTargetNotEmpty(let target, let tables):
            "cannot restore into \(target): it holds \(tables) table(s); restore into a new, empty database "
                + "or a new HUIZONG_HOME"
        case .backupToolFailed(let program, let output): "\(program) failed:\n\(output)"
        case .restoreCheckFailed(let what, let expected, let found):
            "the restored database differs from the backup's manifest in \(what): expected \(expected), found \(found)"
        case .reportRunIncomplete(let run, let node, let year, let missing):
            "run \(run) of \(node) for \(year) is incomplete (no accepted submission from "
                + "\(missing.joined(separator: ", "))): the report needs a complete run; --draft writes a draft"
        case .reportProseEmpty: "the prose file is empty"
        case .reportPDFUnavailable(let program):
            "a PDF of the report needs LibreOffice (\(program)), which is not installed here; download the DOCX"
        case .reportPDFFailed(let program, let output): "\(program) could not convert the report to PDF:\n\(output)"
        case .reportPDFTimedOut(let program, let seconds):
            "\(program) did not convert the report to PDF within \(seconds) s and was stopped; try again later"
        case .unknownFigureKey(let key, let shapes):
            "unknown figure key \(key); a key is one of: \(shapes.joined(separator: ", "))"
        case .reportUnreadable(let error): Self.unreadableReport(error, .en)
        case .unknownScoringEdition(let name): "unknown scoring edition \(name) (pipelines/scoring/\(name).yaml)"
        case .noScoringEdition(let year): "no scoring edition for \(year) in pipelines/scoring: name one with --edition"
        case .scoringEditionInvalid(let path, let reason): "scoring edition \(path) is not valid: \(reason)"
        case .scoringEditionWeights(let edition, let level, let expected, let found):
            "the weights of scoring edition \(edition) do not add up: "
                + "\(level.isEmpty ? "the funds row and the levels" : level) add to \(found), expected \(expected)"
        case .notSignedInAccount(let actor, let account): "\(actor) is not the signed-in account (\(account))"
        case .unknownAccount(let name): "unknown account \(name)"
        case .roleMayNotReview(let account, let role, let action):
            "account \(account) is \(role == .accountant ? "an" : "a") \(role.rawValue): "
                + "only the finance office or an admin may \(Self.englishTask(action))"
        case .unknownSubmission(let id): "unknown submission \(id)"
        case .submissionRejected(let id, let action): "cannot \(action.rawValue) submission \(id): it was rejected"
        case .notInForce(let id, let action, let unit, let year, let current):
            "cannot \(action.rawValue) submission \(id): it is not the submission in force for \(unit) \(year) "
                + "(\(current.map { "submission \($0) is" } ?? "none is"))"
        case .outsideAccountUnits(let unit, let account): "unit \(unit) is outside the units of account \(account)"
        case .alreadyApproved(let submission, let unit, let year, let by, let on):
            "cannot approve submission \(submission): \(unit) \(year) is already approved (by \(by) on \(on))"
        case .approvedAndLocked(let submission, let unit, let year, let by, let on):
            "cannot return submission \(submission): \(unit) \(year) is approved and locked "
                + "(by \(by) on \(on)); unlock it first"
        case .returnNeedsComment: "returning a submission needs a comment for the unit's accountant"
        case .unlockNeedsComment: "unlocking needs a comment saying why"
        case .notLocked(let unit, let year): "cannot unlock \(unit) \(year): it is not locked"
        case .unlockIsPerUnit: "unlocking is for a unit and year, not for a submission"
        case .warningsUnexplained(let submission, let warnings):
            "cannot approve submission \(submission): \(warnings.count) warning(s) have no explanation from the unit "
                + "yet: "
                + warnings.map { "\($0.finding) (\($0.code)\($0.line.map { ", line \($0)" } ?? ""))" }
                .joined(separator: ", ")
        case .roleMayNotExplain(let account, let role, let decide):
            "account \(account) is \(role == .accountant || role == .admin ? "an" : "a") \(role.rawValue): only "
                + (decide ? "the finance office or an admin may decide on" : "the unit's accountant may write")
                + " an explanation"
        case .explanationNeedsText: "an explanation needs a text saying why the figure is right"
        case .explanationTooLong(let maximum): "an explanation holds at most \(maximum) characters"
        case .explainNotInForce(let submission, let unit, let year):
            "cannot explain findings of submission \(submission): it is not the submission in force for \(unit) \(year)"
        case .explainLocked(let submission, let unit, let year, let by, let on):
            "cannot explain findings of submission \(submission): \(unit) \(year) is approved and locked "
                + "(by \(by) on \(on))"
        case .unknownFinding(let finding, let submission): "unknown finding \(finding) of submission \(submission)"
        case .errorNotExplainable(let finding, let submission):
            "finding \(finding) of submission \(submission) is an error: errors cannot be explained, "
                + "correct the file and upload it again"
        case .noExplanationToConfirm(let finding, let submission):
            "finding \(finding) of submission \(submission) has no earlier explanation to confirm"
        case .notExplainedYet(let finding, let submission):
            "finding \(finding) of submission \(submission) has no explanation yet"
        case .rejectionNeedsComment: "rejecting an explanation needs a comment for the unit's accountant"
        case .roleNeedsUnit(let role): "the \(role.rawValue) role needs --unit"
        case .passwordTooShort(let minimum): "a password needs at least \(minimum) characters"
        case .passwordNotAllowed(let maximum):
            "a password holds at most \(maximum) bytes (UTF-8) and no NUL character"
        case .noPasswordOnStdin: "no password on stdin"
        case .passwordsDiffer: "the passwords differ"
        case .accountExists(let name): "account \(name) exists"
        case .accountNameNotAllowed: "an account name is 1 to 64 letters, digits, '_', '.', '@' or '-'"
        case .unknownRole: "the role must be accountant, office or admin"
        case .signInRequired: "sign in first"
        case .badCredentials:
            "wrong account name or password (\(AccountStore.maxFailures) wrong passwords in a row lock an account for \(AccountStore.lockMinutes) minutes)"
        case .accountLockedOut(let minutes):
            "too many failed sign-ins: the account is locked for now, try again in \(minutes) minutes"
        case .csrfTokenMissing: "the request lacks a valid CSRF token: reload the page and try again"
        case .forbidden: "your account may not do this"
        case .notFound: "nothing was found at this address"
        case .uploadTooLarge(let limit): "the upload is over the size limit" + (limit.map { " (\($0) MB)" } ?? "")
        case .methodNotAllowed: "this request method is not supported"
        case .requestNotProcessable(let status): "the request cannot be processed (\(status))"
        case .internalError: "internal server error: try again later or ask the administrator"
        case .rawUploadUnreadable(let id): "the uploaded file of submission \(id) cannot be read"
        case .formUnreadable(let problem): "the request cannot be read: \(problem.english)"
        case .uploadFormUnreadable(let problem): "the upload form cannot be read: \(problem.english)"
        case .textHasNul(let field?): "field \(field) contains a NUL character, which text cannot hold"
        case .textHasNul(nil): "the request contains a NUL character, which text cannot hold"
        case .databaseUnavailable: "the database is unavailable: try again in a few minutes"
        case .foreignOrigin(let origin): "a sign-in from another site (\(origin)) is refused"
        case .uploadNotMultipart: "an upload must be a multipart/form-data form"
        case .uploadWithoutFile: "choose a file to upload (form field file)"
        case .missingUnit: "give the unit (unit)"
        case .missingYear: "give the year (year)"
        case .invalidYear(let text): "the year (year) must be four digits, not “\(text)”"
        case .invalidParameter(let name, let value, let accepted):
            "parameter \(name) must be \(Self.choice(accepted, .en)), not “\(value)”"
        case .missingParameter(let name, let accepted):
            "parameter \(name) is missing (it takes \(Self.choice(accepted, .en)))"
        }
    }

    /// The portal's wording: plain, formal Chinese as a finance office reads it.
    var chinese: String {
        switch self {
        case .cannotRead(let path, let reason): "无法读取 \(path)" + (reason.map { "：\($0)" } ?? "") + "。"
        case .cannotReadFiles(let paths): "无法读取以下文件：\(paths.joined(separator: "、"))。"
        case .notARegularFile(let path): "\(path) 不是普通文件。"
        case .fileTooLarge(let path, let maximum): "\(path) 超过 \(maximum) 字节。"
        case .cannotWrite(let path, let reason): "无法写入 \(path)" + (reason.map { "：\($0)" } ?? "") + "。"
        case .cannotCreateDirectory(let path, let reason): "无法创建目录 \(path)：\(reason)。"
        case .projectFilesNotFound:
            "找不到汇总程序的 sql/ 和 pipelines/ 文件：请将环境变量 HUIZONG_SHARE 设为存放这些文件的目录。"
        case .xlsxNeedsOutputFile: "xlsx 是二进制文件，不能输出到终端：请用 -o 指定输出文件（如 -o 汇总.xlsx）。"
        case .referenceNeedsFile: "请用 --economic 指定经济分类文件、用 --functional 指定功能分类文件，或同时指定两者。"
        case .optionNeedsFormat(let option, let format): "\(option) 只用于 --format \(format)。"
        case .optionOutOfRange(let option, let range): "\(option) 应在 \(range.lowerBound) 到 \(range.upperBound) 之间。"
        case .countOutOfRange(let option, let maximum): "\(option) 应在 1 到 \(maximum) 之间。"
        case .yearNotFourDigits: "--year 应为四位数的年度。"
        case .referenceTooSmall: "随程序提供的分类表代码太少，无法据此生成数据。"
        case .csvHeaderMissing(let file): "\(file) 缺少 code,level 表头。"
        case .unknownUnit(let code): "未登记的单位 \(code)。"
        case .unknownParentUnit(let code): "上级单位 \(code) 尚未登记，请先添加它。"
        case .unitExists(let code, let name): "单位 \(code) 已存在（\(name)）。"
        case .unitCodeNotAllowed(let code): "单位代码 \(code) 不可用：只能由 1 到 32 个字母、数字、“.”、“_”或“-”组成。"
        case .unitNeedsName(let code): "单位 \(code) 需要名称。"
        case .unitListProblems(let problems):
            "单位清单有 \(problems.count) 处问题：\n" + Self.lines(problems, separator: "：")
        case .referenceTableProblems(let kind, let year, let source, let problems):
            "\(year) 年度\(Self.chineseName(kind))表（\(source)）有 \(problems.count) 处问题：\n"
                + Self.lines(problems, separator: "：")
        case .migrationEdited(let name, let recorded, let now):
            "迁移文件 \(name) 在应用之后被修改过（记录的校验和为 \(recorded)，文件现在的校验和为 \(now ?? "?")）："
                + "迁移只能向前，请另加一个新文件。"
        case .cannotRunProgram(let path, let reason): "无法运行 \(path)：\(reason)。"
        case .postgresNotFound(let directory):
            "在 \(directory)/*/bin 中找不到 PostgreSQL 服务器：请安装 Debian 的 postgresql 软件包，"
                + "或将 DATABASE_URL 设为一个数据库服务器。"
        case .clusterStopFailed(let output): "无法停止内置的 PostgreSQL：\(output)"
        case .noPostgresUser: "以 root 身份运行时，内置数据库需要系统用户 postgres，但该用户不存在。"
        case .cannotHandToPostgres(let path): "无法将 \(path) 交给 postgres 用户。"
        case .clusterHomeUnreachable(let home, let closed):
            "postgres 用户无法访问 \(home)（\(closed) 不对其他用户开放）："
                + "请将 HUIZONG_HOME 设为它能访问的目录，例如 /var/lib/huizong。"
        case .clusterLockFile(let directory): "无法打开 \(directory) 中的锁文件。"
        case .initdbFailed(let directory, let output): "为 \(directory) 初始化数据库（initdb）失败：\n\(output)"
        case .clusterStartFailed(let output, let log): "无法启动内置的 PostgreSQL：\n\(output)\n\(log)"
        case .ruleHeaderMissing(let path, let id): "规则文件 \(path) 必须以 `-- rule: \(id)` 开头。"
        case .ruleHeaderFieldMissing(let path, let field): "规则文件 \(path) 的文件头缺少 `-- \(field):` 一行。"
        case .ruleSeverityMissing(let path): "规则文件 \(path) 需要一行 `-- severity: error` 或 `-- severity: warning`。"
        case .cannotReadPipeline(let path, let reason): "无法读取汇总流程文件 \(path)：\(reason)。"
        case .pipelineInvalid(let path, let reason): "汇总流程文件 \(path) 无效：\(reason)"
        case .pipelineStageKind(let path, let stage):
            "汇总流程文件 \(path)：步骤 \(stage) 必须且只能有 `rules:`、`checks:`、`sql:` 三者之一。"
        case .runInProgress(let run, let node, let year):
            "单位 \(node) \(year) 年度的\(run.map { "汇总 #\($0)" } ?? "另一个汇总")正在进行，请等它结束后再试。"
        case .noFinishedRun(let node, let year):
            "单位 \(node) \(year) 年度还没有完成的汇总：请先在“报送情况”页面点击“立即汇总”。"
        case .notAFinishedRun(let run, let node, let year): "汇总 #\(run) 不是单位 \(node) \(year) 年度已完成的汇总。"
        case .noRunYet(let unit, let year): "单位 \(unit) \(year) 年度还没有汇总。"
        case .pruneKeepTooSmall(let keep): "--keep 至少为 1（当前汇总的结果始终保留），现为 \(keep)。"
        case .runPruned(let run, let node, let year):
            "单位 \(node) \(year) 年度的第 \(run) 次汇总已清理：明细结果已删除，清单和导出文件的哈希仍保留。"
        case .notABackup(let path): "\(path) 不是汇总系统的备份文件。"
        case .backupCorrupted(let path, let member): "备份文件 \(path) 已损坏：\(member) 与清单中的 SHA-256 不符。"
        case .restoreTargetNotEmpty(let target, let tables):
            "不能恢复到 \(target)：其中已有 \(tables) 张表；请恢复到新的空数据库或新的 HUIZONG_HOME。"
        case .backupToolFailed(let program, let output): "\(program) 运行失败：\n\(output)"
        case .restoreCheckFailed(let what, let expected, let found):
            "恢复后的数据库与备份清单不符（\(what)）：应为 \(expected)，实为 \(found)。"
        case .reportRunIncomplete(let run, let node, let year, let missing):
            "单位 \(node) \(year) 年度的汇总 #\(run) 不完整（缺少单位：\(missing.joined(separator: "、"))），"
                + "自评报告需要完整的汇总；如需草稿，请加 --draft。"
        case .reportProseEmpty: "报告文字文件为空。"
        case .reportPDFUnavailable(let program):
            "生成 PDF 需要 LibreOffice（\(program)），本服务器未安装；请下载 DOCX 格式。"
        case .reportPDFFailed(let program, let output): "\(program) 未能将报告转换为 PDF：\n\(output)"
        case .reportPDFTimedOut(let program, let seconds):
            "\(program) 在 \(seconds) 秒内未完成 PDF 转换，已被终止；请稍后再试。"
        case .unknownFigureKey(let key, let shapes):
            "没有这个数字：\(key)。可用的形式：\(shapes.joined(separator: "、"))。"
        case .reportUnreadable(let error): Self.unreadableReport(error, .zh)
        case .unknownScoringEdition(let name): "没有名为 \(name) 的评分版本。"
        case .noScoringEdition(let year): "没有适用于 \(year) 年度的评分版本，请指定评分版本。"
        case .scoringEditionInvalid(let path, let reason): "评分版本文件 \(path) 无效：\(reason)"
        case .scoringEditionWeights(let edition, let level, let expected, let found):
            "评分版本 \(edition) 的分值不平衡：\(level.isEmpty ? "预算执行与各一级指标" : "“\(level)”下各项")合计为 \(found)，应为 \(expected)。"
        case .notSignedInAccount(let actor, let account): "\(actor) 不是当前登录的账号（\(account)）。"
        case .unknownAccount(let name): "没有名为 \(name) 的账号。"
        case .roleMayNotReview(let account, let role, let action):
            "账号 \(account) 的角色是\(Self.chineseName(role))：只有财务科或管理员可以\(Self.chineseTask(action))。"
        case .unknownSubmission(let id): "没有找到提交 #\(id)。"
        case .submissionRejected(let id, let action): "提交 #\(id) 已被拒收，不能\(Self.chineseVerb(action))。"
        case .notInForce(let id, let action, let unit, let year, let current):
            "提交 #\(id) 不是单位 \(unit) \(year) 年度的有效版本（\(current.map { "有效的是提交 #\($0)" } ?? "目前没有有效版本")），"
                + "不能\(Self.chineseVerb(action))。"
        case .outsideAccountUnits(let unit, let account): "单位 \(unit) 不在账号 \(account) 的管辖范围内。"
        case .alreadyApproved(_, let unit, let year, let by, let on): "单位 \(unit) \(year) 年度已由 \(by) 于 \(on) 审核通过。"
        case .approvedAndLocked(_, let unit, let year, let by, let on):
            "单位 \(unit) \(year) 年度已由 \(by) 于 \(on) 审核通过并锁定，请先解锁再退回。"
        case .returnNeedsComment: "退回需要填写原因，单位会计会看到它。"
        case .unlockNeedsComment: "解锁需要填写原因。"
        case .notLocked(let unit, let year): "单位 \(unit) \(year) 年度没有锁定，无需解锁。"
        case .unlockIsPerUnit: "解锁针对单位和年度，而不是某次提交。"
        case .warningsUnexplained(let submission, let warnings):
            "提交 #\(submission) 还有 \(warnings.count) 条警告没有单位的审核说明，暂不能审核通过："
                + warnings.map {
                    "\($0.finding)（\(MessageCatalogue.template(code: $0.code, problem: nil).name[.zh] ?? $0.code)"
                        + "\($0.line.map { "，第 \($0) 行" } ?? "")）"
                }
                .joined(separator: "、") + "。"
        case .roleMayNotExplain(let account, let role, let decide):
            "账号 \(account) 的角色是\(Self.chineseName(role))："
                + (decide ? "只有财务科或管理员可以审定审核说明。" : "只有本单位会计可以填写审核说明。")
        case .explanationNeedsText: "审核说明不能为空，请写明数字为何无误。"
        case .explanationTooLong(let maximum): "审核说明最多 \(maximum) 个字。"
        case .explainNotInForce(let submission, let unit, let year):
            "提交 #\(submission) 不是单位 \(unit) \(year) 年度的有效版本，不能为它填写审核说明。"
        case .explainLocked(let submission, let unit, let year, let by, let on):
            "单位 \(unit) \(year) 年度已由 \(by) 于 \(on) 审核通过并锁定，不能再为提交 #\(submission) 填写审核说明。"
        case .unknownFinding(let finding, let submission): "提交 #\(submission) 没有编号为 \(finding) 的问题。"
        case .errorNotExplainable(let finding, let submission):
            "提交 #\(submission) 的问题 \(finding) 是错误，不能用审核说明代替：请改正文件后重新上传。"
        case .noExplanationToConfirm(let finding, let submission):
            "提交 #\(submission) 的问题 \(finding) 没有以前的审核说明可以沿用。"
        case .notExplainedYet(let finding, let submission): "提交 #\(submission) 的问题 \(finding) 还没有审核说明。"
        case .rejectionNeedsComment: "不接受审核说明时需要填写意见，单位会计会看到它。"
        case .roleNeedsUnit: "单位会计和财务科账号需要指定单位。"
        case .passwordTooShort(let minimum): "密码至少需要 \(minimum) 个字符。"
        case .passwordNotAllowed(let maximum): "密码最多 \(maximum) 个字节，且不能含空字符。"
        case .noPasswordOnStdin: "标准输入中没有密码。"
        case .passwordsDiffer: "两次输入的密码不一致。"
        case .accountExists(let name): "账号 \(name) 已存在。"
        case .accountNameNotAllowed: "用户名只能由字母、数字和 _ . @ - 组成，最多 64 个字符。"
        case .unknownRole: "角色应为单位会计、财务科或管理员。"
        case .signInRequired: "请先登录。"
        case .badCredentials:
            "用户名或密码错误（连续输错 \(AccountStore.maxFailures) 次，账号将锁定 \(AccountStore.lockMinutes) 分钟）。"
        case .accountLockedOut(let minutes): "登录失败次数过多，账号已暂时锁定，请 \(minutes) 分钟后再试。"
        case .csrfTokenMissing: "请求缺少有效的 CSRF 令牌，请刷新页面后重试。"
        case .forbidden: "您的账号无权进行此操作。"
        case .notFound: "没有找到所请求的内容。"
        case .uploadTooLarge(let limit): "上传内容超过大小限制" + (limit.map { "（\($0) MB）" } ?? "") + "。"
        case .methodNotAllowed: "不支持此请求方法。"
        case .requestNotProcessable(let status): "请求无法处理（\(status)）。"
        case .internalError: "服务器内部错误，请稍后再试或联系管理员。"
        case .rawUploadUnreadable(let id): "提交 #\(id) 的原始文件无法读取。"
        case .formUnreadable(let problem): "请求无法读取：\(problem.chinese)"
        case .uploadFormUnreadable(let problem): "上传表单无法读取：\(problem.chinese)"
        case .textHasNul(let field?): "字段 \(field) 含有空字符，无法保存。"
        case .textHasNul(nil): "请求中含有空字符，无法保存。"
        case .databaseUnavailable: "数据库暂时无法访问，请几分钟后再试。"
        case .foreignOrigin(let origin): "拒绝来自其他网站（\(origin)）的登录请求。"
        case .uploadNotMultipart: "上传应为 multipart/form-data 表单。"
        case .uploadWithoutFile: "请选择要上传的文件（表单字段 file）。"
        case .missingUnit: "请指定单位（unit）。"
        case .missingYear: "请指定年度（year）。"
        case .invalidYear(let text): "年度（year）应为四位数字，收到的是“\(text)”。"
        case .invalidParameter(let name, let value, let accepted):
            "参数 \(name) 应为 \(Self.choice(accepted, .zh))，收到的是“\(value)”。"
        case .missingParameter(let name, let accepted): "缺少参数 \(name)（应为 \(Self.choice(accepted, .zh))）。"
        }
    }

    /// The rows of a table's problems, one indented line each.
    private static func lines(_ problems: [TableProblem], separator: String) -> String {
        problems.map { "  \($0.code)\(separator)\($0.problem)" }.joined(separator: "\n")
    }

    /// `a, b or c` / `a、b 或 c`.
    private static func choice(_ values: [String], _ language: Language) -> String {
        guard let last = values.last, values.count > 1 else { return values.last ?? "" }
        let head = values.dropLast()
        switch language {
        case .en: return head.joined(separator: ", ") + " or " + last
        case .zh: return head.joined(separator: "、") + " 或 " + last
        }
    }

    /// What only the office or an admin may do, after "may".
    private static func englishTask(_ action: ReviewAction) -> String {
        switch action {
        case .approve: "approve a submission"
        case .return: "return a submission"
        case .unlock: "unlock a unit"
        }
    }

    private static func chineseTask(_ action: ReviewAction) -> String {
        switch action {
        case .approve: "审核通过提交"
        case .return: "退回提交"
        case .unlock: "为单位解锁"
        }
    }

    private static func chineseVerb(_ action: ReviewAction) -> String {
        switch action {
        case .approve: "审核通过"
        case .return: "退回"
        case .unlock: "解锁"
        }
    }

    private static func chineseName(_ role: AccountStore.Role) -> String {
        switch role {
        case .accountant: "单位会计"
        case .office: "财务科"
        case .admin: "管理员"
        }
    }

    private static func chineseName(_ kind: ClassificationKind) -> String {
        switch kind {
        case .econ: "支出经济分类"
        case .func: "支出功能分类"
        }
    }
}

extension Refusal {
    /// Why a report's text cannot be checked, as `huizong check-report` says it on stderr.
    static func unreadableReport(_ error: ReportReadError, _ language: Language) -> String {
        let zh = language == .zh
        switch error {
        case .unreadable(let path): return zh ? "无法读取文件 \(path)" : "cannot read \(path)"
        case .unsupportedType(let path, let type):
            return zh
                ? "\(path)：不支持的文件类型“\(type)”，应为 docx、txt 或 md"
                : "\(path): a .\(type) file; check-report reads .docx, .txt and .md"
        case .encoding(let path):
            return zh ? "\(path)：既不是 UTF-8 也不是 GB18030 编码的文本" : "\(path): neither UTF-8 nor GB18030 text"
        case .damagedDocx(let path, let problem):
            return zh ? "\(path)：无法读取的 DOCX 文件（\(problem)）" : "\(path): not a readable DOCX file (\(problem))"
        }
    }
}
