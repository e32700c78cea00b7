extension Format {
    /// A size for people: `512 B`, `48 KB`, `1.2 MB`, `3.4 GB` (units of 1,000, one decimal
    /// below ten).
    public static func byteSize(_ bytes: Int) -> String {
        guard bytes >= 1000 else { return "\(max(0, bytes)) B" }
        var value = Double(bytes)
        for unit in ["KB", "MB", "GB", "TB"] {
            value /= 1000
            if value < 1000 || unit == "TB" {
                return value < 10 ? "\((value * 10).rounded(.down) / 10) \(unit)" : "\(Int(value)) \(unit)"
            }
        }
        return "\(bytes) B"
    }
}
