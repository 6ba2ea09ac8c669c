/// The sugar of one `||` alternative turned into plain comparators, by node-semver's rules:
/// hyphen ranges, x-ranges, `~` (and `~>`), `^`, and operators with a version.
enum RangeSyntax {
    private typealias Op = VersionComparator.Operator

    /// The comparators of `alternative` (trimmed, whitespace collapsed); nil when it is not valid.
    static func comparators(of alternative: String) -> [VersionComparator]? {
        let text = withoutBuildMetadata(alternative)
        var found: [VersionComparator] = []
        if let (from, to) = hyphenSides(text) {
            guard let hyphen = hyphenRange(from, to) else { return nil }
            found = hyphen
        } else {
            for token in tokens(text) {
                guard let comparators = desugar(Substring(token)) else { return nil }
                found += comparators
            }
        }
        return simplified(found)
    }

    /// One alternative's comparators: a null set wins, `>=0.0.0` means any, duplicates go, and "any"
    /// goes when something else remains.
    private static func simplified(_ comparators: [VersionComparator]) -> [VersionComparator] {
        var unique: [VersionComparator] = []
        for comparator in comparators {
            if comparator == .nothing { return [comparator] }
            let plain = comparator.description == ">=0.0.0" ? VersionComparator.any : comparator
            if !unique.contains(plain) { unique.append(plain) }
        }
        if unique.count > 1 { unique.removeAll { $0 == .any } }
        return unique.isEmpty ? [.any] : unique
    }

    /// `text` without `+build.metadata` anywhere (node-semver drops it before reading a range).
    private static func withoutBuildMetadata(_ text: String) -> String {
        text.replacing(/\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*/, with: "")
    }

    /// Tokens separated by spaces, an operator standing alone joined to what follows it: first
    /// `<`, `>`, `<=`, `>=`, `=` to a version-like word (`>= 1`), then `~`, `~>`, `^` to any word
    /// (`~> 1`, `^ 1.2`, `~ > 1`).
    private static func tokens(_ text: String) -> [String] {
        let words = text.split(separator: " ").map(String.init)
        let compared = joined(words) { op, word in
            ["<", ">", "<=", ">=", "="].contains(op) && word.first.map { "vx=X*0123456789".contains($0) } == true
        }
        return joined(compared) { op, _ in ["~", "~>", "^"].contains(op) }
    }

    /// `words` with each word for which `joins(word, next)` holds glued to the next one.
    private static func joined(_ words: [String], when joins: (String, String) -> Bool) -> [String] {
        var result: [String] = []
        var index = 0
        while index < words.count {
            if index + 1 < words.count, joins(words[index], words[index + 1]) {
                result.append(words[index] + words[index + 1])
                index += 2
            } else {
                result.append(words[index])
                index += 1
            }
        }
        return result
    }

    /// The two partial versions of `A - B`, when the alternative is a hyphen range.
    private static func hyphenSides(_ text: String) -> (PartialVersion, PartialVersion)? {
        let sides = text.split(separator: " - ", omittingEmptySubsequences: false)
        guard sides.count == 2, let from = PartialVersion(Substring(sides[0])), let to = PartialVersion(Substring(sides[1])) else {
            return nil
        }
        return (from, to)
    }

    /// `A - B`: at least A (its wild parts 0), at most B (a partial B allows all of its last part).
    private static func hyphenRange(_ from: PartialVersion, _ to: PartialVersion) -> [VersionComparator]? {
        var result: [VersionComparator] = []
        if !from.isWild(0) {
            let lower = from.isWild(1) || from.isWild(2) ? [] : from.prerelease
            guard from.isWild(1) || from.isWild(2) || from.isPlainFull, let bound = bound(.greaterOrEqual, from, prerelease: lower) else { return nil }
            result.append(bound)
        }
        if !to.isWild(0) {
            let upper: VersionComparator?
            if to.isWild(1) || to.isWild(2) {
                upper = nextRelease(after: to)
            } else {
                upper = to.isPlainFull || !to.prerelease.isEmpty ? bound(.lessOrEqual, to, prerelease: to.prerelease) : nil
            }
            guard let upper else { return nil }
            result.append(upper)
        }
        return result
    }

