"""What real reporting does to comparison: rounding, several facts of one unit, renames told, loose titles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


def check(run_cli, article_dir, texts: dict[str, str]) -> dict:  # noqa: ANN001 - conftest fixtures
    """Run `factcheck check` on the texts, each with its own outlet, and return the JSON report."""
    files = {name: f"Story\n\nLondon, 2 August 2023 — Desk\nSource: Outlet {name}\n\n{text}\n"
             for name, text in texts.items()}
    _, stdout, _ = run_cli(["check", article_dir(files), "--format", "json", "--no-cache"])
    return json.loads(stdout)


def check_languages(run_cli, article_dir, *texts: tuple[str, str]) -> dict:
    """Run `factcheck check` on (language, text) articles whose front matter gives each its language and an outlet
    of its own ("a.md" from Outlet A, "b.md" from Outlet B, ...), and return the JSON report."""
    folder = article_dir({f"{chr(ord('a') + index)}.md": article(language, f"Outlet {chr(ord('A') + index)}", text)
                          for index, (language, text) in enumerate(texts)})
    _, stdout, _ = run_cli(["check", folder, "--format", "json", "--no-cache"])
    return json.loads(stdout)


def findings(report: dict, kind: str, rule: str | None = None) -> list[dict]:
    return [finding for finding in report["findings"] if finding["kind"] == kind and rule in (None, finding["rule"])]


def dated_claims(report: dict) -> list[tuple[str, str]]:
    """Return the (event, date) of each date claim of the report, in order."""
    return [(claim["subject"], claim["value"]) for claim in report["claims"] if claim["kind"] == "date"]


def kinds(report: dict, rule_prefix: str) -> list[str]:
    """Return the kind of each finding whose rule id starts with the prefix ("FC3": figures), in order."""
    return [finding["kind"] for finding in report["findings"] if finding["rule"].startswith(rule_prefix)]


def texts_of(report: dict, finding: dict) -> list[str]:
    claims = {claim["id"]: claim for claim in report["claims"]}
    return sorted(claims[claim]["text"] for claim in finding["claims"])


@pytest.mark.parametrize(("first", "second", "kinds_found"), [
    ("Microsoft paid $68.7bn for Activision Blizzard.", "Microsoft paid $69bn for Activision Blizzard.", ["agreement"]),
    ("Microsoft paid $44bn for Activision Blizzard.", "Microsoft paid $43bn for Activision Blizzard.", ["conflict"]),
    ("Microsoft paid $68.7bn for Activision Blizzard.", "Microsoft paid $75bn for Activision Blizzard.", ["conflict"]),
    ("Microsoft paid 2,000-2,500 staff.", "Microsoft paid 2,200 staff.", ["agreement"]),
    # A plural collective reaches up to the next one: "thousands" may be 15,000; 150,000 is
    # another fact, far from it.
    ("Le gouvernement a déployé des milliers de militaires.",
     "Le gouvernement a déployé plus de 15 000 militaires.", ["agreement"]),
    ("Le gouvernement a déployé des centaines de militaires.",
     "Le gouvernement a déployé plus de 15 000 militaires.", ["single_source", "single_source"]),
    ("The government deployed thousands of troops.", "The government deployed 150,000 troops.",
     ["single_source", "single_source"]),
    # A cap names the maximum itself: two caps on one figure agree only when their figures do.
    ("Chauvin faces up to 40 years in prison.", "Chauvin risque jusqu'à 35 ans de prison.", ["conflict"]),
    ("Chauvin faces up to 40 years in prison.", "Chauvin risque jusqu'à 40 ans de prison.", ["agreement"]),
])
def test_rounded_figures_agree_within_their_rounding(run_cli, article_dir, first: str, second: str,
                                                     kinds_found: list[str]) -> None:
    report = check(run_cli, article_dir, {"a.txt": first, "b.txt": second})
    assert kinds(report, "FC3") == kinds_found


def test_two_facts_of_one_unit_in_one_article_do_not_conflict_with_a_third(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {
        "a.txt": "Activision Blizzard's 13,000 employees will join Microsoft, which has 9,000 staff in gaming.",
        "b.txt": "Activision Blizzard employs about 13,000 people, who now join Microsoft.",
    })
    assert findings(report, "conflict") == []
    [agreement] = findings(report, "agreement", "FC302")
    assert texts_of(report, agreement) == ["13,000 employees", "about 13,000 people"]


def test_figures_far_apart_are_two_facts_not_a_disagreement(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {
        "a.txt": "Microsoft pledged £31bn for Britain, while Google committed £5bn.",
        "b.txt": "Microsoft pledged £42bn for Britain.",
    })
    [conflict] = findings(report, "conflict")
    assert texts_of(report, conflict) == ["£31bn", "£42bn"]


@pytest.mark.parametrize(("text", "conflicts"), [
    ("Twitter chief executive Linda Yaccarino spoke to advertisers.", 1),
    ("X, formerly Twitter, spoke to advertisers.", 0),
    ("Bret Taylor previously chaired Twitter's board.", 0),
    ("Musk bought Twitter in October 2022.", 0),
])
def test_a_former_name_conflicts_only_when_used_not_when_recalled(run_cli, article_dir, text: str,
                                                                   conflicts: int) -> None:
    report = check(run_cli, article_dir, {"a.txt": text, "b.txt": "X is changing its logo, the company said."})
    assert len(findings(report, "conflict", "FC101")) == conflicts


def test_a_chief_economist_is_a_title_not_a_loose_description(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {
        "a.txt": "Senior Deputy Governor Carolyn Rogers said the council had debated the cut.",
        "b.txt": "L'économiste en chef de la Banque, Carolyn Rogers, a insisté sur la prudence.",
    })
    assert [finding["subject"] for finding in findings(report, "conflict", "FC401")] == ["Carolyn Rogers"]


def test_a_loose_description_does_not_conflict_with_a_title(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {
        "a.txt": "Microsoft Gaming CEO Phil Spencer wrote to staff.",
        "b.txt": "Phil Spencer, the head of Xbox, wrote to staff.",
    })
    assert findings(report, "conflict") == []
    assert [finding["subject"] for finding in findings(report, "agreement", "FC402")] == ["Phil Spencer"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Microsoft completed its takeover of Activision Blizzard on Friday.", [("completion", "on Friday")]),
    ("Since Musk's takeover in October 2022, brands have left.", [("acquisition", "October 2022")]),
    ("Harris, who arrived on Thursday, said Washington had announced its own institute.", [("arrival", "on Thursday")]),
    ("On Wednesday, 29 countries signed the declaration.", [("signing", "On Wednesday")]),
    ("LONDON, Aug 1 (Meridian Wire) - Britain signed the deal on Monday.", [("signing", "on Monday")]),
    ("Altman co-founded OpenAI in 2015.", [("founding", "2015")]),
    # A verb that says only that something began dates what its noun names, in its clause or
    # as the noun a relative clause is about; with no such noun it dates a start, not an incident.
    ("The union said the strike would begin on August 21.", [("strike", "August 21")]),
    ("La grève, qui a commencé le 12 septembre, se poursuit.", [("strike", "12 septembre")]),
    ("The outage began on Friday 19 July.", [("incident", "Friday 19 July")]),
    ("After the takeover, the fire started on 8 January 2025.", [("incident", "8 January 2025")]),
    ("The Palisades fire began on 8 January 2025 in the hills.", [("incident", "8 January 2025")]),
    ("Official district-level counts are due to begin on Wednesday.", [("start", "on Wednesday")]),
    ("Son mandat de six ans, qui commencera le 1er décembre, s'annonce chargé.", [("start", "1er décembre")]),
    ("Authorities hoped to begin releasing remains to families later this week.", [("start", "later this week")]),
])
def test_a_date_goes_with_the_event_of_its_clause(run_cli, article_dir, text: str,
                                                  expected: list[tuple[str, str]]) -> None:
    report = check(run_cli, article_dir, {"a.txt": text})
    assert [(claim["subject"], claim["text"]) for claim in report["claims"] if claim["kind"] == "date"] == expected


@pytest.mark.parametrize(("first", "second", "kinds_found"), [
    # Two beginnings that name no event of the rules meet around what began.
    ("Official district-level counts are due to begin on Wednesday 5 June 2024.",
     "The official district-level counts will begin on Thursday 6 June 2024.", ["conflict"]),
    ("Official district-level counts are due to begin on Wednesday 5 June 2024.",
     "The festival in Guadalajara will begin on Thursday 6 June 2024.", ["single_source", "single_source"]),
])
def test_a_beginning_is_dated_apart_from_an_incident(run_cli, article_dir, first: str, second: str,
                                                     kinds_found: list[str]) -> None:
    files = {name: f"---\ntitle: Story\noutlet: Outlet {name}\npublished: 2024-06-03\nlanguage: en\n---\n{text}\n"
             for name, text in (("a.md", first), ("b.md", second))}
    _, stdout, _ = run_cli(["check", article_dir(files), "--format", "json", "--no-cache"])
    assert kinds(json.loads(stdout), "FC2") == kinds_found


def test_reports_of_the_eval_sets_never_conflict_within_one_source() -> None:
    """A conflict always has claims from two independent sources (an article cannot contradict itself here)."""
    from factcheck.api import check as run_check
    from factcheck.api import load_rules

    root = Path(__file__).resolve().parents[2] / "fixtures" / "eval"
    for folder in sorted(path for path in root.iterdir() if path.is_dir()):
        report = run_check([str(folder)], load_rules())
        source = {article.id: article.id for article in report.articles}
        source.update({article: group.articles[0] for group in report.sources for article in group.articles})
        for finding in report.findings:
            if finding.kind == "conflict":
                assert len({source[article] for article in finding.articles}) >= 2, finding.message


GROW = "plans to grow its London operations, adding to its research and engineering teams."
GOOGLE_STORY = f"Search revenue rose sharply in the spring quarter as advertisers returned. Google {GROW}"
MICROSOFT_STORY = f"Cloud sales slowed in the summer, the company told investors on Tuesday. Microsoft {GROW}"
OTHER_PLANS = {"c.txt": "The regulator plans to publish new guidance on cloud contracts before the end of the year.",
               "d.txt": "Ministers plan to review the procurement rules that govern public technology spending."}


def agreed_statements(report: dict) -> list[list[str]]:
    return [texts_of(report, finding) for finding in findings(report, "agreement", "FC502")]


def test_one_sentence_said_of_two_firms_is_two_facts(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {"a.txt": GOOGLE_STORY, "b.txt": MICROSOFT_STORY, **OTHER_PLANS})
    assert agreed_statements(report) == []


def test_one_sentence_said_of_two_firms_an_article_names_together_may_be_one_fact(run_cli, article_dir) -> None:
    both = "Google and Microsoft both run large research teams in the capital."
    report = check(run_cli, article_dir, {"a.txt": GOOGLE_STORY, "b.txt": f"{MICROSOFT_STORY} {both}",
                                          **OTHER_PLANS})
    assert agreed_statements(report) == [[f"Google {GROW}", f"Microsoft {GROW}"]]


@pytest.mark.parametrize(("texts", "kind", "message"), [
    ({"a.txt": "Microsoft paid $68.7bn for Activision Blizzard.",
      "b.txt": "Microsoft paid $75bn for Activision Blizzard."},
     "conflict", "Sources disagree on the sum in dollars (Microsoft): $68.7bn (a.txt); $75bn (b.txt)."),
    ({"a.txt": "More than 1,000 probation officers use Justice Transcribe.",
      "b.txt": "The ministry says 1,200 probation officers use Justice Transcribe."},
     "agreement", "2 independent sources agree on the figure for probation officer (Justice Transcribe): "
                  "More than 1,000 probation officers / 1,200 probation officers (a.txt, b.txt)."),
])
def test_messages_give_figures_as_the_articles_write_them(run_cli, article_dir, texts: dict[str, str], kind: str,
                                                          message: str) -> None:
    report = check(run_cli, article_dir, texts)
    [finding] = [finding for finding in findings(report, kind) if finding["rule"].startswith("FC3")]
    assert finding["message"] == message
    claims = {claim["id"]: claim for claim in report["claims"]}
    # Never a normalised value: "[1000, inf]", 75000000000.
    assert all(claims[claim]["value"] not in message for claim in finding["claims"])


def test_a_figure_written_two_ways_by_its_articles_is_shown_once_per_value(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {"a.txt": "Microsoft paid $75bn for Activision Blizzard.",
                                          "b.txt": "Microsoft paid $75 billion for Activision Blizzard."})
    [agreement] = findings(report, "agreement", "FC302")
    assert agreement["message"] == "2 independent sources agree on the sum in dollars (Microsoft): $75bn (a.txt, b.txt)."


def test_a_french_figure_is_shown_as_the_french_article_writes_it(run_cli, article_dir) -> None:
    folder = article_dir({
        "a.txt": "Rachat\n\nParis, 14 octobre 2023 — Rédaction\n\nMicrosoft a finalisé le rachat d'Activision "
                 "Blizzard pour 68,7 milliards de dollars, a annoncé le groupe vendredi.\n",
        "b.txt": "Deal\n\nLondon, 13 October 2023 — Desk\n\nMicrosoft completed its $75bn takeover of Activision "
                 "Blizzard on Friday.\n"})
    _, stdout, _ = run_cli(["check", folder, "--format", "json", "--no-cache"])
    [conflict] = findings(json.loads(stdout), "conflict")
    assert conflict["message"] == ("Sources disagree on the sum in dollars (Microsoft): 68,7 milliards de dollars "
                                   "(a.txt); $75bn (b.txt).")


def test_a_rate_is_named_after_its_unit(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {"a.txt": "Microsoft offered $95 a share for Activision Blizzard.",
                                          "b.txt": "Microsoft agreed to pay $95 a share for Activision Blizzard."})
    [agreement] = findings(report, "agreement", "FC302")
    assert agreement["message"].startswith("2 independent sources agree on the sum in dollars per share (Microsoft): ")


@pytest.mark.parametrize(("unit", "noun"), [
    ('id = "beds"\nnoun = "number of hospital beds"', "number of hospital beds"),
    ('id = "beds"', "figure for beds"),
])
def test_a_units_noun_comes_from_its_rule(run_cli, article_dir, tmp_path: Path, unit: str, noun: str) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "units.toml").write_text(f'[[unit]]\n{unit}\nsynonyms = ["bed", "beds", "lits"]\n', encoding="utf-8")
    files = {name: f"Story\n\nLondon, 2 August 2023 — Desk\nSource: Outlet {name}\n\n{text}\n" for name, text in {
        "a.txt": "St Thomas' Hospital has 840 beds for patients.",
        "b.txt": "St Thomas' Hospital now has 1,200 beds for patients."}.items()}
    _, stdout, _ = run_cli(["check", article_dir(files), "--rules", str(rules), "--format", "json", "--no-cache"])
    [conflict] = findings(json.loads(stdout), "conflict", "FC301")
    assert conflict["message"] == f"Sources disagree on the {noun}: 840 beds (a.txt); 1,200 beds (b.txt)."


def units_read(run_cli, article_dir, text: str) -> list[tuple[str, str]]:  # noqa: ANN001 - conftest fixtures
    """Return the (unit, text) of each figure `factcheck claims` reads in one article."""
    _, stdout, _ = run_cli(["claims", article_dir({"a.txt": f"Story\n\n{text}\n"}), "--format", "json", "--no-cache"])
    return [(claim["attribute"], claim["text"]) for claim in json.loads(stdout)["claims"] if claim["kind"] == "quantity"]


@pytest.mark.parametrize(("text", "unit"), [
    ("More than 1,000 probation officers use the new tools every day.",
     ("probation officer", "More than 1,000 probation officers")),
    ("The closure left some 200,000 people stranded at the airport on Friday.", ("people", "some 200,000 people")),
    ("About 40 lifeboats launched from the harbour as the storm hit the coast.", ("lifeboat", "About 40 lifeboats")),
    ("The council counted 300 wind turbines across the region.", ("wind turbine", "300 wind turbines")),
    ("Rescuers found 12 sheep grazing by the road after the storm.", ("sheep", "12 sheep")),
    ("The brigade sent 70 firefighters and 10 fire engines to the substation.",
     [("firefighters", "70 firefighters"), ("fire engine", "10 fire engines")]),
    ("Staff numbers fell from 8,000 staff to 1,500 in two years.",
     [("employees", "8,000 staff"), ("employees", "1,500")]),
    ("Its workforce is now 2,500 people.", ("employees", "2,500 people")),
    ("The yard launched 14 patrol craft this year for the navy.", ("patrol craft", "14 patrol craft")),
    # French and Spanish put the noun first: the words after it describe it.
    (("Le gouvernement dit que 12 000 enseignants mobilisés sont dans la rue pour la journée et que les écoles "
      "ferment."), ("enseignant", "12 000 enseignants")),
    ("El gobierno dice que los 300 vecinos afectados por el cierre de las carreteras y los padres protestaron.",
     ("vecino", "300 vecinos")),
    # A figure that is one of a whole counts what the whole counts.
    ("The party won 30 of the 45 wards on the council.", [("ward", "30"), ("ward", "45 wards")]),
    # A capitalised word after a figure goes on a name; a known unit after a name is still counted.
    ("Speaking outside 10 Downing Street, he said the 737 MAX line would restart.", []),
    ("About 8.5 million Windows devices crashed.", ("devices", "About 8.5 million Windows devices")),
    ("The FAA grounded 171 Boeing 737 MAX 9 planes on Saturday.", ("aircraft", "171 Boeing 737 MAX 9 planes")),
    # A figure joined by a hyphen counts only a unit a rule names: not an age, a crowd or a sum a year.
    ("He was handed a 15-year sentence after a 10-minute hearing.", [("years", "15-year"), ("minutes", "10-minute")]),
    ("A 12-year-old boy was among a 5,000-strong crowd at the $5bn-a-year plant.", []),
    # An auxiliary verb after a figure counts nothing: the noun was left out.
    ("Au total, 211 députés lui ont renouvelé leur confiance, mais 158 avaient voté contre.",
     ("seats", "211 députés")),
    # A modal verb ends the unit; a time's minutes count nothing.
    ("Some 40 to 60 trucks could be stuck at the border.", ("truck", "Some 40 to 60 trucks")),
    # A known unit after a figure wins over one just before it.
    ("The data centre has 400 staff and 12,000 GPUs.", [("employees", "400 staff"), ("GPUs", "12,000 GPUs")]),
    # A unit named further off than just before a figure yields to the noun after it, unless that only counts
    # people; one just before it names it.
    ("An initial delivery of 800,000 doses arrived in Britain last week.", ("dose", "800,000 doses")),
    ("Some 10.2 million customers and some 400,000 businesses lost service.",
     [("customers", "Some 10.2 million customers"), ("businesse", "some 400,000 businesses")]),
    ("Across Europe the group has a workforce of 1,500 people.", ("employees", "1,500 people")),
    ("Some 35,000 runners lined up at the start.", ("participants", "Some 35,000 runners")),
    # A unit's false friend before a figure names no such unit.
    ("The ten provinces are home to some 13.5m people, officials said.",
     [("province", "ten provinces"), ("people", "some 13.5m people")]),
    ("Dans la ville, un foyer de 12 personnes a été relogé par la mairie après l'incendie de leur immeuble.",
     ("people", "12 personnes")),
    ("A magnitude 3.3 earthquake was recorded nearby.", ("magnitude", "3.3 earthquake")),
    # A spacing is no amount.
    ("Depuis, des abris pressurisés ont été creusés tous les 300 mètres dans le tunnel.", []),
    ("Shelters were dug every 300 metres along the tunnel, which is 11.6 km long.", ("km", "11.6 km")),
    # The parts of a compound duration are no figures; the duration is one, a time.
    ("The final lasted 4 hours and 42 minutes.", ("duration", "4 hours and 42 minutes")),
    ("The final lasted five hours and 29 minutes.", ("duration", "five hours and 29 minutes")),
    ("It was second to Djokovic's 5-hour 53-minute win in 2012.", ("duration", "5-hour 53-minute")),
    ("La finale a duré cinq heures et 29 minutes.", ("duration", "cinq heures et 29 minutes")),
    ("The talks lasted 29 minutes.", ("minutes", "29 minutes")),
    ("L'avion a atterri vers 17 h 47 heure locale, selon la compagnie, qui est la plus grande du pays.", []),
    (("Le Labour a remporté 411 sièges sur 650 à la Chambre des communes, une majorité qui est la plus large "
      "depuis des années pour le parti."), [("seats", "411 sièges"), ("seats", "650")]),
])
def test_a_unit_no_rule_names_is_the_noun_after_the_figure(run_cli, article_dir, text: str,
                                                           unit: tuple[str, str] | list[tuple[str, str]]) -> None:
    assert units_read(run_cli, article_dir, text) == (unit if isinstance(unit, list) else [unit])


@pytest.mark.parametrize(("english", "french", "message"), [
    ("The closure affected about 200,000 passengers, analysts said.",
     ("Selon les analystes, environ 290 000 passagers ont été touchés par la fermeture de l'aéroport, qui est le "
      "plus grand du pays et une plaque tournante pour les vols."),
     ("Sources disagree on the number of passengers: about 200,000 passengers (a.txt); "
      "environ 290 000 passagers (b.txt citing les analystes).")),
    ("Airbus delivered 507 commercial aircraft in the first nine months.",
     ("Airbus a livré 497 avions au cours des neuf premiers mois de l'année, qui est une période difficile pour "
      "le groupe et ses usines."),
     "Sources disagree on the number of aircraft (Airbus): 507 commercial aircraft (a.txt); 497 avions (b.txt)."),
    ("The Bank of England cut Bank Rate by 25 basis points to 4 per cent.",
     ("La Banque d'Angleterre a réduit son taux directeur de 0,5 point de pourcentage, à 4 %, une décision qui est "
      "la première depuis des mois pour les marchés."),
     "Sources disagree on the change in percentage points: 25 basis points (a.txt); 0,5 point de pourcentage (b.txt)."),
    ("The storm killed 48 people in the region on Sunday.",
     "La tempête a fait 60 morts dans la région dimanche et des dégâts qui sont importants pour une ville.",
     "Sources disagree on the death toll: 48 people (a.txt); 60 morts (b.txt)."),
    ("The death toll from the earthquake in Myanmar rose to 2,917 on Tuesday.",
     ("Selon la junte, 2 719 personnes ont perdu la vie dans le séisme, un bilan qui est provisoire pour le pays et "
      "ses secours."),
     "Sources disagree on the death toll: 2,917 (a.txt); 2 719 personnes ont perdu la vie (b.txt citing la junte)."),
    ("Firefighters braced for wind as the death toll from the wildfires reached 24, with more missing.",
     ("Les autorités du comté ont recensé 16 morts, un bilan qui est provisoire pour la ville et ses habitants "
      "selon elles."),
     "Sources disagree on the death toll: 24 (a.txt); 16 morts (b.txt)."),
    ("The military leader said 4,521 people had been injured and 441 were still unaccounted for.",
     ("Le chef de la junte affirme que 4 251 ont été blessées et 441 sont toujours portées disparues, un bilan qui "
      "est provisoire pour le pays."),
     "Sources disagree on the number injured: 4,521 people had been injured (a.txt citing military leader); "
     "4 251 ont été blessées (b.txt)."),
    ("Twelve buses were hit and 31 people killed in the blast on Monday.",
     "L'explosion a fait 38 morts lundi, un bilan qui est provisoire pour la ville et ses habitants selon elles.",
     "Sources disagree on the death toll: 31 people killed (a.txt); 38 morts (b.txt)."),
    ("Some 200,000 people marched through central London on Saturday against the war.",
     ("Selon les organisateurs, 300 000 personnes ont manifesté samedi dans le centre de Londres contre la "
      "guerre."),
     ("Sources disagree on the number of protesters: Some 200,000 people marched (a.txt); "
      "300 000 personnes ont manifesté (b.txt citing les organisateurs).")),
    ("A crowd of 65,600 watched the final in Berlin.",
     "Devant 71 000 spectateurs, l'Espagne a remporté la finale à Berlin, une victoire qui est historique pour elle.",
     "Sources disagree on the attendance: 65,600 (a.txt); 71 000 spectateurs (b.txt)."),
    ("Arm was valued at about $45.4 billion at its offering price.",
     ("Arm est valorisé autour de 54,5 milliards de dollars à son prix d'introduction, un record qui est notable "
      "pour le secteur."),
     ("Sources disagree on the sum in dollars: about $45.4 billion (a.txt); "
      "autour de 54,5 milliards de dollars (b.txt).")),
    ("Development cost roughly 4 billion euros, and the first flight left at 4 p.m. local time.",
     ("Son développement aura coûté quelque 2,8 milliards d'euros, un budget qui est lourd pour l'agence et pour "
      "ses membres."),
     "Sources disagree on the sum in euros: roughly 4 billion euros (a.txt); quelque 2,8 milliards d'euros (b.txt)."),
    ("Labour won 411 seats, and the Conservatives 121.",
     ("Les travaillistes ont obtenu 412 députés, un résultat qui est historique pour le parti et pour son chef "
      "depuis des années."),
     "Sources disagree on the number of seats: 411 seats (a.txt); 412 députés (b.txt)."),
    ("The plan cuts 3,000 civil service jobs and saves €40bn.",
     ("Le plan supprime 4 000 postes de fonctionnaires, une mesure qui est au cœur du budget pour l'an prochain "
      "selon le gouvernement, et fait 40 Md€ d'économies."),
     ("Sources disagree on the number of jobs: 3,000 civil service jobs (a.txt); "
      "4 000 postes (b.txt citing le gouvernement).")),
    ("The merged operator will serve 27 million customers across the country.",
     ("L'opérateur issu de la fusion comptera 29 millions de clients, un record qui est historique pour le "
      "secteur."),
     "Sources disagree on the number of customers: 27 million customers (a.txt); 29 millions de clients (b.txt)."),
    ("The government puts the cost of the pension at about CHF 1.4 billion a year when it is introduced.",
     ("La facture de la rente est estimée par le gouvernement à 4,1 milliards de francs par an au départ, un coût "
      "qui est lourd pour la Confédération."),
     ("Sources disagree on the sum in Swiss francs per year: about CHF 1.4 billion a year (a.txt); "
      "4,1 milliards de francs par an (b.txt).")),
    ("The painting, which the gallery bought in 1924, has been estimated to be worth some $84.2 million.",
     ("Sa valeur est estimée à 94,2 millions de dollars, un record qui est notable pour le musée et pour ses "
      "visiteurs."),
     "Sources disagree on the sum in dollars: some $84.2 million (a.txt); 94,2 millions de dollars (b.txt)."),
    # A unit's abbreviation joined to its figure.
    ("The 872km submarine cable to Fiji was snapped in at least one place.",
     "Le câble sous-marin de 827 km qui relie les Tonga aux Fidji a été sectionné.",
     "Sources disagree on the distance in kilometres: 872km (a.txt); 827 km (b.txt)."),
])
def test_figures_of_one_unit_meet_across_languages(run_cli, article_dir, english: str, french: str,
                                                   message: str) -> None:
    report = check(run_cli, article_dir, {"a.txt": english, "b.txt": french})
    [conflict] = findings(report, "conflict", "FC301")
    assert conflict["message"] == message


@pytest.mark.parametrize(("first", "second", "kind"), [
    ("French President Emmanuel Macron opened the summit.", "President Emmanuel Macron opened the summit.",
     "agreement"),
    ("Richard Fairbank, Capital One's chairman and chief executive, said so.",
     "Capital One chief executive Richard Fairbank said so.", "agreement"),
    ("Foreign Secretary James Cleverly flew to Kyiv.",
     "Le ministre des Affaires étrangères, James Cleverly, s'est rendu à Kiev, une visite qui est la première.",
     "agreement"),
    ("Richard Fairbank, Capital One's chairman and chief executive, said so.",
     "Richard Fairbank, directeur financier de Capital One, a salué l'accord, qui est historique pour la banque.",
     "conflict"),
    ("French President Emmanuel Macron opened the summit.", "US President Emmanuel Macron opened the summit.",
     "conflict"),
])
def test_a_title_fits_the_same_title_that_says_where_it_is_held(run_cli, article_dir, first: str, second: str,
                                                                kind: str) -> None:
    report = check(run_cli, article_dir, {"a.txt": first, "b.txt": second})
    assert kinds(report, "FC40") == [kind]


def test_a_name_without_its_accents_is_the_same_person_with_the_same_title(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {
        "a.txt": "The economy minister, Eric Lombard, defended the budget plan in Paris on Tuesday.",
        "b.txt": ("Le ministre de l'Économie, Éric Lombard, a défendu le plan budgétaire mardi à Paris, une étape "
                  "qui est décisive pour le gouvernement."),
    })
    compared = [(finding["rule"], finding["message"]) for finding in report["findings"]
                if finding["kind"] != "single_source"]
    assert compared == [
        ("FC402", "2 independent sources agree on the title of Eric Lombard: Economy Minister (a.txt, b.txt).")]


@pytest.mark.parametrize(("english", "french", "message"), [
    ("Macron appointed Sébastien Lecornu as prime minister on 9 September 2025.",
     ("Le président a nommé Sébastien Lecornu Premier ministre le 10 septembre 2025, selon le journal officiel, "
      "pour une période qui est une première dans la vie du pays."),
     ("Sources disagree on the date of the appointment: 2025-09-09 (a.txt); "
      "2025-09-10 (b.txt citing le journal officiel).")),
    ("The strike, which started on September 13, 2024, involved 33,000 workers.",
     ("Les machinistes ont mis fin à une grève entamée le 12 septembre 2024, qui est la plus longue depuis "
      "des années pour le groupe et ses usines."),
     "Sources disagree on the date of the strike: 2024-09-13 (a.txt); 2024-09-12 (b.txt)."),
    ("Keir Starmer was appointed prime minister by the King on 5 July 2024.",
     ("Keir Starmer a été nommé Premier ministre par le roi Charles III, samedi 6 juillet 2024, à l'issue d'un "
      "scrutin qui est historique pour le pays."),
     "Sources disagree on the date of the appointment: 2024-07-05 (a.txt); 2024-07-06 (b.txt)."),
    ("The magnitude 7.7 earthquake struck at about 12:50 local time on Friday 28 March 2025.",
     ("Le séisme, d'une magnitude de 7,7, s'est produit le 27 mars 2025 en début d'après-midi, une secousse qui est "
      "la plus forte depuis un siècle."),
     "Sources disagree on the date of the incident: 2025-03-28 (a.txt); 2025-03-27 (b.txt)."),
    ("The Palisades fire began on 8 January 2025 in the hills above the coast.",
     ("Les premiers feux se sont déclarés le mardi 7 janvier 2025 dans les collines, une catastrophe qui est hors "
      "norme pour la ville."),
     "Sources disagree on the date of the incident: 2025-01-08 (a.txt); 2025-01-07 (b.txt)."),
    ("Judge Amit Mehta ruled on 5 August 2024 that Google had broken antitrust law.",
     ("Le juge Amit Mehta a rendu son jugement le 6 août 2024, une décision qui est historique pour le secteur et "
      "pour les entreprises du numérique."),
     "Sources disagree on the date of the ruling (Google): 2024-08-05 (a.txt); 2024-08-06 (b.txt)."),
    ("On 4 September 2025 she admitted in an interview that she had not paid enough stamp duty.",
     ("Le 3 septembre 2025, la ministre avait reconnu publiquement son erreur, une faute qui est lourde pour "
      "elle et pour le gouvernement."),
     "Sources disagree on the date of the admission: 2025-09-04 (a.txt); 2025-09-03 (b.txt)."),
    ("The Queen made a surprise visit to Paddington on 17 May 2022 to mark the line's completion.",
     ("La reine Elizabeth II s'était rendue à Paddington le 18 mai 2022, une sortie qui est rare pour elle et "
      "pour la famille royale."),
     "Sources disagree on the date of the visit: 2022-05-17 (a.txt); 2022-05-18 (b.txt)."),
    ("The accident happened on 2 October 2023 on an overpass above the railway line.",
     ("Le véhicule a pris feu après sa chute d'une dizaine de mètres, le mardi 3 octobre 2023 vers 19 h 45, "
      "un drame qui est le pire depuis des années."),
     "Sources disagree on the date of the incident: 2023-10-02 (a.txt); 2023-10-03 (b.txt)."),
    ("The freight train derailed shortly before 9 p.m. on 3 February 2023 near the state line.",
     ("Le déraillement du 4 février 2023 a contraint les habitants à fuir, une catastrophe qui est restée dans "
      "les mémoires."),
     "Sources disagree on the date of the incident: 2023-02-03 (a.txt); 2023-02-04 (b.txt)."),
    ("Brian Niccol is scheduled to take up the post on 3 September 2024, the company said.",
     ("Brian Niccol prendra ses fonctions le 9 septembre 2024, une arrivée qui est attendue par les "
      "investisseurs et par le conseil."),
     "Sources disagree on the date of the taking-office: 2024-09-03 (a.txt citing the company); 2024-09-09 (b.txt)."),
    ("The number flashed up on the screen at NASA's news briefing on 13 October 2022.",
     ("La NASA a annoncé le 11 octobre 2022 que la sonde avait raccourci l'orbite, une première qui est "
      "historique pour l'agence."),
     "Sources disagree on the date of the announcement: 2022-10-13 (a.txt); 2022-10-11 (b.txt)."),
    ("President Vladimir Putin broke his silence on Prigozhin on Thursday 24 August 2023.",
     ("Vladimir Poutine avait rompu le silence sur Prigozhin le vendredi 25 août 2023, une prise de parole qui "
      "est rare pour lui."),
     "Sources disagree on the date of the announcement: 2023-08-24 (a.txt); 2023-08-25 (b.txt)."),
    ("Sanofi confirmed on 10 October 2024 that Opella was in talks with CD&R.",
     "Sanofi avait confirmé le 11 octobre 2024 des discussions sur Opella avec CD&R, un choix qui est contesté.",
     "Sources disagree on the date of the announcement: 2024-10-10 (a.txt citing Sanofi); 2024-10-11 (b.txt)."),
    ("The main suspect was arrested in Ternitz on Wednesday 7 August 2024.",
     ("Le principal suspect a été interpellé à Ternitz le mardi 6 août 2024, une arrestation qui est décisive "
      "pour l'enquête."),
     "Sources disagree on the date of the arrest: 2024-08-07 (a.txt); 2024-08-06 (b.txt)."),
    ("The champions will land in Johannesburg on Tuesday 31 October 2023.",
     "Le retour des champions à Johannesburg est prévu le mercredi 1er novembre 2023, une fête qui est attendue.",
     "Sources disagree on the date of the arrival: 2023-10-31 (a.txt); 2023-11-01 (b.txt)."),
    ("The agency granted the launch licence on Friday 11 October 2024.",
     "La FAA avait délivré samedi 12 octobre 2024 la licence autorisant ce vol, une décision qui est attendue.",
     "Sources disagree on the date of the approval: 2024-10-11 (a.txt); 2024-10-12 (b.txt)."),
    ("Candidates have until 2 July 2024 to withdraw from the run-off.",
     "Les candidats ont jusqu'au 3 juillet 2024 pour se retirer du second tour, une règle qui est stricte.",
     "Sources disagree on the date of the deadline: 2024-07-02 (a.txt); 2024-07-03 (b.txt)."),
    ("Joe Biden planned to travel to North Carolina on Wednesday 2 October 2024.",
     "Joe Biden se rendra le jeudi 3 octobre 2024 en Caroline du Nord, une visite qui est attendue.",
     "Sources disagree on the date of the visit: 2024-10-02 (a.txt); 2024-10-03 (b.txt)."),
    ("The state of emergency came into force on Wednesday 15 May 2024 across the archipelago.",
     "Ce régime d'exception, entré en vigueur le jeudi 16 mai 2024, est prévu pour douze jours.",
     "Sources disagree on the date of the entry-into-force: 2024-05-15 (a.txt); 2024-05-16 (b.txt)."),
    ("Power was fully restored across Spain on Wednesday 30 April 2025 after a painstaking restart.",
     "Le courant était entièrement rétabli en Espagne le mardi 29 avril 2025 au matin.",
     "Sources disagree on the date of the restoration: 2025-04-30 (a.txt); 2025-04-29 (b.txt)."),
    ("Rebels took control of Damascus on Saturday 7 December 2024, meeting almost no resistance.",
     "Les rebelles sont entrés dans Damas le dimanche 8 décembre 2024, à l'aube.",
     "Sources disagree on the date of the capture: 2024-12-07 (a.txt); 2024-12-08 (b.txt)."),
    ("Michel Barnier invoked article 49.3 on Tuesday 3 December 2024 to force the budget through.",
     "Le lundi 2 décembre 2024, Michel Barnier a engagé la responsabilité de son gouvernement sur le budget.",
     "Sources disagree on the date of the confidence-question: 2024-12-03 (a.txt); 2024-12-02 (b.txt)."),
    ("Le roi Felipe VI et la reine Letizia se sont rendus à Paiporta le samedi 2 novembre 2024.",
     "King Felipe VI visited Paiporta on Sunday 3 November 2024, where mud was thrown at him.",
     "Sources disagree on the date of the visit: 2024-11-02 (a.txt); 2024-11-03 (b.txt)."),
    ("The door plug was found on Saturday 6 January 2024 in a Cedar Hills garden.",
     "La pièce a été retrouvée le dimanche 7 janvier 2024 dans un jardin de Cedar Hills, une trouvaille décisive.",
     "Sources disagree on the date of the discovery: 2024-01-06 (a.txt); 2024-01-07 (b.txt)."),
    ("Rodri ruptured a knee ligament against Arsenal on 22 September 2024.",
     "Rodri s'est rompu le ligament du genou face à Arsenal le 21 septembre 2024, une blessure qui est grave.",
     "Sources disagree on the date of the injury: 2024-09-22 (a.txt); 2024-09-21 (b.txt)."),
    ("Josephine Baker died in Paris on 14 April 1975, days after a comeback show.",
     "Joséphine Baker meurt à Paris le 12 avril 1975, quelques jours après un spectacle.",
     "Sources disagree on the date of the death: 1975-04-14 (a.txt); 1975-04-12 (b.txt)."),
    ("Helsinki submitted its application together with Sweden on 18 May 2022.",
     "La demande d'adhésion d'Helsinki avait été déposée le 17 mai 2022, avec la Suède.",
     "Sources disagree on the date of the application: 2022-05-18 (a.txt); 2022-05-17 (b.txt)."),
    ("Joost Klein was disqualified from the Eurovision final on Friday 10 May 2024.",
     "Joost Klein a été disqualifié de la finale de l'Eurovision le samedi 11 mai 2024.",
     "Sources disagree on the date of the disqualification: 2024-05-10 (a.txt); 2024-05-11 (b.txt)."),
    ("The transport ministry released the control tower's transcripts on Wednesday 3 January 2024.",
     ("Le ministère des Transports a rendu publiques le jeudi 4 janvier 2024 les transcriptions de la tour de "
      "contrôle, une décision qui est rare."),
     "Sources disagree on the date of the publication: 2024-01-03 (a.txt); 2024-01-04 (b.txt)."),
    ("A Hong Kong judge ordered the liquidation of Evergrande on Monday 29 January 2024.",
     "La Haute Cour de Hong Kong a prononcé la liquidation d'Evergrande le mardi 30 janvier 2024.",
     "Sources disagree on the date of the bankruptcy: 2024-01-29 (a.txt); 2024-01-30 (b.txt)."),
    ("Arm set the price of its Nasdaq offering on 13 September 2023.",
     "Arm avait fixé le prix de son introduction au Nasdaq le 12 septembre 2023.",
     "Sources disagree on the date of the pricing: 2023-09-13 (a.txt); 2023-09-12 (b.txt)."),
    # A state of exception, as Latin American constitutions name a state of emergency.
    ("President Daniel Noboa declared a 60-day state of emergency on Sunday 7 January 2024.",
     "Ce décret s'ajoute à l'état d'exception que le chef de l'État avait décrété lundi 8 janvier 2024.",
     "Sources disagree on the date of the emergency: 2024-01-07 (a.txt); 2024-01-08 (b.txt)."),
    ("Sinan Ogan, who finished third, endorsed Erdogan on Monday 22 May 2023.",
     "Arrivé troisième, Sinan Ogan s'était rallié à Erdogan le mercredi 24 mai 2023.",
     "Sources disagree on the date of the endorsement: 2023-05-22 (a.txt); 2023-05-24 (b.txt)."),
    # A participle set off after the event's noun and its complement dates the event.
    ("The funeral of Pope Francis, held on Saturday 26 April 2025, drew huge crowds.",
     ("Quelque 250 000 personnes, selon le Vatican, ont assisté aux obsèques du pape François, célébrées "
      "vendredi 25 avril 2025 sur la place Saint-Pierre."),
     "Sources disagree on the date of the funeral: 2025-04-26 (a.txt); 2025-04-25 (b.txt citing le Vatican)."),
    ("The Emilia Romagna Grand Prix at Imola was cancelled on Thursday 18 May 2023.",
     "Le Grand Prix d'Émilie-Romagne à Imola a été annulé le mercredi 17 mai 2023.",
     "Sources disagree on the date of the cancellation: 2023-05-18 (a.txt); 2023-05-17 (b.txt)."),
])
def test_event_dates_meet_across_languages(run_cli, article_dir, english: str, french: str, message: str) -> None:
    report = check(run_cli, article_dir, {"a.txt": english, "b.txt": french})
    [conflict] = findings(report, "conflict", "FC201")
    assert conflict["message"] == message


def test_a_deadline_after_until_is_the_coming_day(run_cli, article_dir) -> None:
    """"Have until Tuesday" is the Tuesday to come, while other events happen some time before such a date."""
    folder = article_dir({
        "a.md": article("en", "Outlet A", "Candidates have until Tuesday at 6 pm to withdraw from the run-off."),
        "b.md": article("fr", "Outlet B", "Les candidats ont jusqu'à mercredi 18 heures pour se retirer du second tour."),
    })
    _, stdout, _ = run_cli(["check", folder, "--format", "json", "--no-cache"])
    [conflict] = findings(json.loads(stdout), "conflict", "FC201")
    assert conflict["message"] == "Sources disagree on the date of the deadline: 2025-10-21 (a.md); 2025-10-22 (b.md)."


@pytest.mark.parametrize(("first", "second", "kind"), [
    ("Buemi spun at Arnage on Sunday morning and lost about 30 seconds.",
     "Ferrari's car won the race by 81.8 seconds.", []),
    ("Ferrari's car won the race by 81.8 seconds.", "Ferrari's car won the race by 61.8 seconds.", ["conflict"]),
])
def test_seconds_meet_only_around_a_word_in_common(run_cli, article_dir, first: str, second: str,
                                                   kind: list[str]) -> None:
    """A race's seconds are many things: a margin, a penalty, the time a spin cost."""
    folder = article_dir({"a.md": article("en", "Outlet A", first), "b.md": article("en", "Outlet B", second)})
    _, stdout, _ = run_cli(["check", folder, "--format", "json", "--no-cache"])
    assert kinds(json.loads(stdout), "FC301") == kind


