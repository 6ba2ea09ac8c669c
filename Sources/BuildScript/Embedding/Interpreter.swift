import Foundation
import Synchronization

/// A BuildScript interpreter: the one object a host creates, fills with verbs and feeds source to.
///
/// ```swift
/// let interpreter = Interpreter(host: myHost)
/// interpreter.register([Verb("greet", summary: "Say hello", parameters: [.positional("name", .string)]) { args, _ in
///     .string("hello \(args.string("name") ?? "")")
/// }])
/// let outcome = await interpreter.evaluate("greet world", file: "<demo>")
/// ```
///
/// Variables and procedures defined by one evaluation stay for the next (as in a REPL session).
/// Register verbs before or between evaluations.
public final class Interpreter: Sendable {
    struct State: Sendable {
        var registry = VerbRegistry()
        var options: InterpreterOptions
        var sources: [String: String] = [:]
        /// The folder of each file `source` read, by its name in diagnostics: where the relative
        /// `@path` and `source` paths written in it resolve (a file not named here is the script's,
        /// whose paths resolve against the script's folder).
        var folders: [String: String] = [:]
    }

    let host: any InterpreterHost
    let state: Mutex<State>
    let globals = Scope(parent: nil)
    /// How many statements have produced a value (each set `$ans`).
    let resultCounter = Atomic<Int>(0)

    /// Creates an interpreter reporting to `host`, with the standard libraries chosen in `options`.
    public init(host: any InterpreterHost, options: InterpreterOptions = InterpreterOptions()) {
        self.host = host
        self.state = Mutex(State(options: options))
        register(StandardLibraries.verbs(for: options.libraries))
        globals.define(PreviousResult.symbol, .null)
    }

    /// The current options.
    public var options: InterpreterOptions {
        get { state.withLock { $0.options } }
        set { state.withLock { $0.options = newValue } }
    }

    /// Adds one verb (replacing one with the same name and noun).
    public func register(_ verb: Verb) {
        state.withLock { $0.registry.register(verb) }
    }

    /// Adds verbs from a table.
    public func register(_ verbs: [Verb]) {
        state.withLock { state in
            for verb in verbs { state.registry.register(verb) }
        }
    }

    /// The verbs visible to scripts (safe mode hides destructive ones and `env`).
    public var verbs: [Verb] {
        state.withLock { state in
            state.registry.allVerbs.filter { !(state.options.safeMode && $0.isRemovedInSafeMode) }
        }
    }

    /// The verb registered for `name` and `noun` (`nil` noun for noun-less verbs and functions).
    public func verb(named name: String, noun: String? = nil) -> Verb? {
        state.withLock { state in
            guard let entry = state.registry.entry(name) else { return nil }
            guard let noun else { return entry.plain }
            return entry.resolve(words: noun.split(separator: " ").map(String.init))?.verb
        }
    }

    /// The text of a source evaluated earlier (for rendering diagnostics), by file name.
    public func sourceText(of file: String) -> String? {
        state.withLock { $0.sources[file] }
    }

    /// A global variable's value.
    public func variable(_ name: String) -> Value? {
        globals.lookup(name)
    }

    /// Sets a global variable (hosts use it to pass values in, e.g. `$service`).
    public func setVariable(_ name: String, to value: Value) {
        globals.define(Symbol(name), value)
    }

    /// The names of the global variables.
    public var variableNames: [String] { globals.visibleNames }

    /// How many statements have produced a value so far, each setting `$ans` (read with
    /// `variable("ans")`): a host that keeps a list of results (the REPL's `.results`) compares it
    /// before and after an evaluation.
    public var resultsProduced: Int { resultCounter.load(ordering: .relaxed) }

    /// Whether `source` is complete, or the REPL should read a continuation line.
    public static func isComplete(_ source: String) -> Bool { Parser.isComplete(source) }

    /// Parses without running, returning the syntax errors (empty when the source is valid).
    public static func check(_ source: String, file: String = "<input>") -> [Diagnostic] {
        Parser.parse(source, file: file).diagnostics
    }

    /// Parses and runs `source`; `file` names it in diagnostics and stack traces.
    /// Must not run concurrently with another evaluation on the same interpreter.
    public func evaluate(_ source: String, file: String = "<input>") async -> Outcome {
        await run(parse(source, file: file), baseDirectory: options.workingDirectory)
    }

    /// Runs script bytes (standard input, a command-line argument): bytes that are not UTF-8 are a
    /// syntax error at the first bad byte, as for files.
    public func evaluate(bytes: some Collection<UInt8>, file: String = "<input>") async -> Outcome {
        await run(parse(bytes, file: file), baseDirectory: options.workingDirectory)
    }

    /// Reads and runs a script file; relative `@path` and `source` paths resolve against its directory.
    public func evaluateFile(at path: String) async -> Outcome {
        guard let data = FileManager.default.contents(atPath: path) else {
            let range = SourceRange(file: path, start: .start, end: .start)
            return .failure(RuntimeError("cannot read script '\(path)'", at: range))
        }
        let directory = (path as NSString).deletingLastPathComponent
        return await run(parse(data, file: path), baseDirectory: directory.isEmpty ? options.workingDirectory : directory)
    }

    private func run(_ parsed: ParsedSource, baseDirectory: String?) async -> Outcome {
        switch parsed {
        case .errors(let diagnostics): return .syntaxErrors(diagnostics)
        case .program(let program):
            let machine = Machine(interpreter: self, baseDirectory: baseDirectory, file: program.file)
            return await machine.run(program, scope: globals)
        }
    }

    /// Decodes (one UTF-8 rule for every input), remembers the text for diagnostics, and parses.
    func parse(_ bytes: some Collection<UInt8>, file: String) -> ParsedSource {
        do throws(Diagnostic) {
            return parse(try SourceText.decode(bytes, file: file), file: file)
        } catch {
            state.withLock { $0.sources[file] = String(decoding: Array(bytes), as: UTF8.self) }
            return .errors([error])
        }
    }

    /// Remembers the text for diagnostics and parses it within the options' limits; the program is
    /// compiled unless the options ask for the tree walker only.
    func parse(_ text: String, file: String) -> ParsedSource {
        let options = state.withLock { state in
            state.sources[file] = text
            return state.options
        }
        let (program, diagnostics) = Parser.parse(text, file: file, limits: options.limits)
        guard diagnostics.isEmpty else { return .errors(diagnostics) }
        return .program(options.treeWalkerOnly ? program : TreeCompiler.compile(program))
    }
}

/// A source that parsed into a program, or the syntax errors that stop it.
enum ParsedSource {
    case program(Program)
    case errors([Diagnostic])
}
