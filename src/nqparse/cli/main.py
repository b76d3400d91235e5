"""The command line: thin click commands that call one library verb and render the result.

Each command lives in its own module of this package and is registered below by name; the
options and error handling they share are in ``common``. A command's module is imported
when that command runs (or its help is shown), so that ``nqparse extract`` pays for
neither the batch, the database nor the report.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, MutableMapping
from importlib import import_module

import click

from .. import __version__, patterncache

# pydantic looks for plugins among every installed package's entry points when it builds the
# first model; the commands use none, and the search costs each of them about 10 ms. Who sets
# the variable decides.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
# the patterns a command compiles are made from what an earlier run stored, as byte code is
patterncache.keep()

COMMANDS = {
    "extract": "extract", "schema": "schema", "batch": "batch", "validate": "validate", "diff": "diff",
    "bench": "bench", "db": "db", "track": "track", "query": "query", "report": "report",
}
"""Every command, by name, and the module of this package that defines it (as ``command``)."""


class _Commands(MutableMapping[str, click.Command]):
    """The group's commands, each module imported the first time its command is looked up."""

    def __init__(self, modules: dict[str, str]) -> None:
        self._modules = modules
        self._loaded: dict[str, click.Command] = {}

    def __getitem__(self, name: str) -> click.Command:
        if name not in self._loaded:
            module = self._modules[name]  # KeyError for an unknown name, as a dict's
            self._loaded[name] = import_module(f".{module}", __package__).command
        return self._loaded[name]

    def __setitem__(self, name: str, command: click.Command) -> None:
        self._loaded[name] = command

    def __delitem__(self, name: str) -> None:
        self._loaded.pop(name, None)
        self._modules.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter({**dict.fromkeys(self._modules), **self._loaded})

    def __len__(self) -> int:
        return len({*self._modules, *self._loaded})


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, commands=_Commands(dict(COMMANDS)))
@click.version_option(__version__, prog_name="nqparse")
def main() -> None:
    """Turn Vietnamese party and local-government resolutions into structured data.

    \b
    nqparse extract file.txt          one document -> JSON
    nqparse batch folder/ -o out/     a whole folder, in parallel
    nqparse validate out.json         schema and rule checks
    nqparse diff 2021.json 2022.json  targets year to year
    nqparse db build out/ -d t.db     a corpus database; then track, query
    """


if __name__ == "__main__":
    main()
