package extract

import (
	"bytes"
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/normalize"
)

// htmlExtractor reads web pages: charset detection, boilerplate removal, and
// blocks for headings, paragraphs, list items, label/value pairs (dl, tables,
// "label" classes) and table rows.
type htmlExtractor struct{}

func (htmlExtractor) Extract(ctx context.Context, src Source, lim Limits, doc *dossier.Document) error {
	if lim.MaxHTMLBytes > 0 && int64(len(src.Data)) > lim.MaxHTMLBytes {
		return fmt.Errorf("%w: web page of %d bytes exceeds the limit of %d", ErrTooLarge, len(src.Data), lim.MaxHTMLBytes)
	}
	// charset.NewReader honours, in order, a BOM, the HTTP header and the
	// page's own meta declaration (the first 1024 bytes), then guesses.
	r, err := charset.NewReader(bytes.NewReader(src.Data), src.ContentType)
	if err != nil {
		return fmt.Errorf("decode web page charset: %w", err)
	}
	gq, err := goquery.NewDocumentFromReader(r)
	if err != nil {
		return fmt.Errorf("parse web page: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	doc.Meta = htmlMeta(gq)
	doc.Title = htmlTitle(gq)
	// A <title> is a line; one of a thousand bytes is no title but a
	// page's text set there, and is not kept twice.
	if t := collapse(gq.Find("title").First().Text()); t != "" && t != doc.Title && len(t) <= maxPageTitle {
		doc.Meta[dossier.MetaPageTitle] = t
	}
	if site := htmlSite(gq); site != "" {
		doc.Meta[dossier.MetaSite] = site
	}
	// The page's declared language: <html lang>, else the
	// Content-Language a <meta http-equiv> gives.
	lang := strings.TrimSpace(gq.Find("html").First().AttrOr("lang", ""))
	if lang == "" {
		gq.Find("meta[http-equiv]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
			if strings.EqualFold(s.AttrOr("http-equiv", ""), "content-language") {
				lang = strings.TrimSpace(s.AttrOr("content", ""))
				return false
			}
			return true
		})
	}
	if lang != "" && len(lang) <= 35 {
		doc.Meta[dossier.MetaLang] = lang
	}
	// A footer says when the page was last updated; the footer itself is
	// furniture and goes, its text is kept for the as-of date only.
	if f := footerText(gq); f != "" {
		doc.Meta[MetaFooter] = f
	}
	removeBoilerplate(gq)
	w := htmlWalker{}
	for _, n := range gq.Find("body").Nodes {
		w.walk(n, "html>body")
	}
	if len(gq.Find("body").Nodes) == 0 {
		for _, n := range gq.Nodes {
			w.walk(n, "")
		}
	}
	doc.Blocks = w.blocks
	if d, q := asOfFromMeta(doc.Meta); d != nil {
		doc.AsOf, doc.AsOfQuote = d, q
	}
	return nil
}

// htmlMeta collects <meta name|property=… content=…> and <time datetime>
// inside the main content.
func htmlMeta(gq *goquery.Document) map[string]string {
	meta := map[string]string{}
	gq.Find("meta").Each(func(_ int, s *goquery.Selection) {
		key := s.AttrOr("name", s.AttrOr("property", s.AttrOr("itemprop", "")))
		content, ok := s.Attr("content")
		if key == "" || !ok {
			return
		}
		key = strings.ToLower(strings.TrimSpace(key))
		if _, seen := meta[key]; !seen {
			meta[key] = collapse(content)
		}
	})
	return meta
}

// maxPageTitle is the longest <title> kept as dossier.MetaPageTitle.
const maxPageTitle = 1000

// htmlTitle prefers the page's own headline (og:title, then the first h1)
// over <title>, which usually carries the site's name too.
func htmlTitle(gq *goquery.Document) string {
	if t, ok := gq.Find(`meta[property="og:title"]`).Attr("content"); ok && collapse(t) != "" {
		return collapse(t)
	}
	main := gq.Find("main, article, [role=main]").First()
	if h := collapse(main.Find("h1").First().Text()); h != "" {
		return h
	}
	if h := collapse(gq.Find("h1").First().Text()); h != "" {
		return h
	}
	title := collapse(gq.Find("title").First().Text())
	// "Headline - Site": the site's name is not the page's title.
	if site, ok := gq.Find(`meta[property="og:site_name"]`).Attr("content"); ok && collapse(site) != "" {
		for _, sep := range []string{" - ", " | ", " – ", " — ", " :: "} {
			if t, found := strings.CutSuffix(title, sep+collapse(site)); found && t != "" {
				return t
			}
		}
	}
	return title
}

// htmlSite is the name of the site a page belongs to: og:site_name, or
// the last part of a <title> of several ("Headline | Pacific Island
// Post", "Headline - Business - The Coastline Business Times").
func htmlSite(gq *goquery.Document) string {
	if site, ok := gq.Find(`meta[property="og:site_name"]`).Attr("content"); ok && collapse(site) != "" {
		return collapse(site)
	}
	title := collapse(gq.Find("title").First().Text())
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · "} {
		if i := strings.LastIndex(title, sep); i > 0 {
			site := strings.TrimSpace(title[i+len(sep):])
			// "Répertoire des projets – BLUE SENTINEL" over a headline
			// "BLUE SENTINEL": the part after the dash is the page's
			// subject, the site's name stands before it.
			// "Fiche n° 2018-DEU-031 – PAEFC" over "Programme d'appui …
			// (PAEFC)": the headline names it too.
			if h1 := collapse(gq.Find("h1").First().Text()); h1 != "" && (strings.EqualFold(h1, site) || namesWord(h1, site)) {
				return ""
			}
			if site != "" && len(strings.Fields(site)) <= 6 {
				return site
			}
		}
	}
	return ""
}

