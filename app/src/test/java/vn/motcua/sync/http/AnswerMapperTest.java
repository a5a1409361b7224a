package vn.motcua.sync.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.sync.portal.PortalAnswer;
import vn.motcua.testing.TestClock;

/** The status → PortalAnswer table, for the cases the real portal does not produce on demand. */
class AnswerMapperTest {
    static final String DATE = "Wed, 25 Nov 2026 02:00:00 GMT";
    final AnswerMapper mapper = new AnswerMapper(new TestClock(Instant.parse("2026-11-25T01:00:00Z")));

    static HttpHeaders headers(Map<String, String> h) {
        return HttpHeaders.of(h.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))),
                (a, b) -> true);
    }

    @Test
    void retryAfterIsReadInSecondsOrAsAnHttpDate() {
        PortalAnswer.RetryLater seconds = (PortalAnswer.RetryLater) mapper.map(429, headers(Map.of("Retry-After", "120", "Date", DATE)),
                new byte[0], AnswerMapper.Shape.JSON);
        assertThat(seconds.retryAfter()).isEqualTo(Duration.ofMinutes(2));
        assertThat(seconds.serverDate()).isEqualTo(Instant.parse("2026-11-25T02:00:00Z"));

        PortalAnswer.RetryLater date = (PortalAnswer.RetryLater) mapper.map(503,
                headers(Map.of("Retry-After", "Wed, 25 Nov 2026 02:05:00 GMT", "Date", DATE)), null, AnswerMapper.Shape.JSON);
        assertThat(date.retryAfter()).as("relative to the portal's own Date").isEqualTo(Duration.ofMinutes(5));

        PortalAnswer.RetryLater none = (PortalAnswer.RetryLater) mapper.map(502, headers(Map.of()), "<html>".getBytes(),
                AnswerMapper.Shape.JSON);
        assertThat(none.retryAfter()).isNull();
        assertThat(none.reason()).isEqualTo("http_502");
    }

    @Test
    void otherAnswersMapByStatus() {
        byte[] refusal = "{\"error\":\"portal_owned\",\"message\":\"m\",\"fields\":{\"PhiLePhi\":\"owned\"}}".getBytes(StandardCharsets.UTF_8);
        PortalAnswer.Refused r = (PortalAnswer.Refused) mapper.map(409, headers(Map.of()), refusal, AnswerMapper.Shape.JSON);
        assertThat(r.error()).isEqualTo("portal_owned");
        assertThat(r.fields()).containsEntry("PhiLePhi", "owned");
        assertThat(mapper.map(401, headers(Map.of()), null, AnswerMapper.Shape.JSON)).isInstanceOf(PortalAnswer.Unauthorized.class);
        assertThat(mapper.map(200, headers(Map.of()), "{\"a\":".getBytes(), AnswerMapper.Shape.JSON)).isInstanceOf(PortalAnswer.NoAnswer.class);
        assertThat(mapper.map(412, headers(Map.of()), "{\"error\":\"stale\"}".getBytes(), AnswerMapper.Shape.JSON))
                .as("412 without current is unusable").isInstanceOf(PortalAnswer.NoAnswer.class);
        assertThat(AnswerMapper.version("W/\"12\"")).isEqualTo(12L);
        assertThat(AnswerMapper.version("\"2025.07\"")).isNull();
    }
}
