//go:build race

package worker_test

// raceEnabled is set under -race, whose runtime cannot live within an
// address-space limit: it maps its shadow memory as it goes.
const raceEnabled = true
