package vn.motcua.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The outbox payload of a fee change: every fee line of the dossier as it now stands. */
final class FeePayload {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FeePayload() {
    }

    static String of(Dossier d, List<DossierFee> fees) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", d.id().toString());
        p.put("MaHoSo", d.code());
        p.put("PhiLePhi", fees.stream().map(FeePayload::line).toList());
        return write(p);
    }

    /** One fee line with the portal's names (MaPhiLePhi, TenPhiLePhi, Gia, HinhThucThu). */
    static Map<String, Object> line(DossierFee f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id().toString());
        m.put("MaPhiLePhi", f.code());
        m.put("TenPhiLePhi", f.name());
        m.put("Gia", f.amount());
        m.put("TrangThai", f.state().name());
        m.put("HinhThucThu", f.method() == null ? null : f.method().name());
        m.put("ThoiDiem", PortalTime.format(f.settledAt()));
        return m;
    }

    static String write(Map<String, Object> p) {
        try {
            return JSON.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
