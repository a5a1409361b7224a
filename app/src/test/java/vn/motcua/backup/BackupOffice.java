package vn.motcua.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.motcua.AppContext;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;
import vn.motcua.signing.TestPdfs;
import vn.motcua.testing.TestOffice;

/** An office with a few received dossiers, status events and attached documents, and ways to compare two offices. */
final class BackupOffice {
    static final String PASSPHRASE = "Mật khẩu sao lưu 2026";
    /** The applicant of {@link Intakes#applicant()}: what must never be readable in a backup. */
    static final String NAME = "Nguyễn Văn An";
    static final String ID_NUMBER = "001090012345";
    /** The office's administrator, who alone may back up (the permission to configure the office). */
    static final Actor ADMIN = new Actor(null, "admin", "Trần Văn Quản", java.util.Set.of(vn.motcua.security.Role.ADMINISTRATOR));

    private BackupOffice() {
    }

    /** Three dossiers (one with a supplement round), each with its own PDF; returns their codes. */
    static List<String> fill(AppContext context, Path scratch) throws Exception {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String code = context.intake().receive(Actor.SYSTEM, Intakes.accept(context, Intakes.RESIDENCE)).code();
            context.documents().importFiles(Actor.SYSTEM, code, "CT01",
                    List.of(TestPdfs.write(Files.createDirectories(scratch).resolve("scan-" + i + ".pdf"), i)));
            codes.add(code);
        }
        context.processing().requestSupplement(Actor.SYSTEM, codes.get(0), "Bổ sung bản sao giấy khai sinh");
        return codes;
    }

    static AppContext initialized(Path dir) {
        return TestOffice.initialized(dir, Clock.systemUTC());
    }

    /**
     * Every row of every table but the audit trail (backing up and restoring add to it), as text,
     * sorted: two offices with the same map hold the same dossiers, events, documents…
     */
    static Map<String, List<String>> tables(AppContext context) throws Exception {
        Map<String, List<String>> all = new TreeMap<>();
        try (Connection c = context.database().dataSource().getConnection()) {
            List<String> names = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select table_name from information_schema.tables where table_schema = 'PUBLIC'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String table : names) {
                if (table.equalsIgnoreCase("audit_entry")) {
                    continue;
                }
                List<String> rows = new ArrayList<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select * from \"" + table + "\"")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                all.put(table, rows);
            }
        }
        return all;
    }

    /** Every stored document by its path under the store, with the SHA-256 of its bytes. */
    static Map<String, String> documents(Path dataDir) throws Exception {
        Map<String, String> files = new TreeMap<>();
        Path store = dataDir.resolve("documents").resolve("sha256");
        if (!Files.isDirectory(store)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(store)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(store.relativize(f).toString(), BackupService.sha256(f));
            }
        }
        return files;
    }

    /** Whether {@code dir} holds no file at all (empty folders allowed). */
    static boolean holdsNoFile(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return true;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.noneMatch(Files::isRegularFile);
        }
    }
}
