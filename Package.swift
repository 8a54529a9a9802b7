// swift-tools-version: 6.0
import Foundation
import PackageDescription

let package = Package(
    name: "resmap",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "resmap", targets: ["resmap"]),
        .library(name: "ResidencyModel", targets: ["ResidencyModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift.git", from: "2.5.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
    ],
    targets: [
        // The model: map, file format, region catalogue, evaluation, export. No terminal code.
        .target(
            name: "ResidencyModel",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The only code that sees ncurses headers. No `pkgConfig:`: pkg-config's ncursesw cflags are
        // feature-test -D flags SwiftPM refuses (a "prohibited flag(s)" warning on every build), and
        // its libs add nothing: the headers are in the default include path, the modulemap links
        // ncursesw (whose linker script pulls in tinfo), and shim.h asks for the wide-character API.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // Screens, state, actions, keymaps, rendering into a cell grid. No curses import.
        .target(name: "ResidencyTUI", dependencies: ["ResidencyModel"]),
        .executableTarget(
            name: "resmap",
            dependencies: [
                "ResidencyModel",
                "ResidencyTUI",
                "CNcursesw",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "resmap-bench",
            dependencies: [
                "ResidencyModel",
                "ResidencyTUI",
                // Yams directly: the benchmark times bare YAML parsing as the floor for loading.
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The fuzz harness: the checks one input goes through, the seed corpus and the mutations
        // (docs/fuzzing.md). A library so the runner, the optional libFuzzer entry and the
        // regression test share one set of checks.
        .target(name: "FuzzSupport", dependencies: ["ResidencyModel"]),
        .executableTarget(
            name: "resmap-fuzz",
            dependencies: ["FuzzSupport", "ResidencyModel", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Golden files and fixtures are read through #filePath, so they are not bundle resources.
        .testTarget(
            name: "ResidencyModelTests",
            // Yams directly: the differential test compares the loader with Yams' own composer.
            dependencies: ["ResidencyModel", "FuzzSupport", .product(name: "Yams", package: "Yams")],
            exclude: ["Golden", "ExportGolden", "Fixtures", "Fuzz/Regressions"]
        ),
        .testTarget(
            name: "ResidencyTUITests",
            dependencies: ["ResidencyTUI", "ResidencyModel"],
            exclude: ["Snapshots"]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["ResidencyModel"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)

// The optional libFuzzer entry (docs/fuzzing.md), declared only when asked for: it links only
// when built with -sanitize=fuzzer, which supplies its main.
if ProcessInfo.processInfo.environment["RESMAP_LIBFUZZER"] == "1" {
    package.targets.append(.executableTarget(name: "resmap-libfuzzer", dependencies: ["FuzzSupport"], path: "Fuzz/LibFuzzer"))
}