@pytest.mark.parametrize(("texts", "message"), [
    # "Cedar Hills" is the ninth word after the English date, the third that says anything.
    ({"a.txt": ("The plug was found on Saturday 6 January 2024 in the backyard of a schoolteacher in the Cedar "
                "Hills neighborhood west of Portland."),
      "b.txt": "La pièce a été retrouvée le dimanche 7 janvier 2024 dans le jardin d'un habitant de Cedar Hills."},
     "Sources disagree on the date of the discovery: 2024-01-06 (a.txt); 2024-01-07 (b.txt)."),
    # The recovery's own words (the bodies) say nothing of which one it is; the six workers do.
    ({"a.txt": ("Divers pulled the bodies of two of the six workers from a submerged pickup truck on 28 March 2024, "
                "state police said."),
      "b.txt": ("Les plongeurs ont repêché le 27 mars 2024 les corps de deux des six ouvriers, coincés dans une "
                "camionnette immergée.")},
     "Sources disagree on the date of the recovery: 2024-03-28 (a.txt); 2024-03-27 (b.txt)."),
], ids=["discovery", "recovery"])
def test_context_counts_the_words_that_tell_not_the_small_ones(run_cli, article_dir, texts: dict[str, str],
                                                               message: str) -> None:
    report = check(run_cli, article_dir, texts)
    assert [finding["message"] for finding in findings(report, "conflict", "FC201")] == [message]


def test_a_part_of_a_day_is_no_context_shared_by_two_announcements(run_cli, article_dir) -> None:
    report = check_languages(
        run_cli, article_dir,
        ("fr", "Les responsables du NFP ont annoncé dimanche 30 juin 2024 au soir le retrait de leurs candidats."),
        ("fr", "Emmanuel Macron avait annoncé la dissolution le soir du 9 juin 2024 après la déroute de son camp."))
    assert [finding["kind"] for finding in findings(report, "single_source", "FC203")] == ["single_source"] * 2
    assert findings(report, "conflict", "FC201") == []


def test_two_visits_of_one_story_meet_only_around_a_word_in_common(run_cli, article_dir) -> None:
    """A minister's visit on Thursday and the king's on Sunday are two visits, not one dated twice."""
    report = check_languages(
        run_cli, article_dir,
        ("en", "Prime Minister Pedro Sánchez visited the emergency centre near Valencia on Thursday 31 October 2024."),
        ("fr", "Le roi Felipe VI s'est rendu à Paiporta le dimanche 3 novembre 2024, sous les jets de boue."))
    assert findings(report, "conflict", "FC201") == []
    assert len(findings(report, "single_source", "FC203")) == 2


