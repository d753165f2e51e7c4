package scorepack.render.html;

import java.util.Locale;
import scorepack.pack.Tone;
import scorepack.render.TonePalette;

/**
 * The pack's one inline stylesheet: a single readable column on a phone, tables that scroll inside
 * their own region, sticky header rows, the tone colours every format uses, and a print layout.
 */
final class HtmlStyle {
  private HtmlStyle() {}

  /** The class a cell of this tone carries; empty for plain text. */
  static String toneClass(Tone tone) {
    return tone == Tone.PLAIN ? "" : "t-" + tone.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static final String CSS = base() + tones() + print();

  private static String base() {
    return """
        *,*::before,*::after{box-sizing:border-box}
        body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Arial,sans-serif;color:#0b0c0c;background:#fff}
        main{max-width:1280px;margin:0 auto;padding:0 16px 48px}
        main:focus{outline:none}
        h1{font-size:1.75rem;line-height:1.2;margin:24px 0 8px}
        h2{font-size:1.4rem;margin:40px 0 12px;border-top:4px solid #1d70b8;padding-top:8px}
        h3{font-size:1.15rem;margin:24px 0 8px}
        h4{font-size:1rem;margin:16px 0 4px}
        p,li,dd{max-width:72ch;overflow-wrap:anywhere}
        a{color:#1d4f91}
        a:focus,[tabindex]:focus-visible{outline:3px solid #fd0;box-shadow:0 0 0 6px #0b0c0c}
        .skip{position:absolute;left:8px;top:-48px;background:#fd0;color:#0b0c0c;padding:8px 12px;z-index:10}
        .skip:focus{top:8px}
        .asat{font-size:1.1rem;font-weight:600}
        .notice{border-left:6px solid #9c0006;padding:8px 12px;background:#fff4f4}
        dl.details{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}
        dl.details dt{font-weight:600}
        dl.details dd{margin:0}
        dl.key,dl.notes,dl.glossary{margin:0}
        dl.key dt,dl.notes dt,dl.glossary dt{font-weight:600;margin-top:8px;display:inline-block;padding:0 6px}
        dl.key dd,dl.notes dd,dl.glossary dd{margin:0 0 0 16px}
        .note{color:#505a5f;font-size:.9rem}
        .scroll{overflow:auto;max-width:100%;border:1px solid #b1b4b6;margin:12px 0;position:relative}
        .scroll.tall{max-height:85vh}
        table{border-collapse:separate;border-spacing:0;font-size:.85rem;width:max-content;min-width:100%}
        caption{text-align:left;font-weight:700;font-size:1rem;padding:8px}
        th,td{border-bottom:1px solid #b1b4b6;border-right:1px solid #dedede;padding:4px 6px;vertical-align:top;text-align:left}
        thead th{position:sticky;top:0;background:#f3f2f1;z-index:2;border-bottom:2px solid #0b0c0c}
        tbody th{font-weight:400;min-width:14em;max-width:20em;background:#fff}
        table.scorecard{width:auto}
        td{max-width:12em}
        td.long{min-width:18em;max-width:26em}
        td.long .word{display:block;margin-top:2px}
        table.counts{width:100%}
        table.scorecard tbody th{position:sticky;left:0;z-index:1}
        .word{font-weight:400}
        .read{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
        ul.figures{list-style:none;padding:0;margin:0 0 4px;display:flex;flex-wrap:wrap;gap:4px 16px}
        ul.figures span{padding:0 4px}
        .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,420px),1fr));gap:16px}
        figure.chart{margin:0;padding:8px;border:1px solid #dedede;max-width:640px}
        figure.chart svg{width:100%;max-width:460px;height:auto;display:block}
        svg text{font-size:12px;fill:#0b0c0c;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
        svg .axis{stroke:#0b0c0c;stroke-width:1}
        svg .level{stroke:#505a5f;stroke-width:1;stroke-dasharray:6 4}
        svg .series{fill:none;stroke:#1d70b8;stroke-width:2.5}
        svg .point{fill:#1d70b8}
        figcaption{font-size:.9rem;color:#0b0c0c}
        ul.facts strong{font-size:1.1rem}
        @media (max-width:600px){h1{font-size:1.4rem}dl.details{grid-template-columns:1fr}dl.details dd{margin-bottom:8px}
        tbody th{min-width:10em}}
        """ + cards();
  }

  /**
   * On a phone each scorecard line becomes a card: the indicator as its heading, then each figure
   * under its column's heading (the cell's {@code data-label}), empty cells left out, so a reader
   * sees every judgement of a line without scrolling sideways. The header row stays for screen
   * readers, which still read a table.
   */
  private static String cards() {
    return """
        @media (max-width:640px){
        .scroll.tall{max-height:none;overflow:visible;border:0}
        table.scorecard,table.scorecard tbody{display:block;width:auto;min-width:0}
        table.scorecard caption{display:block;padding:8px 0;font-size:1.1rem}
        table.scorecard thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
        table.scorecard tr{display:grid;grid-template-columns:repeat(auto-fill,minmax(8.5em,1fr));gap:4px;border-top:3px solid #0b0c0c;padding:6px 0 16px}
        table.scorecard tbody th{grid-column:1/-1;order:-1;position:static;min-width:0;max-width:none;font-weight:700;border:0;padding:0 0 4px}
        table.scorecard td{border:0;max-width:none;min-width:0;padding:2px 6px}
        table.scorecard td.long .word{font-size:.9rem}
        table.scorecard td.long{grid-column:1/-1}
        table.scorecard td:empty{display:none}
        table.scorecard td::before{content:attr(data-label);display:block;font-size:.8rem}
        }
        """;
  }

  private static String tones() {
    StringBuilder css = new StringBuilder();
    for (Tone tone : Tone.values()) {
      if (tone != Tone.PLAIN) {
        TonePalette p = TonePalette.of(tone);
        css.append('.').append(toneClass(tone)).append("{color:#").append(p.text()).append(";background:#")
            .append(p.background()).append(p.bold() ? ";font-weight:700" : "").append("}\n");
      }
    }
    return css.toString();
  }

  private static String print() {
    return """
      @media print{
      .skip,nav{display:none}
      body{font-size:10pt}
      main{max-width:none;padding:0}
      .scroll,.scroll.tall{overflow:visible;max-height:none;border:0}
      table{width:100%;font-size:7.5pt}
      thead{display:table-header-group}
      thead th,table.scorecard tbody th{position:static}
      tr,figure{break-inside:avoid}
      h2{break-before:page;border:0}
      *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
      }
      """;
  }
}
