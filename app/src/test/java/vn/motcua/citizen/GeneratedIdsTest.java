package vn.motcua.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A thousand generated people: every true ID passes, every ID with one thing changed fails. */
class GeneratedIdsTest {
    private static final long SEED = 20250314L;

    @Test
    void generatedIdsPassAndTheirMutantsFailForTheRightReason() {
        IdGenerator gen = new IdGenerator(SEED);
        for (int i = 0; i < 1_000; i++) {
            IdGenerator.Person p = gen.person();
            String why = "seed " + SEED + " case " + i + ": " + p;
            assertThat(p.id()).as(why).hasSize(12);
            assertThat(PersonalIds.check(p.id(), p.birthDate(), p.sex())).as(why).isEmpty();
            assertThat(PersonalIds.kindOf(p.id())).as(why).isEqualTo(IdKind.PERSONAL_ID_12);

            String id = p.id();
            char d4 = id.charAt(3);
            assertProblem(gen.unknownPlace() + id.substring(3), p, "citizen.id.unknownPlace", why);
            assertProblem(id.substring(0, 3) + (char) (d4 ^ 1) + id.substring(4), p,
                    p.sex() == Sex.MALE ? "citizen.id.sexSaysFemale" : "citizen.id.sexSaysMale", why);
            char otherCentury = (char) ('0' + (d4 - '0' + 2 + 2 * gen.nextInt(4)) % 10);
            assertProblem(id.substring(0, 3) + otherCentury + id.substring(4), p, "citizen.id.century", why);
            int yy = Integer.parseInt(id.substring(4, 6));
            String otherYear = String.format("%02d", (yy + 1 + gen.nextInt(99)) % 100);
            assertProblem(id.substring(0, 4) + otherYear + id.substring(6), p, "citizen.id.year", why);
            int at = gen.nextInt(12);
            assertProblem(id.substring(0, at) + "O" + id.substring(at + 1), p, "citizen.id.notDigits", why);
            assertProblem(id.substring(0, at) + id.substring(at + 1), p, "citizen.id.length", why);
            assertProblem(id + gen.nextInt(10), p, "citizen.id.length", why);
        }
    }

    private static void assertProblem(String mutant, IdGenerator.Person p, String key, String why) {
        assertThat(PersonalIds.check(mutant, p.birthDate(), p.sex())).as(why + " mutant " + mutant)
                .extracting(IdProblem::key).contains(key);
    }
}
