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
        // Parameters are read in place, by index: a copy of one retains its name, type, doc,
        // example and aliases, and built-in functions are bound on every call.
        let parameters = verb.parameters
        if let arguments = try bindInOrder(supplied, to: parameters) { return arguments }
        var values = OrderedDictionary<String, Value>()
        var positional: [Value] = []
        var nextPositional = 0
        var rest: [Value] = []
        // Whether `values` is already in the order of the parameter list (the usual case).
        var inOrder = true
        var lastIndex = -1
        for argument in supplied {
            let index: Int
            if let name = argument.name {
                guard let named = parameters.firstIndex(where: { $0.isNamed(name) }) else {
                    if verb.acceptsOtherNamedArguments {
                        values[name] = argument.value
                        inOrder = false
                        continue
                    }
                    throw Failure(
                        message: "unknown parameter '\(name)' for '\(verb.qualifiedName)'",
                        suggestion: Suggestions.closest(to: name, in: parameters.flatMap { [$0.name] + $0.aliases }),
                        range: argument.nameRange)
                }
                index = named
                if values[parameters[index].name] != nil {
                    let parameterName = parameters[index].name
                    let spelled = parameterName == name ? "'\(name)'" : "'\(name)' (\(parameterName))"
                    throw Failure(message: "parameter \(spelled) given twice", suggestion: nil, range: argument.nameRange)
                }
            } else {
                positional.append(argument.value)
                guard let found = positionalIndex(nextPositional, in: parameters) else {
                    throw Failure(
                        message: "too many arguments for '\(verb.qualifiedName)'", suggestion: nil, range: argument.range)
                }
                index = found
                if parameters[index].isVariadic {
                    rest.append(try convert(argument.value, to: parameters[index], range: argument.range))
                    continue
                }
                if values[parameters[index].name] != nil {
                    throw Failure(message: "parameter '\(parameters[index].name)' given twice", suggestion: nil, range: argument.range)
                }
                nextPositional += 1
            }
            values[parameters[index].name] = try convert(argument.value, to: parameters[index], range: argument.range)
            if index < lastIndex { inOrder = false }
            lastIndex = index
        }
        if let variadic = parameters.lastIndex(where: \.isPositional), parameters[variadic].isVariadic,
            values[parameters[variadic].name] == nil
        {
            let isRequired = parameters[variadic].isRequired
            if !rest.isEmpty || isRequired {
                values[parameters[variadic].name] = .list(rest)
                if variadic < lastIndex { inOrder = false }
            }
            if isRequired && rest.isEmpty {
                throw Failure(
                    message: "missing argument '\(parameters[variadic].name)' for '\(verb.qualifiedName)'", suggestion: nil, range: nil)
            }
        }
        for index in parameters.indices where parameters[index].isRequired && values[parameters[index].name] == nil {
            throw Failure(
                message: "missing \(parameters[index].isPositional ? "argument" : "parameter") '\(parameters[index].name)' for '\(verb.qualifiedName)'",
                suggestion: nil, range: nil)
        }
        if inOrder { return Arguments(values: values, positional: positional) }
        var ordered = OrderedDictionary<String, Value>()
        for parameter in parameters { if let value = values[parameter.name] { ordered[parameter.name] = value } }
        for (key, value) in values where ordered[key] == nil { ordered[key] = value }
        return Arguments(values: ordered, positional: positional)
    }

    /// The usual call of a function, `len($x)`: only positional arguments, each for the next of the
    /// leading positional parameters (none variadic), and every parameter after them optional.
    /// Nothing can be given twice or be missing then, so the values are laid out at once in
    /// parameter order (what ``bind(_:to:)`` would build); nil for any other call.
    private static func bindInOrder(_ supplied: [Supplied], to parameters: [Parameter]) throws(Failure) -> Arguments? {
        let count = supplied.count
        guard count <= parameters.count else { return nil }
        for index in 0..<count {
            guard supplied[index].name == nil, parameters[index].isPositional, !parameters[index].isVariadic else { return nil }
        }
        for index in count..<parameters.count where parameters[index].isRequired { return nil }
        // Parameter names are unique in any sound declaration; a host's mistake takes the long way.
        for index in 0..<count {
            for earlier in 0..<index where parameters[earlier].name == parameters[index].name { return nil }
        }
        var keys: [String] = []
        var values: [Value] = []
        var positional: [Value] = []
        keys.reserveCapacity(count)
        values.reserveCapacity(count)
        positional.reserveCapacity(count)
        for index in 0..<count {
            keys.append(parameters[index].name)
            positional.append(supplied[index].value)
            values.append(try convert(supplied[index].value, to: parameters[index], range: supplied[index].range))
        }
        return Arguments(values: OrderedDictionary(uncheckedUniqueKeys: keys, values: values), positional: positional)
    }

    /// Where the `n`th positional parameter (from 0) is in `parameters`.
    private static func positionalIndex(_ n: Int, in parameters: [Parameter]) -> Int? {
        var seen = 0
        for index in parameters.indices where parameters[index].isPositional {
            if seen == n { return index }
            seen += 1
        }
        return nil
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
