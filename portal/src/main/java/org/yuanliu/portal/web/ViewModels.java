package org.yuanliu.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yuanliu.portal.search.Facet;
import org.yuanliu.portal.search.FacetCount;
import org.yuanliu.portal.search.YearBucket;
import org.yuanliu.portal.search.YearRange;

/** What the templates draw: every link is computed here, so templates only print values. */
public final class ViewModels {
    private ViewModels() {
    }

    public record Link(String label, String href, boolean active) {
    }

    public record FacetValue(String label, long count, boolean selected, String href) {
    }

    /**
     * A facet's box: its {@code top} values (the first {@value #TOP} by count, and any ticked one beyond them) and, when
     * there are more, all {@code values} for the "more" dialog, which filters them as one types and sorts them.
     */
    public record FacetBox(String name, String label, List<FacetValue> values, List<FacetValue> top) {
        public boolean hasMore() {
            return values.size() > top.size();
        }
    }

    /** Values shown in a facet's box before "more". */
    public static final int TOP = 8;

    public record Chip(String label, String href) {
    }

    /**
     * A bar of the SVG timeline, in viewBox units: the written years' bar, and above it (height {@code impliedHeight},
     * top {@code impliedY}) the lighter layer of years only implied.
     */
    public record Bar(double x, double y, double width, double height, double impliedY, double impliedHeight,
                      String href, String title, boolean selected, String label, int from, int to) {
    }

    /**
     * The timeline: its bars, the page without an era ({@code base}: a dragged or typed range is added to it, and
     * {@code hidden} carries its parameters in the range form), the chosen era, and the switch for implied years
     * ({@code impliedToggle} null where a tab has none).
     */
    public record Timeline(int width, int height, List<Bar> bars, String base, List<Map.Entry<String, String>> hidden,
                           Integer from, Integer to, int first, int last, boolean implied, String impliedToggle) {
        public boolean isEmpty() {
            return bars.isEmpty();
        }
    }

    public record Pager(String previous, String next, int page, int last) {
    }

    public static List<FacetBox> facets(List<Facet> facets, PageLink here, Map<String, String> t) {
        List<FacetBox> boxes = new ArrayList<>();
        for (Facet facet : facets) {
            List<FacetValue> values = facet.values().stream().map(v -> new FacetValue(label(facet, v, t), v.count(), v.selected(),
                    here.toggle(facet.name(), v.value()).href())).toList();
            if (!values.isEmpty()) {
                List<FacetValue> top = new ArrayList<>();
                for (int i = 0; i < values.size(); i++) {
                    if (i < TOP || values.get(i).selected()) {
                        top.add(values.get(i));
                    }
                }
                boxes.add(new FacetBox(facet.name(), t.getOrDefault("facet." + facet.name(), facet.name()), values, top));
            }
        }
        return boxes;
    }

    public static List<Chip> chips(List<Facet> facets, YearRange years, PageLink here, Map<String, String> t) {
        List<Chip> chips = new ArrayList<>();
        for (Facet facet : facets) {
            for (FacetCount value : facet.values()) {
                if (value.selected()) {
                    chips.add(new Chip(t.getOrDefault("facet." + facet.name(), facet.name()) + "：" + label(facet, value, t),
                            here.toggle(facet.name(), value.value()).href()));
                }
            }
        }
        if (years.isSet()) {
            chips.add(new Chip(t.get("filter.era") + "：" + years.from().map(String::valueOf).orElse("…") + "–"
                    + years.to().map(String::valueOf).orElse("…"), here.unfilter("from", "to").href()));
        }
        return chips;
    }

    /**
     * Bars scaled to the busiest era; a click on a bar filters that era, a click on the chosen one clears it, a drag
     * over bars (or the range form) filters the years between.
     *
     * @param impliedSwitch whether this tab can add implied years (passages can, quotations have dates)
     * @param implied       whether they are added now
     */
    public static Timeline timeline(List<YearBucket> buckets, YearRange years, PageLink here, boolean impliedSwitch,
                                    boolean implied, Map<String, String> t) {
        // a few bars stay narrow instead of stretching over the whole width
        int width = Math.min(640, Math.max(160, buckets.size() * 40));
        int height = 120;
        int chart = height - 22;
        long max = Math.max(1, buckets.stream().mapToLong(b -> b.count() + b.implied()).max().orElse(1));
        double step = buckets.isEmpty() ? 0 : (double) width / buckets.size();
        int labelEvery = Math.max(1, (int) Math.ceil(buckets.size() / 8.0));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            YearBucket b = buckets.get(i);
            double h = b.count() == 0 ? 0 : Math.max(2, chart * (double) b.count() / max);
            double ih = b.implied() == 0 ? 0 : Math.max(2, chart * (double) b.implied() / max);
            String era = b.from() == b.to() ? String.valueOf(b.from()) : b.from() + "–" + b.to();
            String href = b.selected() ? here.unfilter("from", "to").href()
                    : here.filter("from", String.valueOf(b.from())).with("to", String.valueOf(b.to())).href();
            String title = era + "：" + b.count() + (implied ? "（" + t.get("timeline.impliedCount") + " " + b.implied() + "）" : "");
            bars.add(new Bar(round(i * step + 1), round(chart - h), round(Math.max(1, step - 2)), round(h),
                    round(chart - h - ih), round(ih), href, title, b.selected(),
                    i % labelEvery == 0 ? String.valueOf(b.from()) : "", b.from(), b.to()));
        }
        PageLink base = here.unfilter("from", "to");
        int first = buckets.isEmpty() ? 0 : buckets.get(0).from();
        int last = buckets.isEmpty() ? 0 : buckets.get(buckets.size() - 1).to();
        String toggle = impliedSwitch ? here.without("page").with("implied", implied ? null : "on").href() : null;
        return new Timeline(width, height, bars, base.href(), base.parameters(), years.from().orElse(null),
                years.to().orElse(null), first, last, implied, toggle);
    }

    public static Pager pager(int page, int last, PageLink here) {
        return new Pager(page > 1 ? here.with("page", String.valueOf(page - 1)).href() : null,
                page < last ? here.with("page", String.valueOf(page + 1)).href() : null, page, last);
    }

    public static List<Link> sorts(List<String> sorts, String current, PageLink here, Map<String, String> t) {
        return sorts.stream().map(s -> new Link(t.getOrDefault("sort." + s, s), here.without("page").with("sort", s).href(),
                s.equals(current))).toList();
    }

    /** The taxonomy or document label; values of small closed sets (sourced, source kind) are labelled from i18n. */
    private static String label(Facet facet, FacetCount value, Map<String, String> t) {
        String fallback = value.label() == null ? value.value() : value.label();
        return t.getOrDefault("value." + facet.name() + "." + value.value(), fallback);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
