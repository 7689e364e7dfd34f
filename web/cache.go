package web

import (
	"context"
	"sync"
	"time"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/reconcile"
	"github.com/dossier-dev/dossier/records"
	"github.com/dossier-dev/dossier/store"
)

// checkEvery is how long a snapshot is used without asking the store
// whether it changed. Changes made through this server are seen at once
// (they invalidate the cache); another process's within checkEvery.
const checkEvery = 500 * time.Millisecond

// snapshot is the reconciled store at one Version.
type snapshot struct {
	version store.Version
	set     *records.Set
	// took is how long reconciling took, shown on the pages.
	took    time.Duration
	project map[string]*dossier.Project
	docs    map[string]*reconcile.Doc

	// Read when first needed, once per snapshot.
	infosOnce sync.Once
	infos     []store.DocumentInfo
	infosErr  error
	metaOnce  sync.Once
	meta      map[string]map[string]string
	metaErr   error
}

// cache holds the latest snapshot and makes a new one when the store's
// Version moves; loads happen one at a time and every request waiting
// for one shares it.
type cache struct {
	st *store.Store

	mu      sync.Mutex
	cur     *snapshot
	checked time.Time

	loadMu sync.Mutex
}

// get returns a snapshot no older than the store's current Version (or
// than checkEvery, for changes made by other processes).
func (c *cache) get(ctx context.Context) (*snapshot, error) {
	c.mu.Lock()
	cur, checked := c.cur, c.checked
	c.mu.Unlock()
	if cur != nil && time.Since(checked) < checkEvery {
		return cur, nil
	}
	v, err := c.st.Version(ctx)
	if err != nil {
		return nil, err
	}
	if cur != nil && cur.version == v {
		c.mu.Lock()
		c.checked = time.Now()
		c.mu.Unlock()
		return cur, nil
	}
	c.loadMu.Lock()
	defer c.loadMu.Unlock()
	c.mu.Lock()
	cur = c.cur
	c.mu.Unlock()
	if cur != nil && cur.version == v {
		return cur, nil // loaded while this request waited
	}
	// The load is shared by every request waiting for it: one that goes
	// away must not cancel it for the others.
	lctx := context.WithoutCancel(ctx)
	// The Version is read before the store is: a write meanwhile makes
	// the next request load again, never hides a change.
	if v, err = c.st.Version(lctx); err != nil {
		return nil, err
	}
	start := time.Now()
	set, err := records.Load(lctx, c.st)
	if err != nil {
		return nil, err
	}
	snap := &snapshot{version: v, set: set, took: time.Since(start),
		project: make(map[string]*dossier.Project, len(set.Projects)), docs: make(map[string]*reconcile.Doc, len(set.Documents))}
	for i := range set.Projects {
		snap.project[set.Projects[i].ID] = &set.Projects[i]
	}
	for i := range set.Documents {
		snap.docs[set.Documents[i].ID] = &set.Documents[i]
	}
	c.mu.Lock()
	c.cur, c.checked = snap, time.Now()
	c.mu.Unlock()
	return snap, nil
}

// invalidate makes the next get ask the store, after a write of ours.
func (c *cache) invalidate() {
	c.mu.Lock()
	c.checked = time.Time{}
	c.mu.Unlock()
}

// documents lists every stored document, failed ones too.
func (s *snapshot) documents(ctx context.Context, st *store.Store) ([]store.DocumentInfo, error) {
	s.infosOnce.Do(func() {
		s.infos, s.infosErr = st.Documents(context.WithoutCancel(ctx), store.DocumentFilter{})
	})
	return s.infos, s.infosErr
}

// documentMeta is each document's metadata, for reports.
func (s *snapshot) documentMeta(ctx context.Context, st *store.Store) (map[string]map[string]string, error) {
	s.metaOnce.Do(func() {
		s.meta, s.metaErr = st.DocumentMeta(context.WithoutCancel(ctx))
	})
	return s.meta, s.metaErr
}
