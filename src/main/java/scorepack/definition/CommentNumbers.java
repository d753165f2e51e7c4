package scorepack.definition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers in a comment that may state a figure a pack prints. Numbers that plainly state
 * something else are left out: years, dates, times, references, ordinals, money, approximations,
 * differences, parts of a whole, and numbers in a sentence about a target, an expectation or a
 * comparator. {@code commentary/README.md} lists the rules for the officers who write comments.
 */
final class CommentNumbers {
  /**
   * A number as written in a comment.
   *
   * @param written the digits as written, e.g. {@code 1,234.5}
   * @param value its value
   * @param percent whether it is written as a percentage ({@code %}, {@code per cent})
   * @param offset where its first digit is in the text
   */
  record Found(String written, BigDecimal value, boolean percent, int offset) {}

  private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
      + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
  /** Written forms that are not figures, blanked out before numbers are read. */
  private static final List<Pattern> NOT_FIGURES = List.of(
      Pattern.compile("\\b\\d{4}-\\d{2}(?:-\\d{2})?\\b"),
      Pattern.compile("\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b"),
      Pattern.compile("\\b(?:19|20)\\d{2}\\s?[/\u2013-]\\s?\\d{2}(?:\\d{2})?\\b"),
      Pattern.compile("\\b\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm)\\b", Pattern.CASE_INSENSITIVE),
      Pattern.compile("\\b\\d{1,2}:\\d{2}\\b"),
      Pattern.compile("\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b"),
      Pattern.compile("\\b" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?\\b"),
      Pattern.compile("(?<![\\d,.])(?:19|20)\\d{2}(?![\\d%]|[.,]\\d|\\s?per\\s?cent)"),
      Pattern.compile("\\b\\p{L}+\\.?\\d+(?:\\.\\d+)*"),
      Pattern.compile("[£$€]\\s?\\d[\\d,]*(?:\\.\\d+)?"),
      Pattern.compile("(?<=\\bbetween\\s{1,3}[\\d.,]{1,15}%?\\s{1,3}and\\s{1,3})\\d[\\d.,]*",
          Pattern.CASE_INSENSITIVE));
  private static final Pattern NUMBER =
      Pattern.compile("(?<![\\d.,])(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?");
  private static final Pattern PERCENT = Pattern.compile("^(?:\\s?%|\\s+per\\s?cent\\b)", Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
  private static final Pattern WORDS_JUST_BEFORE = Pattern.compile("(?:([\\p{L}']+)\\s+)?([\\p{L}']+)\\.?\\s+$");
  private static final Pattern WORD_JUST_AFTER = Pattern.compile("^\\s+([\\p{L}']+)");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:](?:\\s|$)");

  /** Words that, earlier in the sentence, make it about a target, an outlook or a comparator. */
  static final Set<String> OUTLOOK = Set.of("target", "targets", "aim", "aims", "aiming", "expect", "expects",
      "expected", "expecting", "expectation", "forecast", "forecasts", "projected", "projection", "predict",
      "predicted", "plan", "plans", "planned", "goal", "goals", "ambition", "threshold", "thresholds",
      "trajectory", "tolerance", "will", "would", "should", "could", "might", "hope", "hopes", "hoped",
      "anticipate", "anticipated", "intend", "intends", "pass", "exceed", "reach", "achieve", "meet",
      "national", "nationally", "england", "neighbour", "neighbours", "neighbor", "neighbors", "regional",
      "region", "comparator", "comparators", "benchmark", "authorities");
  /** Words just before a number that make it approximate, a bound or a change. */
  static final Set<String> BEFORE = Set.of("by", "nearly", "almost", "around", "about", "approximately",
      "roughly", "some", "over", "under", "above", "below", "than", "least", "most", "between", "within", "every",
      "each", "per", "no", "line", "lines", "ref", "row", "indicator", "measure", "page", "section", "table",
      "item", "paragraph", "year", "stage", "level", "quarter", "phase", "tier", "band", "step", "wave");
  /** Nouns that make "a rise of 5%" a change. */
  static final Set<String> CHANGES = Set.of("rise", "fall", "increase", "decrease", "reduction", "drop",
      "change", "growth", "gap", "difference", "improvement", "deterioration");
  /** Words just after a number that make it a difference or a part of a whole. */
  static final Set<String> AFTER = Set.of("fewer", "more", "less", "higher", "lower", "up", "down", "points",
      "percentage", "pp", "times", "extra", "additional", "greater", "smaller", "short", "behind", "ahead", "of",
      "out", "target");

  private CommentNumbers() {}

  /** The numbers in the text that may state a figure, in reading order. */
  static List<Found> in(String text) {
    StringBuilder blanked = new StringBuilder(text);
    for (Pattern p : NOT_FIGURES) {
      Matcher m = p.matcher(blanked.toString());
      while (m.find()) {
        for (int i = m.start(); i < m.end(); i++) {
          blanked.setCharAt(i, ' ');
        }
      }
    }
    List<Found> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(blanked);
    while (m.find()) {
      String rest = text.substring(m.end());
      if (!rest.isEmpty() && (Character.isLetterOrDigit(rest.charAt(0)) || rest.charAt(0) == '/')) {
        continue;
      }
      Matcher pc = PERCENT.matcher(rest);
      boolean percent = pc.find();
      String head = text.substring(0, m.start());
      if (statesSomethingElse(sentenceBefore(head), head, percent ? rest.substring(pc.end()) : rest)) {
        continue;
      }
      out.add(new Found(m.group(), new BigDecimal(m.group().replace(",", "")), percent, m.start()));
    }
    return out;
  }

  private static boolean statesSomethingElse(List<String> sentence, String head, String tail) {
    if (sentence.stream().anyMatch(OUTLOOK::contains)) {
      return true;
    }
    Matcher after = WORD_JUST_AFTER.matcher(tail);
    if (after.find() && AFTER.contains(after.group(1).toLowerCase(Locale.ROOT))) {
      return true;
    }
    Matcher before = WORDS_JUST_BEFORE.matcher(head);
    if (!before.find()) {
      return false;
    }
    String last = before.group(2).toLowerCase(Locale.ROOT);
    String previous = before.group(1) == null ? "" : before.group(1).toLowerCase(Locale.ROOT);
    return BEFORE.contains(last) || last.equals("of") && CHANGES.contains(previous);
  }

  /** The words of the sentence before the number, lower-case, in order. */
  private static List<String> sentenceBefore(String head) {
    int start = 0;
    Matcher end = SENTENCE_END.matcher(head);
    while (end.find()) {
      start = end.end();
    }
    List<String> out = new ArrayList<>();
    Matcher w = WORD.matcher(head.substring(start));
    while (w.find()) {
      out.add(w.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
