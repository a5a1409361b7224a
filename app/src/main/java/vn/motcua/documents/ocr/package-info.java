/**
 * Optional text layer for scanned PDFs (issue 6 item 4): detects Tesseract with Vietnamese
 * data, recognizes page images, and adds invisible, searchable text without touching the
 * page images. Free of JavaFX; the app works without Tesseract.
 */
package vn.motcua.documents.ocr;
