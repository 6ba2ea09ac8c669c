import Foundation

/// Assets and Asset Versions: `/v1/Services/{service}/Assets[/{asset}/Versions]`.
extension ServerlessClient {
    /// Lists a Service's Assets, lazily.
    public func listAssets(service: String, pageSize: Int? = nil, limit: Int? = nil) -> RecordList<Asset> {
        list(try route(.asset, service), pageSize: pageSize, limit: limit)
    }

    /// Creates an Asset (its content is added with ``createAssetVersion(service:asset:path:visibility:content:fileName:contentType:)``).
    public func createAsset(service: String, friendlyName: String) async throws -> Asset {
        var form = FormParameters()
        form.add("FriendlyName", friendlyName)
        return try await post(try route(.asset, service), form: form)
    }

    /// Fetches an Asset.
    public func fetchAsset(service: String, asset: String) async throws -> Asset {
        try await get(try route(.asset, service, asset))
    }

    /// Renames an Asset.
    public func updateAsset(service: String, asset: String, friendlyName: String) async throws -> Asset {
        var form = FormParameters()
        form.add("FriendlyName", friendlyName)
        return try await post(try route(.asset, service, asset), form: form)
    }

    /// Deletes an Asset.
    public func deleteAsset(service: String, asset: String) async throws {
        try await delete(try route(.asset, service, asset))
    }

    /// Lists an Asset's Versions, lazily.
    public func listAssetVersions(
        service: String, asset: String, pageSize: Int? = nil, limit: Int? = nil
    ) -> RecordList<AssetVersion> {
        list(try route(.assetVersion, service, asset), pageSize: pageSize, limit: limit)
    }

    /// Fetches an Asset Version.
    public func fetchAssetVersion(service: String, asset: String, version: String) async throws -> AssetVersion {
        try await get(try route(.assetVersion, service, asset, version))
    }

    /// Uploads new content for an Asset (multipart, to the upload host). Not retried once sent.
    public func createAssetVersion(
        service: String, asset: String, path: String, visibility: Visibility, content: Data,
        fileName: String? = nil, contentType: String = "application/octet-stream"
    ) async throws -> AssetVersion {
        try await uploadVersion(
            ResourcePath(.assetVersion, parents: [service, asset]), servedAt: path, visibility: visibility, content: content,
            fileName: fileName, contentType: contentType)
    }
}
