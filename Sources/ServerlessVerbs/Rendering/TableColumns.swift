import BuildScript
import ServerlessClient

/// Which columns a table of records shows.
enum TableColumns {
    /// The fields left out of human output of API resources (they are long and in every record).
    static let noisyFields: Set<String> = ["url", "links"]

    /// The default columns of the records' resource when they are whole API resources (they carry
    /// `url` and `account_sid`), else every field in order of first appearance.
    static func columns(for records: [Fields]) -> [String] {
        guard let first = records.first else { return [] }
        let firstKeys = Set(first.keys)
        if isResource(firstKeys), case .string(let sid) = first["sid"],
            let noun = NounTable.noun(forSID: sid, fields: firstKeys), !noun.defaultColumns.isEmpty,
            Set(noun.defaultColumns).isSubset(of: firstKeys)
        {
            return noun.defaultColumns
        }
        var seen = Set<String>()
        var columns: [String] = []
        for record in records {
            for key in record.keys where seen.insert(key).inserted {
                columns.append(key)
            }
        }
        return isResource(firstKeys) ? columns.filter { !noisyFields.contains($0) } : columns
    }

    /// Whether a record with these fields came from the API (rather than `select` or a script).
    static func isResource(_ keys: Set<String>) -> Bool {
        keys.contains("url") && keys.contains("account_sid")
    }

    /// The header of a column: `date_created` → `DATE CREATED`, control characters escaped (the
    /// key may come from the server).
    static func header(_ key: String) -> String {
        ServerText.escaped(key.replacingOccurrences(of: "_", with: " ").uppercased())
    }

    /// The records of a list, when every element is one.
    static func records(_ items: [Value]) -> [Fields]? {
        let records = items.compactMap(\.recordValue)
        return records.count == items.count ? records : nil
    }
}
