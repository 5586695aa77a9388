"""People and titles: the shapes articles use, employers and nationalities around titles, short mentions."""

from __future__ import annotations

import pytest

from factcheck.api import load_rules
from factcheck.models import ExtractedClaim, PartialDate
from factcheck.pipeline import Pipeline
from tests.articles import loaded


@pytest.fixture(scope="module")
def extractor():  # noqa: ANN201 - the pipeline's Extractor
    return Pipeline(load_rules()).extractor


def claims(extractor, text: str, kind: str, language: str = "en") -> list[ExtractedClaim]:  # noqa: ANN001
    article = loaded(text, language)
    return [claim for claim in extractor.extract(article) if claim.kind == kind]


def roles(extractor, text: str, language: str = "en") -> list[tuple[str, str]]:  # noqa: ANN001
    return [(claim.subject, claim.value) for claim in claims(extractor, text, "role", language)]


TECH = "Secretary of State for Science, Innovation and Technology"


@pytest.mark.parametrize(("text", "expected"), [
    ("Technology Secretary Peter Kyle spoke.", [("Peter Kyle", TECH)]),
    ("Peter Kyle, the Secretary of State for Science, Innovation and Technology, spoke.", [("Peter Kyle", TECH)]),
    ("Microsoft Gaming CEO Phil Spencer wrote to staff.", [("Phil Spencer", "Chief Executive")]),
    ("Twitter chief executive Linda Yaccarino spoke.", [("Linda Yaccarino", "Chief Executive")]),
    ("Phil Spencer, chief executive of Microsoft Gaming, said so.", [("Phil Spencer", "Chief Executive")]),
    ("Sarah Cardell, the CMA's chief executive, said so.", [("Sarah Cardell", "Chief Executive")]),
    ("The regulator's chief executive, Sarah Cardell, said so.", [("Sarah Cardell", "Chief Executive")]),
    ("Greg Brockman, the company's president, quit.", [("Greg Brockman", "President")]),
    ("US Vice President Kamala Harris spoke.", [("Kamala Harris", "Vice President")]),
    ("German Chancellor Olaf Scholz spoke.", [("Olaf Scholz", "German Chancellor")]),
    # A place keeps the title's own name after it.
    ("Chinese Commerce Minister Wang Wentao flew to Brussels.", [("Wang Wentao", "Chinese Trade Minister")]),
    # A known title joined to words that are no title; a title's words after "of" or "to" are whose the holder is.
    ("Grant Robertson, ministre des Affaires étrangères et fidèle d'entre les fidèles, a renoncé.",
     [("Grant Robertson", "Foreign Minister")]),
    ("Jane Doe, the finance minister and a close ally of the president, spoke.", [("Jane Doe", "Finance Minister")]),
    # Two who share an office each hold it; a title set off after a name lists another person when a name follows it.
    ("Netflix co-chief executive Ted Sarandos spoke.", [("Ted Sarandos", "Chief Executive")]),
    ("Netflix chairman Ted Sarandos, Disney chief executive Bob Iger and Warner Bros. Discovery's David Zaslav met.",
     [("Ted Sarandos", "Chair"), ("Bob Iger", "Chief Executive")]),
    ("Ilya Sutskever, the chief scientist who sat on the board, said so.", [("Ilya Sutskever", "Chief Scientist")]),
    # Capitals inside a title set off from a name are no person: "executive of Warner" and then "Bros
    # Discovery" is no title and name, nor "directeur de l'écurie" and "Red Bull"; a known title then
    # followed by capitals only (French names the employer so) is that title.
    ("David Zaslav, chief executive of Warner Bros Discovery, met the board.", [("David Zaslav", "Chief Executive")]),
    ("Deputy Prime Minister and Finance Minister Grant Robertson spoke.",
     [("Grant Robertson", "Deputy Prime Minister and Finance Minister")]),
    ("Le directeur de l'écurie Red Bull, Christian Horner, a salué la décision.",
     [("Christian Horner", "Team Principal")]),
    # A title set off before a name opens at the last word that leaves a title ("the", not "His").
    ("His party chose the outgoing justice minister, Dilan Yeşilgöz, as its new leader.",
     [("Dilan Yeşilgöz", "Justice Minister")]),
    # The government a title is held in leaves the title as it is.
    ("Dilan Yeşilgöz, Interior Minister in the outgoing government, spoke.", [("Dilan Yeşilgöz", "Interior Minister")]),
    ("The EU's competition commissioner Thierry Breton hailed the vote.", [("Thierry Breton", "Competition Commissioner")]),
    # "chief" before a head word makes another title: a chief steward is no steward.
    ("FIA chief steward Michael Masi allowed the lapped cars to pass.", [("Michael Masi", "chief steward")]),
    ("European Commission President Ursula von der Leyen spoke.", [("Ursula von der Leyen", "President")]),
    ("Prime Minister Michel Barnier's government fell.", [("Michel Barnier", "Prime Minister")]),
    ("Ryanair chairman Michael O'Leary spoke.", [("Michael O'Leary", "Chair")]),
    ("His outspoken interior minister, Suella Braverman, was sacked.", [("Suella Braverman", "Interior Minister")]),
    ("Assistant Attorney General Jonathan Kanter spoke.", [("Jonathan Kanter", "Assistant Attorney General")]),
    ("Richard Fairbank, Capital One's chairman and chief executive, said so.",
     [("Richard Fairbank", "Chair and Chief Executive")]),
    ("James Cleverly, Foreign Secretary since September 2022, moved.", [("James Cleverly", "Foreign Secretary")]),
    ("Its chief executive, Michael O'Leary, said so.", [("Michael O'Leary", "Chief Executive")]),
    ("Former chief executive Kevin McCarthy and Florida Governor Ron DeSantis met.",
     [("Ron DeSantis", "Governor")]),
])
def test_titles_fold_to_one_name_without_their_employer(extractor, text: str,  # noqa: ANN001
                                                        expected: list[tuple[str, str]]) -> None:
    assert roles(extractor, text) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Bobby Kotick, PDG d'Activision, restera en poste.", "fr", [("Bobby Kotick", "Chief Executive")]),
    ("La ministre britannique de la Technologie, Liz Kendall, a salué l'accord.", "fr", [("Liz Kendall", TECH)]),
    ("Selon Linda Yaccarino, directrice générale de X depuis juin, rien ne change.", "fr",
     [("Linda Yaccarino", "Chief Executive")]),
    ("Le ministre de l'Économie, Éric Lombard, a défendu le plan.", "fr", [("Éric Lombard", "Economy Minister")]),
    ("Le ministre de l'Economie Éric Lombard a parlé.", "fr", [("Éric Lombard", "Economy Minister")]),
    # A chief economist holds a post; an economist is only described.
    ("À ses côtés, l'économiste en chef de la Banque, Carolyn Rogers, a insisté sur la prudence.", "fr",
     [("Carolyn Rogers", "Chief Economist")]),
    # Titles held together, one of them a ministry of two names joined by "et".
    ("Le vice-Premier ministre et ministre de la Santé et de la Population, Khaled Abdel Ghaffar, a parlé.", "fr",
     [("Khaled Abdel Ghaffar", "Deputy Prime Minister and Health Minister")]),
    ("Le porte-parole du Conseil de sécurité nationale, John Kirby, a salué l'accord.", "fr",
     [("John Kirby", "Spokesperson")]),
    # A word after a title's first that says whose it is goes, known title or not.
    ("La commissaire européenne aux Transports, Adina Vălean, a salué le vote.", "fr",
     [("Adina Vălean", "commissaire aux Transports")]),
    # The European Commission's portfolios: Thierry Breton's internal market is no competition.
    ("Le commissaire européen au Marché intérieur, Thierry Breton, a salué le vote.", "fr",
     [("Thierry Breton", "Internal Market Commissioner")]),
    ("La Première ministre, Élisabeth Borne, a répété que toutes les hypothèses restaient sur la table.", "fr",
     [("Élisabeth Borne", "Prime Minister")]),
    ("L'avocate générale Laure Chabaud a requis vingt ans contre le principal accusé.", "fr",
     [("Laure Chabaud", "Advocate General")]),
    # Outgoing, and the government a title is held in, leave the title as it is.
    ("Il était conduit par la ministre de la Justice sortante, Dilan Yeşilgöz, qui avait succédé à Mark Rutte.",
     "fr", [("Dilan Yeşilgöz", "Justice Minister")]),
    ("Dilan Yeşilgöz, ministre de l'Intérieur dans le gouvernement sortant, avait refusé toute alliance.", "fr",
     [("Dilan Yeşilgöz", "Interior Minister")]),
    ("La ministre des Comptes publics, Amélie de Montchalin, a parlé.", "fr",
     [("Amélie de Montchalin", "Budget Minister")]),
    ("Le ministre des Affaires étrangères, Jean-Noël Barrot, est arrivé.", "fr",
     [("Jean-Noël Barrot", "Foreign Minister")]),
    ("Tim Cook, président du conseil d'administration d'Apple, a parlé.", "fr", [("Tim Cook", "Chair")]),
    ("Le président du gouvernement espagnol, Pedro Sánchez, a parlé.", "fr", [("Pedro Sánchez", "Prime Minister")]),
    ("Le vice-président de la BCE, Philip Lane, avait préparé les esprits.", "fr", [("Philip Lane", "Vice President")]),
    # An elided word opening the sentence is no first name.
    ("C'est Scott Boatwright, directeur financier de l'entreprise, qui assurera l'intérim.", "fr",
     [("Scott Boatwright", "Chief Financial Officer")]),
    # A body's short name in brackets may follow the title.
    ("Pierre-Yves Maillard, président de l'Union syndicale suisse (USS), a salué le vote.", "fr",
     [("Pierre-Yves Maillard", "President")]),
    ("Le président de l'Autorité du canal de Suez (SCA), Oussama Rabie, a salué les équipes.", "fr",
     [("Oussama Rabie", "President")]),
    # A mayor's title set off before the name, with the city it serves.
    ("Selon le maire de Beyrouth, Marwan Abboud, les dégâts sont immenses.", "fr", [("Marwan Abboud", "Mayor")]),
    ("The mayor of Paris, Anne Hidalgo, said so.", "en", [("Anne Hidalgo", "Mayor")]),
    # A nurse, a matron (a senior nurse) and an infirmière hold one title.
    ("It was administered by nurse May Parsons, who is from the Philippines.", "en", [("May Parsons", "Nurse")]),
    ("She was vaccinated by May Parsons, a matron who came to Britain in 2003.", "en", [("May Parsons", "Nurse")]),
    ("C'est l'infirmière May Parsons qui lui a administré la dose.", "fr", [("May Parsons", "Nurse")]),
    ("Home Affairs Minister Elisabeth Baume-Schneider spoke.", "en", [("Elisabeth Baume-Schneider", "Interior Minister")]),
    ("Polish Foreign Minister Radosław Sikorski met Maroš Šefčovič.", "en",
     [("Radosław Sikorski", "Foreign Minister")]),
    ("The Commission President, Ursula von der Leyen, said so.", "en", [("Ursula von der Leyen", "President")]),
    # A military rank is a title of its own, in each language; a rank before a name set off by a
    # title after it is no part of the name.
    ("Rear Admiral John Mauger, commander of the First Coast Guard District, told reporters.", "en",
     [("John Mauger", "Rear Admiral"), ("John Mauger", "Commander")]),
    ("Selon le contre-amiral John Mauger, commandant du premier district, les débris sont là.", "fr",
     [("John Mauger", "Rear Admiral"), ("John Mauger", "Commander")]),
    ("a déclaré le vice-amiral John Mauger.", "fr", [("John Mauger", "Vice Admiral")]),
    ("Lieutenant General Osama Rabie, the authority's chairman, said so.", "en",
     [("Osama Rabie", "Lieutenant General"), ("Osama Rabie", "Chair")]),
    ("NATO Secretary General Jens Stoltenberg welcomed the vote.", "en",
     [("Jens Stoltenberg", "Secretary General")]),
    ("selon le secrétaire général de l'Otan, Jens Stoltenberg, qui s'en félicite.", "fr",
     [("Jens Stoltenberg", "Secretary General")]),
    # Other names of a chief executive, a national coach and a permanent secretary.
    ("Guillaume Faury, président exécutif d'Airbus, était à bord.", "fr", [("Guillaume Faury", "Chief Executive")]),
    ("Giovanni Castellucci, administrateur délégué d'Autostrade per l'Italia, a parlé.", "fr",
     [("Giovanni Castellucci", "Chief Executive")]),
    ("Uroš Murn, sélectionneur slovène, a salué la course.", "fr", [("Uroš Murn", "Head Coach")]),
    ("Mats Malm, secrétaire perpétuel de l'Académie suédoise, a annoncé le nom.", "fr",
     [("Mats Malm", "Permanent Secretary")]),
    ("Danilo Toninelli, ministre des Infrastructures et des Transports, a réagi.", "fr",
     [("Danilo Toninelli", "Transport Minister")]),
    # A captain and a governor in French; small words opening a sentence are no part of a title.
    ("Carlos Moyà, capitaine de l'équipe d'Espagne de Coupe Davis, a salué Nadal.", "fr",
     [("Carlos Moyà", "Captain")]),
    ("Le gouverneur Kazuo Ueda a parlé de continuité.", "fr", [("Kazuo Ueda", "Governor")]),
    ("Le commandant de bord, Sumeet Sabharwal, totalisait des milliers d'heures de vol.", "fr",
     [("Sumeet Sabharwal", "Captain")]),
    ("Maui County Fire Chief John Pelletier said the blaze was contained.", "en", [("John Pelletier", "Fire Chief")]),
    # A team's fitness coach and physiotherapist are not its head coach; a show's makers.
    ("The panel accepted that fitness trainer Umberto Ferrara had bought the spray.", "en",
     [("Umberto Ferrara", "Fitness Coach")]),
    ("Son préparateur physique, Umberto Ferrara, avait acheté un spray.", "fr", [("Umberto Ferrara", "Fitness Coach")]),
    ("It came after his physiotherapist Umberto Ferrara had used a spray.", "en",
     [("Umberto Ferrara", "Physiotherapist")]),
    ("La cérémonie, conçue par le directeur artistique Thomas Jolly, a duré trois heures.", "fr",
     [("Thomas Jolly", "Artistic Director")]),
    # A county's sheriff, an overseas territory's high commissioner, a racing team's principal, a
    # magazine's editor-in-chief and an agency's chief scientist are offices of their own.
    ("Buncombe County Sheriff Quentin Miller said 600 people were unaccounted for.", "en",
     [("Quentin Miller", "Sheriff")]),
    ("Louis Le Franc, haut-commissaire de la République, a dressé un tableau sombre.", "fr",
     [("Louis Le Franc", "High Commissioner")]),
    ("Driver and team principal Kamui Kobayashi was gracious in defeat.", "en", [("Kamui Kobayashi", "Team Principal")]),
    ("France Football editor-in-chief Vincent Garcia defended the process.", "en",
     [("Vincent Garcia", "Editor-in-Chief")]),
    ("« Chaque éclipse est une expérience », a rappelé Kelly Korreck, scientifique en chef de la NASA.", "fr",
     [("Kelly Korreck", "Chief Scientist")]),
    # A rugby union's director of rugby runs its coaches.
    ("\"It came down to a kick,\" said director of rugby Rassie Erasmus.", "en",
     [("Rassie Erasmus", "Director of Rugby")]),
    # A Swiss commune's president is its mayor.
    ("Le président de la commune de Blatten, Matthias Bellwald, a tenu à adresser un message.", "fr",
     [("Matthias Bellwald", "Mayor")]),
    ("But BOJ Governor Kazuo Ueda was at pains to stress continuity.", "en", [("Kazuo Ueda", "Governor")]),
    # A romanised name whose hyphen joins a small syllable.
    ("Le vice-président Lai Ching-te a appelé au calme.", "fr", [("Lai Ching-te", "Vice President")]),
    ("Le directeur général de Jeju Air, Kim E-bae, s'est incliné.", "fr", [("Kim E-bae", "Chief Executive")]),
    # Cannes's general delegate runs the festival's staff; its president chairs the board.
    ("« Elle se tiendra », a assuré Thierry Frémaux, délégué général du festival, lundi.", "fr",
     [("Thierry Frémaux", "General Delegate")]),
    # An owner opening a title is one word or a name in capitals, never words before a name's possessive.
    ("Giorgia Meloni's finance minister, Giancarlo Giorgetti, said so.", "en",
     [("Giancarlo Giorgetti", "Finance Minister")]),
    ("Marianne Laigneau, chair of Enedis's management board, spoke on the radio.", "en",
     [("Marianne Laigneau", "Chief Executive")]),
    ("Raffaele Fitto, a minister in Giorgia Meloni's government, was named.", "en",
     [("Raffaele Fitto", "minister in Giorgia Meloni's government")]),
    # In a list of people, a title after one name is the next one's when it holds or is set off before that name.
    ("It followed talks with Polish Prime Minister Donald Tusk, Czech Prime Minister Petr Fiala, and others.", "en",
     [("Donald Tusk", "Prime Minister"), ("Petr Fiala", "Prime Minister")]),
    ("Elle a réuni le Premier ministre polonais, Donald Tusk, le président tchèque, Petr Fiala, et d'autres.", "fr",
     [("Donald Tusk", "Prime Minister"), ("Petr Fiala", "President")]),
    (("Elle réunissait la ministre des Finances, Karin Keller-Sutter, le président de la Banque nationale suisse "
      "(BNS), Thomas Jordan, et d'autres."), "fr",
     [("Karin Keller-Sutter", "Finance Minister"), ("Thomas Jordan", "President")]),
    # An elided article before a former title: history, no claim.
    ("Bob Bowman, l'ancien coach de Michael Phelps, le suit.", "fr", []),
    # "General" alone is no rank: it opens the names of laws and companies.
    ("The General Data Protection Regulation took effect in 2018.", "en", []),
])
def test_titles_in_other_languages(extractor, text: str, language: str,  # noqa: ANN001
                                   expected: list[tuple[str, str]]) -> None:
    assert roles(extractor, text, language) == expected


