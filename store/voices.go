package store

import (
	"database/sql"
	"errors"
	"sort"
)

// Voices: which documents copy each other, kept as each document changes.

// voiceDoc returns a document's number and voice, adding it alone in its
// voice if it has none.
func (r *recon) voiceDoc(id string) (n, voice int64, err error) {
	err = r.queryRow(`SELECT n, voice FROM voice_docs WHERE document_id = ?`, id).Scan(&n, &voice)
	if errors.Is(err, sql.ErrNoRows) {
		// RETURNING rather than LastInsertId, which PostgreSQL's driver
		// does not give.
		if err := r.queryRow(`INSERT INTO voice_docs (document_id, voice) VALUES (?, 0) RETURNING n`, id).Scan(&n); err != nil {
			return 0, 0, err
		}
		_, err = r.exec(`UPDATE voice_docs SET voice = n WHERE n = ?`, n)
		return n, n, err
	}
	return n, voice, err
}

// updateVoices brings a document's quotes and voice up to date with its
// facts; it returns the projects in which two documents' voices became
// one, or one became two.
func (r *recon) updateVoices(id string) (map[string]bool, error) {
	affected := map[string]bool{}
	fs, err := r.docFacts(id)
	if err != nil {
		return nil, err
	}
	n, voice, err := r.voiceDoc(id)
	if err != nil {
		return nil, err
	}
	now := quoteHashes(fs)
	before := map[int64]bool{}
	rows, err := r.query(`SELECT hash FROM voice_quotes WHERE doc = ?`, n)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var h int64
		if err := rows.Scan(&h); err != nil {
			rows.Close()
			return nil, err
		}
		before[h] = true
	}
	rows.Close()
	var gone, added []int64
	for h := range before {
		if !now[h] {
			gone = append(gone, h)
		}
	}
	for h := range now {
		if !before[h] {
			added = append(added, h)
		}
	}
	sort.Slice(gone, func(i, j int) bool { return gone[i] < gone[j] })
	sort.Slice(added, func(i, j int) bool { return added[i] < added[j] })
	for _, h := range gone {
		if _, err := r.exec(`DELETE FROM voice_quotes WHERE hash = ? AND doc = ?`, h, n); err != nil {
			return nil, err
		}
	}
	if len(gone) > 0 {
		if err := r.splitVoice(voice, affected); err != nil {
			return nil, err
		}
		if err := r.queryRow(`SELECT voice FROM voice_docs WHERE n = ?`, n).Scan(&voice); err != nil {
			return nil, err
		}
	}
	merge := map[int64]bool{}
	for _, h := range added {
		if _, err := r.exec(`INSERT INTO voice_quotes (hash, doc) VALUES (?, ?)`, h, n); err != nil {
			return nil, err
		}
		// The documents that share a quote share a voice: one of them
		// tells it (reading them all would cost as much as the voice is
		// large, for every new document that quotes it).
		var v int64
		err := r.queryRow(`SELECT v.voice FROM voice_quotes q JOIN voice_docs v ON v.n = q.doc
			WHERE q.hash = ? AND q.doc <> ? LIMIT 1`, h, n).Scan(&v)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if v != voice {
			merge[v] = true
		}
	}
	if len(merge) > 0 {
		merge[voice] = true
		if err := r.mergeVoices(merge, affected); err != nil {
			return nil, err
		}
	}
	return affected, nil
}

// voiceMembers lists the documents (numbers and ids) of a voice.
func (r *recon) voiceMembers(voice int64) (map[int64]string, error) {
	rows, err := r.query(`SELECT n, document_id FROM voice_docs WHERE voice = ?`, voice)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64]string{}
	for rows.Next() {
		var n int64
		var id string
		if err := rows.Scan(&n, &id); err != nil {
			return nil, err
		}
		out[n] = id
	}
	return out, rows.Err()
}

// projectsIn maps each project to the parts (of a voice being merged or
// split) its documents are in.
func (r *recon) projectsIn(parts map[int64]int64, ids map[int64]string) (map[string]map[int64]bool, error) {
	out := map[string]map[int64]bool{}
	for n, part := range parts {
		ps, err := r.strings(`SELECT project FROM document_projects WHERE document_id = ?`, ids[n])
		if err != nil {
			return nil, err
		}
		for _, p := range ps {
			if out[p] == nil {
				out[p] = map[int64]bool{}
			}
			out[p][part] = true
		}
	}
	return out, nil
}

