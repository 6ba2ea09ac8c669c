/// One build object's JSON with the server's origin cut out: the origin (`http://host:port`, from the
/// request's Host header) appears in the build's `url` and `links.build_status`, everything else is
/// the same for every client. Written with an origin, the bytes are what `BuildPageJSON` writes.
struct RenderedBuild: Sendable {
    /// The build's `seq` and SID, which identify it (a `seq` is never reused; the SID is checked too).
    let seq: Int64
    let sid: String
    /// The service the build belongs to (its entries are dropped when the service is deleted).
    let serviceSid: String
    /// The object's bytes without the origin.
    let bytes: [UInt8]
    /// Where in `bytes` the origin goes, in increasing order.
    let originOffsets: [Int]

    /// Appends the object with `origin` (already escaped for a JSON string) at each of its places.
    func write(origin: [UInt8], to output: inout [UInt8]) {
        var start = 0
        for offset in originOffsets {
            output.append(contentsOf: bytes[start..<offset])
            output.append(contentsOf: origin)
            start = offset
        }
        output.append(contentsOf: bytes[start...])
    }

    /// What the entry costs in memory, roughly: its bytes and strings, plus a fixed overhead.
    var cost: Int { bytes.count + sid.utf8.count + serviceSid.utf8.count + 128 }
}
