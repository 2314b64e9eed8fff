package nl.pmg.planner.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A feature's share of the shipped {@code geodata/} in PostGIS (programme history, monitor series, as-of
 * data sets): written by the geodata import inside its one transaction, so a feature keeps its own tables
 * and SQL while the import stays all-or-nothing and runs once per content checksum.
 */
public interface GeodataPart {

    /** The files of {@code geodata/} this part reads, relative to it; they enter the content checksum. */
    List<String> files();

    /** Replaces this part's shipped rows; returns the number of rows written. */
    long write(Connection c, GeodataProperties geodata) throws SQLException;
}