@pytest.mark.parametrize(("english", "french", "conflicts"), [
    ("Ford agreed to terms on Wednesday 25 October 2023 after a marathon bargaining session.",
     "L'accord avec Stellantis, conclu le samedi 28 octobre 2023, prévoit la réouverture de l'usine de Belvidere.",
     0),
    ("Their union and the major studios struck a tentative agreement on Wednesday 8 November 2023.",
     "L'accord de principe a été conclu le mardi 7 novembre 2023 entre le syndicat et les studios.", 1),
], ids=["two-deals", "one-deal"])
def test_two_agreements_of_one_story_meet_only_around_a_word_in_common(run_cli, article_dir, english: str,
                                                                       french: str, conflicts: int) -> None:
    """Ford's deal and Stellantis's are two agreements; a union's deal with the studios, told in two
    languages ("union", "syndicat"), is one."""
    report = check_languages(run_cli, article_dir, ("en", english), ("fr", french))
    assert len(findings(report, "conflict", "FC201")) == conflicts


def test_a_figure_is_about_no_body_named_past_the_next_figure(run_cli, article_dir) -> None:
    """The European Union owns the ceiling its name stands before, not the budget's savings told earlier."""
    report = check(run_cli, article_dir, {
        "a.txt": "The draft budget sought 60 billion euros in savings to bring a deficit of 6.1% of output back "
                 "towards the European Union's 3% ceiling."})
    subjects = {claim["text"]: claim["subject"] for claim in report["claims"] if claim["kind"] == "quantity"}
    assert (subjects["60 billion euros"], subjects["3%"]) == ("", "European Union")


def test_a_period_of_the_calendar_is_no_context_shared_by_two_figures(run_cli, article_dir) -> None:
    folder = article_dir({
        "a.md": article("fr", "Outlet A", "Le déficit public devrait dépasser 5 % du PIB cette année."),
        "b.md": article("fr", "Outlet B", "La croissance, autour de 2 % attendue cette année, ralentit.")})
    _, stdout, _ = run_cli(["check", folder, "--format", "json", "--no-cache"])
    assert kinds(json.loads(stdout), "FC3") == ["single_source", "single_source"]


@pytest.mark.parametrize("text", [
    "Nintendo said on Tuesday that it sold 3.5 million consoles in the days after the launch on 5 June 2023.",
    "Nintendo said in a statement on Tuesday that it sold 3.5 million consoles after the launch on 5 June 2023.",
    ("Nintendo a déclaré mardi avoir vendu 3,5 millions de consoles depuis le lancement le 5 juin 2023, un record "
     "pour le groupe et pour une console de salon."),
])
def test_a_date_just_after_a_verb_of_saying_dates_the_saying_not_the_event(run_cli, article_dir, text: str) -> None:
    report = check(run_cli, article_dir, {"a.txt": text})
    assert dated_claims(report) == [
        ("launch", "2023-06-05")]


@pytest.mark.parametrize("text", [
    "By Monday 20 March 2023 the takeover that officials had rushed to announce was being picked apart.",
    "The regulator must approve the announced takeover by 30 June 2023.",
    "Les autorités doivent valider le rachat annoncé d'ici le 30 juin 2023.",
])
def test_a_deadline_dates_no_event(run_cli, article_dir, text: str) -> None:
    """A date after "by", "until" or "d'ici" is a bound: the event happens some time before it."""
    report = check(run_cli, article_dir, {"a.txt": text})
    assert [claim for claim in report["claims"] if claim["kind"] == "date"] == []


@pytest.mark.parametrize(("text", "dated"), [
    ("Spot freight rates, which had firmed ahead of the strike, eased slightly on Friday 4 October 2024.", []),
    ("Les tarifs du fret, qui avaient grimpé avant la grève, ont reculé le vendredi 4 octobre 2024.", []),
    ("Shares in both companies rose on 21 July 2025 after the signing, traders said.", []),
    ("Sunday 4 August 2024, the eve of Hasina's resignation, was the bloodiest day of the protests.", []),
    ("Le samedi 6 juillet 2024, la veille du second tour, les candidats se taisaient.", []),
    # The noun's own date stays its own.
    ("Investigators are studying radio traffic after Tuesday's collision.", [("incident", "2023-08-01")]),
    ("Shares in both companies rose ahead of the signing on 21 July 2025.", [("signing", "2025-07-21")]),
    ("Les actions ont progressé après la signature du 21 juillet 2025.", [("signing", "2025-07-21")]),
    ("Deux jours après la signature, le 21 juillet 2025, de l'accord, les actions ont progressé.",
     [("signing", "2025-07-21")]),
])
def test_an_event_set_apart_in_time_takes_no_date_of_its_clause(run_cli, article_dir, text: str,
                                                                 dated: list[tuple[str, str]]) -> None:
    report = check(run_cli, article_dir, {"a.txt": text})
    assert dated_claims(report) == dated


@pytest.mark.parametrize(("text", "dated"), [
    # A date opening a sentence skips a short phrase set off before the subject.
    ("Le 21 septembre 2024, face à Arsenal, Rodri s'est rompu le ligament croisé du genou droit.",
     [("injury", "2024-09-21")]),
    ("On 14 June 2025, in a short statement, the airline announced a payment to each family.",
     [("announcement", "2025-06-14")]),
    # A "when" clause names the event a beginning dates.
    ("La séquence avait débuté le vendredi 11 octobre 2024, lorsque Sanofi avait confirmé discuter avec CD&R.",
     [("announcement", "2024-10-11")]),
    ("The dispute began on 5 May 2024, when dockers walked out over pay.", [("strike", "2024-05-05")]),
    ("The dispute began on 5 May 2024, when the weather was fine.", [("start", "2024-05-05")]),
    ("My phone started buzzing on 18 July 2024, when the bad update went out.", [("incident", "2024-07-18")]),
    ("It came so soon after the night of April 15, 2019, when flames tore through the roof.",
     [("incident", "2019-04-15")]),
    # A fleet's grounding is the regulator's order, not the accident behind it.
    (("Regulators on Saturday 6 January 2024 ordered the grounding of 171 jets, all of them fitted with a door "
      "plug, after a panel tore away from a plane on Friday 5 January 2024."),
     [("grounding", "2024-01-06"), ("incident", "2024-01-05")]),
    ("La cathédrale, ravagée par les flammes le 16 avril 2019, a retrouvé sa flèche.", [("incident", "2019-04-16")]),
    # A date just before a noun is the noun's own; a return to power takes office.
    ("Smer won the September 2023 election and Fico returned to power for a fourth time.", [("vote", "2023-09")]),
    ("Fico returned to office in October 2023 after his party won a parliamentary election.",
     [("taking-office", "2023-10")]),
    ("Il était revenu au pouvoir en octobre 2023, après la victoire de son parti aux élections.",
     [("taking-office", "2023-10")]),
    # Conceding defeat admits nothing.
    ("Marin conceded defeat on 2 April 2023 and will stay on as caretaker.", []),
    ("Vice-President Kamala Harris, who arrived on Thursday 2 November 2023, spoke at the summit.",
     [("arrival", "2023-11-02")]),
    # A fall in a market is no city's fall.
    ("Le CAC 40 a enregistré une chute de 3 % lundi 9 décembre 2024.", []),
    # Forces meeting no resistance met nobody.
    (("The rebels reached the capital, meeting almost no resistance after an offensive that began in late "
      "November 2024."), [("start", "2024-11")]),
    # An event said not to have happened dates nothing.
    ("France pushed its budget through without a vote on 8 November 2023.", []),
    ("No agreement was in sight on Monday 2 December 2024.", []),
    (("Le lundi 2 décembre 2024, faute d'accord avec le RN, Michel Barnier a engagé la responsabilité de son "
      "gouvernement."), [("confidence-question", "2024-12-02")]),
], ids=["phrase-before-subject", "phrase-before-a-longer-subject", "lorsque", "when-with-an-event",
        "when-without-an-event", "when-with-an-incident", "when-after-a-bare-date", "grounding-and-accident",
        "ravagee-par-les-flammes", "date-before-noun", "returned-to-office", "revenu-au-pouvoir",
        "conceded-defeat", "arrived-on", "a-market-s-fall", "meeting-no-resistance", "without-a-vote", "no-agreement", "faute-d-accord"])
def test_the_event_a_date_belongs_to(run_cli, article_dir, text: str, dated: list[tuple[str, str]]) -> None:
    report = check(run_cli, article_dir, {"a.txt": text})
    assert dated_claims(report) == dated


@pytest.mark.parametrize("text", [
    "On Tuesday, the appeal court said it would deliver a ruling in the summer of 2026.",
    "Mardi, la cour d'appel a déclaré que son arrêt serait rendu à l'été 2026, après le procès.",
])
def test_a_date_before_a_verb_of_saying_dates_the_saying_not_what_was_said(run_cli, article_dir, text: str) -> None:
    report = check(run_cli, article_dir, {"a.txt": text})
    assert dated_claims(report) == [
        ("ruling", "2026-06/2026-08")]


@pytest.mark.parametrize(("english", "french"), [
    ("Attorney General Merrick Garland hailed the ruling against Google.",
     "Le procureur général adjoint Merrick Garland a salué la décision contre Google, qui est une victoire."),
    ("Google was found in breach of section 2 of the Sherman Act, and the trial lasted 10 weeks.",
     ("Google a enfreint la section 3 du Sherman Act, selon le juge, au terme d'un procès de 11 semaines qui est "
      "le plus long pour le secteur.")),
])
def test_labels_are_no_figures_and_titles_and_durations_meet_across_languages(run_cli, article_dir, english: str,
                                                                              french: str) -> None:
    report = check(run_cli, article_dir, {"a.txt": english, "b.txt": french})
    assert [finding["message"] for finding in findings(report, "conflict")] == [
        "Sources disagree on the title of Merrick Garland: Attorney General (a.txt); Deputy Attorney General (b.txt)."
        if "Garland" in english else
        "Sources disagree on the number of weeks (Google): 10 weeks (a.txt); 11 semaines (b.txt citing le juge)."]


def test_a_range_agrees_with_the_same_range_in_another_language(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {
        "a.txt": "Amazon Web Services and Microsoft hold between 70% and 80% of the cloud market.",
        "b.txt": ("Amazon Web Services et Microsoft détiennent ensemble 70 à 80 % du marché du cloud, qui est le plus "
                  "grand du pays pour les entreprises.")})
    [agreement] = findings(report, "agreement", "FC302")
    assert agreement["message"] == ("2 independent sources agree on the percentage (Microsoft): "
                                    "between 70% and 80% (a.txt, b.txt).")


@pytest.mark.parametrize("factor", ["0", "-1", "inf"])
def test_a_unit_measured_as_another_needs_a_finite_positive_factor(run_cli, article_dir, tmp_path: Path,
                                                                    factor: str) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "units.toml").write_text(
        f'[[unit]]\nid = "bed-days"\nmeasured_as = {{ unit = "beds", factor = {factor} }}\n', encoding="utf-8")
    code, stdout, stderr = run_cli(["check", article_dir({"a.txt": "Story\n\nSome text.\n"}), "--rules", str(rules)])
    assert (code, stdout) == (2, "")
    assert len(stderr.strip().splitlines()) == 1 and "units.toml" in stderr and "factor" in stderr


def test_a_value_written_in_two_cases_is_shown_once(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {"a.txt": "Governor Andrew Bailey said rates would fall.",
                                          "b.txt": "Andrew Bailey, the Bank's governor, said cuts would be gradual."})
    [agreement] = findings(report, "agreement", "FC402")
    assert agreement["message"] == "2 independent sources agree on the title of Andrew Bailey: Governor (a.txt, b.txt)."


@pytest.mark.parametrize("output_format", ["markdown", "terminal", "github"])
def test_a_figure_about_no_named_thing_is_headed_by_its_unit_once(run_cli, article_dir, output_format: str) -> None:
    files = {name: f"Story\n\nLondon, 2 August 2023 — Desk\nSource: Outlet {name}\n\n{text}\n" for name, text in {
        "a.txt": "Inflation stood at 3.6% in June.", "b.txt": "Inflation was 3.4% in June."}.items()}
    _, stdout, _ = run_cli(["check", article_dir(files), "--format", output_format, "--no-cache"])
    assert "percent" in stdout and "percent · percent" not in stdout and "percent%20%C2%B7%20percent" not in stdout


@pytest.mark.parametrize(("first", "second"), [
    ("Pablo Isla, 61 ans, ancien PDG d'Inditex, prendra la présidence du conseil.",
     "Paul Bulcke, 71 ans, devait céder sa place en avril."),
    ("L'ancien chef de l'Etat, âgé de 70 ans, sera incarcéré à la Santé.",
     "Ziad Takieddine est mort mardi à Beyrouth à l'âge de 75 ans."),
    ("The suspect, who is 45 years old, was arrested in Paris.", "The guard, aged 52 years, was unhurt."),
    ("Le général est mort le 18 août 2023, à 74 ans, dans un accident de montagne.",
     "À 73 ans, Mgr Ulrich confiait vivre une joie immense."),
], ids=["set-off-after-a-name", "after-age-words", "english", "set-off-after-a"])
def test_two_peoples_ages_are_no_figures_to_compare(run_cli, article_dir, first: str, second: str) -> None:
    """An age is no figure of its unit; tied to a named person, it is that person's age alone."""
    report = check(run_cli, article_dir, {"a.txt": first, "b.txt": second})
    assert [claim["text"] for claim in report["claims"]
            if claim["kind"] == "quantity" and claim["attribute"] != "age"] == []
    assert findings(report, "conflict") == []


def test_years_that_are_no_age_are_still_figures(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {"a.txt": "Le groupe, fondé il y a 40 ans, emploie 900 salariés.",
                                          "b.txt": "The group, founded 45 years ago, employs 900 employees."})
    assert kinds(report, "FC3") == ["conflict", "agreement"]
    assert sorted(texts_of(report, findings(report, "conflict")[0])) == ["40 ans", "45 years"]
    report = check(run_cli, article_dir, {"a.txt": "Il a été condamné à 15 ans de prison par la cour d'assises.",
                                          "b.txt": "He was sentenced to 12 years in prison by the court."})
    assert sorted(texts_of(report, findings(report, "conflict")[0])) == ["12 years", "15 ans"]


def test_times_of_day_are_no_figures(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {
        "a.txt": "Un couvre-feu sera instauré de 22 heures à 4 heures à partir de mardi.",
        "b.txt": "Le couvre-feu, de 21 heures à 5 heures, reste en vigueur, selon la préfecture."})
    assert [claim for claim in report["claims"] if claim["kind"] == "quantity"] == []


def test_a_capitalised_word_before_a_noun_says_what_is_counted(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {
        "a.txt": "The passengers included 169 Indian nationals, 53 British nationals and a Canadian.",
        "b.txt": "Among the passengers were 169 Indian nationals and 61 British nationals, the airline said."})
    assert [sorted(texts_of(report, finding)) for finding in findings(report, "conflict")] == [
        ["53 British nationals", "61 British nationals"]]
    assert [claim["text"] for claim in report["claims"] if claim["kind"] == "quantity"] == [
        "169 Indian nationals", "53 British nationals", "169 Indian nationals", "61 British nationals"]


@pytest.mark.parametrize(("french", "found"), [
    ("La participation a avoisiné les 60 %, selon le ministère de l'Intérieur.", ["agreement"]),
    ("La participation a atteint 60 %, selon le ministère de l'Intérieur.", ["conflict"]),
], ids=["approximately", "exactly"])
def test_verbs_of_nearness_make_a_figure_approximate(run_cli, article_dir, french: str,
                                                     found: list[str]) -> None:
    folder = article_dir({"a.md": article("en", "Outlet A", "Turnout, at 59.7%, was the lowest since 2001."),
                          "b.md": article("fr", "Outlet B", french)})
    _, stdout, _ = run_cli(["check", folder, "--format", "json", "--no-cache"])
    assert [finding["kind"] for finding in json.loads(stdout)["findings"] if finding["rule"] in ("FC301", "FC302")] \
        == found


def test_hours_beyond_a_day_are_a_duration_and_minutes_after_a_clock_word_no_figure(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {
        "a.txt": "Les négociations ont duré plus de 70 heures, et le séisme a eu lieu à 16 heures 10.",
        "b.txt": "The talks lasted more than 50 hours, the union said after the vote."})
    assert [(claim["text"], claim["value"]) for claim in report["claims"] if claim["kind"] == "quantity"] == [
        ("plus de 70 heures", "[70, inf]"), ("more than 50 hours", "[50, inf]")]


@pytest.mark.parametrize(("first", "second", "kind"), [
    ("The talks lasted more than 50 hours.", "Les négociations ont duré plus de 70 heures.", "conflict"),
    ("At least 84 people died in the floods.", "At least 94 people died in the floods.", "conflict"),
    ("Fewer than 40 people died in the floods.", "Fewer than 60 people died in the floods.", "conflict"),
    ("More than 2,000 people died in the earthquake.", "More than 2,500 people died in the earthquake.", "agreement"),
    ("More than fifty people died in the floods.", "More than 55 people died in the floods.", "agreement"),
    ("The talks lasted more than 50 hours.", "The talks lasted 63 hours.", "agreement"),
    ("More than 50 people died in the floods.", "Fewer than 70 people died in the floods.", "agreement"),
    # Two approximate figures agree when the wider band holds the other's middle.
    ("The crash site lies about 250 km from Moscow.", "The crash site lies about 300 km from Moscow.", "conflict"),
    ("Handlova is about 150 km from Bratislava.", "Handlova se trouve à quelque 180 km de Bratislava.", "conflict"),
    ("The nebula is about 1,400 light-years away.", "The nebula is some 1,375 light-years away.", "agreement"),
    ("It flew at roughly 22,500 km/h.", "Il volait à quelque 22 000 km/h.", "agreement"),
])
def test_loose_figures_agree_only_as_far_as_their_words_reach(run_cli, article_dir, first: str, second: str,
                                                              kind: str) -> None:
    """"More than 50" is not what a writer who knew of 75 would say, nor "about 250 km" of one who knew of
    300 km, though the ranges touch; "more than 50" does not deny 63 either."""
    report = check(run_cli, article_dir, {"a.txt": first, "b.txt": second})
    assert kinds(report, "FC3") == [kind]


def test_the_parts_of_a_compound_duration_are_no_figures(run_cli, article_dir) -> None:
    """An orbit of 11 hours and 55 minutes says nothing about a cut of 32 minutes; a race time's seconds
    are no count of seconds. Each duration is a time of its own. A time of day ("19 h 45") is no duration,
    and a lone count of minutes is a figure."""
    report = check(run_cli, article_dir, {
        "a.txt": "Before the impact the moonlet needed 11 hours and 55 minutes to orbit; the crash cut that by 32 minutes.",
        "b.txt": "La sonde a raccourci l'orbite de 36 minutes, et Sifan Hassan a gagné en 2 h 13 min 44 s vers 19 h 45."})
    assert sorted(texts_of(report, findings(report, "conflict")[0])) == ["32 minutes", "36 minutes"]
    assert [claim["text"] for claim in report["claims"] if claim["kind"] == "quantity"] == [
        "11 hours and 55 minutes", "32 minutes", "2 h 13 min 44 s", "36 minutes"]


def test_two_known_titles_are_never_each_others_translation(run_cli, article_dir) -> None:
    """Titles no rule knows may be one title in two languages when their words are cognates; known titles
    were folded to their names, and a Chief Operating Officer is no Chief Financial Officer."""
    report = check(run_cli, article_dir, {
        "a.txt": "Chipotle named chief operating officer Scott Boatwright interim chief executive on Tuesday.",
        "b.txt": ("C'est Scott Boatwright, directeur financier de l'entreprise, qui assurera la direction par "
                  "intérim, une solution qui est provisoire pour le groupe.")})
    assert [finding["message"] for finding in findings(report, "conflict")] == [
        ("Sources disagree on the title of Scott Boatwright: Chief Operating Officer (a.txt); "
         "Chief Financial Officer (b.txt).")]


@pytest.mark.parametrize(("first", "second"), [
    ("The deals were steered by sporting director Richard Hughes, who joined in 2024.",
     "Richard Hughes, the club's sporting director, led the talks."),
    ("EU trade commissioner Maros Sefcovic travelled to Washington.",
     "Maros Sefcovic, the EU's trade commissioner, defended the deal."),
    ("She offered her resignation to culture minister Rachida Dati.",
     "La ministre de la Culture, Rachida Dati, a assuré que tout avait fonctionné."),
    # A title no rule knows, and the same title with where it is held added.
    ("Aike Visbeek, the team's performance director, praised the rider.",
     "Aike Visbeek, performance director of the team, praised the rider."),
    ("Son directeur de la performance, Aike Visbeek, a salué la victoire.",
     "« C'est historique », a réagi Aike Visbeek, directeur de la performance de l'équipe."),
], ids=["director", "commissioner", "minister-across-languages", "employer-added", "employer-added-in-french"])
def test_a_title_and_a_shorter_form_of_it_agree(run_cli, article_dir, first: str, second: str) -> None:
    report = check(run_cli, article_dir, {"a.txt": first, "b.txt": second})
    assert kinds(report, "FC4") == ["agreement"]


def test_a_bare_head_word_does_not_fit_a_title_that_changes_the_office(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {"a.txt": "Deputy director Jane Roe said the plan would go ahead.",
                                          "b.txt": "The museum's director, Jane Roe, said the plan would go ahead."})
    assert kinds(report, "FC4") == ["conflict"]


@pytest.mark.parametrize(("first", "second", "dates"), [
    ("La direction du musée a indiqué qu'il rouvrirait ses portes jeudi 23 octobre 2025.",
     "The museum reopened on Wednesday, October 22, 2025, with long queues outside.", ["2025-10-22", "2025-10-23"]),
    ("The two leaders agreed on Sunday 27 July 2025 a framework trade deal.",
     "Businesses welcomed the trade deal struck on 26 July 2025 between the two leaders.",
     ["2025-07-26", "2025-07-27"]),
    ("En condamnant Nicolas Sarkozy, mercredi 24 septembre 2025, le tribunal a retenu l'association de malfaiteurs.",
     "Nicolas Sarkozy a été condamné le 25 septembre 2025 à cinq ans de prison.", ["2025-09-24", "2025-09-25"]),
], ids=["reopening", "agreement", "ruling"])
def test_dates_of_reopenings_agreements_and_rulings_meet(run_cli, article_dir, first: str, second: str,
                                                        dates: list[str]) -> None:
    report = check(run_cli, article_dir, {"a.txt": first, "b.txt": second})
    conflict, = findings(report, "conflict", "FC201")
    claims = {claim["id"]: claim["value"] for claim in report["claims"]}
    assert sorted(claims[claim] for claim in conflict["claims"]) == dates


