"""bot.limits: Telegram's flood limits as a schedule, driven by a clock the test turns by hand."""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.limits import GROUP_GAP, OVERALL_PER_SECOND, PRIVATE_GAP, FloodGate, chat_gap

PRIVATE = 1001  # private chats have positive ids in the Bot API
OTHER_PRIVATE = 1002
GROUP = -100123  # groups and channels negative ones
SLOT = 1.0 / OVERALL_PER_SECOND


def send_all(gate: FloodGate, chats: list[int], start: float = 0.0) -> list[tuple[int, float]]:
    """Send one message per entry of `chats`, in order, each as soon as the gate allows:
    what a sender does, with the clock jumping to each ready time instead of sleeping."""
    clock = start
    sent = []
    for chat in chats:
        clock = max(clock, gate.ready(chat))
        gate.take(chat, clock)
        sent.append((chat, clock))
    return sent


def times_per_chat(sent: list[tuple[int, float]]) -> dict[int, list[float]]:
    per_chat: dict[int, list[float]] = defaultdict(list)
    for chat, at in sent:
        per_chat[chat].append(at)
    return per_chat


@pytest.mark.parametrize(("chat_id", "gap"), [(1, PRIVATE_GAP), (PRIVATE, PRIVATE_GAP), (GROUP, GROUP_GAP), (-1, GROUP_GAP)])
def test_chat_gap_is_one_second_for_private_chats_and_three_for_groups(chat_id: int, gap: float) -> None:
    assert chat_gap(chat_id) == gap


def test_the_limits_stay_under_telegrams() -> None:
    assert OVERALL_PER_SECOND < 30  # Telegram: about 30 messages a second overall
    assert PRIVATE_GAP >= 1.0  # one a second to one private chat
    assert 60 / GROUP_GAP <= 20  # 20 a minute to one group


def test_a_fresh_gate_lets_everything_go_at_once() -> None:
    gate = FloodGate()
    assert gate.ready(PRIVATE) == 0.0
    assert gate.ready(GROUP) == 0.0
    assert gate.global_ready() == 0.0


@pytest.mark.parametrize(("chat_id", "gap"), [(PRIVATE, PRIVATE_GAP), (GROUP, GROUP_GAP)])
def test_a_message_spends_the_chats_slot_and_a_global_slot(chat_id: int, gap: float) -> None:
    gate = FloodGate()
    gate.take(chat_id, now=100.0)
    assert gate.chat_ready(chat_id) == pytest.approx(100.0 + gap)
    assert gate.global_ready() == pytest.approx(100.0 + SLOT)
    assert gate.ready(chat_id) == pytest.approx(100.0 + gap)


@pytest.mark.parametrize(("chat_id", "gap"), [(PRIVATE, PRIVATE_GAP), (GROUP, GROUP_GAP)])
def test_messages_to_one_chat_are_spaced_by_its_gap(chat_id: int, gap: float) -> None:
    sent = send_all(FloodGate(), [chat_id] * 5, start=50.0)
    assert [at for _, at in sent] == pytest.approx([50.0 + gap * i for i in range(5)])


def test_a_group_gets_at_most_twenty_messages_a_minute() -> None:
    sent = send_all(FloodGate(), [GROUP] * 40)
    in_first_minute = [at for _, at in sent if at < 60.0]
    assert len(in_first_minute) == 20


def test_a_private_chat_gets_at_most_one_message_a_second() -> None:
    sent = send_all(FloodGate(), [PRIVATE] * 10)
    assert len([at for _, at in sent if at < 5.0]) == 5


