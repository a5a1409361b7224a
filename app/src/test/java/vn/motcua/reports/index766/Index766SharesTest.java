package vn.motcua.reports.index766;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.motcua.reports.index766.Index766TimelinessTest.at;
import static vn.motcua.reports.index766.Index766TimelinessTest.sorted;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.PaymentMethod;

/**
 * Digitization (22), online services (22) and satisfaction (18) over March 2026, worked out by
 * hand from dossiers received, scanned, paid and rated through the services; April shows the
 * thresholds reached exactly (80 % digitized, ≥ 50 % online earn the whole weight).
 */
class Index766SharesTest {
    static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    static final LocalDate TO = LocalDate.of(2026, 3, 31);

    @TempDir
    Path dir;

    @Test
    void everyShareOfMarchAsWorkedOutByHand() throws Exception {
        try (IndexOffice office = new IndexOffice(dir, at(2, 24, 8))) {
            // h: received in February, resolved in March with an electronic result, rated in March
            String h = office.receive(IndexOffice.RESIDENCE, at(2, 24, 9));
            office.scanInput(h);
            office.pay(h, PaymentMethod.TRANSFER, at(2, 24, 10));
            // a: in person, scanned, paid cash, resolved with an electronic result, very satisfied
            String a = office.receive(IndexOffice.RESIDENCE, at(3, 2, 9));
            office.scanInput(a);
            office.pay(a, PaymentMethod.CASH, at(3, 2, 10));
            office.ready(h, at(3, 3, 9));
            office.scanResult(h);
            // b: online, scanned, paid by transfer, resolved without an electronic result, not satisfied
            String b = office.receive(IndexOffice.RESIDENCE, Channel.ONLINE, at(3, 3, 9));
            office.scanInput(b);
            office.pay(b, PaymentMethod.TRANSFER, at(3, 3, 10));
            office.returned(h, at(3, 4, 8));
            office.rate(h, 2, at(3, 4, 8));
            // c: birth registration (free) in person, scanned, resolved the same day with an electronic result, satisfied
            String c = office.receive(IndexOffice.BIRTH, at(3, 4, 9));
            office.scanInput(c);
            office.ready(c, at(3, 4, 14));
            office.scanResult(c);
            office.returned(c, at(3, 4, 15));
            office.rate(c, 2, at(3, 4, 15));
            office.ready(a, at(3, 5, 9));
            office.scanResult(a);
            office.returned(a, at(3, 6, 9));
            office.rate(a, 1, at(3, 6, 9));
            office.ready(b, at(3, 6, 10));
            office.returned(b, at(3, 9, 9));
            office.rate(b, 3, at(3, 9, 9));
            // d: in person, reuses a's scan (reused, not digitized), paid by transfer, open
            String d = office.receive(IndexOffice.RESIDENCE, at(3, 10, 9));
            office.reuseEarlierScan(d);
            office.pay(d, PaymentMethod.TRANSFER, at(3, 10, 10));
            // e: online, nothing scanned, fee still due, open
            String e = office.receive(IndexOffice.RESIDENCE, Channel.ONLINE, at(3, 11, 9));
            // f: online, refused; g: in person, scanned, paid by transfer, withdrawn — both left out
            String f = office.receive(IndexOffice.RESIDENCE, Channel.ONLINE, at(3, 12, 9));
            office.close(f, DossierStatus.REFUSED, at(3, 12, 10));
            String g = office.receive(IndexOffice.RESIDENCE, at(3, 13, 9));
            office.scanInput(g);
            office.pay(g, PaymentMethod.TRANSFER, at(3, 13, 10));
            office.close(g, DossierStatus.WITHDRAWN, at(3, 16, 9));
            office.clock.set(at(4, 10, 8));

            IndexScore score = office.compute(FROM, TO);
            // received in March and counted: a, b, c, d, e
            check(score, "digitizedComponents", 3, 5, 8 * (3.0 / 5) / 0.8); // a, b, c
            check(score, "dataReuse", 1, 5, 6 * (1.0 / 5)); // d
            check(score, "electronicResult", 3, 4, 8 * 0.75); // resolved in March: h, a, b, c; with one: h, a, c
            check(score, "onlineProcedures", 1, 2, 6 * 0.5); // residence had online dossiers, birth none
            check(score, "onlineSubmission", 2, 5, 6 * (2.0 / 5) / 0.5); // b, e
            check(score, "onlinePayment", 2, 3, 10 * (2.0 / 3)); // paid: a (cash), b, d (transfer); e unpaid, c free
            check(score, "satisfiedRatings", 3, 4, 18 * 0.75); // rated in March: h 2, a 1, b 3, c 2
            assertThat(score.group("digitization").points()).isCloseTo(6.0 + 1.2 + 6.0, within(1e-9));
            assertThat(score.group("onlineServices").points()).isCloseTo(3.0 + 4.8 + 20.0 / 3, within(1e-9));
            assertThat(score.group("satisfaction").points()).isCloseTo(13.5, within(1e-9));
            double sum = score.groups().stream().mapToDouble(IndexScore.GroupScore::points).sum();
            assertThat(score.total()).isCloseTo(sum, within(1e-9));

            // the click-through: exactly the dossiers (or procedures) each number counts
            assertThat(office.list(FROM, TO, "digitizedComponents", Part.NUMERATOR).codes()).containsExactlyElementsOf(sorted(a, b, c));
            assertThat(office.list(FROM, TO, "digitizedComponents", Part.DENOMINATOR).codes())
                    .containsExactlyElementsOf(sorted(a, b, c, d, e));
            assertThat(office.list(FROM, TO, "dataReuse", Part.NUMERATOR).codes()).containsExactly(d);
            assertThat(office.list(FROM, TO, "electronicResult", Part.NUMERATOR).codes()).containsExactlyElementsOf(sorted(h, a, c));
            assertThat(office.list(FROM, TO, "electronicResult", Part.DENOMINATOR).codes()).containsExactlyElementsOf(sorted(h, a, b, c));
            DossierList procedures = office.list(FROM, TO, "onlineProcedures", Part.DENOMINATOR);
            assertThat(procedures.unit()).isEqualTo(Unit.PROCEDURE);
            assertThat(procedures.codes()).containsExactly(IndexOffice.BIRTH, IndexOffice.RESIDENCE);
            assertThat(office.list(FROM, TO, "onlineProcedures", Part.NUMERATOR).codes()).containsExactly(IndexOffice.RESIDENCE);
            assertThat(office.list(FROM, TO, "onlineSubmission", Part.NUMERATOR).codes()).containsExactlyElementsOf(sorted(b, e));
            assertThat(office.list(FROM, TO, "onlinePayment", Part.DENOMINATOR).codes()).containsExactlyElementsOf(sorted(a, b, d));
            assertThat(office.list(FROM, TO, "onlinePayment", Part.NUMERATOR).codes()).containsExactlyElementsOf(sorted(b, d));
            assertThat(office.list(FROM, TO, "satisfiedRatings", Part.NUMERATOR).codes()).containsExactlyElementsOf(sorted(h, a, c));
            listsEqualTheNumbers(office, score);
        }
    }

