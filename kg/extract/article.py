"""One parsed article -> Extraction: sentences, mentions, relations as plain records."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.extract import learned, rules
from kg.extract.mentions import extract_mentions, with_honorifics
from kg.extract.relations import extract_relations
from kg.extract.statements import extract_statements
from kg.gazetteer import Gazetteer
from kg.model import Article, Extraction, Mention, Sentence


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Rule mentions win over the model's spans they overlap; otherwise the longer span wins."""
    rank = {"rule:mission": 0, "rule:embassy": 0, "rule:dateline": 0, "rule:description": 0}
    # ...but a description inside a longer name is that name's head ("a fellow at the Council on
    # Foreign Relations": "the Council" is no description of the Security Council named earlier)
    mentions = [m for m in mentions if m.method != "rule:description" or not any(
        k.start <= m.start and m.end <= k.end and k.end - k.start > m.end - m.start for k in mentions)]
    ordered = sorted(mentions, key=lambda m: (rank.get(m.method, 1), -(m.end - m.start), m.start))
    kept: list[Mention] = []
    for m in ordered:
        if all(m.end <= k.start or k.end <= m.start for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: (m.start, m.end))


def extract_article(doc: Doc, article: Article, gazetteer: Gazetteer, use_model: bool = True) -> Extraction:
    """Sentences, entity mentions and typed relations of one article's parsed text.

    `use_model=False` leaves out the trained classifier's relations (the rules' alone), as its
    training does."""
    # spaCy's tokens keep every character, so the Doc's text is the article's (Doc.text and
    # Span.text rebuild it from the tokens, a few milliseconds an article); checked by its length
    last = doc[-1] if len(doc) else None
    text = article.text if last is not None and last.idx + len(last.text_with_ws) == len(article.text) else doc.text
    sentences, sentence_index = [], {}
    for i, sent in enumerate(doc.sents):
        raw = text[sent.start_char:sent.end_char]
        stripped = raw.rstrip()  # spaCy keeps trailing blank lines in the sentence
        lead = len(stripped) - len(stripped.lstrip())
        sentences.append(Sentence(start=sent.start_char + lead, end=sent.start_char + len(stripped),
                                  text=stripped.lstrip()))
        sentence_index.update(dict.fromkeys(range(sent.start, sent.end), i))
    starts = [s.start for s in sentences]
    mentions = extract_mentions(doc, sentence_index, gazetteer, text)
    mentions = rules.dateline_mentions(text, article.dateline, mentions, gazetteer)
    named = {m.key for m in mentions if m.key}
    mentions += rules.diplomatic_missions(text, starts, gazetteer, named)
    mentions += rules.descriptions(doc, starts, gazetteer, named)
    mentions = rules.owned_bodies(_drop_overlaps(mentions))
    mentions = rules.retype_surnames(mentions)
    mentions = rules.link_acronyms(text, mentions)
    mentions, relations = extract_relations(doc, mentions, sentences, gazetteer, text)
    mentions = with_honorifics(text, mentions)
    if use_model:
        relations = relations + learned.model_relations(doc, mentions, relations, gazetteer)
    quotations = extract_statements(doc, text, sentences, mentions)
    return Extraction(article=article, sentences=tuple(sentences), mentions=tuple(mentions),
                      relations=tuple(relations), quotations=tuple(quotations))
