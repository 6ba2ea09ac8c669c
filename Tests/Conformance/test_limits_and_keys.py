"""API keys, the concurrency limit and bad input, through the official twilio library."""
import concurrent.futures

import pytest
import requests
from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

from conftest import ACCOUNT, API_KEY, OTHER_ACCOUNT


def test_an_api_key_acts_for_its_account(sandbox, service):
    client = Client(API_KEY[0], API_KEY[1], ACCOUNT[0])
    client.serverless.base_url = sandbox.url
    sids = [listed.sid for listed in client.serverless.v1.services.list()]
    assert service.sid in sids
    fetched = client.serverless.v1.services(service.sid).fetch()
    assert fetched.account_sid == ACCOUNT[0]


def test_a_wrong_api_key_secret_is_20003(sandbox):
    client = Client(API_KEY[0], "wrong-secret", ACCOUNT[0])
    client.serverless.base_url = sandbox.url
    with pytest.raises(TwilioRestException) as raised:
        client.serverless.v1.services.create(unique_name="nope", friendly_name="Nope")
    assert raised.value.status == 401
    assert raised.value.code == 20003


def test_a_nul_in_text_is_20001(client, service):
    with pytest.raises(TwilioRestException) as raised:
        client.serverless.v1.services(service.sid).functions.create(friendly_name="a\x00b")
    assert raised.value.status == 400
    assert raised.value.code == 20001


def test_a_form_over_the_limit_is_413_in_twilios_shape(sandbox):
    response = requests.post(f"{sandbox.url}/v1/Services", auth=ACCOUNT, timeout=30,
                             data={"UniqueName": "big", "FriendlyName": "x" * (1024 * 1024 + 1)})
    assert response.status_code == 413
    body = response.json()
    assert body["code"] == 20001 and body["status"] == 413
    assert body["more_info"] == "https://www.twilio.com/docs/errors/20001"


def test_page_tokens_of_one_account_are_refused_in_another(sandbox, client, service):
    for name in ("a", "b"):
        client.serverless.v1.services(service.sid).functions.create(friendly_name=name)
    page = client.serverless.v1.services(service.sid).functions.page(page_size=1)
    assert page.next_page_url is not None
    response = requests.get(page.next_page_url, auth=OTHER_ACCOUNT, timeout=30)
    assert response.status_code in (400, 404)
