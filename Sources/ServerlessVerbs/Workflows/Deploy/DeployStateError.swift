/// Why a deploy state file that exists could not be used. `deploy` goes on without it, with a
/// warning naming the file and what this costs (see ``warning``): the file only saves work, since
/// nothing is reused without the service confirming it, and the deploy writes a good one again.
struct DeployStateError: Error, Equatable, Sendable {
    /// What is wrong with the file.
    enum Problem: Equatable, Sendable {
        /// It cannot be read (permissions, a folder in its place).
        case unreadable
        /// It is not JSON of the state's shape; the place is where, when known (`services.ZS….versions`).
        case malformed(String?)
        /// It is of a format this buildsh does not know (written by a newer one).
        case unknownFormat(Int)
    }

    /// The file.
    let path: String
    let problem: Problem

    /// The warning `deploy` prints before going on without the file.
    var warning: String {
        let what: String
        switch problem {
        case .unreadable: what = "cannot be read"
        case .malformed(nil): what = "is not valid JSON"
        case .malformed(let place?): what = "is not a deploy state file (unexpected content at \(place))"
        case .unknownFormat(let format): what = "has format \(format), which this buildsh does not know (written by a newer one?)"
        }
        return "warning: ignored \(path): it \(what). Going on without it: each file is checked against the service "
            + "by content (assets are uploaded again), the last deploy's build is not known, and the file is written anew."
    }

    /// Where in the file decoding stopped, as a dotted path; nil for text that is not JSON at all.
    static func place(of error: DecodingError) -> String? {
        let context: DecodingError.Context
        switch error {
        case .dataCorrupted(let c), .keyNotFound(_, let c), .typeMismatch(_, let c), .valueNotFound(_, let c): context = c
        @unknown default: return nil
        }
        var path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
        if case .keyNotFound(let key, _) = error { path.append(key.stringValue) }
        guard !path.isEmpty else { return nil }
        return path.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
    }
}
