package nl.pmg.planner.indicator;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.shared.SqlResource;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Profile {@code postgis}: the as-of data sets as the geodata import stored them ({@link AsOfGeodata}). */
@Component
@Profile("postgis")
@DependsOn("postgisGeodata") // the geodata import has run before the first read (by name: store depends on indicator)
class PostgisAsOfDataSets implements AsOfDataSets {

    private static final String CATALOGUE = SqlResource.of(PostgisAsOfDataSets.class, "asof-catalogue.sql");
    private static final String VALUES = SqlResource.of(PostgisAsOfDataSets.class, "asof-values.sql");
    private static final String LICENCE = SqlResource.of(PostgisAsOfDataSets.class, "asof-licence.sql");

    private final JdbcTemplate jdbc;

    PostgisAsOfDataSets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AsOfIndicators load(String dataset) {
        Set<String> later = new LinkedHashSet<>();
        List<Indicator> catalogue = jdbc.query(CATALOGUE, (rs, n) -> {
            if (rs.getBoolean("later_than_as_of")) {
                later.add(rs.getString("id"));
            }
            String method = rs.getString("method");
            return new Indicator(rs.getString("id"), rs.getString("label_nl"), rs.getString("label_en"),
                    rs.getString("definition"), rs.getString("unit"), rs.getString("unit_nl"), rs.getString("source"),
                    rs.getString("year"), Arrays.asList(rs.getString("levels").split(",")), rs.getString("direction"),
                    method == null ? null : AsOfGeodata.JSON.readValue(method, Method.class));
        }, dataset);
        if (catalogue.isEmpty()) {
            throw new IllegalStateException("the database holds no as-of data set " + dataset);
        }
        Map<String, Map<Level, Map<String, Value>>> values = new HashMap<>();
        jdbc.query(VALUES, rs -> {
            double v = rs.getDouble("value");
            Value value = new Value(rs.wasNull() ? null : v, Status.valueOf(rs.getString("status").toUpperCase()));
            values.computeIfAbsent(rs.getString("indicator_id"), k -> new HashMap<>())
                    .computeIfAbsent(Level.GEMEENTE, k -> new LinkedHashMap<>()).put(rs.getString("area_code"), value);
        }, dataset);
        String licence = jdbc.queryForList(LICENCE, String.class, dataset).stream().findFirst().orElse("");
        return new AsOfIndicators(dataset, new IndicatorValues(new ShippedIndicators(licence, catalogue, values),
                ImportedIndicators.NONE, EligibilityProperties.DEFAULTS), java.util.Collections.unmodifiableSet(later));
    }
}
