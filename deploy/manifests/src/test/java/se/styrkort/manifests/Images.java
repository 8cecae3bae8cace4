package se.styrkort.manifests;

/** Splits a container image reference into name and tag (a registry port is not a tag). */
final class Images {

    private Images() {
    }

    static String name(String image) {
        int colon = tagColon(image);
        return colon < 0 ? image : image.substring(0, colon);
    }

    static String tag(String image) {
        int colon = tagColon(image);
        return colon < 0 ? null : image.substring(colon + 1);
    }

    private static int tagColon(String image) {
        int colon = image.lastIndexOf(':');
        return colon > image.lastIndexOf('/') ? colon : -1;
    }
}
