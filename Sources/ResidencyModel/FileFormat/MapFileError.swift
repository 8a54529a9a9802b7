import Foundation

/// Why a map could not be encoded or saved. The message is written for a person and says whether
/// the file on disk was left as it was.
public struct MapFileError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// The file being written, if any.
    public var path: String?
    public var message: String

    public init(path: String?, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { message }
    public var errorDescription: String? { message }
}
