package vn.motcua.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorCodeTest {
    @Test
    void sameFaultSiteGivesTheSameCode() {
        String first = ErrorCode.of(failHere());
        String second = ErrorCode.of(failHere());
        assertThat(first).matches("MC-[2-9A-HJ-NP-Z]{6}").isEqualTo(second);
    }

    @Test
    void differentFaultsGiveDifferentCodes() {
        assertThat(ErrorCode.of(failHere())).isNotEqualTo(ErrorCode.of(failElsewhere()));
        assertThat(ErrorCode.of(new IllegalStateException("x", failHere())))
                .as("the root cause decides").isEqualTo(ErrorCode.of(new RuntimeException("y", failHere())));
    }

    private static Throwable failHere() {
        try {
            Object o = null;
            return new RuntimeException(o.toString());
        } catch (NullPointerException e) {
            return e;
        }
    }

    private static Throwable failElsewhere() {
        try {
            return new RuntimeException(String.valueOf(Integer.parseInt("x")));
        } catch (NumberFormatException e) {
            return e;
        }
    }
}
