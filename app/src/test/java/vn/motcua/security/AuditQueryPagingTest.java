package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.testing.SplitMix64;
import vn.motcua.testing.TestOffice;

/**
 * A few hundred generated entries (seeded: users, actions, subjects, instants around Vietnam
 * midnights) read back through every kind of filter and paged: the pages, put together, are
 * exactly the matching entries, newest first, and the total counts them.
 */
class AuditQueryPagingTest {
    private static final List<String> USERS = List.of("lan", "hung", "thu", "tam");
    private static final List<String> ACTIONS = List.of("DOSSIER_VIEW", "FORM_PRINT", "DOSSIER_RECEIVE", "LOGIN", "REPORT_EXPORT");
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 1);

    record Written(String user, String action, String subject, Instant at, String detail) {
    }

    @Test
    void filtersAndPagesAgreeWithTheEntriesWritten(@TempDir Path dir) {
        SplitMix64 random = new SplitMix64(0x5EED_A0D1L);
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            subjects.add(new UUID(random.nextLong(), random.nextLong()).toString());
        }
        List<Written> written = new ArrayList<>();
        try (AppContext context = TestOffice.initialized(dir.resolve("data"))) {
            int before = (int) context.auditQuery().page(Actor.SYSTEM, AuditFilter.ALL, 0, 1).total();
            context.database().sessionFactory().inTransaction(s -> {
                for (int i = 0; i < 400; i++) {
                    // minutes around the days' Vietnam midnights, so day edges are exercised
                    Instant at = FIRST_DAY.plusDays(random.nextInt(10)).atStartOfDay(WorkCalendar.ZONE).toInstant()
                            .plusSeconds(60L * (random.nextInt(240) - 120));
                    Written w = new Written(random.pick(USERS), random.pick(ACTIONS), random.pick(subjects), at, "n=" + i);
                    written.add(w);
                    new AuditTrail(Clock.fixed(at, ZoneOffset.UTC)).record(s, new Actor(null, w.user(), w.user(), java.util.Set.of()),
                            w.action(), "dossier", w.subject(), w.detail());
                }
            });
            AuditQuery audit = context.auditQuery();
            assertThat(audit.page(Actor.SYSTEM, AuditFilter.ALL, 0, 1).total()).isEqualTo(before + 400);
            for (int round = 0; round < 25; round++) {
                LocalDate from = random.chance(60) ? FIRST_DAY.plusDays(random.nextInt(10)) : null;
                LocalDate to = random.chance(60) ? (from == null ? FIRST_DAY : from).plusDays(random.nextInt(5)) : null;
                String user = random.chance(50) ? random.pick(USERS) : null;
                String action = random.chance(50) ? random.pick(ACTIONS) : null;
                String subject = random.chance(30) ? random.pick(subjects) : null;
                AuditFilter filter = new AuditFilter(from, to, user, action == null ? null : action.toLowerCase(java.util.Locale.ROOT),
                        subject);
                Predicate<Written> matches = w -> (from == null || !day(w.at()).isBefore(from))
                        && (to == null || !day(w.at()).isAfter(to)) && (user == null || w.user().equals(user))
                        && (action == null || w.action().equals(action)) && (subject == null || w.subject().equals(subject));
                List<String> expected = new ArrayList<>();
                for (int i = written.size() - 1; i >= 0; i--) { // newest (last written) first
                    if (matches.test(written.get(i))) {
                        expected.add(written.get(i).detail());
                    }
                }
                int pageSize = 1 + random.nextInt(40);
                List<String> read = new ArrayList<>();
                AuditPage page;
                int offset = 0;
                do {
                    page = audit.page(Actor.SYSTEM, filter, offset, pageSize);
                    assertThat(page.lines().size()).isLessThanOrEqualTo(pageSize);
                    page.lines().stream().filter(l -> l.detail().startsWith("n=")).forEach(l -> read.add(l.detail()));
                    assertThat(page.lines()).isSortedAccordingTo(Comparator.comparingLong(AuditLine::seq).reversed());
                    offset += pageSize;
                } while (page.hasMore());
                assertThat(read).as("round %d: %s", round, filter).isEqualTo(expected);
                if (user != null || action != null || subject != null) {
                    assertThat(page.total()).as("total of %s", filter).isEqualTo(expected.size());
                }
            }
        }
    }

    private static LocalDate day(Instant at) {
        return WorkCalendar.toLocal(at).toLocalDate();
    }
}
