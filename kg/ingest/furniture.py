"""Page furniture inside an article's text: captions, credits, widgets, promotion and link text.

Used on every kind of input (scraped page lines, trafilatura's paragraphs, crawler text), after
the layout-level rules of `kg.ingest.text` and trafilatura have had their say. The rules are
about the *form* of web furniture, not about particular sites:

- photo captions and credits: `Name/Agency` or `Name | Agency` at the end of a line, `(AP)`,
  `©`, `Credit:`, `Image copyright ...`, gallery counters (`3 of 21`, `1of4`);
- calls to action: a line that starts with an imperative of web promotion (`Sign up`,
  `Follow ... on Twitter`, `Click here`, `Read more`) or talks about newsletters, inboxes,
  cookies, privacy policies, terms of service, comments, accounts;
- wire and page credits: `Reporting by ...; Editing by ...`, `By NAME` bylines, author bios
  (`NAME is a reporter for ...`), copyright lines;
- link text: a headline that repeats itself (`Title Title`, link text plus image alt text),
  and the hover card some sites put after a linked name (`Name Full NameHeadline ... MORE`).

`WIDGET_PHRASES` is a short list of the most common video-player and gallery control labels of
English news sites ("Replay More Videos", "Hide Caption", "toggle caption", "Enlarge this
image", "Media playback is unsupported on your device"): general English web furniture, the
way a stop-word list is general English.
"""
from __future__ import annotations

import re

WIDGET_PHRASES = (
    "Replay More Videos", "JUST WATCHED", "MUST WATCH", "Hide Caption", "Show Caption", "toggle caption",
    "Enlarge this image", "Media playback is unsupported on your device", "Media caption", "Image copyright",
    "Image caption", "Skip Ad", "Story continues below", "Continue reading below", "Advertisement",
    "Scroll to continue", "Close caption", "Expand image", "Video Player is loading", "Play Video",
    "ADVERTISEMENT", "Story Continued Below", "Continue Reading Below",
)
# A paragraph that is nothing but a control's label.
_UI_LABEL = re.compile(r"^(?:AD|Ad|CLOSE|Close|Photo|Photos|Video|Audio|Share|SHARE|Comments?|Print|Email|Menu|Search|"
                       r"Loading\.*|Expand|Next|Previous|Back to top|Skip to content|Opinion|Analysis)\W*$")
_WIDGET = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(WIDGET_PHRASES, key=len, reverse=True)) + r")\b")
_GALLERY = re.compile(r"\b(?:Hide|Show) Caption \d+ of \d+|^Photos?:|^\d+of\d+(?=[A-Z])")
# A call to action anywhere in a short line: "Snopes needs your help! Learn more."
_SHORT_CALL = re.compile(r"\b(?:Click here|Click to|Learn more|Sign up|Subscribe|Read more|Support us)\b")
_YOU = re.compile(r"\b(?:you|your|You|Your|we|We|our|Our|us)\b")
_NAME = r"[A-Z][\w.'’-]*"
# Captions and credits: a photographer or agency credit ends the line.
_CREDIT_END = re.compile(
    rf"(?:\(\s*(?:{_NAME}\s?){{0,4}}(?:/|via\s)\s?(?:{_NAME}\s?){{1,4}}(?:file)?\s*\)"  # (Joshua Roberts/Reuters)
    rf"|\((?:AP|AFP|Reuters|EPA|Getty|Getty Images|Photo|File)\)"                      # (AP)
    rf"|(?:^|(?<=[.!?”\")]))\s?(?:"                                                   # after a sentence:
    rf"[A-Z]{{2,}}/(?:{_NAME}\s?){{1,4}}"                                              # REUTERS/Brendan McDermid
    rf"|(?:{_NAME}\s?){{1,4}}\s?[/|]\s?(?:{_NAME}\s?){{1,4}}"                           # Name / Agency
    rf"(?:\s?[/|]\s?(?:{_NAME}\s?){{1,3}})*(?:file)?"
    rf"|(?:{_NAME}\s?){{1,4}}via (?:{_NAME}\s?){{1,3}}"                                  # Name via Agency
    rf"|(?:Credit|Photo|Image|Picture)s?\s*(?::|\.\.\.|by)\s*[^.]{{0,80}}))"
    rf"\s*\.?$")
_CREDIT_LINE = re.compile(
    rf"^(?:{_NAME}\s){{0,3}}{_NAME},?\s(?:AP|AFP|Reuters|EPA|Getty Images|Associated Press|Bloomberg|Shutterstock)$"
    r"|^(?:FILE PHOTO|FILE|PHOTO|IMAGE|Image|Photo|Picture|Credit|Photograph|Main image credit)\s?:"
    r"|^\(?(?:Graphic|Graphics|Video|Photo|Photos|Gallery|Interactive|Factbox|Related)s?\s?:.*\)?$"
    r"|^\d+ of \d+$|\b\d+ of \d+ Photos?\b|^Photos?:|\bImages? \d+ of \d+\b|\(\d+ Images?\)"
    r"|\bcontributed to this report\b|^\(?\s?(?:PHOTOS?|VIDEOS?|WATCH|LISTEN|RELATED|READ MORE|MORE)\s?:|^\[\w+\]$"
    r"|^More\s?:\s?[A-Z0-9\"'‘“]"  # a related link: "More:Headline of another story"
    r"|©|\bAll [Rr]ights [Rr]eserved\b|\bCopyright \d{4}\b")
