package vn.motcua.sync;

import java.net.URI;

/**
 * How this office reaches its portal: the base URL and the client credentials the portal
 * issued to the office. {@link #toString()} never shows the secret.
 */
public record SyncConfig(URI portalUrl, String clientId, String clientSecret) {
    @Override
    public String toString() {
        return "SyncConfig[" + portalUrl + ", " + clientId + ", secret hidden]";
    }
}
