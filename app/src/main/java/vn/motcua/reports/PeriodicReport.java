package vn.motcua.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.common.UserFacingException;
import vn.motcua.forms.DocumentHeader;
import vn.motcua.forms.FormFonts;
import vn.motcua.forms.PeriodicReportData;
import vn.motcua.forms.PeriodicReportForm;
import vn.motcua.office.Office;
import vn.motcua.office.OfficeService;
import vn.motcua.security.Actor;
import vn.motcua.security.Permission;

/**
 * The official periodic report (monthly, quarterly, yearly) offices submit: received (carried
 * over + new), resolved (early, on time, late), open (in time, overdue) by field and procedure
 * with totals — as PDF (Decree 30 layout), XLSX (numbers as numbers) and CSV (one raw row per
 * dossier with its classification). The figures are those of {@link OnTimeReport}: the same SQL.
 */
public final class PeriodicReport {
    /** The three exports. */
    public enum Format {
        PDF, XLSX, CSV;

        public static Format parse(String text) {
            try {
                return valueOf(String.valueOf(text).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UserFacingException(e, "reports.badFormat", String.valueOf(text));
            }
        }
    }

    private static final Locale VI = Locale.forLanguageTag("vi");
    private final SessionFactory db;
    private final OfficeService office;
    private final OnTimeReport onTime;
    private final Clock clock;
    private final vn.motcua.security.AuditTrail audit;

    public PeriodicReport(SessionFactory db, OfficeService office, OnTimeReport onTime, Clock clock) {
        this(db, office, onTime, null, clock);
    }

    /** With the audit trail {@link #write} records each export in ({@code REPORT_EXPORT}). */
    public PeriodicReport(SessionFactory db, OfficeService office, OnTimeReport onTime, vn.motcua.security.AuditTrail audit,
            Clock clock) {
        this.audit = audit;
        this.db = db;
        this.office = office;
        this.onTime = onTime;
        this.clock = clock;
    }

    /** The report's lines: fields in reading order (the dossiers without one last), their procedures, the total. */
    public PeriodicTable table(Period period) {
        return db.fromTransaction(s -> table(s, period));
    }

    PeriodicTable table(Session s, Period period) {
        Instant asOf = OnTimeSql.asOf(period, clock.instant());
        Map<List<String>, OnTimeFigures> counted = onTime.counts(s, period, List.of("d.procedure_field", "d.procedure_code"), asOf);
        Map<String, Map<String, OnTimeFigures>> byField = new TreeMap<>(OnTimeReport.KEY_ORDER);
        counted.forEach((k, f) -> byField.computeIfAbsent(k.get(0), x -> new TreeMap<>(OnTimeReport.KEY_ORDER)).put(k.get(1), f));
        List<PeriodicTable.Line> lines = new ArrayList<>();
        OnTimeFigures total = OnTimeFigures.ZERO;
        int fieldNo = 0;
        for (Map.Entry<String, Map<String, OnTimeFigures>> field : byField.entrySet()) {
            fieldNo++;
            OnTimeFigures sub = field.getValue().values().stream().reduce(OnTimeFigures.ZERO, OnTimeFigures::plus);
            total = total.plus(sub);
            lines.add(new PeriodicTable.Line(Integer.toString(fieldNo), field.getKey() == null ? "Lĩnh vực khác" : field.getKey(),
                    PeriodicTable.Level.FIELD, sub));
            int procNo = 0;
            List<Map.Entry<String, OnTimeFigures>> procs = new ArrayList<>(field.getValue().entrySet());
            procs.sort(Map.Entry.comparingByKey(Comparator.nullsLast(Comparator.naturalOrder())));
            for (Map.Entry<String, OnTimeFigures> p : procs) {
                String name = OnTimeReport.procedureName(s, p.getKey(), period);
                lines.add(new PeriodicTable.Line(fieldNo + "." + ++procNo, name + " (" + p.getKey() + ")",
                        PeriodicTable.Level.PROCEDURE, p.getValue()));
            }
        }
        lines.add(new PeriodicTable.Line("", "Tổng cộng", PeriodicTable.Level.TOTAL, total));
        return new PeriodicTable(period, asOf, OnTimeSql.judgingDay(asOf), List.copyOf(lines), total);
    }

