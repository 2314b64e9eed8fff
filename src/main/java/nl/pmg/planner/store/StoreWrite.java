package nl.pmg.planner.store;

import nl.pmg.planner.area.Area;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.indicator.Status;

/**
 * One import's writes, all in a single database transaction: nothing is visible until
 * {@link #commit}, and {@link #close} without a commit (a rejected import, an exception, a killed
 * process) leaves the store exactly as before.
 */
public interface StoreWrite extends AutoCloseable {

    void value(String areaCode, Level level, String period, Double value, Status status);

    void area(int vintage, Area area);

    /** Makes the writes visible and marks the run accepted, atomically. */
    void commit(long rowsRead, long rowsAccepted, String checksum, String report);

    @Override
    void close();
}
