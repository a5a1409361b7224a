package vn.motcua.citizen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * SplitMix64-driven maker of plausible people and their 12-digit IDs, reproducible from the seed
 * printed in a failing assertion.
 */
final class IdGenerator {
    record Person(String id, LocalDate birthDate, Sex sex) {
    }

    private final List<String> places = new ArrayList<>();
    /** The JDK's seeded SplitMix generator: the same IDs for the same seed on every run. */
    private final java.util.SplittableRandom random;

    IdGenerator(long seed) {
        this.random = new java.util.SplittableRandom(seed);
        places.addAll(BirthRegistrationPlaces.provinces().keySet());
        places.addAll(BirthRegistrationPlaces.countries().keySet());
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** A person born 1900-01-01 .. 2025-12-31, mostly in a province, sometimes abroad. */
    Person person() {
        String place = nextInt(10) < 8 ? places.get(nextInt(63)) : places.get(nextInt(places.size()));
        Sex sex = nextInt(2) == 0 ? Sex.MALE : Sex.FEMALE;
        LocalDate born = LocalDate.of(1900, 1, 1).plusDays(nextInt(126 * 365));
        int digit4 = (born.getYear() / 100 - 19) * 2 + (sex == Sex.FEMALE ? 1 : 0);
        String random = String.format("%06d", nextInt(1_000_000));
        String id = place + digit4 + String.format("%02d", born.getYear() % 100) + random;
        return new Person(id, born, sex);
    }

    /** A three-digit code that is neither a province nor a country code. */
    String unknownPlace() {
        while (true) {
            String code = String.format("%03d", nextInt(1000));
            if (!BirthRegistrationPlaces.isKnown(code)) {
                return code;
            }
        }
    }
}
