#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibEditShim
import Synchronization

/// One libedit editor and its history list, with the callbacks libedit makes into Swift.
///
/// The editor itself (prompt, line buffer, hint drawing) is only touched on the thread that is in
/// `gets`; the settings a host may change meanwhile (completer, hinter, hints on/off) sit behind a
/// mutex, and wake-ups go through `TerminalInput`, which is safe from any thread.
final class EditLineSession: @unchecked Sendable {
    /// Host-adjustable behaviour, read by the callbacks.
    struct Settings {
        var completer: Completer?
        var hinter: Hinter?
        var hintsEnabled: Bool
    }

    let settings: Mutex<Settings>
    let input: TerminalInput
    private let editor: OpaquePointer
    private let history: OpaquePointer
    private var promptStorage: UnsafeMutablePointer<CChar>?
    private var promptWidth = 0
    private var hintShown = false
    private var readWasInterrupted = false

    private static let outputDescriptor: Int32 = 1

    init(programName: String, settings: Settings) throws(LineEditorError) {
        guard let input = TerminalInput(descriptor: 0) else { throw .editorUnavailable }
        TerminalLocale.adoptUTF8()
        guard let editor = bsh_el_init_stdio(programName) else { throw .editorUnavailable }
        guard let history = history_init() else {
            el_end(editor)
            throw .editorUnavailable
        }
        self.input = input
        self.editor = editor
        self.history = history
        self.settings = Mutex(settings)
        configure(programName: programName)
    }

    deinit {
        el_end(editor)
        history_end(history)
        free(promptStorage)
    }

    private func configure(programName: String) {
        bsh_el_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
        bsh_el_set_editor(editor, "emacs")
        bsh_el_set_signal(editor, 0)
        bsh_history_set_unique(history, 1)
        bsh_el_set_history(editor, history)
        bsh_el_set_prompt(editor, { editor in
            EditLineSession.owner(of: editor)?.promptStorage
        }, CChar(bitPattern: UInt8(ascii: "\u{1}")))
        bsh_el_set_getcfn(editor) { editor, character in
            guard let session = EditLineSession.owner(of: editor), let character else { return -1 }
            return session.readCharacter(into: character)
        }
        bsh_el_addfn(editor, "\(programName)-complete", "Complete the word at the cursor") { editor, _ in
            EditLineSession.owner(of: editor)?.complete() ?? UInt8(CC_ERROR)
        }
        bsh_el_bind(editor, "^I", "\(programName)-complete")
        for (key, function) in Self.extraBindings {
            bsh_el_bind(editor, key, function)
        }
        // Let the user's ~/.editrc have the last word (e.g. `bind -v` for vi keys).
        el_source(editor, nil)
    }

    /// Keys libedit's emacs map leaves unbound or bound differently from what people expect.
    private static let extraBindings: [(String, String)] = [
        ("^R", "em-inc-search-prev"),
        ("^S", "em-inc-search-next"),
        ("\\e[3~", "ed-delete-next-char"),
        ("\\e[H", "ed-move-to-beg"),
        ("\\e[F", "ed-move-to-end"),
        ("\\e[1~", "ed-move-to-beg"),
        ("\\e[4~", "ed-move-to-end"),
        ("\\e[1;5C", "em-next-word"),
        ("\\e[1;5D", "ed-prev-word"),
    ]

    private static func owner(of editor: OpaquePointer?) -> EditLineSession? {
        guard let editor, let data = bsh_el_get_clientdata(editor) else { return nil }
        return Unmanaged<EditLineSession>.fromOpaque(data).takeUnretainedValue()
    }

    // MARK: Reading

    /// Reads one line after showing `prompt`.
    func gets(prompt: String) -> LineInput {
        free(promptStorage)
        promptStorage = strdup(PromptText.fencingEscapes(prompt))
        promptWidth = DisplayWidth.of(prompt)
        readWasInterrupted = false
        input.beginReading()
        // Raw mode before the prompt appears: keys typed the moment it shows (Ctrl-D, arrows)
        // must not meet the terminal's line discipline, which would turn Ctrl-D into a NUL.
        bsh_el_prepare_terminal(editor, 1)
        var count: Int32 = 0
        let text = el_gets(editor, &count)
        let interruptedAfterEnter = input.endReading()
        if readWasInterrupted || interruptedAfterEnter {
            writeToTerminal("^C\r\n")
            return .interrupted
        }
        guard let text, count > 0 else { return .endOfInput }
        var line = String(cString: text)
        while line.hasSuffix("\n") || line.hasSuffix("\r") {
            line.removeLast()
        }
        return .line(line)
    }

