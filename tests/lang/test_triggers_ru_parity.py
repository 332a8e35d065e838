"""Russian trigger lexicon: every PLOVER class the English pack codes has common Russian wording.

The sentences are written for these tests (none comes from the evaluation sets). Each case states
the (source, target, PLOVER type) a reader expects; the coder must emit it unflagged. The negative
cases pin down words that were left out on purpose because they are usually no act.
"""

from __future__ import annotations

import pytest

from mirrorwatch.coding import Coder

PUB = "2025-03-14"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder("ru")


def _tuples(coder: Coder, text: str) -> set[tuple]:
    return {(e.source.country, e.target.country if e.target else None, e.plover)
            for e in coder.code_text(text, published=PUB) if not (e.negated or e.hypothetical)}


CASES = [
    # AID: arms and munitions handed over, asylum granted
    ("США поставили Украине новое вооружение.", ("USA", "UKR", "AID")),
    ("США передали Украине партию боеприпасов.", ("USA", "UKR", "AID")),
    ("Россия предоставила политическое убежище американскому гражданину.", ("RUS", "USA", "AID")),
    # ACCUSE: lawsuits
    ("Украина подала иск против России в Международный суд.", ("UKR", "RUS", "ACCUSE")),
    # RETREAT: an agreed ceasefire is the ceasefire, not only an agreement
    ("Армения и Азербайджан договорились о прекращении огня.", ("ARM", "AZE", "AGREE")),
    # CONCEDE: restrictions eased
    ("Россия смягчила ограничения для американских дипломатов.", ("RUS", "USA", "CONCEDE")),
    # COOPERATE: intelligence shared, extradition (pymorphy3 lemma "экстрадировал")
    ("Россия и Белоруссия обменялись разведданными.", ("RUS", "BLR", "COOPERATE")),
    ("Россия экстрадировала гражданина Белоруссии.", ("RUS", "BLR", "COOPERATE")),
    # SUPPORT: diplomatic relations established
    ("Саудовская Аравия установила дипломатические отношения с Израилем.", ("SAU", "ISR", "SUPPORT")),
    # ASSAULT: bombing, invasion, an offensive begun
    ("Израиль разбомбил позиции в Ливане.", ("ISR", "LBN", "ASSAULT")),
    ("Россия вторглась на Украину.", ("RUS", "UKR", "ASSAULT")),
    ("Россия начала наступление на Украину.", ("RUS", "UKR", "ASSAULT")),
    # SANCTION: relations broken off with an adjective between verb and noun
    ("Литва разорвала все дипломатические отношения с Белоруссией.", ("LTU", "BLR", "SANCTION")),
    # CONCEDE: apology and pardon; AGREE: a proposal accepted; CONSULT: arrival for a visit
    ("Япония извинилась перед Южной Кореей.", ("JPN", "KOR", "CONCEDE")),
    ("Лукашенко помиловал гражданина Германии.", ("BLR", "DEU", "CONCEDE")),
    ("Иран принял предложение США.", ("IRN", "USA", "AGREE")),
    ("Лавров прибыл в Пекин.", ("RUS", "CHN", "CONSULT")),
    # COERCE: a prison sentence
    ("Российский суд приговорил американского гражданина к восьми годам колонии.", ("RUS", "USA", "COERCE")),
    # SANCTION (blacklist), REJECT (opposing), SUPPORT (siding with), ASSAULT (torture), RETREAT (surrender)
    ("США внесли российские компании в санкционный список.", ("USA", "RUS", "SANCTION")),
    ("Венгрия выступила против вступления Украины в ЕС.", ("HUN", "UKR", "REJECT")),
    ("Белоруссия встала на сторону России.", ("BLR", "RUS", "SUPPORT")),
    ("Российские военные пытали украинских пленных.", ("RUS", "UKR", "ASSAULT")),
    ("Украинские военные сдались российской армии.", ("UKR", "RUS", "RETREAT")),
    # CONSULT by video, SUPPORT (recognition), CONCEDE (demands met), ASSAULT (abduction)
    ("Путин и Си Цзиньпин провели переговоры по видеосвязи.", ("RUS", "CHN", "CONSULT")),
    ("Франция официально признала Государство Палестина.", ("FRA", "PSE", "SUPPORT")),
    ("Израиль выполнил требования палестинцев.", ("ISR", "PSE", "CONCEDE")),
    ("Российские военные похитили украинского мэра.", ("RUS", "UKR", "ASSAULT")),
    # CONSULT: hosting a visitor ("принять" with a title or "в Кремле"; "принять решение" is no visit)
    ("Путин принял премьер-министра Индии.", ("RUS", "IND", "CONSULT")),
    ("Трамп принял в Белом доме президента Украины.", ("USA", "UKR", "CONSULT")),
    # MOBILIZE
    ("Россия объявила частичную мобилизацию.", ("RUS", None, "MOBILIZE")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_russian_class_is_coded(coder: Coder, text: str, expected: tuple) -> None:
    assert expected in _tuples(coder, text)


@pytest.mark.parametrize(("text", "plover"), [
    ("С наступлением зимы Россия усилила давление на Украину.", "ASSAULT"),
    ("Годовщина вторжения России в Украину прошла в Киеве без церемоний.", "ASSAULT"),
    ("Россия не намерена отступать от своих принципов в отношениях с Японией.", "RETREAT"),
    # "поставить ракеты на боевое дежурство" puts missiles on duty; it delivers nothing
    ("Россия поставила ракеты на боевое дежурство у границы с Украиной.", "AID"),
    # approving sanctions is the sanction decision ("одобрить" is left out, as "approve" is in lang/en)
    ("Венгрия одобрила санкции против России.", "SUPPORT"),
    # a historical blockade recalled is no new coercion
    ("Блокада Ленинграда длилась почти 900 дней, напомнил посол России в Германии.", "COERCE"),
    # exchanging information in talks is consultation, not intelligence sharing
    ("Лавров и Блинкен обменялись информацией о подготовке встречи.", "COOPERATE"),
])
def test_idioms_are_no_act(coder: Coder, text: str, plover: str) -> None:
    assert not any(p == plover for _, _, p in _tuples(coder, text))


def test_demand_to_lift_is_no_concession(coder: Coder) -> None:
    got = _tuples(coder, "Турция призвала Грецию снять ограничения на границе.")
    assert ("TUR", "GRC", "REQUEST") in got
    assert not any(p == "CONCEDE" for _, _, p in got)


def test_prisoner_of_war_exchange_is_cooperation(coder: Coder) -> None:
    # "военнопленный" is an actor word now; the exchange verb still starts the trigger
    assert ("RUS", "UKR", "COOPERATE") in _tuples(coder, "Россия и Украина обменялись военнопленными.")


def test_plural_ships_are_not_courts(coder: Coder) -> None:
    # "суда" (ships) lemmatizes to "суд" (court): only the singular "судно" is a business actor,
    # so a court ("суд") keeps its JUD sector
    events = coder.code_text("Российский суд арестовал японского рыбака.", published=PUB)
    assert any(e.source.sector == "JUD" and e.plover == "COERCE" for e in events)


def test_abduction_without_agent_blames_no_police(coder: Coder) -> None:
    got = _tuples(coder, "В России был похищен гражданин Германии.")
    assert ("RUS", "DEU", "COERCE") not in got


def test_decision_taken_is_no_visit(coder: Coder) -> None:
    got = _tuples(coder, "Президент России принял решение о поставках газа в Китай.")
    assert not any(p == "CONSULT" for _, _, p in got)


@pytest.mark.parametrize(("text", "expected"), [
    # non-governmental bodies of a state are that state's actors (sector NGO)
    ("Россия запретила деятельность американских НКО.", ("RUS", "USA", "COERCE")),
    ("Россия запретила деятельность немецкой неправительственной организации.", ("RUS", "DEU", "COERCE")),
])
def test_russian_ngos_are_actors(coder: Coder, text: str, expected: tuple) -> None:
    assert expected in _tuples(coder, text)


def test_agreeing_on_a_ceasefire_is_agree_declaring_one_is_retreat(coder: Coder) -> None:
    # PLOVER: the agreement is the intent (AGREE 0356); a declared ceasefire is the act (RETREAT 0871).
    agreed = _tuples(coder, "Армения и Азербайджан в понедельник договорились о перемирии.")
    assert agreed == {("ARM", "AZE", "AGREE"), ("AZE", "ARM", "AGREE")}
    declared = _tuples(coder, "Азербайджан в понедельник объявил перемирие с Арменией.")
    assert ("AZE", "ARM", "RETREAT") in declared and not any(p == "AGREE" for *_, p in declared)
