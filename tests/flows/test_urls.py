from flows.urls import canonicalize, page_id


def test_tracking_parameters_and_fragments_are_dropped():
    a = canonicalize("HTTPS://News.Example.org:443/world/story?utm_source=x&id=7&fbclid=abc#top")
    assert a == "https://news.example.org/world/story?id=7"
    assert page_id(a) == page_id(canonicalize("https://news.example.org/world/story?id=7&utm_medium=rss"))


def test_ports_and_paths_are_kept():
    assert canonicalize("http://127.0.0.1:8080") == "http://127.0.0.1:8080/"
