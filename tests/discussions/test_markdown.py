from discussions.markdown import render


def test_links_show_their_domain_and_carry_rel():
    html = render("Бул жерде: [отчет](https://www.example.org/report?x=1)")
    assert 'href="https://www.example.org/report?x=1"' in html
    assert 'rel="nofollow ugc noopener"' in html
    assert '<span class="domain">(example.org)</span>' in html


def test_script_and_raw_html_are_shown_inert():
    html = render('<script>alert(1)</script> <img src=x onerror=alert(1)> <a href="x">y</a>')
    assert "<script" not in html and "<img" not in html and "<a href" not in html
    assert "&lt;script&gt;" in html


def test_dangerous_links_and_foreign_images_are_dropped():
    html = render("[click](javascript:alert(1)) ![photo](https://tracker.example/p.png)")
    assert "javascript:" not in html.replace("[click](javascript:alert(1))", "")
    assert "<a" not in html
    assert "tracker.example" not in html and "<img" not in html


def test_look_alike_domains_show_as_punycode():
    html = render("<https://еxample.org/login>")  # a Cyrillic е
    assert "(xn--" in html


def test_markdown_formats_and_headings_stay_below_the_page():
    html = render("# Аталыш\n\n**калың** жана *жантык*\n\n- бир\n- эки")
    assert "<h3>Аталыш</h3>" in html and "<h1>" not in html
    assert "<strong>калың</strong>" in html and "<em>жантык</em>" in html
    assert "<li>бир</li>" in html
