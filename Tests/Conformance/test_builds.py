"""Services, functions, versions and builds through the official twilio library."""
import json

import pytest
from twilio.base.exceptions import TwilioRestException

from conftest import wait_for_build

SOURCE = "exports.handler = (context, event, callback) => callback(null, 'hello');\n"
DEPENDENCIES = json.dumps([{"name": "twilio", "version": "3.29.2"}, {"name": "@twilio/runtime-handler", "version": "1.0.1"}])


def function_version(sandbox, client, service, path="/hello", content=SOURCE):
    function = client.serverless.v1.services(service.sid).functions.create(friendly_name=path.strip("/") or "root")
    return function, sandbox.upload(service.sid, "Functions", function.sid, path, content)


def test_service_fields_and_lookup_by_unique_name(client, service):
    assert service.sid.startswith("ZS") and len(service.sid) == 34
    assert service.include_credentials is True
    assert service.ui_editable is False
    assert service.url.endswith(f"/v1/Services/{service.sid}")
    assert set(service.links) == {"environments", "functions", "assets", "builds"}
    fetched = client.serverless.v1.services(service.unique_name).fetch()
    assert fetched.sid == service.sid
    updated = client.serverless.v1.services(service.sid).update(friendly_name="Renamed")
    assert updated.friendly_name == "Renamed"


def test_upload_and_fetch_function_version_content(sandbox, client, service):
    function, version = function_version(sandbox, client, service)
    assert version["sid"].startswith("ZN")
    versions = client.serverless.v1.services(service.sid).functions(function.sid).function_versions.list()
    assert [v.sid for v in versions] == [version["sid"]]
    assert versions[0].path == "/hello"
    assert versions[0].visibility == "public"
    content = (
        client.serverless.v1.services(service.sid).functions(function.sid)
        .function_versions(version["sid"]).function_version_content().fetch()
    )
    assert content.content == SOURCE


def test_assets_and_asset_versions(sandbox, client, service):
    asset = client.serverless.v1.services(service.sid).assets.create(friendly_name="style")
    assert asset.sid.startswith("ZH")
    version = sandbox.upload(service.sid, "Assets", asset.sid, "/style.css", "body { color: red }", visibility="protected")
    fetched = client.serverless.v1.services(service.sid).assets(asset.sid).asset_versions(version["sid"]).fetch()
    assert fetched.asset_sid == asset.sid
    assert fetched.visibility == "protected"


@pytest.mark.parametrize("dependencies", [DEPENDENCIES, '"' + DEPENDENCIES + '"'])
def test_build_completes_and_embeds_versions(sandbox, client, service, dependencies):
    function, version = function_version(sandbox, client, service)
    services = client.serverless.v1.services(service.sid)
    build = services.builds.create(function_versions=[version["sid"]], dependencies=dependencies, runtime="node22")
    assert build.sid.startswith("ZB")
    assert build.status == "building"
    assert build.function_versions[0]["sid"] == version["sid"]
    assert build.function_versions[0]["function_sid"] == function.sid
    assert build.dependencies == json.loads(DEPENDENCIES)
    assert build.runtime == "node22"
    assert wait_for_build(services, build.sid) == "completed"
    fetched = services.builds(build.sid).fetch()
    assert fetched.status == "completed"
    assert fetched.date_updated >= fetched.date_created


@pytest.mark.parametrize(
    "dependencies,content",
    [
        (json.dumps([{"name": "twilio", "version": "three"}]), SOURCE),
        (DEPENDENCIES, ""),
    ],
    ids=["dependency-not-semver", "empty-function"],
)
def test_build_fails_by_the_documented_rules(sandbox, client, service, dependencies, content):
    _, version = function_version(sandbox, client, service, content=content)
    services = client.serverless.v1.services(service.sid)
    build = services.builds.create(function_versions=[version["sid"]], dependencies=dependencies)
    assert wait_for_build(services, build.sid) == "failed"


def test_build_without_versions_is_20001(client, service):
    with pytest.raises(TwilioRestException) as raised:
        client.serverless.v1.services(service.sid).builds.create()
    assert raised.value.status == 400
    assert raised.value.code == 20001
    assert "At least one Function Version or Asset Version is required for Build" in raised.value.msg


def test_build_with_a_version_of_another_service_is_20001(sandbox, client, service):
    other = client.serverless.v1.services.create(unique_name="conf-other-svc", friendly_name="Other")
    try:
        _, version = function_version(sandbox, client, other)
        with pytest.raises(TwilioRestException) as raised:
            client.serverless.v1.services(service.sid).builds.create(function_versions=[version["sid"]])
        assert raised.value.code == 20001
    finally:
        client.serverless.v1.services(other.sid).delete()


def test_delete_build_and_function(sandbox, client, service):
    function, version = function_version(sandbox, client, service)
    services = client.serverless.v1.services(service.sid)
    build = services.builds.create(function_versions=[version["sid"]])
    assert services.builds(build.sid).delete() is True
    with pytest.raises(TwilioRestException) as raised:
        services.builds(build.sid).fetch()
    assert raised.value.status == 404 and raised.value.code == 20404
    assert services.functions(function.sid).delete() is True
