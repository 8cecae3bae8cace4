package se.styrkort.manifests;

import java.net.URI;

/** The parts of a PostgreSQL JDBC URL the manifests are checked by. */
record Jdbc(String host, int port, String database) {

    private static final String PREFIX = "jdbc:postgresql://";

    static Jdbc parse(String url) {
        if (!url.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
        }
        URI uri = URI.create("postgresql://" + url.substring(PREFIX.length()));
        String path = uri.getPath();
        if (uri.getHost() == null || path == null || path.length() < 2) {
            throw new IllegalArgumentException("no host or database in " + url);
        }
        return new Jdbc(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), path.substring(1));
    }

    static String database(String url) {
        return parse(url).database();
    }
}
