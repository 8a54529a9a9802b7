/// The words generated maps are made of: real location codes, Unicode names, and text that
/// naive YAML handling gets wrong.
enum Vocabulary {
    /// Codes the region catalogue resolves.
    static let locations = [
        "aws:eu-central-1", "aws:eu-west-1", "aws:eu-north-1", "aws:us-east-1", "aws:us-west-2",
        "aws:ap-northeast-1", "aws:sa-east-1", "gcp:europe-west3", "gcp:europe-west6", "gcp:us-central1",
        "gcp:asia-northeast1", "azure:germanywestcentral", "azure:switzerlandnorth", "azure:westeurope",
        "hetzner:fsn1", "hetzner:nbg1", "hetzner:hel1", "ovhcloud:GRA11", "ovhcloud:SBG5", "digitalocean:fra1",
        "digitalocean:nyc3", "cloudflare:eu", "DE", "US", "NO", "CH", "JP", "BR", "IE", "CA",
    ]
    /// ISO codes people work from; `NO` is Norway, not "false".
    static let countries = ["DE", "FR", "NO", "CA", "US", "IN", "PH", "BR", "GB", "JP", "CH", "PL", "UA", "ES"]
    static let regions: [[String]] = [["EU"], ["EEA"], ["DE", "AT"], ["US"], ["EEA+adequacy"], ["CH"], ["NO", "SE"]]
    static let cities = [
        "Zürich", "São Paulo", "東京", "Frankfurt", "Dublin", "Montréal", "Kraków", "Göteborg", "Αθήνα", "Ōsaka",
        "Reykjavík", "Bogotá", "Genève", "Łódź", "서울", "Virginia", "Oregon", "Helsinki",
    ]
    static let people = [
        "Dana Ortiz", "Priya Nair", "Tomás Reyes", "Zoë Brandt", "Søren Ødegaard", "渡辺 さくら", "Amara Okafor",
        "José Álvarez", "Łukasz Nowak", "Sam Lee",
    ]
    static let vendors = [
        "AWS RDS", "Google Cloud SQL", "Hetzner", "Sentry", "Datadog", "Zendesk", "Intercom", "Stripe", "Mailgun",
        "Cloudflare", "Elastic Cloud", "Redis Cloud", "Snowflake", "Müller & Söhne GmbH",
    ]
    static let retentions = ["24h", "30 days", "35d", "2 weeks", "13 months", "7 years", "indefinite", "90 days"]
    static let schedules = ["nightly", "continuous", "before each release", "hourly", "every 15 min", "on"]
    static let teams = ["support", "engineering", "contractor", "vendor", "sales", "finance"]
    static let evidence = [
        "AWS console, instance settings", "Vendor DPA, annex 3", "Terraform state, reviewed", "Asked the vendor",
        "Dashboard: Settings › Data residency",
    ]
    static let flowNames = ["Sign up", "Upload a file", "Password reset", "Checkout", "Support ticket", "Export"]
    static let triggers = [
        "User submits the signup form", "Customer opens a ticket", "Nightly job at 02:00 UTC", "yes",
    ]
    static let claimTexts = [
        "Customer records stay in the EU", "Uploaded files are stored in Frankfurt",
        "Only staff in the EU open customer data", "Backups never leave the region", "Daten bleiben in Zürich",
    ]
    static let reasons = [
        "Error payloads scrubbed of form fields; migration to EU region in Q1",
        "Break-glass access for incidents only, every session recorded",
        "Legacy archive: deletion scheduled",
    ]
    /// Notes, including text that YAML readers misread when written plain.
    static let notes = [
        "yes", "NO", "12:30", "null", "~", "  padded  ", "Contains: a colon # and a hash", "line one\nline two",
        "Trailing newline\n", "- looks like a list item", "[not, a, list]", "'single' and \"double\" quotes",
        "@mention", "tab\there", "2026-10-01", "Zürich → 東京 ✓", "true", "0x1F", "1e3", "%percent", "!tag",
        "&anchor *alias", "> folded?", "| literal?", "   \n  indented second line", "ends with a space ",
        "Migrated from São Paulo; see ticket #123",
    ]
    static let extraCategories = [
        DataCategory(id: "telemetry", name: "Telemetry", personal: false),
        DataCategory(id: "health-records", name: "Health records (Gesundheitsdaten)", personal: true),
    ]
}
