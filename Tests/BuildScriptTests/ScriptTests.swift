import BuildScript
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

    @Test("script", arguments: ScriptCatalog.all)
    func script(_ path: String) async throws {
        let root = try #require(ScriptCatalog.root)
        let file = root.appendingPathComponent(path)
        let source = try String(contentsOf: file, encoding: .utf8)
        let expected = ScriptExpectations(source: source)
        let host = TestHost(confirm: expected.confirm)
        let store = FakeStore(buildCount: expected.builds)
        let interpreter = Interpreter(
            host: host,
            options: InterpreterOptions(safeMode: expected.safeMode, dryRun: expected.dryRun))
        interpreter.register(store.verbs)
        let outcome = await interpreter.evaluateFile(at: file.path)

        var errors: [String] = []
        var exitCode: Int?
        switch outcome {
        case .success: break
        case .exit(let code): exitCode = code
        case .cancelled: errors.append("cancelled")
        case .syntaxErrors(let diagnostics):
            errors = diagnostics.map { ScriptExpectations.describe($0.range, $0.message, $0.suggestion) }
        case .failure(let error):
            errors = [ScriptExpectations.describe(error.range, error.message, error.suggestion)]
        }
        #expect(host.output == expected.output, "output of \(path)")
        #expect(errors == expected.errors, "errors of \(path)")
        #expect(exitCode == expected.exitCode, "exit code of \(path)")
    }
}
