package scorepack.render;

import java.awt.Color;

/** The WCAG 2 contrast ratio of two colours, for the tests that check text stays readable. */
public final class Contrast {
  private Contrast() {}

  /** Of two RRGGBB colours, e.g. "FFFFFF". */
  public static double ratio(String a, String b) {
    return ratio(Color.decode("#" + a), Color.decode("#" + b));
  }

  public static double ratio(Color a, Color b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(Color colour) {
    int[] channels = {colour.getRed(), colour.getGreen(), colour.getBlue()};
    double[] weights = {0.2126, 0.7152, 0.0722};
    double sum = 0;
    for (int i = 0; i < 3; i++) {
      double c = channels[i] / 255.0;
      sum += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
    }
    return sum;
  }
}
