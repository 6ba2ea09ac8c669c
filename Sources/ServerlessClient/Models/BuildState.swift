/// A Build's state: `building`, then `completed` or `failed`. Decoded in any letter case; unknown
/// values are kept (and count as not finished).
public struct BuildState: OpenStringValue {
    /// The lower-cased state, e.g. `completed`.
    public let rawValue: String

    /// Makes a state from any spelling; the value is lower-cased.
    public init(rawValue: String) { self.rawValue = rawValue.lowercased() }

    /// Whether the build has finished, successfully or not.
    public var isFinished: Bool { self == .completed || self == .failed }

    /// The build is still running.
    public static let building: BuildState = "building"
    /// The build finished and can be deployed.
    public static let completed: BuildState = "completed"
    /// The build finished with an error.
    public static let failed: BuildState = "failed"
}
