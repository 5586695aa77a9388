"""python -m factcheck"""

from factcheck.main import run

run()
