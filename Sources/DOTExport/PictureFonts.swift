/// The fonts every picture names, first choice first. Graphviz (through Pango) and gnuplot take the list as
/// it is, and SVG viewers read it as a CSS font-family list, so each character is drawn from the first
/// family that has it: Latin from Helvetica (or the metric-compatible font fontconfig substitutes), Chinese
/// from WenQuanYi Micro Hei, which `scripts/setup.sh` installs (5 MB, every character of GB 2312 and GBK),
/// or Noto Sans CJK SC where that is installed instead. Without any of them Chinese names draw as boxes.
public enum PictureFonts {
    /// The family that holds the Chinese glyphs on a machine set up by `scripts/setup.sh`.
    public static let chinese = "WenQuanYi Micro Hei"

    /// Every family, in order of preference.
    public static let families = ["Helvetica", chinese, "Noto Sans CJK SC", "sans-serif"]

    /// The families as one comma-separated list, as DOT's `fontname` and gnuplot's `font` take it.
    public static var list: String { families.joined(separator: ",") }
}
