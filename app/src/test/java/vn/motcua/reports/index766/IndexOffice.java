package vn.motcua.reports.index766;

import vn.motcua.reports.OnTimeReport;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.hibernate.Session;
import vn.motcua.AppContext;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.catalog.Procedure;
import vn.motcua.documents.ReuseOffer;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.Intakes;
import vn.motcua.dossier.PaymentMethod;
import vn.motcua.dossier.TransitionRequest;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestClock;
import vn.motcua.testing.TestDatabase;
import vn.motcua.testing.TestOffice;

/**
 * A real office on H2 whose clock the test sets: dossiers are received, moved, scanned, paid and
 * rated through the product's own services at the times the fixture names, so every figure the
 * index reports can be worked out by hand from the test's text.
 */
final class IndexOffice implements AutoCloseable {
    static final String RESIDENCE = Intakes.RESIDENCE; // 7 working days, a fee (20,000 đ; 10,000 đ online)
    static final String BIRTH = Intakes.BIRTH; // free, same day
    final TestClock clock;
    final AppContext context;
    private final Path dir;
    private int scans;

    IndexOffice(Path dir, LocalDateTime start) {
        this(dir, start, TestDatabase.H2);
    }

    IndexOffice(Path dir, LocalDateTime start, TestDatabase database) {
        this.dir = dir;
        this.clock = new TestClock(start);
        this.context = TestOffice.initialized(dir.resolve("office"), clock, database);
    }

    /** Receives (accepts) a dossier of {@code procedure} at {@code at} by {@code channel}; returns its code. */
    String receive(String procedure, Channel channel, LocalDateTime at) {
        clock.set(at);
        Procedure p = Intakes.procedure(context, procedure);
        return context.intake().receive(Actor.SYSTEM, new IntakeRequest(null, procedure, Intakes.applicant(), null, null,
                Intakes.complete(p, 1, 1), channel, null, 1, null, null, null)).code();
    }

    String receive(String procedure, LocalDateTime at) {
        return receive(procedure, Channel.IN_PERSON, at);
    }

    void ready(String code, LocalDateTime at) {
        clock.set(at);
        context.processing().resultReady(Actor.SYSTEM, code, null);
    }

    void returned(String code, LocalDateTime at) {
        clock.set(at);
        context.processing().returnResult(Actor.SYSTEM, code, null, null);
    }

    void close(String code, DossierStatus to, LocalDateTime at) {
        clock.set(at);
        context.processing().close(Actor.SYSTEM, code, to, "Lý do thử nghiệm");
    }

    void supplement(String code, LocalDateTime at) {
        clock.set(at);
        context.processing().transition(Actor.SYSTEM, code, DossierStatus.SUPPLEMENT_REQUESTED,
                new TransitionRequest(null, null, null, "Bổ sung giấy tờ", null));
    }

    void pay(String code, PaymentMethod method, LocalDateTime at) {
        clock.set(at);
        context.fees().pay(Actor.SYSTEM, code, method, method == PaymentMethod.TRANSFER ? "FT" + code.hashCode() : null);
    }

    void rate(String code, int level, LocalDateTime at) {
        clock.set(at);
        context.processing().rate(Actor.SYSTEM, code, level, level == 3 ? "Chờ lâu" : null);
    }

    /** Scans the first paper of the dossier (digitized input). */
    void scanInput(String code) throws Exception {
        String component = context.dossiers().require(code).components().get(0).code();
        context.documents().importFiles(Actor.SYSTEM, code, component, List.of(jpeg()));
    }

    /** Scans the signed result as the dossier's electronic result. */
    void scanResult(String code) throws Exception {
        context.documents().importResult(Actor.SYSTEM, code, List.of(jpeg()));
    }

    /** Links the applicant's earlier scan of the same component to {@code code} (reused, not digitized). */
    void reuseEarlierScan(String code) {
        Dossier d = context.dossiers().require(code);
        ReuseOffer offer = context.reuse().offers(vn.motcua.security.Actor.SYSTEM, d.applicant().idNumber(), d.procedureCode()).get(0);
        context.reuse().reuse(Actor.SYSTEM, code, offer.componentCode(), offer.documentId());
    }

    /** The due day (Vietnam) the deadline ledger gave the dossier. */
    LocalDate dueDay(String code) {
        return WorkCalendar.toLocal(context.dossiers().require(code).dueAt()).toLocalDate();
    }

    Index766 index() {
        return new Index766(IndexConfig.defaults(), new OnTimeTimeliness(new OnTimeReport(clock)));
    }

    <T> T read(Function<Session, T> work) {
        return context.database().sessionFactory().fromTransaction(work::apply);
    }

    IndexScore compute(LocalDate from, LocalDate to) {
        return read(s -> index().compute(s, from, to));
    }

    DossierList list(LocalDate from, LocalDate to, String indicator, Part part) {
        return read(s -> index().dossiers(s, from, to, indicator, part));
    }

    private Path jpeg() throws Exception {
        Path file = dir.resolve("page-" + (++scans) + ".jpg");
        Random r = new Random(scans);
        BufferedImage img = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 3000; i++) {
            img.setRGB(r.nextInt(120), r.nextInt(160), r.nextInt(0xFFFFFF));
        }
        ImageIO.write(img, "jpg", file.toFile());
        return file;
    }

    @Override
    public void close() {
        context.close();
    }
}
