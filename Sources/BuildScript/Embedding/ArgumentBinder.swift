import Foundation
import OrderedCollections

/// Checks a call's arguments against a verb's parameters, uniformly for every verb.
enum ArgumentBinder {
    struct Failure: Error {
        let message: String
        let suggestion: String?
        let range: SourceRange?
    }

    /// One argument after evaluation.
    struct Supplied {
        var name: String?
        var value: Value
        var range: SourceRange
        var nameRange: SourceRange
    }

    static func bind(_ supplied: [Supplied], to verb: Verb) throws(Failure) -> Arguments {
        var values = OrderedDictionary<String, Value>()
        var positional: [Value] = []
        let positionalParameters = verb.parameters.filter(\.isPositional)
        var nextPositional = 0
        var rest: [Value] = []
        for argument in supplied {
            if let name = argument.name {
                guard let parameter = verb.parameters.first(where: { $0.isNamed(name) }) else {
                    if verb.acceptsOtherNamedArguments {
                        values[name] = argument.value
                        continue
                    }
                    throw Failure(
                        message: "unknown parameter '\(name)' for '\(verb.qualifiedName)'",
                        suggestion: Suggestions.closest(to: name, in: verb.parameters.flatMap { [$0.name] + $0.aliases }),
                        range: argument.nameRange)
                }
                if values[parameter.name] != nil {
                    let spelled = parameter.name == name ? "'\(name)'" : "'\(name)' (\(parameter.name))"
                    throw Failure(message: "parameter \(spelled) given twice", suggestion: nil, range: argument.nameRange)
                }
                values[parameter.name] = try convert(argument.value, to: parameter, range: argument.range)
            } else {
                positional.append(argument.value)
                guard nextPositional < positionalParameters.count else {
                    throw Failure(
                        message: "too many arguments for '\(verb.qualifiedName)'", suggestion: nil, range: argument.range)
                }
                let parameter = positionalParameters[nextPositional]
                if parameter.isVariadic {
                    rest.append(try convert(argument.value, to: parameter, range: argument.range))
                    continue
                }
                if values[parameter.name] != nil {
                    throw Failure(message: "parameter '\(parameter.name)' given twice", suggestion: nil, range: argument.range)
                }
                values[parameter.name] = try convert(argument.value, to: parameter, range: argument.range)
                nextPositional += 1
            }
        }
        if let variadic = positionalParameters.last, variadic.isVariadic, values[variadic.name] == nil {
            if !rest.isEmpty || variadic.isRequired { values[variadic.name] = .list(rest) }
            if variadic.isRequired && rest.isEmpty {
                throw Failure(message: "missing argument '\(variadic.name)' for '\(verb.qualifiedName)'", suggestion: nil, range: nil)
            }
        }
        for parameter in verb.parameters where parameter.isRequired && values[parameter.name] == nil {
            throw Failure(
                message: "missing \(parameter.isPositional ? "argument" : "parameter") '\(parameter.name)' for '\(verb.qualifiedName)'",
                suggestion: nil, range: nil)
        }
        var ordered = OrderedDictionary<String, Value>()
        for parameter in verb.parameters { if let value = values[parameter.name] { ordered[parameter.name] = value } }
        for (key, value) in values where ordered[key] == nil { ordered[key] = value }
        return Arguments(values: ordered, positional: positional)
    }

    static func convert(_ value: Value, to parameter: Parameter, range: SourceRange) throws(Failure) -> Value {
        if case .host(let type) = parameter.type {
            if let converted = type.convert(value, parameter: parameter.name) { return converted }
        } else if let converted = convert(value, to: parameter.type) {
            return converted
        }
        throw Failure(
            message: "'\(parameter.name)' must be \(describe(parameter.type)), not \(value.typeName) \(value.literalDescription)",
            suggestion: nil, range: range)
    }

    static func describe(_ type: ParameterType) -> String {
        switch type {
        case .any: return "a value"
        case .string: return "a string"
        case .number: return "a number"
        case .integer: return "a whole number"
        case .bool: return "true or false"
        case .duration: return "a duration (like 30s)"
        case .time: return "a time"
        case .list: return "a list"
        case .record: return "a record"
        case .reference: return "a SID, name or resource record"
        case .host(let type): return type.expectation
        case .oneOf(let words): return "one of " + words.joined(separator: ", ")
        case .data: return "a record, a list or JSON text"
        }
    }

    /// Lossless conversions; `nil` when the value does not fit.
    static func convert(_ value: Value, to type: ParameterType) -> Value? {
        switch (type, value) {
        case (.any, _): return value
        case (.string, .string): return value
        case (.string, .number), (.string, .bool), (.string, .duration), (.string, .time): return .string(value.description)
        case (.number, .number): return value
        case (.number, .string(let s)): return Double(s).map(Value.number)
        case (.integer, .number(let n)): return WholeNumber.exactly(n) != nil ? value : nil
        case (.integer, .string(let s)): return Int(s).flatMap { WholeNumber.exactly(Double($0)) }.map { .number(Double($0)) }
        case (.bool, .bool): return value
        case (.bool, .string(let s)): return s == "true" ? .bool(true) : s == "false" ? .bool(false) : nil
        case (.duration, .duration): return value
        case (.duration, .number(let n)): return n.isFinite ? .duration(n) : nil
        case (.duration, .string(let s)):
            var lexer = Lexer(s, file: "")
            if case .duration(let d) = lexer.next().kind, lexer.next().kind == .eof { return .duration(d) }
            return nil
        case (.time, .time): return value
        case (.time, .string(let s)): return Value.parseTime(s).map(Value.time)
        case (.list, .list): return value
        case (.list, .stream), (.list, .record), (.list, .string), (.list, .number): return value.isStream ? value : .list([value])
        case (.record, .record): return value
        case (.reference, .string), (.reference, .record): return value
        case (.host(let host), _): return host.convert(value, parameter: "")
        case (.oneOf(let words), .string(let s)): return words.contains(s) ? value : nil
        case (.data, .record), (.data, .list), (.data, .string): return value
        default: return nil
        }
    }
}

extension Value {
    var isStream: Bool {
        if case .stream = self { return true }
        return false
    }
}
