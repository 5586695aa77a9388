"""Read a labelled set's ``labels.json``: the findings a person expects, written by hand.

The file sits beside the articles it labels (``factcheck eval DIR`` reads
``DIR/labels.json``). Every value is quoted as the article writes it, so that a
finding is matched on what the reader would see, not on factcheck's normalised
values::

    {"conflicts":     [{"id", "about", "type", "sides": [{"files": [...], "value": "..."}, ...]}],
     "agreements":    [{"id", "about", "type", "files": [...], "values": ["as written in each"]}],
     "single_source": [{"id", "about", "type", "file", "value"}],
     "traps":         [{"id", "about", "files": [...], "values": ["as written in each"]}]}

``type`` is one of date, number, name, title or other. A broken file is a usage
error naming the file, so ``factcheck eval`` stops with exit code 2.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, model_validator

from factcheck.errors import NESTED_TOO_DEEPLY, UsageError
from factcheck.models import FrozenModel

LABELS_FILE = "labels.json"
LabelType = Literal["date", "number", "name", "title", "other"]


class Side(FrozenModel):
    """One side of a labelled conflict: the files that state one value."""

    files: tuple[str, ...] = Field(min_length=1)
    value: str = Field(min_length=1)


class LabelledConflict(FrozenModel):
    """Sources that state one fact differently."""

    id: str
    about: str = ""
    type: LabelType
    sides: tuple[Side, ...] = Field(min_length=2)


class CompatibleValues(FrozenModel):
    """Values that some files write and that no conflict may set against each other.

    ``values`` pairs with ``files`` (the value as each file writes it); a single value
    stands for all of them.
    """

    id: str
    about: str = ""
    files: tuple[str, ...] = Field(min_length=1)
    values: tuple[str, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _one_value_or_one_per_file(self) -> CompatibleValues:
        if len(self.values) not in (1, len(self.files)):
            raise ValueError(f"give one value, or one per file ({len(self.files)})")
        return self

    def pairs(self) -> list[tuple[str, str]]:
        """Return (file, value as written there) for each file."""
        values = self.values if len(self.values) == len(self.files) else self.values * len(self.files)
        return list(zip(self.files, values))


class LabelledAgreement(CompatibleValues):
    """A fact that independent sources state compatibly and none contradicts."""

    type: LabelType
    files: tuple[str, ...] = Field(min_length=2)


class LabelledTrap(CompatibleValues):
    """Values that only look like a disagreement (one figure in two units, a former title marked as
    former, two events of one kind).

    A trap is no finding to report, so it is not scored; ``factcheck eval`` lists a
    conflict that splits one, as it does for an agreement.
    """


class LabelledSingle(FrozenModel):
    """A checkable fact that only one source states."""

    id: str
    about: str = ""
    type: LabelType
    file: str
    value: str = Field(min_length=1)


class Labels(FrozenModel):
    """Everything labelled for one set of articles."""

    conflicts: tuple[LabelledConflict, ...] = ()
    agreements: tuple[LabelledAgreement, ...] = ()
    single_source: tuple[LabelledSingle, ...] = ()
    traps: tuple[LabelledTrap, ...] = ()

    @model_validator(mode="after")
    def _ids_unique(self) -> Labels:
        for items in (self.conflicts, self.agreements, self.single_source, self.traps):
            ids = [item.id for item in items]
            duplicate = next((item_id for item_id in ids if ids.count(item_id) > 1), None)
            if duplicate is not None:
                raise ValueError(f"duplicate id '{duplicate}'")
        return self

    def files(self) -> set[str]:
        """Return every file the labels name."""
        named = {file for item in self.conflicts for side in item.sides for file in side.files}
        named |= {file for item in (*self.agreements, *self.traps) for file in item.files}
        return named | {item.file for item in self.single_source}


def load_labels(folder: Path, articles: set[str]) -> Labels:
    """Read ``folder/labels.json``, checking that every file it names is one of ``articles``."""
    path = folder / LABELS_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise UsageError(f"cannot read labels: {error.strerror or error}", path=str(path)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UsageError(f"labels are not valid JSON: {error}", path=str(path)) from None
    except RecursionError:  # arrays or objects nested thousands deep
        raise UsageError(f"labels are not valid JSON: {NESTED_TOO_DEEPLY}", path=str(path)) from None
    try:
        labels = Labels.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        message = first["msg"].removeprefix("Value error, ")
        raise UsageError(f"invalid labels: {where}: {message}" if where else f"invalid labels: {message}",
                         path=str(path)) from None
    unknown = sorted(labels.files() - articles)
    if unknown:
        raise UsageError(f"labels name files that are not articles in {folder}: {', '.join(unknown)}",
                         path=str(path))
    return labels
