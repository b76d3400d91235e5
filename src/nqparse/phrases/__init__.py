"""Vietnamese phrase readers shared by the stages: numbers, dates, document numbers, figures, syllables and text helpers."""
