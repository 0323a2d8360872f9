"""Page furniture by its form: captions, credits, widgets, promotion, link lists, hover cards.

The strings are made up in the shape web pages use; none is copied from a page kg is measured on.
"""
from __future__ import annotations

import pytest

from kg.ingest.furniture import is_furniture, strip_widgets
from kg.ingest.text import clean_lines, drop_widget_lines

PROSE = [
    "The minister said on Tuesday that the talks with his counterpart had gone better than expected.",
    "By Tuesday, the two delegations had agreed on a timetable for the withdrawal of their troops.",
    "Reporting by local newspapers and the state broadcaster said the convoy was stopped at the border.",
    "Her inbox filled with threats after the vote, the senator told the committee on Monday.",
    "He backed the Israeli/Palestinian Authority talks.",
    "Nowadays, the disease is easily treated with antibiotics.",
    "Analysis of the ballots took three weeks.",
    "North Korea's nuclear tests",
    "John Doe is the author of a new book about his time in the White House.",
    "Russia will not subscribe to the deal, the ministry said.",
    "More than 40 people were killed, the ministry said.",
    "More: the ministry said nothing else.",
]
FURNITURE = [
    "Anna Berg / Reuters file",                                     # credit line
    "The harbour of Odesa at dawn.Anna Berg / Reuters file",         # caption with its credit glued on
    "FILE PHOTO: Soldiers at a checkpoint near the city. REUTERS/Anna Berg",
    "Soldiers at a checkpoint near the city, May 3, 2019. (Anna Berg/Reuters)",
    "Soldiers at a checkpoint near the city (AP)",
    "Tom Field | Bloomberg | Getty Images",
    "Tom Field, AP",
    "A farmer in the fieldsCredit: The Daily Gazette",
    "© 2019 Example Media Ltd. All Rights Reserved",
    "1of4A shopper looks at candles in a hardware store before the blackout.",
    "Sign up for our daily newsletter and get the news delivered to your inbox",
    "Follow Example News on Facebook, Twitter and Instagram.",
    "Click here to read more from the Daily Gazette.",
    "Read more: Ministers meet again in Geneva",
    "We use cookies to understand how you use our site and to improve your experience.",
    "This site is protected by recaptcha Privacy Policy | Terms of Service",
    "If you enjoyed this article, subscribe to support our journalism.",
    "Reporting by Tom Field; additional reporting by Ann Lee; Editing by Bo Chan",
    "(Reporting by Tom Field in Kyiv; Editing by Bo Chan)",
    "By Tom Field and Ann Lee",
    "By Ann Lee on Monday, November 18th, 2019 at 11:04 a.m.",
    "Tom Field is a reporter for Example News.",
    "JUST WATCHED Talks in Geneva Replay More Videos ... MUST WATCH Talks in Geneva 02:31",
    "Photos: Protests in the capital Protests in the capital – Police line the square. Hide Caption 3 of 21",
    "Enlarge this image toggle caption Anna Berg/AP",
    "Image copyright Reuters Image caption The minister arrives for the talks",
    "Media playback is unsupported on your device Media caption The minister speaks to reporters",
    "Advertisement",
    "Best winter deals on coats this year Best winter deals on coats this year",
    "___",
    "Slideshow (3 Images)",
    "( PHOTOS: Scenes from the front)",
    "[pullquote]",
    "The Associated Press contributed to this report.",
    "More:Ministers meet again in Geneva as the talks drag on",       # a related link glued to its label
    "More: Five things to know about the Geneva talks",
]


@pytest.mark.parametrize("line", PROSE)
def test_prose_and_headings_are_not_furniture(line):
    assert not is_furniture(line)


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_is_told_by_its_form(line):
    assert is_furniture(line)


