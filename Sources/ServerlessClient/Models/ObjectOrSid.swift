/// A record that can stand for itself with only its SID known.
protocol SidIdentified: Decodable {
    init(sid: String)
}

/// Decodes an element that is either a full object or a bare SID string.
struct ObjectOrSid<Record: SidIdentified>: Decodable {
    let record: Record

    init(from decoder: any Decoder) throws {
        // Objects are the usual case: try them first, so no error is built per element.
        do {
            record = try Record(from: decoder)
        } catch {
            guard let sid = try? decoder.singleValueContainer().decode(String.self) else { throw error }
            record = Record(sid: sid)
        }
    }
}
