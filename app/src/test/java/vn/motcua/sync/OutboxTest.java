package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.security.Actor;
import vn.motcua.security.AuditEntry;
import vn.motcua.testing.TestOffice;

/** The pattern every later service follows: change, audit and outbox commit together or not at all. */
class OutboxTest {
    @TempDir
    Path tmp;

    @Test
    void anOutboxEntryAndItsAuditLineCommitWithTheChange() {
        try (AppContext context = TestOffice.open(tmp)) {
            UUID aggregate = UUID.randomUUID();
            OutboxEntry entry = context.database().sessionFactory().fromTransaction(s -> {
                context.audit().record(s, Actor.SYSTEM, "TEST_CHANGE", "dossier", aggregate, null);
                return context.outbox().enqueue(s, "dossier", aggregate, "receive", "{\"MaHoSo\":\"H56-261123-0001\"}");
            });
            assertThat(entry.state()).isEqualTo(OutboxEntry.State.PENDING);
            assertThat(context.database().sessionFactory().fromTransaction(context.outbox()::pendingCount)).isEqualTo(1);
        }
    }

    /** Fault 10 (desk killed between the change and its outbox row): impossible by construction. */
    @Test
    void aFailedChangeLeavesNeitherOutboxEntryNorAuditLine() {
        try (AppContext context = TestOffice.open(tmp)) {
            UUID aggregate = UUID.randomUUID();
            assertThatThrownBy(() -> context.database().sessionFactory().inTransaction(s -> {
                context.audit().record(s, Actor.SYSTEM, "TEST_CHANGE", "dossier", aggregate, null);
                context.outbox().enqueue(s, "dossier", aggregate, "receive", "{}");
                s.flush();
                throw new IllegalStateException("the change itself failed");
            })).isInstanceOf(IllegalStateException.class);
            var sf = context.database().sessionFactory();
            assertThat(sf.fromTransaction(context.outbox()::pendingCount)).isZero();
            List<AuditEntry> audit = sf.fromTransaction(s -> context.audit().latest(s, 10));
            assertThat(audit).noneMatch(a -> "TEST_CHANGE".equals(a.action()));
        }
    }
}
