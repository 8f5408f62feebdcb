import Foundation

/// Progress of a many-file `submit` on stderr — files done, rows per second, time left —
/// shown only when stderr is a terminal, so logs and pipes stay clean.
struct SubmitProgress {
    let total: Int
    let enabled = isatty(STDERR_FILENO) == 1
    let started = Date()
    var files = 0
    var rows = 0

    init(total: Int) {
        self.total = total
    }

    /// Counts one file and redraws the line.
    mutating func fileDone(records: Int) {
        files += 1
        rows += records
        guard enabled, total > 1 else { return }
        let seconds = max(Date().timeIntervalSince(started), 0.001)
        let rate = Int(Double(rows) / seconds)
        let left = Int(seconds / Double(files) * Double(total - files))
        let line = "\r\(files)/\(total) files, \(rows) rows, \(rate) rows/s, about \(left) s left "
        FileHandle.standardError.write(Data(line.utf8))
        if files == total { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    /// Erases the progress line so the next report starts on a clean line.
    func clear() {
        guard enabled, total > 1, files > 0, files < total else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