@pytest.mark.parametrize("glued, clean", [
    ("threatened Rep. Jane DoeJane DoeTalks stall | Senate votes | Budget passes MORE (D-Ohio), officials said.",
     "threatened Rep. Jane Doe (D-Ohio), officials said."),
    ("It was bad for President Smith John Allen SmithSenators balk at long trial Democrats make play MORE — but",
     "It was bad for President Smith — but"),
    ("Ann Lee Ann Marie LeeBudget talks: Lee 'confident' of a deal Lee denies claims MORE, chosen today,",
     "Ann Lee, chosen today,"),
    ("Attorney General Jeff Doe Jefferson (Jeff) Beau DoeSanford: 'It carries weight' MORE or anyone else",
     "Attorney General Jeff Doe or anyone else"),
    ("secretary Sarah Lee Sarah Elizabeth RayBill Press: briefings are needed MORE Ray said.",
     "secretary Sarah Lee Ray said."),
])
def test_hover_cards_after_linked_names_are_cut(glued, clean):
    assert strip_widgets(glued) == clean


@pytest.mark.parametrize("captioned, caption", [
    ("Jane Roe Photographer: Ann Lee/Example Images", "Jane Roe"),
    ("Share rows first: Facebook Twitter Pinterest Jane Roe in Geneva. Photograph: Ann Lee/Reuters",
     "Share rows first: Facebook Twitter Pinterest Jane Roe in Geneva."),
    ("Facebook Twitter Pinterest Jane Roe in Geneva on Monday. Photograph: Ann Lee/AFP/Getty Images",
     "Jane Roe in Geneva on Monday."),
    ("Delegates in Geneva in May, 2019. Photograph by Ann Lee / Example", "Delegates in Geneva in May, 2019."),
    ("Photographer: Ann Lee/Example Images North America Photographer: Ann Lee/Example Images North America", ""),
])
def test_photo_credits_and_share_buttons_are_cut_from_a_caption(captioned, caption):
    assert strip_widgets(captioned) == caption


@pytest.mark.parametrize("text", ["CLICK HERE TO READ MORE BY JOHN DOE", "McDonald and DeSantis want MORE money.",
                                  "He said: \"MORE troops, not fewer.\"", "Photographs show the minister in Geneva.",
                                  "The album was credited to him. Photograph by the minister himself.",
                                  "Share it on Facebook Twitter Pinterest or Email."])
def test_text_without_a_hover_card_is_unchanged(text):
    assert strip_widgets(text) == text


def _prose(n: int, topic: str) -> str:
    return (f"The {topic} talks resumed on day {n} in the capital, and the delegations said that they "
            f"expected a result before the end of the week, according to officials.")


def test_scraped_page_keeps_the_article_and_drops_teasers_and_link_lists():
    teasers = []
    for n in range(6):  # another site's "most read": headline, byline, date, teaser paragraph
        teasers += [f"Headline number {n} about something else entirely", "By Some Writer", "November 20, 2019",
                    f"Our family always celebrates anniversaries, but not this week {n}, because the court "
                    f"has ruled against our father and he is still in prison, we wrote."]
    page = "\n".join(
        ["Home", "World", "Politics", "Sport", "WASHINGTON —"]
        + [_prose(1, "trade"), "", _prose(2, "trade"), "A Subheading With A Name Like Jane Doe", _prose(3, "trade"),
           "Related", "First related headline here", "Second related headline here",
           "Third related headline here", "Fourth related headline here", _prose(4, "trade"),
           "Anna Berg / Reuters file", _prose(5, "trade")]
        + ["Share", "Comments", "More from Example", "Most read", "Weather", "Contact us", "Careers", "Sitemap",
           "Newsletters", "Apps", "Podcasts"]
        + teasers)
    kept = [line for _, line in clean_lines(page)]
    assert kept[0] == "WASHINGTON —"  # a one-line dateline before the first paragraph stays
    assert [_prose(n, "trade") for n in range(1, 6)] == [line for line in kept if "talks resumed" in line]
    assert "A Subheading With A Name Like Jane Doe" in kept
    assert not any("related headline" in line or "anniversaries" in line or "Reuters" in line for line in kept)


def test_a_pull_quote_repeated_on_the_page_stays_once_in_the_article():
    quote = "The quote that the page shows twice, once as a highlight and once in the article body itself."
    page = "\n".join(["Menu", "Highlights", quote, "Share"] + [_prose(1, "peace"), quote, _prose(2, "peace")])
    kept = [line for _, line in clean_lines(page)]
    assert kept == [_prose(1, "peace"), quote, _prose(2, "peace")]


