package io.github.crmstrategy.document.internal;

import io.github.crmstrategy.document.Problem;
import io.github.crmstrategy.document.SourceLocation;
import io.github.crmstrategy.model.ElementPath;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The text of a document file: UTF-8, with or without a byte-order mark, or UTF-16 with one (what
 * Windows tools write when they say "Unicode"). Anything else is refused with a located problem
 * that says which encoding the file seems to be in and how to save it as UTF-8, rather than the
 * syntax error a parser would give for the bytes it misreads.
 */
public final class DocumentText {
  private static final char BOM = '\uFEFF';
  private static final String SAVE_AS_UTF8 =
      "save the file as UTF-8: most editors offer the encoding in Save as";

  private DocumentText() {}

  /**
   * The text of {@code bytes}.
   *
   * @throws ProblemException when the bytes are not UTF-8 (or UTF-16 with a byte-order mark)
   */
  public static String decode(byte[] bytes, String source) throws ProblemException {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return utf8(bytes, 3, source);
    }
    if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      throw problem(
          source,
          1,
          1,
          "the file is UTF-32 text (it starts with a UTF-32 byte-order mark); plan documents"
              + " and profiles are UTF-8",
          SAVE_AS_UTF8,
          "encoding.utf32");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return utf16(bytes, StandardCharsets.UTF_16BE, source);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return utf16(bytes, StandardCharsets.UTF_16LE, source);
    }
    Optional<String> unmarked = unmarkedUtf16(bytes);
    if (unmarked.isPresent()) {
      throw problem(
          source,
          1,
          1,
          "the file looks like "
              + unmarked.get()
              + " text without a byte-order mark (every other byte is zero); plan documents and"
              + " profiles are UTF-8",
          SAVE_AS_UTF8,
          "encoding.utf16Unmarked",
          "charset",
          unmarked.get());
    }
    return utf8(bytes, 0, source);
  }

  /** {@code content} without a leading byte-order mark (a BOM decoded as a character). */
  public static String withoutBom(String content) {
    return !content.isEmpty() && content.charAt(0) == BOM ? content.substring(1) : content;
  }

  private static String utf8(byte[] bytes, int offset, String source) throws ProblemException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length - offset + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      out.flip();
      String before = out.toString();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < before.length(); i++) {
        if (before.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int bad = bytes[in.position()] & 0xFF;
      throw problem(
          source,
          line,
          before.length() - lineStart + 1,
          String.format(
              Locale.ROOT,
              "the file is not UTF-8 text: byte 0x%02X here is not valid UTF-8%s",
              bad,
              bad >= 0x80 ? legacyHint(bytes) : ""),
          SAVE_AS_UTF8,
          bad < 0x80
              ? "encoding.notUtf8"
              : legacyCyrillic(bytes) ? "encoding.cp1251" : "encoding.legacy",
          "byte",
          String.format(Locale.ROOT, "0x%02X", bad));
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  /** What a file with bytes that are not UTF-8 was most likely written in. */
  private static String legacyHint(byte[] bytes) {
    int cyrillic = 0;
    int high = 0;
    for (byte b : bytes) {
      int v = b & 0xFF;
      if (v >= 0x80) {
        high++;
        if (v >= 0xC0) {
          cyrillic++;
        }
      }
    }
    // Russian text in Windows-1251 is mostly letters at 0xC0..0xFF; Western text has few high
    // bytes.
    return high > 20 && cyrillic * 10 >= high * 8
        ? "; it looks like a legacy 8-bit encoding, for Russian text probably Windows-1251"
        : "; it looks like a legacy 8-bit encoding such as Windows-1252 or ISO-8859-1";
  }

  /** Whether {@link #legacyHint} takes the bytes for Russian text in Windows-1251. */
  private static boolean legacyCyrillic(byte[] bytes) {
    return legacyHint(bytes).contains("Windows-1251");
  }

  private static String utf16(byte[] bytes, Charset charset, String source)
      throws ProblemException {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw problem(
          source,
          1,
          1,
          "the file starts with a "
              + charset.name()
              + " byte-order mark but is not valid "
              + charset.name()
              + " text",
          SAVE_AS_UTF8,
          "encoding.badBom",
          "charset",
          charset.name());
    }
  }

  /**
   * {@code UTF-16LE} or {@code UTF-16BE} when the first bytes look like text in it without a mark:
   * mostly ASCII text, so every other byte is zero.
   */
  private static Optional<String> unmarkedUtf16(byte[] bytes) {
    int n = Math.min(bytes.length, 512) & ~1;
    if (n < 4) {
      return Optional.empty();
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      if (bytes[i] == 0) {
        evenZeros++;
      }
      if (bytes[i + 1] == 0) {
        oddZeros++;
      }
    }
    int pairs = n / 2;
    if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 <= pairs) {
      return Optional.of("UTF-16LE");
    }
    if (evenZeros * 10 >= pairs * 7 && oddZeros * 10 <= pairs) {
      return Optional.of("UTF-16BE");
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static ProblemException problem(
      String source,
      int line,
      int column,
      String message,
      String hint,
      String key,
      Object... args) {
    return new ProblemException(
        new Problem(
                ElementPath.root(),
                message,
                hint,
                Optional.of(new SourceLocation(source, line, column)))
            .keyed(key, args));
  }
}
