package org.cronista.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreIT {
    @TempDir
    Path dir;

    @Test
    void aNewDatabaseGetsTheSchemaWithItsVersionAndOpensAgain() throws Exception {
        Path db = dir.resolve("sub/new.duckdb");
        try (EventStore s = EventStore.open(db)) {
            assertThat(s.counts()).isEqualTo(new EventStore.Counts(0, 0, 0));
            assertThat(meta(s.connection(), "schema_version")).isEqualTo(String.valueOf(StoreSchema.VERSION));
            assertThat(meta(s.connection(), "application")).isEqualTo("cronista");
        }
        try (EventStore s = EventStore.open(db)) {
            assertThat(columns(s.connection(), "events")).startsWith("GlobalEventID").contains("SOURCEURL", "Plover");
        }
        try (EventStore s = EventStore.openReadOnly(db)) {
            assertThat(s.readOnly()).isTrue();
            assertThatThrownBy(() -> {
                try (Statement st = s.connection().createStatement()) {
                    st.execute("DELETE FROM events");
                }
            }).isInstanceOf(SQLException.class).hasMessageContaining("read-only");
        }
    }

    @Test
    void aFileThatIsNotADuckDbDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path text = dir.resolve("notes.duckdb");
        Files.writeString(text, "These are my notes, not a database.\n".repeat(50));
        assertRefusedUntouched(text, "not a Cronista database");
        Path empty = Files.createFile(dir.resolve("empty.duckdb"));
        assertRefusedUntouched(empty, "not a Cronista database");
    }

    @Test
    void aDuckDbDatabaseOfAnotherApplicationIsRefusedAndLeftUntouched() throws Exception {
        Path other = dir.resolve("other.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id INTEGER, amount DOUBLE)");
            s.execute("INSERT INTO invoices VALUES (1, 9.5)");
        }
        assertRefusedUntouched(other, "not a Cronista database (it holds the tables invoices)");
    }

    @Test
    void aDatabaseOfANewerSchemaIsRefusedAndLeftUntouched() throws Exception {
        Path db = dir.resolve("newer.duckdb");
        EventStore.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            s.execute("UPDATE cronista_meta SET value = '99' WHERE key = 'schema_version'");
        }
        assertRefusedUntouched(db, "newer Cronista (schema 99");
    }

    @Test
    void readingAMissingDatabaseSaysSoAndCreatesNothing() {
        Path db = dir.resolve("missing.duckdb");
        assertThatThrownBy(() -> EventStore.openReadOnly(db)).isInstanceOf(StoreException.class)
                .hasMessageContaining("no such database");
        assertThat(db).doesNotExist();
    }

    private static void assertRefusedUntouched(Path file, String message) throws Exception {
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);
        assertThatThrownBy(() -> EventStore.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining(message).hasMessageContaining(file.toString());
        assertThatThrownBy(() -> EventStore.openReadOnly(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining(message);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        assertThat(file.resolveSibling(file.getFileName() + ".wal")).doesNotExist();
    }

    private static String meta(Connection c, String key) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT value FROM cronista_meta WHERE key = '" + key + "'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static String columns(Connection c, String table) throws SQLException {
        StringBuilder sb = new StringBuilder();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT column_name FROM information_schema.columns WHERE table_name = '"
                     + table + "' ORDER BY ordinal_position")) {
            while (rs.next()) {
                sb.append(rs.getString(1)).append(' ');
            }
        }
        return sb.toString();
    }
}
