import Foundation
import FuzzSupport

/// libFuzzer's entry: each input goes through the same checks as resmap-fuzz (`InputCheck`),
/// and a broken rule aborts, which libFuzzer reports as a crash with the input saved.
/// Built only with RESMAP_LIBFUZZER=1 and the sanitizer flags (docs/fuzzing.md).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let path = NSTemporaryDirectory() + "resmap-libfuzzer-\(getpid()).yaml"
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes: data, count: size)) else { return 0 }
    let result = InputCheck().check(fileAt: path)
    if !result.violations.isEmpty {
        FileHandle.standardError.write(Data((result.violations.joined(separator: "\n") + "\n").utf8))
        abort()
    }
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
               _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

/// SwiftPM links an executable's entry as `<module>_main`; this one hands over to libFuzzer.
@_cdecl("resmap_libfuzzer_main")
public func libFuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
