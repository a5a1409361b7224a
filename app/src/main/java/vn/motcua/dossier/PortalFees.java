package vn.motcua.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import vn.motcua.common.Text;
import vn.motcua.security.Actor;
import vn.motcua.security.AuditTrail;

/**
 * Fees and payment are owned by the payment platform and the portal (design/sync.md "Who owns
 * what"): when the portal's fee lines ({@code PhiLePhi}: MaPhiLePhi, TenPhiLePhi, Gia,
 * HinhThucThu, and our TrangThai) differ from the desk's, the portal's value wins and the desk's
 * value goes to the audit trail. Field by field against the portal's previous snapshot (the
 * base): only what the portal itself changed is taken, so a payment the clerk recorded and the
 * portal has not echoed yet is not undone by an unrelated portal change. Runs in the caller's
 * (the pull's) transaction and never writes an outbox entry.
 */
public final class PortalFees {
    private static final List<String> FIELDS = List.of("MaPhiLePhi", "TenPhiLePhi", "Gia", "TrangThai", "HinhThucThu");

    private final AuditTrail audit;
    private final Clock clock;

    public PortalFees(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What taking the portal's fee lines did: one entry per line added, removed or field
     * changed (desk value → portal value), and the dossier's total and still-due amounts before
     * and after.
     */
    public record Outcome(List<String> changes, long totalBefore, long dueBefore, long totalAfter, long dueAfter) {
        public Outcome {
            changes = List.copyOf(changes);
        }

        public boolean changed() {
            return !changes.isEmpty();
        }
    }

    /**
     * Takes the portal's fee lines of {@code d}. {@code baseLines} are the lines of the portal's
     * previous snapshot, or null when the desk holds none (then every difference is the
     * portal's). A line the portal removed since the base is removed on the desk.
     */
    public Outcome take(Session s, Dossier d, JsonNode portalLines, JsonNode baseLines) {
        List<DossierFee> desk = new ArrayList<>(DossierRecords.fees(s, d.id()));
        long totalBefore = total(desk, false);
        long dueBefore = total(desk, true);
        Map<String, JsonNode> base = baseLines != null && baseLines.isArray() ? index(baseLines) : null;
        List<String> changes = new ArrayList<>();
        Set<DossierFee> matched = new HashSet<>();
        Instant now = clock.instant();
        int nextLine = desk.stream().mapToInt(DossierFee::lineNo).max().orElse(0) + 1;
        List<JsonNode> lines = new ArrayList<>();
        portalLines.forEach(p -> {
            if (p.isObject()) {
                lines.add(p);
            }
        });
        Map<JsonNode, DossierFee> pairs = pair(lines, desk);
        for (JsonNode p : lines) {
            DossierFee f = pairs.get(p);
            Map<String, String> theirs = values(p);
            if (f == null) {
                Long amount = amount(theirs.get("Gia"));
                if (amount == null || theirs.get("MaPhiLePhi") == null) {
                    continue; // a line without its code or amount cannot be charged; the audit of the feed keeps the snapshot
                }
                UUID id = uuid(text(p, "id"));
                DossierFee added = new DossierFee(id != null && s.find(DossierFee.class, id) == null ? id : null, d.id(), nextLine++, theirs.get("MaPhiLePhi"),
                        Objects.requireNonNullElse(theirs.get("TenPhiLePhi"), theirs.get("MaPhiLePhi")), amount);
                added.takePortal(added.code(), added.name(), amount, state(theirs.get("TrangThai"), FeeState.DUE),
                        method(theirs.get("HinhThucThu")), now);
                s.persist(added);
                desk.add(added);
                changes.add("+" + added.code() + " Gia " + amount + " TrangThai " + added.state());
                continue;
            }
            matched.add(f);
            Map<String, String> mine = values(f);
            JsonNode b = base == null ? null : base.get(key(p));
            Map<String, String> taken = new LinkedHashMap<>();
            for (String field : FIELDS) {
                String t = theirs.get(field);
                String m = mine.get(field);
                String was = base == null ? m : b == null ? null : values(b).get(field);
                if (Objects.equals(t, was) || Objects.equals(t, m) || !readable(field, t)) {
                    continue;
                }
                taken.put(field, t);
                changes.add(f.code() + " " + field + ": " + m + " → " + t);
            }
            if (!taken.isEmpty()) {
                f.takePortal(taken.getOrDefault("MaPhiLePhi", f.code()), taken.getOrDefault("TenPhiLePhi", f.name()),
                        taken.containsKey("Gia") ? amount(taken.get("Gia")) : f.amount(),
                        taken.containsKey("TrangThai") ? state(taken.get("TrangThai"), f.state()) : f.state(),
                        taken.containsKey("HinhThucThu") ? method(taken.get("HinhThucThu")) : f.method(), now);
            }
        }
        if (base != null) {
            for (DossierFee f : List.copyOf(desk)) {
                if (!matched.contains(f) && (base.containsKey(f.id().toString()) || base.containsKey("code:" + f.code()))) {
                    changes.add("-" + f.code() + " Gia " + f.amount() + " TrangThai " + f.state());
                    s.remove(f);
                    desk.remove(f);
                }
            }
        }
        if (!changes.isEmpty()) {
            IndexFacts.refresh(s, d.id());
            audit.record(s, Actor.SYSTEM, "SYNC_FEE", "dossier", d.id(), d.code() + " desk → portal: " + String.join("; ", changes));
        }
        return new Outcome(changes, totalBefore, dueBefore, total(desk, false), total(desk, true));
    }

    /** Portal lines to desk lines: by the line ID the desk sent, then by fee code among the lines left. */
    private static Map<JsonNode, DossierFee> pair(List<JsonNode> lines, List<DossierFee> desk) {
        Map<JsonNode, DossierFee> pairs = new java.util.IdentityHashMap<>(); // two equal lines are still two lines
        Set<DossierFee> used = new HashSet<>();
        for (JsonNode p : lines) {
            String id = text(p, "id");
            desk.stream().filter(f -> f.id().toString().equals(id)).findFirst().ifPresent(f -> {
                pairs.put(p, f);
                used.add(f);
            });
        }
        for (JsonNode p : lines) {
            if (!pairs.containsKey(p)) {
                String code = text(p, "MaPhiLePhi");
                desk.stream().filter(f -> !used.contains(f) && f.code().equals(code)).findFirst().ifPresent(f -> {
                    pairs.put(p, f);
                    used.add(f);
                });
            }
        }
        return pairs;
    }

    private static Map<String, JsonNode> index(JsonNode lines) {
        Map<String, JsonNode> out = new HashMap<>();
        lines.forEach(l -> out.put(key(l), l));
        return out;
    }

    private static String key(JsonNode line) {
        String id = text(line, "id");
        return id != null ? id : "code:" + text(line, "MaPhiLePhi");
    }

    /** A portal line's fields as comparable text: amounts as whole đồng, states upper case. */
    private static Map<String, String> values(JsonNode line) {
        Map<String, String> v = new HashMap<>();
        for (String field : FIELDS) {
            v.put(field, normal(field, text(line, field)));
        }
        return v;
    }

    private static Map<String, String> values(DossierFee f) {
        Map<String, String> v = new HashMap<>();
        v.put("MaPhiLePhi", f.code());
        v.put("TenPhiLePhi", f.name());
        v.put("Gia", String.valueOf(f.amount()));
        v.put("TrangThai", f.state().name());
        v.put("HinhThucThu", f.method() == null ? null : f.method().name());
        return v;
    }

    private static String normal(String field, String value) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case "Gia" -> {
                Long a = amount(value);
                yield a == null ? value : String.valueOf(a);
            }
            case "TrangThai", "HinhThucThu" -> value.trim().toUpperCase(Locale.ROOT);
            default -> Text.nfc(value);
        };
    }

    /** A value the desk can hold; anything else is left as the desk has it (and stays in the feed's snapshot). */
    private static boolean readable(String field, String value) {
        return switch (field) {
            case "Gia" -> amount(value) != null;
            case "TrangThai" -> state(value, null) != null;
            case "HinhThucThu" -> value == null || method(value) != null;
            default -> value != null && !value.isBlank();
        };
    }

    private static Long amount(String text) {
        if (text == null) {
            return null;
        }
        try {
            long v = new java.math.BigDecimal(text.trim()).longValueExact();
            return v < 0 ? null : v;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static FeeState state(String text, FeeState fallback) {
        for (FeeState s : FeeState.values()) {
            if (s.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return s;
            }
        }
        return fallback;
    }

    private static PaymentMethod method(String text) {
        for (PaymentMethod m : PaymentMethod.values()) {
            if (m.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return m;
            }
        }
        return null;
    }

    private static long total(List<DossierFee> fees, boolean dueOnly) {
        return fees.stream().filter(f -> !dueOnly || f.state() == FeeState.DUE).mapToLong(DossierFee::amount).sum();
    }

    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
    }
}