def test_a_name_written_with_and_without_its_accents_is_one_person(extractor) -> None:  # noqa: ANN001
    [french] = claims(extractor, "Le ministre de l'Économie, Éric Lombard, a parlé.", "role", "fr")
    [english] = claims(extractor, "The economy minister, Eric Lombard, spoke.", "role")
    assert (french.key, french.value) == (english.key, english.value) == ("role:eric lombard", "Economy Minister")
    assert (french.subject, english.subject) == ("Éric Lombard", "Eric Lombard")


@pytest.mark.parametrize("text", [
    "Emmett Shear, the former Twitch chief executive, said he was pleased.",
    "Bret Taylor, the former co-chief executive of Salesforce, will chair the board.",
    "The reshuffle also moved Steve Barclay, previously Brexit secretary, to the environment department.",
    "Esther McVey, a combative former welfare minister, returned.",
])
def test_a_former_title_is_history_not_a_claim(extractor, text: str) -> None:  # noqa: ANN001
    assert roles(extractor, text) == []


def test_a_later_mention_by_surname_is_the_person_named_before(extractor) -> None:  # noqa: ANN001
    text = "Technology Secretary Peter Kyle opened the summit.\n\nMr Kyle, the Business Secretary, left early."
    assert roles(extractor, text) == [("Peter Kyle", TECH), ("Peter Kyle", "Secretary of State for Business and Trade")]


