import Foundation

/// Progress of long work on stderr: a bar redrawn in place when stderr is a terminal, a plain
/// line now and then when it is not (a log file, a batch job), nothing when quiet. Nothing at
/// all for work done within about a second. Safe to update from any thread.
final class ProgressBar: @unchecked Sendable {
    enum Style { case bar, lines, quiet }

    private let lock = NSLock()
    private let console: Console
    private let style: Style
    private let unit: String
    private let clock: @Sendable () -> Double
    private let start: Double
    /// (time, done) now and then over the last ``window`` seconds: the rate is measured over
    /// them, so the time left follows the work as it gets heavier or lighter.
    private var samples: [(time: Double, done: Int)] = []
    private var lastDraw = -Double.infinity
    private var drawn = false

    /// Nothing is shown before this many seconds.
    static let delay = 1.0
    /// Seconds between redraws of the bar, and between plain lines.
    static let barInterval = 0.1, lineInterval = 10.0
    static let width = 28
    static let window = 10.0

    init(console: Console, quiet: Bool, unit: String = "runs",
         clock: @escaping @Sendable () -> Double = { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }) {
        self.console = console
        style = quiet ? .quiet : console.errorIsTerminal ? .bar : .lines
        self.unit = unit
        self.clock = clock
        start = clock()
    }

    /// `done` of `total` units finished (counting those found finished before this run).
    func update(done: Int, total: Int) {
        lock.withLock {
            guard style != .quiet else { return }
            let now = clock(), elapsed = now - start
            if samples.isEmpty { samples.append((start, max(0, done - 1))) }
            if let last = samples.last, now - last.time >= 0.5 { samples.append((now, done)) }
            while samples.count > 2, now - samples[1].time >= Self.window { samples.removeFirst() }
            let interval = style == .bar ? Self.barInterval : Self.lineInterval
            guard elapsed >= Self.delay, now - lastDraw >= interval || done == total && style == .bar else { return }
            lastDraw = now
            let text = line(done: done, total: total, now: now)
            if style == .bar {
                console.status("\r\(text)\u{1B}[K")
                drawn = true
            } else {
                console.error(text)
            }
        }
    }

    /// Clears the bar so what follows starts on a clean line.
    func finish() {
        lock.withLock {
            if drawn { console.status("\r\u{1B}[K") }
            drawn = false
        }
    }

    /// `[#######.......]  120/700  17%  12.3 runs/s  about 47 s left`
    func line(done: Int, total: Int, now: Double) -> String {
        let share = total > 0 ? min(1, Double(done) / Double(total)) : 0
        let oldest = samples.first ?? (start, 0)
        let rate = now > oldest.time ? Double(done - oldest.done) / (now - oldest.time) : 0
        var text = "\(done)/\(total) \(unit)  \(Int((share * 100).rounded(.down)))%"
        if rate > 0 {
            text += "  " + (rate >= 10 ? String(format: "%.0f", rate) : String(format: "%.1f", rate)) + " \(unit)/s"
            if done < total { text += "  about \(Self.duration(Double(total - done) / rate)) left" }
        }
        guard style == .bar else { return "progress: " + text }
        let filled = Int((share * Double(Self.width)).rounded(.down))
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: Self.width - filled) + "] " + text
    }

    /// `47 s`, `3 min 20 s`, `2 h 05 min`.
    static func duration(_ seconds: Double) -> String {
        // A first estimate from a tiny rate can exceed Int: beyond a thousand hours it says so.
        guard seconds.isFinite, seconds < 3_600_000 else { return seconds.isFinite ? "over 1000 h" : "?" }
        let whole = Int(seconds.rounded(.up))
        if whole < 60 { return "\(whole) s" }
        if whole < 3600 { return "\(whole / 60) min \(String(format: "%02d", whole % 60)) s" }
        return "\(whole / 3600) h \(String(format: "%02d", whole % 3600 / 60)) min"
    }
}
