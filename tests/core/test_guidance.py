"""The side panel's model: what fires, in which order, and what the host's choices do."""

from __future__ import annotations

from chathost.core.guidance import Guidance
from chathost.core.risk import from_checklist, suggests_emergency
from chathost.guidelines import parse_document
from chathost.protocol import models
from tests.helpers import sample_conversation


def doc(id_, topic, show="trigger", words=(), strong=(), services=("*",), language="nb", extra=""):
    listed = ", ".join(f'"{w}"' for w in words)
    strong_listed = ", ".join(f'"{w}"' for w in strong)
    service_list = ", ".join(f'"{s}"' for s in services)
    triggers = f"[triggers]\nwords = [{listed}]\nstrong = [{strong_listed}]\n" if words else ""
    return parse_document(
        f'+++\nid = "{id_}"\ntitle = "{id_}"\nlanguage = "{language}"\n'
        f'services = [{service_list}]\ntopic = "{topic}"\nshow = "{show}"\n{extra}\n'
        f"{triggers}+++\nBody of {id_}\n"
    )


PACK = [
    doc("good", "general", show="always", extra="order = 10"),
    doc("boundaries", "general", show="always", extra="order = 20"),
    doc("closing", "closing", show="closing"),
    doc("suicide", "suicide", words=["selvmord*", "vil dø"], strong=["har en plan"]),
    doc("bullying", "bullying", words=["mobbet"]),
    doc(
        "acute",
        "acute-danger",
        words=["tatt piller"],
        extra='[[resources]]\nname = "Ambulanse"\nnumber = "113"\nemergency = true\n'
        '[[resources]]\nname = "Legevakt"\nnumber = "116 117"\n',
    ),
    doc("other-service", "suicide", words=["selvmord*"], services=("voksen",)),
    doc("finnish", "suicide", words=["itsemurh*"], language="fi"),
]


def visitor(seq, text, sender="visitor"):
    return models.Message(conversation="c1", seq=seq, sender=sender, text=text, created_at=1.0)


def test_cards_fire_on_visitor_words_most_serious_first_with_highlights():
    guidance = Guidance(PACK, "nb", "ung")
    assert [g.id for g in guidance.standing()] == ["good", "boundaries"]
    assert guidance.fired() == []
    guidance.feed([visitor(1, "jeg blir mobbet"), visitor(2, "selvmord", sender="host")])
    assert [c.id for c in guidance.fired()] == ["bullying"]  # the host's words fire nothing
    guidance.feed([visitor(3, "tenker på selvmord")])
    assert [c.id for c in guidance.fired()] == ["suicide", "bullying"]
    assert guidance.fired()[0].words == ["selvmord"]
    assert guidance.highlights[3] == ((10, 18),)
    guidance.feed([visitor(3, "tenker på selvmord")])  # a replay changes nothing
    assert guidance.fired()[0].level == 4


def test_a_dismissed_card_comes_back_when_the_risk_grows():
    guidance = Guidance(PACK, "nb", "ung")
    guidance.feed([visitor(1, "selvmord")])
    guidance.dismiss("suicide")
    assert guidance.fired() == [] and [c.id for c in guidance.dismissed()] == ["suicide"]
    guidance.feed([visitor(2, "vil dø")])  # same level: stays dismissed
    assert guidance.fired() == []
    guidance.feed([visitor(3, "jeg har en plan, selvmord")])  # stronger: back
    card = guidance.fired()[0]
    assert card.id == "suicide" and card.returned and card.level == 5
    guidance.dismiss("suicide")
    guidance.set_risk("high")  # the host's own judgement rising brings it back too
    assert guidance.fired()[0].id == "suicide"


def test_pinned_cards_stay_on_top_and_closing_guidance_shows_while_closing():
    guidance = Guidance(PACK, "nb", "ung")
    guidance.feed([visitor(1, "mobbet og tenker på selvmord")])
    guidance.pin("bullying")
    assert [c.id for c in guidance.fired()] == ["bullying", "suicide"]
    guidance.set_closing(True)
    assert guidance.standing()[0].id == "closing"


