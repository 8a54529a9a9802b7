/// Resource types that hold data: a bucket, database, cache, search domain, queue, log group or
/// backup vault that no system names is a store the map lacks.
enum ResourceKinds {
    static let dataStores: Set<String> = [
        "aws_s3_bucket", "aws_db_instance", "aws_rds_cluster", "aws_dynamodb_table", "aws_elasticache_cluster",
        "aws_elasticache_replication_group", "aws_opensearch_domain", "aws_elasticsearch_domain", "aws_sqs_queue",
        "aws_cloudwatch_log_group", "aws_backup_vault", "aws_redshift_cluster", "aws_efs_file_system",
        "aws_kinesis_stream", "aws_docdb_cluster", "aws_neptune_cluster", "aws_msk_cluster",
        "azurerm_storage_account", "azurerm_mssql_database", "azurerm_mssql_server", "azurerm_postgresql_flexible_server",
        "azurerm_mysql_flexible_server", "azurerm_cosmosdb_account", "azurerm_redis_cache",
        "azurerm_log_analytics_workspace", "azurerm_recovery_services_vault", "azurerm_servicebus_namespace",
        "google_storage_bucket", "google_sql_database_instance", "google_bigquery_dataset", "google_redis_instance",
        "google_pubsub_topic", "google_spanner_instance", "google_firestore_database", "google_bigtable_instance",
        "google_logging_project_bucket_config",
    ]

    /// Azure storage redundancy that keeps a second copy in the paired region.
    static let geoRedundant: Set<String> = ["GRS", "RAGRS", "GZRS", "RAGZRS"]
}
