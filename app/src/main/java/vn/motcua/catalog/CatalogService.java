package vn.motcua.catalog;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.common.UserFacingException;
import vn.motcua.security.Actor;
import vn.motcua.security.Permission;
import vn.motcua.security.AuditTrail;

/**
 * The procedure catalogue: the starter shipped with the application and the versions the
 * administrator imported. The newest import is in force; older versions stay readable because a
 * dossier keeps the version it was received under. Without a database (a data directory never
 * set up) only the starter exists. Each method is at most one transaction.
 */
public final class CatalogService {
    static final String AUDIT_ACTION = "CATALOG_IMPORT";
    private static final DateTimeFormatter GENERATED_NAME = DateTimeFormatter.ofPattern("yyyy.MM.dd-HHmm");

    private final SessionFactory db; // null: the starter only
    private final AuditTrail audit;
    private final Clock clock;
    private volatile CatalogVersion starter;
    private final Map<String, CatalogVersion> imported = new ConcurrentHashMap<>();

    public CatalogService(SessionFactory db, AuditTrail audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /** The shipped starter alone, for a data directory without a database (listing, dry runs). */
    public static CatalogService shippedOnly() {
        return new CatalogService(null, null, Clock.systemUTC());
    }

    /** The starter catalogue shipped with the application (read once, on first use). */
    public CatalogVersion starter() {
        CatalogVersion s = starter;
        if (s == null) {
            s = ShippedCatalog.load();
            starter = s;
        }
        return s;
    }

    /** The newest imported version, else the shipped starter. */
    public CatalogVersion current() {
        if (db == null) {
            return starter();
        }
        List<String> newest = db.fromTransaction(s -> s.createSelectionQuery(
                "select version from CatalogVersionRow order by seq desc", String.class).setMaxResults(1).getResultList());
        return newest.isEmpty() ? starter() : version(newest.get(0)).orElseThrow();
    }

    public Optional<Procedure> find(String procedureCode) {
        return current().find(procedureCode);
    }

    /** The procedure as it was in {@code version}: a dossier keeps the version it was received under. */
    public Optional<Procedure> find(String procedureCode, String version) {
        return version(version).flatMap(v -> v.find(procedureCode));
    }

    /** A version by name: the starter's or an imported one. */
    public Optional<CatalogVersion> version(String name) {
        if (starter().version().equals(name)) {
            return Optional.of(starter());
        }
        CatalogVersion known = imported.get(name);
        if (known != null || db == null) {
            return Optional.ofNullable(known);
        }
        Optional<CatalogVersion> loaded = db.fromTransaction(s -> s.createSelectionQuery(
                        "from CatalogVersionRow where version = :v", CatalogVersionRow.class)
                .setParameter("v", name).uniqueResultOptional()).map(CatalogVersionRow::toVersion);
        loaded.ifPresent(v -> imported.put(name, v));
        return loaded;
    }

    /** Every version: the starter first, then the imports oldest first (the last one is in force). */
    public List<CatalogVersion> versions() {
        List<CatalogVersion> all = new ArrayList<>();
        all.add(starter());
        if (db != null) {
            List<String> names = db.fromTransaction(s -> s.createSelectionQuery(
                    "select version from CatalogVersionRow order by seq", String.class).getResultList());
            names.forEach(n -> all.add(version(n).orElseThrow()));
        }
        return all;
    }

    /**
     * Reads a catalogue file (JSON or XLSX, told apart by content), compares it with the
     * catalogue in force and, unless {@code dryRun} or nothing changed, stores it as a new
     * version with its audit entry in one transaction. A refused file stores nothing.
     */
    public CatalogImport importFile(Actor actor, Path file, boolean dryRun) {
        if (!dryRun) {
            actor.require(Permission.MANAGE_CATALOG);
        }
        ParsedCatalog parsed = CatalogFile.read(file);
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return importParsed(actor, parsed, fileName, dryRun, null);
    }

    /**
     * A catalogue the portal published (the catalogue is portal-owned, design/sync.md): the same
     * checks as a file import, stored as a new version with its audit entry, in the name of the
     * system since no person imported it. {@code source} says where it came from (e.g. the portal
     * URL). A refused document stores nothing and throws the same {@link UserFacingException} a
     * file would. {@code sameTransaction} runs in the transaction that stores the version (the
     * sync records where its pull stands and the clerk's notice with it); it is not called when
     * nothing changed.
     */
    public CatalogImport importFromPortal(byte[] document, String source, BiConsumer<Session, CatalogImport> sameTransaction) {
        if (document.length > CatalogFile.MAX_BYTES) {
            throw new UserFacingException("catalog.fileTooLarge", source, String.valueOf(CatalogFile.MAX_BYTES / 1024 / 1024));
        }
        return importParsed(Actor.SYSTEM, CatalogFile.parse(document, source), source, false, sameTransaction);
    }

    private CatalogImport importParsed(Actor actor, ParsedCatalog parsed, String fileName, boolean dryRun,
            BiConsumer<Session, CatalogImport> sameTransaction) {
        CatalogVersion current = current();
        CatalogDiff diff = CatalogDiff.between(current.procedures(), parsed.procedures());
        if (diff.empty()) {
            return new CatalogImport(current.version(), List.of(), List.of(), List.of(), dryRun, false);
        }
        String name = versionName(parsed.version());
        CatalogImport result = new CatalogImport(name, diff.added, diff.changed, diff.removed, dryRun, !dryRun);
        if (!dryRun) {
            Objects.requireNonNull(db, "importing needs the office database");
            String source = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
            String document = CatalogJson.write(name, parsed.source() == null ? source : parsed.source(), parsed.issued(),
                    parsed.procedures());
            store(actor, name, source, document, diff, s -> {
                if (sameTransaction != null) {
                    sameTransaction.accept(s, result);
                }
            });
        }
        return result;
    }

    /** The file's own version name, refused when taken; else one made from the import time. */
    private String versionName(String fromFile) {
        List<String> taken = versions().stream().map(CatalogVersion::version).toList();
        if (fromFile != null) {
            if (taken.contains(fromFile)) {
                throw new UserFacingException("catalog.versionTaken", fromFile);
            }
            return fromFile;
        }
        String base = GENERATED_NAME.format(clock.instant().atZone(WorkCalendar.ZONE));
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    private void store(Actor actor, String name, String source, String document, CatalogDiff diff, Consumer<Session> also) {
        String sha = sha256(document);
        db.inTransaction(s -> {
            Integer max = s.createSelectionQuery("select max(seq) from CatalogVersionRow", Integer.class).getSingleResult();
            CatalogVersionRow row = new CatalogVersionRow(max == null ? 1 : max + 1, name, clock.instant(), actor.username(),
                    source, sha, document);
            s.persist(row);
            audit.record(s, actor, AUDIT_ACTION, "catalog_version", row.id(), "version=" + name + " sha256=" + sha
                    + " added=" + diff.added.size() + " changed=" + diff.changed.size() + " removed=" + diff.removed.size());
            also.accept(s);
        });
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
