"""The command line: thin click commands that call one library verb and render the result.

Each command lives in its own module of this package and is registered below by name; the
options and error handling they share are in ``common``.
"""

from __future__ import annotations

import click

from .. import __version__
from . import batch, bench, db, diff, extract, query, report, schema, track, validate


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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


# Registered here, explicitly: the group's module imports the commands, never the reverse.
for _module in (extract, schema, batch, validate, diff, bench, db, track, query, report):
    main.add_command(_module.command)

if __name__ == "__main__":
    main()
