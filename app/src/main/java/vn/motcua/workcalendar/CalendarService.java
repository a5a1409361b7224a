package vn.motcua.workcalendar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import java.util.Objects;
import vn.motcua.calendar.CalendarOverlay;
import vn.motcua.calendar.HolidayRules;
import vn.motcua.calendar.LunarCalendar;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.OverlayFormatException;
import vn.motcua.calendar.OverlayParser;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.common.UserFacingException;
import vn.motcua.security.Actor;
import vn.motcua.security.Permission;

/**
 * The work calendar in force: Labor Code 2019 rules, the office's hours, the overlays
 * shipped with the application and the overlays the administrator imported (an imported
 * overlay replaces the shipped one of its year; of several imports, the newest is in force).
 *
 * <p>Without a database (a data directory never set up) only the shipped overlays apply. The
 * {@link WorkCalendar} is rebuilt only when the set of overlays in force changes, so its year
 * tables are built once per calendar version.
 */
public final class CalendarService {
    private final List<OverlaySource> shipped;
    private final OverlayStore store; // null: no database
    private final Supplier<OfficeHours> hours;
    private List<String> cachedKey;
    private WorkCalendar cached;

    /** @param hours the office's hours in force (they enter the calendar version) */
    public CalendarService(List<OverlaySource> shipped, OverlayStore store, Supplier<OfficeHours> hours) {
        this.shipped = List.copyOf(shipped);
        this.store = store;
        this.hours = hours;
    }

    /** The calendar in force now. */
    public synchronized WorkCalendar inForce() {
        List<OverlaySource> sources = List.copyOf(inForceByYear().values());
        OfficeHours officeHours = hours.get();
        List<String> key = new ArrayList<>(sources.stream().map(OverlaySource::sha256).toList());
        key.add(officeHours.id());
        if (!key.equals(cachedKey)) {
            List<CalendarOverlay> overlays = sources.stream().map(s -> OverlayParser.parse(s.text())).toList();
            cached = WorkCalendar.of(HolidayRules.laborCode2019(), officeHours, overlays);
            cachedKey = key;
        }
        return cached;
    }

    /** Every version known, shipped first then imported oldest first. */
    public List<OverlaySource> versions() {
        List<OverlaySource> all = new ArrayList<>(shipped);
        if (store != null) {
            all.addAll(store.imported());
        }
        return all;
    }

    /** Whether {@code source} is the version in force for its year. */
    public boolean isInForce(OverlaySource source) {
        return source.equals(inForceByYear().get(source.year()));
    }

    /** The days of {@code year} that differ from the weekly pattern, under the calendar in force. */
    public YearDays days(int year) {
        if (year < LunarCalendar.MIN_SOLAR.getYear() || year > LunarCalendar.MAX_SOLAR.getYear()) {
            throw new UserFacingException("calendar.yearOutOfRange", String.valueOf(year));
        }
        WorkCalendar calendar = inForce();
        return new YearDays(year, calendar.exceptions(year), calendar.overlay(year).isPresent(), calendar.yearNote(year),
                calendar.version());
    }

    /**
     * Checks an overlay text against the rules and the calendar in force and, unless
     * {@code dryRun}, stores it as the new version of its year (with an audit entry, one
     * transaction). A refused text leaves the calendar in force as it was.
     */
    public OverlayImport importOverlay(Actor actor, String text, boolean dryRun) {
        if (!dryRun) {
            actor.require(Permission.MANAGE_CALENDAR);
        }
        String canonical = OverlayText.canonical(text);
        if (canonical.length() > OverlayText.MAX_CHARS) {
            throw new UserFacingException("calendar.overlayTooLarge", String.valueOf(OverlayText.MAX_CHARS));
        }
        String sha = OverlayText.sha256(canonical);
        WorkCalendar current = inForce();
        CalendarOverlay overlay;
        WorkCalendar next;
        try {
            overlay = OverlayParser.parse(canonical);
            next = current.withOverlay(overlay);
        } catch (OverlayFormatException e) {
            throw OverlayErrors.toUserFacing(e);
        }
        int year = overlay.year();
        OverlaySource inForce = inForceByYear().get(year);
        if (inForce != null && inForce.sha256().equals(sha)) {
            return new OverlayImport(year, overlay.version(), sha, List.of(), true, false, current.version());
        }
        for (OverlaySource known : versions()) {
            if (known.year() == year && known.version().equals(overlay.version()) && !known.sha256().equals(sha)) {
                throw new UserFacingException("calendar.overlayVersionTaken", String.valueOf(year), overlay.version());
            }
        }
        List<DayChange> changes = DayChange.between(current, next, year);
        if (!dryRun) {
            Objects.requireNonNull(store, "importing needs the office database");
            store.add(actor, year, overlay.version(), canonical, sha, changes.size());
        }
        return new OverlayImport(year, overlay.version(), sha, changes, false, !dryRun, next.version());
    }

    /** Reads an administrator's overlay file (strict UTF-8), or says in one sentence why it cannot. */
    public static String readOverlayFile(java.nio.file.Path file) {
        return OverlayText.read(file);
    }

    private Map<Integer, OverlaySource> inForceByYear() {
        Map<Integer, OverlaySource> byYear = new LinkedHashMap<>();
        for (OverlaySource s : versions()) {
            byYear.put(s.year(), s); // later entries win: imported over shipped, newer over older
        }
        return byYear;
    }
}