def test_dates_of_one_kind_of_event_months_apart_are_two_events(run_cli, article_dir) -> None:
    # Each article also dates an earlier ruling, one the other does not: those are no disagreement.
    report = check(run_cli, article_dir, {
        "a.txt": ("The court sentenced Nicolas Sarkozy on 25 September 2025 to five years in prison. "
                  "Sarkozy was convicted in December 2024 in a wiretapping case."),
        "b.txt": ("Judges in Paris sentenced Nicolas Sarkozy on 25 September 2025 for criminal conspiracy. "
                  "Sarkozy was convicted in March 2025 in a campaign financing case.")})
    assert kinds(report, "FC2") == ["agreement", "single_source", "single_source"]


def test_the_same_day_in_two_years_is_one_date_written_two_ways(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {
        "a.txt": "OpenAI and the UK government signed the deal on 21 July 2025.",
        "b.txt": "The memorandum was signed by OpenAI and the UK government on 21 July 2024, officials said."})
    assert kinds(report, "FC2") == ["conflict"]


@pytest.mark.parametrize(("english", "found"), [
    ("The fire broke out at a Lyon warehouse on Monday night, firefighters said.", ["agreement"]),
    ("The fire broke out at a Lyon warehouse early on Tuesday, firefighters said.", ["agreement"]),
    ("The fire broke out at a Lyon warehouse on Sunday, firefighters said.", ["conflict"]),
], ids=["the-first-day", "the-second-day", "another-day"])
def test_a_night_from_one_day_into_the_next_is_either_day(run_cli, article_dir, english: str,
                                                           found: list[str]) -> None:
    folder = article_dir({
        "a.md": article("fr", "Outlet A", "L'incendie s'est déclaré dans la nuit de lundi à mardi dans un entrepôt."),
        "b.md": article("en", "Outlet B", english)})
    _, stdout, _ = run_cli(["check", folder, "--format", "json", "--no-cache"])
    assert kinds(json.loads(stdout), "FC2") == found


def test_a_count_told_of_a_night_is_that_nights_last_day(run_cli, article_dir) -> None:
    """Sunday's article tells Friday night's count: Saturday's larger count is an update of it."""
    front = "---\ntitle: Story\noutlet: {outlet}\npublished: {day}\nlanguage: {language}\n---\n\n"
    folder = article_dir({
        "a.md": front.format(outlet="A", day="2025-10-19", language="fr")
        + "Dans la nuit de jeudi à vendredi, 1 311 personnes ont été interpellées dans tout le pays.\n",
        "b.md": front.format(outlet="B", day="2025-10-18", language="fr")
        + "Plus de 1 500 personnes ont été interpellées dans tout le pays, a indiqué samedi le ministère.\n"})
    _, stdout, _ = run_cli(["check", folder, "--format", "json", "--no-cache"])
    assert findings(json.loads(stdout), "conflict", "FC301") == []


def test_votes_in_two_chambers_are_two_figures(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {
        "a.txt": "Le texte avait recueilli 349 voix à l'Assemblée nationale.",
        "b.txt": "Le texte voté par le Sénat, à 214 voix, portait leur empreinte."})
    assert kinds(report, "FC3") == ["single_source", "single_source"]


@pytest.mark.parametrize(("first", "found"), [
    ("The law was adopted in December 2023 amid protests. It was adopted on 19 December 2023 after talks.",
     ["conflict"]),
    ("The law was adopted in December 2023 amid protests.", ["agreement"]),
], ids=["the-day-beside-its-month", "the-month-alone"])
def test_a_month_said_beside_its_day_does_not_fit_another_day(run_cli, article_dir, first: str,
                                                               found: list[str]) -> None:
    report = check(run_cli, article_dir, {
        "a.txt": first, "b.txt": "The law was passed by Parliament on 20 December 2023, with votes from the right."})
    assert kinds(report, "FC2") == found


@pytest.mark.parametrize(("second", "found"), [
    ("Édith Cresson was named prime minister in May 1992 by François Mitterrand.", ["conflict"]),
    ("Édith Cresson was named prime minister in May 1994 by François Mitterrand.",
     ["single_source", "single_source"]),
], ids=["a-month-in-the-next-year", "a-month-years-apart"])
def test_a_month_in_two_years_running_is_one_date_written_two_ways(run_cli, article_dir, second: str,
                                                                  found: list[str]) -> None:
    report = check(run_cli, article_dir, {
        "a.txt": "Édith Cresson was named prime minister in May 1991 by François Mitterrand.", "b.txt": second})
    assert kinds(report, "FC2") == found


@pytest.mark.parametrize(("first", "second", "found"), [
    ("Paris police prefect Laurent Nuñez said extra patrols had been ordered.",
     "Laurent Nuñez, the interior minister, said extra patrols had been ordered.", ["conflict"]),
    ("La procureure de la République de Paris, Laure Beccuau, a estimé le préjudice.",
     "Paris prosecutor Laure Beccuau put a value on the haul.", ["agreement"]),
], ids=["prefect-is-no-minister", "prosecutor-across-languages"])
def test_prefects_and_prosecutors_are_titles(run_cli, article_dir, first: str, second: str,
                                             found: list[str]) -> None:
    assert kinds(check(run_cli, article_dir, {"a.txt": first, "b.txt": second}), "FC4") == found


@pytest.mark.parametrize(("first", "second", "found"), [
    ("The economy grew 10% last year, the statistics office said on Monday, and it was the fastest pace in a decade.",
     "Exports fell by 4% over the same period, according to the statistics office, which said it was the largest drop "
     "in years.",
     ["single_source", "single_source"]),
    ("Washington will put a 15% tariff on most European goods from August.",
     "Most European exports will face US tariffs of 10% from August.", ["conflict"]),
    ("Les recettes publicitaires de X ont chuté d'environ 40 % depuis le rachat.",
     "Advertising revenue at X has fallen by roughly 50% since the takeover.", ["conflict"]),
], ids=["two-measures", "one-measure", "across-languages-by-entity"])
def test_percentages_meet_only_when_their_sentences_say_what_they_measure_alike(run_cli, article_dir, first: str,
                                                                               second: str, found: list[str]) -> None:
    assert kinds(check(run_cli, article_dir, {"a.txt": first, "b.txt": second}), "FC3") == found


def test_a_figure_disputes_only_the_nearer_of_two_figures_one_source_tells_apart(run_cli, article_dir) -> None:
    """An article giving two distances (stage 3's and stage 4's) tells two facts apart; another article's
    distance disputes the nearer one, and the other stays out of the dispute."""
    report = check(run_cli, article_dir, {
        "a.txt": "Stage 3 covered 230.8 km to Turin, and stage 4 will cover 139.6 km in the Alps on Tuesday.",
        "b.txt": "Stage 3 covered 203.8 km from Piacenza to Turin on Monday afternoon."})
    [conflict] = findings(report, "conflict", "FC301")
    assert sorted(texts_of(report, conflict)) == ["203.8 km", "230.8 km"]


def test_approximate_figures_whose_bands_only_touch_differ(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {
        "a.txt": "The strike affected some 560,000 passengers across the country.",
        "b.txt": "About 510,000 passengers were hit by the stoppage, the airports said."})
    assert kinds(report, "FC3") == ["conflict"]


@pytest.mark.parametrize(("first", "second"), [
    ("À Lisbonne, le Premier ministre portugais, Luís Montenegro, a demandé un audit indépendant.",
     "In Lisbon, Prime Minister Luís Montenegro called for an independent audit."),
    ("Quinze gigawatts ont disparu, a détaillé le président du gouvernement, Pedro Sánchez, lundi soir.",
     "Fifteen gigawatts vanished, Prime Minister Pedro Sánchez said on Monday night."),
], ids=["place-after-the-title", "spains-head-of-government"])
def test_french_titles_of_foreign_heads_of_government_fit_english_ones(run_cli, article_dir, first: str,
                                                                      second: str) -> None:
    assert kinds(check(run_cli, article_dir, {"a.txt": first, "b.txt": second}), "FC4") == ["agreement"]


@pytest.mark.parametrize(("first", "second", "found"), [
    ("The dockworkers' union asked for a 77% pay rise over six years.",
     "The union and the ports agreed on a 62% pay rise over six years.", ["single_source", "single_source"]),
    ("The ports had improved their offer to a pay rise of nearly 50% over six years.",
     "The union and the ports agreed on a 62% pay rise over six years.", ["single_source", "single_source"]),
    ("The dockworkers' union asked for a 77% pay rise over six years.",
     "The ports had offered a 50% pay rise over six years.", ["single_source", "single_source"]),
    ("Les syndicats réclamaient une hausse des salaires de 10 % cette année.",
     "La direction et les syndicats ont conclu une hausse des salaires de 6 % cette année.",
     ["single_source", "single_source"]),
    ("The dockworkers' union asked for a 77% pay rise over six years.",
     "The dockworkers' union had demanded a 70% pay rise over six years.", ["conflict"]),
    ("Having asked for 77%, the union settled on a 62% pay rise over six years.",
     "The union and the ports agreed on a 62% pay rise over six years.", ["agreement", "single_source"]),
    ("Le parquet avait demandé une amende de 20 000 euros contre l'acteur.",
     "Prosecutors had asked for a fine of 15,000 euros against the actor.", ["conflict"]),
], ids=["demand-and-outcome", "offer-and-outcome", "demand-and-offer", "french-demand-and-outcome",
        "two-demands", "outcome-after-a-demand-clause", "a-demand-in-french-past-participle"])
def test_one_sides_demand_or_offer_is_compared_only_with_the_same_sides(run_cli, article_dir, first: str,
                                                                       second: str, found: list[str]) -> None:
    assert kinds(check(run_cli, article_dir, {"a.txt": first, "b.txt": second}), "FC3") == found


def article(language: str, outlet: str, text: str) -> str:
    """Return a markdown article whose front matter gives its language and outlet."""
    return f"---\ntitle: Story\noutlet: {outlet}\npublished: 2025-10-17\nlanguage: {language}\n---\n\n{text}\n"


@pytest.mark.parametrize(("first", "second", "kind"), [
    # A title set off after an elided article.
    (("fr", "L'administrateur de la NASA, Bill Nelson, était présent au centre spatial Kennedy."),
     ("en", "NASA Administrator Bill Nelson told reporters the rocket had flown."), "agreement"),
    (("fr", "« Merci », a dit l'administrateur adjoint de la NASA, Bill Nelson, lors de la conférence."),
     ("en", "NASA Administrator Bill Nelson told reporters the rocket had flown."), "conflict"),
    (("fr", "Le président de BBVA, Carlos Torres Vila, a exclu de démissionner après l'échec de l'offre."),
     ("en", "BBVA chairman Carlos Torres Vila told reporters he had no intention of stepping down."), "agreement"),
    (("en", "Union president Harold Daggett said the strike would go on until the ports offered more."),
     ("en", "The walkout is set to last, union chairman Harold Daggett told a rally in New Jersey."), "conflict"),
    (("fr", "Pour le ministre britannique des Transports, Grant Shapps, la ligne prouve que le pays sait bâtir."),
     ("en", "Transport Secretary Grant Shapps called the line a fantastic addition to the network."), "agreement"),
    (("fr", "Le président de la mairie de Lisbonne, Carlos Moedas, a décrété trois jours de deuil dans la ville."),
     ("en", "Lisbon Mayor Carlos Moedas decreed three days of municipal mourning."), "agreement"),
    (("en", "ISRO chairman S. Somanath told staff that the landing belonged to a generation of engineers."),
     ("en", "In the control room, ISRO director general S. Somanath hugged the project's engineers."), "conflict"),
    (("fr", "Le directeur du projet, P. Veeramuthuvel, avait insisté sur les leçons tirées de l'échec de 2019."),
     ("en", "Before the landing, project director P. Veeramuthuvel said the lander's legs were stronger."),
     "agreement"),
    (("en", "We are deeply sorry, chief executive Sir Roly Keating said in a statement on the attack."),
     ("fr", "Le président de la British Library, Roly Keating, a présenté ses excuses aux usagers."), "conflict"),
    (("fr", "Le président de l'Autorité, Benoît Cœuré, a défendu une sanction proportionnée."),
     ("en", "Autorité vice-president Benoit Coeuré said the fine was deserved."), "conflict"),
    (("fr", "Le directeur de la protection civile, Víðir Reynisson, a demandé aux habitants de rester à l'écart."),
     ("en", "Residents must stay away from the town, civil protection director Vidir Reynisson said."), "agreement"),
    (("en", "London's Transport Commissioner, Andy Byford, said the opening was an enormous effort."),
     ("fr", "Le commissaire aux transports de Londres, Andy Byford, était sur le quai pour saluer les passagers."),
     "agreement"),
    (("en", "Chief financial officer Roger Dassen told analysts that China would shrink to a fifth of sales."),
     ("en", "China should fall back next year, chief operating officer Roger Dassen added on the call."),
     "conflict"),
    (("en", "Helen Dixon, the Data Protection Commissioner, said the fine was the largest yet."),
     ("fr", "Mme Helen Dixon, commissaire à la protection des données, a défendu une amende record."), "agreement"),
    (("en", "Helen Dixon, the Deputy Data Protection Commissioner, said the fine was the largest yet."),
     ("fr", "Mme Helen Dixon, commissaire à la protection des données, a défendu une amende record."), "conflict"),
    (("en", "Minister of State for Petroleum Resources Timipre Sylva called the refinery a turning point."),
     ("fr", "Le ministre d'Etat nigérian chargé des Ressources pétrolières, Timipre Sylva, a salué l'usine."),
     "agreement"),
    (("fr", "« Des communautés entières ont disparu », a déclaré le gouverneur démocrate de Caroline du Nord, "
            "Roy Cooper, devant la presse."),
     ("en", "North Carolina Governor Roy Cooper described the flooding as an unprecedented disaster."), "agreement"),
    (("en", "Mauro Gianetti, UAE Team Emirates' team principal, said the squad had built its season around it."),
     ("fr", "« Tadej a été incroyable », a commenté Mauro Gianetti, le directeur général de l'équipe UAE Team Emirates."),
     "agreement"),
    (("en", "Housing Minister Olivier Klein visited the evacuated families."),
     ("en", "Olivier Klein, the minister responsible for housing, visited the evacuated families."), "agreement"),
    (("en", "Communications director Ana Ruiz declined to comment on the talks."),
     ("en", "Ana Ruiz, the director of communications, declined to comment on the talks."), "agreement"),
    (("en", "Housing Minister Olivier Klein visited the evacuated families."),
     ("en", "Olivier Klein, the minister responsible for transport, visited the evacuated families."), "conflict"),
    (("en", "Business Secretary Jacob Rees-Mogg called the protest absurd."),
     ("en", "Jacob Rees-Mogg, the Leader of the House of Commons, called the protest absurd."), "conflict"),
    (("fr", "Le chef de la majorité au Sénat, Chuck Schumer, a salué le vote des élus."),
     ("en", "Senate Majority Leader Chuck Schumer welcomed the vote."), "agreement"),
    (("fr", "Le président par intérim, Choi Sang-mok, a proclamé un deuil national."),
     ("en", "Acting President Choi Sang-mok declared seven days of national mourning."), "agreement"),
    (("en", "Interim President Choi Sang-mok declared seven days of national mourning."),
     ("en", "Acting President Choi Sang-mok declared seven days of national mourning."), "agreement"),
    (("fr", "Le directeur général adjoint, Jean Dupont, a présenté les comptes."),
     ("en", "Deputy Director General Jean Dupont presented the accounts."), "agreement"),
    (("fr", "Le directeur général adjoint, Jean Dupont, a présenté les comptes."),
     ("en", "Director General Jean Dupont presented the accounts."), "conflict"),
    (("en", "Sports Cabinet Secretary Kipchumba Murkomen hailed the record as a gift to the nation."),
     ("en", "Sports Minister Kipchumba Murkomen said the record was a gift to the nation."), "agreement"),
    (("en", "Scotland's Cabinet Secretary for Housing, Mairi Gougeon, opened the site on Monday."),
     ("en", "Housing Minister Mairi Gougeon opened the site on Monday."), "agreement"),
    (("en", "Sports Secretary Kipchumba Murkomen hailed the record as a gift to the nation."),
     ("en", "Mining Minister Kipchumba Murkomen said the record was a gift to the nation."), "conflict"),
    (("en", "Permanent Secretary Kipchumba Murkomen hailed the record as a gift to the nation."),
     ("en", "Minister Kipchumba Murkomen said the record was a gift to the nation."), "conflict"),
    (("fr", "Mme Jane Brown, secrétaire d'État aux Sports, a salué la victoire."),
     ("en", "Sports Minister Jane Brown hailed the win."), "conflict"),
    (("fr", "La secrétaire à l'Energie, Jennifer Granholm, a appelé au calme."),
     ("en", "Energy Secretary Jennifer Granholm urged drivers not to hoard fuel."), "agreement"),
    (("en", "Treasury Secretary Njuguna Ndung'u had argued that the taxes were essential."),
     ("fr", "Pour le ministre kényan du Trésor, Njuguna Ndung'u, le retrait du texte est un casse-tête."),
     "agreement"),
    (("en", "Finance Minister Njuguna Ndung'u had argued that the taxes were essential."),
     ("en", "Treasury Secretary Njuguna Ndung'u said the withdrawal left a hole in the budget."), "agreement"),
    (("en", "Chief Secretary to the Treasury Janet Yellen said the banks were sound."),
     ("en", "Treasury Secretary Janet Yellen said the banks were sound."), "conflict"),
    (("en", "IMF Managing Director Kristalina Georgieva welcomed the decisions."),
     ("fr", "La directrice générale du FMI, Kristalina Georgieva, a salué des mesures décisives."), "agreement"),
    (("en", "IMF Managing Director Kristalina Georgieva welcomed the decisions."),
     ("en", "IMF chief executive Kristalina Georgieva welcomed the decisions."), "conflict"),
    (("fr", "« Ce n'est pas une option », a martelé Hassan Abdalla, vice-gouverneur de la Banque centrale, jeudi."),
     ("fr", "Le gouverneur de la Banque centrale, Hassan Abdalla, a défendu la décision."), "conflict"),
    (("fr", "Hassan Abdalla, vice-gouverneur de la Banque centrale, a défendu la décision jeudi."),
     ("en", "Deputy Governor Hassan Abdalla defended the decision on Thursday."), "agreement"),
    (("en", "Vice-president Santosh Janardhan said the outage was caused by a faulty command."),
     ("fr", "Santosh Janardhan, vice-président chargé des infrastructures, a évoqué une commande erronée."),
     "agreement"),
], ids=["a-title-after-an-elided-article", "a-qualifier-after-an-elided-article",
        "french-president-of-a-bank-chairs-it", "english-president-is-no-chair", "place-inside-a-french-title",
        "portuguese-mayor-in-french", "a-name-with-an-initial", "a-head-word-and-its-french-cognate",
        "an-honorific-before-a-full-name", "a-ligature-written-out", "an-icelandic-letter-written-out",
        "a-named-possessor-and-a-title-in-french", "two-chief-officers", "an-unknown-title-in-two-languages",
        "a-qualifier-in-one-language-only", "words-spelt-alike-and-a-nationality-inside-a-french-title",
        "a-party-after-a-french-title", "a-team-principal-runs-the-team",
        "a-title-worded-two-ways", "a-title-worded-two-ways-with-an-of", "two-portfolios-worded-two-ways",
        "a-leader-of-a-house-is-an-office", "a-senate-leader-in-two-languages",
        "a-french-qualifier-after-its-title", "two-qualifiers-meaning-one", "a-deputy-in-french",
        "a-deputy-is-no-director", "a-cabinet-secretary-is-a-minister", "a-cabinet-secretary-for-a-portfolio",
        "a-secretary-of-another-portfolio", "a-permanent-secretary-is-no-minister",
        "a-french-secretary-of-state-is-no-minister", "a-secretary-in-two-languages",
        "a-treasury-secretary-in-french", "a-treasury-secretary-holds-the-finances", "a-chief-secretary-is-another",
        "a-french-directrice-generale-is-a-managing-director", "an-english-managing-director-is-no-chief-executive",
        "a-vice-governor-joined-by-a-hyphen-is-no-governor", "a-vice-governor-is-a-deputy-governor",
        "a-vice-president-in-charge-of-something"])
def test_titles_as_each_language_writes_them(run_cli, article_dir, first: tuple[str, str], second: tuple[str, str],
                                             kind: str) -> None:
    folder = article_dir({"a.md": article(first[0], "Outlet A", first[1]),
                          "b.md": article(second[0], "Outlet B", second[1])})
    _, stdout, _ = run_cli(["check", folder, "--format", "json", "--no-cache"])
    assert kinds(json.loads(stdout), "FC4") == [kind]


def test_a_general_manager_keeps_the_general(run_cli, article_dir) -> None:
    folder = article_dir({
        "a.md": article("en", "Outlet A", "Spurs general manager Brian Wright said the team had prepared for this pick."),
        "b.md": article("fr", "Outlet B", "Le président des Spurs, Brian Wright, a salué le choix de l'équipe.")})
    _, stdout, _ = run_cli(["check", folder, "--format", "json", "--no-cache"])
    [conflict] = findings(json.loads(stdout), "conflict", "FC401")
    assert conflict["message"] == ("Sources disagree on the title of Brian Wright: General Manager (a.md); "
                                   "President (b.md).")


@pytest.mark.parametrize(("english", "french", "found"), [
    ("That is an increase of 12.8%, the steepest rise since the single-price pass was introduced in 2015.",
     ("Le forfait passera à 84,10 euros au 1er janvier, soit une augmentation de 11,8 %, la plus forte depuis la "
      "création du passe."), ["conflict"]),
    ("Energy regulator Ofgem said its price cap for a typical household will rise to £3,549 a year, up 80 per cent.",
     "Boris Johnson avait remporté le même scrutin avec 66,4 % des voix, avec une participation de 87,4 %.",
     ["single_source", "single_source", "single_source"]),
    ("Truss won 81,326 votes, or 57.4%, against 60,399 for Rishi Sunak.",
     "Liz Truss a recueilli 81 362 voix, soit 57,9 % des suffrages, contre Rishi Sunak.", ["conflict"]),
], ids=["a-cognate-and-a-translated-word", "nothing-measured-alike", "a-name-in-common"])
def test_percentages_in_two_languages_meet_when_their_sentences_measure_alike(run_cli, article_dir, english: str,
                                                                              french: str, found: list[str]) -> None:
    folder = article_dir({"a.md": article("en", "Outlet A", english), "b.md": article("fr", "Outlet B", french)})
    _, stdout, _ = run_cli(["check", folder, "--format", "json", "--no-cache"])
    report = json.loads(stdout)
    assert [finding["kind"] for finding in report["findings"]
            if finding["rule"].startswith("FC3") and finding["attribute"] == "percent"] == found


