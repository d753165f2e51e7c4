package scorepack.definition;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An input file's text, decoded as UTF-8 whatever the platform's locale, with its lines and its
 * size capped before it is read whole. A byte that is not UTF-8, a line past the cap or a file
 * past its size ends the text with a {@link Problem} naming the line and column, after every
 * character before it has been read.
 */
public final class CheckedText extends Reader {
  private final InputStream in;
  private final long longestLine;
  private final long mostBytes;
  private final String tooLarge;
  private final String saveAsUtf8;
  private long bytesRead;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private final CharBuffer chars = CharBuffer.allocate(8192).flip();
  private long line = 1;
  private long column;
  private boolean ended;
  private Problem pending;

  /**
   * A place in the text where reading stopped.
   */
  public static final class Problem extends IOException {
    private final long line;
    private final long column;

    Problem(long line, long column, String message) {
      super(message);
      this.line = line;
      this.column = column;
    }

    public long line() {
      return line;
    }

    public long column() {
      return column;
    }
  }

  private CheckedText(InputStream in, long longestLine, long mostBytes, String tooLarge, String saveAsUtf8) {
    this(in, StandardCharsets.UTF_8, longestLine, mostBytes, tooLarge, saveAsUtf8);
  }

  private CheckedText(InputStream in, Charset charset, long longestLine, long mostBytes, String tooLarge,
      String saveAsUtf8) {
    this.in = in;
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.longestLine = longestLine;
    this.mostBytes = mostBytes;
    this.tooLarge = tooLarge;
    this.saveAsUtf8 = saveAsUtf8;
  }

  /** A CSV extract or reference file, whose lines are capped. */
  public static CheckedText csv(InputStream in, Limits limits) {
    return new CheckedText(in, limits.lineCharacters(), Long.MAX_VALUE, "", "such as Windows-1252 (Excel's"
        + " 'CSV (Comma delimited)'): save it again as 'CSV UTF-8 (Comma delimited)' and run again");
  }

  /**
   * A CSV extract in the encoding its source declares, whose lines are capped.
   *
   * @param source the source mapping's file, which a message about the encoding points to
   */
  public static CheckedText csv(InputStream in, Limits limits, Charset charset, String source) {
    String advice = charset.equals(StandardCharsets.UTF_8)
        ? "such as Windows-1252 (Excel's 'CSV (Comma delimited)'): say encoding: windows-1252 in " + source
            + ", or save it again as 'CSV UTF-8 (Comma delimited)', and run again"
        : "not the one " + source + " names; set encoding: there to the one the file is saved in";
    return new CheckedText(in, charset, limits.lineCharacters(), Long.MAX_VALUE, "", advice);
  }

  /** A YAML file, whose lines and size are capped: a file past the size is refused before it is read. */
  public static CheckedText yaml(Path file, Limits limits) throws IOException {
    String tooLarge = "the file is larger than "
        + String.format(Locale.UK, "%,d", limits.yamlFileKilobytes()) + " kB; expected a YAML file of"
        + " definitions (or raise limits.yaml_file_kilobytes in scorepack.yaml)";
    if (Files.isRegularFile(file) && Files.size(file) > limits.yamlFileBytes()) {
      throw new Problem(0, 0, tooLarge);
    }
    return new CheckedText(Files.newInputStream(file), limits.lineCharacters(), limits.yamlFileBytes(), tooLarge, "such as Windows-1252: save it"
        + " again as UTF-8 in your editor and run again");
  }

  @Override
  public int read(char[] into, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (pending != null) {
        throw pending;
      }
      if (ended && !bytes.hasRemaining()) {
        return -1;
      }
      decodeMore();
    }
    int n = Math.min(length, chars.remaining());
    chars.get(into, offset, n);
    return n;
  }

  private void decodeMore() throws IOException {
    if (!ended) {
      bytes.compact();
      int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (read < 0) {
        ended = true;
      } else {
        bytes.position(bytes.position() + read);
        bytesRead += read;
      }
      bytes.flip();
    }
    chars.clear();
    CoderResult result = decoder.decode(bytes, chars, ended);
    chars.flip();
    count();
    if (result.isError() && pending == null) {
      int b = bytes.get(bytes.position()) & 0xFF;
      pending = new Problem(line, column + 1, String.format("byte 0x%02X is not %s text; the file looks saved in"
          + " another encoding, %s", b, decoder.charset().equals(StandardCharsets.UTF_8) ? "UTF-8"
          : decoder.charset().name(), saveAsUtf8));
    }
    if (ended && result.isUnderflow()) {
      bytes.position(bytes.limit());
    }
    if (bytesRead > mostBytes && pending == null) {
      pending = new Problem(0, 0, tooLarge);
      chars.limit(chars.position());
    }
  }

  /** Moves the position over the characters just decoded, stopping them at an over-long line. */
  private void count() {
    for (int i = chars.position(); i < chars.limit(); i++) {
      if (chars.get(i) == '\n') {
        line++;
        column = 0;
      } else if (++column > longestLine) {
        chars.limit(i);
        pending = new Problem(line, column, "the line is longer than "
            + String.format(Locale.UK, "%,d", longestLine) + " characters; expected"
            + " no line that long in an input file (or raise limits.line_characters in scorepack.yaml)");
        bytes.position(bytes.limit());
        ended = true;
        return;
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
