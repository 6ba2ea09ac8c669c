/// A model whose fields have an order and a presence the API documents: every field listed here is
/// shown when the model is displayed as a record, in this order, as null when absent. A field left
/// out of the list (a version's `url` inside a build) is shown only when present.
///
/// The list comes from the model's coding keys, so the order is written once, in the keys; the
/// models' own `Codable` conformance stays synthesized.
public protocol WireFields {
    /// The wire names, in the API's order.
    static var wireFieldNames: [String] { get }
}
