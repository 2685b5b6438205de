package vn.cdtt.common;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema and the reference data up to date with Flyway before anything else starts. The data source
 * is defined here; MicroProfile Config fills it in, so the environment variables DB_CLASS, DB_URL, DB_USER and
 * DB_PASSWORD switch the application from the embedded H2 database to MySQL without a rebuild.
 * <p>
 * The pool survives a database restart: every connection is checked ({@code Connection.isValid}, a ping on MySQL)
 * before it is handed out, and one dead connection flushes the whole pool, so the first request after the database
 * is back gets a fresh connection. A request waits at most five seconds for a connection, then fails with the
 * "system busy" page instead of hanging. Connect and socket time-outs of MySQL belong in DB_URL (README).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/cdtt",
        className = "${MPCONFIG=db.class}",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=5000",
            // a connection kept out of the pool longer than this is logged with the stack of whoever took it
            "fish.payara.connection-leak-timeout-in-seconds=60"
        })
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/cdtt")
    DataSource dataSource;

    /** Where the schema stands: the version applied and how many migrations of this build are not (readiness). */
    public record State(String version, int pending) {
    }

    /** Reads the schema history; fails if the database cannot be reached. */
    public State state() {
        var info = Flyway.configure(getClass().getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration").load().info();
        var current = info.current();
        return new State(current == null ? null : current.getVersion().getVersion(), info.pending().length);
    }

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // version numbers are handed out per feature (V23–V29 came after V39); an installation that already
                // has later versions still applies the earlier ones it lacks
                .outOfOrder(true)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
