package vn.motcua.cli;

import picocli.CommandLine.Command;
import vn.motcua.catalog.CatalogService;

/** {@code catalog list|import}: the procedure catalogue (danh mục thủ tục hành chính). */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "The procedure catalogue: list the version in force, import a province's file.",
        subcommands = {CatalogListCommand.class, CatalogImportCommand.class})
final class CatalogCommand {
    private CatalogCommand() {
    }

    /**
     * The catalogue of the data directory: the imported versions when a database exists, else
     * the shipped starter alone, so listing or checking a file never creates an office database.
     */
    static CatalogService catalog(CliSession session) {
        return session.dataDirectory().databaseExists() ? session.context().catalog() : CatalogService.shippedOnly();
    }
}
