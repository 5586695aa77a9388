"""Generate a deterministic synthetic corpus from the fixture story, with planted conflicts.

Each story is the five fixtures/openai-uk articles with the company, ministry, people,
figures and dates replaced by the story's own, so stories do not meet each other's
claims: company, ministry, people and the company's transcription tool are named uniquely
for up to 2,304 stories (11,520 articles); figures and dates repeat, but about other bodies.
What stories keep in common is what the fixture names besides: the UK government, the AI
Safety Institute and its later name, the AI Safety Summit. Half the stories get a planted
headcount conflict, the other half a planted signing-date conflict; ``truth.json``
records which articles carry each one.
"""

from __future__ import annotations

import json
import random
from functools import cache
from pathlib import Path

from rapidfuzz import fuzz

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "openai-uk"
FIRST = ["Amber", "Brisk", "Cobalt", "Dune", "Ember", "Fable", "Granite", "Harbor", "Indigo", "Juniper",
         "Kestrel", "Lumen", "Maple", "Nimbus", "Onyx", "Pioneer", "Quartz", "Raven", "Saffron", "Tidal",
         "Umber", "Vesper", "Willow", "Xenon", "Yarrow", "Zephyr", "Atlas", "Beacon", "Cinder", "Delta"]
SECOND = ["Falcon", "Orbit", "Signal", "Harvest", "Lattice", "Summit", "Forge", "Meadow", "Circuit", "Prism",
          "Anchor", "Vector", "Canopy", "Ridge", "Beacon", "Current", "Quarry", "Lantern", "Compass", "Tundra",
          "Marble", "Pylon", "Cascade", "Ember", "Thicket", "Gully", "Spire", "Delta", "Aurora", "Basalt"]
TOPICS = ["Health", "Transport", "Education", "Defence", "Housing", "Energy", "Culture", "Trade", "Labour",
          "Environment", "Agriculture", "Tourism", "Fisheries", "Science", "Veterans", "Pensions"]
KINDS = ["Labs", "Systems", "Works", "Analytics", "Robotics", "Networks", "Dynamics", "Foundry"]
GIVEN = ["Alice", "Bram", "Chloe", "Dev", "Esme", "Farid", "Greta", "Hugo", "Ines", "Jonah", "Kira", "Lior"]
ADVISER_GIVEN = ["Otto", "Priya", "Ruben", "Sanne", "Tobias", "Uma", "Viktor", "Wanda", "Xavier", "Beatrix",
                 "Zeno", "Cosima"]
SYLLABLES = ["ash", "bren", "cas", "dor", "el", "fen", "gar", "hol", "in", "jar", "ken", "low", "mar", "nor", "or",
             "pry", "quil", "ros", "sel", "tam", "ul", "ver", "wes", "yor", "zan", "bel", "cor", "dun", "har", "lin"]
ENDINGS = ["by", "ton", "ley", "well", "more", "field", "worth", "combe", "ridge", "stead", "hurst", "mouth"]
FAMILIES = 192  # family names per list: with 12 given names, 2,304 people each named once
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
FILLER = [
    "Officials described the talks as constructive and said further details would follow in due course.",
    "Observers noted that similar arrangements have been tried elsewhere with mixed results over the years.",
    "The wider debate about how public bodies buy technology shows no sign of settling down soon.",
    "Several commentators pointed to the need for clear guidance on procurement and on oversight.",
    "Unions asked to be consulted before any change to working practices is introduced across departments.",
    "Researchers said the real test will be whether the tools are used well once the launch is over.",
    "Critics warned that promises made at a launch are easy and delivery over several years is harder.",
    "Supporters argued that the arrangement gives public servants modern tools without giving up control.",
]


def write_corpus(folder: Path, count: int, seed: int = 7) -> dict[str, object]:
    """Write ``count`` articles and a rules folder into ``folder``; return the ground truth."""
    articles = folder / "articles"
    rules = folder / "rules"
    articles.mkdir(parents=True, exist_ok=True)
    rules.mkdir(parents=True, exist_ok=True)
    templates = sorted(FIXTURE.iterdir())
    rng = random.Random(seed)
    truth: list[dict[str, object]] = []
    entities: list[str] = []
    for index in range(count):
        story, slot = divmod(index, len(templates))
        template = templates[slot]
        facts = _story_facts(story)
        if slot == 0:
            entities.append(_entity_rules(story, facts))
        text = _rewrite(template.read_text(encoding="utf-8"), facts)
        name = f"s{story:05d}-{template.name}"
        text = _plant(text, story, slot, facts, template.suffix, truth, name)
        text = _pad(text, rng, template.suffix)
        (articles / name).write_text(text, encoding="utf-8")
    (rules / "entities.toml").write_text("\n".join(entities), encoding="utf-8")
    ground = {"articles": count, "planted": [item for item in truth if len(item["files"]) == 2]}
    (folder / "truth.json").write_text(json.dumps(ground, indent=1), encoding="utf-8")
    return ground