    /// libedit's character reader: waits for a whole UTF-8 character, drawing the hint while idle.
    private func readCharacter(into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
        var accumulator = UTF8Accumulator()
        while true {
            let event = input.next {
                if accumulator.isEmpty { drawHint() }
            }
            switch event {
            case .byte(let byte):
                switch accumulator.add(byte) {
                case .incomplete, .invalid:
                    continue
                case .scalar(let scalar):
                    eraseHint()
                    character.pointee = wchar_t(bitPattern: scalar.value)
                    return 1
                }
            case .resized:
                eraseHint()
                el_resize(editor)
            case .interrupted:
                eraseHint()
                readWasInterrupted = true
                errno = EINTR
                return -1
            case .endOfInput:
                eraseHint()
                return 0
            case .failure(let code):
                eraseHint()
                errno = code
                return -1
            }
        }
    }

    // MARK: History

    /// Makes libedit's list (walked by the arrow keys and searched by Ctrl-R) equal `entries`.
    func replaceHistory(with entries: [String], capacity: Int) {
        bsh_history_clear(history)
        bsh_history_set_size(history, Int32(clamping: capacity))
        for entry in entries {
            bsh_history_enter(history, entry)
        }
    }

    // MARK: Completion

    /// Handles Tab: asks the completer and inserts, or lists the candidates below the line.
    private func complete() -> UInt8 {
        guard let completer = settings.withLock({ $0.completer }) else { return UInt8(CC_ERROR) }
        let (before, after) = lineAroundCursor()
        let completion = completer(CompletionRequest(textBeforeCursor: before, textAfterCursor: after))
        let replacing = min(max(0, completion.replacing), before.count)
        let typed = String(before.suffix(replacing))
        var bounded = completion
        bounded.replacing = replacing
        switch CompletionPlan(bounded, typed: typed) {
        case .nothing:
            return UInt8(CC_ERROR)
        case .replace(let deleting, let inserting):
            if deleting > 0 { el_deletestr(editor, Int32(deleting)) }
            if !inserting.isEmpty { el_insertstr(editor, inserting) }
            return UInt8(CC_REFRESH)
        case .list(let candidates):
            let width = Int(bsh_terminal_columns(Self.outputDescriptor))
            let lines = CandidateColumns.lines(for: candidates, descriptions: completion.descriptions, width: width > 0 ? width : 80)
            writeToTerminal("\r\n" + lines.joined(separator: "\r\n") + "\r\n")
            return UInt8(CC_REDISPLAY)
        }
    }

    /// The edit buffer split at the cursor.
    private func lineAroundCursor() -> (before: String, after: String) {
        guard let info = el_line(editor)?.pointee, let buffer = info.buffer, let cursor = info.cursor,
            let last = info.lastchar
        else { return ("", "") }
        return (Self.text(from: buffer, to: cursor), Self.text(from: cursor, to: last))
    }

    private static func text(from start: UnsafePointer<CChar>, to end: UnsafePointer<CChar>) -> String {
        let count = end - start
        guard count > 0 else { return "" }
        return start.withMemoryRebound(to: UInt8.self, capacity: count) {
            String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self)
        }
    }

    // MARK: Hints

    /// Draws the hint for the current line after the cursor, when the cursor is at the line's end.
    private func drawHint() {
        let (hinter, enabled) = settings.withLock { ($0.hinter, $0.hintsEnabled) }
        guard !hintShown, enabled, let hinter else { return }
        let (before, after) = lineAroundCursor()
        guard after.isEmpty, !before.contains("\n"), let hint = hinter(before) else { return }
        let columns = Int(bsh_terminal_columns(Self.outputDescriptor))
        guard let visible = HintLayout.visibleHint(
            hint, promptWidth: promptWidth, lineWidth: DisplayWidth.of(before), columns: columns)
        else { return }
        writeToTerminal("\u{1B}[2m\(visible)\u{1B}[0m\u{1B}[\(DisplayWidth.of(visible))D")
        hintShown = true
    }

    /// Removes a drawn hint (the cursor has not moved since it was drawn).
    private func eraseHint() {
        guard hintShown else { return }
        writeToTerminal("\u{1B}[K")
        hintShown = false
    }

    private func writeToTerminal(_ text: String) {
        fflush(bsh_stdout())
        DescriptorWriter.writeAll(Array(text.utf8), to: Self.outputDescriptor)
    }
}
