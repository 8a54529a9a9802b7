/// The placeholder systems and copies of a starter map: one for each place teams forget to map.
///
/// Each placeholder lists the data a system of its kind holds by its nature, so a claim cannot hold
/// by accident on an empty map: with every location unknown, the honest verdict is "unknown".
/// Nothing that would be an error is presumed (request bodies in telemetry, production copied to
/// staging): those are questions in the notes, answered by whoever fills the map in.
enum StarterPlaceholders {
    static let systems: [DataSystem] = [
        placeholder(
            "primary-database", "Primary database", .database,
            data: ["customer-records", "contact-details", "user-ids"],
            ask: "Which provider, account and region run it? Any read replicas, and where? "
                + "Check the live settings, not the architecture diagram."
        ),
        placeholder(
            "file-storage", "File uploads", .objectStorage,
            data: ["uploaded-files"],
            ask: "Which bucket and region hold uploads, profile images, invoices and signed documents? "
                + "Is cross-region replication switched on?"
        ),
        placeholder(
            "cdn", "CDN and edge logs", .cdn,
            data: ["ip-addresses", "request-payloads"],
            ask: "Where is TLS terminated? Where do edge logs and firewall events land, "
                + "how long are they kept, and who can read them?"
        ),
        placeholder(
            "app-logs", "Application and worker logs", .logs,
            data: ["ip-addresses"],
            ask: "Where are logs shipped? Do they carry request bodies, email addresses or IPs? "
                + "How long are they kept?"
        ),
        placeholder(
            "tracing", "Request tracing", .tracing,
            data: ["user-ids"],
            ask: "Which tracing service, which region? Do spans carry user IDs or request attributes?"
        ),
        placeholder(
            "error-tracking", "Error tracking", .errorTracking,
            data: ["user-ids"],
            ask: "Which region receives error events? Do payloads include form fields, user IDs "
                + "or record details? Is scrubbing on?"
        ),
        placeholder(
            "analytics", "Product analytics", .analytics,
            data: ["user-ids", "ip-addresses"],
            ask: "Which tool and region? Do events carry user IDs, IPs, page names or free text, "
                + "even if the team says it sends only metadata?"
        ),
        placeholder(
            "email", "Email provider", .email,
            data: ["contact-details", "free-text"],
            ask: "Which provider sends mail, from which region? Does it keep message bodies, "
                + "attachments and delivery logs?"
        ),
        placeholder(
            "crm", "CRM sync", .crm,
            data: ["contact-details", "billing"],
            ask: "Does the product sync accounts into a CRM? Which fields, which region, who can export them?"
        ),
        placeholder(
            "queue", "Job queue", .queue,
            data: ["request-payloads", "user-ids"],
            ask: "Where do job payloads sit (emails, file processing, billing, exports)? "
                + "Which region runs the workers that read them?"
        ),
        placeholder(
            "cache", "Cache", .cache,
            data: ["customer-records", "user-ids"],
            ask: "Which region? Does it hold sessions, query results or whole records, and for how long?"
        ),
        placeholder(
            "search-index", "Search index", .searchIndex,
            data: ["customer-records", "free-text"],
            ask: "Which region? Which fields are indexed: names, messages, document text? "
                + "Where are its snapshots?"
        ),
        placeholder(
            "backups", "Database backups", .backup,
            data: ["customer-records", "contact-details", "user-ids"],
            ask: "Where do nightly backups land (default bucket, account, region)? How long are "
                + "snapshots kept? Are old snapshots from a previous setup still in cold storage?"
        ),
        placeholder(
            "disaster-recovery", "Disaster recovery", .dr,
            data: ["customer-records", "contact-details", "user-ids"],
            ask: "Which region does failover use? Does it cross a border? Where do restore tests run?"
        ),
        placeholder(
            "staging", "Staging environment", .staging,
            data: [],
            ask: "Has production data ever been restored into staging or a temporary project to debug "
                + "something? Where, and is that copy still there? If so, add a staging-copy under copies."
        ),
        placeholder(
            "support-desk", "Support desk", .supportDesk,
            data: ["contact-details", "free-text", "screenshots"],
            ask: "Which tool and region? Do tickets carry screenshots, exports or attachments? "
                + "Who opens them, from which countries?"
        ),
        placeholder(
            "exports", "Exports and local copies", .export,
            data: ["exports", "customer-records"],
            ask: "Where do CSV exports, database dumps and engineers' local copies end up? "
                + "Who deletes them, and when?"
        ),
    ]

    static let copies: [DataCopy] = [
        DataCopy(
            from: "primary-database", to: "backups", kind: .backup,
            notes: "How often, kept how long, and in which region?"
        ),
        DataCopy(
            from: "primary-database", to: "disaster-recovery", kind: .drFailover,
            notes: "Is the failover region inside the promised region?"
        ),
        DataCopy(
            from: "primary-database", to: "exports", kind: .export,
            notes: "Who can export, and where do the files go?"
        ),
    ]

    private static func placeholder(
        _ id: String,
        _ name: String,
        _ kind: SystemKind,
        data: [String],
        ask: String
    ) -> DataSystem {
        DataSystem(
            id: id,
            name: name,
            kind: kind,
            location: .unknown,
            data: data,
            status: .unknown,
            notes: ask
        )
    }
}
