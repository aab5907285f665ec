package se.largrupp.core.regrouping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Splits a head-count into groups of 3 and 4 (one 5 only for exactly five leaders, when allowed). */
final class GroupSizes {
    private GroupSizes() {}

    /** The sizes, or the refusal saying why the head-count cannot be split. */
    record Split(List<Integer> sizes, Refusal refusal) {
        boolean refused() { return refusal != null; }
    }

    static Split split(int n, RegroupOptions options, List<String> pool) {
        if (options.sizes().isPresent()) return explicit(n, options, options.sizes().get(), pool);
        if (n < 3) return new Split(null, new Refusal(Refusal.Rule.POOL_TOO_SMALL, pool, n + " leaders take part; a group needs at least 3"));
        if (n == 5) {
            if (options.allowFive()) return new Split(List.of(5), null);
            return new Split(null, new Refusal(Refusal.Rule.FIVE_NEEDS_OPTION, pool,
                    "5 leaders cannot be split into groups of 3 and 4; allow one group of 5 explicitly"));
        }
        int fours;
        int threes;
        if (options.preferredSize() == 4) {
            threes = (4 - n % 4) % 4;
            fours = (n - 3 * threes) / 4;
        } else {
            fours = n % 3;
            threes = (n - 4 * fours) / 3;
        }
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < fours; i++) sizes.add(4);
        for (int i = 0; i < threes; i++) sizes.add(3);
        return new Split(sizes, null);
    }

    private static Split explicit(int n, RegroupOptions options, List<Integer> sizes, List<String> pool) {
        int sum = sizes.stream().mapToInt(Integer::intValue).sum();
        int max = options.allowFive() ? 5 : 4;
        Optional<Integer> bad = sizes.stream().filter(s -> s < 3 || s > max).findFirst();
        if (sum != n || bad.isPresent())
            return new Split(null, new Refusal(Refusal.Rule.SIZES_DO_NOT_SPLIT, pool,
                    "group sizes " + sizes + " do not split " + n + " leaders into groups of 3 to " + max));
        return new Split(List.copyOf(sizes), null);
    }
}
