import datetime as dt

import pytest

from extractors import CleaningError, clean_html, decode_html

ARTICLE = """<html><head><title>Clash in the hills</title>
<meta property="article:published_time" content="2024-03-02T10:00:00Z">
<script type="application/ld+json">{"@type": "NewsArticle", "isAccessibleForFree": "False"}</script>
</head><body><nav>Home | World</nav><article><h1>Clash in the hills</h1>
<p>Soldiers and rebels fought for six hours near the town of Karvo on Friday, the army said.</p>
<p>Three soldiers were killed and five were wounded in the fighting, officials told reporters.</p>
</article><footer>Copyright</footer></body></html>"""


def test_clean_html_keeps_body_title_date_and_paywall_flag():
    art = clean_html(ARTICLE, "https://example.org/a")
    assert "Three soldiers were killed" in art.text
    assert "Home | World" not in art.text
    assert art.title == "Clash in the hills"
    assert art.published == "2024-03-02"
    assert art.paywalled is True


def test_future_publication_date_is_unknown():
    art = clean_html(ARTICLE, "https://example.org/a", today=dt.date(2024, 1, 1))
    assert art.published is None


@pytest.mark.parametrize("html", ["", "   ", "<html><body><p>hi</p></body></html>"])
def test_pages_without_article_raise_with_reason(html):
    with pytest.raises(CleaningError) as err:
        clean_html(html, "https://example.org/empty")
    assert err.value.url == "https://example.org/empty"
    assert err.value.reason


def test_decode_html_falls_back_when_declared_charset_lies():
    body = "Soldaten töteten café".encode("cp1252")
    text, enc = decode_html(body, "utf-8")
    assert text == "Soldaten töteten café"
    assert enc == "cp1252"
    text, enc = decode_html('<meta charset="utf-8">é'.encode(), None)
    assert text.endswith("é") and enc == "utf-8"


def test_article_language_is_detected_when_the_page_does_not_declare_it():
    french = ("<html><body><article><p>Des hommes armés ont attaqué un village dans le centre du pays mardi soir, "
              "tuant au moins sept personnes, selon les autorités locales qui ont annoncé l'ouverture d'une "
              "enquête. Les habitants ont fui vers la ville voisine pendant la nuit.</p></article></body></html>")
    assert clean_html(french, "https://example.org/fr").language == "fr"
    assert clean_html(ARTICLE, "https://example.org/a").language == "en"
