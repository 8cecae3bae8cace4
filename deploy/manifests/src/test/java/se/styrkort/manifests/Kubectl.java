package se.styrkort.manifests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * kubectl's own kustomize (Debian's kubernetes-client package), where it is installed: renders an
 * overlay as {@code kubectl apply -k} would apply it. The secrets' env files, never committed, are
 * made from their committed {@code .example} twins in a copy of the tree.
 */
final class Kubectl {

    private Kubectl() {
    }

    /** kubectl on the PATH, or null. */
    static Path find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "kubectl");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The resources kubectl renders for a kustomization folder under kubernetes/ (base or an overlay). */
    static List<ObjectNode> render(Path kustomization) {
        Path kubectl = find();
        if (kubectl == null) {
            throw new IllegalStateException("kubectl is not installed");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("styrkort-kustomize");
            Path copy = tmp.resolve("kubernetes");
            copyTree(Repository.KUBERNETES, copy);
            Path dir = copy.resolve(Repository.KUBERNETES.relativize(kustomization.toAbsolutePath().normalize()).toString());
            byte[] out = Programs.output(List.of(kubectl.toString(), "kustomize", dir.toString()), tmp,
                    "kubectl kustomize " + Repository.relative(kustomization));
            List<ObjectNode> rendered = new ArrayList<>();
            try (MappingIterator<ObjectNode> it = Yaml.YAML.readerFor(ObjectNode.class).readValues(out)) {
                it.forEachRemaining(rendered::add);
            }
            return rendered;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                delete(tmp);
            }
        }
    }

    /** What kubectl renders where it is installed, else what {@link Kustomization} reads. */
    static List<ObjectNode> resources(Path kustomization) {
        return find() != null ? render(kustomization) : Kustomization.build(kustomization).resources;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                String name = source.getFileName().toString();
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (name.endsWith(".env")) {
                    continue;
                } else {
                    Files.copy(source, target);
                    if (name.endsWith(".env.example")) {
                        Files.copy(source, target.resolveSibling(name.substring(0, name.length() - ".example".length())));
                    }
                }
            }
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