def test_an_honorific_with_an_unknown_surname_is_no_one_yet(extractor) -> None:  # noqa: ANN001
    assert roles(extractor, "Mr Kyle, the Business Secretary, left early.") == []


@pytest.mark.parametrize(("text", "language", "expected"), [
    (("Le gouvernement a nommé vendredi Michele Bullock à la tête de la banque.\n\n"
      "Mme Bullock, gouverneure adjointe de la RBA depuis avril 2022, prendra ses fonctions en septembre."), "fr",
     [("Michele Bullock", "gouverneure adjointe de la RBA")]),
    # The word before the surname must be a first name: a title or an honorific names no one.
    ("The bank's governor Lowe spoke first.\n\nMr Lowe, the outgoing governor, thanked his staff.", "en", []),
    ("President Macron spoke first.\n\nM. Macron, président de la République, a répondu.", "fr", []),
])
def test_an_honorific_mention_is_the_person_named_in_full_anywhere_before(  # noqa: ANN001
        extractor, text: str, language: str, expected: list[tuple[str, str]]) -> None:
    """A person is often named in full where no title or quote is, and given a title only later."""
    assert roles(extractor, text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Minister of State for Petroleum Resources Timipre Sylva called it a turning point.",
     [("Timipre Sylva", "Minister of State for Petroleum Resources")]),
    ("President of the Senate Ahmad Lawan attended.", [("Ahmad Lawan", "President")]),
    ("Lori Glaze, NASA's associate administrator for science, asked the room to pause.",
     [("Lori Glaze", "associate administrator for science")]),
    # Where the body goes on after two capitalised words, they were the body's, not a name.
    ("Jonny Williams, Chief Digital Adviser for the UK Public Sector at Red Hat, said so.",
     [("Jonny Williams", "Chief Digital Adviser for the UK Public Sector")]),
])
def test_a_title_before_a_name_may_name_the_body_it_serves(extractor, text: str,  # noqa: ANN001
                                                           expected: list[tuple[str, str]]) -> None:
    assert roles(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Treasurer Jim Chalmers said that assistant governor Michele Bullock would replace him.",
     [("Jim Chalmers", "Treasurer"), ("Michele Bullock", "assistant governor")]),
    ("It was led by acting chief executive Jane Doe.", [("Jane Doe", "acting chief executive")]),
    ("The move was backed by former prime minister Boris Johnson.", []),
])
def test_a_lower_case_word_that_changes_a_title_stays_with_it(extractor, text: str,  # noqa: ANN001
                                                               expected: list[tuple[str, str]]) -> None:
    """Left out, "assistant governor" would read as the governor, "former prime minister" as the Prime Minister."""
    assert roles(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("La présidente du Conseil, Giorgia Meloni, a adressé ses condoléances.", [("Giorgia Meloni", "Prime Minister")]),
    ("Le président du conseil de surveillance, Jean Dupont, a démissionné.", [("Jean Dupont", "Chair")]),
    ("Le vice-président du Conseil et ministre des Infrastructures et des Transports, Matteo Salvini, a parlé.",
     [("Matteo Salvini", "Vice President and Transport Minister")]),
])
def test_councils_that_name_a_head_of_government_or_a_board(extractor, text: str,  # noqa: ANN001
                                                             expected: list[tuple[str, str]]) -> None:
    """Italy's Prime Minister is "président du Conseil" in French; a supervisory board's chair is no Prime
    Minister; a long joined title set off before a name is still read."""
    assert roles(extractor, text, "fr") == expected


