/// Why a `LineEditor` could not start.
public enum LineEditorError: Error, Equatable, Sendable {
    /// Standard input or output is not a terminal; read lines plainly instead.
    case notATerminal
    /// libedit refused to start (for example, no usable terminal description).
    case editorUnavailable
}
