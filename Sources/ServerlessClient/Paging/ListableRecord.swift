/// A record that the API returns in a list envelope under ``listKey``.
public protocol ListableRecord: Codable, Sendable {
    /// The envelope key holding the records, e.g. `builds`.
    static var listKey: String { get }
}
