package scorepack.engine;

/** What a direction of travel means for performance, given the indicator's polarity. */
public enum Judgement {
  IMPROVING("improving"),
  DECLINING("declining"),
  NO_CHANGE("no change"),
  /** An information-only measure that went up: no better or worse. */
  HIGHER("higher"),
  /** An information-only measure that went down: no better or worse. */
  LOWER("lower");

  private final String word;

  Judgement(String word) {
    this.word = word;
  }

  /** The word that carries the meaning without colour. */
  public String word() {
    return word;
  }

  static Judgement of(Direction direction, Polarity polarity) {
    if (direction == Direction.SAME) {
      return NO_CHANGE;
    }
    boolean up = direction == Direction.UP;
    return switch (polarity) {
      case HIGH -> up ? IMPROVING : DECLINING;
      case LOW -> up ? DECLINING : IMPROVING;
      case INFO -> up ? HIGHER : LOWER;
    };
  }
}
