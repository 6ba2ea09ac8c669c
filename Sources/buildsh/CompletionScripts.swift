import ArgumentParser
import Foundation

/// The shell completion scripts `buildsh --generate-completion-script SHELL` prints:
/// swift-argument-parser's script for ``CompletionCommand``, then a short part of buildsh's own
/// that offers `.bsh` files (and folders) where a run's script goes — the first word that is not an
/// option or an option's value, where the generated script offers only the subcommand `sandbox`.
/// A command with both a script argument and subcommands cannot be declared so that the generated
/// scripts still reach the subcommands, so the script argument is added here, once per shell.
enum CompletionScripts {
    /// The script for `shell`.
    static func script(for shell: CompletionShell) -> String {
        let generated = CompletionCommand.completionScript(for: shell)
        switch shell {
        case .bash: return generated + bash
        case .zsh: return generated + zsh
        case .fish: return generated + fish
        default: return generated
        }
    }

    /// The spellings of the options that take a value (`-p`, `--profile`, …): the word after one is
    /// its value, not the script. From the same declarations as `--help`.
    static let valueOptions: [String] = {
        guard let dump = try? JSONDecoder().decode(HelpDump.self, from: Data(CompletionCommand._dumpHelp().utf8)) else { return [] }
        return (dump.command.arguments ?? []).filter { $0.kind == "option" }.flatMap { argument in
            (argument.names ?? []).map { ($0.kind == "short" ? "-" : "--") + $0.name }
        }
    }()

    /// What `_dumpHelp()` (`--experimental-dump-help`) says of the top command's arguments.
    private struct HelpDump: Decodable {
        struct Command: Decodable {
            var arguments: [Argument]?
        }

        /// An option, a flag or a positional (which has no names).
        struct Argument: Decodable {
            var kind: String
            var names: [Name]?
        }

        struct Name: Decodable {
            var kind: String
            var name: String
        }

        var command: Command
    }

    private static var valueOptionWords: String { valueOptions.joined(separator: " ") }

    private static var bash: String {
        """

        # Added by buildsh: .bsh files and folders where the script goes (buildsh [options] FILE), beside
        # the subcommands the function above offers there. Not after -c CODE, which takes the script's place.
        __buildsh_at_script() {
            local -ar value_options=(\(valueOptionWords))
            local -i index
            for ((index = 1; index < COMP_CWORD; index++)); do
                local word="${COMP_WORDS[index]}"
                [[ "${word}" = -c ]] && return 1
                if [[ " ${value_options[*]} " = *" ${word} "* ]]; then
                    # The word after it is its value, and may be the one being completed.
                    ((++index < COMP_CWORD)) || return 1
                elif [[ "${word}" != -* ]]; then
                    return 1
                fi
            done
        }

        _buildsh_with_scripts() {
            _buildsh "$@"
            if [[ "${2}" != -* ]] && __buildsh_at_script; then
                local IFS=$'\\n'
                COMPREPLY+=($(compgen -o plusdirs -f -X '!*.bsh' -- "${2}"))
            fi
        }

        complete -o filenames -F _buildsh_with_scripts buildsh

        """
    }

    private static var zsh: String {
        """

        # Added by buildsh: .bsh files and folders where the script goes (buildsh [options] FILE), beside
        # the subcommands _buildsh offers there. Not after -c CODE, which takes the script's place.
        __buildsh_scripts() {
            local -ar value_options=(\(valueOptionWords))
            local -i index
            for ((index = 2; index < CURRENT; index++)); do
                [[ "${words[index]}" = -c ]] && return 1
                if (( ${value_options[(Ie)${words[index]}]} )); then
                    # The word after it is its value, and may be the one being completed.
                    (( ++index < CURRENT )) || return 1
                elif [[ "${words[index]}" != -* ]]; then
                    return 1
                fi
            done
            [[ "${PREFIX}" = -* ]] && return 1
            _files -g '*.bsh(-.)'
        }

        if (( ! ${+functions[__buildsh_generated]} )); then
            functions[__buildsh_generated]="${functions[_buildsh]}"
            _buildsh() {
                local -i ret=1
                __buildsh_generated "$@" && ret=0
                __buildsh_scripts && ret=0
                return ret
            }
            # Loaded by the first Tab, which the generated function has just answered.
            [[ "${funcstack[1]}" = _buildsh ]] && __buildsh_scripts
        fi

        """
    }

    private static let fish = #"""

        # Added by buildsh: .bsh files and folders where the script goes (buildsh [options] FILE), beside
        # the subcommands offered there. Not after -c CODE, which takes the script's place.
        complete -c 'buildsh' -n '__buildsh_should_offer_completions_for_positional "buildsh" -eq 1; and not __fish_seen_argument -s c' -kxa '(__fish_complete_path (commandline -ct) | string match -r -- \'^.*(?:\.bsh|/)(?:\t.*)?$\')'

        """#
}
