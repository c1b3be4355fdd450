"""A call changed on its way through the pipeline is the call ``dataclasses.replace`` would make."""

from __future__ import annotations

from dataclasses import replace

import pytest

from mockserver.core.call import Call


def test_a_changed_call_equals_the_replaced_one_and_leaves_the_original_alone() -> None:
    call = Call("http://mock.test/", "/v1/images/generations", {"a": "1"}, {"x-y": "z"})
    changed = call.changed(owner="acct", body={"prompt": "p"})
    assert changed == replace(call, owner="acct", body={"prompt": "p"})
    assert (call.owner, call.body) == ("", None)


def test_a_change_to_a_field_a_call_does_not_have_is_refused() -> None:
    call = Call("http://mock.test/", "/v1/images/generations", {}, {})
    with pytest.raises(TypeError, match="no field ownr"):
        call.changed(ownr="acct")
