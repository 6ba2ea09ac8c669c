import Foundation

/// The text of progress lines, kept apart from drawing them so it can be tested.
public enum ProgressText {
    /// Braille spinner frames, one per tick.
    static let spinner: [Character] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

    /// The spinner character for tick number `tick`.
    static func spinnerFrame(_ tick: Int) -> Character {
        spinner[((tick % spinner.count) + spinner.count) % spinner.count]
    }

    /// Elapsed time as people read it: `0.4s`, `12.3s`, `1m04s`, `1h02m`.
    public static func elapsed(_ seconds: Double) -> String {
        let seconds = max(0, seconds)
        if seconds < 60 { return String(format: "%.1fs", seconds) }
        let whole = Int(seconds)
        if whole < 3_600 { return String(format: "%dm%02ds", whole / 60, whole % 60) }
        return String(format: "%dh%02dm", whole / 3_600, (whole % 3_600) / 60)
    }

    /// Waiting for one build: `⠋ ZB91c2… building 1.4s`.
    public static func awaitingOne(sid: String, status: String, elapsed seconds: Double, tick: Int) -> String {
        "\(spinnerFrame(tick)) \(sid) \(status) \(elapsed(seconds))"
    }

    /// Waiting for many builds: `⠋ 3/10 builds finished · 1 failed · 7 building · 4.2s`.
    public static func awaitingMany(
        finished: Int, total: Int, failed: Int, elapsed seconds: Double, tick: Int
    ) -> String {
        "\(spinnerFrame(tick)) \(finished)/\(total) builds finished · \(failed) failed · "
            + "\(total - finished) building · \(elapsed(seconds))"
    }

    /// A `foreach ... parallel` loop: `████████░░░░ 21/42 · failed 0 · 1.3s` when the total is
    /// known, `⠋ 21 done · failed 0 · 1.3s` when it is not.
    public static func loop(done: Int, total: Int?, failed: Int, elapsed seconds: Double, tick: Int, width: Int = 20)
        -> String
    {
        let tail = "failed \(failed) · \(elapsed(seconds))"
        guard let total, total > 0 else { return "\(spinnerFrame(tick)) \(done) done · \(tail)" }
        let filled = min(width, max(0, done * width / total))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        return "\(bar) \(done)/\(total) · \(tail)"
    }
}
