package vn.motcua.dossier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outbox payload of a received dossier, with the field names of the national dossier-sync
 * API (reference §4) so that the portal adapter sends it as it is.
 */
final class DossierPayload {
    private DossierPayload() {
    }

    static String received(Dossier d, List<DossierFee> fees) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", d.id().toString());
        p.put("MaHoSo", d.code());
        p.put("MaTTHC", d.procedureCode());
        p.put("TenTTHC", d.procedureName());
        p.put("TenLinhVuc", d.procedureField());
        p.put("KenhThucHien", d.channel().code());
        p.put("ChuHoSo", d.ownerName() != null ? d.ownerName() : d.applicant().fullName());
        p.put("LoaiDoiTuong", d.applicantType().code());
        p.put("SoGiayToChuHoSo", d.applicant().idNumber());
        p.put("SoDienThoai", d.applicant().phone());
        p.put("Email", d.applicant().email());
        p.put("TrichYeuHoSo", d.procedureName());
        p.put("NgayTiepNhan", PortalTime.format(d.receivedAt()));
        p.put("NgayHenTra", PortalTime.format(d.dueAt()));
        p.put("TrangThaiHoSo", d.status().code());
        p.put("GhiChu", d.reason());
        p.put("catalogVersion", d.catalogVersion());
        p.put("calendarVersion", d.calendarVersion());
        p.put("ThanhPhanHoSo", d.components().stream().map(DossierPayload::component).toList());
        p.put("PhiLePhi", fees.stream().map(FeePayload::line).toList());
        return FeePayload.write(p);
    }

    private static Map<String, Object> component(DossierComponent c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("MaThanhPhanHoSo", c.code());
        m.put("TenThanhPhanHoSo", c.name());
        m.put("SoBanChinh", c.originals());
        m.put("SoBanSao", c.certifiedCopies());
        m.put("SoBanPhoto", c.photocopies());
        m.put("DuocLayTuKhoDMQG", c.source() == vn.motcua.catalog.ComponentSource.LOOK_UP);
        return m;
    }
}
