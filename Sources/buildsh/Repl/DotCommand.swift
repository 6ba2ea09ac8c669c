import BuildScript
import Foundation
import ServerlessVerbs

/// A REPL setting command: a line starting with `.`, handled by the REPL, not the language.
enum DotCommand: Equatable {
    case mode(OutputFormat?)
    case timing(Bool?)
    case hints(Bool?)
    case save(String)
    case results(Int?)
    case tabCache(Double?)
    case dryRun(Bool?)
    case presenter(Bool?)
    case reset
    case help
    case quit

    /// Why a dot command line was not understood.
    enum ParseError: Error, Equatable {
        case unknownCommand(String)
        case badValue(command: String, value: String, expected: [String])
        case missingFile(command: String)
    }

    /// The names, for `.help` and Tab.
    static let names = [".mode", ".timing", ".hints", ".tabcache", ".dryrun", ".presenter", ".reset", ".save", ".results", ".help", ".quit"]

    /// The values a setting takes, for Tab.
    static func values(for name: String) -> [String] {
        switch name {
        case ".mode": OutputFormat.allCases.map(\.rawValue)
        case ".timing", ".hints", ".dryrun", ".presenter": ["on", "off"]
        default: []
        }
    }

    /// Parses a line such as `.mode json`; nil when the line is not a dot command at all.
    static func parse(_ line: String) -> Result<DotCommand, ParseError>? {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let name = words.first, name.hasPrefix("."), name.count > 1 else { return nil }
        let value = words.count > 1 ? words[1] : nil
        switch name {
        case ".mode":
            guard let value else { return .success(.mode(nil)) }
            guard let mode = OutputFormat(rawValue: value) else {
                return .failure(.badValue(command: name, value: value, expected: OutputFormat.allCases.map(\.rawValue)))
            }
            return .success(.mode(mode))
        case ".timing", ".hints", ".dryrun", ".presenter":
            var flag: Bool?
            if let value {
                switch value {
                case "on": flag = true
                case "off": flag = false
                default: return .failure(.badValue(command: name, value: value, expected: ["on", "off"]))
                }
            }
            switch name {
            case ".timing": return .success(.timing(flag))
            case ".hints": return .success(.hints(flag))
            case ".presenter": return .success(.presenter(flag))
            default: return .success(.dryRun(flag))
            }
        case ".reset": return .success(.reset)
        case ".save":
            let path = line.drop { $0.isWhitespace }.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
            return path.isEmpty ? .failure(.missingFile(command: name)) : .success(.save(path))
        case ".tabcache":
            guard let value else { return .success(.tabCache(nil)) }
            guard let seconds = DurationLiteral.seconds(in: value), seconds >= 0, seconds <= 86_400 else {
                return .failure(.badValue(command: name, value: value, expected: ["a duration such as 30s, 5m or 0s"]))
            }
            return .success(.tabCache(seconds))
        case ".results":
            guard let value else { return .success(.results(nil)) }
            guard let number = Int(value), number > 0 else {
                return .failure(.badValue(command: name, value: value, expected: ["a result number from .results"]))
            }
            return .success(.results(number))
        case ".help": return .success(.help)
        case ".quit", ".exit": return .success(.quit)
        default: return .failure(.unknownCommand(name))
        }
    }
}
