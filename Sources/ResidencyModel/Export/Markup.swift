/// A piece of Markdown source whose map text is already escaped. String literals written in the
/// exporter are trusted markup; every `String` interpolated into one is escaped as for a table
/// cell (`MarkdownEscaping`, line breaks shown as " / "), which is safe in paragraphs, list items
/// and headings too, so map text cannot reach the note raw by accident:
///
/// ```swift
/// let line: Markup = "**Owner:** \(map.header.owner)"   // the owner is escaped, the ** are kept
/// ```
struct Markup: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The Markdown source.
    private(set) var source: String

    init(stringLiteral literal: String) {
        source = literal
    }

    init(stringInterpolation interpolation: StringInterpolation) {
        source = interpolation.source
    }

    /// Plain text, escaped.
    init(text: String) {
        source = Markup.escape(text)
    }

    static func escape(_ text: String) -> String {
        MarkdownEscaping.text(text, lineBreak: " / ")
    }

    /// Source that is known to be safe (generated ids, fixed words, hex digits).
    init(trusted source: String) {
        self.source = source
    }

    var description: String { source }
    var isEmpty: Bool { source.isEmpty }

    static func + (lhs: Markup, rhs: Markup) -> Markup {
        Markup(trusted: lhs.source + rhs.source)
    }

    static func += (lhs: inout Markup, rhs: Markup) {
        lhs.source += rhs.source
    }

    struct StringInterpolation: StringInterpolationProtocol {
        var source = ""

        init(literalCapacity: Int, interpolationCount: Int) {
            source.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        mutating func appendLiteral(_ literal: String) {
            source += literal
        }

        /// Map text: escaped.
        mutating func appendInterpolation(_ text: String) {
            source += Markup.escape(text)
        }

        mutating func appendInterpolation(_ markup: Markup) {
            source += markup.source
        }

        mutating func appendInterpolation(_ number: Int) {
            source += String(number)
        }

        mutating func appendInterpolation(_ date: ISODate) {
            source += date.description
        }
    }
}

extension Sequence where Element == Markup {
    func joined(separator: Markup = "") -> Markup {
        var result = Markup(trusted: "")
        var first = true
        for item in self {
            if !first { result += separator }
            result += item
            first = false
        }
        return result
    }
}
