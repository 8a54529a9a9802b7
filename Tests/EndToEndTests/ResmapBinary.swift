import Foundation

/// Finds the `resmap` executable that `swift build` / `swift test` built. Nothing is built here:
/// the binary sits in the same build products directory as the test bundle. RESMAP_BINARY
/// overrides the search.
enum ResmapBinary {
    struct NotFound: Error, CustomStringConvertible {
        var searched: [String]
        var description: String {
            "no resmap binary found (run `swift build` first, or set RESMAP_BINARY); looked in: "
                + searched.joined(separator: ", ")
        }
    }

    static func url() throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        if let override = environment["RESMAP_BINARY"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        var directories: [URL] = []
        if let executable = Bundle.main.executableURL { directories.append(executable.deletingLastPathComponent()) }
        if let first = CommandLine.arguments.first {
            directories.append(URL(fileURLWithPath: first).deletingLastPathComponent())
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            // On macOS the bundle is a directory inside the products directory.
            directories.append(bundle.bundleURL.deletingLastPathComponent())
        }
        directories.append(packageRoot.appendingPathComponent(".build/debug"))
        for directory in directories {
            let candidate = directory.appendingPathComponent("resmap")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw NotFound(searched: directories.map(\.path))
    }

    /// The package's root folder, found from this source file's place in it.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // EndToEndTests
        .deletingLastPathComponent()   // Tests
        .deletingLastPathComponent()

    static func fixture(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
    }

    /// The Acme sample that the README opens.
    static let acmeSample = packageRoot.appendingPathComponent("Samples/acme-saas.yaml")
}
