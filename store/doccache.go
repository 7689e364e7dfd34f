package store

import (
	"sync"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/reconcile"
)

// docCache keeps in memory what reconciling reads of a document (its
// facts, and its metadata and head) by the document's revision, which
// every write of its blocks or facts raises (in any process): a project
// reconciled again for each new document reads its other documents from
// memory, not from the file.
//
// Entries are read inside write transactions, which may roll back; they
// are kept only once the transaction commits (publish).
type docCache struct {
	mu      sync.Mutex
	entries map[string]*docEntry
	facts   int
}

type docEntry struct {
	revision int64
	facts    []dossier.Fact
	// doc is nil for a document not ingested.
	doc *reconcile.Doc
}

// maxCachedFacts bounds the facts the cache holds (about 1 KB each, with
// their quotes): enough for the documents of the projects one ingest is
// adding to, which come together; past it the cache starts afresh.
const maxCachedFacts = 50_000

func (c *docCache) get(id string, revision int64) (*docEntry, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[id]
	if !ok || e.revision != revision {
		return nil, false
	}
	return e, true
}

// publish keeps entries read by a committed transaction.
func (c *docCache) publish(entries map[string]*docEntry) {
	if len(entries) == 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.entries == nil {
		c.entries = map[string]*docEntry{}
	}
	for id, e := range entries {
		if old, ok := c.entries[id]; ok {
			c.facts -= len(old.facts)
		}
		c.entries[id] = e
		c.facts += len(e.facts)
	}
	if c.facts > maxCachedFacts {
		clear(c.entries)
		c.facts = 0
	}
}