def test_other_chats_are_not_held_back_by_a_busy_one() -> None:
    gate = FloodGate()
    send_all(gate, [GROUP] * 3, start=100.0)  # sent at 100, 103 and 106: booked until 109
    assert gate.chat_ready(GROUP) == pytest.approx(109.0)
    # Another chat only waits for the global slot, a twenty-ninth of a second away.
    assert gate.ready(PRIVATE) == pytest.approx(106.0 + SLOT)
    gate.take(PRIVATE, now=106.0 + SLOT)
    assert gate.ready(OTHER_PRIVATE) == pytest.approx(106.0 + 2 * SLOT)
    assert gate.ready(GROUP) == pytest.approx(109.0)


def test_the_global_rate_spaces_messages_to_many_chats() -> None:
    chats = list(range(1, 101))  # 100 private chats, one message each
    sent = send_all(FloodGate(), chats)
    times = [at for _, at in sent]
    assert times == pytest.approx([i * SLOT for i in range(100)])
    # 29 a second: any second (less a hair for rounding) holds at most 29 messages.
    assert max(sum(1 for t in times if start <= t < start + 1.0 - 1e-9) for start in times) == 29


def test_a_late_message_starts_from_now_not_from_the_old_slot() -> None:
    gate = FloodGate()
    gate.take(PRIVATE, now=0.0)
    gate.take(PRIVATE, now=500.0)  # long after its slot: no debt is carried
    assert gate.chat_ready(PRIVATE) == pytest.approx(500.0 + PRIVATE_GAP)
    assert gate.global_ready() == pytest.approx(500.0 + SLOT)


def test_a_message_sent_early_pushes_the_next_slot_further() -> None:
    """Virtual time: two messages taken at once book two gaps, so a burst is paid for."""
    gate = FloodGate()
    gate.take(PRIVATE, now=10.0)
    gate.take(PRIVATE, now=10.0)
    assert gate.chat_ready(PRIVATE) == pytest.approx(10.0 + 2 * PRIVATE_GAP)
    assert gate.global_ready() == pytest.approx(10.0 + 2 * SLOT)


def test_retry_after_for_one_chat_holds_back_only_that_chat() -> None:
    gate = FloodGate()
    gate.take(PRIVATE, now=0.0)
    gate.throttle_chat(PRIVATE, seconds=30.0, now=0.5)
    assert gate.ready(PRIVATE) == pytest.approx(30.5)
    assert gate.ready(OTHER_PRIVATE) == pytest.approx(SLOT)
    assert gate.ready(GROUP) == pytest.approx(SLOT)
    assert gate.global_ready() == pytest.approx(SLOT)


def test_retry_after_for_one_chat_never_shortens_its_wait() -> None:
    gate = FloodGate()
    gate.throttle_chat(GROUP, seconds=60.0, now=0.0)
    gate.throttle_chat(GROUP, seconds=5.0, now=1.0)  # a shorter answer later
    assert gate.chat_ready(GROUP) == pytest.approx(60.0)


def test_a_throttled_chat_then_resumes_at_its_own_pace() -> None:
    gate = FloodGate()
    gate.throttle_chat(PRIVATE, seconds=10.0, now=0.0)
    sent = send_all(gate, [PRIVATE] * 3)
    assert [at for _, at in sent] == pytest.approx([10.0, 11.0, 12.0])


def test_retry_after_for_the_whole_bot_holds_back_every_chat() -> None:
    gate = FloodGate()
    gate.take(PRIVATE, now=0.0)
    gate.throttle_all(seconds=20.0, now=2.0)
    assert gate.global_ready() == pytest.approx(22.0)
    for chat in (PRIVATE, OTHER_PRIVATE, GROUP):
        assert gate.ready(chat) == pytest.approx(22.0)
    assert gate.chat_ready(OTHER_PRIVATE) == 0.0  # the chats' own slots are untouched
    sent = send_all(gate, [OTHER_PRIVATE, GROUP])
    assert [at for _, at in sent] == pytest.approx([22.0, 22.0 + SLOT])


def test_retry_after_for_the_whole_bot_never_shortens_the_wait() -> None:
    gate = FloodGate()
    gate.throttle_all(seconds=20.0, now=0.0)
    gate.throttle_all(seconds=1.0, now=5.0)
    assert gate.global_ready() == pytest.approx(20.0)


