package org.chancery.cable.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Items drawn in proportion to their weights (binary search over cumulative weights: O(log n) a draw). */
final class Weighted<T> {

    private final List<T> items;
    private final double[] cumulative;

    private Weighted(List<T> items, double[] cumulative) {
        this.items = List.copyOf(items);
        this.cumulative = cumulative;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** Shorthand for literal tables: {@code of(a, 60, b, 25, …)} — item, weight, item, weight. */
    @SuppressWarnings("unchecked")
    static <T> Weighted<T> of(Object... itemWeightPairs) {
        Builder<T> b = builder();
        for (int i = 0; i < itemWeightPairs.length; i += 2) {
            b.add((T) itemWeightPairs[i], ((Number) itemWeightPairs[i + 1]).doubleValue());
        }
        return b.build();
    }

    T pick(SplittableRandom r) {
        double x = r.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        if (i < 0) i = -i - 1;
        else i++; // x equal to a boundary belongs to the next item
        return items.get(Math.min(i, items.size() - 1));
    }

    List<T> items() {
        return items;
    }

    /** The share of an item's weight in the total (for documentation and tests). */
    double share(T item) {
        double total = cumulative[cumulative.length - 1];
        double sum = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).equals(item)) sum += cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
        }
        return sum / total;
    }

    static final class Builder<T> {
        private final List<T> items = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();

        Builder<T> add(T item, double weight) {
            if (weight > 0) {
                items.add(item);
                weights.add(weight);
            }
            return this;
        }

        boolean isEmpty() {
            return items.isEmpty();
        }

        Weighted<T> build() {
            if (items.isEmpty()) throw new IllegalStateException("nothing to draw from");
            double[] c = new double[items.size()];
            double sum = 0;
            for (int i = 0; i < c.length; i++) {
                sum += weights.get(i);
                c[i] = sum;
            }
            return new Weighted<>(items, c);
        }
    }
}