@pytest.mark.parametrize(("text", "language"), [
    ("Marine Le Pen, présidente du groupe Rassemblement national à l'Assemblée, a obtenu des gestes.", "fr"),
    ("La présidente du groupe RN, Marine Le Pen, a obtenu des gestes.", "fr"),
    ("RN parliamentary leader Marine Le Pen told reporters after the vote.", "en"),
])
def test_a_parliamentary_group_leader_is_no_party_president(extractor, text: str, language: str) -> None:  # noqa: ANN001
    """A known title of several words before a body's name is that title ("présidente du groupe" of a party's
    deputies), not its first word's (the party's "présidente")."""
    assert roles(extractor, text, language) == [("Marine Le Pen", "Parliamentary Leader")]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # Names of four words, and an Arabic article joined to a later part of a name.
    ("Civil Aviation Minister Ram Mohan Naidu Kinjarapu said he was shocked.", "en",
     [("Ram Mohan Naidu Kinjarapu", "Civil Aviation Minister")]),
    ("Prime Minister Mohammed Ghazi al-Jalali said he would stay in Damascus.", "en",
     [("Mohammed Ghazi al-Jalali", "Prime Minister")]),
    # A long name far from the first title word of the sentence is read whole.
    (("Claudia Sheinbaum, the former mayor of Mexico City and the handpicked successor of President Andrés "
      "Manuel López Obrador, won."), "en", [("Andrés Manuel López Obrador", "President")]),
    # Two portfolios sharing a head word are both held.
    ("Interior and Overseas Minister Gérald Darmanin accused Azerbaijan.", "en",
     [("Gérald Darmanin", "Interior Minister and Overseas Minister")]),
    ("The statement was signed by Saudi national security adviser Musaed al-Aiban, alongside Wang Yi.", "en",
     [("Musaed al-Aiban", "National Security Adviser")]),
    # Spain's deputy prime ministers, in French.
    ("La troisième vice-présidente du gouvernement, Sara Aagesen, a prévenu que l'enquête serait longue.", "fr",
     [("Sara Aagesen", "Deputy Prime Minister")]),
])
def test_long_names_shared_heads_and_deputy_prime_ministers(extractor, text: str, language: str,  # noqa: ANN001
                                                           expected: list[tuple[str, str]]) -> None:
    assert roles(extractor, text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # The day a title was given is no part of it.
    ("François Bayrou, nommé Premier ministre vendredi 13 décembre, n'a pas formé son gouvernement.", "fr",
     [("François Bayrou", "Prime Minister")]),
    # Nor the day's number and the small words that open the date.
    ("Le président a fait appel à Ranil Wickremesinghe, nommé Premier ministre le 12 mai, pour négocier.", "fr",
     [("Ranil Wickremesinghe", "Prime Minister")]),
    ("The president turned to Ranil Wickremesinghe, appointed prime minister on May 12, to steady things.", "en",
     [("Ranil Wickremesinghe", "Prime Minister")]),
    # A verb makes what seemed a title set off before a name a clause.
    ("Pour remplacer Christian Lindner, le chancelier a choisi un proche, Jörg Kukies, ancien banquier.", "fr", []),
    ("Pour lui succéder, le chancelier a fait appel à un fidèle, Jörg Kukies, ancien banquier.", "fr", []),
    ("To replace him, the chancellor has picked an ally, Jörg Kukies, a former banker.", "en", []),
])
def test_a_title_ends_before_a_date_and_holds_no_verb(extractor, text: str, language: str,  # noqa: ANN001
                                                      expected: list[tuple[str, str]]) -> None:
    assert roles(extractor, text, language) == expected


