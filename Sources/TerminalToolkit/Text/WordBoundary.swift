/// Where word-wise cursor moves stop, as readline's Alt-b and Alt-f do: a word is a run of
/// letters and digits; anything else between words is skipped.
public enum WordBoundary {
    /// The start of the word before `index` (or the one `index` is inside).
    public static func previous(in characters: [Character], from index: Int) -> Int {
        var position = min(max(0, index), characters.count)
        while position > 0, !isWordCharacter(characters[position - 1]) { position -= 1 }
        while position > 0, isWordCharacter(characters[position - 1]) { position -= 1 }
        return position
    }

    /// The end of the word after `index` (or the one `index` is inside).
    public static func next(in characters: [Character], from index: Int) -> Int {
        var position = min(max(0, index), characters.count)
        while position < characters.count, !isWordCharacter(characters[position]) { position += 1 }
        while position < characters.count, isWordCharacter(characters[position]) { position += 1 }
        return position
    }

    /// The start of the whitespace-separated word before `index`, as Ctrl-W deletes back to:
    /// first any spaces, then the run of other characters.
    public static func previousSpaceSeparated(in characters: [Character], from index: Int) -> Int {
        var position = min(max(0, index), characters.count)
        while position > 0, characters[position - 1].isWhitespace, characters[position - 1] != "\n" { position -= 1 }
        while position > 0, !characters[position - 1].isWhitespace { position -= 1 }
        return position
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}
