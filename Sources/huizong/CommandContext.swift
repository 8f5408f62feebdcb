import ArgumentParser
import Foundation
import HuizongCore
import Logging
import Postgres

/// What a command needs: its logger, the shipped files and a database connection.
struct CommandContext {
    let logger: Logger
    let files: ProjectFiles
    let connection: Connection

    /// Runs `body` with a context, turning Huizong's errors into their documented exit codes.
    static func run<T>(_ options: GlobalOptions, _ body: (CommandContext) throws -> T) throws -> T {
        do {
            let logger = makeLogger()
            let files = try ProjectFiles.locate()
            let connection = try DatabaseTarget.resolve(option: options.database).connect(files: files, logger: logger)
            defer { connection.close() }
            return try body(CommandContext(logger: logger, files: files, connection: connection))
        } catch {
            throw exit(for: error)
        }
    }

    /// Runs `body` without a database.
    static func offline<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw exit(for: error) }
    }

    /// Prints the error (in English, or in Chinese with `HUIZONG_LANG=zh`) and maps it to an
    /// exit code (spec/cli.md).
    static func exit(for error: Error) -> Error {
        switch error {
        case let error as HuizongError:
            printError(error.message(.fromEnvironment()))
            return ExitCode(error.exitCode)
        case let error as PostgresError:
            printError("database: \(error)")
            return ExitCode(5)
        case let error as ExitCode:
            return error
        default:
            printError("\(error)")
            return ExitCode(1)
        }
    }

    /// A refusal of the command's arguments, which ArgumentParser prints with the usage.
    static func invalid(_ refusal: Refusal) -> ValidationError {
        ValidationError(refusal.message(.fromEnvironment()))
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data("huizong: \(message)\n".utf8))
    }

    /// A logger to stderr at `HUIZONG_LOG_LEVEL`, else `level` (commands: warnings; the
    /// portal: its access lines, at info).
    static func makeLogger(label: String = "huizong", level: Logger.Level = .warning) -> Logger {
        LoggingSystem.bootstrapOnce()
        var logger = Logger(label: label)
        let chosen = ProcessInfo.processInfo.environment["HUIZONG_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:))
        logger.logLevel = chosen ?? level
        return logger
    }
}

extension LoggingSystem {
    nonisolated(unsafe) private static var bootstrapped = false

    /// Logs go to stderr; stdout is for people.
    static func bootstrapOnce() {
        guard !bootstrapped else { return }
        bootstrapped = true
        bootstrap(StreamLogHandler.standardError)
    }
}
