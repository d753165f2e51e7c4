package scorepack.pack;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a scorecard column holds. Figure fields are written to the CSV output under their code. */
public enum Field {
  REF(false, "REF NO."),
  INDICATOR(false, "INDICATOR"),
  CODES(false, "Council Plan"),
  TIMELINE(false, "TIMELINE"),
  DATA_NOTE(false, "DATA NOTE"),
  MONTH(true, ""),
  YTD(true, "YTD"),
  OUTTURN(true, "Outturn"),
  POLARITY(false, "Good perf is"),
  DOT_MONTH(true, "DOT (month)"),
  RAG_MONTH(true, "RAG (month)"),
  DOT_YEAR(true, "DOT (Yr on Yr)"),
  RAG_YEAR(true, "RAG (Yr End)"),
  RED(true, "Red"),
  AMBER(true, "Amber"),
  GREEN(true, "Green (target)"),
  PREVIOUS_YEAR(true, "Last year"),
  TREND(false, "Trend"),
  SN_AVERAGE(true, "Stat neigh av."),
  BEST_SN(true, "Best stat neigh"),
  NATIONAL(true, "Nat av."),
  TOP_QUARTILE(true, "Top qtile threshold"),
  REGIONAL(true, "Regional av."),
  QUARTILE_BAND(true, "Quartile band"),
  RANK(true, "Rank"),
  /** Statistical process control: special cause improvement or concern, or common cause. */
  SPC_VARIATION(true, "Variation"),
  /** Statistical process control: whether the target is consistently met, missed, or hit and miss. */
  SPC_ASSURANCE(true, "Assurance"),
  SPC_MEAN(true, "SPC mean"),
  SPC_UPPER(true, "Upper process limit"),
  SPC_LOWER(true, "Lower process limit"),
  /** The numerator of the latest period's percentage, ratio or average (a row's data, not a column). */
  NUMERATOR(true, "Numerator"),
  /** The denominator of the latest period's percentage, ratio or average (a row's data, not a column). */
  DENOMINATOR(true, "Denominator"),
  /** The numerator of the year-to-date or outturn figure (a row's data, not a column). */
  YTD_NUMERATOR(true, "YTD numerator"),
  /** The denominator of the year-to-date or outturn figure (a row's data, not a column). */
  YTD_DENOMINATOR(true, "YTD denominator"),
  /** The figure of the last quarter complete at the reporting month (a row's data, not a column). */
  QUARTER(true, "Last complete quarter"),
  /** The figure of the quarter before that (a row's data, not a column). */
  PREVIOUS_QUARTER(true, "Previous quarter"),
  /** The performance officer's commentary on the line for the month (a row's data, not a column). */
  COMMENTARY(true, "Commentary"),
  /** A data-quality note with its working: a revised month or a missing figure (a row's data, not a column). */
  DATA_QUALITY(true, "Data quality note");

  private final boolean figure;
  private final String defaultHeading;

  Field(boolean figure, String defaultHeading) {
    this.figure = figure;
    this.defaultHeading = defaultHeading;
  }

  /** Whether the column holds a figure or judgement that the CSV output lists. */
  public boolean isFigure() {
    return figure;
  }

  public String defaultHeading() {
    return defaultHeading;
  }

  /** The CSV output's field name and the template's column name, e.g. {@code rag_month}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Field> ofCode(String code) {
    return Arrays.stream(values()).filter(f -> f.code().equals(code)).findFirst();
  }
}
