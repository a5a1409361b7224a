package vn.motcua.dossier.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.catalog.CatalogService;
import vn.motcua.catalog.Procedure;

/**
 * Writes realistic, reproducible history files (same seed, same file): dossiers received on
 * working days over the last {@code years} in time order, with Vietnamese names, valid
 * 12-digit ID numbers matching birth date and sex, the shipped procedures with their due
 * dates, and stories that mostly end returned — some still open in time, some overdue, some
 * waiting for a supplement, a few refused or withdrawn. Every {@code badEvery}-th line is
 * broken in one of the {@link Bad} ways, in turn.
 */
public final class HistoryGenerator {
    public static final String AGENCY = "000.00.06.H56";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] PROVINCES = {"001", "036", "031", "079", "048", "038", "040", "027", "035", "037"};

    /** The ways a line is broken on demand; each must be refused with its own reason. */
    public enum Bad { NOT_JSON, CODE_FORMAT, CODE_DAY, UNKNOWN_PROCEDURE, ID_NUMBER, TRANSITION, EVENT_ORDER, DUE_BEFORE_RECEIVED,
        NO_APPLICANT }

    /** What was written: line numbers (from 1) of the broken lines with their kind, and the count of good lines. */
    public record Written(Path file, long lines, long good, Map<Long, Bad> bad) {
    }

    private final SplittableRandom random;
    private final Instant now;
    private final WorkCalendar calendar = WorkCalendar.standard();
    private final List<Procedure> procedures = CatalogService.shippedOnly().starter().procedures();

    public HistoryGenerator(long seed, Instant now) {
        this.random = new SplittableRandom(seed);
        this.now = now;
    }

    public Written write(Path file, int count, int years, int badEvery) throws IOException {
        List<LocalDate> days = workingDays(years);
        Map<Long, Bad> bad = new LinkedHashMap<>();
        long good = 0;
        int badTurn = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int i = 0;
            for (int d = 0; d < days.size() && i < count; d++) {
                int today = (int) ((long) count * (d + 1) / days.size() - (long) count * d / days.size());
                for (int j = 0; j < today && i < count; j++, i++) {
                    // spread over 07:30–16:30, in order, so the file is sorted by receipt
                    LocalDateTime received = days.get(d).atTime(7, 30).plusSeconds(540L * 60 * j / Math.max(1, today))
                            .plusSeconds(random.nextInt(30));
                    ObjectNode line = dossier(days.get(d), j + 1, received);
                    long lineNo = i + 1;
                    String text;
                    if (badEvery > 0 && lineNo % badEvery == 0) {
                        Bad kind = Bad.values()[badTurn++ % Bad.values().length];
                        text = breakLine(line, kind);
                        bad.put(lineNo, kind);
                    } else {
                        text = JSON.writeValueAsString(line);
                        good++;
                    }
                    out.write(text);
                    out.write('\n');
                }
            }
            return new Written(file, i, good, bad);
        }
    }

    private List<LocalDate> workingDays(int years) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate last = WorkCalendar.toLocal(now).toLocalDate();
        for (LocalDate d = last.minusYears(years); !d.isAfter(last); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                days.add(d);
            }
        }
        if (!days.isEmpty() && days.get(days.size() - 1).equals(last)) {
            days.remove(days.size() - 1); // today's dossiers belong to the desk, not to the history
        }
        return days;
    }

    private ObjectNode dossier(LocalDate day, int seq, LocalDateTime received) {
        Procedure p = procedures.get(random.nextInt(procedures.size()));
        LocalDateTime due = calendar.due(received, p.time().budget()).orElse(received.plusDays(7));
        ObjectNode o = JSON.createObjectNode();
        o.put("code", AGENCY + "-" + day.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd")) + "-"
                + String.format("%04d", seq));
        o.put("procedure", p.code());
        o.put("channel", random.nextInt(10) < 7 ? 1 : random.nextInt(10) < 8 ? 2 : 3);
        o.put("receivedAt", received.toString());
        o.put("dueAt", due.toString());
        o.set("applicant", applicant());
        o.set("events", events(received, due));
        return o;
    }

    private ObjectNode applicant() {
        boolean female = random.nextBoolean();
        int year = 1940 + random.nextInt(66);
        LocalDate birth = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        int centurySex = (year >= 2000 ? 2 : 0) + (female ? 1 : 0);
        String id = PROVINCES[random.nextInt(PROVINCES.length)] + centurySex + String.format("%02d", year % 100)
                + String.format("%06d", random.nextInt(1_000_000));
        ObjectNode a = JSON.createObjectNode();
        a.put("fullName", VietnameseNames.fullName(random, female));
        a.put("idNumber", id);
        a.put("birthDate", birth.toString());
        a.put("sex", female ? "Nữ" : "Nam");
        a.put("address", "Thôn " + (1 + random.nextInt(12)) + ", xã Vụ Bản, tỉnh Nam Định");
        a.put("phone", "09" + String.format("%08d", random.nextInt(100_000_000)));
        return a;
    }

    /**
     * The planned story, cut at now: most dossiers go to a specialist (4), are ready (9) around
     * their due date (a few late) and returned (10); some wait for a supplement on the way; a few
     * are stuck (overdue once the due date passes), refused after review or withdrawn.
     */
    private ArrayNode events(LocalDateTime received, LocalDateTime due) {
        List<Object[]> plan = new ArrayList<>();
        LocalDateTime t = received.plusMinutes(5 + random.nextInt(55));
        plan.add(new Object[] {4, t});
        int fate = random.nextInt(1000);
        if (fate < 40) { // supplement round: paused, then back in process (unless abandoned)
            t = t.plusHours(2 + random.nextInt(20));
            plan.add(new Object[] {5, t});
            if (fate < 34) {
                LocalDateTime paused = t;
                t = t.plusDays(1 + random.nextInt(5));
                plan.add(new Object[] {4, t});
                due = due.plus(Duration.between(paused, t)); // the clock did not run meanwhile
            } else {
                return json(plan);
            }
        }
        if (fate >= 40 && fate < 55) { // stuck at the specialist: overdue once due passes
            return json(plan);
        }
        if (fate >= 55 && fate < 70) {
            plan.add(new Object[] {fate < 63 ? 3 : 7, t.plusHours(1 + random.nextInt(30))});
            return json(plan);
        }
        LocalDateTime ready = random.nextInt(100) < 8 ? due.plusDays(1 + random.nextInt(3)) : due.minusHours(random.nextInt(30));
        if (!ready.isAfter(t)) {
            ready = t.plusMinutes(30);
        }
        plan.add(new Object[] {9, ready});
        plan.add(new Object[] {10, ready.plusHours(1 + random.nextInt(72))});
        return json(plan);
    }

    private ArrayNode json(List<Object[]> plan) {
        ArrayNode events = JSON.createArrayNode();
        for (Object[] e : plan) {
            LocalDateTime at = (LocalDateTime) e[1];
            if (WorkCalendar.toInstant(at).isAfter(now)) {
                break; // has not happened yet
            }
            events.addObject().put("status", (int) e[0]).put("at", at.toString());
        }
        return events;
    }

    private String breakLine(ObjectNode line, Bad kind) throws IOException {
        switch (kind) {
            case NOT_JSON -> {
                String s = JSON.writeValueAsString(line);
                return s.substring(0, s.length() / 2);
            }
            case CODE_FORMAT -> line.put("code", AGENCY + "-2501-12");
            case CODE_DAY -> {
                String code = line.get("code").asText();
                LocalDate other = LocalDate.parse(line.get("receivedAt").asText().substring(0, 10)).plusYears(5); // no such code yet
                line.put("code", code.substring(0, code.length() - 11)
                        + other.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd")) + code.substring(code.length() - 5));
            }
            case UNKNOWN_PROCEDURE -> line.put("procedure", "9.999999");
            case ID_NUMBER -> ((ObjectNode) line.get("applicant")).put("idNumber", "00109001234");
            case TRANSITION -> ((ArrayNode) line.get("events")).insert(0, JSON.createObjectNode().put("status", 10)
                    .put("at", line.get("receivedAt").asText()));
            case EVENT_ORDER -> {
                ArrayNode events = (ArrayNode) line.get("events");
                events.add(JSON.createObjectNode().put("status", 5).put("at", line.get("receivedAt").asText()));
                events.add(JSON.createObjectNode().put("status", 4).put("at", line.get("receivedAt").asText()));
            }
            case DUE_BEFORE_RECEIVED -> line.put("dueAt", LocalDateTime.parse(line.get("receivedAt").asText()).minusDays(2).toString());
            case NO_APPLICANT -> line.remove("applicant");
        }
        return JSON.writeValueAsString(line);
    }
}
