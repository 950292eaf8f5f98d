"""argparse speaking Dutch: help texts, section titles and the usual error messages."""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any, NoReturn

from atelier.translation import SOURCE_LANGUAGE, _, current_language

# argparse's English messages → Dutch; anything not listed is shown as argparse words it.
_MESSAGES = (
    (r"the following arguments are required: (.*)", r"deze argumenten ontbreken: \1"),
    (r"unrecognized arguments: (.*)", r"onbekende argumenten: \1"),
    (r"argument (.*?): expected one argument", r"argument \1: verwacht een waarde"),
    (
        r"argument (.*?): invalid choice: (.*?) \(choose from (.*)\)",
        r"argument \1: onbekende keuze \2 (kies uit \3)",
    ),
    (r"argument (.*?): invalid \w+ value: (.*)", r"argument \1: ongeldige waarde \2"),
    (r"argument (.*?): not allowed with argument (.*)", r"argument \1 gaat niet samen met \2"),
)


def translate(message: str) -> str:
    if current_language() != SOURCE_LANGUAGE:
        return message  # argparse speaks English itself
    for pattern, replacement in _MESSAGES:
        translated, count = re.subn(f"^{pattern}$", replacement, message)
        if count:
            return translated
    return message


class DutchHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, _("gebruik: ") if prefix is None else prefix)


class DutchArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose help and errors are Dutch; errors exit with code 2."""

    def __init__(self, *args: Any, add_help: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", DutchHelpFormatter)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = _("argumenten")
        self._optionals.title = _("opties")
        if add_help:
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help=_("toon deze hulp en stop"),
            )

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(
            2,
            _("{prog}: fout: {message}").format(prog=self.prog, message=translate(message)) + "\n",
        )
