"""Every command the parser accepts has one handler, and owner commands carry their flag in one place."""

from app.cli import command_table
from app.cli_parser import build_parser, leaf_commands


def test_every_parsed_command_has_a_handler_and_no_handler_is_unreachable() -> None:
    parsed, handled = leaf_commands(build_parser()), set(command_table())
    # restore runs before the database is opened (it must work on a damaged file)
    assert parsed - handled == {("backup", "restore")}
    assert handled - parsed == set()


def test_owner_commands_are_the_ones_that_touch_pins_cards_and_personal_data() -> None:
    owner = {key for key, command in command_table().items() if command.owner}
    assert ("points", "adjust") in owner and ("customers", "erase") in owner and ("owner", "set-pin") in owner
    assert ("visits", "record") not in owner and ("export", "visits") not in owner  # closing up is staff work


def test_global_options_are_accepted_after_the_command() -> None:
    parser = build_parser()
    after = parser.parse_args(["customers", "find", "zoe", "--json", "--data-dir", "/tmp/x"])
    assert after.json is True and after.data_dir == "/tmp/x"
    before = parser.parse_args(["--json", "--data-dir", "/tmp/y", "customers", "find", "zoe"])
    assert before.json is True and before.data_dir == "/tmp/y"
    neither = parser.parse_args(["customers", "find", "zoe"])
    assert neither.json is False and neither.data_dir is None
