package vn.motcua.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * <p>The output is deterministic: the same inputs give the same bytes (the PDF's /ID is derived
 * from the inputs), so importing the same scan twice stores one file.
 */
public final class PdfAssembler {
    private static final float POINTS_PER_INCH = 72f;

    /** Writes the PDF of {@code files} to {@code out} and returns its page count. */
    public int assemble(List<CheckedFile> files, OutputStream out) throws IOException {
        MessageDigest inputs = sha256();
        List<PDDocument> sources = new ArrayList<>();
        try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            for (CheckedFile f : files) {
                switch (f.kind()) {
                    case JPEG -> addJpeg(doc, f, inputs);
                    case PNG, TIFF -> addImages(doc, f, inputs);
                    case PDF -> sources.add(addPdf(doc, f, inputs));
                }
            }
            byte[] id = Arrays.copyOf(inputs.digest(), 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().setDocumentID(ids);
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return doc.getNumberOfPages();
        } finally {
            for (PDDocument s : sources) {
                s.close();
            }
        }
    }

    private static void addJpeg(PDDocument doc, CheckedFile f, MessageDigest inputs) throws IOException {
        byte[] bytes = Files.readAllBytes(f.path());
        inputs.update(bytes);
        JpegHeader header = JpegHeader.read(bytes);
        if (header != null) {
            PDColorSpace space = header.components() == 1 ? PDDeviceGray.INSTANCE : PDDeviceRGB.INSTANCE;
            place(doc, new PDImageXObject(doc, new ByteArrayInputStream(bytes), COSName.DCT_DECODE, header.width(),
                    header.height(), 8, space), header.dpi());
            return;
        }
        PDImageXObject image;
        try {
            image = JPEGFactory.createFromByteArray(doc, bytes);
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException(e, "documents.corrupt", f.name());
        }
        place(doc, image, dpi(f, 0));
    }

    private static void addImages(PDDocument doc, CheckedFile f, MessageDigest inputs) throws IOException {
        digest(f, inputs);
        try (ImageInputStream in = ImageIO.createImageInputStream(f.path().toFile())) {
            ImageReader reader = InputCheck.reader(in, f.name());
            try {
                reader.setInput(in, false, false);
                for (int i = 0; i < f.pages(); i++) {
                    float dpi = PageDpi.of(reader, i);
                    BufferedImage page;
                    try {
                        page = reader.read(i);
                    } catch (IOException | RuntimeException e) {
                        throw new UserFacingException(e, "documents.corrupt", f.name());
                    }
                    place(doc, LosslessFactory.createFromImage(doc, page), dpi);
                }
            } finally {
                reader.dispose();
            }
        }
    }

    private static PDDocument addPdf(PDDocument doc, CheckedFile f, MessageDigest inputs) throws IOException {
        digest(f, inputs);
        PDDocument source;
        try {
            source = Loader.loadPDF(f.path().toFile());
        } catch (IOException e) {
            throw new UserFacingException(e, "documents.pdfUnreadable", f.name());
        }
        for (PDPage page : source.getPages()) {
            doc.importPage(page);
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
    private static void place(PDDocument doc, PDImageXObject image, float dpi) throws IOException {
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
    }

    private static void digest(CheckedFile f, MessageDigest inputs) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(f.path()), inputs)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
