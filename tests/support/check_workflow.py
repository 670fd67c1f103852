#!/usr/bin/env python3
"""The GitHub Actions workflow builds what the README says, the way the README says it.

Parses .github/workflows/build.yml and the README's "Building on Windows and macOS" section, and
fails when they differ: the three systems, the QtKeychain build, the configure options, the build
and test commands, and the packages each system makes.
Usage: check_workflow.py SOURCE_ROOT"""
import re
import shlex
import sys

import yaml

root = sys.argv[1]
errors = []


def check(condition, message):
    if not condition:
        errors.append(message)


workflow = yaml.safe_load(open(f"{root}/.github/workflows/build.yml", encoding="utf-8"))
readme = open(f"{root}/README.md", encoding="utf-8").read()
section = readme.split("## Building on Windows and macOS", 1)[1].split("\n## ", 1)[0]
readme_commands = re.search(r"```sh\n(.*?)```", section, re.S).group(1).strip().splitlines()

job = workflow["jobs"]["build"]
matrix = job["strategy"]["matrix"]["include"]
systems = {entry["os"].split("-")[0]: entry["packages"] for entry in matrix}
check(set(systems) == {"ubuntu", "windows", "macos"}, f"systems: {sorted(systems)}")
steps = job["steps"]
run = "\n".join(step.get("run", "") for step in steps)
uses = [step.get("uses", "") for step in steps]
check(any(u.startswith("jurplel/install-qt-action") for u in uses), "no Qt install action")
check(any(u.startswith("actions/upload-artifact") for u in uses), "packages are not kept")


def commands(text):
    """Each shell command, with line continuations joined, split into words."""
    text = text.replace("\\\n", " ")
    return [shlex.split(line) for line in text.splitlines() if line.strip()]


def options(words):
    """A cmake command's -G and -D options, with the values that name local paths left out."""
    result = {}
    for i, word in enumerate(words):
        if word == "-G":
            result["-G"] = words[i + 1]
        elif word.startswith("-D"):
            name, _, value = word[2:].partition("=")
            result[name] = None if name in ("CMAKE_PREFIX_PATH", "CMAKE_INSTALL_PREFIX") else value
    return result


workflow_commands = commands(run)
readme_cmds = commands("\n".join(readme_commands))


def find(cmds, predicate):
    return [c for c in cmds if predicate(c)]


for what, predicate in [
    ("the QtKeychain configure", lambda c: c[:3] == ["cmake", "-S", "qtkeychain"]),
    ("the Parley configure", lambda c: c[:3] == ["cmake", "-S", "."]),
]:
    mine = find(workflow_commands, predicate)
    theirs = find(readme_cmds, predicate)
    check(len(mine) == 1 and len(theirs) == 1, f"{what}: not exactly once in both")
    if mine and theirs:
        check(options(mine[0]) == options(theirs[0]),
              f"{what} differs: workflow {options(mine[0])}, README {options(theirs[0])}")
        check("CMAKE_PREFIX_PATH" in options(mine[0]) or what.startswith("the QtKeychain"),
              f"{what}: no CMAKE_PREFIX_PATH")

for command in (["cmake", "--build", "build"], ["ctest", "--test-dir", "build"],
                ["cmake", "--build", "qtkeychain/build"], ["cmake", "--install", "qtkeychain/build"]):
    in_workflow = any(c[:len(command)] == command for c in workflow_commands)
    in_readme = any(c == command for c in readme_cmds)
    check(in_workflow and in_readme, f"{' '.join(command)}: workflow {in_workflow}, README {in_readme}")

clone = [c for c in workflow_commands if c[:2] == ["git", "clone"]]
readme_clone = [c for c in readme_cmds if c[:2] == ["git", "clone"]]
check(clone and readme_clone and clone[0] == readme_clone[0], "the QtKeychain clone differs")

# The packages: the README's table names the same generators per system.
table = {"windows": "Windows", "macos": "macOS", "ubuntu": "Linux"}
for system, generators in systems.items():
    row = next((line for line in section.splitlines() if line.startswith(f"| {table[system]} |")), "")
    shown = re.search(r"`cpack -G \"?([^`\"]+)\"?`", row)
    check(shown is not None and shown.group(1) == generators,
          f"{system}: workflow makes {generators}, README says {shown.group(1) if shown else None}")

if errors:
    print("\n".join("FAIL: " + e for e in errors))
    sys.exit(1)
print(f"workflow and README agree: {len(systems)} systems, {len(workflow_commands)} commands")
