package vn.motcua.ui.sync;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.AppContext;
import vn.motcua.security.Actor;
import vn.motcua.sync.DeskSync;
import vn.motcua.sync.SyncConfig;
import vn.motcua.sync.SyncListener;
import vn.motcua.sync.SyncProblem;
import vn.motcua.sync.SyncProblems;
import vn.motcua.sync.SyncStatus;

/**
 * What the sync panel asks of the services, for the logged-in person. Every method may touch the
 * database or the network: the view model calls them off the FX thread.
 */
public interface SyncDesk {
    SyncStatus status();

    List<SyncProblem> problems(int limit);

    Optional<SyncConfig> config();

    /** What the portal changed that the clerk must know (catalogue, fees, a recomputed due date), not yet seen. */
    List<vn.motcua.sync.SyncNotice> notices(int limit);

    void markSeen(UUID noticeId);

    /** Saves the portal settings and restarts the background sync with them. */
    void configure(String portalUrl, String clientId, char[] secret);

    void resend(UUID entryId);

    void setAside(UUID entryId, String note);

    void decide(UUID conflictId, SyncProblems.Choice choice);

    /** Writes every waiting action, with its scans, to a signed bundle to carry to the portal; progress on this thread. */
    vn.motcua.sync.bundle.BundleExport.Result exportBundle(java.nio.file.Path target, vn.motcua.sync.bundle.BundleExport.Progress progress);

    /** Records the portal's acknowledgement of a carried bundle. */
    vn.motcua.sync.bundle.BundleAcks.Summary importAck(java.nio.file.Path file);

    /** Wakes the background sync (starting it if the portal was just configured). */
    void syncNow();

    /** Whether this desk's background sync runs. */
    boolean running();

    void addListener(SyncListener l);

    void removeListener(SyncListener l);

    static SyncDesk of(AppContext context, Actor actor, DeskSync background) {
        return new SyncDesk() {
            @Override
            public SyncStatus status() {
                return context.sync().status();
            }

            @Override
            public List<SyncProblem> problems(int limit) {
                return context.syncProblems().open(limit);
            }

            @Override
            public List<vn.motcua.sync.SyncNotice> notices(int limit) {
                return context.syncNotices().open(limit);
            }

            @Override
            public void markSeen(UUID noticeId) {
                context.syncNotices().markSeen(noticeId, actor);
            }

            @Override
            public Optional<SyncConfig> config() {
                return context.sync().settings().current();
            }

            @Override
            public void configure(String portalUrl, String clientId, char[] secret) {
                context.sync().settings().configure(actor, portalUrl, clientId, secret);
                background.restart();
            }

            @Override
            public void resend(UUID entryId) {
                context.syncProblems().resend(actor, entryId);
                background.syncNow();
            }

            @Override
            public void setAside(UUID entryId, String note) {
                context.syncProblems().setAside(actor, entryId, note);
            }

            @Override
            public void decide(UUID conflictId, SyncProblems.Choice choice) {
                context.syncProblems().decide(actor, conflictId, choice);
                background.syncNow();
            }

            @Override
            public vn.motcua.sync.bundle.BundleExport.Result exportBundle(java.nio.file.Path target,
                    vn.motcua.sync.bundle.BundleExport.Progress progress) {
                return context.sync().bundleExport().export(actor, target, progress);
            }

            @Override
            public vn.motcua.sync.bundle.BundleAcks.Summary importAck(java.nio.file.Path file) {
                return context.sync().bundleAcks().importAck(actor, file);
            }

            @Override
            public void syncNow() {
                background.syncNow();
            }

            @Override
            public boolean running() {
                return background.running();
            }

            @Override
            public void addListener(SyncListener l) {
                background.addListener(l);
            }

            @Override
            public void removeListener(SyncListener l) {
                background.removeListener(l);
            }
        };
    }
}
