package se.styrkort.infra;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The PostgreSQL server the services and their tests use: the one at {@code STYRKORT_PG_URL}
 * (default {@code 127.0.0.1:5432}, trust auth as on these machines) or, when none answers there,
 * a private cluster started from the machine's PostgreSQL binaries in a folder of ours. PostgreSQL
 * refuses to run as root, so as root the private cluster runs as the user {@code nobody}.
 */
public final class PostgresServer {

    public static final String INSTALL_HINT = "No PostgreSQL server answers at %s and no PostgreSQL binaries were found:"
            + " install PostgreSQL (e.g. `apt-get install postgresql`) or set STYRKORT_PG_URL=host:port";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final String PORT_FILE = "port";
    private static final String UNPRIVILEGED_USER = "nobody";

    private final String host;
    private final int port;
    private final String user;
    private final Path privateCluster;

    private PostgresServer(String host, int port, String user, Path privateCluster) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.privateCluster = privateCluster;
    }

    /**
     * The configured server if it answers, else a private cluster in {@code privateHome} (reused
     * when one was made there before).
     */
    public static PostgresServer locate(Path privateHome) {
        String configured = Optional.ofNullable(System.getenv("STYRKORT_PG_URL")).filter(s -> !s.isBlank())
                .orElse("127.0.0.1:5432");
        String hostPort = configured.replaceFirst("^(jdbc:)?postgres(ql)?://", "").replaceFirst("/.*$", "");
        int colon = hostPort.lastIndexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        int port = colon < 0 ? 5432 : Integer.parseInt(hostPort.substring(colon + 1));
        String user = Optional.ofNullable(System.getenv("STYRKORT_PG_USER")).filter(s -> !s.isBlank()).orElse("postgres");
        if (answers(host, port)) {
            return new PostgresServer(host, port, user, null);
        }
        Path bin = binaries().orElseThrow(() -> new IllegalStateException(String.format(INSTALL_HINT, hostPort)));
        return startPrivateCluster(bin, privateHome);
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    public String hostPort() {
        return host + ":" + port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public boolean isPrivate() {
        return privateCluster != null;
    }

    /** Creates the database unless it exists. */
    public void ensureDatabase(String name) {
        checkName(name);
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, "");
                PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " on " + hostPort() + ": " + e.getMessage(),
                    e);
        }
    }

    /** Drops the database, closing whatever connections are still open to it. */
    public void dropDatabase(String name) {
        checkName(name);
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, "");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop database " + name + ": " + e.getMessage(), e);
        }
    }

    /** Stops the private cluster, if this is one. */
    public void stop() {
        if (privateCluster != null) {
            stopPrivateCluster(privateCluster);
        }
    }

    /** Stops a private cluster made in {@code privateHome} earlier, if one runs there. */
    public static void stopPrivateCluster(Path privateHome) {
        Path data = privateHome.resolve("cluster");
        if (!Files.exists(data.resolve("postmaster.pid"))) {
            return;
        }
        binaries().ifPresent(
                bin -> run(runsAsRoot(), bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"));
    }

    private static void checkName(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a database name: " + name);
        }
    }

    static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The newest PostgreSQL bin folder on the machine, or the folder of an initdb on the PATH. */
    static Optional<Path> binaries() {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> newest = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparing(b -> versionOf(b.getParent().getFileName().toString())));
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(Path::of).filter(dir -> Files.isExecutable(dir.resolve("initdb"))).findFirst();
    }

    private static double versionOf(String name) {
        try {
            return Double.parseDouble(name);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static PostgresServer startPrivateCluster(Path bin, Path home) {
        try {
            Files.createDirectories(home);
            Path data = home.resolve("cluster");
            Path portFile = home.resolve(PORT_FILE);
            boolean asRoot = runsAsRoot();
            int port;
            if (Files.exists(data.resolve("PG_VERSION"))) {
                port = Integer.parseInt(Files.readString(portFile).trim());
            } else {
                port = KafkaBroker.freePort();
                Files.createDirectories(data);
                if (asRoot) {
                    // The unprivileged server must reach and own its folders.
                    openUpTo(home);
                    run("chown", "-R", UNPRIVILEGED_USER, home.toString());
                }
                run(asRoot, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                        "-A", "trust", "-E", "UTF8", "--no-locale");
                Files.writeString(portFile, String.valueOf(port));
            }
            if (!answers("127.0.0.1", port)) {
                run(asRoot, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60",
                        "-l", home.resolve("postgres.log").toString(),
                        "-o", "-h 127.0.0.1 -p " + port + " -k " + home, "start");
            }
            return new PostgresServer("127.0.0.1", port, "postgres", home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Lets other users traverse the folders down to {@code dir} (temp folders are 700). */
    private static void openUpTo(Path dir) throws IOException {
        for (Path p = dir.toAbsolutePath(); p != null && !p.equals(p.getRoot()); p = p.getParent()) {
            if (p.startsWith(Path.of(System.getProperty("java.io.tmpdir")))
                    && !p.equals(Path.of(System.getProperty("java.io.tmpdir")))) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    private static void run(boolean asUnprivileged, String... command) {
        if (!asUnprivileged) {
            run(command);
            return;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", UNPRIVILEGED_USER, "--"));
        wrapped.addAll(List.of(command));
        run(wrapped.toArray(String[]::new));
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
