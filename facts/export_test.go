package facts

import "github.com/dossier-dev/dossier/normalize"

// ResetLabelCache forgets the remembered label answers, so a benchmark
// measures documents seen for the first time, as ingest sees them.
func ResetLabelCache() {
	labelCache.Clear()
	labelCacheSize.Store(0)
	cueCache.Clear()
	cueCacheSize.Store(0)
	normalize.ResetCaches()
}