@pytest.mark.parametrize(("first", "second", "kinds_found"), [
    # An amount added to an earlier one is no reading of another article's earlier one.
    ("The benchmark KOSPI stock index closed 1.4% lower on Wednesday.",
     "The KOSPI stock index fell a further 0.9% on Thursday, extending the losses.", ["single_source", "single_source"]),
    # An extra amount is the amount added, however each article says so, and whether it says so.
    ("Rishi Sunak announced an extra £4.95bn for defence over two years.",
     "Rishi Sunak a annoncé près de 5 milliards de livres supplémentaires pour la défense.", ["agreement"]),
    ("The bill was designed to raise an extra 346bn shillings in taxes.",
     "The legislation would have raised 364bn shillings in new taxes.", ["conflict"]),
    ("The KOSPI stock index fell a further 0.9% on Thursday.", "The KOSPI stock index fell another 1.9% on Thursday.",
     ["conflict"]),
])
def test_an_increment_meets_only_increments(run_cli, article_dir, first: str, second: str,
                                            kinds_found: list[str]) -> None:
    report = check(run_cli, article_dir, {"a.txt": first, "b.txt": second})
    assert kinds(report, "FC3") == kinds_found


@pytest.mark.parametrize(("first", "second", "kinds_found"), [
    ("The Bank of Canada had carried out 10 hikes between March 2022 and July 2023.",
     "La Banque du Canada avait procédé à 12 hausses entre mars 2022 et juillet 2023.", ["conflict"]),
    ("Aramco sold 3 billion shares to investors.", "Aramco a vendu 3 milliards d'actions aux investisseurs.",
     ["agreement"]),
    ("The spacecraft will make 44 flybys of the moon.", "La sonde effectuera 49 survols d'Europe.", ["conflict"]),
    # A unit of two words too ("foreign nationals").
    ("Among the passengers were 17 foreign nationals, including tourists.",
     "Parmi les passagers figuraient 15 étrangers, dont cinq Indiens.", ["conflict"]),
    ("In 1942 Egypt recorded some 1.5m cases of malaria.", "En 1942, l'Égypte avait recensé plus de 3 millions de cas.",
     ["conflict"]),
])
def test_things_counted_meet_across_languages_by_their_translations(run_cli, article_dir, first: str, second: str,
                                                                     kinds_found: list[str]) -> None:
    """A count of a thing no rule names is keyed by what it counts: "hikes" and "hausses" are one group of
    ``lexicon.translations``, and so one thing."""
    report = check(run_cli, article_dir, {"a.txt": first, "b.txt": second})
    assert kinds(report, "FC3") == kinds_found


def test_figures_for_two_different_years_are_two_facts(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {
        "a.txt": "Le déficit public de la France a atteint 5,8 % du PIB en 2024, selon l'Insee.",
        "b.txt": "Le plan prévoit de ramener le déficit public de la France à 4,6 % du PIB en 2026."})
    assert kinds(report, "FC3") == ["single_source", "single_source"]
    report = check(run_cli, article_dir, {
        "a.txt": "Le déficit public de la France a atteint 5,8 % du PIB en 2024, selon l'Insee.",
        "b.txt": "Pour Bercy, le trou budgétaire français représentait 5,4 % du PIB en 2024."})
    assert kinds(report, "FC3") == ["conflict"]
    # A year told relative to the article's date ("l'an dernier", "cette année") is a year too.
    report = check(run_cli, article_dir, {
        "a.txt": "Le déficit public de la France a atteint 5,5 % du PIB l'an dernier, loin des 4,9 % espérés.",
        "b.txt": "Le ministre assure que l'objectif d'un déficit public de la France ramené à 5,1 % cette année tient."})
    assert kinds(report, "FC3") == ["single_source", "single_source", "single_source"]
    # Months too: a figure for January is no reading of September's.
    report = check(run_cli, article_dir, {
        "a.txt": "Egypt's annual urban inflation stood at 29.8% in January 2024, the statistics agency said.",
        "b.txt": "L'inflation urbaine de l'Égypte avait culminé à un record de 38 % en septembre 2023."})
    assert kinds(report, "FC3") == ["single_source", "single_source"]
    report = check(run_cli, article_dir, {
        "a.txt": "Egypt's annual urban inflation stood at 29.8% in January 2024, the statistics agency said.",
        "b.txt": "L'inflation urbaine de l'Égypte atteignait 31,2 % en janvier 2024."})
    assert kinds(report, "FC3") == ["conflict"]


@pytest.mark.parametrize(("first", "second", "found"), [
    ("The group reported revenue of €44bn for the year, and it said that the results were better than it had hoped.",
     ("It will spend €30bn on new factories in the next decade, executives told investors at a meeting in the city. "
      "The plan is one of the largest of its kind, and it was welcomed by the unions."),
     ["single_source", "single_source"]),
    ("Mars agreed to buy Kellanova for $35.9bn in cash, the biggest snack deal ever, and it said the deal would close.",
     "The $36.9bn deal for Kellanova makes Mars the owner of Pringles, and it is the largest deal in the industry.",
     ["conflict"]),
], ids=["two-measures", "one-deal"])
def test_sums_of_money_in_one_language_meet_only_when_their_sentences_say_what_they_are_alike(
        run_cli, article_dir, first: str, second: str, found: list[str]) -> None:
    assert kinds(check(run_cli, article_dir, {"a.txt": first, "b.txt": second}), "FC3") == found


@pytest.mark.parametrize(("first", "second", "found"), [
    ("Regulators ordered the grounding of 171 aircraft on Saturday, the agency said in a statement.",
     "Alaska Airlines, which flies 65 of the jets, said its technicians had found loose bolts on some.",
     ["single_source", "single_source"]),
    ("Labour won 411 seats in the general election, a landslide for the party and its leader.",
     "The party now dominates the 650-seat House of Commons after the general election.",
     ["single_source", "single_source"]),
    ("The vote took place in the 650-seat House of Commons, which sat late into the night.",
     "The vote took place in the 600-seat House of Commons, which sat late into the night.", ["conflict"]),
], ids=["part-of-a-whole", "seats-won-and-a-chamber", "two-chambers"])
def test_a_part_and_a_size_are_no_count_of_the_whole(run_cli, article_dir, first: str, second: str,
                                                      found: list[str]) -> None:
    """"65 of the jets" counts some of the grounded, and "the 650-seat House" tells the chamber's size, no
    count of the seats a party won; two sizes of one chamber still meet."""
    assert kinds(check(run_cli, article_dir, {"a.txt": first, "b.txt": second}), "FC3") == found


@pytest.mark.parametrize("text", [
    "Le gouvernement a annoncé samedi 5 000 militaires de plus, ce qui portera à 7 500 le nombre de soldats déployés.",
    "The government sent 5,000 more soldiers on Saturday, bringing the number of troops deployed to 7,500.",
])
def test_a_count_phrase_apart_from_the_figure_says_what_it_counts(run_cli, article_dir, text: str) -> None:
    """"à 7 500 le nombre de soldats", "the number of troops deployed to 7,500": the total is a count of
    troops, which another article's "7 500 militaires" confirms."""
    report = check(run_cli, article_dir, {"a.txt": text, "b.txt": "Au total, 7 500 militaires sont mobilisés."})
    [agreement] = findings(report, "agreement", "FC302")
    assert texts_of(report, agreement) == sorted(["7 500 militaires", "7,500" if "7,500" in text else "7 500"])


@pytest.mark.parametrize(("text", "read"), [
    ("Le groupe Tata versera 10 millions de roupies (environ 100 000 euros) à chaque famille.",
     [("INR", "10000000"), ("EUR", "[90000, 110000]")]),
    ("The airline will pay Rs 25 lakh to each family, and the state ₹1 crore in all.",
     [("INR", "2500000"), ("INR", "10000000")]),
])
def test_rupees_and_their_scale_words_are_read(run_cli, article_dir, text: str, read: list[tuple[str, str]]) -> None:
    """A sum in rupees is no sum in the euros a bracket after it converts it to; a lakh is a hundred
    thousand, a crore ten million."""
    report = check(run_cli, article_dir, {"a.txt": text})
    assert [(claim["attribute"], claim["value"]) for claim in report["claims"] if claim["kind"] == "quantity"] == read


def test_people_on_board_meet_personnes_a_bord(run_cli, article_dir) -> None:
    """"242 people" and "224 personnes" count one thing, in two languages."""
    report = check(run_cli, article_dir, {
        "a.txt": "There were 242 people on board when Air India flight AI171 crashed on take-off.",
        "b.txt": "Il y avait 224 personnes à bord de l'avion d'Air India."})
    [conflict] = findings(report, "conflict", "FC301")
    assert conflict["message"] == ("Sources disagree on the figure for people: 242 people (a.txt); "
                                   "224 personnes (b.txt).")


def test_votes_abstentions_and_boats_are_counted_in_either_language(run_cli, article_dir) -> None:
    """"349 voted against him" counts votes as "394 ont voté contre" does; "116 abstained" meets "116 se sont
    abstenus"; "85 boats" and "94 bateaux" count one thing; "207 lui ont accordé" counts no "lui"."""
    report = check(run_cli, article_dir, {
        "a.txt": "Only 207 lawmakers backed the chancellor, while 349 voted against him and 116 abstained. "
                 "The athletes sailed on 85 boats.",
        "b.txt": "Sur les 717 députés, 207 lui ont accordé leur confiance, 394 ont voté contre et 116 se sont abstenus. "
                 "Les athlètes ont descendu la Seine à bord de 94 bateaux."})
    assert [finding["message"] for finding in findings(report, "conflict", "FC301")] == [
        "Sources disagree on the number of votes: 349 voted (a.txt); 394 ont voté (b.txt).",
        "Sources disagree on the number of boats: 85 boats (a.txt); 94 bateaux (b.txt)."]
    assert [finding["message"] for finding in findings(report, "agreement", "FC302")] == [
        "2 independent sources agree on the number of abstentions: 116 abstained (a.txt, b.txt)."]
    assert "lui" not in {claim["attribute"] for claim in report["claims"]}


def test_gendarmes_and_police_counted_together_are_police(run_cli, article_dir) -> None:
    """French reporting counts the two forces together: "3 000 gendarmes et policiers" are police officers."""
    report = check_languages(run_cli, article_dir,
                             ("fr", "Le gouvernement a envoyé 3 000 gendarmes et policiers en renfort en Nouvelle-Calédonie."),
                             ("en", "The government has sent 2,300 police officers and gendarmes to New Caledonia."))
    assert [finding["message"] for finding in findings(report, "conflict", "FC301")] == [
        ("Sources disagree on the number of police officers: 3 000 gendarmes et policiers (a.md); "
         "2,300 police officers (b.md).")]


def test_strikes_are_events_and_bishops_hold_titles(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {
        "a.txt": ("A one-day walkout called by the union brought 13 airports to a standstill on Monday, March 10, 2025. "
                  "The archbishop of Berlin, Heiner Koch, called for talks."),
        "b.txt": ("The strike action at 13 airports on Tuesday, March 11, 2025 grounded thousands of flights. "
                  "Heiner Koch, the auxiliary bishop of Berlin, called for talks.")})
    assert [(finding["rule"], finding["kind"]) for finding in findings(report, "conflict")] == [
        ("FC201", "conflict"), ("FC401", "conflict")]


def test_majorities_are_figures_and_police_chiefs_hold_titles(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {
        "a.txt": "Labour won 411 of the 650 seats, giving it a majority of 174. Tampa Mayor Jane Castor urged calm.",
        "b.txt": "Labour won a commanding majority of 172 on Thursday. Tampa Police Chief Jane Castor urged calm."})
    assert [finding["rule"] for finding in findings(report, "conflict")] == ["FC301", "FC401"]
    assert findings(report, "conflict", "FC301")[0]["message"] == (
        "Sources disagree on the size of the majority: 174 (a.txt); 172 (b.txt).")


def test_a_known_title_set_off_by_commas_needs_no_head_word_and_firefighters_count_alike(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {
        "a.txt": ("Le Premier ministre François Bayrou s'est rendu dans l'Aude mercredi, où 2 500 pompiers luttaient "
                  "contre le feu."),
        "b.txt": ("Le chef du gouvernement, François Bayrou, est venu mercredi, alors que 2 000 sapeurs-pompiers "
                  "restaient engagés sur le feu.")})
    assert [(finding["rule"], finding["subject"]) for finding in report["findings"]
            if finding["kind"] != "single_source"] == [
        ("FC301", "firefighters"), ("FC402", "François Bayrou")]


def test_the_end_of_a_strike_is_an_event_and_dockworkers_are_a_headcount(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {
        "a.txt": ("About 45,000 dockworkers walked off the job on 1 October 2024. The strike was called off on "
                  "3 October 2024 after a wage deal."),
        "b.txt": ("Roughly 45,000 longshoremen went on strike on 1 October 2024. The walkout ended on 4 October 2024, "
                  "when union leaders told members to return.")})
    assert [(finding["rule"], finding["kind"], finding["subject"]) for finding in report["findings"]] == [
        ("FC201", "conflict", "end"), ("FC202", "agreement", "strike"), ("FC302", "agreement", "employees")]


def test_a_day_before_a_month_is_no_figure_even_with_no_year_known(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {"a.txt": "CHOLET, 5 novembre (Wire Desk) - Michelin ferme deux usines."})
    assert [claim for claim in report["claims"] if claim["kind"] == "quantity"] == []


def test_years_in_sentences_about_different_things_are_two_facts(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {
        "a.txt": ("« On a appris ça comme ça, un mardi matin, après vingt-trois ans de boîte », a confié un opérateur "
                  "sur une ligne de cuisson, qui ne sait pas encore ce qu'il va faire de sa vie."),
        "b.txt": ("« Mon père a fait toute sa carrière chez Michelin, et moi j'y suis depuis quinze ans », dit une "
                  "ouvrière qui attend la suite avec une grande inquiétude pour sa famille.")})
    assert findings(report, "conflict") == []


def test_a_possessive_after_a_figure_is_whose_things_are_counted_not_what(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {
        "a.txt": "The wildfire destroyed 358 of the town's 1,113 structures, officials said.",
        "b.txt": "Officials now say the wildfire destroyed 385 structures in the town."})
    [conflict] = findings(report, "conflict", "FC301")
    assert conflict["subject"] == "buildings"
    assert "358" in conflict["message"] and "385 structures" in conflict["message"]


@pytest.mark.parametrize(("current", "former"), [
    ("EP Group owns 27.5% of International Distributions Services.", "EP Group owns 27.5% of Royal Mail plc."),
    ("Reform UK won five seats.", "The Brexit Party won five seats."),
])
def test_renames_from_public_reporting_are_known(run_cli, article_dir, current: str, former: str) -> None:
    report = check(run_cli, article_dir, {"a.txt": current, "b.txt": former})
    assert [finding["articles"][0] for finding in findings(report, "conflict", "FC101")] == ["a2"]


def test_a_french_body_renamed_after_the_story_began_is_known_by_its_new_name(run_cli, article_dir) -> None:
    files = {name: f"Plan social\n\nPublished: 2024-11-06\nSource: {outlet}\n\n{text}\n" for name, outlet, text in (
        ("a.txt", "Dépêche", "Les salariés seront accompagnés par France Travail dans les bassins d'emploi."),
        ("b.txt", "Courrier", "Les salariés seront accompagnés par Pôle emploi dans les bassins d'emploi."))}
    _, stdout, _ = run_cli(["check", article_dir(files), "--format", "json", "--no-cache"])
    [rename] = findings(json.loads(stdout), "conflict", "FC101")
    assert rename["articles"][0] == "a2" and "renamed from Pôle emploi on 1 January 2024" in rename["message"]


def test_protesters_coaches_and_a_deal_made_official_are_compared(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {
        "a.txt": ("Le Real Madrid a officialisé lundi 3 juin 2024 l'arrivée de Kylian Mbappé. Carlo Ancelotti, "
                  "entraîneur du Real Madrid, s'en est félicité. À Paris, 80 000 manifestants ont défilé."),
        "b.txt": ("Le Real Madrid a annoncé mardi 4 juin 2024 la signature de Kylian Mbappé. Carlo Ancelotti, "
                  "directeur sportif du Real Madrid, a salué un joueur unique. À Paris, 100 000 manifestants ont défilé.")})
    assert sorted((finding["rule"], finding["attribute"]) for finding in findings(report, "conflict")) == [
        ("FC201", "announcement date"), ("FC301", "protesters"), ("FC401", "title")]


def test_a_deadline_or_an_extension_without_a_year_is_the_coming_one(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {
        "a.txt": "The two sides pushed the deadline for a full contract to Jan. 15, officials said.",
        "b.txt": "The current contract has been extended to 15 January, when talks on automation resume."})
    [agreement] = findings(report, "agreement", "FC202")
    assert "2024-01-15" in agreement["message"]  # the articles are dated 2 August 2023


def dated_article(published: str, text: str) -> str:
    """Return a markdown article in English published on the given day."""
    return f"---\ntitle: Story\npublished: {published}\nlanguage: en\n---\n\n{text}\n"


@pytest.mark.parametrize(("later", "kind"), [
    ("The death toll from the earthquake has risen to 2,862, the interior ministry said.", []),
    ("The death toll from the earthquake stands at 1,950, the interior ministry said.", ["conflict"]),
])
def test_a_later_days_larger_toll_is_an_update_not_a_disagreement(run_cli, article_dir, later: str,
                                                                  kind: list[str]) -> None:
    """A toll only rises as it is updated (``rises`` in units.toml); a later article giving less disagrees."""
    folder = article_dir({
        "a.md": dated_article("2023-09-09", "The earthquake killed 2,012 people, the interior ministry said."),
        "b.md": dated_article("2023-09-12", later)})
    _, stdout, _ = run_cli(["check", folder, "--format", "json", "--no-cache"])
    assert [finding["kind"] for finding in json.loads(stdout)["findings"] if finding["rule"] == "FC301"] == kind


@pytest.mark.parametrize("later", ["Officials said 121 people were still unaccounted for.",
                                   "Officials said 182 people were still unaccounted for."])
def test_the_missing_are_a_count_updated_either_way(run_cli, article_dir, later: str) -> None:
    """More of the missing are reported, then found (``changes`` in units.toml): a later day's other figure is an
    update; the same day's is a disagreement."""
    earlier = "Officials said 159 people remained unaccounted for."
    folder = article_dir({"a.md": dated_article("2021-06-25", earlier), "b.md": dated_article("2021-07-05", later),
                          "c.md": dated_article("2021-06-25", "Officials said 150 people remained unaccounted for.")})
    _, stdout, _ = run_cli(["check", folder, "--format", "json", "--no-cache"])
    assert [(finding["kind"], finding["articles"]) for finding in json.loads(stdout)["findings"]
            if finding["rule"] == "FC301"] == [("conflict", ["a1", "a3"])]


def test_a_country_named_in_two_languages_is_one_context(run_cli, article_dir) -> None:
    """Applications are many; two dates of one meet around a word in common, "Sweden" and "la Suède" included."""
    folder = article_dir({
        "a.md": article("en", "Outlet A", "Helsinki submitted its application together with Sweden on May 18, 2022."),
        "b.md": article("fr", "Outlet B", "La demande d'adhésion avait été déposée le 17 mai 2022, conjointement avec "
                                          "la Suède.")})
    _, stdout, _ = run_cli(["check", folder, "--format", "json", "--no-cache"])
    assert kinds(json.loads(stdout), "FC20") == ["conflict"]


def test_a_prize_and_the_cheque_that_pays_it_are_one_sum(run_cli, article_dir) -> None:
    """Sums of money meet only around words in common; a cheque pays a prize ("lexicon.translations")."""
    folder = article_dir({"a.md": article("en", "Outlet A", "Alcaraz collects €2.55m in prize money in Paris."),
                          "b.md": article("fr", "Outlet B", "Le Murcien empoche un chèque de 2,65 millions d'euros.")})
    _, stdout, _ = run_cli(["check", folder, "--format", "json", "--no-cache"])
    assert kinds(json.loads(stdout), "FC30") == ["conflict"]


@pytest.mark.parametrize(("first", "second", "kind"), [
    ("Le haut-commissaire avait évoqué mercredi plus de 130 interpellations depuis le début des troubles.",
     "The police commissioner said on Thursday that more than 200 people had been arrested.", []),
    ("Le haut-commissaire avait évoqué jeudi plus de 200 interpellations depuis le début des troubles.",
     "The police commissioner said on Wednesday that more than 130 people had been arrested.", []),
    ("Le haut-commissaire a évoqué mercredi plus de 200 interpellations depuis le début des troubles.",
     "The police commissioner said on Thursday that more than 130 people had been arrested.", ["conflict"]),
], ids=["the-later-day-more", "the-later-day-more-written-first", "the-later-day-less"])
def test_a_running_count_is_of_the_day_its_sentence_names(run_cli, article_dir, first: str, second: str,
                                                          kind: list[str]) -> None:
    """Arrests are counted as they go on: "more than 200" said on Thursday updates Wednesday's "more than 130"."""
    folder = article_dir({"a.md": article("fr", "Outlet A", first), "b.md": article("en", "Outlet B", second)})
    _, stdout, _ = run_cli(["check", folder, "--format", "json", "--no-cache"])
    assert kinds(json.loads(stdout), "FC301") == kind


def test_a_toll_in_small_number_words_is_a_figure_and_other_small_counts_are_not(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {
        "a.txt": "Six people were killed when the bridge collapsed. The two sides met three times.",
        "b.txt": "Seven people were killed when the bridge collapsed. The four sides met twice."})
    assert [(claim["attribute"], claim["value"]) for claim in report["claims"] if claim["kind"] == "quantity"] == [
        ("deaths", "6"), ("deaths", "7")]
    [conflict] = findings(report, "conflict")
    assert conflict["rule"] == "FC301" and conflict["subject"] == "deaths"


@pytest.mark.parametrize(("first", "second", "conflicts"), [
    ("The vaccine must be stored at around minus 70 degrees Celsius, which complicates its distribution.",
     "The vaccine has to be kept at around minus 94 degrees Fahrenheit, in specialist freezers.", []),
    ("The vaccine must be stored at around minus 70 degrees Celsius, which complicates its distribution.",
     "The vaccine has to be kept at around minus 80 degrees Celsius, in specialist freezers.",
     [("Sources disagree on the temperature in degrees Celsius: 70 degrees Celsius (a.txt); "
       "80 degrees Celsius (b.txt).")]),
])
def test_temperatures_on_two_scales_never_meet(run_cli, article_dir, first: str, second: str,  # noqa: ANN001
                                               conflicts: list[str]) -> None:
    report = check(run_cli, article_dir, {"a.txt": first, "b.txt": second})
    assert [finding["message"] for finding in findings(report, "conflict")] == conflicts


def test_running_aground_dates_an_incident(run_cli, article_dir) -> None:  # noqa: ANN001
    report = check(run_cli, article_dir, {
        "a.txt": "The Ever Given ran aground in a sandstorm on Tuesday 23 March 2021, blocking the canal.",
        "b.txt": "Le porte-conteneurs Ever Given s'est échoué le 24 mars 2021 dans le canal de Suez."})
    assert [finding["message"] for finding in findings(report, "conflict")] == [
        "Sources disagree on the date of the incident: 2021-03-23 (a.txt); 2021-03-24 (b.txt)."]


