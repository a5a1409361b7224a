package vn.motcua.sync;

import vn.motcua.sync.portal.PortalAdapter;

/**
 * Makes the adapter for the configured portal. The composition root holds one (the HTTP
 * client of our contract, or another province's adapter); tests pass an in-memory portal.
 */
@FunctionalInterface
public interface PortalAdapterFactory {
    PortalAdapter create(SyncConfig config);
}
