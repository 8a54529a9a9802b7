/// A kind of data the map tracks: customer records, IP addresses, uploaded files, ...
public struct DataCategory: Sendable, Hashable, Identifiable, Codable {
    public var id: String
    public var name: String
    public var personal: Bool

    public init(id: String, name: String, personal: Bool) {
        self.id = id
        self.name = name
        self.personal = personal
    }

    /// The set that applies when a map declares none.
    public static let defaults: [DataCategory] = [
        DataCategory(id: "customer-records", name: "Customer records", personal: true),
        DataCategory(id: "contact-details", name: "Contact details", personal: true),
        DataCategory(id: "user-ids", name: "User IDs", personal: true),
        DataCategory(id: "ip-addresses", name: "IP addresses", personal: true),
        DataCategory(id: "request-payloads", name: "Request payloads", personal: true),
        DataCategory(id: "uploaded-files", name: "Uploaded files", personal: true),
        DataCategory(id: "free-text", name: "Free text and tickets", personal: true),
        DataCategory(id: "screenshots", name: "Screenshots", personal: true),
        DataCategory(id: "exports", name: "Exports", personal: true),
        DataCategory(id: "billing", name: "Billing", personal: true),
    ]
}