_CALL_TO_ACTION = re.compile(
    r"^(?:Sign up|Sign Up|SIGN UP|Subscribe|If you (?:enjoyed|liked|value)|"
    r"Support (?:us|our|independent|[A-Z][\w.]+(?: [A-Z][\w.]+)? (?:and|so|to|by|today|now))|"
    r"Click|CLICK|Tap here|Download (?:the|our)|Join us|Like us|Chat with us|"
    r"Don'?t miss|Listen (?:to|live|here)|Watch(?: live| more| the video|:)|"
    r"Read (?:more|More|MORE|the full|our|also|next)|"
    r"READ MORE|Learn more|LEARN MORE|View (?:all|more|comments)|See (?:more|all|also|our)|Share (?:this|on|your)|"
    r"More (?:from|in|on) |More On This|SHARE THIS|Most (?:read|popular|Popular)|"
    r"Related(?: Articles| Stories| Video|:)|"
    r"Recommended(?: for you| Articles| Stories| Reading|$)|"
    r"Follow (?:us|@|(?:[\w.'@-]+\s){1,6}on (?:Twitter|Facebook|Instagram|YouTube|LinkedIn))|"
    r"Get (?:our|the|breaking|this)\b(?=.{0,80}\b(?:newsletter|inbox|delivered|alerts|app|email)\b)|"
    r"Email (?:comments|us)|Got a (?:confidential )?(?:news )?tip)"
    r"(?=\W|$)")
_SERVICE = re.compile(
    r"\b(?:newsletters?|inbox|cookies?|privacy policy|Privacy Policy|terms of (?:service|use)|Terms of (?:Service|Use)|"
    r"personal data|your account|community guidelines|affiliate commission|Affiliate Commission|"
    r"(?:browser|javascript|JavaScript) (?:is|does not|doesn't)|unsubscribe|recaptcha|ad blocker|paywall|"
    r"delivered (?:right )?to (?:you|your)|breaking news (?:alerts|emails)|Breaking News Emails|"
    r"(?:enjoyed|liked) this article|support (?:our|independent) journalism)\b")
_WIRE_CREDIT = re.compile(
    r"^\(?(?:Additional |additional )?(?:Reporting|reporting|Writing|Editing|Compiled|Produced|Research|Graphics) by"
    r" (?:[A-Z][\w.'’-]+,? ?(?:and |& )?){1,8}(?:in [A-Z][\w ]+)?(?:;|\)?\.?$)"
    r"|^By [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}(?:,? (?:and|&) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})*"
    r"(?:,| \||$| on | \d| for | -)(?!.{100})|; (?:Editing|editing) by ")
# An author's bio: "NAME is a reporter for ...", or any "NAME is ..." after a role ("NRO contributor").
_BIO = re.compile(
    rf"^[A-Z]+ (?:contributor|columnist|writer) (?:{_NAME}\s){{1,3}}{_NAME} (?:is|was|has been) "
    rf"|^(?:{_NAME}\s){{1,3}}{_NAME} (?:is|was|has been) (?:a|an|the)\b[^.]{{0,120}}\b(?:reporter|correspondent|"
    r"writer|editor|columnist|contributor|journalist|producer)\b")
_GLUED_CREDIT = re.compile(r"[a-z.)](?:Credit|Photo|Image|Picture)s?\s?(?::|\.\.\.)")
_DUP_HALF = re.compile(r"^(.{8,}?)\s*\1$")


# A heading alone on its line that opens a list of links to other stories ("READ MORE:", "Related:"); the
# lines after it that read as headlines (short, not ending a sentence) are the list's items.
_LINK_LIST_HEAD = re.compile(r"^(?:READ MORE|Read [Mm]ore|RELATED(?: STORIES| ARTICLES)?|"
                             r"Related(?: [Ss]tories| [Aa]rticles)?|SEE ALSO|See [Aa]lso)\s?:?$")
_ENDS_SENTENCE = re.compile(r"[.!][\"'”’)\]]*\s*$")


def link_list_items(paragraphs: list[str]) -> set[int]:
    """The indices of the paragraphs that are items of a list of links under a `READ MORE:` heading: the
    headline-like paragraphs (at most 20 words, no sentence end) right after it, past other furniture; the
    first paragraph that ends a sentence ends the list (the article goes on, or an author's bio follows)."""
    items: set[int] = set()
    in_list = False
    for i, p in enumerate(paragraphs):
        p = p.strip()
        if _LINK_LIST_HEAD.match(p):
            in_list = True
        elif in_list and p and not is_furniture(p):
            in_list = len(p.split()) <= 20 and not _ENDS_SENTENCE.search(p)
            if in_list:
                items.add(i)
    return items


