/// Why `resmap init` could not write a starter map. Each case reads as a sentence for the user.
public enum StarterMapError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Something already exists at the path; a starter map never replaces it.
    case fileExists(path: String)
    /// The folder the file would go in does not exist.
    case directoryMissing(path: String)
    /// A header field the user gave cannot be written (empty, or holds control characters).
    case invalidField(name: String, reason: String)
    /// The map could not be turned into YAML.
    case encodingFailed(reason: String)
    /// The operating system refused the write; `reason` is a sentence, and may name the file.
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .fileExists(let path):
            return "\(path) already exists; resmap init never overwrites a file. Pick a new name or open it with `resmap \(path)`."
        case .directoryMissing(let path):
            return "the folder \(path) does not exist; create it first or pick another path."
        case .invalidField(let name, let reason):
            return "--\(name) \(reason)."
        case .encodingFailed(let reason):
            return "could not write the starter map as YAML: \(reason)"
        case .writeFailed(let path, let reason):
            return reason.contains(path) ? reason : "could not write \(path): \(reason)"
        }
    }
}