@pytest.mark.parametrize(("text", "dated"), [
    ("Hungary's parliament ratified the accession on 27 February 2024 by 188 votes to 6.",
     [("approval", "2024-02-27")]),
    ("Trois jours plus tard, lundi 26 février 2024, le Parlement hongrois ratifiait enfin l'adhésion.",
     [("approval", "2024-02-26")]),
    ("Le vote décisif est finalement intervenu le 26 février 2024 au Parlement hongrois.", [("vote", "2024-02-26")]),
    ("Circle disclosed on 10 March 2023 that part of its reserves were held at the bank.",
     [("announcement", "2023-03-10")]),
    ("Carlos Tavares resigned as chief executive of Stellantis on 1 December 2024, the carmaker said.",
     [("resignation", "2024-12-01")]),
    ("Angela Rayner a démissionné le 5 septembre 2025 de ses fonctions de vice-Première ministre.",
     [("resignation", "2025-09-05")]),
    # The French narrative imperfect.
    ("Le 8 mars 2023, SVB Financial Group annonçait avoir cédé des titres à perte.", [("announcement", "2023-03-08")]),
    # An apposition between the subject and its verb.
    ("Jeudi 9 mars 2023 au soir, SVB Financial Group, la maison mère, annonçait avoir cédé des titres.",
     [("announcement", "2023-03-09")]),
    ("On 8 March 2023, SVB Financial Group, the bank's parent, announced a $2.25 billion share sale.",
     [("announcement", "2023-03-08")]),
    # A relative clause is no apposition: the signing is not dated on the Monday.
    ("On Monday 6 March 2023, the minister, who signed the deal, left for Brussels.", []),
    # Deliveries, funerals, results and awards; a verb saying only that something took place dates
    # the event its clause names, and "entretien" may be upkeep.
    ("Iberia took delivery of the jet at the Hamburg plant on 30 October 2024.", [("delivery", "2024-10-30")]),
    ("L'appareil, réceptionné le 25 octobre 2024 à Hambourg, compte 182 sièges.", [("delivery", "2024-10-25")]),
    ("A state funeral is to be held on Saturday 18 August 2018 at the exhibition centre.",
     [("funeral", "2018-08-18")]),
    ("The summit was held on 1 November 2023 at Bletchley Park.", [("meeting", "2023-11-01")]),
    ("The ceremony was held on 1 November 2023 at Bletchley Park.", [("ceremony", "2023-11-01")]),
    ("Réuni le 15 août 2018 à Gênes, le Conseil des ministres a décrété l'état d'urgence.",
     [("meeting", "2018-08-15")]),
    ("Le parquet a fait saisir le 16 août 2018 les documents relatifs à l'entretien du pont.", []),
    ("Lors de la publication de ses résultats annuels, le 1er février 2024, le groupe a fait état de ventes record.",
     [("results", "2024-02-01")]),
    ("Annie Ernaux was awarded the Nobel Prize in Literature on 6 October 2022.", [("award", "2022-10-06")]),
    ("A day of national mourning will be observed on Tuesday 20 July 2021.", [("mourning", "2021-07-20")]),
    ("Les élections législatives du 30 juin 2024 ont surpris.", [("vote", "2024-06-30")]),
    ("Renault said its chief executive would step down on 15 July 2025.", [("resignation", "2025-07-15")]),
    ("Son directeur général quittera ses fonctions le 30 juin 2025, selon le communiqué.",
     [("resignation", "2025-06-30")]),
    ("La première éruption de la série, le 17 avril 2024, avait contraint 800 personnes à partir.",
     [("incident", "2024-04-17")]),
    ("Le second tour du 7 juillet 2024 n'a dégagé aucune majorité.", [("runoff", "2024-07-07")]),
    ("The spacecraft lifted off on 15 February 2024 aboard a Falcon 9.", [("launch", "2024-02-15")]),
    ("Odysseus avait décollé le 14 février 2024 du centre spatial Kennedy.", [("launch", "2024-02-14")]),
    ("Le musée ouvrirait ses portes au grand public le 4 novembre 2025.", [("opening", "2025-11-04")]),
    ("The medicine prize went to Katalin Kariko; the chemistry prize follows on 4 October 2023.", []),
    ("Annie Ernaux s'est vu décerner le 5 octobre 2022 le prix Nobel de littérature.", [("award", "2022-10-05")]),
    # Bankruptcies, revelations, evacuations, demolitions, parades; a ruling in the pluperfect; a censure motion.
    ("Le gouvernement a été renversé le 4 décembre 2024 par une motion de censure.", [("vote", "2024-12-04")]),
    ("Northvolt filed for Chapter 11 protection in Houston on November 21, 2024.", [("bankruptcy", "2024-11-21")]),
    ("La note, révélée le 21 janvier 2025 par Le Parisien, alertait sur l'état du musée.",
     [("announcement", "2025-01-21")]),
    ("The village was evacuated on 19 May 2025 after geologists warned of a collapse.",
     [("evacuation", "2025-05-19")]),
    ("The fallen section was demolished on Thursday 12 September 2024 to clear the river.",
     [("demolition", "2024-09-12")]),
    ("A victory parade on The Mall is planned for Tuesday 29 July 2025.", [("parade", "2025-07-29")]),
    ("La Cour suprême avait tranché le 21 juillet 2024 en faveur des étudiants.", [("ruling", "2024-07-21")]),
    ("Le groupe a déposé le bilan le 12 mars 2025 à Stockholm.", [("bankruptcy", "2025-03-12")]),
    # A sports story's wins fall on several days: a win is no dated event of its own.
    ("Europe won the Ryder Cup 16½-11½ in Rome on Sunday 1 October 2023.", []),
    # The day of a plan given up dates nothing; the day it happened does.
    ("The launch had been scheduled for 18 December 2021. The telescope was launched on 25 December 2021.",
     [("launch", "2021-12-25")]),
    ("Le lancement avait été prévu le 18 décembre 2021 à Kourou.", []),
    # A denied verb dates nothing; a denial in another clause denies nothing.
    ("No statement was published on 20 November 2022.", []),
    ("Aucune déclaration de Bob Chapek n'avait été publiée le 20 novembre 2022.", []),
    ("The treaty wasn't signed on 3 May 2021.", []),
    ("The rocket, which no one expected, was launched on 25 December 2021.", [("launch", "2021-12-25")]),
    # A date after "since" bounds a time; it dates no event.
    ("Only two satellites have been launched from the pad since 3 March 2021.", []),
    # A central bank's decision on its rate; a state of emergency.
    ("The Federal Reserve cut interest rates by half a point on 18 September 2024, its first reduction since 2020.",
     [("rate-decision", "2024-09-18")]),
    ("La banque centrale a réduit son taux directeur le 17 septembre 2024.", [("rate-decision", "2024-09-17")]),
    ("Le président avait décrété le 7 février 2023 l'état d'urgence dans dix provinces.",
     [("emergency", "2023-02-07")]),
    ("Facebook and its apps were knocked offline for six hours on 4 October 2021.", [("incident", "2021-10-04")]),
    # A collapse, bodies recovered, the opening of a trial (not an opening gesture or day).
    ("Mark Rutte's fourth coalition collapsed on 7 July 2023 over asylum rules.", [("collapse", "2023-07-07")]),
    ("Sa quatrième coalition avait volé en éclats le 8 juillet 2023.", [("collapse", "2023-07-08")]),
    # A round named before the election it is of.
    ("Au second tour des législatives, le 7 juillet 2024, le Nouveau Front populaire est arrivé en tête.",
     [("runoff", "2024-07-07")]),
    # Heard by a committee (not "bien entendu"); a report handed in (not "par rapport à").
    ("Laurence des Cars appeared before the Senate's culture committee on 22 October 2025.",
     [("hearing", "2025-10-22")]),
    ("Entendue le mardi 21 octobre 2025 par la commission de la culture du Sénat, elle a reconnu un échec.",
     [("hearing", "2025-10-21")]),
    ("Bien entendu, le chiffre du lundi 20 octobre 2025 reste provisoire.", []),
    ("La commission d'enquête a rendu le mercredi 4 septembre 2024 son rapport final.",
     [("publication", "2024-09-04")]),
    # A birth, a monarch crowned, a prize awarded by the body giving it.
    ("Born Freda Josephine McDonald on 3 June 1906, she grew up poor in Missouri.", [("birth", "1906-06-03")]),
    ("Née le 3 juin 1906 à Saint-Louis, elle grandit dans une famille pauvre.", [("birth", "1906-06-03")]),
    ("Charles III a été couronné le samedi 6 mai 2023 à Westminster.", [("ceremony", "2023-05-06")]),
    ("On 9 October 2024 the Academy awarded the Nobel Prize in Chemistry to David Baker.",
     [("award", "2024-10-09")]),
    ("Le prix Nobel de chimie a été attribué le mercredi 9 octobre 2024 à David Baker.", [("award", "2024-10-09")]),
    # A stranded ship floated free; a district walked through.
    ("The Ever Given was finally pulled free at about 3pm on 29 March 2021.", [("refloating", "2021-03-29")]),
    ("L'Ever Given avait finalement été remis à flot le dimanche 28 mars 2021.", [("refloating", "2021-03-28")]),
    ("Emmanuel Macron avait arpenté le quartier dévasté de Gemmayzé le mercredi 5 août 2020.",
     [("visit", "2020-08-05")]),
    # Something planned cancelled (a launch scrubbed, its date set off after the subject), a plane landed.
    ("The final was cancelled on 3 June 2024 after the storm.", [("cancellation", "2024-06-03")]),
    ("The first attempt, on Monday 17 April 2023, was scrubbed after a valve froze.",
     [("cancellation", "2023-04-17")]),
    ("Les vols ont été annulés le mardi 4 juin 2024.", [("cancellation", "2024-06-04")]),
    ("The jet landed on Tuesday 31 December 2019 at Beirut's airport.", [("arrival", "2019-12-31")]),
    # One succeeding another takes office.
    ("Bernard Looney took over from Bob Dudley in February 2020.", [("taking-office", "2020-02")]),
    ("Il a fini par succéder à Bob Dudley en février 2020 au poste de directeur général.",
     [("taking-office", "2020-02")]),
    # A storm's landfall.
    ("Otis made landfall near Acapulco early on 25 October 2023.", [("landfall", "2023-10-25")]),
    ("Otis a touché terre le mercredi 25 octobre 2023, peu après minuit.", [("landfall", "2023-10-25")]),
    # A beginning told in the pluperfect.
    ("The submersible had begun its dive on Sunday 18 June 2023 from the support ship.", [("start", "2023-06-18")]),
    # A dam bursting, but not a crowd bursting into applause; a dam's failure named.
    ("The Nova Kakhovka dam burst in the early hours of 5 June 2023.", [("collapse", "2023-06-05")]),
    ("The dam was breached early on 6 June 2023.", [("collapse", "2023-06-06")]),
    ("La rupture des barrages, le 11 septembre 2023, a emporté des quartiers entiers.", [("collapse", "2023-09-11")]),
    ("The crowd burst into applause on 5 June 2023.", []),
    ("Divers pulled the bodies of two workers from a pickup truck on 28 March 2024.", [("recovery", "2024-03-28")]),
    ("Les plongeurs ont repêché mercredi 27 mars 2024 les corps de deux ouvriers.", [("recovery", "2024-03-27")]),
    ("Elle avait refusé le huis clos dès l'ouverture du procès, le 2 septembre 2024.", [("opening", "2024-09-02")]),
    ("Le chef du parti a multiplié le 23 novembre 2023 les gestes d'ouverture envers les autres partis.", []),
    # A participle after a determiner describes a noun; a timeline's date labels what follows its colon.
    (("On 28 November 2023 rescuers brought out the workers trapped in a collapsed tunnel in the Himalayan state "
      "of Uttarakhand, ending an operation that had been stalled by broken machinery and shifting rock."), []),
    ("Lundi 13 novembre 2023 : à l'aube, une portion de la voûte s'effondre près de l'entrée.",
     [("collapse", "2023-11-13")]),
    # Diplomatic relations broken off.
    ("Riyadh severed ties with Tehran on 4 January 2016 after its missions were attacked.", [("rupture", "2016-01-04")]),
    ("Riyad avait alors rompu ses relations avec la République islamique le 3 janvier 2016.",
     [("rupture", "2016-01-03")]),
    # A charge brought.
    ("The officer was charged with voluntary homicide on 29 June 2023.", [("charge", "2023-06-29")]),
    ("Le policier a été mis en examen le mercredi 28 juin 2023 pour homicide volontaire.", [("charge", "2023-06-28")]),
    # A death dated after the dead person's name set off by commas.
    ("Charles III est devenu roi à la mort de sa mère, Elizabeth II, le 8 septembre 2022, au terme d'un long règne.",
     [("death", "2022-09-08")]),
    ("The death of his father, Prince Philip, on 9 April 2021, shook the family.", [("death", "2021-04-09")]),
    # A journey begun on a day "when" (elided: "lorsqu'une") a rocket lifted off: the launch's date.
    ("Le voyage a commencé le 30 juillet 2020, lorsqu'une fusée Atlas V a décollé de Floride.",
     [("launch", "2020-07-30")]),
    # A pipeline restarted, an airliner lost at sea, a liquidation ordered by a court.
    ("Le réseau a redémarré le jeudi 13 mai 2021 après six jours d'arrêt.", [("reopening", "2021-05-13")]),
    ("Un 737 MAX 8 de Lion Air s'était abîmé en mer de Java le 28 octobre 2018.", [("incident", "2018-10-28")]),
    ("The High Court ordered the compulsory liquidation of the group on 23 September 2019.",
     [("bankruptcy", "2019-09-23")]),
    # A phrase that holds a trigger but names no such event.
    ("Facebook shares closed down 4.9% on Monday 4 October 2021.", []),
    ("Le groupe a créé la surprise le 20 novembre 2022 en rappelant son ancien patron.", []),
    ("A rockslide buried the rail line on 27 August 2023 in the Maurienne valley.", []),
    # One event's false friend ("closed to") hides no other's trigger ("closed to traffic").
    ("The tunnel closed to traffic on Monday 4 September 2023 for 15 weeks of work.", [("closure", "2023-09-04")]),
    ("The museum closed to visitors on 4 September 2023.", []),
    ("Les fonctions de régulateur et d'exploitant sont aujourd'hui réunies au sein de la CAAN.", []),
    # One person killed: their death. A toll of the killed dates the toll, not a death.
    ("Yahya Sinwar a été tué par l'armée israélienne mardi 15 octobre 2024 à Rafah.", [("death", "2024-10-15")]),
    ("Sinwar was killed in Rafah on Wednesday 16 October 2024.", [("death", "2024-10-16")]),
    ("The number of people killed by the earthquakes rose above 17,500 on Thursday 9 February 2023.", []),
    ("Twenty-two people had been killed across the country by Tuesday 25 June 2024.", []),
    # A poisoning; voters going to the polls; a prime minister taking the oath of office.
    ("He was poisoned with the nerve agent Novichok on 20 August 2020.", [("poisoning", "2020-08-20")]),
    ("About 19.5 million voters went to the polls on Saturday 13 January 2024.", [("vote", "2024-01-13")]),
    ("Tusk took the oath of office on Wednesday 13 December 2023.", [("taking-office", "2023-12-13")]),
    # A prize presented at a ceremony is the ceremony's date, no announcement's.
    ("The prize will be presented at a ceremony in Oslo on 10 December 2024.", [("ceremony", "2024-12-10")]),
    # An attack named in French, German or Spanish is an incident, as in English.
    ("L'attaque au couteau du 28 juillet 2024 à Southport a choqué le pays.", [("incident", "2024-07-28")]),
    # Walking out of prison is a release.
    ("He walked out of Belmarsh prison on the morning of Monday 24 June 2024.", [("release", "2024-06-24")]),
    ("Julian Assange avait quitté lundi 24 juin 2024 la prison de Belmarsh.", [("release", "2024-06-24")]),
    # A preparation is no schedule.
    ("Intuitive Machines is preparing to launch its own lander in February 2024.", []),
    ("Les ministres se sont réunis le 4 septembre 2023 à Bruxelles.", [("meeting", "2023-09-04")]),
    ("La centrale voisine de West Burton A a cessé ses activités le 31 mars 2023.", [("closure", "2023-03-31")]),
    # A closure dated by the day it has lasted since: the trigger holds the bound ("shut since").
    ("The airport has been shut since Saturday, 4 May 2024, when water swamped the runway.",
     [("closure", "2024-05-04")]),
    ("L'aéroport a suspendu tous ses vols le vendredi 3 mai 2024.", [("closure", "2024-05-03")]),
    ("The supervisory board signed off on the sale on Thursday 12 September 2024.", [("approval", "2024-09-12")]),
    ("Schools and roads remained closed on Saturday 4 May 2024 across the state.", [("closure", "2024-05-04")]),
    ("The acquisition closed on Saturday 4 May 2024.", [("completion", "2024-05-04")]),
    # A probe reaching where it goes; a party "arrivé en tête" came first.
    ("The probe will swing past Earth before arriving in April 2031.", [("arrival", "2031-04")]),
    ("Une fois arrivée en avril 2030, la sonde tournera autour de Jupiter.", [("arrival", "2030-04")]),
    ("Le PVV est arrivé largement en tête des élections organisées le mercredi 22 novembre 2023.",
     [("vote", "2023-11-22")]),
    ("The airport has stayed open since Saturday, 4 May 2024.", []),
    # A protest.
    ("On 4 July 2022, two activists glued themselves to the frame of The Hay Wain.", [("protest", "2022-07-04")]),
    ("Des milliers de personnes ont manifesté le samedi 3 juin 2023 à Paris.", [("protest", "2023-06-03")]),
    # A trial opened in French's feminine and plural; a draw's noun.
    ("Le procès s'est tenu lors d'audiences ouvertes le lundi 24 mars 2025.", [("opening", "2025-03-24")]),
    ("Les Spurs avaient remporté le 16 mai 2023 la loterie de la draft.", [("draw", "2023-05-16")]),
    # A verdict with the one judged inside its verb: a ruling, not an admission ("a reconnu").
    ("A jury found former officer Derek Chauvin guilty on 20 April 2021 of murder.", [("ruling", "2021-04-20")]),
    ("Le tribunal a reconnu Gérard Depardieu coupable le mardi 13 mai 2025 d'agressions sexuelles.",
     [("ruling", "2025-05-13")]),
    ("Le 13 mai 2025, le tribunal a reconnu l'acteur coupable d'agressions sexuelles.", [("ruling", "2025-05-13")]),
    ("Le ministre a reconnu le 13 mai 2025 une erreur de calcul.", [("admission", "2025-05-13")]),
    # A gap holds no clause's punctuation: the admission stands apart from a later "coupable".
    ("Le 13 mai 2025, il a reconnu les faits, se disant coupable.", [("admission", "2025-05-13")]),
    # A swearing-in, a law adopted, a rule taking effect, a prisoner freed (a report released is published).
    ("Claudia Sheinbaum will be sworn in on 1 October 2024.", [("taking-office", "2024-10-01")]),
    ("La loi avait été adoptée définitivement le 19 décembre 2023.", [("approval", "2023-12-19")]),
    ("The law was passed by Parliament on 20 December 2023.", [("approval", "2023-12-20")]),
    ("The Digital Markets Act takes effect on 7 March 2024.", [("entry-into-force", "2024-03-07")]),
    ("L'entrée en vigueur du texte est prévue le 1er janvier 2025.", [("entry-into-force", "2025-01-01")]),
    ("Il avait été libéré sous caution le 13 février 2023.", [("release", "2023-02-13")]),
    ("The report was released on 13 February 2023.", [("publication", "2023-02-13")]),
    # A French landing; a question asked is none.
    ("Deux avions militaires se sont posés le jeudi 20 janvier 2022 sur l'aéroport.", [("arrival", "2022-01-20")]),
    ("Le ministre s'est posé la question le jeudi 20 janvier 2022.", []),
    # A rating agency's decision, in its verbs, its nouns and a French verb holding the date.
    ("Moody's and Fitch both left their ratings unchanged on 26 April 2024.", [("rating-decision", "2024-04-26")]),
    ("S&P Global downgraded France's credit rating on Friday 31 May 2024.", [("rating-decision", "2024-05-31")]),
    ("Moody's, qui avait maintenu sa note Aa2 le 19 avril 2024, lui avait offert un répit.",
     [("rating-decision", "2024-04-19")]),
    ("S&P a abaissé vendredi 31 mai 2024 la note de la France à AA-.", [("rating-decision", "2024-05-31")]),
    # A text voted by a body is passed; a certificate granted is an approval.
    ("Le budget rectificatif a été voté par le Bundestag le 27 janvier 2022.", [("approval", "2022-01-27")]),
    ("The World Health Organization certified Egypt as malaria-free on Sunday 20 October 2024.",
     [("approval", "2024-10-20")]),
    ("L'OMS a certifié lundi 21 octobre 2024 que l'Égypte était exempte de paludisme.", [("approval", "2024-10-21")]),
    # French elections named by their adjective; a resignation handed in; a briefing.
    ("Il est privé de majorité depuis les législatives du 15 avril 2024.", [("vote", "2024-04-15")]),
    ("Le ministre de la Défense a présenté sa démission le mercredi 4 décembre 2024.",
     [("resignation", "2024-12-04")]),
    ("The defence minister tendered his resignation on Wednesday 4 December 2024.", [("resignation", "2024-12-04")]),
    ("It became clear at a briefing on Wednesday 24 January 2024, when the agency showed a photograph.",
     [("announcement", "2024-01-24")]),
    # One elected to an office, not by a general election's polling; an elected leader is none.
    ("Friedrich Merz a été élu chancelier par le Bundestag mardi 6 mai 2025.",
     [("election-to-office", "2025-05-06")]),
    ("On Monday 5 May 2025 the Bundestag elected Friedrich Merz chancellor.", [("election-to-office", "2025-05-05")]),
    (("In 2018 she became only the second elected world leader to give birth while in office, and the first to "
      "bring her baby to the floor of the United Nations General Assembly."), [("birth", "2018")]),
    # An earthquake struck, in French too; a quake-hit area is no incident.
    ("Le séisme qui a frappé le centre de la Birmanie vendredi 28 mars 2025 a fait 1 644 morts.",
     [("incident", "2025-03-28")]),
    ("The earthquake of 28 March 2025 flattened whole streets of Mandalay.", [("incident", "2025-03-28")]),
    ("Rebels announced a pause in fighting in quake-hit areas from Sunday 30 March 2025.",
     [("announcement", "2025-03-30")]),
    # A later date past another clause's words is not the event's that an earlier date holds; dates a
    # conjunction joins, or a span, are.
    ("The quake that struck on Friday 28 March 2025 killed people who were counted on Saturday 29 March 2025.",
     [("incident", "2025-03-28")]),
    ("The ministers met on Monday 3 March 2025 and again on Friday 7 March 2025.",
     [("meeting", "2025-03-03"), ("meeting", "2025-03-07")]),
    ("Le tribunal a condamné mardi 13 mai 2025 Gérard Depardieu pour des faits commis en 2021.",
     [("ruling", "2025-05-13")]),
    # A day of state mourning.
    ("Yunus declared a day of state mourning on Tuesday 22 July 2025.", [("mourning", "2025-07-22")]),
    # Gunmen who open fire open nothing: an attack.
    ("Le mardi 22 avril 2025, des hommes armés ont ouvert le feu sur des touristes.", [("incident", "2025-04-22")]),
    # Results published; voters who voted early approved nothing.
    ("Selon les résultats définitifs publiés mardi 29 avril 2025, les libéraux ont obtenu 169 sièges.",
     [("publication", "2025-04-29")]),
    ("Plus d'un tiers des électeurs avaient voté par anticipation le 30 mai 2025.", []),
    # A countdown halted; one reappointed.
    ("Une première tentative, mardi 14 janvier 2025, avait été interrompue en cours de chronologie.",
     [("end", "2025-01-14")]),
    ("Emmanuel Macron reappointed Sébastien Lecornu as prime minister on Friday 10 October 2025.",
     [("appointment", "2025-10-10")]),
    # A denied verb dates nothing, not even a noun of its clause; a noun's own date stays its own.
    ("La date de la messe d'inauguration n'avait pas encore été annoncée jeudi 8 mai 2025.", []),
    ("No one has been found alive since the collapse on 24 June 2021.", [("collapse", "2021-06-24")]),
])
def test_events_of_their_own_are_dated(run_cli, article_dir, text: str,  # noqa: ANN001
                                       dated: list[tuple[str, str]]) -> None:
    report = check(run_cli, article_dir, {"a.txt": text})
    assert dated_claims(report) == dated


