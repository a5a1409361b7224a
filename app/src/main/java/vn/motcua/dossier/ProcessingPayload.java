package vn.motcua.dossier;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.motcua.security.Actor;

/**
 * Outbox payloads of processing actions with the national API's field names (reference §4):
 * the status and dates of the dossier plus one processing-history line (NguoiXuLy,
 * ThoiDiemXuLy, NoiDungXuLy, TrangThai).
 */
final class ProcessingPayload {
    private ProcessingPayload() {
    }

    static String status(Dossier d, DossierStatus from, String note, Actor actor) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", d.id().toString());
        p.put("MaHoSo", d.code());
        p.put("TrangThaiHoSo", d.status().code());
        p.put("TrangThaiTruoc", from.code());
        p.put("NgayHenTra", PortalTime.format(d.dueAt()));
        p.put("NgayKetThucXuLy", PortalTime.format(d.finishedAt()));
        p.put("NgayTra", PortalTime.format(d.returnedAt()));
        p.put("DonViXuLy", d.handlerUnit());
        Map<String, Object> history = new LinkedHashMap<>();
        history.put("NguoiXuLy", actor.fullName() != null ? actor.fullName() : actor.username());
        history.put("ThoiDiemXuLy", PortalTime.format(d.statusChangedAt()));
        history.put("PhongBanXuLy", d.handlerUnit());
        history.put("NoiDungXuLy", note);
        history.put("TrangThai", d.status().code());
        history.put("NguoiNhan", d.handlerName());
        p.put("QuaTrinhXuLy", history);
        return FeePayload.write(p);
    }

    static String rating(Dossier d, DossierRating r) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", d.id().toString());
        p.put("MaHoSo", d.code());
        p.put("MucDoHaiLong", r.level());
        p.put("LyDo", r.reason());
        p.put("ThoiDiemDanhGia", PortalTime.format(r.ratedAt()));
        return FeePayload.write(p);
    }
}