@pytest.mark.parametrize("text", ["Phil Spencer, the head of Xbox, said so.", "Xbox boss Phil Spencer said so.",
                                  ("Friedrich Merz, the CDU leader and the conservatives' candidate for "
                                   "chancellor, retorted."),
                                  "CrowdStrike founder George Kurtz said so.",
                                  "Javier Milei, a libertarian economist, won the run-off."])
def test_a_loose_description_is_marked_so_it_conflicts_with_no_title(extractor, text: str) -> None:  # noqa: ANN001
    [claim] = claims(extractor, text, "role")
    assert claim.markers == ("loose",)


def test_a_word_that_only_begins_like_an_employers_preposition_does_not_cut_a_title(extractor) -> None:  # noqa: ANN001
    [claim] = claims(extractor, "Jane Roe, the company's head developer, said so.", "role")
    assert (claim.value, claim.markers) == ("head developer", ())


@pytest.mark.parametrize(("text", "language", "expected"), [
    # A clause set off after a name is no title, though a title word ends it.
    ("Le président de la République, Emmanuel Macron, a nommé mardi soir le ministre des Armées, Sébastien Lecornu.",
     "fr", [("Emmanuel Macron", "President"), ("Sébastien Lecornu", "Defence Minister")]),
    ("Priya Raman, who was named minister last year, spoke.", "en", []),
    # A small word between capitalised words is part of the title's name; a possessive only points to it.
    ("Liz Kendall, the Science and Technology Secretary, spoke.", "en", [("Liz Kendall", TECH)]),
    ("Macron named Sébastien Lecornu, his armed forces minister, as prime minister.", "en",
     [("Sébastien Lecornu", "Defence Minister")]),
])
def test_a_title_set_off_after_a_name_has_only_describing_words_before_its_head(
        extractor, text: str, language: str, expected: list[tuple[str, str]]) -> None:  # noqa: ANN001 - fixture
    assert roles(extractor, text, language) == expected


