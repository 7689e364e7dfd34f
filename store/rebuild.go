package store

import (
	"context"
	"fmt"
	"sort"
	"strconv"

	"github.com/dossier-dev/dossier"
	"github.com/dossier-dev/dossier/reconcile"
)

// rebuildAll makes every record again from the facts alone: grouping over
// every fact's links, voices over every document's quotes, then each group
// reconciled with its own facts, ids from project_ids as AssignIDs gives
// them, relations inferred over all projects. Only the ids given and the
// merges recorded are kept from before.
func (r *recon) rebuildAll() error {
	for _, table := range []string{"projects", "project_keys", "project_links", "project_refs", "document_projects", "voice_quotes", "voice_docs"} {
		if _, err := r.exec(`DELETE FROM ` + table); err != nil {
			return fmt.Errorf("clear %s: %w", table, err)
		}
	}
	// One pass over every fact: links, each document's keys, quotes.
	part := reconcile.NewPartition()
	docKeys := map[string]map[string]bool{}
	var docOrder []string
	voiceOf := map[string]string{} // document to the first document of its voice (union-find)
	findVoice := func(d string) string {
		for voiceOf[d] != d {
			voiceOf[d] = voiceOf[voiceOf[d]]
			d = voiceOf[d]
		}
		return d
	}
	byQuote := map[int64]string{}
	docHashes := map[string]map[int64]bool{}
	rows, err := r.query(`SELECT document_id, project, field, value_kind,
		CASE WHEN field IN ('identifiers', 'aliases') THEN value ELSE '' END, quote FROM facts ORDER BY document_id, seq`)
	if err != nil {
		return fmt.Errorf("read facts: %w", err)
	}
	for rows.Next() {
		var f dossier.Fact
		var kind, payload string
		if err := rows.Scan(&f.Document, &f.Project, &f.Field, &kind, &payload, &f.Quote); err != nil {
			rows.Close()
			return fmt.Errorf("read facts: %w", err)
		}
		if payload != "" {
			if f.Value, err = dossier.DecodeValue(dossier.ValueKind(kind), []byte(payload)); err != nil {
				rows.Close()
				return fmt.Errorf("document %s: fact %s: %w", f.Document, f.Field, err)
			}
		}
		if _, ok := voiceOf[f.Document]; !ok {
			voiceOf[f.Document] = f.Document
			docOrder = append(docOrder, f.Document)
		}
		if q, ok := reconcile.VoiceQuote(f.Quote); ok {
			h := quoteHash(q)
			if docHashes[f.Document] == nil {
				docHashes[f.Document] = map[int64]bool{}
			}
			docHashes[f.Document][h] = true
			if other, ok := byQuote[h]; ok {
				a, b := findVoice(f.Document), findVoice(other)
				if a != b {
					if b < a {
						a, b = b, a
					}
					voiceOf[b] = a
				}
			} else {
				byQuote[h] = f.Document
			}
		}
		for _, l := range reconcile.Links(f) {
			part.Add(l)
			if docKeys[f.Document] == nil {
				docKeys[f.Document] = map[string]bool{}
			}
			docKeys[f.Document][l.Key] = true
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read facts: %w", err)
	}
	byQuote = nil

	// Voices: a number for each document, its voice the number of the
	// first document of its voice.
	num := map[string]int64{}
	for i, d := range docOrder {
		num[d] = int64(i + 1)
	}
	for _, d := range docOrder {
		if _, err := r.exec(`INSERT INTO voice_docs (n, document_id, voice) VALUES (?, ?, ?)`,
			num[d], d, num[findVoice(d)]); err != nil {
			return fmt.Errorf("write voices: %w", err)
		}
		for h := range docHashes[d] {
			if _, err := r.exec(`INSERT INTO voice_quotes (hash, doc) VALUES (?, ?)`, h, num[d]); err != nil {
				return fmt.Errorf("write voices: %w", err)
			}
		}
	}
	voices := func(d string) string { return strconv.FormatInt(num[findVoice(d)], 10) }

	// Groups: each part of the partition, with the documents that name
	// its keys.
	parts := part.Parts()
	partDocs := map[string][]string{}
	for _, d := range docOrder {
		roots := map[string]bool{}
		for k := range docKeys[d] {
			roots[part.Root(k)] = true
		}
		for root := range roots {
			partDocs[root] = append(partDocs[root], d)
		}
	}
	docKeys = nil
	roots := make([]string, 0, len(parts))
	for root := range parts {
		if len(partDocs[root]) > 0 {
			roots = append(roots, root)
		}
	}
	sort.Slice(roots, func(i, j int) bool { return parts[roots[i]][0] < parts[roots[j]][0] })
	// groupOf reads a part's facts and groups them: one group.
	groupOf := func(root string) (*reconcile.Group, error) {
		keys := map[string]bool{}
		for _, k := range parts[root] {
			keys[k] = true
		}
		facts, err := r.factsOf(partDocs[root], keys)
		if err != nil {
			return nil, err
		}
		gs := reconcile.GroupFacts(facts)
		if len(gs) != 1 {
			return nil, fmt.Errorf("grouping: the part of %q makes %d groups, want 1", root, len(gs))
		}
		return gs[0], nil
	}
	// Titles first (they name new projects), a part at a time so that
	// only one part's facts are held.
	groups := make([]*reconcile.Group, len(roots))
	for i, root := range roots {
		g, err := groupOf(root)
		if err != nil {
			return err
		}
		groups[i] = &reconcile.Group{Keys: g.Keys, Title: g.Title}
		r.forget()
	}
	known, err := r.allProjectIDs()
	if err != nil {
		return err
	}
	taken := map[string]bool{}
	for _, kn := range known {
		taken[kn.ID] = true
	}
	ids := reconcile.AssignIDs(groups, func(k string) (reconcile.Known, bool) {
		kn, ok := known[k]
		return kn, ok
	}, func(id string) bool { return taken[id] })
	if err := r.writeIDs(ids); err != nil {
		return err
	}
	for _, g := range groups {
		if err := r.writeKeys(g); err != nil {
			return err
		}
	}
	// Then each group's record.
	rels := make([]dossier.Project, 0, len(groups))
	for i, root := range roots {
		g, err := groupOf(root)
		if err != nil {
			return err
		}
		g.ID = groups[i].ID
		if err := r.writeLinks(g); err != nil {
			return err
		}
		env := reconcile.Env{Docs: map[string]*reconcile.Doc{}, Voices: map[string]string{}, Resolve: r.resolve}
		for _, d := range partDocs[root] {
			doc, err := r.doc(d)
			if err != nil {
				return err
			}
			if doc != nil {
				env.Docs[d] = doc
			}
			env.Voices[d] = voices(d)
		}
		if env.Decisions, err = decisionsOf(r.ctx, r.tx, g.ID); err != nil {
			return err
		}
		p := reconcile.Build(g, env)
		if err := r.writeRecord(g, &p, nil); err != nil {
			return err
		}
		rels = append(rels, dossier.Project{ID: p.ID, Predecessor: p.Predecessor, Successor: p.Successor})
		r.forget()
	}
	sort.Slice(rels, func(i, j int) bool { return rels[i].ID < rels[j].ID })
	reconcile.InferRelations(rels)
	for _, p := range rels {
		if _, err := r.exec(`UPDATE projects SET predecessor = ?, successor = ? WHERE id = ?`, p.Predecessor, p.Successor, p.ID); err != nil {
			return err
		}
	}
	for _, g := range groups {
		if _, err := r.exec(`DELETE FROM project_merges WHERE old = ?`, g.ID); err != nil {
			return err
		}
	}
	if _, err := r.exec(`UPDATE records_state SET rules = ? WHERE id = 1`, reconcile.Version); err != nil {
		return err
	}
	return nil
}

// forget drops what was read, so a rebuild holds one part at a time
// (and leaves the cache as it was).
func (r *recon) forget() {
	clear(r.read)
	r.readFacts = 0
}

// allProjectIDs reads every name key's id.
func (r *recon) allProjectIDs() (map[string]reconcile.Known, error) {
	return projectIDs(r.ctx, r.tx)
}

func projectIDs(ctx context.Context, q querier) (map[string]reconcile.Known, error) {
	rows, err := q.QueryContext(ctx, `SELECT key, slug, assigned_at FROM project_ids`)
	if err != nil {
		return nil, fmt.Errorf("read project ids: %w", err)
	}
	defer rows.Close()
	out := map[string]reconcile.Known{}
	for rows.Next() {
		var k string
		var kn reconcile.Known
		if err := rows.Scan(&k, &kn.ID, &kn.Given); err != nil {
			return nil, err
		}
		out[k] = kn
	}
	return out, rows.Err()
}

func (r *recon) writeKeys(g *reconcile.Group) error {
	for _, k := range g.Keys {
		if _, err := r.exec(`INSERT INTO project_keys (key, loose, project) VALUES (?, ?, ?)`,
			k, reconcile.LooseKey(k), g.ID); err != nil {
			return fmt.Errorf("project %s: key %q: %w", g.ID, k, err)
		}
	}
	return nil
}

func (r *recon) writeLinks(g *reconcile.Group) error {
	seen := map[reconcile.Link]bool{}
	for _, f := range g.Facts {
		for _, l := range reconcile.Links(f) {
			if seen[l] {
				continue
			}
			seen[l] = true
			if _, err := r.exec(`INSERT OR IGNORE INTO project_links (link, key) VALUES (?, ?)`, l.Token, l.Key); err != nil {
				return fmt.Errorf("project %s: link: %w", g.ID, err)
			}
		}
	}
	return nil
}
