import Foundation
import Testing

@testable import ServerlessVerbs

/// The parts of `deploy` that read a project: digests, file-name mapping, semver ranges, `.env`.
struct DeployProjectTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (String(repeating: "a", count: 1_000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
    ])
    func sha256MatchesTheStandardVectors(input: String, digest: String) {
        #expect(SHA256Digest.hex(Data(input.utf8)) == digest)
    }

    @Test func sha256OfBlockBoundaryLengths() {
        // 55, 56 and 64 bytes are the padding edge cases.
        #expect(SHA256Digest.hex(Data(repeating: 0x61, count: 55)) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(SHA256Digest.hex(Data(repeating: 0x61, count: 56)) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
        #expect(SHA256Digest.hex(Data(repeating: 0x61, count: 64)) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    }

    @Test(arguments: [
        ("hello.js", false, "/hello", "public"),
        ("api/data.protected.js", false, "/api/data", "protected"),
        ("helpers.private.js", false, "/helpers", "private"),
        ("my file.js", false, "/my-file", "public"),
        ("style.css", true, "/style.css", "public"),
        ("css/theme.private.css", true, "/css/theme.css", "private"),
        ("audio/hold.protected.mp3", true, "/audio/hold.mp3", "protected"),
        ("README", true, "/README", "public"),
        (".well-known", true, "/.well-known", "public"),
    ])
    func pathsAndVisibilityFollowTheToolkit(file: String, isAsset: Bool, path: String, visibility: String) {
        let mapped = ProjectFile.pathAndVisibility(file, keepExtension: isAsset)
        #expect(mapped.path == path)
        #expect(mapped.visibility == visibility)
    }

    @Test(arguments: [
        "1.2.3", "^5.3.0", "~1.2", "~1", ">=1.0.0 <2.0.0", ">= 1.0.0", "1.x", "1.2.X", "*", "", "latest",
        "1.2.3 - 2.3.4", "^1.0.0 || ^2.0.0", "1.2.3-beta.1", "1.2.3+build.5", "v1.2.3", "=1.2.3", "<=2",
        "4.17.0 - 4.17.21", "^3 || ^4", ">=1 <2", ">=5 <6", "~> 1", "0.1.20 || 1.2.4",
    ])
    func validRanges(version: String) {
        // "" is npm's "*" (node-semver's range-parse fixture: ['', '*']).
        #expect(SemverRange.isValid(version))
    }

    @Test(arguments: [
        "three", "01.2.3", "1.2.3.4", "^", ">=", "1.2.3-", "1.2-beta", "git+https://github.com/x/y", "file:../x",
        "next", "1 - ", "1.2.3 ||| 2", "^1.2.3 garbage", "1.x.5", ">=09090", "^9007199254740991.0.0",
    ])
    func invalidRanges(version: String) {
        #expect(!SemverRange.isValid(version))
    }

    @Test func dotEnvFilesReadLikeTheToolkit() {
        let parsed = DotEnvFile.parse(
            """
            # comment
            GREETING=Hello there
            QUOTED="two\\nlines"
            SINGLE='raw \\n'
            ACCOUNT_SID=AC123
            AUTH_TOKEN=secret
            TRAILING=value # note
            GREETING=again

            broken line
            """)
        #expect(parsed.variables.map(\.key) == ["GREETING", "QUOTED", "SINGLE", "TRAILING"])
        // dotenv 6.2.0 keeps an unquoted value's ` # note` (today's dotenv drops it: a warning).
        #expect(parsed.variables.map(\.value) == ["again", "two\nlines", "raw \\n", "value # note"])
        #expect(parsed.differences.map(\.key) == ["TRAILING"])
        #expect(parsed.malformed == [DotEnvFile.Malformed(line: 10, text: "broken line")])
    }

    @Test func assetsAreUploadedWithTheirContentType() {
        #expect(AssetContentType.of("/style.css") == "text/css")
        #expect(AssetContentType.of("/img/logo.SVG") == "image/svg+xml")
        #expect(AssetContentType.of("/data.bin") == "application/octet-stream")
        #expect(AssetContentType.of("/.well/known") == "application/octet-stream")
    }
}