def test_capitals_after_the_body_a_title_serves_are_no_next_person(extractor) -> None:  # noqa: ANN001
    """"President of the Patuxent Amateur Astronomers" is Greg Pruitt's title, not one held by "Amateur Astronomers"
    in a list of people."""
    assert ("Greg Pruitt", "President") in roles(
        extractor, "Greg Pruitt, president of the Patuxent Amateur Astronomers, said 40 members came.")


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Acme said on Monday that Jane Holloway was appointed chief executive of the group, replacing Tom Reed.", "en",
     [("Jane Holloway", "Chief Executive")]),
    ("Le groupe a annoncé lundi que Jane Holloway a été nommée directrice financière.", "fr",
     [("Jane Holloway", "Chief Financial Officer")]),
    ("Dimanche, Javier Milei a été élu président de l'Argentine.", "fr", [("Javier Milei", "President")]),
    # The clause may go on after the title.
    ("Yvette Cooper was named foreign secretary as the new prime minister sought to project experience.", "en",
     [("Yvette Cooper", "Foreign Secretary")]),
    # A day after the title is no part of it.
    ("Rachel Reeves was appointed chancellor on Friday.", "en", [("Rachel Reeves", "Chancellor")]),
    # The verb may stand before the person, and the title after them.
    ("Starmer appointed Rachel Reeves as chancellor on Friday.", "en", [("Rachel Reeves", "Chancellor")]),
    ("Starmer named Angela Rayner as deputy prime minister.", "en", [("Angela Rayner", "Deputy Prime Minister")]),
    ("Keir Starmer a nommé Rachel Reeves au poste de chancelière de l'Échiquier.", "fr",
     [("Rachel Reeves", "Chancellor of the Exchequer")]),
    ("Emmanuel Macron a nommé François Bayrou Premier ministre vendredi.", "fr",
     [("François Bayrou", "Prime Minister")]),
    # Not a title: what follows the verb has no head word, or the sentence tells of an earlier year.
    ("Jane Holloway was named the best manager of the year.", "en", []),
    ("Jane Holloway, who was named chief executive in 2015, said the group would grow.", "en", []),
    ("The club named Lionel Messi the best player of the year.", "en", []),
    ("In 2019, Johnson appointed Priti Patel as home secretary.", "en", []),
])
def test_a_title_given_by_a_verb_is_the_persons(extractor, text: str, language: str,  # noqa: ANN001
                                                expected: list[tuple[str, str]]) -> None:
    article = loaded(text, language, published=PartialDate(year=2024, month=3, day=4))
    assert [(claim.subject, claim.value) for claim in extractor.extract(article) if claim.kind == "role"] == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # A title set off before a name after "au" or "du", the holder's nationality opening the name.
    ("Il reviendra au doyen du Collège des cardinaux, l'Italien Giovanni Battista Re, 91 ans, de convoquer le conclave.",
     "fr", [("Giovanni Battista Re", "Dean of the College of Cardinals")]),
    ("Selon l'entourage du président de la République, Emmanuel Macron, la décision est prise.", "fr",
     [("Emmanuel Macron", "President")]),
    # A known title with a qualifier joined by a hyphen is a title of its own.
    ("La messe a été présidée par Giovanni Battista Re, vice-doyen du Collège cardinalice, qui a salué le pape.", "fr",
     [("Giovanni Battista Re", "vice-doyen du Collège cardinalice")]),
    # A British police force's chief constable, and its assistant chief constable.
    ("Assistant Chief Constable Jenny Sims said the driver was arrested.", "en",
     [("Jenny Sims", "Assistant Chief Constable")]),
    # A czar is a title; the dean among cardinals; a fire chief in the feminine.
    ("White House AI and crypto czar David Sacks played down the threat.", "en", [("David Sacks", "Czar")]),
    ("Le ministre-président de Saxe-Anhalt, Reiner Haseloff, s'est rendu sur place.", "fr",
     [("Reiner Haseloff", "Minister-President")]),
    ("La messe a été présidée par le cardinal doyen Giovanni Battista Re.", "fr",
     [("Giovanni Battista Re", "Dean of the College of Cardinals")]),
    ("La cheffe des pompiers de Los Angeles, Kristin Crowley, a critiqué la mairie.", "fr",
     [("Kristin Crowley", "Fire Chief")]),
    # A name closing a phrase before a clause: "the president toured" is no title set off after it.
    ("Accompanied by Gov. Greg Abbott, the president toured the area by helicopter, then met families.", "en", []),
    ("Reconduit à Matignon par Emmanuel Macron, le Premier ministre avait promis un gouvernement nouveau.", "fr", []),
    (("Le président allemand Frank-Walter Steinmeier a officiellement révoqué jeudi le ministre des Finances, "
      "Christian Lindner, actant la fin de la coalition."), "fr", [("Christian Lindner", "Finance Minister")]),
    # A nationality after a title says where it is held.
    ("Le Premier ministre pakistanais, Shehbaz Sharif, a réuni son comité de sécurité.", "fr",
     [("Shehbaz Sharif", "Prime Minister")]),
    ("Fabricio Colón Pico, a leader of Los Lobos who had been arrested last week, broke out of prison.", "en",
     [("Fabricio Colón Pico", "leader of Los Lobos")]),
    ("Beatrix Holloway, Chief Digital Adviser for the UK Public Sector at Red Hat, argued for it.", "en",
     [("Beatrix Holloway", "Chief Digital Adviser for the UK Public Sector")]),
    # An army's, or a leader's, chief of staff.
    ("Brice Oligui Nguema, the army chief of staff, is no outsider.", "en", [("Brice Oligui Nguema", "Chief of Staff")]),
    # A name after what only seemed a title set off: the search goes on from there.
    (("Announcing the award at the Norwegian Nobel Institute, Jorgen Watne Frydnes, chair of the Norwegian Nobel "
      "Committee, said so."), "en", [("Jorgen Watne Frydnes", "Chair")]),
    # A nationality after a title says where it is held.
    ("Le Premier ministre jamaïcain, Andrew Holness, a décrété l'état d'urgence.", "fr",
     [("Andrew Holness", "Prime Minister")]),
    # The House's party leaders, named in French.
    ("Le chef de la minorité démocrate à la Chambre des représentants, Hakeem Jeffries, a salué la décision.", "fr",
     [("Hakeem Jeffries", "House Minority Leader")]),
    # A title "alors" held is history.
    ("Michael Cohen, alors avocat personnel de Donald Trump, a témoigné.", "fr", []),
    # The country an envoy is posted to, like an employer, is no part of the title.
    ("Kevin Rudd, Australia's ambassador to the United States, welcomed it.", "en", [("Kevin Rudd", "Ambassador")]),
    ("L'ambassadeur d'Australie aux États-Unis, Kevin Rudd, a salué la décision.", "fr",
     [("Kevin Rudd", "Ambassador")]),
    ("Le haut-commissaire au Royaume-Uni, Stephen Smith, était présent.", "fr",
     [("Stephen Smith", "High Commissioner")]),
])
def test_titles_set_off_around_names_and_nationalities(extractor, text: str, language: str,
                                                       expected: list[tuple[str, str]]) -> None:
    assert roles(extractor, text, language) == expected