def _story_facts(story: int) -> dict[str, str]:
    """Return the names, figures and dates that make one story its own."""
    vendor = f"{FIRST[story % 30]} {SECOND[(story // 30) % 30]} {KINDS[(story // 900) % len(KINDS)]}"
    ministry = (f"Ministry of {TOPICS[story % len(TOPICS)]} and {FIRST[(story // 16) % 30]} "
                f"{SECOND[(story // 480) % 30]} Affairs")
    day, month, year = 1 + story % 27, MONTHS[story % 12], 2020 + story % 6
    return {
        "vendor": vendor, "ministry": ministry, "acronym": f"M{story:04d}",
        "person": f"{GIVEN[story % 12]} {_families(0)[(story // 12) % FAMILIES]}",
        "adviser": f"{ADVISER_GIVEN[story % 12]} {_families(1)[(story // 12) % FAMILIES]}",
        "staff": f"{1000 + 10 * (story % 400):,}", "planted_staff": f"{600 + 10 * (story % 400):,}",
        "officers": f"{200 + story % 700:,}", "tool": f"{vendor} Transcribe",
        "dateline": f"{month} {day}, {year}", "signed": f"{day} {month} {year}",
        "planted_signed": f"{month} {day + 1}, {year}",
    }


@cache
def _families(seed: int) -> list[str]:
    """Return FAMILIES made-up family names, none alike another (or another seed's) by the variant check's measure.

    People of different stories must not look like one person spelt two ways: that is
    what the FC102 check reports, and it would make conflicts across stories.
    """
    rng = random.Random(seed)
    taken = [name for other in range(seed) for name in _families(other)]
    names: list[str] = []
    while len(names) < FAMILIES:
        name = (rng.choice(SYLLABLES) + rng.choice(SYLLABLES) + rng.choice(ENDINGS)).capitalize()
        if all(fuzz.ratio(name, other) < 70 for other in taken + names):
            names.append(name)
    return names


def _entity_rules(story: int, facts: dict[str, str]) -> str:
    """Return the rule-file records a newsroom would add for this story's bodies."""
    return (f'[[entity]]\nid = "vendor-{story}"\nname = "{facts["vendor"]}"\n\n'
            f'[[entity]]\nid = "ministry-{story}"\nname = "{facts["ministry"]}"\n'
            f'aliases = ["{facts["acronym"]}"]\n')


def _rewrite(text: str, facts: dict[str, str]) -> str:
    """Swap the fixture story's names, figures and dates for the story's own."""
    swaps = [("Ministry of Justice", facts["ministry"]), ("Justice Ministry", facts["ministry"]),
             ("MoJ", facts["acronym"]), ("OpenAI", facts["vendor"]), ("David Lammy", facts["person"]),
             ("Jonny Williams", facts["adviser"]), ("2,500", facts["staff"]), ("1,000", facts["officers"]),
             ("Justice Transcribe", facts["tool"]),
             ("July 20, 2025", facts["dateline"])]
    for old, new in swaps:
        text = text.replace(old, new)
    return text


def _plant(text: str, story: int, slot: int, facts: dict[str, str], suffix: str,
           truth: list[dict[str, object]], name: str) -> str:
    """Add the sentences that make this story's planted conflict."""
    sentences = {}
    if story % 2 == 0:
        sentences = {1: f"{facts['ministry']} will give {facts['planted_staff']} employees access to AI tools.",
                     3: f"{facts['ministry']} will give {facts['staff']} employees access to AI tools."}
        rule = "FC301"
    else:
        sentences = {0: f"{facts['vendor']} and the UK government signed the agreement on {facts['signed']}.",
                     2: f"The agreement between {facts['vendor']} and the UK government was signed on "
                        f"{facts['planted_signed']}."}
        rule = "FC201"
    if slot not in sentences:
        return text
    item = next((entry for entry in truth if entry["story"] == story), None)
    if item is None:
        item = {"story": story, "rule": rule, "files": []}
        truth.append(item)
    item["files"].append(name)
    return _append(text, sentences[slot], suffix)


def _pad(text: str, rng: random.Random, suffix: str) -> str:
    """Bring an article to about 5.5 KB with neutral sentences that hold no claims."""
    while len(text.encode()) < 5500:
        text = _append(text, " ".join(rng.sample(FILLER, 4)), suffix)
    return text


def _append(text: str, paragraph: str, suffix: str) -> str:
    """Add a paragraph to the article body, inside <article> for HTML."""
    if suffix == ".html":
        return text.replace("</article>", f"<p>{paragraph}</p>\n</article>", 1)
    marker = "\n\nQuantLens Terminal" if "QuantLens Terminal" in text else None
    if marker:
        return text.replace(marker, f"\n\n{paragraph}{marker}", 1)
    if "📧 Newsletter" in text:
        return text.replace("📧 Newsletter", f"{paragraph}\n\n📧 Newsletter", 1)
    return text.rstrip("\n") + f"\n\n{paragraph}\n"

