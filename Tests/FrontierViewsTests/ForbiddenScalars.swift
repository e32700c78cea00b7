/// Scalars that must never reach a terminal cell: C0, DEL, C1 and the bidi embeddings and isolates.
enum ForbiddenScalars {
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value)
    }
}