    /** The PDF (A4 landscape, Liberation Serif embedded, pages numbered from page 2). */
    public byte[] pdf(Period period) {
        PeriodicTable t = table(period);
        Office here = office.current().orElseThrow(() -> new UserFacingException("office.notInitialized"));
        DocumentHeader header = new DocumentHeader(here.parentBody() == null ? null : here.parentBody().toUpperCase(VI),
                here.name().toUpperCase(VI), here.placeOnForms(), WorkCalendar.toLocal(clock.instant()).toLocalDate());
        List<PeriodicReportData.Row> rows = t.lines().stream().map(l -> new PeriodicReportData.Row(l.number(), l.label(),
                cells(l.figures()))).toList();
        return new PeriodicReportForm(FormFonts.shared()).render(new PeriodicReportData(header, caption(t), PeriodicTable.HEADERS,
                rows, PeriodicTable.NOTE));
    }

    /** "Kỳ báo cáo: Tháng 11 năm 2026 (từ ngày 01/11/2026 đến ngày 30/11/2026)", with the day the figures stand at if earlier. */
    static String caption(PeriodicTable t) {
        Period p = t.period();
        String c = "Kỳ báo cáo: " + p.title()
                + (p.kind() == Period.Kind.RANGE ? "" : " (từ ngày " + Period.vn(p.from()) + " đến ngày " + Period.vn(p.to()) + ")");
        if (t.asOf().isBefore(p.end())) {
            c += "; số liệu tính đến hết ngày " + Period.vn(t.judgedOn());
        }
        return c;
    }

    private static List<String> cells(OnTimeFigures f) {
        List<String> out = new ArrayList<>();
        PeriodicTable.COLUMNS.forEach(c -> out.add(Long.toString(f.get(c))));
        out.add(PeriodicTable.percent(f));
        return out;
    }

    /** The XLSX workbook: one sheet with the same table. */
    public byte[] xlsx(Period period) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PeriodicTable t = table(period);
        PeriodicXlsx.write(t, caption(t), out);
        return out.toByteArray();
    }

    /** One CSV row per dossier of the period with its classification (UTF-8 with BOM, RFC 4180). */
    public void csv(Period period, OutputStream out) {
        db.inTransaction(s -> PeriodicCsv.write(s, period, OnTimeSql.asOf(period, clock.instant()), out));
    }

    /**
     * Writes the export to {@code target} through a temporary file beside it (never half a file).
     * The official report leaves the office: only roles holding {@link Permission#EXPORT_REPORTS},
     * and a {@code REPORT_EXPORT} audit entry (period, format, file name) is written with it.
     */
    public void write(Actor actor, Period period, Format format, Path target) {
        actor.require(Permission.EXPORT_REPORTS);
        Path abs = target.toAbsolutePath();
        if (audit == null) {
            throw new IllegalStateException("this PeriodicReport was built without an audit trail");
        }
        db.inTransaction(s -> {
            writeFile(period, format, abs);
            audit.record(s, actor, "REPORT_EXPORT", "report", null, "periodic " + period.from() + ".." + period.to()
                    + " format=" + format.name() + " file=" + abs.getFileName());
        });
    }

    private void writeFile(Period period, Format format, Path abs) {
        try {
            Path tmp = Files.createTempFile(abs.getParent(), ".motcua-", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                switch (format) {
                    case PDF -> out.write(pdf(period));
                    case XLSX -> out.write(xlsx(period));
                    case CSV -> csv(period, out);
                }
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            throw new UserFacingException(e, "reports.cannotWrite", abs.toString(), String.valueOf(e.getMessage()));
        }
    }
}
