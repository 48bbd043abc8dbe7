"""An event's own rules: dates, times, participants, money, place, links."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from caunoi.events.models import Event


def event(**extra) -> Event:
    fields = {
        "name": "Du Xuân hữu nghị",
        "kind": "friendship_exchange",
        "pillar": "people_to_people",
        "start_date": datetime.date(2026, 2, 11),
    }
    fields.update(extra)
    return Event(**fields)


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({"end_date": datetime.date(2026, 2, 10)}, "end_date"),
        ({"start_time": datetime.time(10), "end_time": datetime.time(9)}, "end_time"),
        ({"end_time": datetime.time(9)}, "start_time"),
        ({"participants_total": 10, "participants_foreign": 11}, "participants_foreign"),
        ({"budget_amount": 1000}, "budget_currency"),
        ({"place": "online"}, "online_link"),
        ({"media_links": "https://hanoimoi.vn/a\nkhông phải địa chỉ"}, "media_links"),
    ],
)
def test_bad_input_gets_a_clear_error_on_its_field(extra, field):
    with pytest.raises(ValidationError) as refused:
        event(**extra).clean()
    assert field in refused.value.message_dict


def test_a_good_event_passes_and_lists_its_links():
    good = event(
        place="online",
        online_link="https://hop.example/x",
        media_links="https://hanoimoi.vn/a\n\nhttps://hanoimoi.vn/b",
        start_time=datetime.time(8),
        end_time=datetime.time(11),
    )
    good.clean()
    assert good.media_link_list == ["https://hanoimoi.vn/a", "https://hanoimoi.vn/b"]
    assert good.ends_at.hour == 11 and good.last_day == good.start_date
