import json

import pytest

from app.core.review import Review, TextSpan
from app.core.review_record import state_from_dict, state_to_dict
from app.core.shareable import shareable_turns
from app.errors import ReviewError
from tests.review_circle import PARTICIPANTS, reviewed_circle, transcript


def test_a_saved_review_reloads_with_every_decision() -> None:
    review = reviewed_circle()
    review.redact_for_group(3)
    review.choose_visibility("sensemakers")
    review.keep_suggestion("Cal", 7, TextSpan(0, 5))

    saved = json.dumps(state_to_dict(review.state))
    reloaded = Review(
        transcript().turns, PARTICIPANTS, state_from_dict(json.loads(saved))
    )

    assert reloaded.state == review.state
    assert shareable_turns(reloaded) == shareable_turns(review)


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.pop("decisions"),
        lambda d: d.update(version=99),
        lambda d: d.update(visibility="everyone"),
        lambda d: d["redactions"][0].update(turn="4"),
        lambda d: d["decisions"].update(Ben="maybe"),
        lambda d: d.update(unattributed_approved="yes"),
        lambda d: d.update(decisions=["Ben"]),
    ],
)
def test_damaged_saved_review_is_refused(damage) -> None:
    data = state_to_dict(reviewed_circle().state)
    damage(data)

    with pytest.raises(ReviewError, match="damaged"):
        state_from_dict(data)
