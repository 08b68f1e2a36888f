from tyokirja.i18n import choose_language


def test_command_line_wins_then_setting_then_system():
    assert choose_language("en", "fi", "fi_FI") == "en"
    assert choose_language(None, "en", "fi_FI") == "en"
    assert choose_language(None, None, "en_US") == "en"
    assert choose_language(None, None, "fi_FI") == "fi"


def test_finnish_when_in_doubt():
    assert choose_language(None, None, "sv_FI") == "fi"
    assert choose_language(None, None, "C") == "fi"
    assert choose_language("de", "xx", "de_DE") == "fi"
