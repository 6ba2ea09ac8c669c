"""Environments, deployments, variables and logs through the official twilio library."""
import pytest
from twilio.base.exceptions import TwilioRestException

from conftest import wait_for_build


def completed_build(sandbox, client, service):
    services = client.serverless.v1.services(service.sid)
    function = services.functions.create(friendly_name="hello")
    version = sandbox.upload(service.sid, "Functions", function.sid, "/hello", "exports.handler = () => {};")
    build = services.builds.create(function_versions=[version["sid"]])
    assert wait_for_build(services, build.sid) == "completed"
    return build, function


def test_deploy_variables_and_logs(sandbox, client, service):
    build, function = completed_build(sandbox, client, service)
    services = client.serverless.v1.services(service.sid)
    environment = services.environments.create(unique_name="production", domain_suffix="prod")
    assert environment.sid.startswith("ZE")
    assert environment.build_sid is None
    assert environment.domain_name.endswith("-prod.twil.io")

    env = services.environments(environment.sid)
    deployment = env.deployments.create(build_sid=build.sid)
    assert deployment.sid.startswith("ZD")
    assert deployment.build_sid == build.sid
    assert env.fetch().build_sid == build.sid
    assert [d.sid for d in env.deployments.list()] == [deployment.sid]

    with pytest.raises(TwilioRestException) as raised:
        env.deployments.create(build_sid=build.sid)
    assert raised.value.status == 409

    with pytest.raises(TwilioRestException) as raised:
        services.builds(build.sid).delete()
    assert raised.value.status == 409

    variable = env.variables.create(key="GREETING", value="hello")
    assert variable.sid.startswith("ZV")
    assert env.variables(variable.sid).update(value="hi").value == "hi"
    assert [v.key for v in env.variables.list()] == ["GREETING"]
    assert env.variables(variable.sid).delete() is True

    logs = env.logs.list()
    assert len(logs) >= 1
    assert all(log.deployment_sid == deployment.sid for log in logs)
    assert logs[0].sid.startswith("NO")
    assert env.logs(logs[0].sid).fetch().message == logs[0].message
    by_function = env.logs.list(function_sid=function.sid)
    assert [log.function_sid for log in by_function] == [function.sid]

    env.deployments.create()
    assert env.fetch().build_sid is None
    assert services.builds(build.sid).delete() is True
    assert env.delete() is True


def test_a_second_environment_with_the_same_domain_suffix_conflicts(client, service):
    """The toolkit names environments by domain suffix and looks them up by it; no suffix counts too."""
    environments = client.serverless.v1.services(service.sid).environments
    environments.create(unique_name="production")
    environments.create(unique_name="dev-environment", domain_suffix="dev")
    for unique_name, suffix in [("live", None), ("dev2", "dev")]:
        arguments = {"unique_name": unique_name}
        if suffix is not None:
            arguments["domain_suffix"] = suffix
        with pytest.raises(TwilioRestException) as raised:
            environments.create(**arguments)
        assert raised.value.status == 409
        assert raised.value.code == 20409
        assert "already exists" in raised.value.msg
    assert sorted(e.unique_name for e in environments.list()) == ["dev-environment", "production"]
