import Foundation
import GovSimTestSupport

/// Headless Chromium driven from the command line, without a driver or a WebSocket: one run
/// loads a page, and gives back the DOM after its scripts ran, what it wrote on the console
/// (uncaught errors and Content-Security-Policy refusals land there) and a screenshot.
struct Chromium {
    struct Failure: Error, CustomStringConvertible { let description: String }

    struct Page {
        /// The DOM after the page's scripts ran, serialised.
        let dom: String
        /// Console messages: any at all means a script misbehaved or was refused.
        let console: [String]
        let screenshot: Data?
    }

    /// What a screenshot shows, measured by Chromium itself on a canvas.
    struct Pixels {
        let width: Int
        let height: Int
        /// Share of pixels that are not (near) white.
        let inked: Double
        /// Distinct colours among a sample of pixels.
        let colours: Int
    }

    let executable: String

    /// The first of `chromium`, `chromium-browser`, `google-chrome` on the PATH.
    static func find() -> Chromium? {
        Executables.find(["chromium", "chromium-browser", "google-chrome"]).map(Chromium.init)
    }

    static let missing = "headless Chromium is needed for the browser tests and was not found on the PATH: "
        + "run `make setup` (it installs the Debian package chromium) or `sudo apt-get install chromium`"

    /// Loads `url` in a window of `size`; with `screenshot`, also captures the window as PNG.
    func load(_ url: String, size: (width: Int, height: Int) = (1280, 2000), screenshot: Bool = false,
              timeout: TimeInterval = 120) throws -> Page {
        let work = try ScratchFolder.make("chromium")
        defer { ScratchFolder.remove(work) }
        var arguments = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
            "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--mute-audio",
            "--user-data-dir=\(work)/profile", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000",
            "--run-all-compositor-stages-before-draw", "--window-size=\(size.width),\(size.height)", "--dump-dom",
        ]
        if screenshot { arguments.append("--screenshot=\(work)/shot.png") }
        arguments.append(url)
        let (out, err) = try run(arguments, in: work, timeout: timeout)
        let console = err.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
        let shot = screenshot ? FileManager.default.contents(atPath: "\(work)/shot.png") : nil
        if screenshot, shot == nil { throw Failure(description: "Chromium took no screenshot of \(url); its messages:\n\(err.suffix(2000))") }
        return Page(dom: out, console: console, screenshot: shot)
    }

    /// Measures a PNG: Chromium draws it on a canvas (from a data URL, so nothing taints it)
    /// and counts what is not white.
    func pixels(of png: Data) throws -> Pixels {
        let page = """
            <!DOCTYPE html><html><body><img id="shot" src="data:image/png;base64,\(png.base64EncodedString())"><script>
            var image = document.getElementById("shot");
            function measure() {
              var canvas = document.createElement("canvas");
              canvas.width = image.naturalWidth; canvas.height = image.naturalHeight;
              var context = canvas.getContext("2d");
              context.drawImage(image, 0, 0);
              var data = context.getImageData(0, 0, canvas.width, canvas.height).data, inked = 0, colours = new Set();
              for (var i = 0; i < data.length; i += 4) {
                if (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240) { inked += 1; }
                if (i % 404 === 0) { colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]); }
              }
              document.body.setAttribute("data-pixels", [canvas.width, canvas.height, inked / (canvas.width * canvas.height), colours.size].join(" "));
            }
            if (image.complete) { measure(); } else { image.onload = measure; }
            </script></body></html>
            """
        let folder = try ScratchFolder.make("pixels")
        defer { ScratchFolder.remove(folder) }
        let file = folder + "/pixels.html"
        guard FileManager.default.createFile(atPath: file, contents: Data(page.utf8)) else { throw Failure(description: "cannot write \(file)") }
        let dom = try load("file://" + file, size: (400, 300)).dom
        guard let start = dom.range(of: "data-pixels=\""), let end = dom[start.upperBound...].firstIndex(of: "\"") else {
            throw Failure(description: "Chromium could not measure the screenshot")
        }
        let fields = dom[start.upperBound..<end].split(separator: " ")
        guard fields.count == 4, let width = Int(fields[0]), let height = Int(fields[1]), let inked = Double(fields[2]),
              let colours = Int(fields[3]) else { throw Failure(description: "unreadable measurement \(dom[start.upperBound..<end])") }
        return Pixels(width: width, height: height, inked: inked, colours: colours)
    }

    /// Runs Chromium with its output in files (a pipe would fill up and stall it), killing it
    /// after `timeout` seconds.
    private func run(_ arguments: [String], in work: String, timeout: TimeInterval) throws -> (out: String, err: String) {
        let outPath = "\(work)/out.txt", errPath = "\(work)/err.txt"
        FileManager.default.createFile(atPath: outPath, contents: nil)
        FileManager.default.createFile(atPath: errPath, contents: nil)
        guard let out = FileHandle(forWritingAtPath: outPath), let err = FileHandle(forWritingAtPath: errPath) else {
            throw Failure(description: "cannot create Chromium's output files in \(work)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do { try process.run() } catch { throw Failure(description: "cannot start \(executable): \(error)") }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            _ = finished.wait(timeout: .now() + 10)
            throw Failure(description: "Chromium did not finish within \(Int(timeout)) s")
        }
        try? out.close()
        try? err.close()
        let text = { (path: String) in String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self) }
        guard process.terminationStatus == 0 else {
            throw Failure(description: "Chromium exited with status \(process.terminationStatus):\n\(text(errPath).suffix(2000))")
        }
        return (text(outPath), text(errPath))
    }
}
