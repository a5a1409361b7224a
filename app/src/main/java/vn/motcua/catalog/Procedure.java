package vn.motcua.catalog;

import java.util.List;
import java.util.Optional;

/**
 * One administrative procedure (thủ tục hành chính) of a catalogue version.
 *
 * @param code the national procedure code, e.g. {@code 2.000815} (mã TTHC)
 * @param field lĩnh vực, e.g. "Chứng thực"
 */
public record Procedure(String code, String name, String field, TimeRule time, FeeRule fee,
        List<RequiredComponent> components) {
    public Procedure {
        components = List.copyOf(components);
    }

    public Optional<RequiredComponent> component(String code) {
        return components.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
