"""python -m factcheck"""

from factcheck.cli import run

run()
