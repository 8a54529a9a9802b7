/// "1 system", "3 systems", "2 copies": a number with its noun in the right form.
public enum CountPhrase {
    public static func of(_ number: Int, _ noun: String, plural: String? = nil) -> String {
        "\(number) \(number == 1 ? noun : plural ?? noun + "s")"
    }
}
