package vn.motcua.sync.sandbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens, kept in memory only: a portal restart forgets them, every desk gets 401 and
 * asks for a new one, which is exactly the expired-credentials fault (24) the desk must survive.
 */
final class Tokens {
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration ttl;

    Tokens(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    String issue(Call.Client client) {
        byte[] raw = new byte[24];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        issued.put(token, new Issued(client, clock.instant().plus(ttl)));
        return token;
    }

    long ttlSeconds() {
        return ttl.toSeconds();
    }

    /** The client of a live {@code Authorization: Bearer …} header, else null. */
    Call.Client check(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        Issued i = issued.get(authorization.substring(7).trim());
        if (i == null) {
            return null;
        }
        if (!clock.instant().isBefore(i.expires())) {
            issued.values().removeIf(x -> !clock.instant().isBefore(x.expires()));
            return null;
        }
        return i.client();
    }

    /** Makes every issued token expired now (sandbox switch for fault 24). */
    void expireAll() {
        issued.clear();
    }

    private record Issued(Call.Client client, Instant expires) {
    }
}