// mergeVoices makes voices one, named as the largest; the projects with
// documents in two of them are affected.
func (r *recon) mergeVoices(voices map[int64]bool, affected map[string]bool) error {
	// The largest keeps its name, so a document joining a voice of
	// thousands relabels only itself. Voices are counted up to a few
	// dozen documents, and exactly only when two are that large.
	const few = 64
	sizes := map[int64]int{}
	large := 0
	for v := range voices {
		var k int
		if err := r.queryRow(`SELECT count(*) FROM (SELECT 1 FROM voice_docs WHERE voice = ? LIMIT ?)`, v, few).Scan(&k); err != nil {
			return err
		}
		sizes[v] = k
		if k == few {
			large++
		}
	}
	if large > 1 {
		for v, k := range sizes {
			if k == few {
				if err := r.queryRow(`SELECT count(*) FROM voice_docs WHERE voice = ?`, v).Scan(&k); err != nil {
					return err
				}
				sizes[v] = k
			}
		}
	}
	largest, size := int64(0), -1
	for v, k := range sizes {
		if k > size || k == size && v < largest {
			largest, size = v, k
		}
	}
	members := map[int64]map[int64]string{}
	// Every voice but the largest is read whole; the largest only where a
	// project of the others has documents.
	parts := map[int64]int64{}
	ids := map[int64]string{}
	for v := range voices {
		if v == largest {
			continue
		}
		m, err := r.voiceMembers(v)
		if err != nil {
			return err
		}
		members[v] = m
		for n, id := range m {
			parts[n], ids[n] = v, id
		}
	}
	byProject, err := r.projectsIn(parts, ids)
	if err != nil {
		return err
	}
	for p, in := range byProject {
		if len(in) > 1 {
			affected[p] = true
			continue
		}
		// The project's documents, then each one's voice (CROSS JOIN
		// keeps that order): not the largest voice's documents.
		var in bool
		if err := r.queryRow(`SELECT EXISTS (SELECT 1 FROM document_projects dp CROSS JOIN voice_docs v
			WHERE v.document_id = dp.document_id AND dp.project = ? AND v.voice = ?)`, p, largest).Scan(&in); err != nil {
			return err
		}
		if in {
			affected[p] = true
		}
	}
	for v := range members {
		if _, err := r.exec(`UPDATE voice_docs SET voice = ? WHERE voice = ?`, largest, v); err != nil {
			return err
		}
	}
	return nil
}

// splitVoice works out a voice again from its documents' quotes, after
// some were dropped: each connected part is a voice of its own, and the
// projects with documents in two parts are affected.
func (r *recon) splitVoice(voice int64, affected map[string]bool) error {
	ids, err := r.voiceMembers(voice)
	if err != nil {
		return err
	}
	u := map[int64]int64{}
	var find func(int64) int64
	find = func(x int64) int64 {
		for u[x] != x {
			u[x] = u[u[x]]
			x = u[x]
		}
		return x
	}
	for n := range ids {
		u[n] = n
	}
	rows, err := r.query(`SELECT q.hash, q.doc FROM voice_docs v JOIN voice_quotes q ON q.doc = v.n WHERE v.voice = ?`, voice)
	if err != nil {
		return err
	}
	first := map[int64]int64{}
	for rows.Next() {
		var h, n int64
		if err := rows.Scan(&h, &n); err != nil {
			rows.Close()
			return err
		}
		if m, ok := first[h]; ok {
			a, b := find(n), find(m)
			if a != b {
				if b < a {
					a, b = b, a
				}
				u[b] = a
			}
		} else {
			first[h] = n
		}
	}
	rows.Close()
	parts := map[int64]int64{}
	distinct := map[int64]bool{}
	for n := range ids {
		parts[n] = find(n)
		distinct[parts[n]] = true
	}
	if len(distinct) < 2 {
		return nil
	}
	byProject, err := r.projectsIn(parts, ids)
	if err != nil {
		return err
	}
	for p, in := range byProject {
		if len(in) > 1 {
			affected[p] = true
		}
	}
	for n, part := range parts {
		if _, err := r.exec(`UPDATE voice_docs SET voice = ? WHERE n = ?`, part, n); err != nil {
			return err
		}
	}
	return nil
}
