package vn.motcua.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The digest {@code db migrate-to} compares: blind to row order, sensitive to any changed, missing or doubled row. */
class TableDigestTest {
    private static final String SELECT = "select \"ID\", \"NAME\", \"AT\", \"FEE\" from \"T\"";

    @Test
    void rowOrderDoesNotMatterButEveryValueDoes() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:digest;DB_CLOSE_DELAY=-1")) {
            try (Statement st = c.createStatement()) {
                st.execute("create table t (id uuid, name varchar(50), at timestamp(6) with time zone, fee numeric(12, 2))");
                st.execute("insert into t values ('1c1f4f4a-c912-4435-a723-5a46db8a2b8c', 'Trần Văn Quản', timestamp with time zone '2026-11-24 10:00:00+07', 50000.00),"
                        + " ('2c1f4f4a-c912-4435-a723-5a46db8a2b8c', 'Lê Thị Hoa', null, 0)");
            }
            TableDigest first = TableDigest.of(c, SELECT);
            assertThat(first.rows()).isEqualTo(2);
            assertThat(TableDigest.of(c, SELECT + " order by \"NAME\" desc")).isEqualTo(first);
            assertThat(TableDigest.of(c, SELECT + " order by \"NAME\" asc")).isEqualTo(first);

            try (Statement st = c.createStatement()) {
                st.execute("update t set name = 'Lê Thị Hòa' where name = 'Lê Thị Hoa'");
            }
            TableDigest changed = TableDigest.of(c, SELECT);
            assertThat(changed.rows()).isEqualTo(2);
            assertThat(changed.sum()).isNotEqualTo(first.sum());

            try (Statement st = c.createStatement()) {
                st.execute("update t set name = 'Lê Thị Hoa' where name = 'Lê Thị Hòa'");
                // the same instant written at another offset is the same value
                st.execute("update t set at = timestamp with time zone '2026-11-24 03:00:00+00' where at is not null");
            }
            assertThat(TableDigest.of(c, SELECT)).isEqualTo(first);

            try (Statement st = c.createStatement()) {
                st.execute("insert into t select * from t where name = 'Lê Thị Hoa'");
            }
            TableDigest doubled = TableDigest.of(c, SELECT);
            assertThat(doubled.rows()).isEqualTo(3);
            assertThat(doubled.sum()).isNotEqualTo(first.sum());
        }
    }
}
