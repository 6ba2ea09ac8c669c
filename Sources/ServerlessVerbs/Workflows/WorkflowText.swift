/// Words shared by the workflow verbs' plans, questions and summaries.
enum WorkflowText {
    /// `1 build`, `3 builds`, `0 assets`.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// `a`, `a and b`, `a, b and c`.
    static func sentence(_ parts: [String]) -> String {
        guard parts.count > 1, let last = parts.last else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + " and " + last
    }

    /// `3 builds, 2 functions and 1 asset`, leaving out the nouns with none (`nothing` if all are).
    static func counts(_ pairs: [(Int, String)]) -> String {
        let parts = pairs.filter { $0.0 > 0 }.map { count($0.0, $0.1) }
        return parts.isEmpty ? "nothing" : sentence(parts)
    }
}