// namesWord reports whether text holds name as whole words: "(PAEFC)" in
// "Programme d'appui … (PAEFC)".
func namesWord(text, name string) bool {
	for from := 0; ; {
		i := strings.Index(text[from:], name)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(name)
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if (i == 0 || !unicode.IsLetter(before) && !unicode.IsDigit(before)) && (end == len(text) || !unicode.IsLetter(after) && !unicode.IsDigit(after)) {
			return true
		}
		from = i + 1
	}
}

// boilerplateWords mark classes and ids of page furniture: menus, cookie
// banners, footers, "related" and "more news" lists, share and print bars.
// Names there are not what the page states.
var boilerplateWords = regexp.MustCompile(`(?i)(^|[-_ ])(nav|navbar|navigation|menu|breadcrumbs?|cookies?|consent|gdpr|footer|related|more-news|morenews|share|social|toolbar|skip-link|site-header|sidebar-menu|print-bar|language-switcher|languages|popup|sliding-popup|hidden-accessible|sr-only|screen-reader-text|visually-hidden|element-invisible)([-_ ]|$)`)

func removeBoilerplate(gq *goquery.Document) {
	// A tab's panel is hidden until its tab is clicked, but it is the
	// page's content ("Organisations", "Finances" on a portal's record).
	gq.Find("script, style, noscript, template, iframe, svg, nav, footer, form, button, [role=navigation], [role=contentinfo], [role=dialog], [role=alertdialog], [aria-hidden=true]:not([role=tabpanel]), [hidden]:not([role=tabpanel])").Remove()
	gq.Find("[class], [id]").Each(func(_ int, s *goquery.Selection) {
		attrs := s.AttrOr("class", "") + " " + s.AttrOr("id", "")
		if boilerplateWords.MatchString(attrs) && !containsMain(s) {
			s.Remove()
		}
	})
	// The site header carries the logo and menus; the page's own headline
	// lives in main or article.
	gq.Find("body > header, [role=banner]").Each(func(_ int, s *goquery.Selection) {
		if !containsMain(s) {
			s.Remove()
		}
	})
}

// containsMain guards against removing a wrapper that holds the content.
func containsMain(s *goquery.Selection) bool {
	return s.Find("main, article, [role=main], h1").Length() > 0
}

