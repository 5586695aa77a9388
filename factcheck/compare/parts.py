"""Split the claims of one key into the things they are about, by the entities they name.

"Signed on 2 February" said of the UK government and one firm, and "signed on 3
February" said of the UK government and another, are two signings, not a disagreement
about one. Claims are about one thing when they share an entity and what else they
name is known together: named in one article somewhere in the corpus. An archive
where the UK government signs with a hundred firms keeps a hundred signings apart (no
article names two of the firms), while a story in which one article says "OpenAI and
the UK government" and another "OpenAI and DSIT" keeps one signing (some article
names the government and DSIT together).

Claims naming only the shared entity ("the government signed on ...") could be about
any of the things it takes part in: they join each of them without joining them to
each other. A claim naming no entity ("the company expected $500bn in orders") is
about what its article names most, when that names one part alone (``Mentions.main``);
otherwise it joins every part, which within one story is the story's own event.
"""

from __future__ import annotations

from factcheck.compare.groups import UnionFind
from factcheck.compare.members import Member
from factcheck.compare.mentions import Mentions


def split_by_entities(members: list[Member], mentions: Mentions) -> list[list[Member]]:
    """Split claims of one key into those about one thing (see the module's docstring).

    Claims are handled by distinct entity set. For each entity, the sets naming it are
    joined when the entities they name besides it are known together (``_partner_groups``);
    a set naming that entity alone floats. Parts come out in the order of their first
    claim, each in the claims' order, with the floating claims in every part they join.
    """
    by_set: dict[frozenset[str], list[Member]] = {}
    unnamed: list[Member] = []
    for member in members:
        if member.claim.entities:
            by_set.setdefault(frozenset(member.claim.entities), []).append(member)
        else:
            unnamed.append(member)
    if len(by_set) <= 1:
        return [members] if members else []
    sets = list(by_set)
    groups = UnionFind(len(sets))
    naming: dict[str, list[int]] = {}
    for position, entities in enumerate(sets):
        for entity in entities:
            naming.setdefault(entity, []).append(position)
    floating: list[tuple[int, list[int]]] = []  # (a set naming one entity alone, a set of each part it may join)
    for entity, positions in naming.items():
        if len(positions) < 2:
            continue
        alone = [position for position in positions if len(sets[position]) == 1]
        named_with = [position for position in positions if len(sets[position]) > 1]
        parts = _partner_groups(entity, [sets[position] for position in named_with], mentions)
        firsts: dict[int, int] = {}
        for position, part in zip(named_with, parts):
            groups.join(firsts.setdefault(part, position), position)
        if len(firsts) == 1:
            for position in alone:
                groups.join(named_with[0], position)
        else:
            floating.extend((position, list(firsts.values())) for position in alone)
    parts_of: dict[int, list[Member]] = {}
    for position, entities in enumerate(sets):
        parts_of.setdefault(groups.find(position), []).extend(by_set[entities])
    for position, joined in floating:
        alone = parts_of.pop(groups.find(position))  # never joined: a part of its own until now
        for root in dict.fromkeys(groups.find(other) for other in joined):
            parts_of[root].extend(alone)
    order = {id(member): index for index, member in enumerate(members)}
    named_parts = list(parts_of.values())
    parts = [sorted(part + joining, key=lambda member: order[id(member)])
             for part, joining in zip(named_parts, _joining(named_parts, unnamed, mentions))]
    return sorted(parts, key=lambda part: order[id(part[0])])


def _joining(parts: list[list[Member]], unnamed: list[Member], mentions: Mentions) -> list[list[Member]]:
    """Return, for each part, the claims naming no entity that join it: each joins the one part
    that names its article's main entity, or every part when no part or several do."""
    named = [{entity for member in part for entity in member.claim.entities} for part in parts]
    joining: list[list[Member]] = [[] for _ in parts]
    for member in unnamed:
        main = mentions.main(member.article_id)
        naming = [index for index, entities in enumerate(named) if main in entities] if main else []
        for index in naming if len(naming) == 1 else range(len(parts)):
            joining[index].append(member)
    return joining


def _partner_groups(entity: str, sets: list[frozenset[str]], mentions: Mentions) -> list[int]:
    """Number the sets naming ``entity`` by group: the same number when what they name besides it is known together.

    Two partners (entities named besides ``entity``) are known together when one article
    names both (as one claim naming both does). Every partner's articles are looked through
    except those of the partner named most widely: any pair that includes it is found
    from the other side, and that partner (a government, say) may be named by most of
    the corpus.
    """
    partners: dict[str, int] = {}
    for entities in sets:
        for partner in entities:
            if partner != entity:
                partners.setdefault(partner, len(partners))
    known = UnionFind(len(partners))
    for partner in sorted(partners, key=lambda partner: len(mentions.articles(partner)))[:-1]:
        for article in mentions.articles(partner):
            for other in mentions.names(article):
                if other in partners:
                    known.join(partners[partner], partners[other])
    return [known.find(partners[next(partner for partner in entities if partner != entity)]) for entities in sets]
