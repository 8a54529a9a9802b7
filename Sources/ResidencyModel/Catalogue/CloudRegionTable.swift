// Cloud regions the catalogue knows, as tab-separated text: provider, region_code, display_name,
// city, country_iso2, jurisdiction. An empty country means the region spans every country of the
// group named in the jurisdiction column (Cloudflare's `eu`). Lines starting with `#` are notes.
//
// Sources (gathered in the project's reference data):
// - aws: botocore `data/partitions.json`, commercial partition, display names as written there;
//   `eusc-de-east-1` is the AWS European Sovereign Cloud (its own partition, `aws-eusc`).
// - gcp: Google Cloud location pages. azure: Microsoft's region list ("Physical location");
//   some "cities" are states as Microsoft publishes them.
// - hetzner: `hcloud location list`. digitalocean: public region slugs (nyc2, sfo1, ams2 legacy).
// - ovhcloud: location prefixes; real region names carry numeric suffixes (GRA11, DE1, UK1) and
//   are matched by prefix. Lower confidence for CA-EAST-TOR, AP-SOUTH-MUM and the US rows.
// - cloudflare: Data Localization Suite region keys; Cloudflare's docs confirm eu, us, ca, fedramp.
//
// The jurisdiction column is checked against the country table when the catalogue loads (a
// mismatch is a data problem the tests report); the catalogue derives jurisdictions itself.
// Literal tabs separate the columns: keep them when editing.