def test_each_conversation_sees_its_service_and_language():
    assert "other-service" not in Guidance(PACK, "nb", "ung").documents
    finnish = Guidance(PACK, "fi", "nuoret")
    finnish.feed([visitor(1, "itsemurha-ajatuksia")])
    assert [c.id for c in finnish.fired()] == ["finnish"]


def test_emergency_numbers_come_from_the_pack():
    guidance = Guidance(PACK, "nb", "ung")
    assert [r.number for r in guidance.emergency_resources()] == ["113"]
    assert Guidance([], "nb", "ung").emergency_resources() == []


def test_a_reload_keeps_what_the_host_chose():
    guidance = Guidance(PACK, "nb", "ung")
    messages = [visitor(1, "mobbet"), visitor(2, "selvmord")]
    guidance.feed(messages)
    guidance.pin("bullying")
    guidance.dismiss("suicide")
    changed = [*PACK[:3], doc("suicide", "suicide", words=["selvmord*"]), *PACK[4:]]
    guidance.reload(changed, messages)
    assert [c.id for c in guidance.fired()] == ["bullying"] and guidance.fired()[0].pinned
    assert [c.id for c in guidance.dismissed()] == ["suicide"]


def test_the_checklist_sets_the_risk_level():
    assert from_checklist({}) is None
    assert from_checklist({"plan": False, "means": False}) == "low"
    assert from_checklist({"attempts": True}) == "medium"
    assert from_checklist({"plan": True}) == "medium"
    assert from_checklist({"plan": True, "means": True}) == "high"
    assert from_checklist({"preparations": True}) == "high"
    assert from_checklist({"plan": True, "preparations": True, "means": True}) == "acute"
    assert suggests_emergency("high") and not suggests_emergency("medium")


async def test_a_long_conversation_opens_at_once_and_its_older_messages_follow():
    from chathost.core.guidance_book import GuidanceBook
    from chathost.core.state import ConsoleState, ConversationState
    from tests.helpers import until

    async def fetch() -> models.GuidelineSet:
        return models.GuidelineSet(revision=1, guidelines=PACK)

    state = ConsoleState()
    info = sample_conversation(last_seq=600)
    messages = [visitor(1, "tenker på selvmord")] + [visitor(n, "hei") for n in range(2, 601)]
    state.conversations["c1"] = ConversationState(info, messages)
    book = GuidanceBook(state, fetch)
    await book.load()
    guidance = book.for_conversation("c1")
    assert guidance.fired() == []  # the newest 200 are matched at once; the first is older
    await until(lambda: [c.id for c in guidance.fired()] == ["suicide"], book.changed)
    await book.close()


def test_a_snapshot_drops_escalations_that_ended_while_away():
    from chathost.core.state import ConsoleState

    def escalation(id_, status="open"):
        return models.Escalation(
            id=id_, conversation="c1", service="ung", alias="Vega 12", kind="supervision",
            status=status, raised_by="host1", raised_by_name="Kari", raised_at=1.0,
            pressed_at=1.0,
        )

    state = ConsoleState()
    state.put_escalation(escalation("gone"))
    state.put_escalation(escalation("kept"))
    snapshot = models.Snapshot(
        user=models.User("super1", "Sigrid", "supervisor", ["ung"]),
        shift=models.ShiftState("available"),
        position=models.StreamPosition("s", 0),
        queues=[],
        conversations=[],
        escalations=[escalation("kept", "acknowledged")],
    )
    state.apply_snapshot(snapshot)
    assert {e.id: e.status for e in state.escalations.values()} == {"kept": "acknowledged"}


def test_the_first_missing_message_is_found_after_a_live_one_came_first():
    from chathost.core.state import ConversationState

    info = sample_conversation(last_seq=5)
    state = ConversationState(info, [visitor(1, "a"), visitor(2, "b"), visitor(5, "e")])
    assert state.complete_upto() == 2
    state.add(visitor(3, "c"))
    state.add(visitor(4, "d"))
    assert state.complete_upto() == 5
