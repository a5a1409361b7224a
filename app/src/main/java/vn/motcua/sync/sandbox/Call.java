package vn.motcua.sync.sandbox;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One request as the routes see it, whether it came over HTTP or from a hand-carried bundle:
 * method, path, path variables, query, headers (names case-insensitive), body and the client
 * it was authenticated as (null for open routes).
 */
record Call(String method, String path, Map<String, String> vars, Map<String, String> query,
            Map<String, String> headers, byte[] body, Client client) {

    Call {
        TreeMap<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(headers);
        headers = h;
    }

    String header(String name) {
        return headers.get(name);
    }

    String var(String name) {
        return vars.get(name);
    }

    Call withMatch(Map<String, String> vars, Client client) {
        return new Call(method, path, vars, query, headers, body, client);
    }

    String methodUpper() {
        return method.toUpperCase(Locale.ROOT);
    }

    /** An authenticated client: its ID and the one agency it may touch. */
    record Client(String id, String agency) {
        String origin() {
            return "desk:" + id;
        }
    }
}
