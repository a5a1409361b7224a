package vn.motcua.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sync.sandbox.PortalHarness.AGENCY;
import static vn.motcua.sync.sandbox.PortalHarness.dossier;
import static vn.motcua.sync.sandbox.PortalHarness.nextCode;
import static vn.motcua.sync.sandbox.PortalHarness.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.sync.http.HttpPortalAdapter;
import vn.motcua.sync.portal.PortalAnswer.Accepted;
import vn.motcua.sync.portal.PortalAnswer.Refused;

/** Contract v1, pull: the change feed and its cursors, retention and the snapshot resync, the catalogue, code leases. */
class FeedContractTest {
    @TempDir
    Path dir;
    PortalHarness portal;

    @AfterEach
    void stop() {
        portal.close();
    }

    private List<UUID> createSome(HttpPortalAdapter desk, int n) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID id = UUID.randomUUID();
            desk.putDossier(id, UUID.randomUUID(), null, text(dossier(id, nextCode())));
            desk.putEvent(id, UUID.randomUUID(), UUID.randomUUID(), "{\"type\":\"HAND_OVER\",\"TrangThaiHoSo\":4}");
            ids.add(id);
        }
        return ids;
    }

    @Test
    void theFeedPagesEveryChangeOnceWithCursorsThatOnlyMoveForward() {
        portal = PortalHarness.start(dir);
        HttpPortalAdapter desk = portal.adapter();
        createSome(desk, 7);
        UUID online = SandboxClient.of(portal.url()).onlineDossier(AGENCY, "1.001193", "Khai sinh", "Lò Văn Páo", null).uuid();
        portal.otherAgency().authenticate();

        Set<String> seen = new HashSet<>();
        long lastSeq = 0;
        String cursor = null;
        int pages = 0;
        boolean more = true;
        while (more) {
            Accepted page = (Accepted) desk.changes(AGENCY, cursor, 4);
            pages++;
            for (JsonNode ch : page.body().get("changes")) {
                assertThat(ch.get("seq").asLong()).as("seq strictly increasing").isGreaterThan(lastSeq);
                lastSeq = ch.get("seq").asLong();
                assertThat(seen.add(ch.get("changeId").asText())).isTrue();
                assertThat(ch.get("dossier").get("version").asLong()).isEqualTo(ch.get("version").asLong());
            }
            more = page.body().get("hasMore").asBoolean();
            cursor = page.body().get("nextCursor").asText();
        }
        assertThat(seen).hasSize(15);
        assertThat(pages).isEqualTo(4);
        Accepted tail = (Accepted) desk.changes(AGENCY, cursor, 4);
        assertThat(tail.body().get("changes")).isEmpty();
        assertThat(tail.body().get("nextCursor").asText()).as("an empty page keeps the cursor").isEqualTo(cursor);

        SandboxClient.of(portal.url()).withdraw(online, "rút");
        JsonNode fresh = ((Accepted) desk.changes(AGENCY, cursor, 4)).body().get("changes");
        assertThat(fresh).hasSize(1);
        assertThat(fresh.get(0).get("origin").asText()).isEqualTo("portal");
        assertThat(fresh.get(0).get("kind").asText()).isEqualTo("EVENT");
        assertThat(fresh.get(0).get("event").get("TrangThaiHoSo").asInt()).isEqualTo(7);

        assertThat(((Refused) portal.otherAgency().changes(AGENCY, null, 10)).error()).isEqualTo("wrong_agency");
        assertThat(((Refused) desk.changes(AGENCY, "not-a-cursor", 10)).error()).isEqualTo("bad_cursor");
    }

    @Test
    void anExpiredCursorIsGoneAndTheSnapshotResyncsFromWhereTheFeedResumes() {
        portal = PortalHarness.start(dir, PortalOptions.defaults().withFeedRetention(5));
        HttpPortalAdapter desk = portal.adapter();
        createSome(desk, 1);
        String early = ((Accepted) desk.changes(AGENCY, null, 10)).body().get("nextCursor").asText();
        List<UUID> ids = createSome(desk, 5);

        Refused gone = (Refused) desk.changes(AGENCY, early, 10);
        assertThat(gone.status()).as("fault 31").isEqualTo(410);
        assertThat(gone.error()).isEqualTo("cursor_expired");

        Set<String> dossiers = new HashSet<>();
        String page = null;
        String resume = null;
        do {
            Accepted p = (Accepted) desk.snapshot(AGENCY, page, 4);
            p.body().get("dossiers").forEach(d -> dossiers.add(d.get("uuid").asText()));
            resume = resume == null ? p.body().get("cursor").asText() : resume;
            assertThat(p.body().get("cursor").asText()).as("the same cursor on every page").isEqualTo(resume);
            page = p.body().get("nextPage").isNull() ? null : p.body().get("nextPage").asText();
            if (page != null) {
                createSome(desk, 1); // changes while paging land after the resume cursor
            }
        } while (page != null);
        assertThat(dossiers).hasSize(6).containsAll(ids.stream().map(UUID::toString).toList());

        JsonNode after = ((Accepted) desk.changes(AGENCY, resume, 100)).body().get("changes");
        assertThat(after).as("the feed resumes after the snapshot").hasSize(2);
    }

    @Test
    void theCatalogueAnswers304WhileItsVersionIsCurrent() {
        portal = PortalHarness.start(dir);
        HttpPortalAdapter desk = portal.adapter();
        Accepted full = (Accepted) desk.catalog(null);
        assertThat(full.status()).isEqualTo(200);
        String version = full.body().get("version").asText();
        assertThat(full.body().get("procedures")).isNotEmpty();
        assertThat(((Accepted) desk.catalog(version)).status()).isEqualTo(304);
        assertThat(((Accepted) desk.catalog("1999.01")).status()).isEqualTo(200);
    }

    @Test
    void leasedBlocksNeverOverlapEachOtherNorTheNumbersOfOnlineDossiers() {
        portal = PortalHarness.start(dir);
        HttpPortalAdapter desk = portal.adapter();
        LocalDate today = LocalDate.now(WorkCalendar.ZONE);
        LocalDate tomorrow = today.plusDays(1);
        SandboxClient sandbox = SandboxClient.of(portal.url());
        Set<Integer> taken = new HashSet<>();
        for (int round = 0; round < 4; round++) {
            Accepted lease = (Accepted) desk.leaseCodes(AGENCY, UUID.randomUUID(), List.of(today, tomorrow), 20);
            assertThat(lease.status()).isEqualTo(201);
            JsonNode first = lease.body().get("leases").get(0);
            assertThat(first.get("day").asText()).isEqualTo(today.toString());
            for (int n = first.get("from").asInt(); n <= first.get("to").asInt(); n++) {
                assertThat(taken.add(n)).as("number %d leased twice", n).isTrue();
            }
            String code = sandbox.onlineDossier(AGENCY, "1.001193", "Khai sinh", "Người " + round, null).code();
            int online = Integer.parseInt(code.substring(code.lastIndexOf('-') + 1));
            assertThat(taken.add(online)).as("online number %d inside a lease", online).isTrue();
        }
        UUID op = UUID.randomUUID();
        Refused full = (Refused) desk.leaseCodes(AGENCY, op, List.of(today), 9999);
        assertThat(full.error()).isEqualTo("exhausted");
        assertThat(((Refused) desk.leaseCodes(AGENCY, op, List.of(today), 9999)).error()).as("a refusal is replayed").isEqualTo("exhausted");
        Accepted tomorrowLease = (Accepted) desk.leaseCodes(AGENCY, UUID.randomUUID(), List.of(tomorrow), 5);
        assertThat(tomorrowLease.body().get("leases").get(0).get("from").asInt()).as("the refused lease kept nothing").isEqualTo(81);
    }
}