# A photo credit closing a caption ("... in Caracas. Photographer: Ann Lee/Bloomberg", "Photograph by Ann Lee /
# Getty") and a row of share buttons opening it ("Facebook Twitter Pinterest ..."): cut; the caption's words stay.
_PHOTO_CREDIT = re.compile(r"\s*\bPhotograph(?:er)?\s?(?::|by\b)\s?[^:!?\n]{2,80}(?<!\.)$", re.M)
_SHARE = r"(?:Facebook|Twitter|Pinterest|LinkedIn|WhatsApp|Email|Reddit|Google\+?|Plus|Messenger|Tumblr)"
_SHARE_ROW = re.compile(rf"^(?:{_SHARE} ){{3,}}(?=\S)(?!{_SHARE}\b)", re.M)  # a row with nothing after stays


def strip_widgets(text: str) -> str:
    """The text with the hover cards some sites put after a linked name, photo credits after a caption and
    share buttons before it taken out."""
    text = _SHARE_ROW.sub("", _strip_hover_cards(text))
    for _ in range(3):  # "Photographer: A/Getty Photographer: A/Getty": a credit written twice
        text, cut = _PHOTO_CREDIT.subn("", text)
        if not cut:
            break
    return text


_MORE = re.compile(r"(?<= )MORE(?![\w])")
_GLUE = re.compile(r"(?<=[a-z)])(?=[A-Z0-9\"'‘“])")
_CARD_NAME = re.compile(r"(?:\s*(?:[A-Z][\w.'’-]*|\([A-Z][\w.'’-]*\)))*\s*")


def _strip_hover_cards(text: str) -> str:
    """`Rep. Ilhan OmarIlhan OmarHeadline | Headline MORE (D-Minn.)` -> `Rep. Ilhan Omar (D-Minn.)`: the
    linked name, then a card with the person's full name glued to related headlines, closed by a MORE link."""
    out, pos = [], 0
    for more in _MORE.finditer(text):
        start = max(pos, more.start() - 600, text.rfind("\n", 0, more.start()) + 1)
        for glue in _GLUE.finditer(text, start, more.start()):
            cut = _card_start(text, max(start, glue.start() - 100), glue.start())
            if cut is not None:
                out.append(text[pos:cut].rstrip())
                pos = more.end()
                break
    out.append(text[pos:])
    return "".join(out)


def _card_start(text: str, window: int, glue: int) -> int | None:
    """Where a hover card's full name starts, if the capitalised words before `glue` repeat the
    linked name's last word (`Trump Donald John Trump|GOP`, `Ilhan OmarIlhan Omar|Hillicon`) or its
    first word (`Sarah Huckabee Sarah Elizabeth Sanders|Bill`)."""
    run = re.search(r"(?:(?:[A-Z][\w.'’-]*|\([A-Z][\w.'’-]*\))\s*){1,8}$", text[window:glue])
    if not run:
        return None
    surname = re.search(r"(?<![\w'’-])[A-Z][\w'’-]*$", text[window:glue])
    if surname:
        name_start = window + surname.start()
        word = re.compile(rf"(?<![\w'’-]){re.escape(surname.group())}(?![a-z'’-])")
        earlier = [m.end() for m in word.finditer(text, window + run.start(), name_start)]
        if earlier and _CARD_NAME.fullmatch(text[earlier[-1]:name_start]) \
                and len(text[earlier[-1]:name_start].split()) <= 6:
            return earlier[-1]
    tokens = list(re.finditer(r"\S+", run.group()))
    for k in range(len(tokens) - 2, 0, -1):
        if tokens[k].group() in {t.group() for t in tokens[:k]}:
            return window + run.start() + tokens[k].start()
    return None


def is_furniture(paragraph: str) -> bool:
    """True when a paragraph (a line of a page) is a caption, credit, widget, promotion or link text."""
    p = paragraph.strip()
    if not p:
        return False
    words = len(p.split())
    if _GALLERY.search(p) or (_WIDGET.search(p) and (words < 40 or _WIDGET.match(p))):
        return True
    if _UI_LABEL.match(p) or not re.search(r"[^\W\d_]", p):
        return True
    if words <= 60 and _GLUED_CREDIT.search(p):
        return True  # a caption with its credit glued on: "...a large rodentCredit: The Siberian Times"
    if words <= 40 and (_CREDIT_END.search(p) or _CREDIT_LINE.search(p) or _DUP_HALF.match(p)):
        return True
    if (words <= 15 and _SHORT_CALL.search(p)) or _CALL_TO_ACTION.match(p) or _WIRE_CREDIT.search(p):
        return True
    if words <= 60 and _BIO.match(p):
        return True
    hits = len(_SERVICE.findall(p))
    return hits >= 2 or (hits == 1 and words <= 40 and bool(_YOU.search(p)))