var blockTags = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "body": true,
	"dd": true, "details": true, "dialog": true, "div": true, "dl": true, "dt": true,
	"fieldset": true, "figcaption": true, "figure": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "header": true, "hgroup": true,
	"hr": true, "li": true, "main": true, "ol": true, "p": true, "pre": true,
	"section": true, "table": true, "tbody": true, "thead": true, "tfoot": true,
	"tr": true, "td": true, "th": true, "ul": true, "summary": true, "caption": true,
}

type htmlWalker struct {
	blocks  []dossier.Block
	section string
}

func (w *htmlWalker) emit(b dossier.Block) {
	if b.Role == dossier.RoleRow && strings.TrimSpace(b.Text) != "" {
		// A row keeps its empty first or last cells: a cell stands under
		// its column's head only if none is dropped.
		b.Text = strings.TrimFunc(b.Text, func(r rune) bool { return r != '\t' && unicode.IsSpace(r) })
	} else {
		b.Text = strings.TrimSpace(b.Text)
	}
	b.Label = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(b.Label), ":：\u00a0 "))
	if b.Text == "" && b.Label == "" {
		return
	}
	if b.Role == dossier.RoleHeading {
		w.section = b.Text
	}
	b.Section = w.section
	if b.Role == dossier.RoleHeading {
		b.Section = ""
	}
	w.blocks = append(w.blocks, b)
}

func (w *htmlWalker) walk(n *html.Node, path string) {
	if n.Type != html.ElementNode {
		return
	}
	tag := n.Data
	switch tag {
	case "h1", "h2", "h3", "h4", "h5", "h6":
		w.emit(dossier.Block{Role: dossier.RoleHeading, Text: nodeText(n), Path: path})
		return
	case "dl":
		w.definitionList(n, path)
		return
	case "table":
		w.table(n, path)
		return
	case "ul", "ol":
		w.list(n, path)
		return
	case "p", "pre", "address", "blockquote", "figcaption", "summary", "caption":
		if !hasBlockChild(n) {
			w.emit(dossier.Block{Role: dossier.RoleParagraph, Text: nodeText(n), Path: path})
			return
		}
	}
	if label, value := labelValueChildren(n); label != nil {
		w.emit(dossier.Block{Role: dossier.RolePair, Label: nodeText(label), Text: nodeText(value), Path: path})
		return
	}
	if label, value, ok := labelThenText(n); ok {
		w.emit(dossier.Block{Role: dossier.RolePair, Label: label, Text: value, Path: path})
		return
	}
	if pairs := labelValueRun(n); pairs != nil {
		for i := 0; i+1 < len(pairs); i += 2 {
			w.emit(dossier.Block{Role: dossier.RolePair, Label: nodeText(pairs[i]), Text: nodeText(pairs[i+1]), Path: childPath(path, pairs[i], i/2+1)})
		}
		return
	}
	// A container: its inline runs become paragraphs, its block children
	// are walked in order.
	var run []*html.Node
	flush := func() {
		if len(run) == 0 {
			return
		}
		var b strings.Builder
		prevElement := false
		for _, c := range run {
			// As in writeText: elements side by side are items apart.
			isElement := c.Type == html.ElementNode
			if isElement && prevElement && b.Len() > 0 {
				if last := b.String()[b.Len()-1]; last != ' ' && last != '\n' && last != '\t' {
					b.WriteString("\n")
				}
			}
			writeText(&b, c)
			prevElement = isElement
		}
		w.emit(dossier.Block{Role: dossier.RoleParagraph, Text: cleanText(b.String()), Path: path})
		run = run[:0]
	}
	counts := map[string]int{}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && blockTags[c.Data] {
			flush()
			counts[c.Data]++
			w.walk(c, childPath(path, c, counts[c.Data]))
			continue
		}
		run = append(run, c)
	}
	flush()
}

func (w *htmlWalker) definitionList(n *html.Node, path string) {
	var label string
	var values []string
	flush := func() {
		if label != "" || len(values) > 0 {
			w.emit(dossier.Block{Role: dossier.RolePair, Label: label, Text: strings.Join(values, "\n"), Path: path})
		}
		label, values = "", nil
	}
	dt, dd := 0, 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		// Some sites wrap each dt/dd group in a div.
		if c.Data == "div" {
			w.definitionList(c, path+">div")
			continue
		}
		switch c.Data {
		case "dt":
			flush()
			dt++
			label = nodeText(c)
			path = childPathBase(path) + ">dt[" + strconv.Itoa(dt) + "]"
		case "dd":
			dd++
			values = append(values, nodeText(c))
		}
	}
	flush()
}

