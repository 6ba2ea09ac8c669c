import Testing

@testable import LineEditor

@Suite struct SecretLineFilterTests {
    @Test(arguments: [
        "login account=AC123 token=abcdef",
        "let auth_token = \"s3cr3t\"",
        "let creds = {sid: \"SK1\", secret: \"xyz\"}",
        "export TWILIO_AUTH_TOKEN=abc",
        "set password = hunter2",
        "use account AC00000000000000000000000000000000 0123456789abcdef0123456789abcdef",
    ])
    func recognisesLinesThatSetASecret(line: String) {
        #expect(SecretLineFilter.isSecret(line))
    }

    @Test(arguments: [
        "list builds",
        "create service unique_name=demo friendly_name=\"Demo\"",
        "fetch build ZB0123456789abcdef0123456789abcdef",
        "list builds | where token == \"x\"",
        "print $token",
        "create function friendly_name=secretive_name",
    ])
    func letsOrdinaryLinesThrough(line: String) {
        #expect(!SecretLineFilter.isSecret(line))
    }
}
