/// Function and Asset Versions known only by their SID, as some build bodies list them.
extension FunctionVersion: SidIdentified {
    /// A version known only by its SID.
    public init(sid: String) { self.sid = sid }
}

extension AssetVersion: SidIdentified {
    /// A version known only by its SID.
    public init(sid: String) { self.sid = sid }
}