func (w *htmlWalker) table(n *html.Node, path string) {
	rows := 0
	var visit func(*html.Node)
	visit = func(t *html.Node) {
		for c := t.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.Data {
			case "thead", "tbody", "tfoot":
				visit(c)
			case "caption":
				w.emit(dossier.Block{Role: dossier.RoleHeading, Text: nodeText(c), Path: path + ">caption"})
			case "tr":
				rows++
				w.row(c, path+">tr["+strconv.Itoa(rows)+"]")
			}
		}
	}
	visit(n)
}

func (w *htmlWalker) row(tr *html.Node, path string) {
	var cells []*html.Node
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.Data == "td" || c.Data == "th") {
			cells = append(cells, c)
		}
	}
	// A page laid out in a table (older portals and embassy sites): a cell
	// holding headings, definition lists or tables of its own is a column
	// of the page, not a datum, so its content is walked as blocks.
	for _, c := range cells {
		if holdsStructure(c) {
			for i, c := range cells {
				w.walk(c, path+">td["+strconv.Itoa(i+1)+"]")
			}
			return
		}
	}
	switch {
	case len(cells) == 0:
	case len(cells) == 1:
		w.emit(dossier.Block{Role: dossier.RoleParagraph, Text: nodeText(cells[0]), Path: path})
	case len(cells) == 2 && (cells[0].Data == "th" || isShortLabel(nodeText(cells[0]))):
		w.emit(dossier.Block{Role: dossier.RolePair, Label: nodeText(cells[0]), Text: nodeText(cells[1]), Path: path})
	default:
		texts := make([]string, len(cells))
		for i, c := range cells {
			texts[i] = strings.ReplaceAll(nodeText(c), "\t", " ")
		}
		w.emit(dossier.Block{Role: dossier.RoleRow, Text: strings.Join(texts, "\t"), Path: path})
	}
}

func (w *htmlWalker) list(n *html.Node, path string) {
	i := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.Data != "li" {
			continue
		}
		i++
		w.emit(dossier.Block{Role: dossier.RoleItem, Text: nodeText(c), Path: path + ">li[" + strconv.Itoa(i) + "]"})
	}
}

// labelValueChildren finds the "field-label" / "field-items" pattern that
// CMSs use for label/value pairs made of divs: a child whose class names a
// label, followed by a sibling holding the value.
func labelValueChildren(n *html.Node) (label, value *html.Node) {
	var elems []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			elems = append(elems, c)
		} else if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return nil, nil
		}
	}
	if len(elems) != 2 || blockTags[elems[0].Data] && elems[0].Data != "div" {
		return nil, nil
	}
	if classHasWord(elems[0], "label") || classHasWord(elems[0], "field-label") || classHasWord(elems[0], "views-label") {
		return elems[0], elems[1]
	}
	// Field divs of any portal: a short first element and the value
	// beside it ("<span class=k>Status</span><span class=v>Ongoing</span>",
	// "<b>Budget</b><span>EUR 3 million</span>"), whatever their classes.
	// Not a link and its page ("Skip to content" beside the main
	// container): the value holds no blocks of its own.
	if elems[0].Data != "a" && shortLabel(nodeText(elems[0])) && !hasBlockChild(elems[0]) && !hasBlockChild(elems[1]) {
		if v := strings.TrimSpace(nodeText(elems[1])); v != "" && utf8.RuneCountInString(v) <= 500 {
			return elems[0], elems[1]
		}
	}
	return nil, nil
}

