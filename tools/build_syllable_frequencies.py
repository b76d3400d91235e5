"""Write src/nqparse/lexicon/syllable_frequencies.json: how common each Vietnamese syllable is.

The repair of lost spaces ("hệthống" -> "hệ thống") cuts a run of letters where the text's own
words make the reading certain; a short text often has too few, and then a general measure
of how common each syllable is decides ("hệ thống", not "hệt hống"). That measure comes from
wordfreq's Vietnamese list, whose words are syllables as Vietnamese is written.

    pip install wordfreq
    python tools/build_syllable_frequencies.py
"""

from __future__ import annotations

import json
from pathlib import Path

from wordfreq import get_frequency_dict, zipf_frequency

from nqparse.normalize import fold
from nqparse.phrases.syllables import is_syllable

TARGET = Path(__file__).resolve().parents[1] / "src" / "nqparse" / "lexicon" / "syllable_frequencies.json"

SOURCE = (
    "How common each Vietnamese syllable is, on the Zipf scale times 100 (log10 of the frequency per "
    "billion words: 700 is about one word in a hundred, 300 one in a million). Derived by "
    "tools/build_syllable_frequencies.py from wordfreq 3 (Robyn Speer et al., "
    "doi:10.5281/zenodo.7199437), whose Vietnamese list is drawn from Wikipedia, subtitles, news, "
    "the web and Twitter; its data is licensed CC BY-SA 4.0, and so is this file. Only well-formed "
    "syllables are kept, in lower case with the tone on the main vowel (hòa, not hoà)."
)


def main() -> None:
    syllables: dict[str, int] = {}
    for word in get_frequency_dict("vi"):
        if word.isalpha() and word == word.lower() and is_syllable(word):
            key = fold(word)  # one tone placement: "hoà" and "hòa" are one syllable
            syllables[key] = max(syllables.get(key, 0), round(zipf_frequency(word, "vi") * 100))
    data = {"_source": SOURCE, "zipf_x100": dict(sorted(syllables.items()))}
    TARGET.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{TARGET}: {len(syllables)} syllables")


if __name__ == "__main__":
    main()
