"""Paging over several pages, authentication and account isolation, error codes, faults."""
import pytest
import requests
from twilio.base.exceptions import TwilioRestException

from conftest import ACCOUNT, OTHER_ACCOUNT


def test_stream_walks_more_than_one_page(sandbox, client, service):
    functions = client.serverless.v1.services(service.sid).functions
    created = [functions.create(friendly_name=f"f{i}").sid for i in range(7)]
    streamed = [f.sid for f in functions.stream(page_size=3)]
    assert streamed == created
    page = functions.page(page_size=3)
    assert len(list(page)) == 3
    assert page.next_page_url is not None
    last = page.next_page().next_page()
    assert [f.sid for f in last] == created[6:]
    assert last.next_page_url is None


def test_deleting_while_streaming_skips_nothing(client, service):
    functions = client.serverless.v1.services(service.sid).functions
    for i in range(6):
        functions.create(friendly_name=f"d{i}")
    deleted = 0
    for function in functions.stream(page_size=2):
        functions(function.sid).delete()
        deleted += 1
    assert deleted == 6
    assert functions.list() == []


def test_wrong_token_is_20003(sandbox):
    with pytest.raises(TwilioRestException) as raised:
        sandbox.client(token="wrong").serverless.v1.services("anything").fetch()
    assert raised.value.status == 401
    assert raised.value.code == 20003


def test_wrong_token_body_is_twilio_shaped(sandbox):
    response = requests.get(f"{sandbox.url}/v1/Services", auth=(ACCOUNT[0], "wrong"), timeout=30)
    assert response.status_code == 401
    body = response.json()
    assert body["code"] == 20003
    assert body["status"] == 401
    assert body["more_info"] == "https://www.twilio.com/docs/errors/20003"


def test_other_accounts_resources_are_20404(sandbox, service):
    other = sandbox.client(OTHER_ACCOUNT)
    with pytest.raises(TwilioRestException) as raised:
        other.serverless.v1.services(service.sid).fetch()
    assert raised.value.status == 404
    assert raised.value.code == 20404
    with pytest.raises(TwilioRestException) as raised:
        other.serverless.v1.services(service.sid).functions.create(friendly_name="x")
    assert raised.value.code == 20404


def test_duplicate_unique_name_is_409(client, service):
    with pytest.raises(TwilioRestException) as raised:
        client.serverless.v1.services.create(unique_name=service.unique_name, friendly_name="again")
    assert raised.value.status == 409


def test_missing_required_parameter_is_20001(client, service):
    with pytest.raises(TwilioRestException) as raised:
        client.serverless.v1.services(service.sid).environments.create(unique_name="")
    assert raised.value.status == 400
    assert raised.value.code == 20001


def test_injected_429_then_success(sandbox, client, service):
    injected = sandbox.control("POST", "faults", json={"method": "POST", "pathContains": "/Functions", "status": 429, "retryAfter": 1, "times": 1})
    assert injected.status_code == 201
    functions = client.serverless.v1.services(service.sid).functions
    with pytest.raises(TwilioRestException) as raised:
        functions.create(friendly_name="x")
    assert raised.value.status == 429
    assert raised.value.code == 20429
    assert functions.list() == []
    assert functions.create(friendly_name="y").friendly_name == "y"
    stats = sandbox.control("GET", "stats").json()
    assert stats["total"] > 0
    assert sandbox.control("DELETE", "faults").status_code == 204
