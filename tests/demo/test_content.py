"""The demo's texts are YAML files a trainer edits: each loads, and each text is there in Kyrgyz,
Russian and English."""

import pytest

from demo import content

LANGUAGES = {"ky", "ru", "en"}
# The recording's captions exist only in the languages of the talk and its subtitles.
CAPTIONS = {"ky", "ru"}


def texts(node, where=()):
    """Every {language: text} mapping in a loaded file, with where it is."""
    if isinstance(node, dict):
        if set(node) & LANGUAGES:
            yield where, node
        else:
            for key, value in node.items():
                yield from texts(value, (*where, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from texts(value, (*where, index))


def test_there_are_content_files():
    names = {str(path.relative_to(content.CONTENT)) for path in content.files()}
    assert {
        "accounts.yaml",
        "home.yaml",
        "certificates.yaml",
        "webinars.yaml",
        "h5p.yaml",
        "courses/catalogue.yaml",
        "courses/gender-cedaw.yaml",
        "quizzes/cedaw-basics.yaml",
    } <= names


def filled(value) -> bool:
    """A text, a list of texts (accepted answers) or one language's structure, not empty."""
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        return bool(value) and all(filled(item) for item in value)
    if isinstance(value, dict):
        return bool(value) and all(filled(item) for item in value.values())
    return value is not None


@pytest.mark.parametrize("path", content.files(), ids=lambda path: path.name)
def test_every_file_loads_and_every_text_has_kyrgyz_russian_and_english(path):
    data = content.load(str(path.relative_to(content.CONTENT).with_suffix("")))
    for where, node in texts(data):
        expected = CAPTIONS if where[:1] == ("cues",) else LANGUAGES
        assert set(node) == expected, (path.name, where)
        assert all(filled(value) for value in node.values()), (path.name, where)
        shapes = {type(value) for value in node.values()}
        assert len(shapes) == 1, (path.name, where)
        if shapes == {dict}:  # one structure per language: the same fields in each
            assert len({tuple(value) for value in node.values()}) == 1, (path.name, where)


def test_the_texts_are_found_where_they_are():
    assert ("template",) in [where for where, _node in texts(content.load("certificates"))]
    found = dict(texts(content.load_course("gender-cedaw")))
    assert found[("title",)]["ky"] == "Гендердик теңчиликтин негиздери жана CEDAW"
    assert set(found[("modules", 0, "lessons", 0, "body", 0, "text")]) == LANGUAGES


def test_the_catalogue_names_every_course_file_and_each_slug_is_its_file_name():
    slugs = [course["slug"] for course in content.courses()]
    assert set(slugs) | {"catalogue"} == {
        path.stem for path in (content.CONTENT / "courses").glob("*.yaml")
    }
    assert [quiz["slug"] for quiz in content.quizzes()] == [
        "cedaw-basics",
        "inclusive-dialogue-check",
        "municipal-budgets-check",
    ]


def test_a_malformed_file_is_named_in_the_error(tmp_path, monkeypatch):
    monkeypatch.setattr(content, "CONTENT", tmp_path)
    (tmp_path / "home.yaml").write_text("ky:\n  title: [unclosed\n", encoding="utf-8")
    with pytest.raises(content.ContentError, match=r"(?s)home\.yaml: not valid YAML.*line 2"):
        content.load("home")
    (tmp_path / "accounts.yaml").write_text("- a list\n", encoding="utf-8")
    with pytest.raises(content.ContentError, match=r"accounts\.yaml: expected a mapping"):
        content.load("accounts")
    with pytest.raises(content.ContentError, match=r"webinars\.yaml: cannot be read"):
        content.load("webinars")
    (tmp_path / "quizzes").mkdir()
    (tmp_path / "quizzes" / "a-quiz.yaml").write_text("slug: another\n", encoding="utf-8")
    with pytest.raises(content.ContentError, match=r"a-quiz\.yaml: its slug is 'another'"):
        content.quizzes()
