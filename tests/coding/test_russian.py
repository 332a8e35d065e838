"""Russian coding: wire-copy verbs and nominalisations of every PLOVER type, case-marked roles,
passives, modality and dates. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from mirrorwatch.coding import Coder

PUB = "2025-03-14"  # a Friday


def _triples(events, *, flagged: bool = False):
    return {(e.source.country, e.target.country if e.target else None, e.plover)
            for e in events if flagged or not (e.negated or e.hypothetical)}


@pytest.fixture(scope="module")
def ru():
    return Coder("ru")


# (sentence, expected (source, target, PLOVER) triples of unflagged events)
CASES = [
    # ACCUSE: summons (also passive, agent marked by "в"), protest, condemnation, accusations
    ("МИД Эстонии вызвал посла России.", {("EST", "RUS", "ACCUSE")}),
    ("Министерство иностранных дел Литвы вызывает временного поверенного в делах Белоруссии.",
     {("LTU", "BLR", "ACCUSE")}),
    ("Посол Латвии был вызван в МИД России.", {("RUS", "LVA", "ACCUSE")}),
    ("Румыния выразила протест в связи с действиями Венгрии.", {("ROU", "HUN", "ACCUSE")}),
    ("Варшава решительно осудила заявления венгерского премьера.", {("POL", "HUN", "ACCUSE")}),
    ("Киев обвинил Москву в нарушении договоренностей.", {("UKR", "RUS", "ACCUSE")}),
    ("Прокуратура Эстонии предъявила обвинения двум гражданам России.", {("EST", "RUS", "ACCUSE")}),
    # SANCTION: expulsions of diplomats, persona non grata, sanctions, border closure, recall
    ("Норвегия высылает трех российских дипломатов.", {("NOR", "RUS", "SANCTION")}),
    ("Москва объявила персонами нон грата двух сотрудников посольства Финляндии.", {("RUS", "FIN", "SANCTION")}),
    ("Евросоюз ввел новые санкции против Ирана.", {("EUR", "IRN", "SANCTION")}),
    ("Литва закрыла границу с Белоруссией.", {("LTU", "BLR", "SANCTION")}),
    ("Грузия отозвала своего посла из Украины.", {("GEO", "UKR", "SANCTION")}),
    # COERCE: arrests (active, agentless passive), expelled journalists, raids
    ("Полиция Азербайджана задержала двух граждан России.", {("AZE", "RUS", "COERCE")}),
    ("Турция депортировала пятерых граждан Ирана.", {("TUR", "IRN", "COERCE")}),
    ("Россия высылает двух немецких журналистов.", {("RUS", "DEU", "COERCE")}),
    ("Силовики Казахстана провели обыск в офисе российского телеканала.", {("KAZ", "RUS", "COERCE")}),
    # CONSULT and SUPPORT both ways; one-way visit to a place
    ("Министр иностранных дел Армении встретился с главой МИД Франции.",
     {("ARM", "FRA", "CONSULT"), ("FRA", "ARM", "CONSULT")}),
    ("Президент Казахстана провел телефонный разговор с президентом Узбекистана.",
     {("KAZ", "UZB", "CONSULT"), ("UZB", "KAZ", "CONSULT")}),
    ("Казахстан и Киргизия подписали соглашение о границе.", {("KAZ", "KGZ", "SUPPORT"), ("KGZ", "KAZ", "SUPPORT")}),
    ("Германия поддержала Молдавию.", {("DEU", "MDA", "SUPPORT")}),
    # AGREE, REQUEST, REJECT, THREATEN, AID, RETREAT, ASSAULT, MOBILIZE (no target needed)
    ("Сербия и Венгрия договорились о строительстве нефтепровода.", {("SRB", "HUN", "AGREE"), ("HUN", "SRB", "AGREE")}),
    ("Пекин потребовал от Токио прекратить провокации.", {("CHN", "JPN", "REQUEST")}),
    ("Армения отвергла обвинения Азербайджана.", {("ARM", "AZE", "REJECT")}),
    ("Минск пригрозил Вильнюсу ответными мерами.", {("BLR", "LTU", "THREATEN")}),
    ("Япония оказала помощь Филиппинам.", {("JPN", "PHL", "AID")}),
    ("Индия освободила двух пакистанских военнослужащих.", {("IND", "PAK", "RETREAT")}),
    ("Израиль нанес удар по Ливану.", {("ISR", "LBN", "ASSAULT")}),
    ("Вооруженные силы Армении обстреляли территорию Азербайджана.", {("ARM", "AZE", "ASSAULT")}),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[f"case{i:02d}" for i in range(len(CASES))])
def test_russian_sentence(ru, sentence, expected):
    assert _triples(ru.code_text(sentence, published=PUB)) == expected
