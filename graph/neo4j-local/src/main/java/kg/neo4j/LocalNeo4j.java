// Runs Neo4j Community embedded with Bolt on 127.0.0.1 for kg, until SIGTERM/SIGINT shuts it down cleanly.
package kg.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public final class LocalNeo4j {
    // Loopback only: auth is off, so the port must never be reachable from another machine.
    private static final String HOST = "127.0.0.1";

    private LocalNeo4j() {}

    public static void main(String[] args) throws InterruptedException {
        Options options = Options.parse(args);
        DatabaseManagementService dbms;
        try {
            dbms = start(options);
        } catch (RuntimeException e) {
            System.err.println("kg-neo4j failed to start: " + rootMessage(e));
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("kg-neo4j stopping");
            dbms.shutdown();
            System.out.println("kg-neo4j stopped");
            stopped.countDown();
        }, "kg-neo4j-shutdown"));
        System.out.println("kg-neo4j ready bolt://" + HOST + ":" + options.port);
        System.out.flush();
        stopped.await();
    }

    private static DatabaseManagementService start(Options options) {
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(options.home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, options.port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(options.pagecacheMb))
                // Netty's default quiet periods add ~10 s to every stop; a local single-user server needs none.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(2))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(2))
                .build();
        if (!dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(120_000)) {
            dbms.shutdown();
            throw new IllegalStateException("database did not become available within 120 s");
        }
        return dbms;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        StringBuilder out = new StringBuilder(String.valueOf(t.getMessage()));
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            out.append(": ").append(t.getMessage());
        }
        return out.toString();
    }

    /** Command-line options: --port N, --data DIR, --pagecache-mb N. */
    private record Options(int port, Path home, long pagecacheMb) {
        static Options parse(String[] args) {
            int port = 7687;
            Path home = Path.of(".kg", "neo4j");
            long pagecacheMb = 256;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--port" -> port = Integer.parseInt(required(args[i], value));
                    case "--data" -> home = Path.of(required(args[i], value));
                    case "--pagecache-mb" -> pagecacheMb = Long.parseLong(required(args[i], value));
                    default -> usage("unknown option " + args[i]);
                }
                i++;
            }
            return new Options(port, home.toAbsolutePath(), pagecacheMb);
        }

        private static String required(String option, String value) {
            if (value == null) usage(option + " needs a value");
            return value;
        }

        private static void usage(String problem) {
            System.err.println("kg-neo4j: " + problem);
            System.err.println("usage: java -jar kg-neo4j.jar [--port 7687] [--data .kg/neo4j] [--pagecache-mb 256]");
            System.exit(2);
        }
    }
}