@pytest.mark.parametrize(("texts", "messages"), [
    # The wire dates two approvals; the other articles one each: only the Hungarian one is disputed.
    ({"a.txt": ("Turkey's parliament approved the bid in January 2024. Hungary's parliament approved it on "
                "27 February 2024, the last of the allies to do so."),
      "b.txt": "Le Parlement hongrois a approuvé l'adhésion le 26 février 2024, après des mois d'attente.",
      "c.txt": "Turkey's parliament approved the bid on 23 January 2024, after twenty months of delay."},
     ["Sources disagree on the date of the approval: 2024-02-27 (a.txt); 2024-02-26 (b.txt)."]),
    # A third source tells two figures apart: the wire gives the separation (27 minutes) and the first
    # signal (20 minutes), the others one each, which are no disagreement.
    ({"a.txt": ("The probe separated from the rocket some 27 minutes after liftoff, and the ground station picked "
                "up its first signal roughly 20 minutes later."),
      "b.txt": "Il a fallu patienter encore une vingtaine de minutes avant que l'antenne ne capte son signal.",
      "c.txt": "The rocket released the spacecraft 27 minutes later, and the antenna then picked up its signal."},
     []),
    # A nearer value that can be no fact of the first's disputes nothing: the wire's net profit is not
    # the orders the other article gives, which still dispute the wire's bids.
    ({"a.txt": ("Bids for the offering totalled $119bn, the lead manager said. The group made a net profit of "
                "$111.1bn last year."),
      "b.txt": ("La demande a été forte : les ordres d'achat ont atteint 106 milliards de dollars pour cette "
                "opération, qui est la plus grande jamais réalisée.")},
     [("Sources disagree on the sum in dollars: $119bn (a.txt citing the lead manager); "
       "106 milliards de dollars (b.txt).")]),
], ids=["nearer-of-two-dates", "third-source", "nearer-of-another-fact"])
def test_a_value_disputes_only_the_nearer_of_two_values_a_source_tells_apart(  # noqa: ANN001
        run_cli, article_dir, texts: dict[str, str], messages: list[str]) -> None:
    report = check(run_cli, article_dir, texts)
    assert [finding["message"] for finding in findings(report, "conflict")] == messages


def test_a_nurse_named_two_ways_may_be_one_person(run_cli, article_dir) -> None:  # noqa: ANN001
    report = check(run_cli, article_dir, {
        "a.txt": "It was administered by nurse Mary Parsons, who is originally from the Philippines.",
        "b.txt": "She was vaccinated by May Parsons, a matron who came to Britain from the Philippines."})
    assert [finding["message"].split(";")[0] for finding in findings(report, "conflict", "FC102")] == [
        "Mary Parsons (a.txt) and May Parsons (b.txt) may be one person whose name is spelt two ways (96% alike)"]


@pytest.mark.parametrize(("first", "second", "unit", "message"), [
    # A French round collective is about its number: sixty is not eighty, twenty is twenty-one.
    ("Le consortium réunit des chercheurs issus d'une soixantaine d'instituts à travers le monde.",
     "Le consortium réunit des chercheurs issus de 80 instituts à travers le monde.", "institut",
     "Sources disagree on the figure for institut: une soixantaine d'instituts (a.txt); 80 instituts (b.txt)."),
    ("Une vingtaine de personnes ont été blessées dans l'explosion du dépôt.",
     "Au total, 21 personnes ont été blessées dans l'explosion du dépôt.", "injured",
     ("2 independent sources agree on the number injured: Une vingtaine de personnes ont été blessées / "
      "21 personnes ont été blessées (a.txt, b.txt).")),
    # A ship's crew counted in two languages.
    ("Ses 25 membres d'équipage, tous indiens, sont restés à bord du porte-conteneurs.",
     "Its 21 Indian crew members stayed on board the container ship, its manager said.", "crew",
     "Sources disagree on the number of crew: 25 membres d'équipage (a.txt); 21 Indian crew members (b.txt)."),
    # Miles are read in kilometres, feet in metres.
    ("The helicopter covered more than 10.5 miles in its 72 flights on Mars.",
     "L'hélicoptère a parcouru plus de 17 kilomètres au cours de ses 72 vols sur Mars.", "km",
     ("2 independent sources agree on the distance in kilometres: more than 10.5 miles / plus de 17 kilomètres "
      "(a.txt, b.txt).")),
    ("The helicopter covered more than 10.5 miles in its 72 flights on Mars.",
     "L'hélicoptère a parcouru environ 11 kilomètres au cours de ses 72 vols sur Mars.", "km",
     "Sources disagree on the distance in kilometres: more than 10.5 miles (a.txt); environ 11 kilomètres (b.txt)."),
    # Life terms handed down.
    ("Letby was handed 14 life sentences by the judge.", "Letby a été condamnée à 15 peines de perpétuité réelle.",
     "life-sentences",
     "Sources disagree on the number of life sentences: 14 life sentences (a.txt); 15 peines de perpétuité (b.txt)."),
    # Australian dollars and yuan are currencies of their own; spending is a cost.
    ("Canberra tore up a A$90bn contract with Naval Group.",
     "Canberra a déchiré un contrat de 90 milliards de dollars australiens avec Naval Group.", "AUD",
     "2 independent sources agree on the sum in Australian dollars: A$90bn (a.txt, b.txt)."),
    ("Official estimates put the cost at up to A$368bn through 2055.",
     "Le gouvernement évalue la dépense totale à jusqu'à 386 milliards de dollars australiens.", "AUD",
     ("Sources disagree on the sum in Australian dollars: up to A$368bn (a.txt); jusqu'à 386 milliards de dollars "
      "australiens (b.txt).")),
    ("Evergrande reported total liabilities of 2.39 trillion yuan in June.",
     "Evergrande affichait en juin un passif total de 2 580 milliards de yuans.", "CNY",
     "Sources disagree on the sum in yuan: 2.39 trillion yuan (a.txt); 2 580 milliards de yuans (b.txt)."),
    # A figure converted into another system's unit is rounded: 1,340 km are 832.6 miles.
    ("Finland shares a 1,340-km frontier with Russia.",
     "Russia now has 830 miles more of NATO frontier to watch.", "km",
     "2 independent sources agree on the distance in kilometres: 1,340-km / 830 miles (a.txt, b.txt)."),
    ("Finland shares a 1,340-km frontier with Russia.",
     "Russia now has 850 miles more of NATO frontier to watch.", "km",
     "Sources disagree on the distance in kilometres: 1,340-km (a.txt); 850 miles (b.txt)."),
    ("The winning Ferrari covered 341 laps of the circuit.", "La Ferrari victorieuse a bouclé 342 tours du circuit.",
     "laps", "Sources disagree on the number of laps: 341 laps (a.txt); 342 tours (b.txt)."),
    ("Pollard kicked the longest of his penalties from nearly 54 yards.",
     "Pollard a réussi la plus longue de ses pénalités à 49 mètres des poteaux.", "metres",
     "2 independent sources agree on the distance in metres: nearly 54 yards / 49 mètres (a.txt, b.txt)."),
    ("The debris lay about 1,600 feet from the bow of the wreck.",
     "Les débris gisaient à quelque 500 mètres de la proue de l'épave.", "metres",
     "2 independent sources agree on the distance in metres: about 1,600 feet / quelque 500 mètres (a.txt, b.txt)."),
    # Areas, speeds and crowns, each in the unit its kind is read in; a converted figure is rounded to
    # its last digit, so it meets the figure it was converted from.
    ("Its solar panels cover 85 square metres (915 sq ft), the largest array of any probe.",
     "Ses panneaux solaires de 97 m² sont les plus grands jamais installés sur une sonde.", "square-metres",
     "Sources disagree on the area in square metres: 85 square metres / 915 sq ft (a.txt); 97 m² (b.txt)."),
    ("The fire burned through 1,200 hectares of forest near the town.",
     "The blaze consumed some 2,965 acres of forest near the town.", "square-km",
     ("2 independent sources agree on the area in square kilometres: 1,200 hectares / some 2,965 acres "
      "(a.txt, b.txt).")),
    ("Gusts of 207km/h (129mph) were recorded at the Pointe du Raz.",
     "Des rafales de 217 km/h ont été mesurées à la pointe du Raz.", "km/h",
     "Sources disagree on the speed in kilometres an hour: 207km/h / 129mph (a.txt); 217 km/h (b.txt)."),
    ("The Nobel prize is worth 11 million Swedish crowns this year.",
     "Le prix Nobel est doté de 10 millions de couronnes suédoises cette année.", "crowns",
     ("Sources disagree on the sum in crowns: 11 million Swedish crowns (a.txt); 10 millions de couronnes "
      "suédoises (b.txt).")),
    # Rain in millimetres and in litres per square metre; abstentions and unions in two languages.
    ("Jalhay recorded 271 mm of rain in 48 hours, the weather service said.",
     "À Jalhay, il est tombé 271 litres par mètre carré de pluie en 48 heures.", "millimetres",
     "2 independent sources agree on the measure in millimetres: 271 mm (a.txt, b.txt)."),
    ("The Commission was approved by 370 votes, with 36 abstaining.",
     "La Commission a été approuvée par 370 voix et 36 abstentions.", "abstentions",
     "2 independent sources agree on the number of abstentions: 36 abstaining (a.txt, b.txt)."),
    ("Rengo's first tally, based on replies from 771 unions, showed a 5.28% rise.",
     "Le premier décompte de Rengo, fondé sur les réponses de 717 syndicats, montre une hausse de 5,28 %.",
     "unions", "Sources disagree on the number of unions: 771 unions (a.txt); 717 syndicats (b.txt)."),
    ("Five of the capsule's 24 maneuvering thrusters failed on approach to the station.",
     "Cinq des 28 propulseurs de la capsule sont tombés en panne à l'approche de la station.", "thrusters",
     ("Sources disagree on the number of thrusters: 24 maneuvering thrusters (a.txt); 28 propulseurs "
      "(b.txt).")),
    # A count joined to its unit by a hyphen; a count before a maker's name and a model.
    ("Liverpool stretched their unbeaten league run to a 64-game streak on Saturday.",
     "Liverpool ont porté leur série d'invincibilité en championnat à 62 matchs samedi.", "matches",
     "Sources disagree on the number of matches: 64-game (a.txt); 62 matchs (b.txt)."),
    # Witnesses and police officers, counted in two languages.
    ("Over the course of the trial, jurors heard from 22 witnesses.",
     "Pendant sept semaines, les jurés ont entendu 26 témoins.", "witnesses",
     "Sources disagree on the number of witnesses: 22 witnesses (a.txt); 26 témoins (b.txt)."),
    ("The force deployed 9,500 police officers on the day of the coronation.",
     "Pour le couronnement, 11 500 policiers avaient été mobilisés.", "police",
     "Sources disagree on the number of police officers: 9,500 police officers (a.txt); 11 500 policiers (b.txt)."),
    # A sum paid to a body named just before it.
    ("Adobe will pay Figma a $1bn termination fee.", "Adobe va devoir verser à Figma 1,5 milliard de dollars.", "USD",
     "Sources disagree on the sum in dollars: $1bn (a.txt); 1,5 milliard de dollars (b.txt)."),
    ("The regulator grounded 171 Boeing 737 MAX 9 planes after the blowout.",
     "Le régulateur a cloué au sol 117 avions Boeing 737 MAX 9 après l'accident.", "aircraft",
     "Sources disagree on the number of aircraft: 171 Boeing 737 MAX 9 planes (a.txt); 117 avions (b.txt)."),
])
def test_collectives_crews_and_lengths_meet_across_languages(run_cli, article_dir, first: str,  # noqa: ANN001
                                                             second: str, unit: str, message: str) -> None:
    report = check(run_cli, article_dir, {"a.txt": first, "b.txt": second})
    assert [finding["message"] for finding in report["findings"]
            if finding["rule"] in ("FC301", "FC302") and finding["attribute"] == unit] == [message]


@pytest.mark.parametrize(("first", "second", "kind"), [
    # The body a title is held at, named before it in capitals, is no other title.
    ("Teddy Tzanetos, the Ingenuity project manager, said the team was proud.",
     "Teddy Tzanetos, project manager, said the team was proud.", "agreement"),
    ("Teddy Tzanetos, the deputy project manager, said the team was proud.",
     "Teddy Tzanetos, project manager, said the team was proud.", "conflict"),
    # A board's senior independent director in French and English.
    ("« Des divergences sont apparues », a expliqué Henri de Castries, administrateur référent indépendant du groupe.",
     "Henri de Castries, the senior independent director, said different views had emerged.", "agreement"),
    # "Chancellor" alone is a German chancellor as well as Britain's finance minister.
    ("German Chancellor Olaf Scholz had urged the Commission to keep talking.",
     "Germany's no was cast on the instructions of Chancellor Olaf Scholz.", "agreement"),
    ("Chancellor Rachel Reeves presented the budget on Wednesday.",
     "La ministre des Finances Rachel Reeves a présenté le budget mercredi.", "agreement"),
    ("Chinese Commerce Minister Wang Wentao had flown to Brussels in September.",
     "Le ministre chinois du Commerce, Wang Wentao, s'était rendu à Bruxelles en septembre.", "agreement"),
    # A word of tenure before a title; an American county's attorney prosecutes, and is no attorney
    # general; a lawyer in two languages.
    ("Dominic LeBlanc, the new international trade minister, will lead talks.",
     "Le ministre des Finances, Dominic LeBlanc, mènera les discussions.", "conflict"),
    ("The prosecution, led by Hennepin County Attorney Keith Ellison, built a case.",
     "Minnesota Attorney General Keith Ellison said the verdict was a first step.", "conflict"),
    ("His attorney, Eric Nelson, asked for a new trial.", "Son avocat, Eric Nelson, a demandé un nouveau procès.",
     "agreement"),
    # A judge in English and French; a judge is no prosecutor.
    ("Judge Peter Cahill read the verdict.", "Le juge Peter Cahill a lu le verdict.", "agreement"),
    ("Judge Peter Cahill read the verdict.", "Le procureur Peter Cahill a lu le verdict.", "conflict"),
])
def test_titles_with_a_body_named_before_or_in_two_languages(run_cli, article_dir, first: str,  # noqa: ANN001
                                                             second: str, kind: str) -> None:
    report = check(run_cli, article_dir, {"a.txt": first, "b.txt": second})
    assert [finding["kind"] for finding in report["findings"] if finding["rule"] in ("FC401", "FC402")] == [kind]


def test_a_rank_is_compared_only_with_ranks(run_cli, article_dir) -> None:
    """A cardinal's or an officer's rank is held beside an office: the offices two articles give disagree
    whatever rank they add, and the ranks are a fact of their own."""
    report = check(run_cli, article_dir, {
        "a.txt": "C'est le cardinal camerlingue Dominique Mamberti qui est apparu à la loggia centrale.",
        "b.txt": "Cardinal Dominique Mamberti, the protodeacon, stepped onto the central loggia.",
        "c.txt": "Rear Admiral John Mauger, commander of the district, told reporters the search went on.",
        "d.txt": "« Les recherches continuent », a déclaré le vice-amiral John Mauger, commandant du district."})
    assert [finding["message"] for finding in report["findings"] if finding["rule"] in ("FC401", "FC402", "FC403")] == [
        "Sources disagree on the title of Dominique Mamberti: Camerlengo (a.txt); Protodeacon (b.txt).",
        "Sources disagree on the rank of John Mauger: Rear Admiral (c.txt); Vice Admiral (d.txt).",
        "2 independent sources agree on the title of John Mauger: Commander (c.txt, d.txt).",
        "Only b.txt states the rank of Dominique Mamberti: Cardinal; no other source confirms it."]


@pytest.mark.parametrize(("first", "second", "found"), [
    ("The airline announced on Saturday 14 June 2025 an interim payment to each bereaved family.",
     "Investigators announced on Friday 13 June 2025 that they had recovered the flight data recorder.", []),
    ("The airline announced on Saturday 14 June 2025 an interim payment to each bereaved family.",
     "The airline announced on Friday 13 June 2025 an interim payment to each bereaved family.", ["conflict"]),
    # Two central banks' decisions in one week; one bank's decision dated two ways.
    ("The European Central Bank cut interest rates on 12 September 2024 as inflation eased in the euro zone.",
     "The Federal Reserve cut interest rates on 18 September 2024 to shield a cooling labour market.", []),
    ("The Federal Reserve cut interest rates on 17 September 2024 to shield a cooling labour market.",
     "The Federal Reserve cut interest rates on 18 September 2024 to shield a cooling labour market.", ["conflict"]),
    # A mission's relay satellite and its probe are launched on other days; one probe's launch dated two ways.
    ("Controllers spoke to the lander through Queqiao-2, a relay satellite launched on 28 April 2024.",
     "A Long March 5 rocket launched the Chang'e-6 probe from Wenchang on 3 May 2024.", []),
    ("A Long March 5 rocket launched the Chang'e-6 probe from Wenchang on 3 May 2024.",
     "The Chang'e-6 probe was launched on 5 May 2024 from the island of Hainan.", ["conflict"]),
    # A regulator's findings and a firm's results are two things published; one report dated two ways.
    ("The regulator published provisional findings on 28 November 2023 saying the merger could harm innovation.",
     "The software maker published strong quarterly results on 13 December 2023.", []),
    ("The regulator published provisional findings on 28 November 2023 saying the merger could harm innovation.",
     "The regulator published provisional findings on 29 November 2023 on the merger.", ["conflict"]),
], ids=["two-announcements", "one-announcement", "two-rate-decisions", "one-rate-decision", "two-launches",
        "one-launch", "two-publications", "one-publication"])
def test_dates_of_many_events_meet_only_when_their_sentences_share_a_word(run_cli, article_dir, first: str,
                                                                          second: str, found: list[str]) -> None:
    folder = article_dir({
        "a.md": article("en", "Outlet A", first),
        "b.md": article("en", "Outlet B", second)})
    _, stdout, _ = run_cli(["check", folder, "--format", "json", "--no-cache"])
    assert [finding["kind"] for finding in json.loads(stdout)["findings"] if finding["rule"] == "FC201"] == found




@pytest.mark.parametrize(("first", "second"), [
    # A deal as two outlets name it, "le rachat" and "l'opération".
    (("fr", "Annoncé le 15 septembre 2022, le rachat avait d'emblée inquiété les spécialistes."),
     ("fr", "Dévoilée le 14 septembre 2022, l'opération avait surpris par son montant.")),
    # Talks confirmed, as two languages name them.
    (("fr", "LVMH avait confirmé le lundi 28 octobre 2019 avoir engagé des discussions préliminaires."),
     ("en", "The group confirmed on 30 October 2019 that it was in talks.")),
    # A unit's word ("Euro" is a currency's too) is context around a date.
    (("fr", "Sa décision de mettre un terme à sa carrière après l'Euro 2024 a été annoncée le 21 mai 2024."),
     ("en", "Kroos announced on 23 May 2024 that he would retire after Euro 2024.")),
    # A king's mother's death: "his mother's" is about a mother.
    (("fr", "Charles III est devenu roi à la mort de sa mère le 8 septembre 2022."),
     ("en", "The King has reigned since his mother's death on 9 September 2022.")),
])
def test_dates_meet_around_a_word_of_one_group_or_a_unit(run_cli, article_dir, first: tuple[str, str],  # noqa: ANN001
                                                         second: tuple[str, str]) -> None:
    folder = article_dir({"a.md": article(first[0], "Outlet A", first[1]),
                          "b.md": article(second[0], "Outlet B", second[1])})
    _, stdout, _ = run_cli(["check", folder, "--format", "json", "--no-cache"])
    assert [finding["kind"] for finding in json.loads(stdout)["findings"] if finding["rule"] == "FC201"] == [
        "conflict"]


def test_accounts_are_no_company(run_cli, article_dir) -> None:
    """"comptes" and "company" share their first letters, not their meaning."""
    folder = article_dir({
        "a.md": article("en", "Outlet A", "The company was last valued at $10bn in a funding round."),
        "b.md": article("fr", "Outlet B", "Adobe avait publié des comptes solides, avec 5,05 milliards de dollars.")})
    _, stdout, _ = run_cli(["check", folder, "--format", "json", "--no-cache"])
    assert kinds(json.loads(stdout), "FC3") == ["single_source", "single_source"]


def test_two_words_of_one_translation_group_are_shared_context_in_one_language(run_cli, article_dir) -> None:
    folder = article_dir({
        "a.md": article("en", "Outlet A", "Germany had promised €9.7bn in state aid under a deal struck in "
                                          "the summer of that year."),
        "b.md": article("en", "Outlet B", "The federal government agreed to contribute 9.9 billion euros in "
                                          "subsidies, up from an initial offer.")})
    _, stdout, _ = run_cli(["check", folder, "--format", "json", "--no-cache"])
    assert [finding["kind"] for finding in json.loads(stdout)["findings"] if finding["rule"].startswith("FC3")] == [
        "conflict"]


