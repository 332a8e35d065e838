"""German trigger lexicon: every PLOVER class the English pack codes has common German wording.

The sentences are written for these tests (none comes from the evaluation sets). Each case states
the (source, target, PLOVER type) a reader expects; the coder must emit it unflagged. The negative
cases pin down words that were left out or restricted on purpose because they are usually no act.
"""

from __future__ import annotations

import pytest

from mirrorwatch.coding import Coder

PUB = "2025-03-14"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder("de")


def _tuples(coder: Coder, text: str) -> set[tuple]:
    return {(e.source.country, e.target.country if e.target else None, e.plover)
            for e in coder.code_text(text, published=PUB) if not (e.negated or e.hypothetical)}


CASES = [
    # AID: relief sent, delivered, granted; arms deliveries in main-clause order
    ("Deutschland schickt Hilfsgüter in die Ukraine.", ("DEU", "UKR", "AID")),
    ("Frankreich schickte Hilfsgüter in den Libanon.", ("FRA", "LBN", "AID")),
    ("Die USA liefern Waffen an Israel.", ("USA", "ISR", "AID")),
    ("Deutschland lieferte der Ukraine weitere Panzer.", ("DEU", "UKR", "AID")),
    ("China gewährte Pakistan einen Kredit.", ("CHN", "PAK", "AID")),
    # ACCUSE: lawsuits and complaints
    ("Die Ukraine verklagte Russland vor dem Internationalen Gerichtshof.", ("UKR", "RUS", "ACCUSE")),
    ("Polen beschwerte sich bei Russland über die Verletzung seines Luftraums.", ("POL", "RUS", "ACCUSE")),
    # REJECT: refusing
    ("Ungarn weigerte sich, der Ukraine Waffen zu liefern.", ("HUN", "UKR", "REJECT")),
    # RETREAT: troops pulled out with the place between verb and particle; an agreed truce
    ("Russland zog seine Truppen aus der Region Kiew ab.", ("RUS", "UKR", "RETREAT")),
    ("Israel zieht seine Truppen aus dem Libanon ab.", ("ISR", "LBN", "RETREAT")),
    ("Armenien und Aserbaidschan vereinbarten eine Waffenruhe.", ("ARM", "AZE", "AGREE")),
    # CONCEDE: sanctions lifted (not SANCTION because the noun "Sanktionen" is in it)
    ("Die EU hob die Sanktionen gegen Belarus auf.", ("EUR", "BLR", "CONCEDE")),
    # COOPERATE: intelligence sharing, joint exercises (not MOBILIZE)
    ("Deutschland und Frankreich tauschen Geheimdienstinformationen aus.", ("DEU", "FRA", "COOPERATE")),
    ("Polen und Litauen hielten eine gemeinsame Übung ab.", ("POL", "LTU", "COOPERATE")),
    ("Polen und die Ukraine hielten ein gemeinsames Manöver ab.", ("POL", "UKR", "COOPERATE")),
    # SUPPORT: opening diplomatic relations
    ("Saudi-Arabien nahm diplomatische Beziehungen zu Israel auf.", ("SAU", "ISR", "SUPPORT")),
    # CONSULT: talks held
    ("Scholz führte in Paris Gespräche mit Macron über die Lage in der Ukraine.", ("DEU", "FRA", "CONSULT")),
    # SANCTION: relations broken off with the object between verb and particle, expulsion, tariffs
    ("Russland brach die diplomatischen Beziehungen zu Estland ab.", ("RUS", "EST", "SANCTION")),
    ("Litauen verwies zwei russische Diplomaten des Landes.", ("LTU", "RUS", "SANCTION")),
    ("Die USA erhöhten die Zölle auf Waren aus China.", ("USA", "CHN", "SANCTION")),
    # ASSAULT: shelling (participle the lemmatizer keeps as written), missiles fired, offensives
    ("Russische Truppen beschossen ukrainische Städte.", ("RUS", "UKR", "ASSAULT")),
    ("Russland feuerte Raketen auf Kiew ab.", ("RUS", "UKR", "ASSAULT")),
    ("Russland startete eine Offensive gegen die Ukraine.", ("RUS", "UKR", "ASSAULT")),
    # CONCEDE: apologies (regret for one's own act, PLOVER manual) and pardons
    ("Japan entschuldigte sich bei Südkorea für die Zwangsarbeit.", ("JPN", "KOR", "CONCEDE")),
    ("Japan bat Südkorea um Entschuldigung.", ("JPN", "KOR", "CONCEDE")),
    ("Belarus begnadigte einen deutschen Staatsbürger.", ("BLR", "DEU", "CONCEDE")),
    # AGREE: accepting a proposal or invitation, the object between verb and particle
    ("Der Iran nahm den Vorschlag der USA an.", ("IRN", "USA", "AGREE")),
    ("Die Ukraine nahm die Einladung Deutschlands an.", ("UKR", "DEU", "AGREE")),
    # CONSULT: arriving for a visit; SUPPORT: congratulations
    ("Scholz traf am Montag in Peking ein.", ("DEU", "CHN", "CONSULT")),
    ("Scholz gratulierte Macron zum Wahlsieg.", ("DEU", "FRA", "SUPPORT")),
    # REQUEST: an extradition request
    ("Die USA beantragten die Auslieferung eines russischen Hackers.", ("USA", "RUS", "REQUEST")),
    # COERCE: a prison sentence (not ACCUSE, which "verurteilen" alone codes: condemn)
    ("Ein russisches Gericht verurteilte einen deutschen Staatsbürger zu sechs Jahren Haft.", ("RUS", "DEU", "COERCE")),
    ("Ein deutscher Staatsbürger wurde im Iran zu zehn Jahren Haft verurteilt.", ("IRN", "DEU", "COERCE")),
    ("Frankreich verurteilte den russischen Angriff scharf.", ("FRA", "RUS", "ACCUSE")),
    # THREATEN territory, SANCTION (consulate closed, blacklist), REJECT (opposing), SUPPORT
    # (siding with), AGREE (invitation), ASSAULT (torture), RETREAT (surrender)
    ("Russland stellte neue Grenzschilder in Georgien auf.", ("RUS", "GEO", "THREATEN")),
    ("Polen schloss sein Konsulat in Belarus.", ("POL", "BLR", "SANCTION")),
    ("Die USA setzten russische Firmen auf die schwarze Liste.", ("USA", "RUS", "SANCTION")),
    ("Ungarn sprach sich gegen den Beitritt der Ukraine aus.", ("HUN", "UKR", "REJECT")),
    ("Deutschland stellte sich hinter die Ukraine.", ("DEU", "UKR", "SUPPORT")),
    ("Deutschland lud Polen zu Gesprächen ein.", ("DEU", "POL", "AGREE")),
    ("Russische Soldaten folterten ukrainische Gefangene.", ("RUS", "UKR", "ASSAULT")),
    ("Russische Soldaten kapitulierten vor der Ukraine.", ("RUS", "UKR", "RETREAT")),
    # forms simplemma does not know: present "bombardiert", participles in the passive
    ("Israel bombardiert Ziele in Syrien.", ("ISR", "SYR", "ASSAULT")),
    ("Syrische Stellungen wurden von Israel bombardiert.", ("ISR", "SYR", "ASSAULT")),
    ("Ukrainische Gefangene wurden von russischen Soldaten gefoltert.", ("RUS", "UKR", "ASSAULT")),
    # tariffs imposed: "Zölle" is no customs authority (an actor would swallow the trigger)
    ("Die USA haben Zölle von 25 Prozent auf Waren aus Kanada verhängt.", ("USA", "CAN", "SANCTION")),
    # CONSULT by video, CONCEDE (demands met), ACCUSE (concern), ASSAULT (opening fire, abduction)
    ("Scholz und Macron berieten in einer Videokonferenz über die Lage.", ("DEU", "FRA", "CONSULT")),
    ("Israel erfüllte die Forderungen der Palästinenser.", ("ISR", "PSE", "CONCEDE")),
    ("Die Bundesregierung zeigte sich über das Vorgehen Chinas besorgt.", ("DEU", "CHN", "ACCUSE")),
    ("Nordkoreanische Soldaten eröffneten das Feuer auf südkoreanische Grenzposten.", ("PRK", "KOR", "ASSAULT")),
    ("Russische Soldaten entführten den ukrainischen Bürgermeister.", ("RUS", "UKR", "ASSAULT")),
    # MOBILIZE: troops moved, mobilisation ordered
    ("Russland verlegte Truppen an die Grenze.", ("RUS", None, "MOBILIZE")),
    ("Russland ordnete eine Teilmobilmachung an.", ("RUS", None, "MOBILIZE")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_german_class_is_coded(coder: Coder, text: str, expected: tuple) -> None:
    assert expected in _tuples(coder, text)


@pytest.mark.parametrize(("text", "plover"), [
    # "Angriffskrieg", "Invasion": the standing labels of a war, not a new attack
    ("Deutschland hilft der Ukraine gegen den russischen Angriffskrieg.", "ASSAULT"),
    ("Die Invasion der Ukraine jährt sich zum dritten Mal, sagte der polnische Präsident.", "ASSAULT"),
    # "verweisen auf" (refer to) with "des Landes" later in the clause is no expulsion
    ("Der polnische Minister verwies auf Belarus und die Lage des Landes.", "SANCTION"),
    # approving sanctions is the sanction decision, not an agreement ("zustimmen" is left out,
    # as "approve" is in lang/en)
    ("Ungarn hat den Sanktionen gegen Russland zugestimmt.", "AGREE"),
    # "sprechen mit" is no talks: "mit Blick auf", interviews with broadcasters
    ("Die Bundesregierung sprach mit Blick auf Russland von Erpressung.", "CONSULT"),
    ("Der russische Außenminister sprach mit dem Sender CNN über die Ukraine.", "CONSULT"),
    # shots reported near an embassy are no attack by the embassy's state ("Schüsse" is left out)
    ("Die Schüsse fielen in der Nähe der Botschaft der USA in Bagdad.", "ASSAULT"),
    # taking on a task is no admission of responsibility
    ("Die Schweiz übernimmt die Verantwortung für die Organisation des Gipfels mit der Ukraine.", "CONCEDE"),
    # "Blockade" in German politics is obstruction, not a blockade imposed on a territory
    ("Ungarns Blockade der Hilfen für die Ukraine dauert an.", "COERCE"),
    # a border named in the next clause was not opened
    ("Die Türkei öffnete ein Konsulat, die Grenze zu Syrien bleibt zu.", "CONCEDE"),
])
def test_labels_and_idioms_are_no_act(coder: Coder, text: str, plover: str) -> None:
    assert not any(p == plover for _, _, p in _tuples(coder, text))


def test_relations_in_a_commitment_are_no_support_of_their_own(coder: Coder) -> None:
    # an infinitive after a promise is its content, not an act that took place
    got = _tuples(coder, "Beide Länder verpflichteten sich, diplomatische Beziehungen aufzunehmen "
                         "und die Grenze zu respektieren, sagte der armenische Präsident.")
    assert not any(p == "SUPPORT" for _, _, p in got)


def test_demand_to_lift_is_no_concession(coder: Coder) -> None:
    got = _tuples(coder, "Die Türkei forderte Griechenland auf, die Blockade aufzuheben.")
    assert ("TUR", "GRC", "REQUEST") in got
    assert not any(p == "CONCEDE" for _, _, p in got)


# Groups of people the English pack knows (civilians, migrants, refugees, militias, strikers):
# with a nationality adjective they are that state's actors.
PEOPLE = [
    ("Die griechische Küstenwache nahm syrische Migranten fest.", ("GRC", "SYR", "COERCE")),
    ("Die Türkei leistete syrischen Flüchtlingen humanitäre Hilfe.", ("TUR", "SYR", "AID")),
    # (a protest with no addressee is aimed at the own government: roles.yaml own_government_types)
    ("Serbische Lehrer streikten am Montag.", ("SRB", "SRB", "PROTEST")),
    ("Libanesische Ärzte demonstrierten vor dem Parlament in Beirut.", ("LBN", "LBN", "PROTEST")),
    ("Russland verbot die Tätigkeit deutscher Stiftungen.", ("RUS", "DEU", "COERCE")),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE)
def test_german_groups_of_people_are_actors(coder: Coder, text: str, expected: tuple) -> None:
    assert expected in _tuples(coder, text)


def test_abduction_without_agent_blames_no_police(coder: Coder) -> None:
    # an abduction is ASSAULT abduct, not an arrest with an implied police agent
    got = _tuples(coder, "In Russland wurde ein deutscher Staatsbürger entführt.")
    assert ("RUS", "DEU", "COERCE") not in got


def test_agreeing_on_a_ceasefire_is_agree_declaring_one_is_retreat(coder: Coder) -> None:
    # PLOVER: the agreement is the intent (AGREE 0356); a declared ceasefire is the act (RETREAT 0871).
    agreed = _tuples(coder, "Armenien und Aserbaidschan vereinbarten am Montag eine Waffenruhe.")
    assert agreed == {("ARM", "AZE", "AGREE"), ("AZE", "ARM", "AGREE")}
    declared = _tuples(coder, "Aserbaidschan erklärte am Montag eine Waffenruhe gegenüber Armenien.")
    assert ("AZE", "ARM", "RETREAT") in declared and not any(p == "AGREE" for *_, p in declared)
