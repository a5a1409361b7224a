package vn.motcua.catalog;

/**
 * One record of a catalogue file (a procedure or a component) seen through logical field names
 * such as {@code time.kind} or {@code originals}, whatever the format: a JSON object or a
 * spreadsheet row. Errors name the record's place in the file.
 */
interface RecordSource {
    /** The field's text in NFC, stripped; {@code null} when absent or empty. */
    String text(String field);

    /** The refusal of {@code field} of this record, with a problem message key and its arguments. */
    CatalogFileException error(String field, String problemKey, Object... args);
}
