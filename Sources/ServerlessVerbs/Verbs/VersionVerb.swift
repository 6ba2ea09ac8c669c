import BuildScript

/// `version`: the host's version and commit (what `buildsh --version` prints), the Swift it was
/// built with, and whether lines are edited with libedit. The host says what it is through
/// ``VerbOptions/version``.
enum VersionVerb: SingleVerbDefinition {
    static let name = "version"
    static let summary = "The version and commit of this build, the Swift it was built with, and whether libedit edits lines."
    static let parameters: [Parameter] = []

    static func run(_ arguments: Arguments, _ call: CallContext, session: VerbSession) async throws -> Value {
        let host = session.options.version
        return ["buildsh": .string(host.version), "swift": .string(HostVersion.swift), "line_editing": .string(host.lineEditing)]
    }

    static let examples = VerbExample.lines(
        """
        version
        (version).buildsh
        """)
}
