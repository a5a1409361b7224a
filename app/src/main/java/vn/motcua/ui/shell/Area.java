package vn.motcua.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The areas of the product, in the order of the navigation and of the Ctrl+1…6 shortcuts. The
 * dossier list comes first: it is the clerk's home screen, shown after log-in (Ctrl+1).
 */
public enum Area {
    /** Hồ sơ: the dossier list, what is due and late. */
    DOSSIERS("dossiers", Material2AL.FOLDER),
    /** Tiếp nhận: receiving dossiers at the desk. */
    INTAKE("intake", Material2AL.ASSIGNMENT_IND),
    /** Số hóa: scanning papers into the dossier. */
    DIGITIZATION("digitization", Material2MZ.SCANNER),
    /** Đồng bộ: exchange with the provincial portal. */
    SYNC("sync", Material2MZ.SYNC),
    /** Báo cáo: on-time rates, the 766 index, official reports. */
    REPORTS("reports", Material2AL.BAR_CHART),
    /** Quản trị: accounts, catalogue, calendar. */
    ADMIN("admin", Material2AL.ADMIN_PANEL_SETTINGS);

    private final String key;
    private final Ikon icon;

    Area(String key, Ikon icon) {
        this.key = key;
        this.icon = icon;
    }

    /** Bundle key of the area's name; {@code + ".placeholder"} says what will come there. */
    public String key() {
        return "area." + key;
    }

    /** Stable id for tests and accessibility ("area-intake"). */
    public String id() {
        return "area-" + key;
    }

    public Ikon icon() {
        return icon;
    }
}
