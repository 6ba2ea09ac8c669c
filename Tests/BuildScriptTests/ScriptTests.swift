@_spi(Evaluation) import BuildScript
import Foundation
import Testing

/// Every `Scripts/<feature>/*.bsh` file, run against the test host and checked against the
/// expectations in its comments.
enum ScriptCatalog {
    static var root: URL? { Bundle.module.url(forResource: "Scripts", withExtension: nil) }

    static var all: [String] {
        guard let root, let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".bsh") && !$0.contains("/lib/") }.sorted()
    }
}

@Suite("Script expectations")
struct ScriptTests {
    @Test("catalog is not empty")
    func catalogIsNotEmpty() {
        #expect(ScriptCatalog.all.count > 10)
    }

    /// Each script runs twice: compiled (as hosts run it) and on the tree walker alone. Both must
    /// meet the expectations, and give the same output and the same ending, errors and their
    /// locations included: the compiled fast paths are only faster, never different.
    @Test("script", arguments: ScriptCatalog.all)
    func script(_ path: String) async throws {
        let root = try #require(ScriptCatalog.root)
        let file = root.appendingPathComponent(path)
        let source = try String(contentsOf: file, encoding: .utf8)
        let expected = ScriptExpectations(source: source)
        #expect(expected.problems.isEmpty, "comments of \(path) the reader does not understand: \(expected.problems)")
        let compiled = await ScriptRun(file: file, expected, treeWalkerOnly: false)
        let walked = await ScriptRun(file: file, expected, treeWalkerOnly: true)
        for run in [compiled, walked] {
            let how = run.treeWalkerOnly ? "tree walker" : "compiled"
            #expect(run.output == expected.output, "output of \(path) (\(how))")
            #expect(run.errors == expected.errors, "errors of \(path) (\(how))")
            #expect(run.exitCode == expected.exitCode, "exit code of \(path) (\(how))")
        }
        #expect(walked.output == compiled.output, "tree walker and compiled output of \(path)")
        #expect(walked.ending == compiled.ending, "tree walker and compiled ending of \(path)")
    }
}

/// One run of an expectation script against the test host.
struct ScriptRun {
    let treeWalkerOnly: Bool
    var output: [String] = []
    var errors: [String] = []
    var exitCode: Int?
    /// How the script ended, in full (a runtime error with its range, call stack and details).
    var ending: Ending

    /// An ``Outcome`` that compares by what a user sees: a final value by its text (streams by
    /// their identity otherwise), everything else as it is.
    enum Ending: Equatable {
        case value(String)
        case exit(Int)
        case syntaxErrors([Diagnostic])
        case failure(RuntimeError)
        case cancelled
    }

    init(file: URL, _ expected: ScriptExpectations, treeWalkerOnly: Bool) async {
        self.treeWalkerOnly = treeWalkerOnly
        let host = TestHost(confirm: expected.confirm)
        let store = FakeStore(buildCount: expected.builds)
        var options = InterpreterOptions(safeMode: expected.safeMode, dryRun: expected.dryRun)
        options.treeWalkerOnly = treeWalkerOnly
        let interpreter = Interpreter(host: host, options: options)
        interpreter.register(store.verbs)
        switch await interpreter.evaluateFile(at: file.path) {
        case .success(.stream):
            ending = .value("a stream")
        case .success(let value):
            ending = .value(value.literalDescription)
        case .exit(let code):
            exitCode = code
            ending = .exit(code)
        case .cancelled:
            errors.append("cancelled")
            ending = .cancelled
        case .syntaxErrors(let diagnostics):
            errors = diagnostics.map { ScriptExpectations.describe($0.range, $0.message, $0.suggestion) }
            ending = .syntaxErrors(diagnostics)
        case .failure(let error):
            errors = [ScriptExpectations.describe(error.range, error.message, error.suggestion)]
            ending = .failure(error)
        }
        output = host.output
    }
}
