#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's environment variables.
enum ProcessEnvironment {
    /// Every variable, read from `environ`; where a name appears twice the first one counts, as with
    /// `getenv`. Read here rather than through Foundation's `ProcessInfo`, whose first use costs
    /// several times as much: about a tenth of what `buildsh -c 'print 1'` spends in its own code.
    static func current() -> [String: String] {
        var variables: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.utf8.firstIndex(of: UInt8(ascii: "=")) {
                let name = String(text[..<equals])
                if variables[name] == nil { variables[name] = String(text[text.index(after: equals)...]) }
            }
            entry += 1
        }
        return variables
    }
}
