package scorepack.definition;

import java.util.List;
import java.util.Objects;

/**
 * The covering report of one pack as its template ({@code templates/covers/PACK.yaml}) states it: the
 * header block, the standing text, and the services whose key issues are drafted from the figures.
 * Text may hold the placeholders {@link #PLACEHOLDERS}, filled in for each issue.
 *
 * @param packId the pack it covers (the file name without .yaml)
 * @param file the template file, for messages
 * @param committee the committee the report goes to
 * @param meetingDate the meeting date, or empty when the clerk adds it
 * @param title the report title
 * @param keyDecision the answer to "Is this a key decision?"
 * @param director who approves the report
 * @param authors the report authors, with their contact details
 * @param wards the wards affected
 * @param summary the report summary's paragraphs
 * @param recommendations what the committee is asked to do, numbered in the report
 * @param appendices the list of appendices
 * @param declarations the standing questions and answers (Background papers, Council approval
 *     required, Exempt from the press and public ...), in order
 * @param background the standing background paragraphs
 * @param services the services whose key issues the report drafts, in order
 * @param draft whether the report says on its first page that it is a draft for the officer to complete
 */
public record CoverTemplate(
    String packId,
    String file,
    String committee,
    String meetingDate,
    String title,
    String keyDecision,
    Person director,
    List<Person> authors,
    String wards,
    List<String> summary,
    List<String> recommendations,
    List<String> appendices,
    List<Declaration> declarations,
    List<String> background,
    List<Service> services,
    boolean draft) {
  /** The placeholders a cover's text may hold. */
  public static final List<String> PLACEHOLDERS =
      List.of("{pack_title}", "{period_label}", "{committee}", "{council}", "{year_label}");

  public CoverTemplate {
    Objects.requireNonNull(packId, "packId");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(committee, "committee");
    Objects.requireNonNull(meetingDate, "meetingDate");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(keyDecision, "keyDecision");
    Objects.requireNonNull(director, "director");
    authors = List.copyOf(authors);
    Objects.requireNonNull(wards, "wards");
    summary = List.copyOf(summary);
    recommendations = List.copyOf(recommendations);
    appendices = List.copyOf(appendices);
    declarations = List.copyOf(declarations);
    background = List.copyOf(background);
    services = List.copyOf(services);
  }

  /**
   * A person named in the header.
   *
   * @param name the name, or empty where the template gives only the role
   * @param role e.g. "Strategic Director, Children and Young People's Services"
   * @param contact an e-mail address or telephone number, or empty
   */
  public record Person(String name, String role, String contact) {
    public Person {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(contact, "contact");
    }
  }

  /**
   * A standing question of the house format and its answer, e.g. "Council approval required: No".
   *
   * @param label the question
   * @param answer the answer
   */
  public record Declaration(String label, String answer) {
    public Declaration {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(answer, "answer");
    }
  }

  /**
   * A service whose key issues are drafted from the pack's lines.
   *
   * @param title e.g. "Early Help"
   * @param sections the scorecard sections whose lines it draws on, by title
   * @param indicators further lines it draws on, by indicator id
   * @param workingWell the most lines "working well" lists
   * @param focus the most lines "areas of continued focus" lists
   * @param line the line of the service in the template, for messages
   * @param column its column
   */
  public record Service(String title, List<String> sections, List<String> indicators, int workingWell, int focus,
      int line, int column) {
    public Service {
      Objects.requireNonNull(title, "title");
      sections = List.copyOf(sections);
      indicators = List.copyOf(indicators);
    }
  }
}
