import ReviewModel

extension Review {
    /// The review's `paper` section as the editor sees it: empty details when there is none,
    /// and none when every detail is emptied.
    var coverSheet: PaperDetails {
        get { paper ?? PaperDetails() }
        set { paper = newValue.isEmpty ? nil : newValue }
    }
}
