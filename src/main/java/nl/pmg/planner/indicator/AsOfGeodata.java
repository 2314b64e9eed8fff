package nl.pmg.planner.indicator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.area.AreaLoader;
import nl.pmg.planner.area.Areas;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.shared.GeodataProperties;
import nl.pmg.planner.shared.SqlResource;
import nl.pmg.planner.shared.GeodataPart;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The as-of data sets' share of the PostGIS geodata import: each one's catalogue and computed gemeente
 * values, exactly what {@link AsOfIndicators#load} gives on the embedded default.
 */
@Component
@Profile("postgis")
class AsOfGeodata implements GeodataPart {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public List<String> files() {
        List<String> files = new ArrayList<>();
        for (String d : AsOfDataSets.NAMES) {
            files.addAll(List.of(d + "/catalogue.json", d + "/variables_gemeente.csv", d + "/derived_values.csv"));
        }
        return files;
    }

    @Override
    public long write(Connection c, GeodataProperties geodata) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(SqlResource.of(getClass(), "delete-asof.sql"))) {
            delete.executeUpdate();
        }
        Areas areas = AreaLoader.load(geodata.file("areas_2024.gpkg"));
        long rows = 0;
        try (PreparedStatement set = c.prepareStatement(SqlResource.of(getClass(), "insert-asof-dataset.sql"));
                PreparedStatement ind = c.prepareStatement(SqlResource.of(getClass(), "insert-asof-indicator.sql"));
                PreparedStatement val = c.prepareStatement(SqlResource.of(getClass(), "insert-asof-value.sql"))) {
            for (String dataset : AsOfDataSets.NAMES) {
                AsOfIndicators a = AsOfIndicators.load(new GeodataProperties(geodata.file(dataset)), areas);
                bind(set, dataset, a.values().licence());
                set.executeUpdate();
                int position = 0;
                for (Indicator i : a.values().catalogue()) {
                    bind(ind, dataset, i.id(), i.labelNl(), i.labelEn(), i.definition(), i.unit(), i.unitNl(), i.source(),
                            i.year(), String.join(",", i.levels()), i.direction(), JSON.writeValueAsString(i.method()),
                            a.laterThanAsOf().contains(i.id()), position++);
                    ind.executeUpdate();
                    for (Map.Entry<String, Value> e : a.values().values(i.id(), Level.GEMEENTE).entrySet()) {
                        bind(val, dataset, i.id(), e.getKey(), e.getValue().value(), e.getValue().status().id());
                        val.addBatch();
                        rows++;
                    }
                }
                val.executeBatch();
            }
        }
        return rows;
    }

    private static void bind(PreparedStatement ps, Object... cells) throws SQLException {
        for (int i = 0; i < cells.length; i++) {
            ps.setObject(i + 1, cells[i]);
        }
    }
}
