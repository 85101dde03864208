from app.core.model import Turn, Word
from app.core.timing import TimeSpan, merge, timed_words, token_times
from tests.review_circle import timed

TEXT = "We should publish the minutes every week."


def _turn(words: list[Word]) -> Turn:
    return Turn("Ana", 10.0, 17.0, TEXT, words, 0, 1)


def test_unchanged_words_keep_their_timing_and_probability() -> None:
    turn = _turn(timed(TEXT, 10.0, 17.0))

    words = timed_words(turn, TEXT)

    assert [(w.start, w.end, w.probability) for w in words] == [
        (w.start, w.end, w.probability) for w in turn.words
    ]


def test_an_inserted_word_spans_its_neighbours() -> None:
    turn = _turn(timed(TEXT, 10.0, 17.0))

    times = token_times(turn, "We should publish the full minutes every week.")

    assert times[4] == TimeSpan(turn.words[3].start, turn.words[4].end)


def test_a_turn_without_word_timings_is_timed_as_a_whole() -> None:
    times = token_times(_turn([]), TEXT)

    assert set(times) == {TimeSpan(10.0, 17.0)}


def test_merge_joins_overlapping_and_touching_spans() -> None:
    spans = [TimeSpan(5, 6), TimeSpan(1, 2), TimeSpan(2, 3), TimeSpan(5.5, 7)]

    assert merge(spans) == [TimeSpan(1, 3), TimeSpan(5, 7)]
