package vn.motcua.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.zip.CRC32C;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.motcua.common.UserFacingException;

/**
 * Assembles one PDF from checked inputs, pages in order. A JPEG's compressed stream is embedded
 * as it is (no re-encoding: the scan keeps its exact quality and the import runs at disk speed);
 * other images are stored losslessly; PDF pages are imported. Pages are streamed one at a time
 * into PDFBox's temp-file cache, so a 500-page stack never sits decoded in memory.
 *
 * <p>The clerk's arrangement (a selection of pages, reordered and turned) goes through the same
 * path as whole files: {@link #assemble(List, List, OutputStream, ImportProgress)}.
 *
 * <p>The output is deterministic: the same inputs give the same bytes (the PDF's /ID is derived
 * from the inputs), so importing the same scan twice stores one file.
 */
public final class PdfAssembler {
    private static final float POINTS_PER_INCH = 72f;

    /** Writes the PDF of {@code files} to {@code out} and returns its page count. */
    public int assemble(List<CheckedFile> files, OutputStream out) throws IOException {
        List<PageChoice> all = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            for (int p = 0; p < files.get(i).pages(); p++) {
                all.add(new PageChoice(i, p, 0));
            }
        }
        return build(files, all, false, out, ImportProgress.NONE);
    }

    /**
     * One page of one of the checked files, turned clockwise by {@code rotation} degrees.
     *
     * @param file index into the list of checked files
     * @param page page within that file (0 for a single image)
     */
    public record PageChoice(int file, int page, int rotation) {
    }

    /**
     * Writes the PDF of the chosen {@code pages}, in that order, to {@code out} and returns its
     * page count. A rotation becomes the page's /Rotate entry (added to one the page already
     * has), so a JPEG is still embedded byte for byte. {@code progress} hears of each page.
     */
    public int assemble(List<CheckedFile> files, List<PageChoice> pages, OutputStream out, ImportProgress progress)
            throws IOException {
        for (PageChoice c : pages) {
            if (c.file() < 0 || c.file() >= files.size() || c.page() < 0 || c.page() >= files.get(c.file()).pages()
                    || c.rotation() % 90 != 0) {
                throw new IllegalArgumentException("no such page: " + c);
            }
        }
        return build(files, pages, true, out, progress);
    }

    /**
     * The shared path. The /ID digest covers the inputs' bytes in order and, for a chosen
     * selection, the selection too (a different order or rotation is a different document).
     */
    private static int build(List<CheckedFile> files, List<PageChoice> pages, boolean selection, OutputStream out,
            ImportProgress progress) throws IOException {
        MessageDigest inputs = sha256();
        for (CheckedFile f : files) {
            digest(f, inputs);
        }
        if (selection) {
            for (PageChoice c : pages) {
                inputs.update((c.file() + ":" + c.page() + ":" + Math.floorMod(c.rotation(), 360) + ";")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
        }
        Map<Integer, PDDocument> sources = new HashMap<>();
        try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            int done = 0;
            for (PageChoice c : pages) {
                CheckedFile f = files.get(c.file());
                PDPage page = switch (f.kind()) {
                    case JPEG -> addJpeg(doc, f);
                    case PNG, TIFF -> addImage(doc, f, c.page());
                    case PDF -> doc.importPage(source(sources, c.file(), f).getPage(c.page()));
                };
                int rotation = Math.floorMod(page.getRotation() + c.rotation(), 360);
                if (rotation != page.getRotation()) {
                    page.setRotation(rotation);
                }
                progress.pageDone(++done, pages.size());
            }
            byte[] id = Arrays.copyOf(inputs.digest(), 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().setDocumentID(ids);
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return doc.getNumberOfPages();
        } finally {
            for (PDDocument s : sources.values()) {
                s.close();
            }
        }
    }

    private static PDPage addJpeg(PDDocument doc, CheckedFile f) throws IOException {
        byte[] bytes = Files.readAllBytes(f.path());
        JpegHeader header = JpegHeader.read(bytes);
        if (header != null) {
            PDColorSpace space = header.components() == 1 ? PDDeviceGray.INSTANCE : PDDeviceRGB.INSTANCE;
            return place(doc, new PDImageXObject(doc, new ByteArrayInputStream(bytes), COSName.DCT_DECODE, header.width(),
                    header.height(), 8, space), header.dpi());
        }
        PDImageXObject image;
        try {
            image = JPEGFactory.createFromByteArray(doc, bytes);
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException(e, "documents.corrupt", f.name());
        }
        return place(doc, image, dpi(f, 0));
    }

    private static PDPage addImage(PDDocument doc, CheckedFile f, int index) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(f.path().toFile())) {
            ImageReader reader = InputCheck.reader(in, f.name());
            try {
                reader.setInput(in, false, false);
                float dpi = PageDpi.of(reader, index);
                BufferedImage page;
                try {
                    page = reader.read(index);
                } catch (IOException | RuntimeException e) {
                    throw new UserFacingException(e, "documents.corrupt", f.name());
                }
                return place(doc, LosslessFactory.createFromImage(doc, page), dpi);
            } finally {
                reader.dispose();
            }
        }
    }

    private static PDDocument source(Map<Integer, PDDocument> sources, int index, CheckedFile f) throws IOException {
        PDDocument source = sources.get(index);
        if (source == null) {
            try {
                source = Loader.loadPDF(f.path().toFile());
            } catch (IOException e) {
                throw new UserFacingException(e, "documents.pdfUnreadable", f.name());
            }
            sources.put(index, source);
        }
        return source;
    }

    private static float dpi(CheckedFile f, int index) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(f.path().toFile())) {
            ImageReader reader = InputCheck.reader(in, f.name());
            try {
                reader.setInput(in, false, false);
                return PageDpi.of(reader, index);
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * One page holding the image: sized from its resolution when the file states one, else the
     * image is fitted into an A4 page of its orientation.
     */
    private static PDPage place(PDDocument doc, PDImageXObject image, float dpi) throws IOException {
        float w;
        float h;
        PDRectangle box;
        if (dpi > 0) {
            w = image.getWidth() * POINTS_PER_INCH / dpi;
            h = image.getHeight() * POINTS_PER_INCH / dpi;
            box = new PDRectangle(w, h);
        } else {
            box = image.getWidth() > image.getHeight() ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                    : PDRectangle.A4;
            float scale = Math.min(box.getWidth() / image.getWidth(), box.getHeight() / image.getHeight());
            w = image.getWidth() * scale;
            h = image.getHeight() * scale;
        }
        PDPage page = new PDPage(box);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.drawImage(image, (box.getWidth() - w) / 2, (box.getHeight() - h) / 2, w, h);
        }
        return page;
    }

    /**
     * Feeds a fingerprint of {@code f} into the /ID digest: its length and CRC-32C (computed by
     * the CPU's own instruction). The /ID only has to be the same for the same inputs; a second
     * SHA-256 over every page cost as much as the rest of an import (the stored PDF is hashed
     * with SHA-256 anyway, and that hash is what names and verifies it).
     */
    private static void digest(CheckedFile f, MessageDigest inputs) throws IOException {
        CRC32C crc = new CRC32C();
        long length = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(f.path())) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
                length += n;
            }
        }
        inputs.update((length + ":" + crc.getValue() + ";").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
