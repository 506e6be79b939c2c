#include "demo/DemoVocabulary.h"

namespace sitrep::demo {

const QList<ServiceSpec> &services()
{
    static const QList<ServiceSpec> list = {
        {QStringLiteral("checkout"), QStringLiteral("Cart and order placement"), QStringLiteral("team-commerce")},
        {QStringLiteral("payments"), QStringLiteral("Card authorisation and capture"), QStringLiteral("team-payments")},
        {QStringLiteral("search"), QStringLiteral("Product search and autocomplete"), QStringLiteral("team-discovery")},
        {QStringLiteral("auth"), QStringLiteral("Login, sessions and tokens"), QStringLiteral("team-identity")},
        {QStringLiteral("api-gateway"), QStringLiteral("Public API edge"), QStringLiteral("team-platform")},
        {QStringLiteral("notifications"), QStringLiteral("Email, SMS and push"), QStringLiteral("team-engagement")},
        {QStringLiteral("inventory"), QStringLiteral("Stock levels and reservations"), QStringLiteral("team-commerce")},
        {QStringLiteral("recommendations"), QStringLiteral("Personalised product ranking"), QStringLiteral("team-discovery")},
        {QStringLiteral("billing"), QStringLiteral("Invoices and subscriptions"), QStringLiteral("team-payments")},
        {QStringLiteral("media-cdn"), QStringLiteral("Images and video delivery"), QStringLiteral("team-platform")},
        {QStringLiteral("orders-db"), QStringLiteral("PostgreSQL cluster for orders"), QStringLiteral("team-data")},
        {QStringLiteral("event-bus"), QStringLiteral("Kafka cluster"), QStringLiteral("team-data")},
    };
    return list;
}

const QStringList &people()
{
    static const QStringList list = {
        QStringLiteral("amara.okafor"), QStringLiteral("ben.schulz"), QStringLiteral("chen.wei"),
        QStringLiteral("diego.ramos"), QStringLiteral("elif.yilmaz"), QStringLiteral("farah.haddad"),
        QStringLiteral("gustav.lind"), QStringLiteral("hana.sato"), QStringLiteral("ivan.petrov"),
        QStringLiteral("julia.novak"), QStringLiteral("kofi.mensah"), QStringLiteral("lea.martin"),
        QStringLiteral("mateo.silva"), QStringLiteral("nadia.rahman"), QStringLiteral("oskar.berg"),
        QStringLiteral("priya.nair"), QStringLiteral("quinn.murphy"), QStringLiteral("rosa.garcia"),
        QStringLiteral("sven.aalto"), QStringLiteral("tara.kelly"),
    };
    return list;
}

const QList<IncidentKind> &incidentKinds()
{
    static const QList<IncidentKind> list = {
        {QStringLiteral("Elevated 5xx error rate on %1"), QStringLiteral("HighErrorRate"),
         QStringLiteral("Error rate above 5% for more than 5 minutes."), QStringLiteral("high-error-rate")},
        {QStringLiteral("%1 p99 latency above SLO"), QStringLiteral("LatencySLOBurn"),
         QStringLiteral("p99 latency burned the hourly error budget."), QStringLiteral("high-error-rate")},
        {QStringLiteral("Disk almost full on %1 nodes"), QStringLiteral("DiskFull"),
         QStringLiteral("Data volume above 90% and still growing."), QStringLiteral("disk-full")},
        {QStringLiteral("TLS certificate for %1 expires soon"), QStringLiteral("CertificateExpiry"),
         QStringLiteral("Certificate expires in under 7 days; renewal job failed."), QStringLiteral("certificate-expiry")},
        {QStringLiteral("Replication lag on %1 replicas"), QStringLiteral("ReplicationLag"),
         QStringLiteral("Replicas more than 30 s behind the primary."), QStringLiteral("database-failover")},
        {QStringLiteral("Bad deploy of %1 rolled back"), QStringLiteral("DeploymentErrors"),
         QStringLiteral("New release raised errors; rolled back."), QStringLiteral("deploy-rollback")},
        {QStringLiteral("Queue backlog growing for %1 consumers"), QStringLiteral("QueueBacklog"),
         QStringLiteral("Consumer lag growing faster than throughput."), QStringLiteral("queue-backlog")},
        {QStringLiteral("%1 pods crash-looping"), QStringLiteral("KubePodCrashLooping"),
         QStringLiteral("Pods restarting repeatedly after OOM kills."), QString()},
        {QStringLiteral("Memory leak in %1 workers"), QStringLiteral("MemoryPressure"),
         QStringLiteral("RSS grows steadily until workers are killed."), QString()},
        {QStringLiteral("DNS resolution failures from %1"), QStringLiteral("DNSErrors"),
         QStringLiteral("Upstream resolver timeouts from one zone."), QString()},
        {QStringLiteral("Third-party provider outage affecting %1"), QStringLiteral("UpstreamUnavailable"),
         QStringLiteral("A vendor API returned errors; traffic was failed over."), QString()},
        {QStringLiteral("%1 connection pool exhausted"), QStringLiteral("ConnectionPoolSaturated"),
         QStringLiteral("All database connections in use; requests queued."), QStringLiteral("database-failover")},
    };
    return list;
}

const QStringList &investigationNotes()
{
    static const QStringList list = {
        QStringLiteral("Looking at the dashboards; errors started right after the 14:00 deploy."),
        QStringLiteral("Error rate is concentrated in one availability zone."),
        QStringLiteral("Checked recent config changes: a feature flag was enabled for 50% of traffic."),
        QStringLiteral("Database CPU is at 95%; slow query log shows a missing index."),
        QStringLiteral("Upstream status page reports degraded performance."),
        QStringLiteral("Paged the owning team for a second pair of eyes."),
        QStringLiteral("Customer support reports checkout failures from several regions."),
        QStringLiteral("Heap dumps show cache entries never evicted."),
        QStringLiteral("Logs show connection resets from the load balancer."),
        QStringLiteral("Traffic is 3x the usual peak; autoscaling hit its maximum."),
        QStringLiteral("Posted a status update for customers."),
        QStringLiteral("Disk usage grew 20 GB in an hour from debug logging."),
    };
    return list;
}

const QStringList &mitigationNotes()
{
    static const QStringList list = {
        QStringLiteral("Rolled back to the previous release."),
        QStringLiteral("Disabled the feature flag; error rate dropping."),
        QStringLiteral("Failed over to the standby database."),
        QStringLiteral("Scaled the consumer group from 6 to 12 instances."),
        QStringLiteral("Renewed the certificate by hand and reloaded the proxies."),
        QStringLiteral("Drained the unhealthy zone from the load balancer."),
        QStringLiteral("Rotated logs and freed 40 GB; debug logging turned off."),
        QStringLiteral("Restarted the leaking workers with a lower memory limit."),
    };
    return list;
}

const QList<RunbookSpec> &runbooks()
{
    static const QList<RunbookSpec> list = {
        {QStringLiteral("disk-full"), QStringLiteral("Disk full"), QStringLiteral("team-platform"),
         {QStringLiteral("Find the largest directories with `du -xh / | sort -h | tail`"),
          QStringLiteral("Check whether log rotation ran"),
          QStringLiteral("Free space: rotate or delete old logs"),
          QStringLiteral("Expand the volume if growth is organic")}},
        {QStringLiteral("high-error-rate"), QStringLiteral("High error rate"), QStringLiteral("team-platform"),
         {QStringLiteral("Check the latest deploys and feature flag changes"),
          QStringLiteral("Compare error rate per zone and per version"),
          QStringLiteral("Roll back or disable the change if it correlates"),
          QStringLiteral("Post a status update")}},
        {QStringLiteral("certificate-expiry"), QStringLiteral("Certificate expiry"), QStringLiteral("team-identity"),
         {QStringLiteral("Confirm the expiry date with `openssl s_client`"),
          QStringLiteral("Check the renewal job's last run"),
          QStringLiteral("Renew and deploy the certificate"),
          QStringLiteral("Verify the new chain from outside")}},
        {QStringLiteral("database-failover"), QStringLiteral("Database failover"), QStringLiteral("team-data"),
         {QStringLiteral("Check replication lag on every replica"),
          QStringLiteral("Stop writes to the primary"),
          QStringLiteral("Promote the healthiest replica"),
          QStringLiteral("Repoint the connection pooler"),
          QStringLiteral("Rebuild the old primary as a replica")}},
        {QStringLiteral("deploy-rollback"), QStringLiteral("Deploy rollback"), QStringLiteral("team-platform"),
         {QStringLiteral("Freeze the deploy pipeline"),
          QStringLiteral("Roll back to the last good release"),
          QStringLiteral("Confirm error rate and latency recover"),
          QStringLiteral("Open a ticket for the failed change")}},
        {QStringLiteral("queue-backlog"), QStringLiteral("Queue backlog"), QStringLiteral("team-data"),
         {QStringLiteral("Check consumer lag per partition"),
          QStringLiteral("Look for poison messages in the dead-letter queue"),
          QStringLiteral("Scale the consumer group"),
          QStringLiteral("Watch lag until it trends to zero")}},
    };
    return list;
}

const QStringList &actionItemTitles()
{
    static const QStringList list = {
        QStringLiteral("Add an alert on the leading indicator"),
        QStringLiteral("Add a canary stage to the deploy pipeline"),
        QStringLiteral("Automate certificate renewal checks"),
        QStringLiteral("Document the failover procedure in the runbook"),
        QStringLiteral("Load-test the service at 3x peak"),
        QStringLiteral("Add the missing database index"),
        QStringLiteral("Cap debug logging volume"),
        QStringLiteral("Set memory limits on worker pods"),
        QStringLiteral("Add a circuit breaker for the upstream provider"),
        QStringLiteral("Review autoscaling maximums"),
    };
    return list;
}

} // namespace sitrep::demo
