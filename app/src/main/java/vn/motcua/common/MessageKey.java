package vn.motcua.common;

/**
 * A message argument that is itself a message key (a status name, a field name), put into the
 * sentence in the same language as the sentence: "Hồ sơ đang ở trạng thái Đã tiếp nhận" and
 * "The dossier is Accepted".
 */
public record MessageKey(String key) {
}
