package vn.cdtt.it.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A MariaDB server of the benchmark's own (Debian's mariadbd): a fresh data directory under target, on 127.0.0.1 and
 * a port of its own (-Dbenchmark.mariadb.port, 3307), with the database and user of the test server's DB_URL. Register
 * it before Arquillian's extension: the server is up before the application is deployed (Flyway needs it) and stops
 * after it is undeployed, also when the test fails, and with the JVM if that is stopped first. A test takes it as a
 * parameter to kill and restart it. Without mariadbd (PATH, /usr/sbin or -Dbenchmark.mariadb.bin) the test class is
 * skipped, not failed.
 */
final class MariaDbServer implements ExecutionCondition, BeforeAllCallback, AfterAllCallback, ParameterResolver {

    static final String DATABASE = "cdtt_restart";
    static final String USER = "cdtt";
    static final String PASSWORD = "cdtt";
    private static final List<String> SBIN = List.of("/usr/sbin", "/usr/local/sbin");

    private static MariaDbServer running;

    private final int port = Integer.getInteger("benchmark.mariadb.port", 3307);
    private final Path dir = Path.of(System.getProperty("benchmark.mariadb.dir", "target/mariadb-restart"));
    private Process process;
    private Thread stopOnExit;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (program("mariadbd").isPresent() && program("mariadb-install-db").isPresent()) {
            return ConditionEvaluationResult.enabled("mariadbd is installed");
        }
        String reason = "SKIPPED: the database restart benchmark needs MariaDB's mariadbd and mariadb-install-db "
                + "(Debian: apt-get install mariadb-server; another directory: -Dbenchmark.mariadb.bin=…), not found";
        System.out.println(reason);
        return ConditionEvaluationResult.disabled(reason);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (isListening()) {
            throw new IllegalStateException("port " + port + " is taken: choose another with -Dbenchmark.mariadb.port");
        }
        deleteRecursively(dir);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("init.sql"), "CREATE DATABASE IF NOT EXISTS " + DATABASE
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n"
                + "CREATE USER IF NOT EXISTS '" + USER + "'@'%' IDENTIFIED BY '" + PASSWORD + "';\n"
                + "GRANT ALL ON " + DATABASE + ".* TO '" + USER + "'@'%';\n");
        Process install = new ProcessBuilder(program("mariadb-install-db").orElseThrow().toString(), "--no-defaults",
                "--datadir=" + dir.resolve("data"), "--user=" + System.getProperty("user.name"), "--skip-test-db",
                "--auth-root-authentication-method=socket")
                .redirectErrorStream(true).redirectOutput(dir.resolve("install.log").toFile()).start();
        if (!install.waitFor(120, TimeUnit.SECONDS) || install.exitValue() != 0) {
            install.destroyForcibly();
            throw new IllegalStateException("mariadb-install-db failed: see " + dir.resolve("install.log"));
        }
        running = this;
        stopOnExit = new Thread(this::stop);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        start();
        awaitReady(Duration.ofSeconds(60));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
        running = null;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == MariaDbServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return running;
    }

    int port() {
        return port;
    }

    /** Starts mariadbd on the data directory (again after {@link #kill()}); returns at once. */
    void start() throws IOException {
        process = new ProcessBuilder(program("mariadbd").orElseThrow().toString(), "--no-defaults",
                "--datadir=" + dir.resolve("data"), "--port=" + port, "--bind-address=127.0.0.1",
                "--socket=" + dir.resolve("mariadbd.sock"), "--pid-file=" + dir.resolve("mariadbd.pid"),
                "--user=" + System.getProperty("user.name"), "--skip-name-resolve", "--skip-log-bin",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci",
                "--innodb-buffer-pool-size=128M", "--init-file=" + dir.resolve("init.sql"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("mariadbd.log").toFile()))
                .start();
    }

    /** SIGKILL, as a crash or the OOM killer would: no shutdown, the open connections just break. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Waits until the application's user can sign in and run a statement; returns the moment it first could. */
    long awaitReady(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        String url = "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE + "?connectTimeout=1000&socketTimeout=2000";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("mariadbd ended with " + process.exitValue() + ": see "
                        + dir.resolve("mariadbd.log"));
            }
            try (Connection c = DriverManager.getConnection(url, USER, PASSWORD);
                 ResultSet r = c.createStatement().executeQuery("SELECT 1")) {
                r.next();
                return System.nanoTime();
            } catch (SQLException notYet) {
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("MariaDB did not accept connections within " + limit.toSeconds() + " s: see "
                + dir.resolve("mariadbd.log"));
    }

    /** The version the server reports, e.g. "10.11.19-MariaDB-0+deb12u1". */
    String version() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE, USER, PASSWORD);
             ResultSet r = c.createStatement().executeQuery("SELECT VERSION()")) {
            r.next();
            return r.getString(1);
        }
    }

    private void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy(); // SIGTERM: a clean shutdown
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private boolean isListening() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A MariaDB program from -Dbenchmark.mariadb.bin if given, else from the PATH or /usr/sbin. */
    private static Optional<Path> program(String name) {
        String bin = System.getProperty("benchmark.mariadb.bin");
        Stream<String> dirs = bin != null ? Stream.of(bin)
                : Stream.concat(Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)), SBIN.stream());
        return dirs.filter(d -> !d.isEmpty()).map(d -> Path.of(d, name)).filter(Files::isExecutable).findFirst();
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
