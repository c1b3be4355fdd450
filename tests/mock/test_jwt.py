"""Official JWT auth: HS256 tokens checked against AccessKey/SecretKey pairs (codes 1002-1004)."""

from __future__ import annotations

import jwt
import pytest

from mockserver.core.errors import KlingError
from mockserver.security.jwt_auth import JwtVerifier, looks_like_jwt, make_token

KEYS = {"ak-one": "sk-one", "ak-two": "sk-two"}
NOW = 1_800_000_000.0


def code_of(verifier: JwtVerifier, token: str, now: float = NOW) -> int:
    with pytest.raises(KlingError) as caught:
        verifier.access_key(token, now=now)
    return caught.value.code


def test_a_token_signed_with_a_known_pair_names_its_access_key() -> None:
    token = make_token("ak-one", "sk-one", now=NOW)
    assert JwtVerifier(KEYS).access_key(token, now=NOW) == "ak-one"


def test_a_token_signed_with_another_secret_is_1002() -> None:
    assert code_of(JwtVerifier(KEYS), make_token("ak-one", "sk-two", now=NOW)) == 1002


def test_an_unknown_access_key_is_1002() -> None:
    assert code_of(JwtVerifier(KEYS), make_token("ak-nobody", "sk-one", now=NOW)) == 1002


@pytest.mark.parametrize("token", ["a.b.c", "not-a-jwt..", "eyJhbGciOiJIUzI1NiJ9.e30.x"])
def test_malformed_tokens_are_1002(token: str) -> None:
    assert code_of(JwtVerifier(KEYS), token) == 1002


def test_another_algorithm_is_1002() -> None:
    token = jwt.encode({"iss": "ak-one", "exp": NOW + 60}, "s" * 48, algorithm="HS384")
    assert code_of(JwtVerifier(KEYS), token) == 1002


def test_a_token_without_iss_is_1002() -> None:
    token = make_token("ak-one", "sk-one", now=NOW).split(".")
    token[1] = "eyJleHAiOjE4MDAwMDAwNjB9"  # {"exp":1800000060}; the signature no longer matters
    assert code_of(JwtVerifier(KEYS), ".".join(token)) == 1002


def test_a_token_without_exp_is_1002() -> None:
    token = jwt.encode({"iss": "ak-one"}, "sk-one-" * 6, algorithm="HS256")
    assert code_of(JwtVerifier({"ak-one": "sk-one-" * 6}), token) == 1002


def test_tokens_signed_by_pyjwt_are_accepted() -> None:
    secret = "a-secret-key-of-a-realistic-length-32"
    token = jwt.encode({"iss": "ak", "exp": NOW + 60, "nbf": NOW - 5}, secret, algorithm="HS256")
    assert JwtVerifier({"ak": secret}).access_key(token, now=NOW) == "ak"


def test_a_token_not_valid_yet_is_1003() -> None:
    token = make_token("ak-one", "sk-one", now=NOW + 60, not_before_s=0)
    assert code_of(JwtVerifier(KEYS), token) == 1003


def test_an_expired_token_is_1004() -> None:
    token = make_token("ak-one", "sk-one", now=NOW - 3600, lifetime_s=1800)
    assert code_of(JwtVerifier(KEYS), token) == 1004


def test_a_badly_signed_expired_token_is_1002_not_1004() -> None:
    token = make_token("ak-one", "wrong", now=NOW - 3600)
    assert code_of(JwtVerifier(KEYS), token) == 1002


def test_small_clock_skew_is_allowed_both_ways() -> None:
    verifier = JwtVerifier(KEYS, leeway_s=5)
    early = make_token("ak-one", "sk-one", now=NOW + 3, not_before_s=0)
    late = make_token("ak-one", "sk-one", now=NOW - 1800 - 3 + 1, lifetime_s=1800)
    assert verifier.access_key(early, now=NOW) == "ak-one"
    assert verifier.access_key(late, now=NOW) == "ak-one"


def test_without_pairs_the_signature_is_not_checked_but_the_times_are() -> None:
    open_verifier = JwtVerifier({})
    assert open_verifier.access_key(make_token("ak-x", "anything", now=NOW), now=NOW) == "ak-x"
    assert code_of(open_verifier, make_token("ak-x", "s", now=NOW - 7200)) == 1004


def test_the_real_clock_is_used_by_default() -> None:
    assert JwtVerifier(KEYS).access_key(make_token("ak-two", "sk-two")) == "ak-two"


def test_gateway_keys_do_not_look_like_jwts() -> None:
    assert not looks_like_jwt("sk-abc123")
    assert looks_like_jwt(make_token("a", "b"))
