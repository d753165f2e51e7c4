package scorepack.pack;

import java.util.List;
import scorepack.engine.Direction;
import scorepack.engine.Judgement;
import scorepack.engine.Rag;

/** The DOT and RAG keys, drawn with the same symbols, words and tones the scorecard uses. */
final class Keys {
  private static final String NOT_AVAILABLE_DOT = "not available: one of the two figures compared is missing, or this"
      + " year's figure has not arrived";
  private static final String NOT_AVAILABLE_RAG = "not available: the figure rated is missing for the period, or this"
      + " year's figure has not arrived (an annual or termly result); last year's is not rated again";

  private Keys() {}

  static List<FrontMatter.KeyEntry> dot() {
    String up = Direction.UP.arrow();
    String down = Direction.DOWN.arrow();
    String improving = Judgement.IMPROVING.word();
    String declining = Judgement.DECLINING.word();
    return List.of(
        new FrontMatter.KeyEntry(up, improving, Tone.IMPROVING,
            "increase in number/percentage = improvement in performance"),
        new FrontMatter.KeyEntry(down, improving, Tone.IMPROVING,
            "decrease in number/percentage = improvement in performance"),
        new FrontMatter.KeyEntry(up, declining, Tone.DECLINING, "increase in number/percentage = decline in performance"),
        new FrontMatter.KeyEntry(down, declining, Tone.DECLINING,
            "decrease in number/percentage = decline in performance"),
        new FrontMatter.KeyEntry(Direction.SAME.arrow(), Judgement.NO_CHANGE.word(), Tone.NEUTRAL,
            "number/percentage remained the same as the previous period"),
        new FrontMatter.KeyEntry(up, Judgement.HIGHER.word(), Tone.NEUTRAL,
            "increase in number/percentage (information-only measures: neither better nor worse)"),
        new FrontMatter.KeyEntry(down, Judgement.LOWER.word(), Tone.NEUTRAL,
            "decrease in number/percentage (information-only measures: neither better nor worse)"),
        new FrontMatter.KeyEntry(Cell.NOT_AVAILABLE, Tone.PLAIN, NOT_AVAILABLE_DOT));
  }

  static List<FrontMatter.KeyEntry> rag() {
    return List.of(
        new FrontMatter.KeyEntry(Rag.RED.word(), Tone.RAG_RED, "outside the amber tolerance: below target"),
        new FrontMatter.KeyEntry(Rag.AMBER.word(), Tone.RAG_AMBER, "within tolerance but short of target"),
        new FrontMatter.KeyEntry(Rag.GREEN.word(), Tone.RAG_GREEN, "on or better than target"),
        new FrontMatter.KeyEntry("(blank)", Tone.PLAIN, "no tolerances are set for the measure"),
        new FrontMatter.KeyEntry(Cell.NOT_AVAILABLE, Tone.PLAIN, NOT_AVAILABLE_RAG));
  }

  static Tone tone(Rag rag) {
    return switch (rag) {
      case RED -> Tone.RAG_RED;
      case AMBER -> Tone.RAG_AMBER;
      case GREEN -> Tone.RAG_GREEN;
    };
  }
}
