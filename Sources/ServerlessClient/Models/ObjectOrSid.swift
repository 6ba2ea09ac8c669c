/// A record that can stand for itself with only its SID known.
protocol SidIdentified: Decodable {
    init(sid: String)
}

/// Decodes an element that is either a full object or a bare SID string.
struct ObjectOrSid<Record: SidIdentified>: Decodable {
    let record: Record

    init(from decoder: any Decoder) throws {
        if let sid = try? decoder.singleValueContainer().decode(String.self) {
            record = Record(sid: sid)
        } else {
            record = try Record(from: decoder)
        }
    }
}