@pytest.mark.parametrize(("text", "loose"), [
    ("Ahmet Yener, the head of the Supreme Election Council, said so.", True),
    # A first part with no title word shares the head word after it.
    ("Altman and OpenAI co-founder Greg Brockman quit the board.", True),
    ("Ahmet Yener, deputy head of the Supreme Election Council, said so.", False),
    ("Ahmet Yener, the acting head of the Supreme Election Council, said so.", False),
])
def test_a_deputy_or_acting_head_is_a_title_not_a_loose_description(extractor, text: str,
                                                                   loose: bool) -> None:
    [claim] = claims(extractor, text, "role")
    assert ("loose" in claim.markers) is loose


# The small words around titles are the rules', so a rule folder teaches another language's.
ITALIAN_WORDS = {"titles.toml": '[titles]\nheld_since = ["dal"]\nrelative_openers = ["che"]\ngiven_ends = ["mentre"]\n',
                 "lexicon.toml": '[lexicon]\nspeech_verbs = ["ha detto"]\nampersand_words = ["e"]\n'}


@pytest.mark.parametrize(("text", "without", "with_words"), [
    ("James Cleverly, Foreign Secretary dal September 2022, moved.", "Foreign Secretary dal", "Foreign Secretary"),
    ("Ilya Sutskever, the chief scientist che sat on the board, said so.", "chief scientist che", "Chief Scientist"),
    ("Yvette Cooper was named foreign secretary mentre the new prime minister sought calm.", None,
     "Foreign Secretary"),
    ("Jane Holloway, chief executive ha detto the plan works.", "chief executive ha detto the plan works",
     "Chief Executive"),
    ("Jane Holloway, chairman e chief executive of Acme, said so.", "chairman e chief executive of Acme",
     "Chair and Chief Executive"),
])
def test_the_words_that_end_or_join_titles_come_from_the_rules(extractor, tmp_path, text: str,
                                                                without: str | None, with_words: str) -> None:
    for name, rule in ITALIAN_WORDS.items():
        (tmp_path / name).write_text(rule, encoding="utf-8")
    taught = Pipeline(load_rules([tmp_path])).extractor
    assert [value for _person, value in roles(extractor, text)] == ([without] if without else [])
    assert [value for _person, value in roles(taught, text)] == [with_words]
