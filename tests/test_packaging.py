"""Packaging and deployment: the package as pip builds it, the pins, the Procfile and the systemd unit."""

from __future__ import annotations

import ast
import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
import zipfile
from importlib.metadata import PackageNotFoundError, distribution, packages_distributions
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

import bot

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
UNIT = (ROOT / "deploy" / "sahel-alert-bot.service").read_text(encoding="utf-8")
TEST_TOOLS = {
    "pytest", "pytest-asyncio", "pytest-xdist", "hypothesis", "ruff", "setuptools", "mypy", "types-pyyaml", "types-tabulate"
}
# pip: a dependency of sqlite-utils that every virtual environment already has.
ALWAYS_THERE = {"pip"}


def pins(path: Path) -> dict[str, Requirement]:
    """The `name==version` lines of a requirements file, by canonical name (`-r` lines skipped)."""
    found: dict[str, Requirement] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("-r "):
            continue
        req = Requirement(line)
        assert [spec.operator for spec in req.specifier] == ["=="], f"{path.name}: not an exact pin: {raw}"
        name = canonicalize_name(req.name)
        assert name not in found, f"{path.name}: {req.name} pinned twice"
        found[name] = req
    return found


def pinned_version(req: Requirement) -> Version:
    return Version(next(iter(req.specifier)).version)


def dependency_tree(requirements: list[str]) -> set[str]:
    """Canonical names of `requirements` and everything they need, from the installed metadata."""
    seen: set[tuple[str, frozenset[str]]] = set()
    todo = [Requirement(r) for r in requirements]
    while todo:
        req = todo.pop()
        name, extras = canonicalize_name(req.name), frozenset(req.extras)
        if (name, extras) in seen:
            continue
        seen.add((name, extras))
        try:
            needs = distribution(name).requires or []
        except PackageNotFoundError:
            pytest.fail(f"{name} is not installed: run `.venv/bin/pip install -r requirements-dev.txt`")
        for raw in needs:
            sub = Requirement(raw)
            if sub.marker is None or any(sub.marker.evaluate({"extra": extra}) for extra in extras | {""}):
                todo.append(sub)
    return {name for name, _ in seen}


# --- pyproject.toml and the requirements files ---------------------------------------------


def test_project_metadata_is_a_package_of_bot_only() -> None:
    project = PYPROJECT["project"]
    setuptools = PYPROJECT["tool"]["setuptools"]
    assert project["dynamic"] == ["version"] and "version" not in project
    assert setuptools["dynamic"]["version"] == {"attr": "bot.__version__"}
    assert setuptools["packages"]["find"]["include"] == ["bot*"]
    assert {"*.txt", "*.json", "*.tsv", "*.yaml"} <= set(setuptools["package-data"]["*"])
    assert project["scripts"] == {"sahel-alert-bot": "bot.cli:main"}
    assert PYPROJECT["build-system"]["build-backend"] == "setuptools.build_meta"


def test_runtime_pins_are_exactly_the_dependency_tree_of_the_project() -> None:
    runtime = pins(ROOT / "requirements.txt")
    declared = [Requirement(r) for r in PYPROJECT["project"]["dependencies"]]
    for req in declared:
        name = canonicalize_name(req.name)
        assert name in runtime, f"{req.name} is a dependency in pyproject.toml but not pinned in requirements.txt"
        assert req.specifier.contains(pinned_version(runtime[name]), prereleases=True), (
            f"requirements.txt pins {runtime[name]}, outside pyproject.toml's {req}"
        )
        assert set(req.extras) == set(runtime[name].extras), f"{req.name}: extras differ"
    tree = dependency_tree([str(r) for r in declared]) - ALWAYS_THERE
    assert sorted(tree - runtime.keys()) == [], "needed at run time but not pinned in requirements.txt"
    assert sorted(runtime.keys() - tree) == [], "pinned in requirements.txt but not needed by the project"


