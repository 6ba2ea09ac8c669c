import ServerlessClient

/// What `promote` does with the variables of the environments (the toolkit's promote sets those of
/// the local `.env`; buildsh has no project there, so it copies the source's with `copy_variables=true`,
/// and otherwise says which of the source's keys the target lacks — keys only, never values).
struct PromoteVariables: Sendable {
    /// A source variable the target lacks (`existing` nil) or has with another value.
    struct Write: Sendable {
        let key: String
        let value: String
        let existing: String?
    }

    /// The source's variables.
    let source: [Variable]
    /// The target's variables (none for an environment still to be created).
    let target: [Variable]

    /// The writes that make the target hold the source's values.
    var writes: [Write] {
        source.compactMap { variable in
            guard let key = variable.key else { return nil }
            let value = variable.value ?? ""
            let match = target.first { $0.key == key }
            if let match, match.value == value { return nil }
            return Write(key: key, value: value, existing: match?.sid)
        }
    }

    /// The source's keys the target does not have, sorted: the server lists variables in the order they
    /// were made, which for a toolkit deploy (it creates them concurrently) differs from run to run.
    var missingKeys: [String] {
        let present = Set(target.compactMap(\.key))
        return source.compactMap(\.key).filter { !present.contains($0) }.sorted()
    }

    /// `copied 2 variables from dev to stage (1 new, 1 changed, 3 already equal)`.
    func copiedText(from: String, to: String, dryRun: Bool) -> String {
        let writes = writes
        let new = writes.filter { $0.existing == nil }.count
        let count = writes.count == 1 ? "1 variable" : "\(writes.count) variables"
        return (dryRun ? "dry run: would copy " : "copied ") + "\(count) from \(from) to \(to) "
            + "(\(new) new, \(writes.count - new) changed, \(source.count - writes.count) already equal)"
    }

    /// Without `copy_variables=true`: a note when the target lacks some of the source's keys; nil otherwise.
    func note(from: String, to: String) -> String? {
        let missing = missingKeys
        guard !missing.isEmpty else { return nil }
        let what = target.isEmpty
            ? "\(to) has no variables (\(from) has \(source.count): \(missing.joined(separator: ", ")))"
            : "\(to) lacks \(missing.count) of \(from)'s variables (\(missing.joined(separator: ", ")))"
        return "note: \(what); variables are not promoted: pass copy_variables=true to copy them"
    }

    /// Creates or updates the target's variables.
    func apply(client: ServerlessClient, service: String, environment: String) async throws {
        for write in writes {
            if let existing = write.existing {
                _ = try await client.updateVariable(service: service, environment: environment, variable: existing, value: write.value)
            } else {
                _ = try await client.createVariable(service: service, environment: environment, key: write.key, value: write.value)
            }
        }
    }
}
