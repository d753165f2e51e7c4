package scorepack.engine;

import java.util.Objects;
import java.util.Optional;

/**
 * What a RAG or DOT cell holds: a judgement, or why there is none. A judgement needs the figures it
 * rests on (docs/rules.md, "Judgements need their figures"), and {@link JudgementRules} is the one
 * place that decides.
 *
 * @param <T> the judgement: a {@link Rag} or a {@link DirectionOfTravel}
 */
public sealed interface Verdict<T> {
  /** The judgement, if one was given. */
  default Optional<T> given() {
    return this instanceof Given<T> g ? Optional.of(g.judgement()) : Optional.empty();
  }

  /** Why there is no judgement, in words; empty when one was given. */
  String reason();

  /**
   * A judgement, made on figures the pack prints.
   *
   * @param judgement the RAG or the direction of travel
   */
  record Given<T>(T judgement) implements Verdict<T> {
    public Given {
      Objects.requireNonNull(judgement, "judgement");
    }

    @Override
    public String reason() {
      return "";
    }
  }

  /**
   * No judgement is due: a line with no tolerances for the year is not rated. The cell is blank.
   *
   * @param reason why, e.g. "no tolerances for 2022/23"
   */
  record NotDue<T>(String reason) implements Verdict<T> {
    public NotDue {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * A judgement the public edition withholds because a figure it rests on is suppressed, so that
   * it cannot reveal the figure. The cell prints the suppression symbol.
   *
   * @param reason which figure is suppressed, e.g. "the Mar 2023 figure is suppressed"
   */
  record Suppressed<T>(String reason) implements Verdict<T> {
    public Suppressed {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * A judgement is due, but a figure it needs is missing. The cell prints "n/a".
   *
   * @param missing which figure is missing
   * @param reason the sentence that says so, naming the period, e.g. "no figure for Mar 2023"
   */
  record NotAvailable<T>(MissingFigure missing, String reason) implements Verdict<T> {
    public NotAvailable {
      Objects.requireNonNull(missing, "missing");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
