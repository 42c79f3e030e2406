"""Quiz sheets in the formats people use."""