// labelValueRun returns the children of a box of several fields set side
// by side, labels and values taking turns and styled apart ("<span
// class=k>Planned start</span><span class=v>2018-03-01</span><span
// class=k>Planned end</span><span class=v>2023-12-31</span>"): four
// elements or more, no text between them, the labels all of one class,
// the values all of another, every label short. nil for any other box (a
// row of tabs, a list of tags: one class or none).
func labelValueRun(n *html.Node) []*html.Node {
	var elems []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if blockTags[c.Data] && c.Data != "div" || hasBlockChild(c) {
				return nil
			}
			elems = append(elems, c)
		} else if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return nil
		}
	}
	if len(elems) < 4 || len(elems)%2 != 0 {
		return nil
	}
	labelClass, valueClass := classOf(elems[0]), classOf(elems[1])
	if labelClass == "" || valueClass == "" || labelClass == valueClass {
		return nil
	}
	for i, e := range elems {
		want := labelClass
		if i%2 == 1 {
			want = valueClass
		}
		if classOf(e) != want || e.Data != elems[i%2].Data {
			return nil
		}
		if i%2 == 0 && !shortLabel(nodeText(e)) {
			return nil
		}
	}
	return elems
}

// classOf returns an element's class attribute as written.
func classOf(n *html.Node) string {
	for _, a := range n.Attr {
		if a.Key == "class" {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

// labelThenText reads a field whose label is an element and whose value
// is the text after it: "<div><span class=field-name>Project
// Title</span>Pacific Vital Statistics …</div>", the label set apart by
// style alone. The value must start right against the label (no reader
// sees "Project TitlePacific" as one phrase) or the label's class must
// say it is one.
func labelThenText(n *html.Node) (label, value string, ok bool) {
	first := n.FirstChild
	for first != nil && first.Type == html.TextNode && strings.TrimSpace(first.Data) == "" {
		first = first.NextSibling
	}
	if first == nil || first.Type != html.ElementNode || first.Data == "a" || blockTags[first.Data] || hasBlockChild(first) {
		return "", "", false
	}
	next := first.NextSibling
	if next == nil || next.Type != html.TextNode || strings.TrimSpace(next.Data) == "" {
		return "", "", false
	}
	for c := next; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && blockTags[c.Data] {
			return "", "", false
		}
	}
	label = strings.TrimSpace(nodeText(first))
	if !shortLabel(label) {
		return "", "", false
	}
	glued := !unicode.IsSpace([]rune(next.Data)[0]) && !strings.HasSuffix(label, ":")
	if !glued && !classHasWord(first, "label") && !classHasWord(first, "field-name") && !classHasWord(first, "field-label") && !classHasWord(first, "key") {
		return "", "", false
	}
	var b strings.Builder
	for c := next; c != nil; c = c.NextSibling {
		writeText(&b, c)
	}
	value = cleanText(b.String())
	if value == "" || utf8.RuneCountInString(value) > 500 {
		return "", "", false
	}
	return label, value, true
}

// shortLabel reports text that reads as a field's label: a few words, no
// figures, no sentence.
func shortLabel(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || utf8.RuneCountInString(s) > 40 || len(strings.Fields(s)) > 5 {
		return false
	}
	if strings.ContainsAny(s, "0123456789") {
		return false
	}
	t := strings.TrimRight(s, ":：")
	return !strings.ContainsAny(t, ".!?;")
}

func classHasWord(n *html.Node, word string) bool {
	for _, a := range n.Attr {
		if a.Key == "class" {
			for _, c := range strings.Fields(a.Val) {
				c = strings.ToLower(c)
				if c == word || strings.HasSuffix(c, "-"+word) || strings.HasSuffix(c, "__"+word) || strings.HasSuffix(c, "_"+word) {
					return true
				}
			}
		}
	}
	return false
}

// holdsStructure reports whether n contains a heading, a definition list
// or a table: what a page, not a table cell, is made of.
func holdsStructure(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.Data {
		case "h1", "h2", "h3", "h4", "h5", "h6", "dl", "table":
			return true
		}
		if holdsStructure(c) {
			return true
		}
	}
	return false
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && blockTags[c.Data] {
			return true
		}
	}
	return false
}

// isShortLabel tells a label cell ("Duration of the project") from data.
func isShortLabel(s string) bool {
	return s != "" && len(s) <= 60 && !strings.Contains(s, "\n")
}

// nodeText is an element's visible text: whitespace collapsed, <br> and
// block boundaries kept as line breaks, list items as lines.
func nodeText(n *html.Node) string {
	var b strings.Builder
	writeText(&b, n)
	return cleanText(b.String())
}

