"""Every module of the package can be imported on its own, first, in a fresh interpreter state:
no import circle hides behind the order in which the CLI happens to load them."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import nqparse

# ``nqparse.__main__`` runs the command when imported: it is a script, not a module to import
MODULES = sorted(m.name for m in pkgutil.walk_packages(nqparse.__path__, "nqparse.") if m.name != "nqparse.__main__")

# One interpreter imports each module after forgetting every nqparse module already loaded:
# the same as a first import, at a fraction of the cost of one process per module.
_SCRIPT = """
import importlib, sys, traceback
failed = []
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "nqparse" or m.startswith("nqparse.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception:
        failed.append(name + ": " + traceback.format_exc().strip().splitlines()[-1])
print("\\n".join(failed))
"""


def test_the_package_has_its_feature_packages() -> None:
    for package in ("nqparse.cli", "nqparse.batch", "nqparse.compare", "nqparse.validate", "nqparse.phrases"):
        assert package in MODULES


def test_every_module_imports_alone() -> None:
    done = subprocess.run([sys.executable, "-c", _SCRIPT, *MODULES], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "", done.stdout


def test_a_command_module_imports_before_the_group() -> None:
    # the circle this guards against: a command importing the group that imports the commands
    done = subprocess.run([sys.executable, "-c", "import nqparse.cli.validate, nqparse.cli.main"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def _imported_modules(path: str) -> set[str]:
    import ast
    from pathlib import Path

    tree = ast.parse(Path(path).read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            found.add("." * node.level + (node.module or ""))
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_no_extractor_builds_output_models() -> None:
    # extractors hand frozen records to assemble, the one place the output is built
    import importlib

    extractors = [name for name in MODULES if name.startswith("nqparse.extractors.")]
    assert extractors
    for name in extractors:
        path = importlib.util.find_spec(name).origin  # type: ignore[union-attr]
        imported = _imported_modules(str(path))
        assert not {"..models", "nqparse.models"} & imported, f"{name} imports the output models"


def test_the_text_extract_path_writes_no_dataclass_signature_at_import() -> None:
    # a dataclass without a docstring is given its signature as one, through inspect, at every
    # start-up: the classes a text extract imports carry a docstring of their own
    script = ("import inspect, sys; seen = []; string = inspect.Signature.__str__; "
              "inspect.Signature.__str__ = lambda self: seen.append(1) or string(self); "
              "import nqparse.cli.main, nqparse.cli.extract, nqparse.pipeline, nqparse.batch.output; "
              "print(len(seen))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "0"
