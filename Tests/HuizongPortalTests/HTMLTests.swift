import HuizongPortal
import Testing

@Test("text is escaped for HTML") func escaping() {
    #expect(htmlEscaped("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
}
