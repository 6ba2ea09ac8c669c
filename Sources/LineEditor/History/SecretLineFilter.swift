/// Recognises input lines that set a secret, so history never writes them down.
///
/// A line is secret when a name that mentions a token, secret, password or key is given a value
/// (`token=...`, `let auth_token = ...`, `{secret: ...}`, `export TWILIO_AUTH_TOKEN=...`), or when it
/// holds a bare 32-character hexadecimal word (the shape of a Twilio auth token; a SID differs by
/// its two-letter prefix). It errs on the side of forgetting a harmless line.
public enum SecretLineFilter {
    /// Parts of a name that mark its value as a secret.
    static let secretNameParts = ["token", "secret", "password", "passwd", "apikey", "api_key", "credential"]

    /// Whether `line` sets a secret.
    @Sendable
    public static func isSecret(_ line: String) -> Bool {
        assignsSecretName(line) || containsBareHexToken(line)
    }

    /// A secret-sounding name followed by `=` (not `==`) or `:`.
    static func assignsSecretName(_ line: String) -> Bool {
        let characters = Array(line)
        var index = 0
        while index < characters.count {
            guard isNameCharacter(characters[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < characters.count, isNameCharacter(characters[index]) {
                index += 1
            }
            let name = String(characters[start..<index]).lowercased()
            guard secretNameParts.contains(where: name.contains) else { continue }
            var next = index
            while next < characters.count, characters[next] == " " || characters[next] == "\t" {
                next += 1
            }
            guard next < characters.count else { continue }
            if characters[next] == ":" { return true }
            if characters[next] == "=" {
                let following = next + 1 < characters.count ? characters[next + 1] : " "
                if following != "=" { return true }
            }
        }
        return false
    }

    /// A word of exactly 32 hexadecimal digits, not glued to letters (so `ZB` + 32 hex, a SID, is not one).
    static func containsBareHexToken(_ line: String) -> Bool {
        var run = 0
        var runIsHex = true
        for character in line + " " {
            if isNameCharacter(character) {
                run += 1
                runIsHex = runIsHex && character.isHexDigit
            } else {
                if run == 32 && runIsHex { return true }
                run = 0
                runIsHex = true
            }
        }
        return false
    }

    private static func isNameCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }
}