def test_crawler_text_loses_widgets_and_keeps_short_headings():
    paragraphs = ["Ann Lee, Bo Chan and Tom Field", "ANALYSIS/OPINION:", _prose(1, "arms"),
                  "JUST WATCHED Talks Replay More Videos ... MUST WATCH Talks 02:31",
                  "Putin's gamble", _prose(2, "arms"), "Advertisement",
                  "Enlarge this image toggle caption Anna Berg/AP", _prose(3, "arms"), "Tom Field"]
    assert drop_widget_lines(paragraphs) == [_prose(1, "arms"), "Putin's gamble", _prose(2, "arms"), _prose(3, "arms")]


def test_a_one_sentence_article_is_an_article(tmp_path):
    from kg.ingest import IngestOptions, load_articles
    from kg.model import Article, Skip

    sentence = "Putin met Xi in Beijing."
    (tmp_path / "one.txt").write_text(sentence + "\n", encoding="utf-8")
    (tmp_path / "one.html").write_text(f"<html><body><article><p>{sentence}</p></article></body></html>",
                                       encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"id": "a", "text": "Putin met Xi."}\n{"id": "b", "title": "no text"}\n'
                                      '{"id": "c", "story": "   "}\n', encoding="utf-8")
    items = list(load_articles([tmp_path], IngestOptions()))
    texts = {i.id: i.text for i in items if isinstance(i, Article)}
    assert texts == {"one.txt": sentence, "one.html": sentence, "a": "Putin met Xi."}
    reasons = {s.where.rsplit(":", 1)[-1]: s.reason for s in items if isinstance(s, Skip)}
    assert set(reasons) == {"2", "3"}
    assert all("no article text" in r and "--field text=NAME" in r for r in reasons.values())


def test_a_dateline_line_before_the_first_paragraph_stays_in_crawler_text():
    assert drop_widget_lines(["WASHINGTON —", _prose(1, "arms")]) == ["WASHINGTON —", _prose(1, "arms")]


def test_the_article_continues_after_a_widget_of_links_inside_it():
    widget = ["Most read in world news"]
    for n in range(6):
        widget += [f"KICKER {n}", f"Somebody does something surprising in a far away place number {n}"]
    widget[2] = "Somebody 'avoids parties and can't sweat' says the quoted headline"  # quoted, not a sentence
    page = "\n".join(["Menu", "Home"] + [_prose(n, "gas") for n in range(1, 6)] + widget
                     + [_prose(n, "gas") for n in range(6, 9)] + ["Topics", "Health", "Comments", "About us"])
    kept = [line for _, line in clean_lines(page)]
    assert kept == [_prose(n, "gas") for n in range(1, 9)]


def test_a_short_article_wins_over_a_longer_comment_thread():
    comments = []
    for n in range(20):
        comments += [f"user{n}", f"{n + 2} hours ago", f"I think that what you wrote here number {n} is exactly "
                     f"what the government has been hiding from all of us for years, and nobody cares.", "Reply"]
    page = "\n".join(["Menu", "Home"] + [_prose(n, "oil") for n in range(1, 4)] + ["Comments", "Sort by"] + comments)
    assert [line for _, line in clean_lines(page)] == [_prose(n, "oil") for n in range(1, 4)]


def test_the_headlines_under_a_read_more_heading_are_a_list_of_links():
    paragraphs = [_prose(1, "arms"), "READ MORE:", "Advertisement", "Smith Exposes the Cost of the Arms Race",
                  "Jane Roe Strikes a Blow against Sanctions", "Editors: Why Geneva Matters?",
                  "— Ann Lee is a fellow at the Example Institute and writes a weekly column."]
    assert drop_widget_lines(paragraphs) == [
        _prose(1, "arms"), "— Ann Lee is a fellow at the Example Institute and writes a weekly column."]


def test_a_read_more_heading_before_prose_takes_no_paragraph_with_it():
    # The first paragraph that ends a sentence ends the list: here it is the article going on.
    paragraphs = [_prose(1, "arms"), "Related:", _prose(2, "arms"), "Putin's gamble", _prose(3, "arms")]
    assert drop_widget_lines(paragraphs) == [_prose(1, "arms"), _prose(2, "arms"), "Putin's gamble", _prose(3, "arms")]
