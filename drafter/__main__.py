"""Lets ``python -m drafter`` behave like the ``drafter`` command."""

from drafter.cli import console

console()
