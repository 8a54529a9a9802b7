/// One managed resource of a Terraform plan or state, as `terraform show -json` prints it, with
/// the region its provider runs it in when the JSON says so.
public struct TerraformResource: Sendable, Hashable {
    /// `module.db.aws_db_instance.main`, `aws_s3_bucket.uploads["eu"]`.
    public let address: String
    /// `aws_db_instance`.
    public let type: String
    /// The resource's attributes: the planned values of a plan, the recorded values of a state.
    public let values: JSONValue
    /// The region the provider configuration sets for it (`aws` providers), when known.
    public let providerRegion: String?
    /// Which file it came from, for messages.
    public let file: String

    /// The cloud it runs in, as the region catalogue names providers.
    public var cloud: String? {
        if type.hasPrefix("aws_") { return "aws" }
        if type.hasPrefix("azurerm_") { return "azure" }
        if type.hasPrefix("google_") { return "gcp" }
        return nil
    }

    /// The address without a `count` or `for_each` index: `aws_s3_bucket.uploads`.
    public var baseAddress: String {
        guard address.hasSuffix("]"), let open = address.lastIndex(of: "[") else { return address }
        return String(address[..<open])
    }
}
