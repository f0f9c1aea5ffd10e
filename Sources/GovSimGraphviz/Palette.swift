/// The colours and type of every chart, in one place so the charts look like one family.
public enum Palette {
    public static let font = "Helvetica"
    public static let ink = "#222222"
    public static let muted = "#666666"
    public static let line = "#555555"
    public static let frame = "#bbbbbb"
    public static let apex = "#e8e8e8"

    /// Soft, distinct fills for departments (ColorBrewer Pastel1 and Set3, reordered so
    /// neighbours differ); cycles past twelve departments.
    public static let departments = [
        "#b3cde3", "#ccebc5", "#fed9a6", "#decbe4", "#fbb4ae", "#ffffcc",
        "#e5d8bd", "#d9d9d9", "#8dd3c7", "#bebada", "#fccde5", "#b3de69",
    ]

    public static func department(_ index: Int?) -> String {
        guard let index, index >= 0 else { return apex }
        return departments[index % departments.count]
    }

    /// Link styles: each kind of line recognisable without colour too (solid, dashed, dotted,
    /// bold with arrow), so the chart survives a black-and-white printer.
    public static let peer = "#1b9e77"
    public static let skipLevel = "#7570b3"
    public static let dottedLine = "#d95f02"
    public static let platform = "#888888"
    public static let bottleneck = "#b2182b"

    /// Heat scale, light to dark (ColorBrewer YlOrRd): one colour per band of ``HeatScale``.
    public static let heat = ["#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026"]

    /// Text colour readable on a heat fill.
    public static func ink(onHeat band: Int) -> String { band >= 5 ? "#ffffff" : ink }

    /// Bars of the comparison chart, one colour per variant (ColorBrewer Dark2), with lighter
    /// shades for the confidence band.
    public static let variants = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02"]
    public static let variantBands = ["#a6dbcb", "#f4bf99", "#c8c6e1", "#f5a9d0", "#c2dba5", "#f5dd99"]
}
