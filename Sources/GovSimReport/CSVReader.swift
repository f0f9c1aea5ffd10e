/// Reads RFC 4180 text: quoted cells with doubled quotes, CRLF or LF line ends.
enum CSVReader {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = ""
        var quoted = false, atCellStart = true
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    let next = scalars.next()
                    if next == "\"" { cell.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                } else {
                    cell.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where atCellStart: quoted = true; atCellStart = false
            case ",": row.append(cell); cell = ""; atCellStart = true
            case "\r": continue
            case "\n": row.append(cell); rows.append(row); row = []; cell = ""; atCellStart = true
            default: cell.unicodeScalars.append(scalar); atCellStart = false
            }
        }
        if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
        return rows
    }
}
