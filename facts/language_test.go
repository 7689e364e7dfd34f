package facts

import (
	"testing"

	"github.com/dossier-dev/dossier"
)

// TestDocumentLanguage: a page's language is told by its little words; a
// page of names and figures has none.
func TestDocumentLanguage(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The programme is funded by the European Union and it is run by the agency, which has offices in the region of the Sahel.", "en"},
		{"Le programme est financé par l'Union européenne et il est mis en œuvre par l'agence, qui a des bureaux dans la région du Sahel.", "fr"},
		{"El programa está financiado por la Unión Europea y es ejecutado por la agencia, que tiene oficinas en los países de la región del Sahel.", "es"},
		{"Das Programm wird von der Europäischen Union finanziert und ist mit der Agentur für die Region im Sahel verbunden, die dort Büros hat.", "de"},
		{"Il programma è finanziato dall'Unione europea ed è gestito dall'agenzia, che ha uffici nella regione del Sahel e gli esperti della sede.", "it"},
		{"Het programma wordt gefinancierd door de Europese Unie en het is een van de projecten van het agentschap voor de regio, dat ook kantoren heeft.", "nl"},
		{"O programa é financiado pela União Europeia e é executado pela agência, que tem escritórios na região do Sahel, com os parceiros locais.", "pt"},
		{"EUR 4,000,000 · 2021–2025 · UNDP · GIZ", ""},
	} {
		doc := &dossier.Document{Blocks: []dossier.Block{{Text: tc.text}}}
		if got := documentLanguage(doc); got != tc.want {
			t.Errorf("%q: language %q, want %q", tc.text, got, tc.want)
		}
	}
}