    /// The comparators of one token.
    private static func desugar(_ token: Substring) -> [VersionComparator]? {
        if token.hasPrefix("^") { return PartialVersion(token.dropFirst()).flatMap(caret) }
        if token.hasPrefix("~") {
            let rest = token.dropFirst()
            return PartialVersion(rest.hasPrefix(">") ? rest.dropFirst() : rest).flatMap(tilde)
        }
        let op = ["<=", ">=", "<", ">", "="].first { token.hasPrefix($0) } ?? ""
        guard let partial = PartialVersion(token.dropFirst(op.count)) else { return nil }
        return primitive(Op(rawValue: op == "=" ? "" : op) ?? .equal, partial)
    }

    /// `^1.2.3` := `>=1.2.3 <2.0.0-0`: changes left of the first non-zero part are excluded.
    private static func caret(_ partial: PartialVersion) -> [VersionComparator]? {
        if partial.isWild(0) { return [.any] }
        guard let major = partial.number(0), let minor = partial.number(1), let patch = partial.number(2) else { return nil }
        let lowerPrerelease = partial.isWild(1) || partial.isWild(2) ? [] : partial.prerelease
        let upper: VersionComparator?
        if partial.isWild(1) || (major > 0) {
            upper = VersionComparator(.less, major + 1, 0, 0, ["0"])
        } else if partial.isWild(2) || minor > 0 {
            upper = VersionComparator(.less, 0, minor + 1, 0, ["0"])
        } else {
            upper = VersionComparator(.less, 0, 0, patch + 1, ["0"])
        }
        return pair(VersionComparator(.greaterOrEqual, major, minor, patch, lowerPrerelease), upper)
    }

    /// `~1.2.3` := `>=1.2.3 <1.3.0-0`; `~1` := `>=1.0.0 <2.0.0-0`.
    private static func tilde(_ partial: PartialVersion) -> [VersionComparator]? {
        if partial.isWild(0) { return [.any] }
        guard let major = partial.number(0), let minor = partial.number(1), let patch = partial.number(2) else { return nil }
        let lowerPrerelease = partial.isWild(1) || partial.isWild(2) ? [] : partial.prerelease
        let upper = partial.isWild(1)
            ? VersionComparator(.less, major + 1, 0, 0, ["0"]) : VersionComparator(.less, major, minor + 1, 0, ["0"])
        return pair(VersionComparator(.greaterOrEqual, major, minor, patch, lowerPrerelease), upper)
    }

    /// An operator and a version, or an x-range (`1.2.x`, `>1`, `<=1.x`).
    private static func primitive(_ op: Op, _ partial: PartialVersion) -> [VersionComparator]? {
        if partial.hasFixedAfterWild { return nil }
        guard partial.isWild(2) else {
            guard partial.isPlainFull, let comparator = bound(op, partial, prerelease: partial.prerelease) else { return nil }
            return [comparator]
        }
        if partial.isWild(0) { return [op == .greater || op == .less ? .nothing : .any] }
        guard let major = partial.number(0), let minor = partial.number(1) else { return nil }
        let wildMinor = partial.isWild(1)
        switch op {
        case .equal:
            let lower = VersionComparator(.greaterOrEqual, major, minor, 0)
            return pair(lower, nextRelease(after: partial))
        case .greater:
            return wildMinor ? one(VersionComparator(.greaterOrEqual, major + 1, 0, 0)) : one(VersionComparator(.greaterOrEqual, major, minor + 1, 0))
        case .lessOrEqual:
            return one(nextRelease(after: partial))
        case .less:
            return one(VersionComparator(.less, major, minor, 0, ["0"]))
        case .greaterOrEqual:
            return one(VersionComparator(.greaterOrEqual, major, minor, 0))
        }
    }

    /// `<` the first version past a partial's last fixed part: `<2.0.0-0` for `1`, `<1.3.0-0` for `1.2`.
    private static func nextRelease(after partial: PartialVersion) -> VersionComparator? {
        guard let major = partial.number(0), let minor = partial.number(1) else { return nil }
        return partial.isWild(1)
            ? VersionComparator(.less, major + 1, 0, 0, ["0"]) : VersionComparator(.less, major, minor + 1, 0, ["0"])
    }

    /// `op` and the partial's numbers (wild parts 0).
    private static func bound(_ op: Op, _ partial: PartialVersion, prerelease: [String]) -> VersionComparator? {
        guard let major = partial.number(0), let minor = partial.number(1), let patch = partial.number(2) else { return nil }
        return VersionComparator(op, major, minor, patch, prerelease)
    }

    private static func pair(_ lower: VersionComparator?, _ upper: VersionComparator?) -> [VersionComparator]? {
        guard let lower, let upper else { return nil }
        return [lower, upper]
    }

    private static func one(_ comparator: VersionComparator?) -> [VersionComparator]? { comparator.map { [$0] } }
}
