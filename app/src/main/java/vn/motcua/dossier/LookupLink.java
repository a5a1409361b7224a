package vn.motcua.dossier;

/**
 * What the tracking QR on a receipt carries: the province's lookup address with the dossier
 * code, so a citizen's phone opens the dossier's page. Provinces differ: a {@code {code}}
 * placeholder in the configured URL is replaced; otherwise the code is added as a parameter.
 */
final class LookupLink {
    private LookupLink() {
    }

    static String of(String lookupUrl, String code) {
        if (lookupUrl == null) {
            return code;
        }
        if (lookupUrl.contains("{code}")) {
            return lookupUrl.replace("{code}", code);
        }
        return lookupUrl + (lookupUrl.contains("?") ? "&" : "?") + "MaHoSo=" + code;
    }

    static String hint(String lookupUrl) {
        String where = lookupUrl == null ? "Cổng Dịch vụ công quốc gia" : site(lookupUrl);
        return "Tra cứu tình trạng hồ sơ tại " + where + " hoặc quét mã QR";
    }

    static String rulesPublishedAt(String lookupUrl) {
        return lookupUrl == null ? "Cổng Dịch vụ công quốc gia và tại Trung tâm Phục vụ hành chính công"
                : site(lookupUrl) + " và tại Trung tâm Phục vụ hành chính công";
    }

    private static String site(String url) {
        try {
            java.net.URI uri = java.net.URI.create(url.replace("{code}", ""));
            return uri.getHost() != null ? uri.getHost() : url;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
