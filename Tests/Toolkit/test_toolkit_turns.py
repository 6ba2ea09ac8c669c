"""A serverless-toolkit user and a buildsh user take turns on one service: the toolkit's real deploy
library (`deployLocalProject`, as `twilio serverless:deploy` runs it) deploys first — plain, and with
its extra checks (`--extras`: lists, variables, logs, `activateBuild` to `stage` and to production) —
then buildsh deploys and promotes into the service it made, found through `.twiliodeployinfo`, then
the toolkit deploys again into that service (`TOOLKIT_SERVICE_SID`, as twilio-run does when
`.twiliodeployinfo` names one). What a toolkit user would then see is checked: one service,
environments found by suffix, distinct domains, `.twiliodeployinfo` up to date."""
import json
import secrets

import pytest

FUNCTION = """exports.handler = function (context, event, callback) {
  callback(null, { greeting: 'hello ' + (context.GREETING || 'nobody'), lodash: typeof require('lodash') });
};
"""


def write_project(folder, package_name):
    """The toolkit's demo project (deploy.js), under another package name: buildsh must find the
    service through .twiliodeployinfo, not by name."""
    (folder / "functions").mkdir(parents=True)
    (folder / "assets").mkdir()
    (folder / "functions" / "hello.js").write_text(FUNCTION)
    (folder / "assets" / "hello.txt").write_text("hello from a toolkit-deployed asset\n")
    (folder / "package.json").write_text(json.dumps({
        "name": package_name, "version": "1.0.0", "private": True,
        "dependencies": {"lodash": "^4.17.21", "@twilio/runtime-handler": "1.3.0"},
    }, indent=2))
    (folder / ".env").write_text("GREETING=world\nAPI_LEVEL=2\n")
    return folder


def deploy_info_text(info):
    """As twilio-run writes it: JSON.stringify(info, null, '\\t')."""
    return json.dumps(info, indent="\t")


