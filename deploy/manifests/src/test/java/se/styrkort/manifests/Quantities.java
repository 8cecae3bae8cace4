package se.styrkort.manifests;

import java.math.BigDecimal;
import java.util.Map;

/** Kubernetes resource quantities (the suffixes used for memory and CPU). */
final class Quantities {

    private static final Map<String, Long> MEMORY = Map.of(
            "Ki", 1L << 10, "Mi", 1L << 20, "Gi", 1L << 30,
            "k", 1_000L, "M", 1_000_000L, "G", 1_000_000_000L);

    private Quantities() {
    }

    static long bytes(String quantity) {
        for (Map.Entry<String, Long> suffix : MEMORY.entrySet()) {
            if (quantity.endsWith(suffix.getKey())) {
                String number = quantity.substring(0, quantity.length() - suffix.getKey().length());
                return new BigDecimal(number).multiply(BigDecimal.valueOf(suffix.getValue())).longValueExact();
            }
        }
        return new BigDecimal(quantity).longValueExact();
    }

    static long millicores(String quantity) {
        if (quantity.endsWith("m")) {
            return Long.parseLong(quantity.substring(0, quantity.length() - 1));
        }
        return new BigDecimal(quantity).multiply(BigDecimal.valueOf(1000)).longValueExact();
    }
}
