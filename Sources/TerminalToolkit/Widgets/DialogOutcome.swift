/// What a key did to a dialog.
public enum DialogOutcome: Hashable, Sendable {
    /// A button was chosen (by its key, by Enter on the focused one, or by Esc for the
    /// cancel button): the dialog has done its work.
    case chose(Int)
    /// The focus moved, or the key meant nothing here: the dialog stays open.
    case stays
}