def test_every_third_party_import_of_bot_is_a_declared_dependency() -> None:
    declared = {canonicalize_name(Requirement(r).name) for r in PYPROJECT["project"]["dependencies"]}
    owners = packages_distributions()
    missing = set()
    for path in sorted((ROOT / "bot").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                tops = {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                tops = {node.module.split(".")[0]}
            else:
                continue
            for top in tops - set(sys.stdlib_module_names) - {"bot", "__future__"}:
                dists = {canonicalize_name(d) for d in owners.get(top, [top])}
                if not dists & declared:
                    missing.add(f"{path.relative_to(ROOT)}: {top}")
    assert sorted(missing) == [], "imported by bot/ but not in pyproject.toml's dependencies"


def test_test_tools_stay_out_of_production() -> None:
    runtime = pins(ROOT / "requirements.txt")
    declared = {canonicalize_name(Requirement(r).name) for r in PYPROJECT["project"]["dependencies"]}
    assert not TEST_TOOLS & runtime.keys()
    assert not TEST_TOOLS & declared
    # packaging is not in the list: matplotlib (the digest's chart) needs it at run time.
    for name in ("sortedcontainers", "iniconfig", "pygments"):
        assert name not in runtime, f"{name} is only needed by the test tools"


def test_dev_requirements_add_the_tools_and_all_they_need() -> None:
    text = (ROOT / "requirements-dev.txt").read_text(encoding="utf-8")
    first = next(line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    assert first == "-r requirements.txt"
    runtime, dev = pins(ROOT / "requirements.txt"), pins(ROOT / "requirements-dev.txt")
    assert dev.keys() >= TEST_TOOLS
    assert not runtime.keys() & dev.keys(), "pinned in both files"
    tools_tree = dependency_tree([str(dev[name]) for name in sorted(TEST_TOOLS)]) - ALWAYS_THERE
    assert sorted(tools_tree - runtime.keys() - dev.keys()) == [], "needed by the test tools but not pinned"
    extra = {canonicalize_name(Requirement(r).name): Requirement(r) for r in PYPROJECT["project"]["optional-dependencies"]["dev"]}
    for name, req in extra.items():
        assert str(req.specifier) == str(dev[name].specifier), f"the dev extra and requirements-dev.txt disagree on {name}"


def test_build_backend_is_pinned_like_the_setuptools_of_the_tests() -> None:
    (backend,) = PYPROJECT["build-system"]["requires"]
    assert Requirement(backend).name == "setuptools"
    assert str(Requirement(backend).specifier) == str(pins(ROOT / "requirements-dev.txt")["setuptools"].specifier)


def test_readme_commands_are_the_ones_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    tests = re.search(r"## Run the tests\s+```sh\n(.+?)\n```", readme, re.S)
    assert tests is not None
    assert tests.group(1) == ".venv/bin/pip install -r requirements-dev.txt && .venv/bin/python -m pytest -q -n auto"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.rstrip().splitlines()[-1] == tests.group(1)
    assert "-r requirements-dev.txt" in ci and "set -euo pipefail" in ci
    try_it = re.search(r"## Try it.*?```sh\n(.+?)\n```", readme, re.S)
    assert try_it is not None and "pip install -r requirements.txt" in try_it.group(1)


# --- the wheel, built and installed --------------------------------------------------------


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel pip builds from a copy of the checkout, with data files added beside modules."""
    work = tmp_path_factory.mktemp("packaging")
    src = work / "src"
    shutil.copytree(
        ROOT, src,
        ignore=shutil.ignore_patterns(".venv", ".git", "__pycache__", ".*_cache", ".hypothesis", "build", "*.egg-info", "*.db*"),
    )
    (src / "bot" / "probe_words.txt").write_text("data\n", encoding="utf-8")
    (src / "bot" / "testing" / "probe.json").write_text("{}\n", encoding="utf-8")
    (src / "bot" / "probe_data").mkdir()
    (src / "bot" / "probe_data" / "places.tsv").write_text("a\tb\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--no-index",
         "--wheel-dir", str(work / "dist"), str(src)],
        check=True, capture_output=True, text=True, timeout=120,
    )
    (built,) = (work / "dist").glob("*.whl")
    return built


def test_wheel_holds_bot_and_its_data_only(wheel: Path) -> None:
    assert wheel.name == f"sahel_alert_bot-{bot.__version__}-py3-none-any.whl"
    names = set(zipfile.ZipFile(wheel).namelist())
    info = f"sahel_alert_bot-{bot.__version__}.dist-info/"
    assert {n.split("/")[0] for n in names} == {"bot", info.rstrip("/")}
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "bot").rglob("*.py")}
    assert "bot/testing/fake_telegram.py" in modules
    assert sorted(modules - names) == [], "modules missing from the wheel"
    assert {"bot/probe_words.txt", "bot/testing/probe.json", "bot/probe_data/places.tsv"} <= names
    assert "bot/keyword_sets.yaml" in names, "the bundled keyword sets (keyword_sets: in a watchlist) must ship"
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_wheel_metadata(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as whl:
        info = f"sahel_alert_bot-{bot.__version__}.dist-info/"
        metadata = whl.read(info + "METADATA").decode()
        entry_points = whl.read(info + "entry_points.txt").decode()
    assert f"\nVersion: {bot.__version__}\n" in metadata
    assert "sahel-alert-bot = bot.cli:main" in entry_points
    required = [Requirement(line.split(":", 1)[1]) for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    always = {canonicalize_name(r.name) for r in required if r.marker is None}
    assert not always & TEST_TOOLS
    assert always == {canonicalize_name(Requirement(r).name) for r in PYPROJECT["project"]["dependencies"]}


def test_installed_bot_runs_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", "--target", str(target), str(wheel)],
        check=True, capture_output=True, text=True, timeout=120,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"} | {"PYTHONPATH": str(target)}

    def run(*args: str) -> str:
        done = subprocess.run(args, cwd=elsewhere, env=env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        return done.stdout

    where = run(sys.executable, "-c", "import bot; print(bot.__file__)").strip()
    assert Path(where).is_relative_to(target), f"imported the checkout's bot: {where}"
    assert bot.__version__ in run(sys.executable, "-m", "bot", "--version")
    assert bot.__version__ in run(str(target / "bin" / "sahel-alert-bot"), "--version")


# --- Procfile and systemd ------------------------------------------------------------------


def procfile_db(env: dict[str, str]) -> str:
    """The --db the Procfile's worker gets, its line run through sh as Heroku-style hosts do."""
    (line,) = [ln for ln in (ROOT / "Procfile").read_text(encoding="utf-8").splitlines() if ln.startswith("worker:")]
    command = line.removeprefix("worker:").strip()
    assert command.startswith("python -m bot run")
    shell = "python() { shift 3; printf '%s\\n' \"$@\"; }; " + command  # prints the arguments after `-m bot run`
    done = subprocess.run(["sh", "-c", shell], env=env, capture_output=True, text=True, timeout=10, check=True)
    args = done.stdout.splitlines()
    assert args.count("--db") == 1, args
    return args[args.index("--db") + 1]


def test_procfile_puts_the_database_on_a_persistent_path() -> None:
    base = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    assert procfile_db(base) == "/data/alerts.db"
    assert procfile_db(base | {"ALERTS_DB": "/mnt/volume/my alerts.db"}) == "/mnt/volume/my alerts.db"


def unit_service() -> dict[str, list[str]]:
    section, values = "", {}
    for line in UNIT.splitlines():
        if line.startswith("["):
            section = line
        elif section == "[Service]" and "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            values.setdefault(key, []).append(value)
    return values


def test_unit_does_not_restart_a_bad_config_or_token() -> None:
    service = unit_service()
    assert service["RestartPreventExitStatus"] == ["2"]
    assert service["Restart"] == ["always"]


def test_unit_paths_agree_with_its_install_steps() -> None:
    service = unit_service()
    (exec_start,) = service["ExecStart"]
    argv = shlex.split(exec_start)
    program = Path(argv[0])
    assert program.parts[:3] == ("/", "opt", "sahel-alert-bot"), "ProtectHome=true hides /root and /home"
    assert service["ProtectHome"] == ["true"]
    venv = program.parent.parent
    steps = [line.removeprefix("#").strip() for line in UNIT.splitlines() if line.startswith("#   ")]
    assert f"/usr/bin/python3 -m venv {venv}" in "\n".join(steps), "the venv must be made with the system Python"
    assert any(step.startswith(f"{venv}/bin/pip install -r ") and step.endswith("/requirements.txt") for step in steps)
    assert any(step.startswith(f"{venv}/bin/pip install --no-deps") for step in steps)
    config, db = argv[argv.index("--config") + 1], argv[argv.index("--db") + 1]
    assert any(Path(config).parent.as_posix() in step and "cp config.yaml" in step for step in steps)
    (state,) = service["StateDirectory"]
    assert Path(db).parent == Path("/var/lib") / state
    assert service["ReadWritePaths"] == [f"/var/lib/{state}"]
    assert service["EnvironmentFile"] == ["/etc/sahel-alert-bot.env"]


def test_unit_install_steps_copy_the_source_only() -> None:
    steps = [line.removeprefix("#").strip() for line in UNIT.splitlines() if line.startswith("#   ")]
    joined = "\n".join(steps)
    assert "git archive HEAD | tar -x -C /opt/sahel-alert-bot/src" in joined
    rsync = next(step for step in steps if "rsync" in step)
    for excluded in (".venv", ".git", "'alerts.db*'"):
        assert f"--exclude {excluded} " in rsync
    assert not re.search(r"\bcp -r\b", joined), "cp -r . would copy .venv, .git and alerts.db"
