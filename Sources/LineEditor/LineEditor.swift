#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// Reads lines from the terminal with editing, history, Tab completion and hints, over libedit.
///
/// Emacs keys, arrow-key history and Ctrl-R search are libedit's own. History is kept
/// deduplicated and bounded, and, given a `historyPath`, persisted there (mode 0600) after every
/// line; lines that set a secret are never remembered. Ctrl-C at the prompt discards the line
/// (`.interrupted`) once the host routes SIGINT to `interrupt()` (see `InterruptController`);
/// Ctrl-D on an empty line gives `.endOfInput`.
///
/// One line is read at a time: `readLine` calls must not overlap. `interrupt()` and the settings
/// (`hintsEnabled`, `completer`, `hinter`) may be used from any thread.
public final class LineEditor: @unchecked Sendable {
    private let session: EditLineSession
    private let historyFile: HistoryFile?
    private let store: Mutex<HistoryStore>
    private let reading = NSLock()
    private let resizeSource: DispatchSourceSignal

    /// Whether standard input and output are both terminals (the condition for editing).
    public static var isInteractive: Bool {
        isatty(0) != 0 && isatty(1) != 0
    }

    /// Starts an editor on the terminal, loading history from `configuration.historyPath`.
    /// Throws `.notATerminal` when standard input or output is not a terminal. A history file that
    /// cannot be read is treated as empty (`historyLoadError` says why).
    public init(configuration: LineEditorConfiguration = LineEditorConfiguration()) throws(LineEditorError) {
        guard Self.isInteractive else { throw .notATerminal }
        session = try EditLineSession(
            programName: configuration.programName,
            settings: .init(
                completer: configuration.completer, hinter: configuration.hinter,
                hintsEnabled: configuration.hintsEnabled))
        historyFile = configuration.historyPath.map(HistoryFile.init(path:))
        var loaded: [String] = []
        var loadError: HistoryFileError?
        do {
            loaded = try historyFile?.load() ?? []
        } catch {
            loadError = error
        }
        historyLoadError = loadError
        let initial = HistoryStore(
            entries: loaded, capacity: configuration.historyCapacity, isSecret: configuration.isSecret)
        store = Mutex(initial)
        session.replaceHistory(with: initial.entries, capacity: initial.capacity)

        signal(SIGWINCH, SIG_IGN)
        resizeSource = DispatchSource.makeSignalSource(signal: SIGWINCH, queue: .global())
        resizeSource.setEventHandler { [input = session.input] in input.requestResize() }
        resizeSource.resume()
    }

    deinit {
        resizeSource.cancel()
    }

    /// Why the history file could not be loaded at start, if it could not.
    public let historyLoadError: HistoryFileError?

    /// Shows `prompt` and waits for a line. Blocks the calling thread; prefer `nextLine` from async code.
    /// ANSI colour sequences in the prompt are allowed.
    public func readLine(prompt: String) -> LineInput {
        reading.lock()
        defer { reading.unlock() }
        return session.gets(prompt: prompt)
    }

    /// Shows `prompt` and waits for a line on a thread of its own, leaving the caller's executor free.
    public func nextLine(prompt: String) async -> LineInput {
        // Accept Ctrl-C from now on, not only once the thread below has started.
        session.input.beginReading()
        return await withCheckedContinuation { continuation in
            let thread = Thread { [self] in
                continuation.resume(returning: readLine(prompt: prompt))
            }
            thread.name = "buildsh line editor"
            thread.start()
        }
    }

    /// Ends the current `readLine` with `.interrupted`, as Ctrl-C at the prompt; a line already
    /// accepted with Enter but not yet returned is discarded too. Returns false when no line is
    /// being read (the interrupt is then someone else's to handle). Safe from any thread.
    @discardableResult
    public func interrupt() -> Bool {
        session.input.requestInterrupt()
    }

    /// Remembers `line` (unless blank or secret) and saves the history file. Throws when the file
    /// cannot be written; the line is remembered for this session either way.
    public func addToHistory(_ line: String) throws(HistoryFileError) {
        let entries: [String]? = store.withLock { store in
            store.record(line) ? store.entries : nil
        }
        guard let entries else { return }
        let capacity = store.withLock { $0.capacity }
        session.replaceHistory(with: entries, capacity: capacity)
        let isSecret = store.withLock { $0.isSecret }
        try historyFile?.append(line, capacity: capacity, isSecret: isSecret)
    }

    /// This session's history, oldest first.
    public var history: [String] {
        store.withLock { $0.entries }
    }

    /// Whether hints are drawn after the cursor.
    public var hintsEnabled: Bool {
        get { session.settings.withLock { $0.hintsEnabled } }
        set { session.settings.withLock { $0.hintsEnabled = newValue } }
    }

    /// Answers Tab; nil makes Tab ring the bell.
    public var completer: Completer? {
        get { session.settings.withLock { $0.completer } }
        set { session.settings.withLock { $0.completer = newValue } }
    }

    /// Supplies the hint drawn after the cursor.
    public var hinter: Hinter? {
        get { session.settings.withLock { $0.hinter } }
        set { session.settings.withLock { $0.hinter = newValue } }
    }
}
