package feeds

import "testing"

func TestHTMLToText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"paragraphs are separated by a blank line",
			"<p>First paragraph.</p><p>Second <b>bold</b> one.</p>",
			"First paragraph.\n\nSecond bold one."},
		{"unordered list items become bullets",
			"<p>Key Takeaways:</p><ul><li>Russian forces advanced.</li><li>Talks <i>resumed</i>.</li></ul><p>After.</p>",
			"Key Takeaways:\n\n• Russian forces advanced.\n• Talks resumed.\n\nAfter."},
		{"ordered lists are numbered from start",
			`<ol start="3"><li>three</li><li>four</li></ol>`,
			"3. three\n4. four"},
		{"nested lists are indented",
			"<ul><li>outer<ul><li>inner</li></ul></li><li>next</li></ul>",
			"• outer\n  • inner\n• next"},
		{"paragraphs inside list items stay on the bullet line",
			"<ul><li><p>one</p></li><li><p>two</p></li></ul>",
			"• one\n• two"},
		{"br breaks a line", "line one<br>line two<br/>line three", "line one\nline two\nline three"},
		{"entities are decoded", "<p>AT&amp;T &lt;b&gt; &quot;q&quot; &#8212; caf&eacute;</p>", "AT&T <b> \"q\" — café"},
		{"scripts, styles and images are dropped",
			`<p>a<script>alert("x")</script><style>p{}</style><img src="x.png" alt="pic">b</p>`, "ab"},
		{"links keep their text only", `<p>Read <a href="https://x/y">the report</a>.</p>`, "Read the report."},
		{"whitespace is collapsed", "<p>  lots   of\n\n  space  </p>", "lots of space"},
		{"headings stand apart", "<h2>Title</h2>text", "Title\n\ntext"},
		{"pre keeps its layout", "<p>x</p><pre>a  b\n  c</pre>", "x\n\na  b\n  c"},
		{"table rows become lines", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>", "a b\nc d"},
		{"broken markup is repaired", "<p>unclosed <b>bold<p>next", "unclosed bold\n\nnext"},
		{"plain text keeps its paragraphs", "First line.\n\n\nSecond   para.\nsame para", "First line.\n\nSecond para.\nsame para"},
		{"a lone less-than is text", "a < b and c > d", "a < b and c > d"},
		{"escaped entities in plain text", "Q&amp;A", "Q&A"},
		{"escape sequences hidden by entities are removed",
			"<p>safe&#27;[2Jtext &#x1b;]0;title&#7;end</p>", "safetext end"},
		{"escape sequences split by tags are removed", "<p>a\x1b<b>[31m</b>b</p>", "ab"},
		{"empty list items leave no bullet", "<ul><li></li><li>x</li></ul>", "• x"},
		{"empty input", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := HTMLToText(tt.in); got != tt.want {
				t.Errorf("HTMLToText(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
