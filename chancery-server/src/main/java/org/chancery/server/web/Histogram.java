package org.chancery.server.web;

import org.chancery.archive.index.SearchResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The month histogram of a search: the month facet's counts as bars in time order, laid out for a small SVG drawn
 * by the template (no chart library). Each bar links to the search filtered to its month.
 */
public record Histogram(List<Bar> bars, long max, int width, int height) {

    public static final int BAR_HEIGHT = 80;

    /** One month: where its bar is and how tall. */
    public record Bar(String month, long count, int x, int width, int barHeight, String href) {
        public int y() {
            return BAR_HEIGHT - barHeight;
        }
    }

    /** The bars of the month facet's values (at most {@code limit} of them, the latest months). */
    static Histogram of(List<SearchResult.FacetValue> months, java.util.function.Function<String, String> href) {
        List<SearchResult.FacetValue> sorted = new ArrayList<>(months);
        sorted.sort(Comparator.comparing(SearchResult.FacetValue::value));
        long max = sorted.stream().mapToLong(SearchResult.FacetValue::count).max().orElse(0);
        int n = sorted.size();
        int step = n <= 24 ? 24 : n <= 60 ? 12 : 6;
        int barWidth = Math.max(3, step - 2);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SearchResult.FacetValue v = sorted.get(i);
            int h = max == 0 ? 0 : (int) Math.max(1, Math.round((double) v.count() * BAR_HEIGHT / max));
            bars.add(new Bar(v.value(), v.count(), i * step, barWidth, h, href.apply(v.value())));
        }
        return new Histogram(bars, max, Math.max(step * n, 1), BAR_HEIGHT + 18);
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    /** The first and last month, for the axis labels. */
    public String first() {
        return bars.isEmpty() ? "" : bars.get(0).month();
    }

    public String last() {
        return bars.isEmpty() ? "" : bars.get(bars.size() - 1).month();
    }
}
