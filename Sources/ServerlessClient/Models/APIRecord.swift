/// A record the API answers with: decoded from its JSON, with its fields' order and presence
/// (``WireFields``) for display. ``ResourceKind/recordType`` names the one of each resource.
public protocol APIRecord: Codable, Sendable, WireFields {}

extension Service: APIRecord {}
extension Function: APIRecord {}
extension FunctionVersion: APIRecord {}
extension FunctionVersionContent: APIRecord {}
extension Asset: APIRecord {}
extension AssetVersion: APIRecord {}
extension Build: APIRecord {}
extension BuildStatus: APIRecord {}
extension Environment: APIRecord {}
extension Deployment: APIRecord {}
extension Variable: APIRecord {}
extension Log: APIRecord {}