enum CloudRegionTable {
    static let tsv = """
provider	region_code	display_name	city	country_iso2	jurisdiction
aws	af-south-1	Africa (Cape Town)	Cape Town	ZA	ZA
aws	ap-east-1	Asia Pacific (Hong Kong)	Hong Kong	HK	HK
aws	ap-east-2	Asia Pacific (Taipei)	Taipei	TW	TW
aws	ap-northeast-1	Asia Pacific (Tokyo)	Tokyo	JP	JP
aws	ap-northeast-2	Asia Pacific (Seoul)	Seoul	KR	KR
aws	ap-northeast-3	Asia Pacific (Osaka)	Osaka	JP	JP
aws	ap-south-1	Asia Pacific (Mumbai)	Mumbai	IN	IN
aws	ap-south-2	Asia Pacific (Hyderabad)	Hyderabad	IN	IN
aws	ap-southeast-1	Asia Pacific (Singapore)	Singapore	SG	SG
aws	ap-southeast-2	Asia Pacific (Sydney)	Sydney	AU	AU
aws	ap-southeast-3	Asia Pacific (Jakarta)	Jakarta	ID	ID
aws	ap-southeast-4	Asia Pacific (Melbourne)	Melbourne	AU	AU
aws	ap-southeast-5	Asia Pacific (Malaysia)		MY	MY
aws	ap-southeast-6	Asia Pacific (New Zealand)	Auckland	NZ	NZ
aws	ap-southeast-7	Asia Pacific (Thailand)		TH	TH
aws	ca-central-1	Canada (Central)	Montréal	CA	CA
aws	ca-west-1	Canada West (Calgary)	Calgary	CA	CA
aws	eu-central-1	Europe (Frankfurt)	Frankfurt	DE	EU
aws	eu-central-2	Europe (Zurich)	Zurich	CH	CH
aws	eu-north-1	Europe (Stockholm)	Stockholm	SE	EU
aws	eu-south-1	Europe (Milan)	Milan	IT	EU
aws	eu-south-2	Europe (Spain)	Aragón	ES	EU
aws	eu-west-1	Europe (Ireland)	Dublin	IE	EU
aws	eu-west-2	Europe (London)	London	GB	UK
aws	eu-west-3	Europe (Paris)	Paris	FR	EU
aws	il-central-1	Israel (Tel Aviv)	Tel Aviv	IL	IL
aws	me-central-1	Middle East (UAE)		AE	AE
aws	me-south-1	Middle East (Bahrain)		BH	BH
aws	mx-central-1	Mexico (Central)	Querétaro	MX	MX
aws	sa-east-1	South America (Sao Paulo)	São Paulo	BR	BR
aws	us-east-1	US East (N. Virginia)	N. Virginia	US	US
aws	us-east-2	US East (Ohio)	Ohio	US	US
aws	us-west-1	US West (N. California)	N. California	US	US
aws	us-west-2	US West (Oregon)	Oregon	US	US
aws	eusc-de-east-1	AWS European Sovereign Cloud (Germany)	Brandenburg	DE	EU
gcp	africa-south1	Johannesburg	Johannesburg	ZA	ZA
gcp	asia-east1	Taiwan	Changhua County	TW	TW
gcp	asia-east2	Hong Kong	Hong Kong	HK	HK
gcp	asia-northeast1	Tokyo	Tokyo	JP	JP
gcp	asia-northeast2	Osaka	Osaka	JP	JP
gcp	asia-northeast3	Seoul	Seoul	KR	KR
gcp	asia-south1	Mumbai	Mumbai	IN	IN
gcp	asia-south2	Delhi	Delhi	IN	IN
gcp	asia-southeast1	Singapore	Jurong West	SG	SG
gcp	asia-southeast2	Jakarta	Jakarta	ID	ID
gcp	asia-southeast3	Bangkok	Bangkok	TH	TH
gcp	australia-southeast1	Sydney	Sydney	AU	AU
gcp	australia-southeast2	Melbourne	Melbourne	AU	AU
gcp	europe-central2	Warsaw	Warsaw	PL	EU
gcp	europe-north1	Finland	Hamina	FI	EU
gcp	europe-north2	Stockholm	Stockholm	SE	EU
gcp	europe-southwest1	Madrid	Madrid	ES	EU
gcp	europe-west1	Belgium	St. Ghislain	BE	EU
gcp	europe-west2	London	London	GB	UK
gcp	europe-west3	Frankfurt	Frankfurt	DE	EU
gcp	europe-west4	Netherlands	Eemshaven	NL	EU
gcp	europe-west6	Zurich	Zurich	CH	CH
gcp	europe-west8	Milan	Milan	IT	EU
gcp	europe-west9	Paris	Paris	FR	EU
gcp	europe-west10	Berlin	Berlin	DE	EU
gcp	europe-west12	Turin	Turin	IT	EU
gcp	me-central1	Doha	Doha	QA	QA
gcp	me-central2	Dammam	Dammam	SA	SA
gcp	me-west1	Tel Aviv	Tel Aviv	IL	IL
gcp	northamerica-northeast1	Montréal	Montréal	CA	CA
gcp	northamerica-northeast2	Toronto	Toronto	CA	CA
gcp	northamerica-south1	Mexico	Querétaro	MX	MX
gcp	southamerica-east1	São Paulo	Osasco (São Paulo)	BR	BR
gcp	southamerica-west1	Santiago	Santiago	CL	CL
gcp	us-central1	Iowa	Council Bluffs	US	US
gcp	us-east1	South Carolina	Moncks Corner	US	US
gcp	us-east4	Northern Virginia	Ashburn	US	US
gcp	us-east5	Columbus	Columbus	US	US
gcp	us-south1	Dallas	Dallas	US	US
gcp	us-west1	Oregon	The Dalles	US	US
gcp	us-west2	Los Angeles	Los Angeles	US	US
gcp	us-west3	Salt Lake City	Salt Lake City	US	US
gcp	us-west4	Las Vegas	Las Vegas	US	US
# Added for resmap (not in the reference TSV): Google Cloud multi-regions, which storage buckets,
# BigQuery datasets and Artifact Registry use. Source: Google Cloud Storage "Bucket locations":
# EU = data centers within member states of the European Union; US = data centers in the US.
gcp	eu	EU (multi-region)			EU
gcp	us	US (multi-region)		US	US
azure	australiacentral	Australia Central	Canberra	AU	AU
azure	australiacentral2	Australia Central 2	Canberra	AU	AU
azure	australiaeast	Australia East	New South Wales	AU	AU
azure	australiasoutheast	Australia Southeast	Victoria	AU	AU
azure	austriaeast	Austria East	Vienna	AT	EU
azure	belgiumcentral	Belgium Central	Brussels	BE	EU
azure	brazilsouth	Brazil South	São Paulo State	BR	BR
azure	brazilsoutheast	Brazil Southeast	Rio de Janeiro	BR	BR
azure	canadacentral	Canada Central	Toronto	CA	CA
azure	canadaeast	Canada East	Quebec City	CA	CA
azure	centralindia	Central India	Pune	IN	IN
azure	centralus	Central US	Iowa	US	US
azure	chilecentral	Chile Central	Santiago	CL	CL
azure	denmarkeast	Denmark East	Copenhagen	DK	EU
azure	eastasia	East Asia	Hong Kong	HK	HK
azure	eastus	East US	Virginia	US	US
azure	eastus2	East US 2	Virginia	US	US
azure	francecentral	France Central	Paris	FR	EU
azure	francesouth	France South	Marseille	FR	EU
azure	germanynorth	Germany North	Berlin	DE	EU
azure	germanywestcentral	Germany West Central	Frankfurt	DE	EU
azure	indiasouthcentral	India South Central	Hyderabad	IN	IN
azure	indonesiacentral	Indonesia Central	Jakarta	ID	ID
azure	israelcentral	Israel Central		IL	IL
azure	italynorth	Italy North	Milan	IT	EU
azure	japaneast	Japan East	Tokyo, Saitama	JP	JP
azure	japanwest	Japan West	Osaka	JP	JP
azure	koreacentral	Korea Central	Seoul	KR	KR
azure	koreasouth	Korea South	Busan	KR	KR
azure	malaysiawest	Malaysia West	Kuala Lumpur	MY	MY
azure	mexicocentral	Mexico Central	Querétaro State	MX	MX
azure	newzealandnorth	New Zealand North	Auckland	NZ	NZ
azure	northcentralus	North Central US	Illinois	US	US
azure	northeurope	North Europe	Dublin	IE	EU
azure	norwayeast	Norway East	Oslo	NO	EEA
azure	norwaywest	Norway West	Stavanger	NO	EEA
azure	polandcentral	Poland Central	Warsaw	PL	EU
azure	qatarcentral	Qatar Central	Doha	QA	QA
azure	southafricanorth	South Africa North	Johannesburg	ZA	ZA
azure	southafricawest	South Africa West	Cape Town	ZA	ZA
azure	southcentralus	South Central US	Texas	US	US
azure	southindia	South India	Chennai	IN	IN
azure	southeastasia	Southeast Asia	Singapore	SG	SG
azure	spaincentral	Spain Central	Madrid	ES	EU
azure	swedencentral	Sweden Central	Gävle	SE	EU
azure	switzerlandnorth	Switzerland North	Zurich	CH	CH
azure	switzerlandwest	Switzerland West	Geneva	CH	CH
azure	uaecentral	UAE Central	Abu Dhabi	AE	AE
azure	uaenorth	UAE North	Dubai	AE	AE
azure	uksouth	UK South	London	GB	UK
azure	ukwest	UK West	Cardiff	GB	UK
azure	westcentralus	West Central US	Wyoming	US	US
azure	westeurope	West Europe	Amsterdam	NL	EU
azure	westindia	West India	Mumbai	IN	IN
azure	westus	West US	California	US	US
azure	westus2	West US 2	Washington	US	US
azure	westus3	West US 3	Phoenix	US	US
hetzner	fsn1	Falkenstein DC Park 1	Falkenstein	DE	EU
hetzner	nbg1	Nuremberg DC Park 1	Nuremberg	DE	EU
hetzner	hel1	Helsinki DC Park 1	Helsinki	FI	EU
hetzner	ash	Ashburn, VA	Ashburn	US	US
hetzner	hil	Hillsboro, OR	Hillsboro	US	US
hetzner	sin	Singapore	Singapore	SG	SG
ovhcloud	GRA	Gravelines	Gravelines	FR	EU
ovhcloud	SBG	Strasbourg	Strasbourg	FR	EU
ovhcloud	RBX	Roubaix	Roubaix	FR	EU
ovhcloud	EU-WEST-PAR	Paris (3-AZ)	Paris	FR	EU
ovhcloud	DE	Frankfurt	Limburg an der Lahn	DE	EU
ovhcloud	UK	London	London	GB	UK
ovhcloud	WAW	Warsaw	Warsaw	PL	EU
ovhcloud	EU-SOUTH-MIL	Milan (3-AZ)	Milan	IT	EU
ovhcloud	BHS	Beauharnois	Beauharnois	CA	CA
ovhcloud	CA-EAST-TOR	Toronto	Toronto	CA	CA
ovhcloud	US-EAST-VA	Vint Hill, Virginia	Vint Hill	US	US
ovhcloud	US-WEST-OR	Hillsboro, Oregon	Hillsboro	US	US
ovhcloud	SGP	Singapore	Singapore	SG	SG
ovhcloud	SYD	Sydney	Sydney	AU	AU
ovhcloud	AP-SOUTH-MUM	Mumbai	Mumbai	IN	IN
digitalocean	nyc1	New York 1	New York	US	US
digitalocean	nyc2	New York 2	New York	US	US
digitalocean	nyc3	New York 3	New York	US	US
digitalocean	sfo1	San Francisco 1	San Francisco	US	US
digitalocean	sfo2	San Francisco 2	San Francisco	US	US
digitalocean	sfo3	San Francisco 3	San Francisco	US	US
digitalocean	atl1	Atlanta 1	Atlanta	US	US
digitalocean	tor1	Toronto 1	Toronto	CA	CA
digitalocean	ams2	Amsterdam 2	Amsterdam	NL	EU
digitalocean	ams3	Amsterdam 3	Amsterdam	NL	EU
digitalocean	lon1	London 1	London	GB	UK
digitalocean	fra1	Frankfurt 1	Frankfurt	DE	EU
digitalocean	sgp1	Singapore 1	Singapore	SG	SG
digitalocean	blr1	Bangalore 1	Bangalore	IN	IN
digitalocean	syd1	Sydney 1	Sydney	AU	AU
cloudflare	eu	European Union			EU
cloudflare	us	United States of America		US	US
cloudflare	fedramp	FedRAMP Moderate Compliant (Domestic)		US	US
cloudflare	ca	Canada		CA	CA
cloudflare	in	India		IN	IN
cloudflare	jp	Japan		JP	JP
cloudflare	kr	South Korea		KR	KR
cloudflare	br	Brazil		BR	BR
cloudflare	za	South Africa		ZA	ZA
cloudflare	ae	United Arab Emirates		AE	AE
"""
}
