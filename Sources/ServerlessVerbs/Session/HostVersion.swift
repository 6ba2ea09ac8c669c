/// What a host says about itself for `version`: its version line, and how its session reads lines.
/// The Swift version is the compiler's that built the verbs (the same one that built the host).
public struct HostVersion: Sendable, Equatable {
    /// The host's version line, as its `--version` prints it (`0.2.0 (abc1234)`).
    public var version: String
    /// How lines are read: `libedit` in an editing REPL, else what stands in for it.
    public var lineEditing: String

    /// Describes a host; by default one that does not say (an embedding that never set it).
    public init(version: String = "unknown", lineEditing: String = "none") {
        self.version = version
        self.lineEditing = lineEditing
    }

    /// The version of the Swift compiler the verbs were built with (`6.3`).
    public static var swift: String {
        #if compiler(>=7.0)
        "7.0 or later"
        #elseif compiler(>=6.4)
        "6.4"
        #elseif compiler(>=6.3)
        "6.3"
        #elseif compiler(>=6.2)
        "6.2"
        #elseif compiler(>=6.1)
        "6.1"
        #else
        "6.0"
        #endif
    }
}
