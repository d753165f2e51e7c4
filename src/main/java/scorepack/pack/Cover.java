package scorepack.pack;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A covering report, complete and ready to draw: every sentence written, every figure taken from
 * the pack it covers.
 *
 * @param packId the pack it covers
 * @param period the reporting month
 * @param metadata document properties: title, author, language, fixed date
 * @param notices what the first page says before anything else: that it is a draft for the officer
 *     to complete, that its figures are sample data; empty for a finished report of real figures
 * @param details the header block as label and value, in order
 * @param summary the report summary's paragraphs
 * @param recommendations what the committee is asked to do, in order (numbered when drawn)
 * @param appendices the list of appendices
 * @param declarations the house format's standing questions and answers
 * @param background the standing background paragraphs
 * @param services the key issues by service
 * @param method how the key issues were chosen and written, for the officer who signs the report
 */
public record Cover(
    String packId,
    YearMonth period,
    PackMetadata metadata,
    List<String> notices,
    List<Detail> details,
    List<String> summary,
    List<String> recommendations,
    List<String> appendices,
    List<Detail> declarations,
    List<String> background,
    List<ServiceIssues> services,
    List<String> method) {
  public Cover {
    Objects.requireNonNull(packId, "packId");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(metadata, "metadata");
    notices = List.copyOf(notices);
    details = List.copyOf(details);
    summary = List.copyOf(summary);
    recommendations = List.copyOf(recommendations);
    appendices = List.copyOf(appendices);
    declarations = List.copyOf(declarations);
    background = List.copyOf(background);
    services = List.copyOf(services);
    method = List.copyOf(method);
  }

  /**
   * A label and its value.
   *
   * @param label e.g. "Wards affected"
   * @param value e.g. "All"
   */
  public record Detail(String label, String value) {
    public Detail {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * One service's key issues.
   *
   * @param title e.g. "Early Help"
   * @param workingWell the lines working well, best first
   * @param focus the areas of continued focus, most pressing first
   */
  public record ServiceIssues(String title, List<KeyIssue> workingWell, List<KeyIssue> focus) {
    public ServiceIssues {
      Objects.requireNonNull(title, "title");
      workingWell = List.copyOf(workingWell);
      focus = List.copyOf(focus);
    }
  }

  /**
   * One key issue: a scorecard line in a sentence built on its printed figures.
   *
   * @param ref the line's reference, e.g. "1.3"
   * @param indicator the indicator id
   * @param breakdown the breakdown, or empty
   * @param heading the line's name as the scorecard prints it
   * @param text the sentence on its figures
   * @param commentary the service lead's commentary on the line this month, or empty
   */
  public record KeyIssue(String ref, String indicator, String breakdown, String heading, String text,
      String commentary) {
    public KeyIssue {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(breakdown, "breakdown");
      Objects.requireNonNull(heading, "heading");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(commentary, "commentary");
    }
  }
}