@pytest.mark.parametrize(("first", "second", "rule", "message"), [
    ("Stephan Kuehn, Dresden's deputy mayor for urban development, said the bridge would be demolished.",
     "Le maire de Dresde, Stephan Kühn, a annoncé la démolition du pont.", "FC401",
     "Sources disagree on the title of Stephan Kuehn: deputy mayor for urban development (a.txt); Mayor (b.txt)."),
    ("Dresden's building mayor Stephan Kühn, 52, said the bridge would be demolished.",
     "The city's building chief Stephan Kuehn, 53, told reporters the bridge must come down.", "FC301",
     "Sources disagree on the age (Stephan Kühn): Stephan Kühn, 52 (a.txt); Stephan Kuehn, 53 (b.txt)."),
], ids=["title", "age"])
def test_a_name_with_its_umlaut_written_out_is_one_person(run_cli, article_dir, first: str, second: str, rule: str,
                                                          message: str) -> None:
    report = check(run_cli, article_dir, {"a.txt": first, "b.txt": second})
    assert [finding["message"] for finding in report["findings"] if finding["rule"] == rule] == [message]


def test_buildings_and_orders_meet_across_their_words(run_cli, article_dir) -> None:
    folder = article_dir({
        "a.md": article("en", "Outlet A", "The fire destroyed or damaged 2,207 structures. First-quarter bookings "
                                          "came to €3.6 billion, the company said."),
        "b.md": article("en", "Outlet B", "The fire destroyed or damaged 2,027 buildings. New orders fell to €3.9 "
                                          "billion in the first quarter.")})
    _, stdout, _ = run_cli(["check", folder, "--format", "json", "--no-cache"])
    assert [(finding["kind"], finding["attribute"]) for finding in json.loads(stdout)["findings"]
            if finding["rule"].startswith("FC3")] == [("conflict", "buildings"), ("conflict", "EUR")]


@pytest.mark.parametrize(("english", "french", "found"), [
    ("About 6,800 athletes sailed down the Seine.", "Quelque 6 800 athlètes ont descendu la Seine.", "agreement"),
    ("The laser delivered 2.05 megajoules to the target.", "Le laser a délivré 2,05 mégajoules à la cible.",
     "agreement"),
    ("About 6,800 athletes sailed down the Seine.", "Quelque 8 600 athlètes ont descendu la Seine.", "conflict"),
], ids=["athletes", "megajoules", "athletes-disagree"])
def test_a_count_no_rule_names_meets_its_noun_written_with_accents(run_cli, article_dir, english: str, french: str,
                                                                  found: str) -> None:
    """A noun one language writes with an accent and another without counts one thing."""
    report = check_languages(run_cli, article_dir, ("en", english), ("fr", french))
    assert kinds(report, "FC3") == [found]


@pytest.mark.parametrize(("first", "second", "found"), [
    ("Les États soutiendront les opérations du lanceur à hauteur de 340 millions d'euros par an au maximum.",
     "Member states agreed to fund the rocket's operations with up to €430m a year.", "conflict"),
    ("Les États soutiendront les opérations du lanceur à hauteur de 340 millions d'euros par an au maximum.",
     "Member states agreed to fund the rocket's operations with €300m a year.", "agreement"),
    ("Au total, 10 000 personnes au moins ont été évacuées mardi.", "In all, 12,000 people were evacuated on Tuesday.",
     "agreement"),
], ids=["two-caps", "a-figure-under-a-cap", "a-figure-over-a-floor"])
def test_a_cap_or_a_floor_may_follow_the_figure_and_its_unit(run_cli, article_dir, first: str, second: str,
                                                            found: str) -> None:
    """"340 millions d'euros par an au maximum" is a cap, as "up to €430m a year" is: two caps on one
    figure disagree when their maxima do, while a figure under a cap fits it."""
    report = check_languages(run_cli, article_dir, ("fr", first), ("en", second))
    assert kinds(report, "FC3") == [found]


@pytest.mark.parametrize(("text", "value"), [("The 15% minimum tax applies in 140 countries.", "15"),
                                             ("The party won 51% at most polling stations.", "51")])
def test_words_after_a_figure_that_name_something_else_make_no_cap(run_cli, article_dir, text: str,
                                                                   value: str) -> None:
    report = check(run_cli, article_dir, {"a.txt": text})
    assert [claim["value"] for claim in report["claims"] if claim["attribute"] == "percent"] == [value]


@pytest.mark.parametrize(("english", "french", "found"), [
    ("The reservoir held about 18 cubic kilometres of water.", "Le réservoir contenait 18 milliards de mètres cubes.",
     "agreement"),
    ("The reservoir held about 18 cubic kilometres of water.", "Le réservoir contenait quelque 14 kilomètres cubes.",
     "conflict"),
], ids=["cubic-kilometres-in-cubic-metres", "two-volumes"])
def test_volumes_meet_in_cubic_metres(run_cli, article_dir, english: str, french: str, found: str) -> None:
    report = check_languages(run_cli, article_dir, ("en", english), ("fr", french))
    assert kinds(report, "FC3") == [found]


def test_a_prosecutor_general_is_a_procureur_general(run_cli, article_dir) -> None:
    report = check_languages(run_cli, article_dir,
                             ("en", "Prosecutor General Andriy Kostin said about 16,000 people lived in the zone."),
                             ("fr", "Le procureur général Andriy Kostin a annoncé l'ouverture d'une enquête."))
    assert kinds(report, "FC4") == ["agreement"]


@pytest.mark.parametrize(("first", "second"), [
    (("fr", "L'état d'urgence concerne 17 Etats, selon le gouvernement fédéral."),
     ("en", "The emergency covers 17 states, the federal government said.")),
    (("en", "About 150,000 Britons were stranded abroad when the firm collapsed."),
     ("en", "Roughly 150,000 Britons were left stranded abroad by the collapse.")),
], ids=["states", "britons"])
def test_a_capitalised_plural_after_a_figure_counts_a_group(run_cli, article_dir, first: tuple[str, str],
                                                            second: tuple[str, str]) -> None:
    """English writes a party's members and a people with capitals, French a people and a federation's
    states: "150,000 Britons" and "17 Etats" are counts, not names as "10 Downing Street" is."""
    assert kinds(check_languages(run_cli, article_dir, first, second), "FC3") == ["agreement"]


def test_a_french_peoples_name_is_one_and_many_alike(run_cli, article_dir) -> None:
    report = check_languages(run_cli, article_dir, ("fr", "Quelque 10 millions de Portugais ont été privés de courant."))
    assert [claim["attribute"] for claim in report["claims"] if claim["kind"] == "quantity"] == ["portugais"]


@pytest.mark.parametrize(("first", "second", "found"), [
    (("en", "British Home Secretary Yvette Cooper said the plan would go ahead."),
     ("fr", "La ministre de l'Intérieur, Yvette Cooper, a confirmé le projet."), "agreement"),
    (("en", "Gareth Southgate, the England coach, declined to say whether he would stay."),
     ("fr", "Le sélectionneur anglais, Gareth Southgate, n'a pas voulu se prononcer sur son avenir."), "agreement"),
    (("en", "France coach Gareth Southgate declined to say whether he would stay."),
     ("en", "Gareth Southgate, the England coach, declined to say whether he would stay."), "conflict"),
], ids=["home-secretary-with-its-place", "a-national-coach-by-country", "two-countries-coaches"])
def test_a_title_held_somewhere_fits_the_same_office_told_without_the_place(run_cli, article_dir,
                                                                          first: tuple[str, str],
                                                                          second: tuple[str, str], found: str) -> None:
    """"British Home Secretary" is the interior minister another article names, as "the England coach" is the
    "sélectionneur anglais"; two places still make two offices."""
    assert kinds(check_languages(run_cli, article_dir, first, second), "FC4") == [found]


def test_a_toll_told_with_the_day_of_its_disaster_was_counted_when_the_article_was_written(run_cli,
                                                                                        article_dir) -> None:
    """A toll is counted on the day it is told, and "the blast of Tuesday 4 August killed at least 171" told it
    a week later: no fewer dead than the 113 counted the day after the blast."""
    folder = article_dir({
        "a.md": "---\ntitle: Blast\noutlet: Outlet A\npublished: 2020-08-05\nlanguage: fr\n---\n\n"
                "Le bilan de l'explosion s'est alourdi mercredi à au moins 113 morts, selon le ministère.\n",
        "b.md": "---\ntitle: Port\noutlet: Outlet B\npublished: 2020-08-11\nlanguage: fr\n---\n\n"
                "Selon le ministère, l'explosion du mardi 4 août a fait au moins 171 morts dans la capitale.\n"})
    _, stdout, _ = run_cli(["check", folder, "--format", "json", "--no-cache"])
    assert "conflict" not in kinds(json.loads(stdout), "FC3")


@pytest.mark.parametrize(("english", "french", "found"), [
    ("Osama Rabie, chairman of the Suez Canal Authority, said the ship had been freed.",
     "Le vice-président de l'Autorité du canal de Suez, Oussama Rabie, a salué les équipes.", "conflict"),
    ("Prime Minister Mustafa Madbouly opened the session.", "Le Premier ministre Moustafa Madbouly a ouvert la séance.",
     "agreement"),
    # French writes "ch" for "sh", "j" for "zh" and a silent final "e".
    ("President Vladimir Putin declared a day of mourning.", "Le président Vladimir Poutine a décrété un deuil.",
     "agreement"),
    ("Defence Minister Sergei Shoigu was not there.", "Le ministre de l'Intérieur, Sergueï Choïgou, était absent.",
     "conflict"),
    # A first name transliterated two ways, with a surname no other name has.
    ("Yevgeny Prigozhin, 61, was on board.", "Evgueni Prigojine, 62 ans, était à bord.", "conflict"),
], ids=["two-titles", "one-title", "silent-e", "sh-as-ch", "first-name"])
def test_a_name_transliterated_two_ways_is_one_persons(run_cli, article_dir, english: str, french: str,
                                                       found: str) -> None:
    """French writes "ou" and a doubled "s" where English writes "u" or "o" and one "s": "Oussama Rabie" is
    "Osama Rabie", whose titles are compared."""
    report = check_languages(run_cli, article_dir, ("en", english), ("fr", french))
    assert [kind for kind in kinds(report, "FC4") + kinds(report, "FC30") if kind != "single_source"] == [found]


def test_recommendations_meet_recommandations(run_cli, article_dir) -> None:
    report = check_languages(run_cli, article_dir,
                             ("en", "The inquiry makes 58 recommendations, among them a single construction regulator."),
                             ("fr", "Pour éviter une autre catastrophe, la commission formule 85 recommandations."))
    assert kinds(report, "FC3") == ["conflict"]


@pytest.mark.parametrize(("first", "second", "found"), [
    (("en", "Commander-in-Chief Oleksandr Syrskyi told reporters the troops had advanced."),
     ("fr", "Le commandant en chef Oleksandr Syrskyi a affirmé que les troupes avançaient."), "agreement"),
    (("en", "Commander-in-Chief Oleksandr Syrskyi told reporters the troops had advanced."),
     ("en", "Chief of the General Staff Oleksandr Syrskyi said the troops had advanced."), "conflict"),
], ids=["one-office-in-two-languages", "two-offices"])
def test_an_armys_commander_in_chief_and_its_chief_of_staff_are_titles(run_cli, article_dir,
                                                                    first: tuple[str, str],
                                                                    second: tuple[str, str], found: str) -> None:
    assert kinds(check_languages(run_cli, article_dir, first, second), "FC4") == [found]


@pytest.mark.parametrize(("first", "second", "found"), [
    ("Supreme Election Council chairman Ahmet Yener told reporters the count was over.",
     "Ahmet Yener, deputy head of the Supreme Election Council, told reporters the count was over.", "conflict"),
    ("Ahmet Yener, deputy chairman of the Supreme Election Council, told reporters the count was over.",
     "Ahmet Yener, deputy head of the Supreme Election Council, told reporters the count was over.", "agreement"),
], ids=["head-and-deputy", "two-deputies"])
def test_a_deputy_head_disputes_the_chair_and_fits_a_deputy_chair(run_cli, article_dir, first: str, second: str,
                                                                   found: str) -> None:
    assert kinds(check(run_cli, article_dir, {"a.txt": first, "b.txt": second}), "FC4") == [found]


@pytest.mark.parametrize(("first", "second", "disputed"), [
    ("Brice Oligui Nguema, the army chief of staff, is no outsider.",
     "General Brice Clotaire Oligui Nguema, commander-in-chief of the Republican Guard, led the coup.", True),
    # An initial tells two people apart: the son is not the father.
    ("President George W. Bush spoke at the ceremony.", "Vice President George H. W. Bush spoke at the ceremony.",
     False),
], ids=["middle-name-left-out", "initials"])
def test_a_name_without_its_middle_name_is_the_person_named_in_full(run_cli, article_dir, first: str, second: str,
                                                                     disputed: bool) -> None:
    assert ("conflict" in kinds(check(run_cli, article_dir, {"a.txt": first, "b.txt": second}), "FC4")) is disputed


def test_a_heading_month_beside_its_day_is_that_day_said_loosely(run_cli, article_dir) -> None:
    """A heading's "annoncée dès avril" and the text's "mardi 12 avril" share no word, yet one article says both of
    one event: the day still disputes another article's 13th."""
    heading_and_text = ("## Une suspension annoncée dès avril\n\nDès le 12 avril, le ministère des Finances avait "
                        "annoncé qu'il suspendait le remboursement de sa dette extérieure.")
    report = check_languages(run_cli, article_dir, ("fr", heading_and_text), (
        "en", "On April 13, the finance ministry announced that it would suspend payments on its foreign borrowings."))
    [conflict] = findings(report, "conflict", "FC201")
    assert conflict["message"] == ("Sources disagree on the date of the announcement: 2025-04 / 2025-04-12 (a.md); "
                                   "2025-04-13 (b.md).")


def test_assets_meet_actifs(run_cli, article_dir) -> None:
    report = check_languages(run_cli, article_dir,
                             ("en", "Silicon Valley Bank held $209bn in assets when regulators stepped in."),
                             ("fr", ("La banque californienne détenait 290 milliards de dollars d'actifs, une faillite "
                                     "qui est la plus lourde depuis celle de Washington Mutual.")))
    [conflict] = findings(report, "conflict", "FC301")
    assert conflict["message"] == "Sources disagree on the sum in dollars: $209bn (a.md); 290 milliards de dollars (b.md)."


@pytest.mark.parametrize(("english", "french", "message"), [
    # Digits transposed: a figure's own misprint, however far apart the two, and nearer than any other figure.
    ("The USGS put the epicentre 18 km south-southwest of Hualien City. Taipei lies about 150 km away.",
     "Selon l'USGS, l'épicentre se situait à 81 km au sud-sud-ouest de la ville de Hualien.",
     "Sources disagree on the distance in kilometres: 18 km (a.md); 81 km (b.md citing l'USGS)."),
    ("Only 207 lawmakers backed the chancellor, short of the 367 votes he needed, while 349 voted against him.",
     "Seuls 207 députés lui ont accordé leur confiance, et 394 ont voté contre.",
     "Sources disagree on the number of votes: 349 voted (a.md); 394 ont voté (b.md)."),
    # A zero among the digits: "310" and "301" are one slip, nearer than the 316 needed.
    ("In the morning ballot Merz won only 310 votes, six short of the majority.",
     "Au premier tour, Merz n'avait obtenu que 301 voix, loin de la majorité absolue de 316 voix requise.",
     "Sources disagree on the number of votes: 310 votes (a.md); 301 voix (b.md)."),
])
def test_a_figure_with_its_digits_transposed_disputes_its_own(run_cli, article_dir, english: str, french: str,
                                                             message: str) -> None:
    report = check_languages(run_cli, article_dir, ("en", english), ("fr", french))
    assert [conflict["message"] for conflict in findings(report, "conflict")] == [message]


def test_the_same_digits_at_another_scale_are_two_facts(run_cli, article_dir) -> None:
    """"Above 85%" inflation and an "8.5%" rate are two figures, as often as a misplaced point."""
    report = check_languages(run_cli, article_dir,
                             ("en", "Annual inflation peaked above 85% last October, the statistics office said."),
                             ("en", "The benchmark rate was cut to 8.5% even though annual inflation stayed high."))
    assert findings(report, "conflict") == []


def test_a_two_word_noun_a_translation_names_is_the_unit_in_french(run_cli, article_dir) -> None:
    report = check_languages(run_cli, article_dir,
                             ("en", "About 750 girls were staying at Camp Mystic when the river rose."),
                             ("fr", "Quelque 570 jeunes filles étaient hébergées au Camp Mystic lors de la crue."))
    [conflict] = findings(report, "conflict", "FC301")
    assert "750 girls" in conflict["message"] and "570 jeunes filles" in conflict["message"]


def test_a_person_described_by_age_gives_no_count_of_years(run_cli, article_dir) -> None:
    report = check_languages(run_cli, article_dir,
                             ("fr", "Trente-deux ans après l'OM, le PSG a enfin gagné la Ligue des champions."),
                             ("fr", "À Paris, un jeune homme de 23 ans est mort, percuté par une voiture."))
    assert [claim["text"] for claim in report["claims"] if claim["kind"] == "quantity"] == ["Trente-deux ans"]


def test_nautical_miles_are_read_in_kilometres(run_cli, article_dir) -> None:
    french = "Le détour par le cap de Bonne-Espérance allonge le trajet d'environ 6 500 kilomètres."
    english = "The detour around the Cape of Good Hope adds about 3,500 nautical miles to the voyage."
    report = check_languages(run_cli, article_dir, ("fr", french), ("en", english))
    [agreement] = findings(report, "agreement", "FC302")
    assert agreement["message"].startswith("2 independent sources agree on the distance in kilometres")


@pytest.mark.parametrize(("text", "dated"), [
    (("The government forced the plan through on Thursday 16 March 2023, exposing it to a no-confidence vote "
      "early next week."), []),
    ("The case was heard before the Grand Chamber on 29 March 2023 in a packed courtroom.",
     [("hearing", "2023-03-29")]),
])
def test_a_no_confidence_vote_is_no_confidence_question_and_a_case_heard_is_a_hearing(
        run_cli, article_dir, text: str, dated: list[tuple[str, str]]) -> None:
    assert dated_claims(check(run_cli, article_dir, {"a.txt": text})) == dated


@pytest.mark.parametrize(("french", "found"), [
    ("La cheffe de la police des transports, Lucy D'Orsi, a salué l'arrestation.", "agreement"),
    ("La cheffe adjointe de la police des transports, Lucy D'Orsi, a salué l'arrestation.", "conflict"),
])
def test_a_chief_constable_is_a_police_chief(run_cli, article_dir, french: str, found: str) -> None:
    english = "Chief Constable Lucy D'Orsi of the British Transport Police welcomed the arrest."
    report = check_languages(run_cli, article_dir, ("en", english), ("fr", french))
    assert kinds(report, "FC4") == [found]


@pytest.mark.parametrize(("english", "french", "found"), [
    # A loose head fits any title but a deputy's or a stand-in's to that head.
    ("Vidir Reynisson, head of the civil protection department, said the town was evacuated.",
     "Vidir Reynisson, chef adjoint de la protection civile, a indiqué que la ville était évacuée.", "conflict"),
    ("Christian Lindner, the FDP leader, left the coalition.",
     "Le chef du FDP, Christian Lindner, a quitté la coalition.", "agreement"),
], ids=["head-and-deputy-head", "leader-and-chef"])
def test_a_chef_is_a_loose_head_and_a_deputy_chef_is_a_title(run_cli, article_dir, english: str, french: str,
                                                              found: str) -> None:
    report = check_languages(run_cli, article_dir, ("en", english), ("fr", french))
    assert kinds(report, "FC4") == [found]


def test_goals_are_counted_alike_in_english_and_french(run_cli, article_dir) -> None:
    report = check_languages(run_cli, article_dir,
                             ("en", "He leaves Paris as the club's record scorer with 256 goals in 308 games."),
                             ("fr", "Il quitte Paris en meilleur buteur du club, avec 265 buts en 308 matchs."))
    [conflict] = findings(report, "conflict")
    assert texts_of(report, conflict) == ["256 goals", "265 buts"]


def test_a_fact_box_figure_counts_the_words_after_its_colon(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {
        "a.md": "## Key figures\n\n- **4.3 million**: homes and businesses without power at the peak.\n",
        "b.md": "About 3.4 million homes and businesses were without power at the peak.\n"})
    [conflict] = findings(report, "conflict")
    assert texts_of(report, conflict) == ["4.3 million**: homes", "About 3.4 million homes"]


@pytest.mark.parametrize(("english", "french", "texts"), [
    ("Trump won 312 electoral votes.", "Trump a remporté 321 grands électeurs.",
     ["312 electoral votes", "321 grands électeurs"]),
    ("The first phase will free 23 hostages.", "La première phase doit libérer 33 otages.",
     ["23 hostages", "33 otages"]),
    ("Japan counts 106,825 survivors.", "Le Japon recense 160 825 survivants.",
     ["106,825 survivors", "160 825 survivants"]),
    ("Indonesia has 240.8 million voters.", "L'Indonésie compte 204,8 millions d'électeurs.",
     ["204,8 millions d'électeurs", "240.8 million voters"]),
])
def test_counts_named_alike_in_english_and_french(run_cli, article_dir, english: str, french: str,
                                                  texts: list[str]) -> None:
    report = check_languages(run_cli, article_dir, ("en", english), ("fr", french))
    [conflict] = findings(report, "conflict")
    assert texts_of(report, conflict) == texts


def test_two_people_sworn_in_on_two_days_are_two_events(run_cli, article_dir) -> None:
    report = check_languages(
        run_cli, article_dir,
        ("en", "Donald Trump was sworn in as president on Monday 20 January 2025 in the Rotunda."),
        ("en", "Marco Rubio, confirmed by the Senate, was sworn in on Tuesday 21 January 2025 and met officials."))
    assert [claim["value"] for claim in report["claims"] if claim["kind"] == "date"] == ["2025-01-20", "2025-01-21"]
    assert findings(report, "conflict") == []


@pytest.mark.parametrize(("first", "second", "kind"), [
    # A margin written in two styles and two languages, the same rider named beside it.
    ("The Slovenian finished 4min 24sec ahead of Jonas Vingegaard.",
     "Pogačar l'emporte avec 4 min 42 s d'avance sur Jonas Vingegaard.", "conflict"),
    ("The Slovenian finished 4min 42sec ahead of Jonas Vingegaard.",
     "Pogačar l'emporte avec 4 min 42 s d'avance sur Jonas Vingegaard.", "agreement"),
    # Hundredths after the seconds, as French writes a swim.
    ("Marchand a nagé le papillon en 1 min 51 s 21, record olympique.",
     "Marchand a touché en 1 min 51 s 12, record olympique du papillon.", "conflict"),
])
def test_a_compound_duration_is_one_time(run_cli, article_dir, first: str, second: str, kind: str) -> None:
    report = check_languages(run_cli, article_dir, ("en" if "Slovenian" in first else "fr", first), ("fr", second))
    assert kinds(report, "FC3") == [kind]


def test_times_with_no_word_in_common_are_two_facts(run_cli, article_dir) -> None:
    """A story gives many times: a winner's, a record's, a delay."""
    report = check_languages(run_cli, article_dir, ("en", "The final lasted four hours and 42 minutes."),
                             ("en", "Rescuers needed five hours and 10 minutes to reach the cave."))
    assert findings(report, "conflict") == []