    @Test
    void aShareAtItsThresholdEarnsTheWholeWeight() throws Exception {
        try (IndexOffice office = new IndexOffice(dir, at(4, 1, 8))) {
            List<String> codes = List.of(
                    office.receive(IndexOffice.RESIDENCE, Channel.ONLINE, at(4, 1, 9)),
                    office.receive(IndexOffice.RESIDENCE, Channel.ONLINE, at(4, 1, 10)),
                    office.receive(IndexOffice.RESIDENCE, Channel.ONLINE, at(4, 2, 9)),
                    office.receive(IndexOffice.RESIDENCE, at(4, 2, 10)),
                    office.receive(IndexOffice.RESIDENCE, at(4, 3, 9)));
            for (String code : codes.subList(0, 4)) {
                office.scanInput(code);
            }
            office.clock.set(at(5, 4, 8));
            IndexScore score = office.compute(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));
            check(score, "digitizedComponents", 4, 5, 8); // 80 % is the full-marks threshold
            check(score, "onlineSubmission", 3, 5, 6); // 60 % ≥ 50 %: capped at the weight
            check(score, "onlineProcedures", 1, 1, 6);
            check(score, "onlinePayment", 0, 0, 10); // nothing paid yet: the zero-denominator rule (full by default)
            listsEqualTheNumbers(office, score);
        }
    }

    static void check(IndexScore score, String id, long numerator, long denominator, double points) {
        IndexScore.IndicatorScore i = score.indicator(id);
        assertThat(i.numerator()).as(id + " numerator").isEqualTo(numerator);
        assertThat(i.denominator()).as(id + " denominator").isEqualTo(denominator);
        assertThat(i.points()).as(id + " points").isCloseTo(points, within(1e-9));
    }

    /** Every indicator's click-through lists as many codes as its numerator and denominator say. */
    static void listsEqualTheNumbers(IndexOffice office, IndexScore score) {
        score.groups().forEach(g -> g.indicators().forEach(i -> {
            DossierList num = office.list(score.from(), score.to(), i.id(), Part.NUMERATOR);
            DossierList den = office.list(score.from(), score.to(), i.id(), Part.DENOMINATOR);
            assertThat(num.total()).as(i.id()).isEqualTo(i.numerator());
            assertThat(num.codes()).as(i.id()).hasSize((int) i.numerator()).doesNotHaveDuplicates();
            assertThat(den.total()).as(i.id()).isEqualTo(i.denominator());
            assertThat(den.codes()).as(i.id()).hasSize((int) i.denominator()).containsAll(num.codes());
            assertThat(num.unit()).isEqualTo(i.unit());
        }));
    }
}
