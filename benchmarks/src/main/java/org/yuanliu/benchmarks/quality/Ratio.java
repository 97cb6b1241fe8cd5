package org.yuanliu.benchmarks.quality;

/** A count of hits out of a total; {@code total == 0} means the measure does not apply (printed as –). */
public record Ratio(int hit, int total) {
    public static final Ratio NONE = new Ratio(0, 0);

    public Ratio {
        if (hit < 0 || total < 0 || hit > total) {
            throw new IllegalArgumentException("ratio " + hit + "/" + total);
        }
    }

    public boolean applies() {
        return total > 0;
    }

    /** hit / total, or NaN when the measure does not apply. */
    public double value() {
        return total == 0 ? Double.NaN : (double) hit / total;
    }

    public Ratio plus(Ratio other) {
        return new Ratio(hit + other.hit, total + other.total);
    }

    /** The harmonic mean of two ratios' values (F1 of precision and recall); NaN when either does not apply. */
    public static double f1(Ratio precision, Ratio recall) {
        double p = precision.value();
        double r = recall.value();
        if (Double.isNaN(p) || Double.isNaN(r)) {
            return Double.NaN;
        }
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
