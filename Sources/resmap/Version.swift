/// The one place resmap's version is written: `resmap --version` prints it. Change it here when
/// cutting a release (docs/cli.md, "Version", says so).
enum ResmapVersion {
    static let string = "0.1.0"
}