def test_a_chat_throttled_beyond_the_whole_bot_waits_for_the_later() -> None:
    gate = FloodGate()
    gate.throttle_all(seconds=5.0, now=0.0)
    gate.throttle_chat(GROUP, seconds=40.0, now=0.0)
    assert gate.ready(GROUP) == pytest.approx(40.0)
    assert gate.ready(PRIVATE) == pytest.approx(5.0)


def test_without_per_chat_limits_only_the_global_rate_applies() -> None:
    gate = FloodGate(per_chat=False)  # the console
    sent = send_all(gate, [PRIVATE] * 4)
    assert [at for _, at in sent] == pytest.approx([i * SLOT for i in range(4)])
    assert gate.chat_ready(PRIVATE) == 0.0


def test_a_custom_overall_rate() -> None:
    gate = FloodGate(overall_per_second=2.0)
    sent = send_all(gate, [1, 2, 3, 4])
    assert [at for _, at in sent] == pytest.approx([0.0, 0.5, 1.0, 1.5])


def test_forget_drops_a_chat_only_once_its_slot_has_passed() -> None:
    gate = FloodGate()
    gate.take(GROUP, now=0.0)
    gate.forget(GROUP, now=1.0)  # still booked until 3 s: kept
    assert gate.chat_ready(GROUP) == pytest.approx(GROUP_GAP)
    gate.forget(GROUP, now=GROUP_GAP)
    assert GROUP not in gate._chat_next
    assert gate.chat_ready(GROUP) == 0.0
    gate.forget(PRIVATE, now=0.0)  # an unknown chat: nothing to do
    assert PRIVATE not in gate._chat_next


def test_forget_keeps_a_throttled_chat() -> None:
    gate = FloodGate()
    gate.throttle_chat(PRIVATE, seconds=30.0, now=0.0)
    gate.forget(PRIVATE, now=29.0)
    assert gate.ready(PRIVATE) == pytest.approx(30.0)


def test_gates_share_no_state() -> None:
    first, second = FloodGate(), FloodGate()
    first.take(PRIVATE, now=0.0)
    assert second.ready(PRIVATE) == 0.0


CHAT_IDS = st.sampled_from([1, 2, 3, 77, -1, -2, -100555])


@settings(deadline=None)
@given(chats=st.lists(CHAT_IDS, max_size=120), start=st.floats(min_value=0, max_value=1e6, allow_nan=False))
def test_whatever_the_traffic_no_limit_is_ever_exceeded(chats: list[int], start: float) -> None:
    sent = send_all(FloodGate(), chats, start=start)
    times = [at for _, at in sent]
    assert times == sorted(times)
    for a, b in pairwise(times):
        assert b - a >= SLOT - 1e-9
    for chat, at in times_per_chat(sent).items():
        gap = chat_gap(chat)
        for a, b in pairwise(at):
            assert b - a >= gap - 1e-9
        if chat < 0:  # at most 20 a minute in any minute
            assert all(sum(1 for t in at if s <= t < s + 60.0 - 1e-9) <= 20 for s in at)


@settings(deadline=None)
@given(chats=st.lists(CHAT_IDS, min_size=1, max_size=60))
def test_no_message_waits_longer_than_its_limits_demand(chats: list[int]) -> None:
    """The gate is not merely safe but prompt: each message goes at the later of its chat's
    gap after that chat's previous message and a global slot after the previous message."""
    sent = send_all(FloodGate(), chats)
    last_by_chat: dict[int, float] = {}
    previous = None
    for chat, at in sent:
        earliest = max(
            0.0,
            last_by_chat[chat] + chat_gap(chat) if chat in last_by_chat else 0.0,
            previous + SLOT if previous is not None else 0.0,
        )
        assert at == pytest.approx(earliest)
        last_by_chat[chat] = previous = at
