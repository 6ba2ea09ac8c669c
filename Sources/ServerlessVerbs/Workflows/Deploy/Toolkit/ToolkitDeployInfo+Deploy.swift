extension ToolkitDeployInfo {
    /// After a deploy of `build` to `service`: the file of `directory` updated as twilio-run's
    /// `saveLatestDeploymentData` updates it. Returns a line to print when it was not written: the
    /// credentials name no account (the toolkit writes nothing then either), the file there could
    /// not be read (`current` nil: left as it is), or writing failed.
    static func recordDeploy(
        in directory: String, current: ToolkitDeployInfo?, account: ToolkitAccount, service: String, build: String
    ) -> String? {
        guard let accountSid = account.accountSid else {
            return "note: \(fileName) not updated: the credentials name no account SID (an API key without TWILIO_ACCOUNT_SID)"
        }
        guard var info = current else { return "warning: \(fileName) not updated, as it could not be read" }
        info.record(account: accountSid, region: account.region, service: service, build: build)
        do {
            try info.save(to: directory)
            return nil
        } catch {
            return "warning: could not write \(location(of: directory)): \(error.localizedDescription)"
        }
    }
}
