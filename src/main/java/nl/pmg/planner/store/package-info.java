/**
 * Where writable state lives. One contract ({@link nl.pmg.planner.store.Store}) with two
 * implementations: the embedded default (SQLite file under {@code planner.store.data-dir}, shipped
 * data read from {@code geodata/}) and PostGIS (profile {@code postgis}, everything in the
 * database, so instances share nothing else). Schemas live in {@code migrations/} (Flyway).
 */
package nl.pmg.planner.store;
