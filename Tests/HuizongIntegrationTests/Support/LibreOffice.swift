import Foundation
import Testing

/// LibreOffice Calc run headless, to open the workbooks Huizong writes in a real office
/// suite. Installed by `.ci/run` (Debian `libreoffice-calc`, `libreoffice-writer`); tests that need it are
/// enabled only when `soffice` is on the PATH.
enum LibreOffice {
    /// The `soffice` executable, nil when LibreOffice is not installed.
    static let executable: String? = {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        return paths.map { "\($0)/soffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static var available: Bool { executable != nil }

    /// Converts every sheet of each workbook to CSV (UTF-8, cells as shown), one file per
    /// sheet named `STEM-SHEET.csv` in `directory`; returns the CSV texts by that file name.
    static func sheetsAsCSV(_ workbooks: [URL], into directory: URL) throws -> [String: String] {
        let executable = try #require(executable)
        // A profile of its own, so that tests converting at the same time do not collide.
        let profile = directory.appendingPathComponent("profile")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments =
            [
                "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", "--outdir",
                directory.path,
            ] + workbooks.map(\.path)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "soffice exited \(process.terminationStatus)")
        var sheets: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".csv") {
            sheets[name] = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        }
        return sheets
    }

    /// The records of a CSV text LibreOffice wrote (RFC 4180 quoting).
    static func records(_ text: String) -> [[String]] {
        let characters = Array(text)
        var records: [[String]] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var index = 0
        while index < characters.count {
            let character = characters[index]
            index += 1
            if quoted {
                if character != "\"" {
                    field.append(character)
                } else if index < characters.count && characters[index] == "\"" {
                    field.append("\"")
                    index += 1
                } else {
                    quoted = false
                }
                continue
            }
            switch character {
            case "\"": quoted = true
            case ",":
                fields.append(field)
                field = ""
            case "\n", "\r\n":
                records.append(fields + [field])
                (fields, field) = ([], "")
            default: field.append(character)
            }
        }
        if !field.isEmpty || !fields.isEmpty { records.append(fields + [field]) }
        return records
    }
}

extension LibreOffice {
    /// Whether LibreOffice Writer is installed beside `soffice` (Debian `libreoffice-writer`):
    /// without it `soffice` cannot open a DOCX.
    static let writerAvailable: Bool = {
        guard let executable else { return false }
        let program = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        let registry = program.deletingLastPathComponent().appendingPathComponent("share/registry/writer.xcd")
        return FileManager.default.fileExists(atPath: registry.path)
    }()

    /// Converts `document` with `filter` (`pdf`, `txt:Text (encoded):UTF8`) into `directory`;
    /// returns the converted file.
    static func convert(_ document: URL, to filter: String, extension suffix: String, into directory: URL) throws
        -> URL
    {
        let executable = try #require(executable)
        let profile = directory.appendingPathComponent("profile")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--convert-to", filter, "--outdir",
            directory.path, document.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "soffice exited \(process.terminationStatus)")
        let converted = directory.appendingPathComponent(
            document.deletingPathExtension().lastPathComponent + "." + suffix)
        try #require(FileManager.default.fileExists(atPath: converted.path), "soffice wrote no \(suffix)")
        return converted
    }
}
