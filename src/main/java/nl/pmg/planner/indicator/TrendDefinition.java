package nl.pmg.planner.indicator;

/**
 * The one definition of a trend, shared by the catalogue's trend indicators and the monitor's trend arrows:
 * the least-squares slope of the yearly values over every year of the period, divided by the mean of those
 * values, in % per year. A slope uses every year, so one odd year moves it less than a comparison of the first
 * and last year would. Periods start in {@link #DEFAULT_FROM} unless the user asks for {@link #COVID_YEAR}: 2021
 * was a lockdown year with depressed registered crime (about 740,000 crimes nationally against about 800,000 a
 * year in 2022–2024), so a trend from 2021 overstates rises.
 */
public final class TrendDefinition {

    /** The first year of a trend unless the user asks for an earlier one. */
    public static final int DEFAULT_FROM = 2022;

    /** The COVID lockdown year; a trend that includes it says so. */
    public static final int COVID_YEAR = 2021;

    private TrendDefinition() {
    }

    /**
     * @param years  the years, at least two distinct
     * @param values the value of each year, none NaN
     * @return the slope over the mean × 100 (% per year); NaN when fewer than two years are given or the mean
     *         is not positive
     */
    public static double percentPerYear(double[] years, double[] values) {
        int n = years.length;
        if (n < 2 || values.length != n) {
            return Double.NaN;
        }
        double mx = 0;
        double my = 0;
        for (int k = 0; k < n; k++) {
            mx += years[k];
            my += values[k];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (int k = 0; k < n; k++) {
            sxy += (years[k] - mx) * (values[k] - my);
            sxx += (years[k] - mx) * (years[k] - mx);
        }
        if (!(my > 0) || sxx == 0) {
            return Double.NaN;
        }
        return sxy / sxx / my * 100;
    }

    /** The mean of the values (for the minimum-count rule of the crime trend). */
    static double mean(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return values.length == 0 ? Double.NaN : s / values.length;
    }
}