func writeText(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		// A line break in the source is a space, as a browser shows it,
		// but in preformatted text.
		if strings.ContainsAny(n.Data, "\r\n") && !inPre(n) {
			b.WriteString(strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(n.Data))
			return
		}
		b.WriteString(n.Data)
		return
	case html.ElementNode:
		switch n.Data {
		case "br":
			b.WriteString("\n")
			return
		case "script", "style", "noscript", "template":
			return
		}
	}
	block := n.Type == html.ElementNode && blockTags[n.Data]
	if block {
		b.WriteString("\n")
	}
	prevElement := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		// Elements set side by side with nothing between them are items
		// the page's style sets apart ("<span class=tag>European
		// Union</span><span class=tag>Council of Europe</span>"): a line
		// break keeps them apart.
		isElement := c.Type == html.ElementNode
		if isElement && prevElement && b.Len() > 0 {
			if last := b.String()[b.Len()-1]; last != ' ' && last != '\n' && last != '\t' {
				b.WriteString("\n")
			}
		}
		writeText(b, c)
		prevElement = isElement
	}
	if block {
		b.WriteString("\n")
	}
}

// inPre reports a node inside <pre> or <textarea>, whose line breaks are
// the text's own.
func inPre(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && (p.Data == "pre" || p.Data == "textarea" || p.Data == "listing" || p.Data == "plaintext") {
			return true
		}
	}
	return false
}

// cleanText collapses runs of spaces within lines and drops empty lines.
func cleanText(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		l = strings.TrimSpace(collapseSpaces(l))
		if l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// isSpace reports the characters collapseSpaces folds: space, tab, CR, FF,
// VT, no-break space, thin space and narrow no-break space.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\r', '\f', '\v', '\u00a0', '\u2009', '\u202f':
		return true
	}
	return false
}

// collapseSpaces replaces each run of spaces (isSpace) in s with one
// space, by hand: it runs on every line of every page, and a regular
// expression's replace cost a fifth of reading a page. Bytes that are not
// UTF-8 are kept as they are.
func collapseSpaces(s string) string {
	// Most lines need nothing: no space but single ' ' ones.
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' && (i+1 == len(s) || s[i+1] != ' ') || c > ' ' && c < 0x80 {
			continue
		}
		if c >= 0x80 && c != 0xc2 && c != 0xe2 {
			continue // a byte that starts or continues no folded character
		}
		clean = false
		break
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	inRun := false
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if isSpace(r) {
			if !inRun {
				b.WriteByte(' ')
			}
			inRun = true
		} else {
			b.WriteString(s[i : i+n])
			inRun = false
		}
		i += n
	}
	return b.String()
}

// collapse folds all whitespace, line breaks too, into single spaces
// (normalize.CollapseSpace, by a short name).
func collapse(s string) string {
	return normalize.CollapseSpace(s)
}

func childPath(parent string, c *html.Node, nth int) string {
	seg := c.Data
	for _, a := range c.Attr {
		if a.Key == "id" && a.Val != "" {
			seg += "#" + a.Val
			return parent + ">" + seg
		}
	}
	if nth > 1 {
		seg += "[" + strconv.Itoa(nth) + "]"
	}
	return parent + ">" + seg
}

func childPathBase(p string) string {
	if i := strings.LastIndex(p, ">dt["); i >= 0 {
		return p[:i]
	}
	return p
}

// MetaFooter is the Document.Meta key holding a page's footer text, read
// for its "last updated" date (AsOf) and nothing else.
const MetaFooter = "dossier:footer"

// footerText returns the text of the page's footers, one line each,
// capped: the place a page says when it was last updated.
func footerText(gq *goquery.Document) string {
	var lines []string
	gq.Find("footer, [role=contentinfo], [class*=footer], [class*=meta], [class*=updated], [class*=date]").Each(func(_ int, s *goquery.Selection) {
		if t := collapse(s.Text()); t != "" && len(t) <= 300 {
			lines = append(lines, t)
		}
	})
	f := strings.Join(lines, "\n")
	if len(f) > 2000 {
		f = f[:2000]
	}
	return strings.ToValidUTF8(f, "")
}
