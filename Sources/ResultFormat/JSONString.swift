/// JSON string literals for other writers of JSON (the benchmark report), with the same escaping as the
/// result renderer, so there is one place that decides how a string is written.
public enum JSONString {
    /// `text` as a quoted JSON string.
    public static func quoted(_ text: String) -> String {
        var out = ""
        JSONWriter.write(text, to: &out)
        return out
    }
}
