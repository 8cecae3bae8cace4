package se.styrkort.platform.api;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * One page of a list: the items, where the page is, and how many there are in all, so that a BI
 * tool can page through without guessing.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final String DEFAULT_SIZE = "50";
    public static final int MAX_SIZE = 1000;

    public static <E, T> Page<T> of(PanacheQuery<E> query, int page, int size, Function<E, T> view) {
        List<T> items = query.page(io.quarkus.panache.common.Page.of(page, size)).list().stream().map(view).toList();
        return new Page<>(items, page, size, query.count());
    }
}
