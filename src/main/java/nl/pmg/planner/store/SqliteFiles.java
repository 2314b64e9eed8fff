package nl.pmg.planner.store;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** SQLite files of the embedded store, all opened the same way. */
public final class SqliteFiles {

    private SqliteFiles() {
    }

    /**
     * A WAL-journalled SQLite file (readers never block on a writer; an interrupted transaction is rolled
     * back on the next open) with foreign keys on; its directory is created when missing.
     */
    public static SQLiteDataSource open(Path file, int busyTimeoutMillis) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + file.getParent(), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(busyTimeoutMillis);
        config.enforceForeignKeys(true);
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return sqlite;
    }

    /** A small connection pool over such a file. */
    public static HikariDataSource pool(SQLiteDataSource sqlite, String name) {
        HikariDataSource pool = new HikariDataSource();
        pool.setDataSource(sqlite);
        pool.setPoolName(name);
        pool.setMaximumPoolSize(4);
        return pool;
    }
}
