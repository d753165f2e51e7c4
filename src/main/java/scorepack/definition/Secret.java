package scorepack.definition;

import java.util.Objects;

/**
 * A password: it can be handed to a database driver, and it never prints. Every message,
 * record and exception that holds one shows {@code (hidden)} instead.
 */
public final class Secret {
  private final String text;

  public Secret(String text) {
    this.text = Objects.requireNonNull(text, "text");
  }

  /** The password itself, for the driver only. */
  public String reveal() {
    return text;
  }

  /** The message with every occurrence of the password hidden, for text a driver wrote. */
  public String hideIn(String message) {
    return text.isEmpty() || message == null ? message : message.replace(text, "(hidden)");
  }

  @Override
  public String toString() {
    return "(hidden)";
  }
}