@pytest.mark.parametrize("extras", [False, True], ids=["plain", "extras"])
def test_toolkit_and_buildsh_take_turns_on_one_service(turns, tmp_path, extras):
    name = f"turns-{secrets.token_hex(4)}"
    first = turns.toolkit_deploy(name, *(["--extras"] if extras else []))["result"]
    service = first["serviceSid"]
    dev = first["environmentSid"]
    key = f"{turns.account}:us1"
    project = write_project(tmp_path / "project", package_name=f"local-{secrets.token_hex(3)}")
    # twilio-run saves this after its deploy (saveLatestDeploymentData); deploy.js drives the
    # library below it, so the test writes what twilio-run would have written.
    (project / ".twiliodeployinfo").write_text(deploy_info_text({key: {"serviceSid": service, "latestBuild": first["buildSid"]}}))

    # buildsh's turn: deploy to the toolkit's dev environment by its suffix (was: 20409).
    out, err = turns.buildsh(f'deploy "{project}" environment=dev', cwd=tmp_path)
    deployed = json.loads(out)
    assert deployed["service_sid"] == service
    assert deployed["service"] == name
    assert deployed["environment_sid"] == dev
    assert deployed["environment"] == "dev-environment"
    plan = next(line for line in err.splitlines() if line.startswith("deploy plan:"))
    assert plan.startswith(f"deploy plan: service {name}, environment dev-environment (domain suffix dev), runtime node22")
    info = json.loads((project / ".twiliodeployinfo").read_text())
    assert info == {key: {"serviceSid": service, "latestBuild": deployed["build_sid"]}}
    assert (project / ".twiliodeployinfo").read_text() == deploy_info_text(info)

    # promote along the toolkit's suffixes: stage (the toolkit's, with --extras), prod (new), production.
    # Variables are not promoted unless asked: buildsh says which of the source's keys the target lacks.
    out, err = turns.buildsh(f"promote service={service} from=dev to=stage create=true", cwd=tmp_path)
    assert json.loads(out)["to"] == "stage-environment"
    if extras:  # the toolkit's activateBuild made stage, with its own variable STAGE
        assert "created environment" not in err
        assert "note: stage-environment lacks 2 of dev-environment's variables (API_LEVEL, GREETING)" in err
    else:
        assert "created environment stage-environment (domain suffix stage)" in err
        assert "note: stage-environment has no variables (dev-environment has 2: API_LEVEL, GREETING)" in err
    out, err = turns.buildsh(f"promote service={service} from=stage to=prod create=true", cwd=tmp_path)
    assert json.loads(out)["to"] == "prod-environment"
    assert "created environment prod-environment (domain suffix prod)" in err
    assert ("note: prod-environment has no variables (stage-environment has 1: STAGE)" in err) == extras
    out, err = turns.buildsh(f"promote service={service} from=dev production=true create=true copy_variables=true", cwd=tmp_path)
    promoted = json.loads(out)
    assert promoted["to"] == "production"
    assert promoted["variables_copied"] == 2
    assert "copied 2 variables from dev-environment to production (2 new, 0 changed, 0 already equal)" in err
    assert ("created environment production (no domain suffix)" in err) != extras

    # the toolkit's turn again, into the service .twiliodeployinfo names.
    again = turns.toolkit_deploy(name, service_sid=info[key]["serviceSid"])["result"]
    assert again["serviceSid"] == service
    assert again["environmentSid"] == dev
    assert again["buildSid"] not in (first["buildSid"], deployed["build_sid"])

    # what a toolkit user sees: one service of that name, one environment per suffix, named the
    # toolkit's way, each on its own domain, and the build each runs.
    services = turns.get("Services?PageSize=1000")["services"]
    assert [s["sid"] for s in services if s["unique_name"] == name] == [service]
    assert not [s for s in services if s["unique_name"].startswith("local-")]
    environments = turns.environments(service)
    by_suffix = {}
    for environment in environments:
        suffix = environment["domain_suffix"] or ""
        assert suffix not in by_suffix, f"two environments with suffix {suffix!r}: {environments}"
        by_suffix[suffix] = environment
    expected = {"dev", "stage", "prod", ""} | ({"broken"} if extras else set())
    assert set(by_suffix) == expected
    for suffix, environment in by_suffix.items():
        assert environment["unique_name"] == (f"{suffix}-environment" if suffix else "production")
    domains = [environment["domain_name"] for environment in environments]
    assert len(set(domains)) == len(domains)
    assert by_suffix["dev"]["build_sid"] == again["buildSid"]
    assert by_suffix["stage"]["build_sid"] == deployed["build_sid"]
    assert by_suffix["prod"]["build_sid"] == deployed["build_sid"]
    assert by_suffix[""]["build_sid"] == deployed["build_sid"]

    # and buildsh still finds everything by the toolkit's names: use, variables, the next deploy.
    out, _ = turns.buildsh(f"use service {service}; use environment dev; use", cwd=tmp_path)
    assert json.loads(out) == {"service": name, "environment": "dev-environment"}
    out, _ = turns.buildsh(f"list variables service={service} environment=production | select key", cwd=tmp_path)
    assert sorted(v["key"] for v in json.loads(out)) == ["API_LEVEL", "GREETING"]
    out, err = turns.buildsh(f'deploy "{project}"', cwd=tmp_path)
    third = json.loads(out)
    assert third["service_sid"] == service and third["environment_sid"] == dev
    info = json.loads((project / ".twiliodeployinfo").read_text())
    assert info[key] == {"serviceSid": service, "latestBuild": third["build_sid"]}
    assert len(turns.environments(service)) == len(expected)


def test_a_second_environment_with_a_taken_suffix_is_refused_as_twilio_refuses_it(turns, tmp_path):
    name = f"clash-{secrets.token_hex(4)}"
    service = turns.toolkit_deploy(name)["result"]["serviceSid"]
    _, err = turns.buildsh(f"create environment service={service} unique_name=dev domain_suffix=dev", cwd=tmp_path, expect_ok=False)
    assert "20409" in err or "409" in err or "already exists" in err
    assert len(turns.environments(service)) == 1
